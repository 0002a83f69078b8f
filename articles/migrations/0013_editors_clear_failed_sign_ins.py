"""Let the Editor group see the sign-in limit's record of failed sign-ins and clear it, which ends a
colleague's pause. Nobody else is given it: the record names people and where they tried from."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = ["view_accessattempt", "delete_accessattempt"]


def _editor_permissions(apps):
    # Permissions are normally created after all migrations; the group needs them now.
    app_config = apps.get_app_config("axes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="axes", codename__in=EDITOR_PERMISSIONS)


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Editor")
    group.permissions.add(*_editor_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name="Editor").first()
    if group:
        group.permissions.remove(*_editor_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_article_embargo"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
