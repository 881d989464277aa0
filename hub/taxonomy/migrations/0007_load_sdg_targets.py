"""The 169 SDG targets in the ten languages (hub.taxonomy.translations.load_targets). Like
0005, it uses the current models: the loader is the one the tests and seeding share."""

from django.db import migrations


def load(apps, schema_editor):
    from hub.taxonomy import translations

    translations.load_targets()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0006_sdg_targets")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
