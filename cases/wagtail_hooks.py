from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cases import views


@hooks.register("register_admin_urls")
def register_urls():
    return [path("cases/import/", views.import_cases, name="cases_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        index = views.source_index()
        return bool(index and index.permissions_for_user(request.user).can_add_subpage())


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ImportMenuItem(_("Import cases"), reverse("cases_import"), icon_name="upload", order=250)
