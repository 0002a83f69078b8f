"""Test overlay: fast password hashing and in-memory e-mail; nothing production lacks."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789abcdef")
os.environ.setdefault("DEBUG", "0")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SECURE_SSL_REDIRECT = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that the Celery worker processes of the integration tests see the test
    # database (pytest-django creates and drops it). One file per test run, so that two runs side by
    # side never share a database.
    (BASE_DIR / ".run").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".run" / f"test-db-{os.getpid()}.sqlite3")}  # noqa: F405

# Tests never publish to the machine's Redis: unit tests use an in-process broker, and integration
# tests point the Celery app at a Redis server of their own.
CELERY_BROKER_URL = "memory://"
