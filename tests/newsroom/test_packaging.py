"""`pip install .` gives an operator a newsroom that runs from the installed package alone: its
templates, static files, migrations, word lists and management commands, a command to run them, and
the WSGI server README names. Each test builds the wheel and runs the newsroom from it, away from the
checkout."""

import email
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    # Built from a copy: pip builds in the source tree, where another test process may be building too.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    for name in ("newsroom", "articles", "factcheck", "templates", "static"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
        check=True, capture_output=True, text=True, timeout=120,
    )
    (path,) = out.glob("newsroom-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """The wheel unpacked as pip would lay it out in site-packages."""
    site = tmp_path_factory.mktemp("site-packages")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def _run_installed(site, code, tmp_path, **env):
    environ = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL", "STATIC_ROOT"}}
    environ.update(
        PYTHONPATH=str(site),
        DJANGO_SETTINGS_MODULE="newsroom.settings.base",
        SECRET_KEY="packaging-test-" + "k" * 50,
        ALLOWED_HOSTS="news.example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=120
    )


def test_the_installed_newsroom_finds_every_template_static_file_command_and_migration(installed, tmp_path):
    templates = sorted(str(p.relative_to(ROOT / "templates")) for p in (ROOT / "templates").rglob("*.html"))
    static = sorted(str(p.relative_to(ROOT / "static")) for p in (ROOT / "static").rglob("*") if p.is_file())
    code = f"""
import django, newsroom
assert newsroom.__file__.startswith({str(installed)!r}), newsroom.__file__
django.setup()
from django.template.loader import get_template
from django.contrib.staticfiles import finders
from django.core.management import get_commands
from django.db.migrations.loader import MigrationLoader
from factcheck.extraction.genders import sex_of_given_name
for name in {templates!r}:
    get_template(name)
missing = [name for name in {static!r} if not finders.find(name)]
assert not missing, missing
assert {{"import_wire", "seed_demo", "scan_status"}} <= set(get_commands())
apps = {{app for app, _ in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}}
assert {{"articles", "factcheck"}} <= apps, apps
assert sex_of_given_name("Margaret") is not None
print("ok")
"""
    result = _run_installed(installed, code, tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


def test_collectstatic_from_the_installed_newsroom_writes_where_the_operator_says(installed, tmp_path):
    static_root = tmp_path / "public-static"
    code = "import sys; from newsroom.manage import main; sys.argv = ['newsroom-manage', 'collectstatic', '--noinput', '-v0']; main()"
    result = _run_installed(installed, code, tmp_path, STATIC_ROOT=str(static_root))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (installed / "staticfiles").exists()
    collected = {p.name for p in (static_root / "css").iterdir()}
    assert any(name.startswith("newsroom.") and name.endswith(".css.gz") for name in collected), collected
    assert "staticfiles.json" in {p.name for p in static_root.iterdir()}


def test_the_wheel_holds_every_module_a_manage_command_and_gunicorn(wheel):
    with zipfile.ZipFile(wheel) as archive:
        dist_info = next(n.split("/")[0] for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode() if (
            f"{dist_info}/entry_points.txt" in archive.namelist()
        ) else ""
        metadata = email.message_from_bytes(archive.read(f"{dist_info}/METADATA"))
        names = archive.namelist()
    assert "newsroom-manage = newsroom.manage:main" in entry_points
    sources = {
        str(p.relative_to(ROOT)) for package in ("newsroom", "articles", "factcheck")
        for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts
    }
    assert sources <= set(names), sorted(sources - set(names))
    requirements = metadata.get_all("Requires-Dist")
    assert any(req.startswith("gunicorn") for req in requirements)


def test_the_wheel_asks_for_what_celerys_redis_transport_imports(wheel):
    # kombu's Redis transport imports `packaging`, which only its "redis" extra installs: without it
    # the worker and beat of a fresh install die at start with ModuleNotFoundError.
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(metadata_name))
    assert any(req.replace(" ", "").startswith("celery[redis]") for req in metadata.get_all("Requires-Dist"))
