#!/usr/bin/env python
"""Django's command-line utility for administrative tasks (installed as `newsroom-manage`)."""
from newsroom.manage import main

if __name__ == "__main__":
    main()
