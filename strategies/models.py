"""Smart V4 strategies: the smart-city, climate and development strategies of cities in
Poland, Czechia, Slovakia and Hungary, their objectives and measures, and how each
measure contributes to the SDG targets and the Green Deal areas.

A strategy is a page (its key facts, summary and translations are edited as any page's);
its objectives, measures and indicators are rows tied to the page the record was made
on, and every translation of that page shows them. Classifications are made by coders
under a versioned codebook (strategies.coding); only a moderator's settled
classification reaches visitors, and the scores are computed from it
(strategies.scores), never typed."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
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
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from hub.models import ContentPage, ListingPage
from hub.taxonomy.data import SDGS
from hub.taxonomy.facets import COUNTRY, GREEN_DEAL_AREA, SDG_FACET, Facet
from hub.taxonomy.fields import TermField
from hub.taxonomy.labels import term_labels, terms_in_locale, want_terms
from hub.taxonomy.models import SDG, Country, GreenDealArea, SDGTarget
from hub.translation.names import country_name
from strategies import charts

V4_COUNTRIES = ("PL", "CZ", "SK", "HU")

STRATEGY_TYPES = [
    ("smart-city", _("Smart-city strategy")),
    ("climate-energy", _("Climate and energy plan")),
    ("integrated-urban", _("Integrated urban development strategy")),
    ("development", _("Development strategy")),
    ("other", _("Other strategy")),
]
STATUSES = [
    ("draft", _("Draft")),
    ("adopted", _("Adopted")),
    ("implementation", _("In implementation")),
    ("evaluated", _("Evaluated")),
    ("expired", _("Expired")),
    ("superseded", _("Superseded")),
]
# Population classes for the facet: (key, label, smallest, largest).
POPULATION_CLASSES = [
    ("under-50k", _("Under 50,000 inhabitants"), 0, 49_999),
    ("50k-100k", _("50,000 to 100,000"), 50_000, 99_999),
    ("100k-250k", _("100,000 to 250,000"), 100_000, 249_999),
    ("250k-500k", _("250,000 to 500,000"), 250_000, 499_999),
    ("500k-plus", _("500,000 or more"), 500_000, 10**9),
]
# Horizon classes by the strategy's end year: (key, label, first year, last year).
HORIZONS = [
    ("to-2025", _("Ends by 2025"), 0, 2025),
    ("to-2030", _("Ends 2026–2030"), 2026, 2030),
    ("to-2040", _("Ends 2031–2040"), 2031, 2040),
    ("beyond-2040", _("Ends after 2040"), 2041, 9999),
]
FUNDING_KINDS = [
    ("eu", _("EU funds")),
    ("national", _("National funds")),
    ("municipal", _("Municipal budget")),
    ("private", _("Private funds")),
]
CURRENCIES = [("EUR", "EUR"), ("PLN", "PLN"), ("CZK", "CZK"), ("HUF", "HUF")]
MEASURE_KINDS = [
    ("investment", _("Investment")),
    ("regulation", _("Regulation")),
    ("service", _("Service")),
    ("data-ict", _("Data and ICT")),
    ("capacity", _("Capacity building")),
    ("participation", _("Participation")),
]
MEASURE_STATUSES = [
    ("planned", _("Planned")),
    ("under-way", _("Under way")),
    ("done", _("Done")),
    ("delayed", _("Delayed")),
    ("cancelled", _("Cancelled")),
]
PRINCIPAL, SIGNIFICANT = "principal", "significant"
STRENGTHS = [(PRINCIPAL, _("Principal")), (SIGNIFICANT, _("Significant"))]
SDG_COLOURS = {str(number): colour for number, _title, colour in SDGS}


class MeasureFilter(forms.Form):
    """The strategy page's filter of its measures: by goal, kind and status."""

    goal = forms.TypedChoiceField(
        label=_("Goal"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("All goals"))] + [(n, str(n)) for n in range(1, 18)],
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *MEASURE_KINDS]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Every status")), *MEASURE_STATUSES]
    )

    def apply(self, measures, coding):
        """`measures` as chosen; an invalid choice filters nothing (the form says why)."""
        if not self.is_valid():
            return measures
        data = self.cleaned_data
        if data["goal"] and coding is not None:
            measures = measures.filter(tags__coding=coding, tags__target__goal=data["goal"])
        if data["kind"]:
            measures = measures.filter(kind=data["kind"])
        if data["status"]:
            measures = measures.filter(status=data["status"])
        return measures.distinct()


