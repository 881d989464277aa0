"""The registry of content types: what search, the outlets and the caches know of the
hub's content, without importing a content app. A page type joins by subclassing
`hub.models.ContentPage` and naming its `kind` (Wagtail's page model registry lists it);
the hub's documents join as the "document" kind. Each type declares, on its class:

- `kind`, `kind_label`: the short name of the type (?type=case) and how visitors read it;
- `facets`: its `hub.taxonomy.facets.Facet`s, from which its section's listing filters and the
  search facets are both built;
- `search_facts()` and `facts_line(facts)`: the values a search result stores and how
  they read in the visitor's language;
- `search_weight`: how its results weigh against pages' (1).

Feeds, OAI-PMH, the API, sitemaps and structured data list the page types from here."""

import functools

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import get_page_models

from hub.models import ContentPage
from hub.taxonomy.facets import Facet
from hub.translation.names import language_name


# Read once per process: the types are fixed once the apps are loaded, and search asks
# for them for every result it shows.
@functools.cache
def page_types():
    """Every page type that holds content, each naming its `kind`, in the order Wagtail
    registered them (their apps' order in INSTALLED_APPS)."""
    return tuple(m for m in get_page_models() if issubclass(m, ContentPage) and m.kind)


@functools.cache
def searchable_types():
    """The page types and the documents: everything search and harvesting index."""
    return (*page_types(), get_document_model())


@functools.cache
def types_by_kind():
    return {model.kind: model for model in searchable_types()}


# Facets every searchable item has, whatever its type.
TYPE = "type"
LANGUAGE = "language"


@functools.cache
def search_facets():
    """The search facets: the type, the language, then every type's own facets in the
    registry's order, one per parameter (types sharing a facet share its declaration)."""
    kinds = Facet(TYPE, _("Type"), choices=tuple(kind_labels().items()))
    languages = Facet(
        LANGUAGE,
        _("Language"),
        choices=tuple((code, language_name(code)) for code, _name in settings.LANGUAGES),
    )
    facets = {TYPE: kinds, LANGUAGE: languages}
    for model in searchable_types():
        for facet in model.facets:
            declared = facets.setdefault(facet.param, facet)
            if declared != facet:
                raise ValueError(
                    f"Two declarations of the facet {facet.param!r} differ; declare it once "
                    "(hub.taxonomy.facets) and share it."
                )
    return list(facets.values())


def kind_labels():
    """{kind: its name for visitors}, such as {"case": "Case"}."""
    return {model.kind: model.kind_label for model in searchable_types()}


def search_weights():
    """{kind: weight} of the kinds whose results weigh other than a page's."""
    weights = {model.kind: model.search_weight for model in searchable_types()}
    return {kind: weight for kind, weight in weights.items() if weight != 1}


def facts_line(kind, facts):
    """A result's stored facts worded by its type, in the active language."""
    model = types_by_kind().get(kind)
    return model.facts_line(facts) if model is not None else ""
