"""For tests of row locks between database connections (PostgreSQL only)."""

from django.db import connection


def waiting_on_locks() -> int:
    """How many connections to the test database are waiting for a lock now."""
    with connection.cursor() as cursor:
        # Statistics views are a snapshot per transaction unless cleared.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return cursor.fetchone()[0]
