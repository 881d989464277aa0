"""Shared classifications. Each is a translatable snippet: one row per locale, linked by
translation_key, so labels appear in the visitor's language while URLs use the stable
`key` (an SDG's number, a sector's NACE letter, a country's ISO code) in every locale."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from hub.taxonomy.labels import localized_term


class Taxonomy(TranslatableMixin, models.Model):
    """A term of a classification. `key_field` names the field whose value identifies
    the term in URLs (`?sdg=7`) and across locales."""

    key_field = "slug"

    title = models.CharField(max_length=255)

    # What a translator translates; codes, slugs, colours and URLs stay as they are.
    translatable_fields = [TranslatableField("title")]

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.title

    @property
    def key(self):
        return str(getattr(self, self.key_field))

    @property
    def short_label(self):
        """The title in the visitor's language (see hub.taxonomy.labels)."""
        return localized_term(self).title

    @property
    def label(self):
        """How the term is named in lists and filters; some taxonomies add their code."""
        return self.short_label


class SlugTaxonomy(Taxonomy):
    """A term identified by a slug in URLs (?area=clean-energy), unique per locale."""

    slug = models.SlugField(max_length=64)

    panels = [FieldPanel("title"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("title"), SynchronizedField("slug")]

    class Meta(Taxonomy.Meta):
        abstract = True
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(app_label)s_%(class)s_per_locale"
            )
        ]


class SDG(Taxonomy):
    key_field = "number"

    number = models.PositiveSmallIntegerField(help_text="The official number, 1 to 17.")
    colour = models.CharField(max_length=7, help_text="The official colour, e.g. #E5243B.")

    panels = [FieldPanel("number"), FieldPanel("title"), FieldPanel("colour")]
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("number"),
        SynchronizedField("colour"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("Sustainable Development Goal")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "locale"], name="unique_sdg_per_locale")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    @property
    def label(self):
        return f"{self.number}. {self.short_label}"


class SDGTarget(Taxonomy):
    """One of the 169 targets of the SDGs ("7.2", "7.a"), under its goal; loaded by
    migration with the official numbers and wording (hub.taxonomy.sdg_targets)."""

    key_field = "code"

    title = models.TextField()  # the official wording runs to 600 characters
    code = models.CharField(max_length=5, help_text="The official number, e.g. 7.2 or 7.a.")
    goal = models.PositiveSmallIntegerField(help_text="The number of its goal, 1 to 17.")
    # Numbered targets first, in numeric order (16.9 before 16.10), then lettered ones.
    position = models.PositiveSmallIntegerField(editable=False)

    panels = [FieldPanel("code"), FieldPanel("title")]
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("code"),
        SynchronizedField("goal"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("SDG target")
        ordering = ["goal", "position"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_sdg_target_per_locale")
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    def save(self, *args, **kwargs):
        self.goal, self.position = target_order(self.code)
        return super().save(*args, **kwargs)

    @property
    def label(self):
        return f"{self.code} {self.short_label}"


def target_order(code):
    """(goal, position) of a target code: "16.10" is (16, 10), "16.a" (16, 101)."""
    goal, number = code.split(".")
    position = int(number) if number.isdigit() else 100 + ord(number) - ord("a") + 1
    return int(goal), position


class GreenDealArea(SlugTaxonomy):
    class Meta(SlugTaxonomy.Meta):
        verbose_name = _("Green Deal area")


class Sector(Taxonomy):
    key_field = "code"

    code = models.CharField(max_length=1, help_text="NACE Rev. 2 section letter.")

    panels = [FieldPanel("code"), FieldPanel("title")]
    translatable_fields = [TranslatableField("title"), SynchronizedField("code")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("sector (NACE section)")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_sector_per_locale")
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def label(self):
        return f"{self.code} {self.short_label}"


class Country(TranslatableMixin, models.Model):
    """A country by ISO 3166-1 code. Names come from django-countries, which already
    translates them, so the title is not stored."""

    key_field = "code"

    code = CountryField()

    panels = [FieldPanel("code")]
    translatable_fields = [SynchronizedField("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_country_per_locale")
        ]

    def __str__(self):
        return str(self.code.name)

    @property
    def title(self):
        return self.code.name

    # django-countries already names the country in the visitor's language.
    label = short_label = title

    @property
    def key(self):
        return str(self.code)


class OrganisationType(SlugTaxonomy):
    class Meta(SlugTaxonomy.Meta):
        verbose_name = _("organisation type")


class Audience(SlugTaxonomy):
    class Meta(SlugTaxonomy.Meta):
        verbose_name = _("audience")


class EQFLevel(Taxonomy):
    key_field = "level"

    level = models.PositiveSmallIntegerField(help_text="1 to 8.")

    panels = [FieldPanel("level"), FieldPanel("title")]
    translatable_fields = [TranslatableField("title"), SynchronizedField("level")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("EQF level")
        ordering = ["level"]
        constraints = [
            models.UniqueConstraint(fields=["level", "locale"], name="unique_eqf_per_locale")
        ]

    def __str__(self):
        return f"EQF {self.level}"

    @property
    def label(self):
        return f"EQF {self.level}"


class Licence(Taxonomy):
    # Licence keys carry their version ("cc-by-4.0"), which a SlugField refuses.
    slug = models.CharField(
        max_length=64,
        validators=[
            RegexValidator(
                r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$",
                _("Use lower-case letters, digits, hyphens and dots, e.g. cc-by-4.0."),
            )
        ],
    )
    short_name = models.CharField(max_length=32, help_text="For badges, e.g. CC BY 4.0.")
    url = models.URLField(help_text="The licence deed.")

    panels = [FieldPanel("short_name"), FieldPanel("title"), FieldPanel("slug"), FieldPanel("url")]
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        SynchronizedField("short_name"),
        SynchronizedField("url"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("licence")
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_licence_per_locale")
        ]

    def __str__(self):
        return self.short_name

    @property
    def label(self):
        return self.short_name


class MethodCategory(SlugTaxonomy):
    class Meta(SlugTaxonomy.Meta):
        verbose_name = _("method category")
        verbose_name_plural = _("method categories")


class Competence(Taxonomy):
    """A competence of GreenComp or EntreComp, for tagging learning outcomes."""

    GREENCOMP = "greencomp"
    ENTRECOMP = "entrecomp"
    FRAMEWORKS = [(GREENCOMP, "GreenComp"), (ENTRECOMP, "EntreComp")]

    framework = models.CharField(max_length=16, choices=FRAMEWORKS)
    area = models.CharField(max_length=255)
    code = models.CharField(max_length=8, help_text="The framework's number, e.g. 2.1.")

    panels = [FieldPanel("framework"), FieldPanel("area"), FieldPanel("code"), FieldPanel("title")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("area"),
        SynchronizedField("framework"),
        SynchronizedField("code"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("competence")
        ordering = ["framework", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "code", "locale"], name="unique_competence_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.get_framework_display()} {self.code} {self.title}"

    @property
    def label(self):
        return f"{self.get_framework_display()} {self.code} {self.short_label}"

    @property
    def key(self):
        return f"{self.framework}:{self.code}"


def term(model, key, locale=None):
    """The term of `model` with the given stable key, in `locale` (default: the source
    locale). For seed data and tests: `term(SDG, 7)`, `term(Country, "PL")`."""
    locale = locale or Locale.get_default()
    if model is Competence:
        framework, code = str(key).split(":")
        return model.objects.get(framework=framework, code=code, locale=locale)
    return model.objects.get(**{model.key_field: key, "locale": locale})
