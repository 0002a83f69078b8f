"""Production settings come from the environment and pass Django's deployment checks."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(env, DJANGO_SETTINGS_MODULE="newsroom.settings.base")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_deploy_check_passes_with_debug_off_and_secrets_from_the_environment():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="news.example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_debug_is_off_unless_asked_and_a_secret_key_is_then_required():
    result = _manage("check", ALLOWED_HOSTS="news.example.com")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_one_turns_debug_on():
    code = "from django.conf import settings; print(settings.DEBUG)"
    result = _manage("shell", "-c", code, DEBUG="1")
    assert result.stdout.strip().endswith("True"), result.stderr
    result = _manage("shell", "-c", code, DEBUG="0", SECRET_KEY="x" * 60)
    assert result.stdout.strip().endswith("False"), result.stderr


def test_the_largest_form_read_takes_a_body_far_over_its_limit_yet_stays_a_few_megabytes():
    from django.conf import settings

    # A character of four UTF-8 bytes is twelve bytes in a URL-encoded form.
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= 3 * 12 * settings.ARTICLE_BODY_MAX_CHARS
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10_000_000


def test_the_web_servers_log_lines_say_when_how_bad_and_from_where(tmp_path):
    # Django's request warnings and errors reach gunicorn's stderr; without a time, a level and the
    # logger they cannot be told apart from one another or matched to a complaint.
    code = (
        "import logging; logging.getLogger('django.request')"
        ".warning('Bad Request: %s', '/articles/1/')"
    )
    result = _manage("shell", "-c", code, SECRET_KEY="x" * 60, ALLOWED_HOSTS="news.example.com")
    line = result.stderr.strip().splitlines()[-1]
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ WARNING django\.request Bad Request: /articles/1/$", line), (
        result.stderr
    )


def test_the_sign_in_limit_comes_from_the_environment_and_a_value_it_cannot_use_stops_the_start():
    code = "from django.conf import settings; print(settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME, settings.TRUSTED_PROXY_COUNT)"
    deploy = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "news.example.com"}
    result = _manage(
        "shell", "-c", code, SIGN_IN_FAILURE_LIMIT="8", SIGN_IN_COOL_OFF_MINUTES="30", TRUSTED_PROXY_COUNT="1", **deploy
    )
    assert result.stdout.strip().endswith("8 0:30:00 1"), result.stderr

    for name, value, complaint in [
        ("SIGN_IN_FAILURE_LIMIT", "0", "SIGN_IN_FAILURE_LIMIT must be at least 1, not 0"),
        ("SIGN_IN_COOL_OFF_MINUTES", "a quarter of an hour", "SIGN_IN_COOL_OFF_MINUTES must be a whole number"),
        ("TRUSTED_PROXY_COUNT", "-1", "TRUSTED_PROXY_COUNT must be at least 0, not -1"),
    ]:
        result = _manage("check", **{name: value}, **deploy)
        assert result.returncode != 0 and complaint in result.stderr, (name, result.stderr)
