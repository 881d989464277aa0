"""The portal's pages: a strategy with its scores and evidence, the listing, the
comparison and the heatmap; nothing unsettled shown; bad comparisons refused."""

import pytest

from strategies import coding
from strategies.factories import StrategyPageFactory
from strategies.models import Coding
from tests.strategies.conftest import area, target

pytestmark = pytest.mark.django_db


def settle_simply(strategy, codebook, coders, moderator, quote="Solar roofs on schools"):
    """Both coders tag measure 1.1 alike (7.2 principal, clean energy significant)."""
    first = coding.assign(strategy, codebook, Coding.FIRST, coders[0])
    m11 = strategy.measure_list[0]
    coding.add_tag(coders[0], first, m11, "principal", quote, 12, target("7.2"))
    coding.add_tag(coders[0], first, m11, "significant", quote, 12, area=area("clean-energy"))
    coding.submit(coders[0], first)
    second = coding.assign(strategy, codebook, Coding.SECOND, coders[1])
    second.sample.set([m11])
    coding.add_tag(coders[1], second, m11, "principal", "roofs", 12, target("7.2"))
    coding.add_tag(coders[1], second, m11, "significant", "roofs", 12, area=area("clean-energy"))
    coding.submit(coders[1], second)
    coding.settle(moderator, strategy, codebook, {})


@pytest.fixture
def settled(strategy, codebook, coders, moderator):
    settle_simply(strategy, codebook, coders, moderator)
    return strategy


def test_a_settled_strategy_shows_scores_and_evidence(client, settled):
    html = client.get(settled.url).content.decode()
    assert "Solar roofs on schools" in html  # the evidence of the tag
    assert "p. 12" in html
    assert "7.2" in html
    assert "Goals served as a principal aim" in html
    assert "weighted by each measure's budget" in html


def test_an_unsettled_classification_is_not_shown(client, strategy, codebook, coders):
    first = coding.assign(strategy, codebook, Coding.FIRST, coders[0])
    coding.add_tag(coders[0], first, strategy.measure_list[0], "principal", "SECRET QUOTE", 1,
                   target("7.2"))  # fmt: skip
    coding.submit(coders[0], first)
    html = client.get(strategy.url).content.decode()
    assert "SECRET QUOTE" not in html
    assert "not settled yet" in html


def test_measures_filter_by_goal_kind_and_status(client, settled):
    assert "Measure" in client.get(settled.url, {"goal": 7}).content.decode()
    html = client.get(settled.url, {"goal": 11}).content.decode()
    assert "No measure matches this choice." in html
    assert client.get(settled.url, {"goal": "x", "kind": "<b>"}).status_code == 200


def test_the_portal_lists_and_filters(client, settled, strategy_index):
    card = f'href="{settled.url}"'  # the compare form names every strategy, without links

    def listed(**params):
        return card in client.get(strategy_index.url, params).content.decode()

    assert listed()
    assert listed(sdg=7) and listed(country="CZ") and listed(size="100k-250k")
    assert not listed(sdg=11) and not listed(funding="eu")


def test_compare_two_strategies(client, settled, strategy_index):
    other = StrategyPageFactory(parent=strategy_index, city="Brno-sever", title="Brno plan")
    response = client.get(strategy_index.url + "compare/", {"s": [settled.pk, other.pk]})
    assert response.status_code == 200
    html = response.content.decode()
    assert settled.title in html and "Brno plan" in html
    assert "Budget per inhabitant" in html


@pytest.mark.parametrize(
    "params",
    [{"s": ["1"]}, {"s": ["x", "y"]}, {"s": [str(n) for n in range(9)]}, {"s": ["999999", "1"]}],
)
def test_bad_comparisons_are_refused_with_a_message(client, settled, strategy_index, params):
    response = client.get(strategy_index.url + "compare/", params)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_heatmap_draws_every_strategy_with_a_table(client, settled, strategy_index):
    StrategyPageFactory(parent=strategy_index, city="Unclassified town")
    html = client.get(strategy_index.url + "heatmap/").content.decode()
    assert "<svg" in html and "<table" in html
    assert settled.city in html and "Unclassified town" in html
    assert "not classified" in html
