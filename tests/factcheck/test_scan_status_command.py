"""`manage.py scan_status`: what an operator runs to see that no scan is stuck."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def run_command(*args) -> str:
    out = StringIO()
    call_command("scan_status", *args, stdout=out)
    return out.getvalue()


def test_scan_status_counts_scans_and_claims_and_lists_waiting_revisions(reporter, desk):
    scanned = ArticleFactory(author=reporter, desk=desk, body="Officials said 300 people were evacuated.")
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=scanned).pk)
    waiting = ArticleFactory(author=reporter, desk=desk, headline="Still waiting for its scan")

    output = run_command()

    unverified = Claim.objects.filter(status=ClaimStatus.UNVERIFIED, is_present=True).count()
    assert unverified > 0
    assert re.search(r"^  Done +1$", output, re.M)
    assert re.search(r"^  Queued +1$", output, re.M)
    assert re.search(rf"^  Unverified +{unverified} +0$", output, re.M)
    assert f"article {waiting.pk} r1 “Still waiting for its scan”: queued" in output
    assert f"article {scanned.pk} " not in output
    assert "STUCK" not in output


def test_scan_status_check_fails_when_a_revision_is_stuck(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk)
    ScanRun.objects.filter(article=article).update(queued_at=timezone.now() - timedelta(hours=2))
    with pytest.raises(CommandError, match="1 revision"):
        run_command("--check", "--stuck-after", "600")
    assert "STUCK" in run_command("--stuck-after", "600")


def test_scan_status_reports_all_clear(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    assert "Every newest revision has a finished scan." in run_command("--check")