def band(bands, value):
    """The key of the band (key, label, lowest, highest) that holds `value`, or ""."""
    if value is None:
        return ""
    return next((key for key, _label, low, high in bands if low <= value <= high), "")


def choice_pairs(bands):
    return tuple((key, label) for key, label, *_bounds in bands)


MAX_COMPARED = 4


class StrategyIndexPage(RoutablePageMixin, ListingPage):
    """The portal: every published strategy of a locale, filterable by its facets, with
    a comparison of two to four strategies and a city × SDG heatmap."""

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["strategies.StrategyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strategy portal")

    def listed_pages(self):
        return StrategyPage.cards().child_of(self).order_by("city", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["compare_form"] = CompareForm(self, data=None)
        return context

    @path("compare/", name="compare")
    def compare(self, request):
        """Two to four strategies side by side: their scores, coverage and budget."""
        form = CompareForm(self, data=request.GET or None)
        context = self.get_context(request)
        context["compare_form"] = form
        status = 200
        if form.is_bound and form.is_valid():
            pages = form.cleaned_data["s"]
            found = score_sets(pages)
            context["compared"] = [{"page": p, "scores": found.get(p.translation_key)}
                                   for p in pages]  # fmt: skip
            context["sdg_rows"] = [
                {"sdg": sdg, "colour": SDG_COLOURS[str(sdg.number)],
                 "cells": [charts.cell(c["scores"], sdg.number) for c in context["compared"]]}
                for sdg in terms_in_locale(SDG).values()
            ]  # fmt: skip
        elif form.is_bound:
            status = 400
        return TemplateResponse(request, "strategies/compare.html", context, status=status)

    @path("heatmap/", name="heatmap")
    def heatmap(self, request):
        """Every published strategy of the locale against the 17 goals."""
        context = self.get_context(request)
        pages = list(self.listed_pages().prefetch_related(None))
        found = score_sets(pages)
        sdgs = list(terms_in_locale(SDG).values())
        context["heatmap"] = charts.heatmap(
            [(page, found.get(page.translation_key)) for page in pages], sdgs, SDG_COLOURS
        )
        context["sdg_list"] = sdgs
        return TemplateResponse(request, "strategies/heatmap.html", context)


class CompareForm(forms.Form):
    """The strategies to compare, by page id: two to four of the portal's own."""

    s = forms.ModelMultipleChoiceField(
        queryset=None,
        label=_("Strategies to compare"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("One of the chosen strategies is not in this portal."),
            "invalid_pk_value": _("One of the chosen strategies is not in this portal."),
        },
    )

    def __init__(self, portal, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["s"].queryset = portal.listed_pages().prefetch_related(None)
        self.fields["s"].label_from_instance = lambda page: page.title

    def clean_s(self):
        chosen = list(self.cleaned_data["s"])
        if not 2 <= len(chosen) <= MAX_COMPARED:
            raise ValidationError(
                _("Choose between two and %(max)s strategies.") % {"max": MAX_COMPARED}
            )
        return chosen


def score_sets(pages):
    """{translation key: ScoreSet} of the settled classifications of `pages` (any
    translation), each of the newest codebook it has, in one query."""
    keys = [page.translation_key for page in pages]
    found = {}
    rows = (
        ScoreSet.objects.filter(strategy__translation_key__in=keys)
        .select_related("codebook")
        .annotate(key=models.F("strategy__translation_key"))
        .order_by("codebook__published_on", "codebook__version")
    )
    for row in rows:
        found[row.key] = row  # the newest codebook's comes last
    return found


class StrategyPage(ContentPage):
    """A city's strategy: its key facts, its objectives and measures (rows of
    `Objective` and `Measure` tied to the page the record was made on) and, once
    settled, their classification and scores."""

    city = models.CharField(_("city"), max_length=120)
    country = models.ForeignKey(
        Country, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("country")
    )
    lau_code = models.CharField(
        _("LAU code"), max_length=16, blank=True, help_text=_("Eurostat local administrative unit.")
    )
    nuts_code = models.CharField(
        _("NUTS 3 code"), max_length=5, blank=True, help_text=_("For example CZ064 or PL213.")
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(
        _("population in year"), null=True, blank=True
    )
    population_source = models.CharField(_("population source"), max_length=255, blank=True)
    population_class = models.CharField(max_length=16, blank=True, editable=False)
    strategy_type = models.CharField(_("strategy type"), max_length=24, choices=STRATEGY_TYPES)
    adopted_by = models.CharField(_("adopted by"), max_length=255, blank=True)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    horizon_start = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    horizon_end = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    horizon = models.CharField(max_length=16, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=16, choices=STATUSES, default="adopted")
    superseded_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("superseded by"),
    )
    budget = models.DecimalField(
        _("budget"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="EUR")
    price_year = models.PositiveSmallIntegerField(
        _("price year"), null=True, blank=True, help_text=_("The year the budget's prices are of.")
    )
    last_monitoring = models.PositiveSmallIntegerField(
        _("last monitoring"),
        null=True,
        blank=True,
        help_text=_("The year the measures' status was last reported."),
    )
    original_language = models.CharField(
        _("language of the original"), max_length=8, choices=settings.LANGUAGES
    )
    source_document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("strategy document (original)"),
    )
    source_document_en = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("strategy document (English)"),
    )
    source_url = models.URLField(_("strategy on the city's site"), blank=True)
    context = RichTextField(_("context"), features=["bold", "italic", "link", "ul"], blank=True)
    # Derived from the settled classification (strategies.coding.publish), never edited:
    # plain many-to-many fields, so that neither revisions nor translations carry them.
    sdgs = models.ManyToManyField(SDG, blank=True, editable=False, related_name="+")
    green_deal_areas = models.ManyToManyField(
        GreenDealArea, blank=True, editable=False, related_name="+"
    )

    parent_page_types = ["strategies.StrategyIndexPage"]
    subpage_types = []

    api_fields = [
        APIField("summary"),
        APIField("city"),
        APIField("country", serializer=TermField()),
        APIField("lau_code"),
        APIField("nuts_code"),
        APIField("population"),
        APIField("population_year"),
        APIField("strategy_type"),
        APIField("status"),
        APIField("adopted_by"),
        APIField("adopted_on"),
        APIField("horizon_start"),
        APIField("horizon_end"),
        APIField("budget"),
        APIField("currency"),
        APIField("original_language"),
        APIField("sdgs", serializer=TermField()),
        APIField("green_deal_areas", serializer=TermField()),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("city"),
        index.SearchField("measures_text"),
        index.FilterField("country"),
    ]

    facts_panels = [
        TitleFieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("lau_code"), FieldPanel("nuts_code")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("population_year")]),
                FieldPanel("population_source"),
            ],
            heading=_("City"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("strategy_type"), FieldPanel("status")]),
                PageChooserPanel("superseded_by", "strategies.StrategyPage"),
                FieldRowPanel([FieldPanel("adopted_by"), FieldPanel("adopted_on")]),
                FieldRowPanel([FieldPanel("horizon_start"), FieldPanel("horizon_end")]),
                FieldPanel("last_monitoring"),
            ],
            heading=_("Strategy"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("budget"), FieldPanel("currency"), FieldPanel("price_year")]
                ),
                InlinePanel("funding_sources", label=_("funding source")),
            ],
            heading=_("Budget and funding"),
        ),
    ]
    source_panels = [
        FieldPanel("original_language"),
        FieldPanel("source_document"),
        FieldPanel("source_document_en"),
        FieldPanel("source_url"),
        FieldPanel("context"),
        FieldPanel("is_demo"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(facts_panels, heading=_("Key facts")),
            ObjectList(source_panels, heading=_("Source")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    card_taxonomies = (SDG,)
    schema_type = "Report"
    kind = "strategy"  # ?type=strategy, set type:strategy
    kind_label = _("City strategy")
    facets = (
        COUNTRY,
        Facet("size", _("Population"), "population_class",
              choices=choice_pairs(POPULATION_CLASSES)),
        Facet("strategy", _("Strategy type"), "strategy_type", choices=tuple(STRATEGY_TYPES)),
        Facet("status", _("Status"), "status", choices=tuple(STATUSES)),
        Facet("horizon", _("Horizon"), "horizon", choices=choice_pairs(HORIZONS)),
        SDG_FACET,
        GREEN_DEAL_AREA,
        Facet(
            "funding",
            _("Funding source"),
            "funding_sources",
            choices=tuple(FUNDING_KINDS),
            key_field="kind",
        ),
    )  # fmt: skip

    class Meta:
        verbose_name = _("city strategy")
        verbose_name_plural = _("city strategies")

    def save(self, *args, **kwargs):
        self.population_class = band(POPULATION_CLASSES, self.population)
        self.horizon = band(HORIZONS, self.horizon_end)
        is_new = self.pk is None
        result = super().save(*args, **kwargs)
        if is_new:
            self.inherit_classification()
        return result

    def inherit_classification(self):
        """A new translation or mirror shows the goals and areas its source's settled
        classification gave (strategies.coding.publish gives them to every page)."""
        source = (
            StrategyPage.objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .order_by("pk")
            .first()
        )
        if source is not None:
            self.sdgs.set(
                SDG.objects.filter(
                    locale_id=self.locale_id, number__in=source.sdgs.values("number")
                )
            )
            self.green_deal_areas.set(
                GreenDealArea.objects.filter(
                    locale_id=self.locale_id, slug__in=source.green_deal_areas.values("slug")
                )
            )

    def clean(self):
        super().clean()
        errors = {}
        if self.horizon_start and self.horizon_end and self.horizon_end < self.horizon_start:
            errors["horizon_end"] = _("The end year cannot be before the start year.")
        if self.status == "superseded" and not self.superseded_by_id:
            errors["superseded_by"] = _("Name the strategy that supersedes this one.")
        if errors:
            raise ValidationError(errors)

    # What every translation of the page shares: the record's rows hang on the page it
    # was made on, found through the translation key.
    def record_filter(self, prefix="strategy"):
        return {f"{prefix}__translation_key": self.translation_key}

    def measures(self):
        return Measure.objects.filter(**self.record_filter("objective__strategy"))

    def objectives(self):
        return Objective.objects.filter(**self.record_filter())

    @property
    def measures_text(self):
        """Every measure in the original and in English, for search."""
        rows = self.measures().values_list("text", "text_en")
        return " ".join(" ".join(pair) for pair in rows)

    def search_facts(self):
        return {
            "city": self.city,
            "country": str(self.country.code) if self.country else "",
            "years": self.years,
        }

    @classmethod
    def facts_line(cls, facts):
        country = country_name(facts["country"]) if facts.get("country") else ""
        parts = [facts.get("city"), country, facts.get("years")]
        return " · ".join(str(part) for part in parts if part)

    @property
    def years(self):
        if self.horizon_start and self.horizon_end:
            return f"{self.horizon_start}–{self.horizon_end}"
        return str(self.horizon_start or self.horizon_end or "")

    @property
    def card_meta(self):
        parts = [self.city, self.country.title if self.country else "", self.years]
        return " · ".join(str(part) for part in parts if part)

    @classmethod
    def cards(cls):
        return super().cards().select_related("country").prefetch_related("sdgs")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        want_terms(SDG, GreenDealArea, SDGTarget)
        coding = Coding.objects.published(self)
        context["coding"] = coding
        context["scores"] = scores = (
            ScoreSet.objects.filter(
                strategy_id=coding.strategy_id, codebook=coding.codebook
            ).first()
            if coding
            else None
        )
        if scores is not None:
            context["sdg_bars"] = charts.bars(scores.sdg_coverage, term_labels(SDG), SDG_COLOURS)
            context["area_bars"] = charts.bars(scores.area_coverage, term_labels(GreenDealArea))
        context["measure_filter"] = chosen = MeasureFilter(request.GET)
        context["objective_list"] = self.objectives_shown(coding, chosen)
        context["show_original"] = self.locale.language_code == self.original_language
        return context

    def objectives_shown(self, coding, chosen):
        """The objectives with their measures as the filter leaves them, each measure
        with its indicators and its settled tags (with their evidence)."""
        tags = Tag.objects.select_related("target", "area").order_by("target__goal", "pk")
        tags = tags.filter(coding=coding) if coding else tags.none()
        measures = (
            self.measures()
            .prefetch_related("indicators", models.Prefetch("tags", queryset=tags))
            .order_by("objective__sort_order", "sort_order", "pk")
        )
        measures = chosen.apply(measures, coding)
        objectives = {}
        for measure in measures.select_related("objective"):
            objectives.setdefault(measure.objective, []).append(measure)
        return [
            {"objective": objective, "measures": rows} for objective, rows in objectives.items()
        ]

    @classmethod
    def detail_queryset(cls, queryset):
        return (
            super()
            .detail_queryset(queryset)
            .select_related("country", "source_document", "source_document_en", "superseded_by")
            .prefetch_related("sdgs", "green_deal_areas", "funding_sources")
        )


class StrategyFunding(Orderable):
    """A source of a strategy's money: EU funds by name (ERDF, Cohesion Fund, RRF…),
    national, municipal or private."""

    page = ParentalKey(StrategyPage, on_delete=models.CASCADE, related_name="funding_sources")
    kind = models.CharField(_("kind"), max_length=16, choices=FUNDING_KINDS)
    name = models.CharField(
        _("name"), max_length=120, blank=True, help_text=_("For EU funds: which, e.g. ERDF.")
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("name")])]

    @property
    def key(self):
        return self.kind


class Objective(models.Model):
    """A strategic objective; its measures carry out the strategy."""

    strategy = models.ForeignKey(
        StrategyPage, on_delete=models.CASCADE, related_name="objective_rows"
    )
    number = models.CharField(_("number"), max_length=12)
    title = models.TextField(_("title (original)"))
    title_en = models.TextField(_("title (English)"), blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("objective")
        ordering = ["strategy", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "number"], name="unique_objective_number_per_strategy"
            )
        ]

    def __str__(self):
        return f"{self.number} {self.title_en or self.title}"


