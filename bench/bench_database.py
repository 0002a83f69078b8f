"""The database a page benchmark builds for itself, and Django pointed at it.

Shared by bench/desk/queue_bench.py and bench/newsroom/pages_bench.py: each creates its own database
(on SQLite a file that must not exist yet; on PostgreSQL a database of that name, dropped first) and
drops it afterwards unless asked to keep it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlparse


def is_sqlite(url: str) -> bool:
    return urlparse(url).scheme == "sqlite"


def sqlite_path(url: str) -> Path:
    # dj-database-url's form: sqlite:///relative/path or sqlite:////absolute/path
    return Path(urlparse(url).path[1:])


def _admin_connection(url: str):
    import psycopg

    return psycopg.connect(urlparse(url)._replace(path="/postgres").geturl(), autocommit=True)


def recreate_database(url: str) -> None:
    if is_sqlite(url):
        path = sqlite_path(url)
        # Never overwrite a file the benchmark did not create: it may be someone's newsroom.
        if path.exists():
            sys.exit(f"{path} exists; give --database-url a SQLite file that does not exist yet.")
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    name = urlparse(url).path.lstrip("/")
    with _admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    if is_sqlite(url):
        path = sqlite_path(url)
        for leftover in [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]:
            leftover.unlink(missing_ok=True)
        return
    with _admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{urlparse(url).path.lstrip("/")}" WITH (FORCE)')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    import django

    django.setup()
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    # As Django's test runner does: one connection for the whole run, so that its queries can be counted.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)


def release_database(url: str, keep: bool) -> None:
    """At a benchmark's end: say where the database is when asked to keep it, else close Django's
    connections and drop it."""
    if keep:
        print(f"Kept the database: {url}")
        return
    from django.db import connections

    connections.close_all()
    drop_database(url)
