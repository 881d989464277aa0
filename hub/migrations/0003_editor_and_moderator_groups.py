"""Editors and Moderators: Editors write and submit, Moderators approve and publish,
through the "Moderators approval" workflow on the whole tree. Wagtail's own migrations
create both groups for its stock models; this grants the same on the hub's custom image
and document models and lets both groups use the taxonomies (Moderators maintain them)."""

from django.db import migrations

from hub.users import migration_helpers as helpers

TAXONOMIES = ["sdg", "greendealarea", "sector", "country", "organisationtype", "audience",
              "eqflevel", "licence", "methodcategory", "competence"]


def setup_groups(apps, schema_editor):
    helpers.create_all_permissions(apps)

    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    def permission(app_label, codename):
        return helpers.permission(apps, app_label, codename)

    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    root_page = Page.objects.get(depth=1)
    admin_access = permission("wagtailadmin", "access_admin")

    page_actions = {editors: ["add_page", "change_page"],
                    moderators: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]}
    for group, actions in page_actions.items():
        group.permissions.add(admin_access)
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission("wagtailcore", action)
            )
        helpers.grant_media_permissions(apps, group, ("add", "change", "choose"))
        for model in TAXONOMIES:
            group.permissions.add(permission("taxonomy", f"view_{model}"))
    for model in TAXONOMIES:
        for action in ("add", "change"):
            moderators.permissions.add(permission("taxonomy", f"{action}_{model}"))

    # One approval step by Moderators for every page in every section.
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators approval", content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_locales_and_home_page"),
        ("taxonomy", "0002_load_taxonomies"),
        ("images", "0003_alter_hubimage_options"),
        ("materials", "0003_alter_hubdocument_options"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(setup_groups, migrations.RunPython.noop)]
