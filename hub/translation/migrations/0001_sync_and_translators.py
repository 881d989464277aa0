"""Synchronised trees and translator roles.

Every partner locale mirrors the English tree (wagtail-localize's LocaleSynchronization),
so an untranslated page still exists in every language, shown in English with a notice,
until a translator translates it. Each locale has a group `Translators (<code>)`: its
members translate and edit pages in their own locale's tree only (the page permissions
are granted on that locale's home page when it appears, see hub/translation/signals.py)
and cannot publish; Moderators publish."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PARTNER_LANGUAGES = ["de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"]


def setup(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    english = Locale.objects.get(language_code="en")
    root_collection = Collection.objects.get(depth=1)
    base_permissions = [
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        ),
    ]
    for code in PARTNER_LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": english})
        group, _ = Group.objects.get_or_create(name=f"Translators ({code})")
        group.permissions.add(*base_permissions)
        for app_label, model in (("images", "hubimage"), ("materials", "hubdocument")):
            for action in ("add", "choose"):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    ),
                )


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_editor_and_moderator_groups"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
