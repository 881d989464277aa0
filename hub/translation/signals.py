"""Translators get their page permissions on their own locale's home page as soon as
that page exists (it is created by tree synchronisation, after the migrations). Rows
loaded as they were saved (`loaddata`, a test's serialized rollback) are saved "raw", in
no particular order: they start neither a tree synchronisation nor a grant, which would
read rows not loaded yet; the loaded data holds their results already."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")


def translators_group_name(language_code):
    return f"Translators ({language_code})"


def grant_translator_permissions(page):
    """Give the translators of the page's locale add and edit (never publish) rights on
    `page`, a locale's home page, and so on its whole tree in that locale only."""
    locale = Locale.objects.get(pk=page.locale_id)
    group = Group.objects.filter(name=translators_group_name(locale.language_code)).first()
    if group is None:
        return
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@receiver(post_save)
def on_locale_home_page_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    if instance.locale_id == Locale.get_default().pk:
        return
    grant_translator_permissions(instance)


post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@receiver(post_save, sender=LocaleSynchronization)
def sync_trees_unless_loaded(instance, raw=False, **kwargs):
    """wagtail-localize's own receiver, but not for raw saves."""
    if not raw:
        instance.sync_trees()
