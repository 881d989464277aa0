"""Atom feeds, read with feedparser as a feed reader reads them."""

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from cases.factories import CasePageFactory
from tests.utils import MAX_PAGE_QUERIES, count_queries, translate
from toolkits.factories import MethodPageFactory

pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception  # well-formed Atom
    assert feed.version == "atom10"
    return feed


@pytest.fixture
def content(case_index, toolkit):
    pages = {
        "case": CasePageFactory(parent=case_index, title="Wind cooperative", summary="Wind."),
        "method": MethodPageFactory(parent=toolkit, title="Stakeholder walk", summary="Walk."),
        "draft": CasePageFactory(parent=case_index, title="Draft case", live=False),
        "private": CasePageFactory(parent=case_index, title="Private case"),
    }
    for key in ("method", "case", "private"):  # published as editors publish: with dates
        pages[key].save_revision().publish()
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    return pages


def test_the_language_feed_lists_new_content_of_every_section(client, content):
    feed = read(client, "/en/feed/")
    titles = [entry.title for entry in feed.entries]
    assert "Wind cooperative" in titles and "Stakeholder walk" in titles
    assert "Draft case" not in titles and "Private case" not in titles
    wind = next(entry for entry in feed.entries if entry.title == "Wind cooperative")
    assert wind.link == "http://testserver/en/cases/wind-cooperative/"
    assert wind.summary == "Wind."
    assert wind.updated_parsed and wind.published_parsed
    assert feed.feed.rights  # the reuse statement
    assert feed.feed.language == "en"


def test_newest_changes_come_first(client, content):
    content["case"].save_revision().publish()  # updated after the method
    titles = [entry.title for entry in read(client, "/en/feed/").entries]
    assert titles.index("Wind cooperative") < titles.index("Stakeholder walk")


def test_a_section_feed_lists_that_section_only(client, content):
    feed = read(client, "/en/feed/cases/")
    assert [entry.title for entry in feed.entries] == ["Wind cooperative"]
    assert feed.feed.link == "http://testserver" + content["case"].get_parent().url
    assert client.get("/en/feed/no-such-section/").status_code == 404


def test_each_language_has_its_own_feed(client, content):
    translate(content["case"], "pl", "Spółdzielnia wiatrowa", "Wiatr.")
    feed = read(client, "/pl/feed/")
    assert [entry.title for entry in feed.entries] == ["Spółdzielnia wiatrowa"]
    assert feed.feed.language == "pl"


def test_pages_announce_the_feed(client, content):
    html = client.get(content["case"].url).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/en/feed/"' in html


def test_feed_queries_do_not_grow_with_the_items(client, case_index):
    CasePageFactory.create_batch(2, parent=case_index)
    few = count_queries(client, "/en/feed/")
    CasePageFactory.create_batch(20, parent=case_index)
    assert len(read(client, "/en/feed/").entries) == 22
    assert count_queries(client, "/en/feed/") == few <= MAX_PAGE_QUERIES
