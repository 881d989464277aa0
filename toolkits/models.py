from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from hub.materials.pages import MaterialsMixin
from hub.models import ContentPage, ListingPage
from hub.pages.blocks import RICH_TEXT_FEATURES, MaterialsBlock, StepBlock, body_blocks
from hub.pages.listing import card_queryset, cards
from hub.pages.schema_org import duration, text
from hub.security.public import public_pages
from hub.taxonomy.facets import AUDIENCE, Facet
from hub.taxonomy.fields import TermField
from hub.taxonomy.labels import want_terms
from hub.taxonomy.models import Audience, Licence, MethodCategory
from hub.text import formatting

SETTINGS = [("online", _("Online")), ("on-site", _("On-site")), ("hybrid", _("Hybrid"))]
DIFFICULTIES = [
    ("easy", _("Easy")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]
EXPERIENCE = [
    ("none", _("No facilitation experience needed")),
    ("some", _("Some facilitation experience")),
    ("experienced", _("Experienced facilitator")),
]
# Duration bands for the listing filter, in minutes: (key, label, lowest, highest).
DURATION_BANDS = [
    ("short", _("Up to 1 hour"), 0, 60),
    ("half-day", _("1 to 4 hours"), 61, 240),
    ("long", _("More than 4 hours"), 241, 100_000),
]
# Group size bands for search, in people: (key, label, smallest, largest). A method is in
# every band its range meets.
GROUP_BANDS = [
    ("small", _("Up to 8 people"), 1, 8),
    ("medium", _("9 to 20 people"), 9, 20),
    ("large", _("More than 20 people"), 21, 10_000),
]


def group_bands(method):
    return [
        key
        for key, _label, low, high in GROUP_BANDS
        if method.group_min <= high and method.group_max >= low
    ]


class ToolkitIndexPage(ListingPage):
    """The toolkits of a locale and, below them, every method, filterable."""

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["toolkits.ToolkitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toolkit index")

    def listed_pages(self):
        return (
            card_queryset(MethodPage)
            .descendant_of(self)
            .select_related("category")
            .order_by("title", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toolkits"] = cards(card_queryset(ToolkitPage).child_of(self).order_by("path"))
        return context


class ToolkitPage(MaterialsMixin, ContentPage):
    """A set of facilitation methods around one purpose."""

    intro = models.TextField(blank=True)
    purpose = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text=_("Who it is for and when to use it.")
    )
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="+")
    body = StreamField(body_blocks(), blank=True)
    materials = StreamField([("materials", MaterialsBlock())], blank=True)

    parent_page_types = ["toolkits.ToolkitIndexPage"]
    subpage_types = ["toolkits.MethodPage"]

    # The API (/api/v2/pages/?type=...&fields=...); taxonomy terms as {key, title}.
    api_fields = [
        APIField("summary"),
        APIField("intro"),
        APIField("purpose"),
        APIField("audiences", serializer=TermField()),
        APIField("body"),
        APIField("materials"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("purpose"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("purpose"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("materials"),
        FieldPanel("is_demo"),
    ]

    schema_type = "LearningResource"
    kind = "toolkit"  # in search and harvesting: ?type=toolkit, set type:toolkit
    kind_label = _("Toolkit")
    facets = (AUDIENCE,)

    def structured_data(self, request):
        data = super().structured_data(request)
        data["learningResourceType"] = "toolkit"
        data["educationalUse"] = "facilitation"
        return data

    class Meta:
        verbose_name = _("toolkit")

    @classmethod
    def detail_queryset(cls, queryset):
        return super().detail_queryset(queryset).prefetch_related("audiences")

    def methods(self):
        """The live, public methods in order; read once when the page is shown."""
        shown = getattr(self, "_hub_methods", None)
        if shown is not None:
            return shown
        return public_pages(MethodPage.objects.child_of(self)).order_by("path")

    def bundle_parts(self):
        return [("", self), *((method.slug, method) for method in self.methods())]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        want_terms(Audience, MethodCategory, Licence)  # labels in another language
        methods = card_queryset(MethodPage).child_of(self).select_related("category")
        self._hub_methods = cards(methods.order_by("path"))  # and for "Download all"
        self.read_materials()
        context["methods"] = self._hub_methods
        context["audiences"] = list(self.audiences.all())
        return context


class MethodPage(MaterialsMixin, ContentPage):
    """A facilitation method: what it is good for, what it takes, then the steps."""

    material_fields = ("worksheets",)

    category = models.ForeignKey(
        MethodCategory, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    good_for = models.TextField(
        _("good for"), blank=True, help_text=_("The purpose: what the method helps a group do.")
    )
    experience = models.CharField(
        _("facilitator experience"), max_length=16, choices=EXPERIENCE, default="some"
    )
    duration_min = models.PositiveSmallIntegerField(_("shortest duration (minutes)"))
    duration_max = models.PositiveSmallIntegerField(_("longest duration (minutes)"))
    group_min = models.PositiveSmallIntegerField(_("smallest group"))
    group_max = models.PositiveSmallIntegerField(_("largest group"))
    difficulty = models.CharField(max_length=16, choices=DIFFICULTIES, default="intermediate")
    setting = models.CharField(max_length=16, choices=SETTINGS, default="on-site")
    duration_band = models.CharField(max_length=16, editable=False, blank=True)
    materials_needed = models.TextField(blank=True, help_text=_("One item per line."))
    steps = StreamField([("step", StepBlock())], blank=True)
    tips = RichTextField(_("facilitator tips"), features=RICH_TEXT_FEATURES, blank=True)
    variations = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    worksheets = StreamField(
        [("materials", MaterialsBlock())],
        blank=True,
        help_text=_("Worksheets and templates to download."),
    )

    parent_page_types = ["toolkits.ToolkitPage"]
    subpage_types = []

    # The API (/api/v2/pages/?type=...&fields=...); taxonomy terms as {key, title}.
    api_fields = [
        APIField("summary"),
        APIField("category", serializer=TermField()),
        APIField("good_for"),
        APIField("experience"),
        APIField("duration_min"),
        APIField("duration_max"),
        APIField("group_min"),
        APIField("group_max"),
        APIField("difficulty"),
        APIField("setting"),
        APIField("materials_needed"),
        APIField("steps"),
        APIField("tips"),
        APIField("variations"),
        APIField("worksheets"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("good_for"),
        index.SearchField("steps"),
        index.SearchField("tips"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    *Page.content_panels,
                    FieldPanel("summary"),
                    FieldPanel("image"),
                    FieldPanel("category"),
                    FieldPanel("good_for"),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("duration_min"), FieldPanel("duration_max")]),
                            FieldRowPanel([FieldPanel("group_min"), FieldPanel("group_max")]),
                            FieldRowPanel([FieldPanel("difficulty"), FieldPanel("setting")]),
                            FieldPanel("experience"),
                        ],
                        heading=_("At a glance"),
                    ),
                    FieldPanel("materials_needed"),
                    FieldPanel("is_demo"),
                ],
                heading=_("Method"),
            ),
            ObjectList(
                [
                    FieldPanel("steps"),
                    FieldPanel("tips"),
                    FieldPanel("variations"),
                    FieldPanel("worksheets"),
                ],
                heading=_("Steps and materials"),
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    schema_type = "HowTo"
    kind = "method"  # in search and harvesting: ?type=method, set type:method
    kind_label = _("Method")
    facets = (
        Facet("category", _("Category"), "category", MethodCategory),
        Facet("setting", _("Setting"), "setting", choices=tuple(SETTINGS)),
        Facet("difficulty", _("Difficulty"), "difficulty", choices=tuple(DIFFICULTIES)),
        Facet(
            "duration",
            _("Method duration"),
            "duration_band",
            choices=tuple((key, label) for key, label, _low, _high in DURATION_BANDS),
        ),
        Facet(
            "group",
            _("Group size"),
            choices=tuple((key, label) for key, label, _low, _high in GROUP_BANDS),
            keys=group_bands,
        ),
    )
    # The values a search result shows, and the same names as the fields that hold them.
    FACT_FIELDS = ("duration_min", "duration_max", "group_min", "group_max", "setting")

    def search_facts(self):
        return {name: getattr(self, name) for name in self.FACT_FIELDS}

    @classmethod
    def facts_line(cls, facts):
        """'60–90 Minuten · 4–12 Personen · Vor Ort', worded as the method page words it."""
        return cls(**{name: facts.get(name) for name in cls.FACT_FIELDS}).glance

    def structured_data(self, request):
        data = super().structured_data(request)
        data["totalTime"] = duration(self.duration_max)
        data["step"] = []
        for position, step in enumerate(self.steps, start=1):
            item = {"@type": "HowToStep", "position": position, "name": step.value["title"],
                    "text": text(step.value["instructions"])}  # fmt: skip
            if step.value["minutes"]:
                item["timeRequired"] = duration(step.value["minutes"])
            data["step"].append(item)
        data["supply"] = [{"@type": "HowToSupply", "name": line} for line in self.materials_list]
        return data

    class Meta:
        verbose_name = _("method")

    def clean(self):
        super().clean()
        errors = {}
        if self.duration_min and self.duration_max and self.duration_max < self.duration_min:
            errors["duration_max"] = _("The longest duration cannot be shorter than the shortest.")
        if self.group_min and self.group_max and self.group_max < self.group_min:
            errors["group_max"] = _("The largest group cannot be smaller than the smallest.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.duration_band = next(
            (
                key
                for key, _label, low, high in DURATION_BANDS
                if low <= (self.duration_max or 0) <= high
            ),
            "",
        )
        super().save(*args, **kwargs)

    @property
    def duration_label(self):
        """'60–90 minutes' in the visitor's language ('60–90 Minuten', '60–90 perc')."""
        return formatting.minutes(self.duration_min, self.duration_max)

    @property
    def group_label(self):
        return formatting.people(self.group_min, self.group_max)

    @property
    def glance(self):
        return " · ".join([self.duration_label, self.group_label, str(self.get_setting_display())])

    @property
    def materials_list(self):
        return [line.strip() for line in self.materials_needed.splitlines() if line.strip()]

    @classmethod
    def detail_queryset(cls, queryset):
        return super().detail_queryset(queryset).select_related("category")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        want_terms(MethodCategory, Licence)  # labels in another language
        context["cases"] = self.linked_from("case_links")
        return context
