from decimal import Decimal, InvalidOperation

from django import forms
from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
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
from hub.pages.blocks import RICH_TEXT_FEATURES, LearningOutcomeBlock, MaterialsBlock, body_blocks
from hub.pages.listing import card_queryset
from hub.pages.routing import parent_page
from hub.pages.schema_org import duration, organisation, text
from hub.security.public import public_pages
from hub.taxonomy.facets import AUDIENCE, COMPETENCE, Facet
from hub.taxonomy.fields import TermField, related_terms
from hub.taxonomy.labels import want_terms
from hub.taxonomy.models import Audience, Competence, EQFLevel, Licence
from hub.text import formatting
from hub.translation.names import language_name

# The European Credit Transfer System counts 25 to 30 hours of work per credit.
HOURS_PER_ECTS = (25, 30)


def ects_key(ects):
    """Credits as search keys and facts write them: 5, 7.5."""
    return f"{ects.normalize():f}"


def ects_keys(page):
    return [ects_key(page.ects)] if page.ects else []


def workload_check(ects, hours):
    """Whether `hours` of units fit `ects` credits; a sentence for the editor if not."""
    if not ects:
        return ""
    low, high = (int(ects * n) for n in HOURS_PER_ECTS)
    if low <= hours <= high:
        return ""
    return _(
        "The units add up to %(hours)s hours, but %(ects)s ECTS need %(low)s–%(high)s hours "
        "(25–30 hours per credit)."
    ) % {"hours": hours, "ects": formatting.decimal(ects), "low": low, "high": high}


