"""Claims know whether their article is live, so that the desk's queue leaves out killed and archived copy.

The new column joins the queue's partial index, after the columns the queue is ordered by: the listing
still reads the index in queue order, skipping killed and archived copy, and the counts the index alone.
"""

from django.conf import settings
from django.db import migrations, models

# The states, as the workflow had them when this was written, whose copy is going nowhere.
KILLED_OR_ARCHIVED = ["killed", "archived"]


def mark_claims_of_killed_and_archived_copy(apps, schema_editor):
    Claim = apps.get_model("factcheck", "Claim")
    Claim.objects.filter(article__status__in=KILLED_OR_ARCHIVED).update(article_live=False)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0006_unicode_slugs'),
        ('factcheck', '0005_keep_earlier_waivers_of_failed_scans'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='claim',
            name='claim_unsettled',
        ),
        migrations.AddField(
            model_name='claim',
            name='article_live',
            field=models.BooleanField(default=True, editable=False),
        ),
        # Before the index is built, so that it is built once.
        migrations.RunPython(mark_claims_of_killed_and_archived_copy, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('is_present', True), models.Q(('status__in', ('unverified', 'in_progress', 'inaccurate')), models.Q(('attribution_status__in', ('unverified', 'in_progress', 'inaccurate')), ('quoted', True), models.Q(('kind', 'quote'), _negated=True)), _connector='OR')), fields=['article_deadline', '-score', 'created_at', 'id', 'article_live', 'status', 'attribution_status', 'quoted', 'kind', 'assigned_to'], name='claim_unsettled'),
        ),
    ]
