"""Translators translate the taxonomy terms into their language (DESIGN.md: "translate
pages and taxonomies into their language only"): each Translators group may view and
change every taxonomy's terms. Wagtail grants snippet permissions per model, not per
locale, so the hub refuses a translator any term outside their own locale, in the
snippet editor and in every translation view (hub/translation/permissions.py).
Countries are only viewed: they have no text of their own to translate."""

from django.db import migrations

from hub.users.migration_helpers import create_all_permissions, permission

TAXONOMIES = ["sdg", "greendealarea", "sector", "organisationtype", "audience", "eqflevel",
              "licence", "methodcategory", "competence"]  # fmt: skip


def grant(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__startswith="Translators ("):
        group.permissions.add(permission(apps, "taxonomy", "view_country"))
        for model in TAXONOMIES:
            for action in ("view", "change"):
                group.permissions.add(permission(apps, "taxonomy", f"{action}_{model}"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    terms = Permission.objects.filter(content_type__app_label="taxonomy")
    for group in Group.objects.filter(name__startswith="Translators ("):
        group.permissions.remove(*terms)


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0002_translators_upload_media"),
        ("taxonomy", "0002_load_taxonomies"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