class Measure(models.Model):
    """What the city will do: an investment, a rule, a service… with its money, time,
    owner, status and indicators."""

    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="measures")
    number = models.CharField(_("number"), max_length=12)
    text = models.TextField(_("text (original)"))
    text_en = models.TextField(_("text (English)"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=MEASURE_KINDS)
    budget = models.DecimalField(
        _("budget"), max_digits=16, decimal_places=2, null=True, blank=True,
        help_text=_("In the strategy's currency; empty when the strategy does not cost it."),
    )  # fmt: skip
    start_year = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    owner = models.CharField(_("responsible body"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=MEASURE_STATUSES, default="planned"
    )
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("measure")
        ordering = ["objective__sort_order", "objective", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["objective", "number"], name="unique_measure_number_per_objective"
            )
        ]

    def __str__(self):
        return f"{self.number} {self.text_en or self.text}"

    @property
    def is_measurable(self):
        """Has an indicator with a baseline and a target (read from a prefetch)."""
        return any(indicator.is_complete for indicator in self.indicators.all())


class Indicator(models.Model):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=255)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    baseline_value = models.DecimalField(
        _("baseline"), max_digits=16, decimal_places=3, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target_value = models.DecimalField(
        _("target"), max_digits=16, decimal_places=3, null=True, blank=True
    )
    target_year = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("indicator")
        ordering = ["measure", "pk"]

    def __str__(self):
        return self.name

    @property
    def is_complete(self):
        return None not in (
            self.baseline_value, self.baseline_year, self.target_value, self.target_year
        )  # fmt: skip


class Codebook(ClusterableModel):
    """A version of the classification procedure: the decision rules coders follow.
    Classifications and scores are kept per version."""

    version = models.CharField(_("version"), max_length=16, unique=True)
    title = models.CharField(_("title"), max_length=255)
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link", "ul"])
    published_on = models.DateField(_("published on"))
    is_current = models.BooleanField(
        _("current"), default=False, help_text=_("New classifications follow this version.")
    )
    sample_share = models.PositiveSmallIntegerField(
        _("second coding sample (%)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of each strategy's measures a second coder classifies blind."),
    )

    panels = [
        FieldPanel("version"),
        FieldPanel("title"),
        FieldPanel("published_on"),
        FieldPanel("is_current"),
        FieldPanel("sample_share"),
        FieldPanel("introduction"),
        InlinePanel("rules", label=_("rule")),
    ]

    class Meta:
        verbose_name = _("codebook")
        ordering = ["-published_on", "-version"]

    def __str__(self):
        return f"{self.title} {self.version}"

    @classmethod
    def current(cls):
        return cls.objects.filter(is_current=True).first()


class CodebookRule(Orderable):
    codebook = ParentalKey(Codebook, on_delete=models.CASCADE, related_name="rules")
    code = models.CharField(_("code"), max_length=8)
    heading = models.CharField(_("heading"), max_length=255)
    rule = models.TextField(_("rule"))

    panels = [FieldPanel("code"), FieldPanel("heading"), FieldPanel("rule")]

    def __str__(self):
        return f"{self.code} {self.heading}"


class CodingQuerySet(models.QuerySet):
    def published(self, page):
        """The settled coding visitors see for a strategy page (any translation of it):
        of the newest codebook that has one, or None."""
        return (
            self.filter(
                strategy__translation_key=page.translation_key,
                role=Coding.SETTLED,
                submitted_at__isnull=False,
            )
            .select_related("codebook")
            .order_by("-codebook__published_on", "-codebook__version")
            .first()
        )


class Coding(models.Model):
    """One coder's classification of a strategy under a codebook: the first coder's of
    every measure, a second coder's of a sample (made blind, strategies.coding), or the
    moderator's settled one, which alone is published."""

    FIRST, SECOND, SETTLED = "first", "second", "settled"
    ROLES = [(FIRST, _("First coding")), (SECOND, _("Second coding")), (SETTLED, _("Settled"))]

    strategy = models.ForeignKey(StrategyPage, on_delete=models.CASCADE, related_name="codings")
    codebook = models.ForeignKey(Codebook, on_delete=models.PROTECT, related_name="codings")
    role = models.CharField(max_length=8, choices=ROLES)
    coder = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sample = models.ManyToManyField(Measure, blank=True, related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CodingQuerySet.as_manager()

    class Meta:
        verbose_name = _("coding")
        permissions = [("settle_coding", "Can settle the differences of two codings")]
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "codebook", "role"], name="one_coding_per_role"
            )
        ]

    def __str__(self):
        return f"{self.strategy} · {self.codebook.version} · {self.get_role_display()}"


