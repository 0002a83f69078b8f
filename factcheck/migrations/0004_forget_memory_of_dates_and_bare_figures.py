"""Dates, and counts or ranks with nothing counted, no longer have a claim-memory key.

Their stored keys would still match across unrelated stories (and offer a one-click reuse through the
publish gate), so they are recomputed with the current rule.
"""

from django.db import migrations


def recompute_keys(apps, schema_editor):
    from factcheck.memory import memory_key

    Claim = apps.get_model("factcheck", "Claim")
    stale = Claim.objects.filter(kind__in=["date", "count", "ordinal", "vague"]).exclude(memory_key="")
    batch = []
    for claim in stale.iterator(chunk_size=2000):
        key = memory_key(claim)
        if key != claim.memory_key:
            claim.memory_key = key
            batch.append(claim)
        if len(batch) >= 2000:
            Claim.objects.bulk_update(batch, ["memory_key"])
            batch = []
    if batch:
        Claim.objects.bulk_update(batch, ["memory_key"])


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0003_desk")]

    operations = [migrations.RunPython(recompute_keys, migrations.RunPython.noop)]
