"""Translators change taxonomy terms in their own language only.

Wagtail's snippet permissions are per model, not per locale: `change_sdg` lets a member
change every SDG row in every language. Translators hold `change_<taxonomy>` through
their group `Translators (<code>)` only, so wherever a term (or another translatable
snippet) is edited or translated, the hub asks `may_change_snippet`: someone whose change
permission comes from a Translators group and nowhere else may change the rows of that
group's locale and no other. Moderators and administrators keep Wagtail's rule. The
checks stand in front of Wagtail's snippet edit view (a `before_edit_snippet` hook) and
of every wagtail-localize view that changes a translation (hub.translation.views)."""

from django.conf import settings
from django.contrib.auth.models import Permission

from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name, user_can_edit_snippet_type

from hub.translation.signals import translators_group_name


def translator_groups():
    """{group name: language code} of the nine Translators groups."""
    return {
        translators_group_name(code): code
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    }


def snippet_languages(user, model):
    """The language codes whose rows of `model` `user` may change, or None for all of
    them (a superuser, or a change permission held other than through a Translators
    group); an empty set when they may change none."""
    if not user.is_active:
        return set()
    if user.is_superuser:
        return None
    app_label, codename = get_permission_name("change", model).split(".")
    if not user.has_perm(f"{app_label}.{codename}"):
        return set()
    granted = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    if granted.filter(user=user).exists():
        return None
    groups = translator_groups()
    names = set(granted.filter(group__user=user).values_list("group__name", flat=True))
    if names - groups.keys():
        return None  # another group (Moderators) grants it without a language
    return {groups[name] for name in names}


def may_change_snippet(user, instance):
    """Whether `user` may change this row of a snippet (a taxonomy term in one locale)."""
    if not user_can_edit_snippet_type(user, type(instance)):
        return False
    languages = snippet_languages(user, type(instance))
    return languages is None or instance.locale.language_code in languages


def may_translate_snippet_into(user, model, locales):
    """Whether `user` may create or change `model`'s rows in every one of `locales`."""
    languages = snippet_languages(user, model)
    return languages is None or all(locale.language_code in languages for locale in locales)


def may_change_every_locale(user, model):
    """Whether `user` may change `model`'s rows in every language (sync all of them)."""
    return user_can_edit_snippet_type(user, model) and snippet_languages(user, model) is None


def may_edit_instance(user, instance):
    """wagtail-localize's user_can_edit_instance, with snippets limited to the locales
    their translators work in."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return may_change_snippet(user, instance)
