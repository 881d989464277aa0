from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from search.models import UnansweredQuery


class UnansweredQueriesView(ReportView):
    """Searches that found nothing, most frequent first, with export."""

    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "search_unanswered"
    index_results_url_name = "search_unanswered_results"
    columns = [
        Column("query_string", label=_("Search"), sort_key="query_string"),
        Column("searches", label=_("Times searched"), sort_key="searches"),
        Column("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    default_ordering = "-searches"
    list_export = ["query_string", "searches", "last_searched"]

    def get_queryset(self):
        return self.order_queryset(UnansweredQuery.objects.all())


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path(
            "reports/unanswered-searches/",
            UnansweredQueriesView.as_view(),
            name="search_unanswered",
        ),
        path(
            "reports/unanswered-searches/results/",
            UnansweredQueriesView.as_view(results_only=True),
            name="search_unanswered_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def unanswered_menu_item():
    return MenuItem(
        _("Searches without results"), reverse("search_unanswered"), icon_name="search", order=950
    )
