"""The registry of content types (hub.content.registry): every registered page type is indexed,
faceted, listed and harvested from its own declarations, and neither search nor the
outlets name it. A new content app that registers a type gets all of this without an
edit elsewhere."""

import re
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.utils.module_loading import module_has_submodule

import pytest

from hub.content import registry
from search.models import FacetKey, SearchRecord
from tests.search.conftest import search

ROOT = Path(__file__).resolve().parents[2]
PAGE_TYPES = registry.page_types()


def factories():
    """{model: factory} from every app's `factories` module."""
    found = {}
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "factories"):
            module = import_module(f"{config.name}.factories")
            for value in vars(module).values():
                model = getattr(getattr(value, "_meta", None), "model", None)
                if model is not None and value.__module__ == module.__name__:
                    found.setdefault(model, value)
    return found


def make_page(model, home_page, made=None):
    """A live page of `model` under parents of the types it allows, made by their
    factories, from the home page down."""
    made = {} if made is None else made
    if model in made:
        return made[model]
    parent_model = model.allowed_parent_page_models()[0]
    if isinstance(home_page, parent_model):
        parent = home_page
    else:
        parent = make_page(parent_model, home_page, made)
    made[model] = factories()[model](parent=parent)
    return made[model]


def test_every_content_type_is_registered_with_what_the_hub_needs():
    kinds = [model.kind for model in registry.searchable_types()]
    assert len(kinds) == len(set(kinds)) >= 6  # cases, toolkits, methods, modules, units, documents
    for model in registry.searchable_types():
        assert model.kind_label and callable(model.facts_line)
        for facet in model.facets:
            assert facet in registry.search_facets()
    listed = [m for m in PAGE_TYPES if any(f.in_listing for f in m.facets)]
    assert listed, "a section listing filters by its type's facets"


@pytest.mark.parametrize("model", PAGE_TYPES, ids=[model.kind for model in PAGE_TYPES])
def test_a_page_of_every_registered_type_is_indexed_faceted_listed_and_harvested(
    client, home_page, model
):
    page = make_page(model, home_page)
    page.save_revision().publish()  # through the change pipeline, as an editor would

    # Indexed, with the facet keys its type declares.
    record = SearchRecord.objects.get(object_id=page.pk, kind=model.kind)
    keys = set(FacetKey.objects.filter(record=record).values_list("facet", "key"))
    assert ("type", model.kind) in keys
    for facet in model.facets:
        assert {(facet.param, key) for key in facet.keys_for(page)} <= keys

    # Found by its type, with every facet it has a value for counted.
    answer = search(client, type=model.kind)
    assert page.title in [result["title"] for result in answer["results"]]
    for facet in model.facets:
        for key in facet.keys_for(page):
            assert answer["facets"][facet.param], facet.param
            assert key in [value["value"] for value in answer["facets"][facet.param]]

    # Listed: the feed, the sitemap and the API.
    url = page.get_url()
    assert url in client.get("/en/feed/").content.decode()
    assert url in client.get("/sitemap.xml").content.decode()
    label = f"{model._meta.app_label}.{model.__name__}"
    api = client.get("/api/v2/pages/", {"type": label}).json()
    assert page.pk in [item["id"] for item in api["items"]]

    # Harvested: OAI-PMH's set of its type.
    harvest = {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": f"type:{model.kind}"}
    oai = client.get("/oai/", harvest).content.decode()
    assert f":page:{page.pk}</identifier>" in oai


def source_of(folder):
    return "\n".join(path.read_text() for path in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", ["search", "hub/outlets"])
def test_search_and_the_outlets_name_no_content_type(folder):
    """They iterate the registry: no class name, app or kind of a content type in their
    code (the import contracts of `make lint` check their imports)."""
    code = source_of(folder)
    for model in PAGE_TYPES:
        assert not re.search(rf"\b{model.__name__}\b", code), model.__name__
        assert f'"{model.kind}"' not in code, model.kind
        assert not re.search(rf"(?<![\w.]){model._meta.app_label}\.", code), model._meta.app_label
