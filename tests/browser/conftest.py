"""Playwright driving Debian's chromium against pytest-django's live server.

The live server is a thread of the test process serving the test database (a SQLite file in the
test settings, or the PostgreSQL test database), with static files served from the finders, so
the pages load the same Bootstrap and htmx that a deployment serves.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.conf import settings

# The private Redis server and the real Celery workers of the scan pipeline's integration tests, for
# the browser tests that need claims scanned while the pages watch.
from tests.factcheck.conftest import broker, redis_server, start_worker  # noqa: F401

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests may run as root, where chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Nothing but the live server is reachable: keep chromium from calling home.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1366, "height": 850}


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """Chromium for the tests of one module.

    Playwright's sync API runs an event loop in the test thread and leaves it marked as running
    between its calls. Two things follow while it is alive:
    - Django's guard against ORM calls from async code would refuse the test's queries, which are
      ordinary synchronous calls made between browser steps, so the guard is lifted meanwhile;
    - Django keeps database connections in a thread-critical asgiref Local, which gives "async"
      code a second, context-local set of connections. The test body and pytest-django's set-up
      and flush would then talk over different connections, and the serialized rollback that
      restores the role groups would find nothing to restore. The context-local slots are pointed
      at the thread's own connections instead.
    Module scope, not session scope, so that the tests that run after these see no event loop.
    """
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # django_db_setup has created the test database on these, with the serialized data.
    thread_connections = {alias: connections[alias] for alias in connections}
    previous_flag = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            for alias, connection in thread_connections.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            try:
                yield chromium
            finally:
                chromium.close()
    finally:
        if previous_flag is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous_flag


@pytest.fixture
def new_page(browser):
    """Opens pages in separate browser contexts, so that each person signed in has their own cookies."""
    contexts = []

    def open_page():
        context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def save_screenshot():
    """Saves a full-page screenshot under NEWSROOM_SCREENSHOT_DIR. Those saved with `docs=True`, the
    ones the README shows, also go to docs/screenshots/ when UPDATE_DOCS_SCREENSHOTS=1, so the
    images in the docs are refreshed only on purpose and each by one test."""
    base = Path(settings.BASE_DIR)
    artifacts = Path(os.environ.get("NEWSROOM_SCREENSHOT_DIR", "test-artifacts/screenshots"))
    artifacts = artifacts if artifacts.is_absolute() else base / artifacts
    update_docs = os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1"

    def save(page, name: str, *, docs: bool = False) -> None:
        image = page.screenshot(full_page=True, animations="disabled", caret="hide")
        for directory in [artifacts, *([base / "docs" / "screenshots"] if docs and update_docs else [])]:
            directory.mkdir(parents=True, exist_ok=True)
            (directory / name).write_bytes(image)

    return save
