"""Admin reports of downloads: per material and per page, for a period, sortable, with a
chart of downloads per day and CSV/Excel export (Wagtail's report views)."""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q, Sum
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.permissions import policy_registry

import django_filters

from hub.materials.charts import bar_chart
from hub.materials.models import DownloadCount
from hub.security.media_permissions import visible_documents
from hub.text import formatting

DEFAULT_DAYS = 30


class PeriodFilterSet(WagtailFilterSet):
    """The period of a downloads report. The dates choose what is counted, not which rows
    are listed, so the filters themselves do nothing to the queryset."""

    start = django_filters.DateFilter(label=_("From"), widget=AdminDateInput, method="keep_all")
    end = django_filters.DateFilter(label=_("To"), widget=AdminDateInput, method="keep_all")

    class Meta:
        model = DownloadCount
        fields = []

    def keep_all(self, queryset, name, value):
        return queryset


class DownloadsReport(ReportView):
    """What both reports share: the period, the chart, permissions and export."""

    filterset_class = PeriodFilterSet
    results_template_name = "materials/reports/downloads_results.html"
    header_icon = "download"
    paginate_by = 50
    any_permission_required = ["add", "change"]
    default_ordering = "-download_total"

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(get_document_model())

    @cached_property
    def period(self):
        today = timezone.localdate()
        data = self.filters.form.cleaned_data if self.filters.form.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            start, end = end, start
        return start, end

    def filter_queryset(self, queryset):
        # The period chooses what is counted (see `period`), not which rows are listed.
        return queryset

    def counts_in_period(self):
        start, end = self.period
        return DownloadCount.objects.filter(day__gte=start, day__lte=end)

    def order_queryset(self, queryset):
        if isinstance(queryset, list):
            key = (self.ordering or self.default_ordering).lstrip("-")
            reverse = (self.ordering or self.default_ordering).startswith("-")
            return sorted(queryset, key=lambda row: getattr(row, key), reverse=reverse)
        return super().order_queryset(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = self.period
        per_day = dict(
            self.counts_in_period().values_list("day").annotate(n=Sum("count")).order_by()
        )
        days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        context["period"] = (start, end)
        context["total"] = formatting.grouped(sum(per_day.values()))
        context["chart"] = bar_chart(
            [(formats.date_format(day, "SHORT_DATE_FORMAT"), per_day.get(day, 0)) for day in days],
            title=_("Downloads per day"),
            description=_("Downloads of all materials per day from %(start)s to %(end)s.")
            % {"start": formats.date_format(start), "end": formats.date_format(end)},
        )
        return context


class DownloadsByMaterialView(DownloadsReport):
    page_title = _("Downloads by material")
    index_url_name = "materials_reports:by_material"
    index_results_url_name = "materials_reports:by_material_results"
    columns = [
        TitleColumn("title", label=_("Material"), sort_key="title",
                    url_name="wagtaildocs:edit"),
        Column("language", label=_("Language"), sort_key="language"),
        Column("download_total", label=_("Downloads"), sort_key="download_total"),
    ]  # fmt: skip
    list_export = ["title", "language", "download_total"]
    export_headings = {"title": _("Material"), "language": _("Language"),
                       "download_total": _("Downloads")}  # fmt: skip

    def get_queryset(self):
        start, end = self.period
        in_period = Q(downloads__day__gte=start, downloads__day__lte=end)
        return self.order_queryset(
            visible_documents(self.request.user)
            .annotate(download_total=Sum("downloads__count", filter=in_period, default=0))
            .order_by("-download_total", "title")
        )


class DownloadsByPageView(DownloadsReport):
    """Downloads of the materials each page lists (from Wagtail's reference index), each
    page once: not its language mirrors, and its translations only for materials of
    their own (see own_materials)."""

    page_title = _("Downloads by page")
    index_url_name = "materials_reports:by_page"
    index_results_url_name = "materials_reports:by_page_results"
    columns = [
        TitleColumn("title", label=_("Page"), sort_key="title", url_name="wagtailadmin_pages:edit"),
        Column("materials", label=_("Materials"), sort_key="materials"),
        Column("download_total", label=_("Downloads"), sort_key="download_total"),
    ]
    list_export = ["title", "url", "materials", "download_total"]
    export_headings = {"title": _("Page"), "url": _("URL"), "materials": _("Materials"),
                       "download_total": _("Downloads")}  # fmt: skip

    def get_queryset(self):
        document_type = ContentType.objects.get_for_model(get_document_model())
        references = ReferenceIndex.objects.filter(
            to_content_type=document_type,
            base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list("object_id", "to_object_id")
        documents_of = {}
        for page_id, document_id in references:
            documents_of.setdefault(int(page_id), set()).add(int(document_id))
        downloads = dict(
            self.counts_in_period().values_list("document_id").annotate(n=Sum("count")).order_by()
        )
        # A language mirror shows its source's materials: it is not a page of its own.
        pages = list(Page.objects.filter(pk__in=documents_of, alias_of__isnull=True).specific())
        rows = []
        for page, materials in own_materials(pages, documents_of):
            rows.append(
                SimpleNamespace(
                    pk=page.pk,
                    title=page.title,
                    url=page.url or "",
                    materials=len(materials),
                    download_total=sum(downloads.get(pk, 0) for pk in materials),
                )
            )
        return self.order_queryset(rows)


def own_materials(pages, documents_of):
    """(page, its materials) for each page with materials of its own: a translation
    counts only what its source page (of the same translation key, in the default
    language if there is one) does not list, so every download is counted once, on the
    page that brought the material; a translation listing its source's materials only
    is left out."""
    default_locale = Locale.get_default()
    source_of = {}
    for page in sorted(pages, key=lambda page: (page.locale_id != default_locale.pk, page.pk)):
        source_of.setdefault(page.translation_key, page)
    for page in pages:
        source = source_of[page.translation_key]
        materials = documents_of[page.pk]
        if page is not source:
            materials = materials - documents_of[source.pk]
        if materials:
            yield page, materials


class OutdatedTranslationsView(ReportView):
    """Language versions whose original's file was replaced after they were made."""

    page_title = _("Out-of-date translations")
    header_icon = "warning"
    index_url_name = "materials_reports:outdated"
    index_results_url_name = "materials_reports:outdated_results"
    any_permission_required = ["add", "change"]
    columns = [
        TitleColumn("title", label=_("Translation"), url_name="wagtaildocs:edit"),
        Column("language", label=_("Language")),
        Column("translation_of", label=_("Original")),
    ]
    list_export = ["title", "language", "translation_of"]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(get_document_model())

    def get_queryset(self):
        return (
            visible_documents(self.request.user)
            .filter(translation_of__isnull=False)
            .exclude(source_file_hash=F("translation_of__file_hash"))
            .select_related("translation_of")
            .order_by("title")
        )