class CourseIndexPage(ListingPage):
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["courses.CourseModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def listed_pages(self):
        return (
            card_queryset(CourseModulePage)
            .child_of(self)
            .select_related("eqf_level")
            .order_by("title", "pk")
        )


class CourseModulePage(MaterialsMixin, ContentPage):
    """A course module: credits, level, workload, outcomes, then its units in order."""

    ects = models.DecimalField(_("ECTS credits"), max_digits=4, decimal_places=1)
    eqf_level = models.ForeignKey(
        EQFLevel, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(
        max_length=8, default="en", help_text=_("Language of teaching, e.g. en.")
    )
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="+")
    prerequisites = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    learning_outcomes = StreamField([("outcome", LearningOutcomeBlock())], blank=True)
    assessment = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    trainer_notes = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(body_blocks(), blank=True)
    materials = StreamField([("materials", MaterialsBlock())], blank=True)

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.UnitPage"]

    # The API (/api/v2/pages/?type=...&fields=...); taxonomy terms as {key, title}.
    api_fields = [
        APIField("summary"),
        APIField("ects"),
        APIField("eqf_level", serializer=TermField()),
        APIField("language"),
        APIField("audiences", serializer=TermField()),
        APIField("prerequisites"),
        APIField("learning_outcomes"),
        APIField("assessment"),
        APIField("trainer_notes"),
        APIField("body"),
        APIField("materials"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("assessment"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    *Page.content_panels,
                    FieldPanel("summary"),
                    FieldPanel("image"),
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [
                                    FieldPanel("ects"),
                                    FieldPanel("eqf_level"),
                                    FieldPanel("language"),
                                ]
                            ),
                            HelpPanel(
                                template="courses/panels/workload.html",
                                heading=_("Workload of the units"),
                            ),
                        ],
                        heading=_("Credits and level"),
                    ),
                    FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("prerequisites"),
                    FieldPanel("learning_outcomes"),
                    FieldPanel("assessment"),
                    FieldPanel("is_demo"),
                ],
                heading=_("Module"),
            ),
            ObjectList(
                [FieldPanel("body"), FieldPanel("materials"), FieldPanel("trainer_notes")],
                heading=_("Materials and notes"),
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    schema_type = "Course"
    kind = "course"  # in search and harvesting: ?type=course, set type:course
    kind_label = _("Course module")
    # Its structured data lists its units: where get_context leaves them, and their type
    # (hub.outlets.structured_data reads them in bulk for many modules).
    structured_children = ("_hub_units", "courses.UnitPage")
    facets = (
        Facet("eqf", _("EQF level"), "eqf_level", EQFLevel),
        AUDIENCE,
        Facet("ects", _("ECTS credits"), keys=ects_keys),
        COMPETENCE,
    )

    def search_facts(self):
        return {
            "ects": ects_key(self.ects) if self.ects else "",
            "eqf": self.eqf_level.level if self.eqf_level else None,
            "language": self.language or "",
        }

    @classmethod
    def facts_line(cls, facts):
        """'5 ECTS · EQF 6 · English', worded as the module page words it."""
        try:
            ects = Decimal(facts["ects"]) if facts.get("ects") else None
        except InvalidOperation:
            ects = None
        level = EQFLevel(level=facts["eqf"]) if facts.get("eqf") else None
        return cls(ects=ects, eqf_level=level, language=facts.get("language") or "").glance

    def structured_data(self, request):
        data = super().structured_data(request)
        data["provider"] = organisation()
        data["numberOfCredits"] = float(self.ects)
        if self.eqf_level:
            data["educationalLevel"] = self.eqf_level.short_label
        if self.language:
            data["inLanguage"] = self.language
        if self.prerequisites:
            data["coursePrerequisites"] = text(self.prerequisites)
        data["teaches"] = [text(outcome.value["text"]) for outcome in self.learning_outcomes]
        data["audience"] = [
            {"@type": "EducationalAudience", "educationalRole": audience.short_label}
            for audience in related_terms(self, "audiences")
        ]
        units = [
            {"@type": "LearningResource", "name": unit.title,
             "url": request.build_absolute_uri(unit.get_url(request)) if request else unit.url}
            for unit in self.units()
        ]  # fmt: skip
        data["hasPart"] = [*data.get("hasPart", []), *units]
        return data

    class Meta:
        verbose_name = _("course module")

    @classmethod
    def detail_queryset(cls, queryset):
        return (
            super()
            .detail_queryset(queryset)
            .select_related("eqf_level")
            .prefetch_related("audiences")
        )

    def bundle_parts(self):
        return [("", self), *((unit.slug, unit) for unit in self.units())]

    @property
    def ects_label(self):
        """'7.5 ECTS', '7,5 ECTS', '10 ECTS' (not Decimal.normalize()'s '1E+1')."""
        return f"{formatting.decimal(self.ects)} ECTS" if self.ects else ""

    @property
    def glance(self):
        parts = [self.ects_label]
        if self.eqf_level:
            parts.append(f"EQF {self.eqf_level.level}")
        parts.append(self.language_name)
        return " · ".join(part for part in parts if part)

    @property
    def language_name(self):
        return language_name(self.language) if self.language else ""

    def units(self):
        """The live, public units in order; read once when the page is shown."""
        shown = getattr(self, "_hub_units", None)
        if shown is not None:
            return shown
        return public_pages(UnitPage.objects.child_of(self)).order_by("path")

    def workload_hours(self):
        return (
            UnitPage.objects.child_of(self).live().aggregate(total=Sum("workload_hours"))["total"]
            or 0
        )

    def workload_warning(self):
        """A sentence for the editor when the units do not add up to the credits."""
        if not self.pk:
            return ""
        return workload_check(self.ects or Decimal(0), self.workload_hours())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        want_terms(EQFLevel, Audience, Competence, Licence)  # labels in another language
        units = list(card_queryset(UnitPage).child_of(self).order_by("path"))
        self._hub_units = units  # for its structured data and its "Download all"
        self.read_materials()
        context["units"] = units
        context["workload_hours"] = sum(unit.workload_hours for unit in units)
        context["workload_label"] = formatting.hours(context["workload_hours"])
        context["audiences"] = list(self.audiences.all())
        return context


class UnitPage(MaterialsMixin, ContentPage):
    """One unit of a module, in order: workload, outcomes tagged with competences."""

    workload_hours = models.PositiveSmallIntegerField(_("workload (hours)"))
    learning_outcomes = StreamField([("outcome", LearningOutcomeBlock())], blank=True)
    activities = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text=_("What learners do.")
    )
    readings = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(body_blocks(), blank=True)
    materials = StreamField(
        [("materials", MaterialsBlock())],
        blank=True,
        help_text=_("Slides, handouts, readings, videos."),
    )
    trainer_notes = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["courses.CourseModulePage"]
    subpage_types = []

    # The API (/api/v2/pages/?type=...&fields=...); taxonomy terms as {key, title}.
    api_fields = [
        APIField("summary"),
        APIField("workload_hours"),
        APIField("learning_outcomes"),
        APIField("activities"),
        APIField("readings"),
        APIField("trainer_notes"),
        APIField("body"),
        APIField("materials"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("activities"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("workload_hours"),
        FieldPanel("learning_outcomes"),
        FieldPanel("activities"),
        FieldPanel("readings"),
        FieldPanel("body"),
        FieldPanel("materials"),
        FieldPanel("trainer_notes"),
        FieldPanel("is_demo"),
    ]

    schema_type = "LearningResource"
    kind = "unit"  # in search and harvesting: ?type=unit, set type:unit
    kind_label = _("Unit")
    facets = (COMPETENCE,)

    def search_facts(self):
        return {"hours": self.workload_hours}

    @classmethod
    def facts_line(cls, facts):
        return cls(workload_hours=facts.get("hours")).workload_label

    @property
    def workload_label(self):
        return formatting.hours(self.workload_hours)

    @property
    def workload_short_label(self):
        """'30 hr', '30 Std.', '30 godz.': beside each unit in its module's list."""
        return formatting.hours(self.workload_hours, length="short")

    def structured_data(self, request):
        data = super().structured_data(request)
        data["learningResourceType"] = "course unit"
        data["timeRequired"] = duration(hours=self.workload_hours)
        data["teaches"] = [text(outcome.value["text"]) for outcome in self.learning_outcomes]
        module = parent_page(self)  # its title and address are all it takes
        data["isPartOf"] = {"@type": "Course", "name": module.title,
                            "url": request.build_absolute_uri(module.get_url(request))
                            if request else module.url}  # fmt: skip
        return data

    class Meta:
        verbose_name = _("unit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        want_terms(Competence, Licence)  # labels in another language
        context["module"] = parent_page(self)  # the page shows its title
        context["cases"] = self.linked_from("case_links")
        return context
