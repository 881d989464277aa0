"""Synchronised trees and translator roles.

Every partner locale mirrors the English tree (wagtail-localize's LocaleSynchronization),
so an untranslated page still exists in every language, shown in English with a notice,
until a translator translates it. Each locale has a group `Translators (<code>)`: its
members translate and edit pages in their own locale's tree only (the page permissions
are granted on that locale's home page when it appears, see hub/translation/signals.py)
and cannot publish; Moderators publish."""

from django.db import migrations

from hub.users.migration_helpers import create_all_permissions, grant_media_permissions, permission

PARTNER_LANGUAGES = ["de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"]


def setup(apps, schema_editor):
    create_all_permissions(apps)

    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    Group = apps.get_model("auth", "Group")

    english = Locale.objects.get(language_code="en")
    base_permissions = [
        permission(apps, "wagtailadmin", "access_admin"),
        permission(apps, "wagtail_localize", "submit_translation"),
    ]
    for code in PARTNER_LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": english})
        group, _ = Group.objects.get_or_create(name=f"Translators ({code})")
        group.permissions.add(*base_permissions)
        grant_media_permissions(apps, group, ("add", "choose"))


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_editor_and_moderator_groups"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
