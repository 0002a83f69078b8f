"""Thin Celery wrappers: take ids, call one service."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import Task, shared_task
from django.conf import settings

from . import services

logger = logging.getLogger(__name__)


def _database_id(value) -> int | None:
    """`value` as a row's id, or None if it is none: a whole number from 1 that a database column holds
    (a message decoded from JSON may carry it as text)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, int) and 1 <= value < 2**63:
        return value
    return None


def _seconds(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 10**9


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
    run_id = _database_id(scan_run_id)
    if run_id is None:
        # Sent by hand or by another program: said plainly, once, instead of a traceback and retries
        # (and 1.5 is not taken for scan run 1).
        logger.error("scan_revision was given %r, which is no scan run's id (a whole number from 1); nothing was scanned.", scan_run_id)
        return
    services.scan_run_execute(scan_run_id=run_id)


@shared_task(name="factcheck.tasks.sweep_scans", acks_late=True, time_limit=120, soft_time_limit=100)
def sweep_scans(unpublished_after_seconds: float | None = None, lost_after_seconds: float | None = None) -> None:
    for name, value in [("unpublished_after_seconds", unpublished_after_seconds), ("lost_after_seconds", lost_after_seconds)]:
        if value is not None and not _seconds(value):
            logger.error("sweep_scans was given %s=%r, which is no number of seconds; nothing was swept.", name, value)
            return
    services.scan_runs_sweep(
        unpublished_after=None if unpublished_after_seconds is None else timedelta(seconds=unpublished_after_seconds),
        lost_after=None if lost_after_seconds is None else timedelta(seconds=lost_after_seconds),
    )