class Tag(models.Model):
    """A measure's contribution to an SDG target or a Green Deal area, with its strength
    and the evidence for it in the strategy's own text."""

    coding = models.ForeignKey(Coding, on_delete=models.CASCADE, related_name="tags")
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="tags")
    target = models.ForeignKey(
        SDGTarget, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    area = models.ForeignKey(
        GreenDealArea, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    strength = models.CharField(_("strength"), max_length=12, choices=STRENGTHS)
    quote = models.TextField(_("evidence (quote)"))
    quote_page = models.PositiveIntegerField(_("page"), null=True, blank=True)

    class Meta:
        verbose_name = _("tag")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(target__isnull=True) ^ models.Q(area__isnull=True),
                name="tag_names_a_target_or_an_area",
            ),
            models.UniqueConstraint(
                fields=["coding", "measure", "target"], name="one_tag_per_target"
            ),
            models.UniqueConstraint(fields=["coding", "measure", "area"], name="one_tag_per_area"),
        ]

    def __str__(self):
        return f"{self.measure.number} → {self.target or self.area} ({self.strength})"

    @property
    def goal(self):
        return self.target.goal if self.target_id else None


class ScoreSet(models.Model):
    """The scores of a strategy's settled classification under a codebook version,
    computed by strategies.scores (never typed), kept per version."""

    strategy = models.ForeignKey(StrategyPage, on_delete=models.CASCADE, related_name="scores")
    codebook = models.ForeignKey(Codebook, on_delete=models.PROTECT, related_name="+")
    # "budget" when every measure is costed, else "count".
    basis = models.CharField(max_length=8)
    sdg_coverage = models.JSONField(default=dict)  # {"7": 0.42, …}, each goal 0 to 1
    area_coverage = models.JSONField(default=dict)  # {"clean-energy": 0.3, …}
    goals_principal = models.PositiveSmallIntegerField(default=0)
    targets_principal = models.PositiveSmallIntegerField(default=0)
    climate_share = models.FloatField(null=True)  # of the costed budget; None uncosted
    measurability = models.FloatField(null=True)
    implementation = models.FloatField(null=True)
    measures = models.PositiveIntegerField(default=0)
    budget_per_inhabitant = models.FloatField(null=True)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["strategy", "codebook"], name="one_score_set")
        ]

    def __str__(self):
        return f"{self.strategy} · {self.codebook.version}"
