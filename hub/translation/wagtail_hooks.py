from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub.translation import views


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
        path("translation-status/", views.translation_status, name="translation_status"),
        path("translation-status/<str:language_code>/", views.translation_status,
             name="translation_status_locale"),
    ]  # fmt: skip


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=900
    )
