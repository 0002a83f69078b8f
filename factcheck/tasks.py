"""Thin Celery wrappers: take ids, call one service."""

from __future__ import annotations

from datetime import timedelta

from celery import Task, shared_task
from django.conf import settings

from . import services


class ScanTask(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        # Retries exhausted on a database that stayed unreachable: say so on the run if the database
        # is back; if it is not, the run stays open and the sweeper queues it again later. The first
        # line is what the article page shows its reporters; the driver's message (server, port,
        # database user) follows it, for the editors' scan admin only.
        try:
            services.scan_run_fail(
                scan_run_id=args[0],
                error=f"The scan could not reach the database.\n\n{type(exc).__name__}: {exc}",
            )
        except Exception:
            pass


@shared_task(
    base=ScanTask,
    name="factcheck.tasks.scan_revision",
    # Acknowledged only once the scan is done: a worker killed mid-scan leaves the message to Redis,
    # which hands it out again; a scan that keeps killing workers gives up after SCAN_MAX_ATTEMPTS.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=services.TRANSIENT_ERRORS,
    retry_backoff=1,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=6,
    soft_time_limit=settings.SCAN_SOFT_TIME_LIMIT,
    time_limit=settings.SCAN_TIME_LIMIT,
)
def scan_revision(scan_run_id: int) -> None:
    services.scan_run_execute(scan_run_id=scan_run_id)


@shared_task(name="factcheck.tasks.sweep_scans", acks_late=True, time_limit=120, soft_time_limit=100)
def sweep_scans(unpublished_after_seconds: float | None = None, lost_after_seconds: float | None = None) -> None:
    services.scan_runs_sweep(
        unpublished_after=None if unpublished_after_seconds is None else timedelta(seconds=unpublished_after_seconds),
        lost_after=None if lost_after_seconds is None else timedelta(seconds=lost_after_seconds),
    )
