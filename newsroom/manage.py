"""The newsroom's management commands, installed as `newsroom-manage` (the checkout's manage.py calls
the same function), so an installed newsroom is run without its source tree."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.base")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
