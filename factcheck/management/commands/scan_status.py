"""Show that no scan is stuck: scans and claims per status, and every newest revision still waiting."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from factcheck import selectors
from factcheck.models import ClaimStatus, ScanStatus


class Command(BaseCommand):
    help = "Print scans and claims per status, and each newest revision still waiting for its scan."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stuck-after",
            type=int,
            default=settings.SCAN_REQUEUE_LOST_AFTER + 120,
            help="Seconds after which a waiting revision counts as stuck (default: after the sweeper "
            "should have re-queued it).",
        )
        parser.add_argument("--limit", type=int, default=50, help="How many waiting revisions to list.")
        parser.add_argument("--check", action="store_true", help="Exit with status 1 if any revision is stuck.")

    def handle(self, *args, stuck_after, limit, check, **options):
        now = timezone.now()
        scans = selectors.scan_counts_by_status()
        self.stdout.write("Scans")
        for value, label in ScanStatus.choices:
            self.stdout.write(f"  {label:<14}{scans.get(value, 0):>8}")

        claims = selectors.claim_counts_by_status()
        self.stdout.write("Claims           in text    gone")
        for value, label in ClaimStatus.choices:
            self.stdout.write(f"  {label:<14}{claims['present'][value]:>8}{claims['gone'][value]:>8}")

        waiting = selectors.revisions_waiting_for_scan(limit=max(limit, 0) or 1)
        cutoff = now - timedelta(seconds=stuck_after)
        stuck = [w for w in waiting if w.waiting_since < cutoff]
        if not waiting:
            self.stdout.write(self.style.SUCCESS("Every newest revision has a finished scan."))
        else:
            self.stdout.write(f"Newest revisions without a finished scan: {len(waiting)}{'+' if len(waiting) >= limit else ''}")
            for item in waiting[:limit]:
                run = item.run
                state = run.get_status_display().lower() if run else "no scan recorded"
                age = int((now - item.waiting_since).total_seconds())
                flag = "  STUCK" if item.waiting_since < cutoff else ""
                detail = f"attempts {run.attempts}" if run else ""
                if run and run.error_summary:
                    detail += f"; {run.error_summary[:100]}"
                self.stdout.write(
                    f"  article {item.revision.article_id} r{item.revision.number} "
                    f"“{item.revision.article.headline[:50]}”: {state}, {age} s{flag}  {detail}".rstrip()
                )
        if check and stuck:
            raise CommandError(f"{len(stuck)} revision(s) waited more than {stuck_after} s for their scan.")
