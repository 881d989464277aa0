"""The "Strategy coders" group (classify the strategies they are given, in the admin),
and what Editors and Moderators may do with the strategies' records: Editors keep
objectives, measures and indicators; Moderators also settle codings and keep the
codebook."""

from django.db import migrations

from hub.users import migration_helpers as helpers

RECORD = ["objective", "measure", "indicator"]


def setup_groups(apps, schema_editor):
    helpers.create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")

    def grant(group, *codenames):
        group.permissions.add(*(helpers.permission(apps, "strategies", c) for c in codenames))

    coders, _ = Group.objects.get_or_create(name="Strategy coders")
    coders.permissions.add(helpers.permission(apps, "wagtailadmin", "access_admin"))
    grant(coders, "view_coding", "add_tag", "change_tag", "delete_tag",
          *(f"view_{model}" for model in RECORD))
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    for group in (editors, moderators):
        grant(group, *(f"{action}_{model}" for model in RECORD
                       for action in ("add", "change", "delete", "view")))
    grant(moderators, "settle_coding", "view_coding", "add_coding", "change_coding",
          "add_codebook", "change_codebook", "view_codebook")


class Migration(migrations.Migration):
    dependencies = [
        ("strategies", "0001_initial"),
        ("hub", "0003_editor_and_moderator_groups"),
    ]

    operations = [migrations.RunPython(setup_groups, migrations.RunPython.noop)]
