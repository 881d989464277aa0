"""Faceted search, written once and run against every engine adapter (see conftest)."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from search.models import SearchRecord
from tests.search.conftest import search, titles
from tests.utils import translate

pytestmark = pytest.mark.django_db


def counts(answer, facet):
    return {value["value"]: value["count"] for value in answer["facets"].get(facet, [])}


def test_query_finds_live_public_pages_of_every_kind(client, corpus):
    answer = search(client, q="solar")
    assert titles(answer) == ["Solar policy", "Solar village", "Solar walk"]
    assert answer["total"] == 3
    assert counts(answer, "type") == {"case": 1, "method": 1, "unit": 1}


def test_several_values_of_one_facet_combine_with_or(client, corpus):
    answer = search(client, type="case", sdg=["6", "13"])
    assert titles(answer) == ["Solar village", "Water reuse"]


def test_different_facets_combine_with_and(client, corpus):
    assert titles(search(client, sdg="7", country="PL")) == ["Wind cooperative"]


def test_facet_counts_ignore_their_own_selection(client, corpus):
    answer = search(client, type="case", sdg="7")
    assert titles(answer) == ["Solar village", "Wind cooperative"]
    # The SDG counts are those without the SDG selection: a visitor sees what adding
    # another goal would bring.
    assert counts(answer, "sdg") == {"7": 2, "13": 1, "6": 1}
    # Other facets are counted within the selection.
    assert counts(answer, "country") == {"DE": 1, "PL": 1}
    selected = [v["value"] for v in answer["facets"]["sdg"] if v["selected"]]
    assert selected == ["7"]


def test_facet_labels_come_from_the_taxonomies(client, corpus):
    answer = search(client, type="case")
    labels = {value["value"]: value["label"] for value in answer["facets"]["sdg"]}
    assert labels["7"] == "7. Affordable and clean energy"


def test_each_locale_searches_its_own_pages(client, corpus):
    polish = search(client, language="pl", q="wieś")
    assert titles(polish) == ["Słoneczna wieś"]
    assert titles(search(client, language="pl", q="solar")) == []
    with_untranslated = search(client, language="pl", type="case", untranslated="1")
    # The English originals not yet in Polish join, labelled with their language; the
    # case translated into Polish appears once, in Polish.
    assert titles(with_untranslated) == ["Słoneczna wieś", "Water reuse", "Wind cooperative"]
    languages = {r["title"]: r["language"] for r in with_untranslated["results"]}
    assert languages["Water reuse"] == "en"


def test_a_word_only_inside_a_pdf_is_found_with_its_page(client, corpus):
    answer = search(client, q="heliotrope")
    assert titles(answer) == ["Village worksheet"]
    result = answer["results"][0]
    assert result["type"] == "document"
    assert result["page"] == {"title": "Solar village", "url": "/en/cases/solar-village/"}


def test_drafts_private_pages_and_private_documents_never_appear(client, corpus):
    for q in ("draft", "private", "secret", "budget"):
        assert search(client, q=q)["total"] == 0
    assert counts(search(client, type="case"), "sdg")["7"] == 2
    suggestions = client.get("/en/search/suggest/", {"q": "priv"}).json()["suggestions"]
    assert suggestions == []
    assert not SearchRecord.objects.filter(
        title__in=["Draft solar plan", "Private solar deal", "Secret heliotrope budget"]
    ).exists()


def test_snippets_mark_the_match_and_escape_the_rest(client, corpus):
    answer = search(client, q="village")
    snippet = next(r["snippet"] for r in answer["results"] if r["title"] == "Solar village")
    assert "<mark>" in snippet


def test_sort_by_title_and_newest(client, corpus):
    answer = search(client, type="case", sort="title")
    assert [r["title"] for r in answer["results"]] == [
        "Solar village",
        "Water reuse",
        "Wind cooperative",
    ]
    newest = search(client, type="case", sort="newest")
    assert newest["results"][0]["title"] == "Solar village"  # published again last


def test_pagination_reports_the_total(client, corpus):
    answer = search(client, page="1")
    assert answer["total"] == len(answer["results"]) and answer["pages"] == 1
    far = search(client, page="999999")
    assert far["page"] == 1 and far["total"] == answer["total"]


def test_publishing_and_unpublishing_update_the_index(
    client, corpus, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the engine hears after commit
        corpus["wind"].unpublish()
    assert titles(search(client, q="wind")) == []
    with django_capture_on_commit_callbacks(execute=True):
        corpus["draft"].save_revision().publish()
    assert titles(search(client, q="draft")) == ["Draft solar plan"]


def test_restricting_a_section_hides_the_translations_below_its_mirrors(
    client, corpus, django_capture_on_commit_callbacks
):
    """A Polish method translated under the Polish mirror of a toolkit becomes private
    when the English toolkit is restricted, as Wagtail then serves it, and leaves the
    index; lifting the restriction brings it back."""
    with django_capture_on_commit_callbacks(execute=True):
        translate(corpus["method"], "pl", "Spacer słoneczny", "Spacer po dzielnicy.")
    assert titles(search(client, "pl", q="spacer")) == ["Spacer słoneczny"]
    toolkit = corpus["method"].get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=toolkit, restriction_type="login")
    assert titles(search(client, "pl", q="spacer")) == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert titles(search(client, "pl", q="spacer")) == ["Spacer słoneczny"]


def test_suggestions_offer_titles_as_you_type(client, corpus):
    suggestions = client.get("/en/search/suggest/", {"q": "sol"}).json()["suggestions"]
    assert [s["title"] for s in suggestions] == ["Solar policy", "Solar village", "Solar walk"]
    assert client.get("/en/search/suggest/", {"q": "s"}).json()["suggestions"] == []


def test_queries_are_logged_and_editors_picks_come_first(client, corpus):
    search(client, q="nothing-here-xyz")
    assert Query.get("nothing-here-xyz").hits == 1
    SearchPromotion.objects.create(query=Query.get("water"), page=corpus["method"], sort_order=0)
    html = client.get("/en/search/", {"q": "water"}).content.decode()
    assert html.index("Solar walk") < html.index("Water reuse")
    assert "Recommended" in html


def test_html_page_shows_chips_counts_and_facts(client, corpus):
    html = client.get("/en/search/", {"q": "solar", "type": "case"}).content.decode()
    assert 'class="chip" href="?q=solar"' in html
    assert "Germany" in html  # the case's key facts
    assert "Clear all filters" in html


def test_searches_without_results_are_reported_to_editors(client, corpus):
    from hub.factories import UserFactory

    for _ in range(2):
        search(client, q="Heat Pumps")
    search(client, q="solar")
    from search.models import UnansweredQuery

    assert list(UnansweredQuery.objects.values_list("query_string", "searches")) == [
        ("heat pumps", 2)
    ]
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/reports/unanswered-searches/").content.decode()
    assert "heat pumps" in html


def test_search_box_offers_suggestions_with_javascript_only(client, corpus):
    html = client.get("/en/").content.decode()
    assert 'data-suggest-url="/en/search/suggest/"' in html
    assert 'src="/static/js/search-suggest.js" defer' in html


def test_hostile_content_is_inert_in_results(client, corpus, case_index):
    from cases.factories import CasePageFactory
    from search import indexing

    CasePageFactory(
        parent=case_index,
        title="<script>alert(1)</script> Zinc",
        summary='<img src=x onerror="alert(2)"> zinc recycling',
    )
    indexing.rebuild()
    html = client.get("/en/search/", {"q": "zinc"}).content.decode()
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Zinc" in html  # shown, as text
    answer = search(client, q="zinc")
    assert "<img" not in answer["results"][0]["snippet"]
