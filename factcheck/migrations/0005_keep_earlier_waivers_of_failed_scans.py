"""A failed scan is now waived only by a `waive_failed_scan` event (see selectors.scan_blocking_publication).

Before, any `waive_gate` event recorded after the failure lifted it. So that no article an editor
waived that way is held back by the new rule, each such event that is the newest scan's waiver is
given a `waive_failed_scan` twin, with the same editor, time and reason.
"""

from django.db import migrations


def keep_earlier_waivers(apps, schema_editor):
    ScanRun = apps.get_model("factcheck", "ScanRun")
    WorkflowEvent = apps.get_model("articles", "WorkflowEvent")
    for run in ScanRun.objects.filter(status="failed", finished_at__isnull=False).iterator(chunk_size=2000):
        article_id = run.article_id
        if ScanRun.objects.filter(article_id=article_id, id__gt=run.id).exists():
            continue  # not the newest scan: a later one decides
        waivers = WorkflowEvent.objects.filter(article_id=article_id, action="waive_gate", created_at__gte=run.finished_at)
        already = WorkflowEvent.objects.filter(article_id=article_id, action="waive_failed_scan", created_at__gte=run.finished_at)
        waiver = waivers.order_by("created_at", "id").first()
        if waiver is None or already.exists():
            continue
        twin = WorkflowEvent.objects.create(
            article_id=article_id, actor_id=waiver.actor_id, action="waive_failed_scan",
            from_status=waiver.from_status, to_status=waiver.to_status, comment=waiver.comment,
        )
        WorkflowEvent.objects.filter(pk=twin.pk).update(created_at=waiver.created_at)  # auto_now_add set it to now


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0004_forget_memory_of_dates_and_bare_figures"), ("articles", "0005_review_queue_counts")]

    operations = [migrations.RunPython(keep_earlier_waivers, migrations.RunPython.noop)]
