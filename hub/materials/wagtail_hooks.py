from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from hub.materials import reports

app_name = "materials_reports"
report_urls = [
    path("by-material/", reports.DownloadsByMaterialView.as_view(), name="by_material"),
    path("by-material/results/", reports.DownloadsByMaterialView.as_view(results_only=True),
         name="by_material_results"),
    path("by-page/", reports.DownloadsByPageView.as_view(), name="by_page"),
    path("by-page/results/", reports.DownloadsByPageView.as_view(results_only=True),
         name="by_page_results"),
    path("outdated/", reports.OutdatedTranslationsView.as_view(), name="outdated"),
    path("outdated/results/", reports.OutdatedTranslationsView.as_view(results_only=True),
         name="outdated_results"),
]  # fmt: skip


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/downloads/", include((report_urls, app_name), namespace=app_name))]


class DocumentReportMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(get_document_model())
        return policy.user_has_any_permission(request.user, ["add", "change"])


@hooks.register("register_reports_menu_item")
def downloads_by_material_menu_item():
    return DocumentReportMenuItem(
        _("Downloads by material"),
        reverse("materials_reports:by_material"),
        icon_name="download",
        order=800,
    )


@hooks.register("register_reports_menu_item")
def downloads_by_page_menu_item():
    return DocumentReportMenuItem(
        _("Downloads by page"),
        reverse("materials_reports:by_page"),
        icon_name="download",
        order=810,
    )


@hooks.register("register_reports_menu_item")
def outdated_translations_menu_item():
    return DocumentReportMenuItem(
        _("Out-of-date translations"),
        reverse("materials_reports:outdated"),
        icon_name="warning",
        order=820,
    )
