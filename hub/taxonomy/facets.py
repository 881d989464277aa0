"""A facet, declared once by the content type that has it: the URL parameter, the label,
where an item's keys come from and how they are named. A section listing filters by the
facets of the type it lists, and search counts and filters by the facets of every
registered type (hub.content.registry), with the same parameters and keys."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from hub.taxonomy.labels import term_labels
from hub.taxonomy.models import SDG, Audience, Competence, Country, GreenDealArea


@dataclass(frozen=True)
class Facet:
    """`field` names the model field holding the item's value or its taxonomy terms;
    `taxonomy` or `choices` name the keys; `key_field` names the key's field on rows the
    item has many of (a strategy's funding sources by their kind). A facet whose keys no
    field holds as such gives `keys` (item -> keys) instead, and is left out of section
    listings (a listing filters in the database, by `lookup`)."""

    param: str
    label: str
    field: str = ""
    taxonomy: type | None = None
    choices: tuple = ()
    keys: Callable | None = None
    key_field: str = ""

    @property
    def in_listing(self):
        return self.keys is None

    @property
    def lookup(self):
        """The database path from the item to a key: sdgs__number, setting."""
        if self.taxonomy is not None:
            return f"{self.field}__{self.taxonomy.key_field}"
        if self.key_field:
            return f"{self.field}__{self.key_field}"
        return self.field

    def labels(self):
        """{key: label} in the active language."""
        if self.taxonomy is not None:
            return term_labels(self.taxonomy)
        return {str(key): str(label) for key, label in self.choices}

    def labelled_choices(self):
        return list(self.labels().items())

    def keys_for(self, item):
        """The keys `item` has for this facet, as text. Many-to-many terms are read with
        `.all()`, so a prefetch serves them."""
        if self.keys is not None:
            return [str(key) for key in self.keys(item)]
        value = getattr(item, self.field)
        if isinstance(value, models.Manager):
            name = self.key_field or "key"
            return list(dict.fromkeys(str(getattr(row, name)) for row in value.all()))
        if self.taxonomy is not None:
            return [value.key] if value is not None else []
        return [str(value)] if value not in (None, "") else []


def outcome_competences(page):
    """The GreenComp and EntreComp competences of a page's learning outcomes."""
    keys = []
    for block in page.learning_outcomes:
        keys.extend(
            competence.key for competence in block.value.get("competences") or [] if competence
        )
    return keys


# Facets several content types share, declared here once.
SDG_FACET = Facet("sdg", _("Sustainable Development Goal"), "sdgs", SDG)
GREEN_DEAL_AREA = Facet("area", _("Green Deal area"), "green_deal_areas", GreenDealArea)
COUNTRY = Facet("country", _("Country"), "country", Country)
AUDIENCE = Facet("audience", _("Audience"), "audiences", Audience)
COMPETENCE = Facet("competence", _("Competence"), taxonomy=Competence, keys=outcome_competences)
