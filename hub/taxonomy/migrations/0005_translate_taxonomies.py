"""Every taxonomy term in the nine partner languages, as wagtail-localize translations
(the wording is in hub/taxonomy/po/<code>.po).

This migration uses the current models and wagtail-localize's API rather than the
historical models: the translations are made as a translator's would be (translation
sources, string translations, saved targets), which only the real classes can do."""

from django.db import migrations


def translate(apps, schema_editor):
    from hub.taxonomy import translations

    translations.load()


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0004_licence_key_with_version"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(translate, migrations.RunPython.noop)]
