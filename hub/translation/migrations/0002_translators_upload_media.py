"""Translators may upload pictures and documents (a translated worksheet, a picture with
text in their language), as 0001 meant: it granted the permissions on the hub's own image
and document models, but Wagtail checks those of its stock models, so uploads were
refused (found by tests/security/test_permissions.py)."""

from django.db import migrations

from hub.users.migration_helpers import (
    WAGTAIL_MEDIA_MODELS,
    create_all_permissions,
    grant_media_permissions,
)


def grant(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__startswith="Translators ("):
        grant_media_permissions(apps, group, ("add", "choose"), WAGTAIL_MEDIA_MODELS)


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0001_sync_and_translators"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
