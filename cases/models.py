from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import (
    Case,
    Count,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from cases import open_data as case_data
from hub import caching
from hub.models import ContentPage, ListingPage
from hub.outlets import open_data
from hub.pages.blocks import RICH_TEXT_FEATURES, KeyFigureBlock, MaterialsBlock, body_blocks
from hub.pages.listing import card_queryset, cards, in_locale, linked_pages
from hub.pages.routing import mirrored_source
from hub.taxonomy.facets import COUNTRY, GREEN_DEAL_AREA, SDG_FACET, Facet
from hub.taxonomy.fields import TermField, related_terms
from hub.taxonomy.labels import want_terms
from hub.taxonomy.models import SDG, Country, GreenDealArea, Licence, OrganisationType, Sector
from hub.translation.names import country_name

RELATED_CASES = 3


class CaseIndexPage(RoutablePageMixin, ListingPage):
    """All best-practice cases of a locale, filterable by every taxonomy, with a map, and
    the whole case database as open data (data/csv/, data/json/: Wagtail's page URLs
    take no dots)."""

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["cases.CasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case index")

    def listed_pages(self):
        # Newest first, ties by page id: SQLite's index on first_published_at holds
        # its pages in that order, so the first cards are read from it instead of every
        # case being sorted. Ordered by "-id", Django would name the
        # case table's copy of the id, which the index does not hold.
        quote = connection.ops.quote_name
        page_id = RawSQL(f"{quote(Page._meta.db_table)}.{quote('id')}", ())  # noqa: S611 (names)
        return CasePage.cards().child_of(self).order_by("-first_published_at", page_id.desc())

    @path("data/csv/", name="open_data_csv")
    def open_data_csv(self, request):
        return open_data.csv_response(
            f"impact-hub-cases-{self.locale.language_code}.csv",
            case_data.COLUMNS,
            case_data.case_rows(CasePage.objects, self.locale, request),
            case_data.licence(),
        )

    @path("data/json/", name="open_data_json")
    def open_data_json(self, request):
        return open_data.json_response(
            f"impact-hub-cases-{self.locale.language_code}.json",
            {"title": "IMPACT hub cases", "language": self.locale.language_code,
             "columns": case_data.COLUMNS},
            case_data.case_rows(CasePage.objects, self.locale, request),
            case_data.licence(),
        )  # fmt: skip

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country_counts"] = self.country_counts(context["listing"].counts["country"])
        return context

    def country_counts(self, counts=None):
        """Live cases per country code, for the map and its text alternative, most first;
        from the country filter's `counts` when the listing has them."""
        if counts is not None:
            return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        rows = (
            CasePage.objects.live()
            .public()
            .child_of(self)
            .exclude(country=None)
            .values("country__code")
            .annotate(n=Count("pk"))
            .order_by("-n", "country__code")
        )
        return {row["country__code"]: row["n"] for row in rows}


class CasePage(ContentPage):
    """A best-practice case. Every case follows one template so cases can be compared
    and transferred: challenge, what was done, stakeholders, results with evidence,
    enabling factors and obstacles, what did not work, transferability, resources."""

    SIZES = [
        ("micro", _("Micro (fewer than 10 people)")),
        ("small", _("Small (10–49)")),
        ("medium", _("Medium (50–249)")),
        ("large", _("Large (250 or more)")),
    ]

    organisation = models.CharField(max_length=255)
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sector = models.ForeignKey(
        Sector, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation_type = models.ForeignKey(
        OrganisationType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation_size = models.CharField(max_length=16, choices=SIZES, blank=True)
    year_start = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    year_end = models.PositiveSmallIntegerField(
        _("to year"), null=True, blank=True, help_text=_("Empty while the work goes on.")
    )
    sdgs = ParentalManyToManyField(SDG, blank=True, related_name="+", verbose_name=_("SDGs"))
    green_deal_areas = ParentalManyToManyField(GreenDealArea, blank=True, related_name="+")

    challenge = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    what_was_done = RichTextField(_("what was done"), features=RICH_TEXT_FEATURES, blank=True)
    stakeholders = RichTextField(
        _("stakeholders involved"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who took part, and how they were involved."),
    )
    results = RichTextField(
        _("results and impact"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What changed, with evidence. Put the headline numbers in key figures."),
    )
    key_figures = StreamField([("figure", KeyFigureBlock())], blank=True)
    enabling_factors = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    obstacles = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    what_did_not_work = RichTextField(
        _("what did not work"), features=RICH_TEXT_FEATURES, blank=True
    )
    transferability = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("To whom and where this transfers, and under which conditions."),
    )
    lessons_learned = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    resources = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Budget, people, time and funding it took."),
    )
    body = StreamField(body_blocks(), blank=True, help_text=_("Pictures, quotes, more text."))
    materials = StreamField([("materials", MaterialsBlock())], blank=True)

    source_partner = models.CharField(
        max_length=255, blank=True, help_text=_("The alliance partner who documented the case.")
    )
    contact_name = models.CharField(max_length=255, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_url = models.URLField(_("contact web address"), blank=True)

    parent_page_types = ["cases.CaseIndexPage"]
    subpage_types = []

    # The API (/api/v2/pages/?type=...&fields=...); taxonomy terms as {key, title}.
    api_fields = [
        APIField("summary"),
        APIField("organisation"),
        APIField("country", serializer=TermField()),
        APIField("sector", serializer=TermField()),
        APIField("organisation_type", serializer=TermField()),
        APIField("organisation_size"),
        APIField("year_start"),
        APIField("year_end"),
        APIField("sdgs", serializer=TermField()),
        APIField("green_deal_areas", serializer=TermField()),
        APIField("challenge"),
        APIField("what_was_done"),
        APIField("stakeholders"),
        APIField("results"),
        APIField("key_figures"),
        APIField("enabling_factors"),
        APIField("obstacles"),
        APIField("what_did_not_work"),
        APIField("transferability"),
        APIField("lessons_learned"),
        APIField("resources"),
        APIField("source_partner"),
        APIField("materials"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("organisation"),
        index.SearchField("challenge"),
        index.SearchField("what_was_done"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.FilterField("country"),
        index.FilterField("sector"),
        index.FilterField("organisation_type"),
    ]

    facts_panels = [
        # TitleFieldPanel fills the slug (on the Promote tab) from the title, as on every
        # other page type; a plain FieldPanel left it empty and the new case refused.
        TitleFieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("sector")]),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("organisation_size")]),
                FieldRowPanel([FieldPanel("year_start"), FieldPanel("year_end")]),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
        FieldPanel("green_deal_areas", widget=forms.CheckboxSelectMultiple),
    ]
    case_panels = [
        FieldPanel("challenge"),
        FieldPanel("what_was_done"),
        FieldPanel("stakeholders"),
        FieldPanel("results"),
        FieldPanel("key_figures"),
        FieldPanel("enabling_factors"),
        FieldPanel("obstacles"),
        FieldPanel("what_did_not_work"),
        FieldPanel("transferability"),
        FieldPanel("lessons_learned"),
        FieldPanel("resources"),
        FieldPanel("body"),
        FieldPanel("materials"),
    ]
    relation_panels = [
        InlinePanel("method_links", heading=_("Methods used with stakeholders"), label=_("method")),
        InlinePanel("unit_links", heading=_("Course units that teach this case"), label=_("unit")),
        InlinePanel(
            "related_case_links",
            heading=_("Related cases"),
            label=_("case"),
            help_text=_("Leave empty to show cases with shared SDGs and sector."),
        ),
    ]
    source_panels = [
        FieldPanel("source_partner"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_url")],
            heading=_("Contact"),
        ),
        FieldPanel("is_demo"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(facts_panels, heading=_("Key facts")),
            ObjectList(case_panels, heading=_("Case")),
            ObjectList(relation_panels, heading=_("Relations")),
            ObjectList(source_panels, heading=_("Source")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    card_taxonomies = (SDG,)  # what a case card labels (its SDG badges)
    schema_type = "Article"
    kind = "case"  # in search and harvesting: ?type=case, set type:case
    kind_label = _("Case")
    facets = (
        SDG_FACET,
        GREEN_DEAL_AREA,
        Facet("sector", _("Sector"), "sector", Sector),
        COUNTRY,
        Facet("orgtype", _("Organisation type"), "organisation_type", OrganisationType),
    )

    def search_facts(self):
        return {
            "organisation": self.organisation,
            "country": str(self.country.code) if self.country else "",
            "years": str(self.years),
        }

    @classmethod
    def facts_line(cls, facts):
        country = country_name(facts["country"]) if facts.get("country") else ""
        parts = [facts.get("organisation"), country, facts.get("years")]
        return " · ".join(str(part) for part in parts if part)

    def structured_data(self, request):
        data = super().structured_data(request)
        data["headline"] = self.title[:110]
        data["about"] = [
            {"@type": "Thing", "name": sdg.short_label,
             "sameAs": f"https://sdgs.un.org/goals/goal{sdg.number}"}
            for sdg in related_terms(self, "sdgs")
        ]  # fmt: skip
        keywords = [*related_terms(self, "green_deal_areas"), *filter(None, [self.sector])]
        data["keywords"] = [term.short_label for term in keywords]
        if self.country:
            data["spatialCoverage"] = {"@type": "Country", "name": self.country.short_label}
        if self.organisation:
            data["sourceOrganization"] = {"@type": "Organization", "name": self.organisation}
        return data

    class Meta:
        verbose_name = _("case")

    @classmethod
    def detail_queryset(cls, queryset):
        return (
            super()
            .detail_queryset(queryset)
            .select_related("country", "sector", "organisation_type")
            .prefetch_related("green_deal_areas")
        )

    @classmethod
    def cards(cls):
        """Live, public cases with everything a case card shows, fetched in bulk. A card
        shows none of a case's blocks: reading them costs more than the rest of the row."""
        return (
            card_queryset(cls)
            .defer("body", "key_figures", "materials")
            .select_related("country", "sector")
            .prefetch_related("sdgs")
        )

    def clean(self):
        super().clean()
        if self.year_start and self.year_end and self.year_end < self.year_start:
            raise ValidationError({"year_end": _("The end year cannot be before the start year.")})

    @property
    def card_meta(self):
        parts = [self.organisation, self.country.title if self.country else "", self.years]
        return " · ".join(str(part) for part in parts if part)

    @property
    def years(self):
        if self.year_start and self.year_end and self.year_end != self.year_start:
            return f"{self.year_start}–{self.year_end}"
        if self.year_start and not self.year_end:
            return _("since %(year)s") % {"year": self.year_start}
        return str(self.year_start or self.year_end or "")

    def related_cases(self):
        """Cases chosen by editors, else the live cases sharing most SDGs and the sector.
        Their SDGs are not read yet (see get_context)."""
        candidates = CasePage.cards().prefetch_related(None)
        # The chosen cases are read as CasePage.cards() lists them (live, public, once
        # each), in tree order; their links give only the ids, not a second copy of the
        # cases' columns. Cases read by id are put in order here: Django's ORDER BY costs
        # more to compile over a case's 70 columns than the sort.
        chosen = [pk for pk in self.related_case_links.values_list("related", flat=True) if pk]
        if chosen:
            # A translation or mirror keeps its source's choice, shown in its language.
            [shown] = in_locale(
                self.locale_id, candidates.filter(pk__in=chosen).order_by(), pages=candidates
            )
            return sorted(shown, key=lambda case: case.path)
        sdgs = self.sdgs.all()
        # A preview holds the SDGs in a modelcluster queryset, a saved case in the database.
        sdg_ids = sdgs.values("id") if isinstance(sdgs, QuerySet) else [sdg.id for sdg in sdgs]
        same_sector = Value(0, output_field=IntegerField())
        if self.sector_id:
            same_sector = Case(When(sector_id=self.sector_id, then=Value(1)), default=same_sector)
        # Ranking every sibling costs a scan of all cases, so
        # the ranking is kept until anything shown changes (hub.caching's generation);
        # a saved case's later renders read its related cases by id, in the same order.
        key = f"hub:related-cases:{caching.current()}:{self.pk}"
        ids = cache.get(key) if self.pk and isinstance(sdgs, QuerySet) else None
        if ids is not None:
            found = {case.pk: case for case in candidates.filter(pk__in=ids).order_by()}
            return [found[pk] for pk in ids if pk in found]
        related = list(
            candidates.sibling_of(self, inclusive=False)
            .annotate(
                shared_sdgs=Count("sdgs", filter=Q(sdgs__in=sdg_ids), distinct=True),
                same_sector=same_sector,
            )
            .filter(Q(shared_sdgs__gt=0) | Q(same_sector=1))
            .order_by("-same_sector", "-shared_sdgs", "-first_published_at")[:RELATED_CASES]
        )
        if self.pk and isinstance(sdgs, QuerySet):
            cache.set(key, [case.pk for case in related], 24 * 3600)
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Labels in another language: of the case's terms and its materials' licences.
        want_terms(SDG, GreenDealArea, Sector, OrganisationType, Licence)
        related = self.related_cases()
        # The SDGs of the case, of the case it mirrors and of its related cases in one
        # query (a preview's own are in memory already).
        saved = [self] if isinstance(self.sdgs.all(), QuerySet) else []
        source = mirrored_source(self)
        prefetch_related_objects([*saved, *filter(None, [source]), *related], "sdgs")
        context["sdgs"] = list(self.sdgs.all())
        context["areas"] = list(self.green_deal_areas.all())
        context["methods"], context["units"] = in_locale(
            self.locale_id,
            linked_pages(self.method_links, "method"),
            linked_pages(self.unit_links, "unit"),
        )
        context["related_cases"] = cards(related)
        return context


class CaseMethod(Orderable):
    """A method a case used with its stakeholders; the method page lists it in turn."""

    case = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="method_links")
    method = models.ForeignKey(
        "toolkits.MethodPage", null=True, on_delete=models.CASCADE, related_name="case_links"
    )
    panels = [PageChooserPanel("method", "toolkits.MethodPage")]


class CaseUnit(Orderable):
    """A course unit that teaches the case; the unit page lists it in turn."""

    case = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="unit_links")
    unit = models.ForeignKey(
        "courses.UnitPage", null=True, on_delete=models.CASCADE, related_name="case_links"
    )
    panels = [PageChooserPanel("unit", "courses.UnitPage")]


class CaseRelatedCase(Orderable):
    case = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="related_case_links")
    related = models.ForeignKey(CasePage, null=True, on_delete=models.CASCADE, related_name="+")
    panels = [PageChooserPanel("related", "cases.CasePage")]
