"""Helpers for the data migrations that set up groups. They take the historical `apps`
registry, so they stay valid as the models change."""

from django.contrib.auth.management import create_permissions


def create_all_permissions(apps):
    """Permissions are normally created after all migrations; group set-up needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


HUB_MEDIA_MODELS = (("images", "hubimage"), ("materials", "hubdocument"))
# The models whose permissions Wagtail checks for images and documents, whatever model
# WAGTAILIMAGES_IMAGE_MODEL and WAGTAILDOCS_DOCUMENT_MODEL name (the policies' auth_model).
WAGTAIL_MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))


def grant_media_permissions(apps, group, actions, models=HUB_MEDIA_MODELS):
    """Give `group` the `actions` (add, change, choose) on images and documents in the root
    collection, and so in every collection."""
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.get(depth=1)
    for app_label, model in models:
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(apps, app_label, f"{action}_{model}"),
            )
