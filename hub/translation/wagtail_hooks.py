from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin
from wagtail_localize.models import Translation

from hub.translation import views
from hub.translation.permissions import may_change_snippet


@hooks.register("register_admin_urls")
def guard_translation_views():
    # The same paths as wagtail-localize's views; the hub's app comes first in
    # INSTALLED_APPS, so these are matched first and call the originals when allowed.
    return [
        path("localize/submit/page/<int:page_id>/", views.submit_page_translation,
             name="hub_submit_page_translation"),
        path("localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
             views.submit_snippet_translation, name="hub_submit_snippet_translation"),
        path("localize/update/<int:translation_source_id>/", views.update_translations,
             name="hub_update_translations"),
        path("localize/translate/<int:translation_id>/pofile/upload/", views.upload_pofile,
             name="hub_upload_pofile"),
        path("localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/"
             "edit/", views.edit_override, name="hub_edit_override"),
        path("localize/translate/<int:translation_id>/preview/", views.preview_translation,
             name="hub_preview_translation"),
        path("localize/translate/<int:translation_id>/preview/<str:mode>/",
             views.preview_translation, name="hub_preview_translation"),
        path("localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
             views.edit_string_translation, name="hub_edit_string_translation"),
        path("localize/translate/<int:translation_id>/pofile/download/", views.download_pofile,
             name="hub_download_pofile"),
        path("localize/translate/<int:translation_id>/machine_translate/",
             views.machine_translate, name="hub_machine_translate"),
        path("localize/translate/<int:translation_id>/disable/", views.stop_translation,
             name="hub_stop_translation"),
        path("translation-status/", views.translation_status, name="translation_status"),
        path("translation-status/<str:language_code>/", views.translation_status,
             name="translation_status_locale"),
    ]  # fmt: skip


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's, which publishes
def set_aside_bad_overrides(request, page):
    """A translation is published from its page's edit view: overrides that cannot be
    used are left out first, so that publishing uses the source's values instead of
    failing (hub.translation.overrides)."""
    if request.method == "POST" and request.POST.get("action") == "publish":
        translation = Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).first()
        if translation is not None and page.permissions_for_user(request.user).can_publish():
            views.set_aside_bad_overrides(request, translation)


@hooks.register("before_edit_snippet", order=-1)  # before wagtail-localize's editor
def edit_terms_in_own_locale_only(request, instance):
    """Translators open and save the taxonomy terms of their own locale only; Wagtail's
    snippet permissions would let them change every locale's (hub.translation.permissions)."""
    if isinstance(instance, TranslatableMixin) and not may_change_snippet(request.user, instance):
        raise PermissionDenied


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=900
    )
