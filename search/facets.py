"""One place to define a facet: its URL parameter, label, the kinds of content that have
it, where its keys come from and how its values are named. The indexer stores the keys;
every engine adapter counts and filters them the same way."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hub.taxonomy.labels import term_labels
from hub.taxonomy.models import (
    SDG,
    Audience,
    Competence,
    Country,
    EQFLevel,
    GreenDealArea,
    Licence,
    OrganisationType,
    Sector,
)
from hub.translation.names import language_name

KINDS = {
    "case": _("Case"),
    "toolkit": _("Toolkit"),
    "method": _("Method"),
    "course": _("Course module"),
    "unit": _("Unit"),
    "document": _("Material"),
}
GROUP_BANDS = [
    ("small", _("Up to 8 people"), 1, 8),
    ("medium", _("9 to 20 people"), 9, 20),
    ("large", _("More than 20 people"), 21, 10_000),
]


def _keys(related, attribute="key"):
    return [getattr(term, attribute) for term in related.all()]


def _one(term):
    return [term.key] if term is not None else []


def _group_bands(method):
    return [
        key
        for key, _label, low, high in GROUP_BANDS
        if method.group_min <= high and method.group_max >= low
    ]


def _outcome_competences(page):
    keys = []
    for block in page.learning_outcomes:
        keys.extend(
            competence.key for competence in block.value.get("competences") or [] if competence
        )
    return keys


@dataclass
class Facet:
    param: str
    label: str
    # kind -> function(object) -> iterable of keys
    extract: dict = field(default_factory=dict)
    taxonomy: type | None = None
    choices: list = field(default_factory=list)  # [(key, label)] when not a taxonomy
    show_in_form: bool = True

    def labels(self):
        """{key: label} in the visitor's language."""
        if self.taxonomy is not None:
            return term_labels(self.taxonomy)
        return {str(key): str(label) for key, label in self.choices}

    def keys_for(self, kind, obj):
        function = self.extract.get(kind)
        return [str(key) for key in function(obj)] if function else []


FACETS = [
    Facet("type", _("Type"), choices=list(KINDS.items())),
    Facet("sdg", _("Sustainable Development Goal"), {"case": lambda p: _keys(p.sdgs)}, SDG),
    Facet(
        "area", _("Green Deal area"), {"case": lambda p: _keys(p.green_deal_areas)}, GreenDealArea
    ),
    Facet("sector", _("Sector"), {"case": lambda p: _one(p.sector)}, Sector),
    Facet("country", _("Country"), {"case": lambda p: _one(p.country)}, Country),
    Facet(
        "orgtype",
        _("Organisation type"),
        {"case": lambda p: _one(p.organisation_type)},
        OrganisationType,
    ),
    Facet(
        "language",
        _("Language"),
        choices=[(code, language_name(code)) for code, _name in settings.LANGUAGES],
    ),
    Facet("licence", _("Licence"), {"document": lambda d: _one(d.licence)}, Licence),
    Facet("eqf", _("EQF level"), {"course": lambda p: _one(p.eqf_level)}, EQFLevel),
    Facet(
        "ects", _("ECTS credits"), {"course": lambda p: [f"{p.ects.normalize()}"] if p.ects else []}
    ),
    Facet(
        "duration",
        _("Method duration"),
        {"method": lambda p: [p.duration_band] if p.duration_band else []},
        choices=[
            ("short", _("Up to 1 hour")),
            ("half-day", _("1 to 4 hours")),
            ("long", _("More than 4 hours")),
        ],
    ),
    Facet(
        "group",
        _("Group size"),
        {"method": _group_bands},
        choices=[(key, label) for key, label, _low, _high in GROUP_BANDS],
    ),
    Facet(
        "audience",
        _("Audience"),
        {"toolkit": lambda p: _keys(p.audiences), "course": lambda p: _keys(p.audiences)},
        Audience,
    ),
    Facet(
        "competence",
        _("Competence"),
        {"unit": _outcome_competences, "course": _outcome_competences},
        Competence,
    ),
]
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}
