"""The classification procedure: blind second coding, agreement, settling, and only the
settled classification published (strategies.coding)."""

from django.core.exceptions import PermissionDenied, ValidationError

import pytest

from strategies import coding
from strategies.models import Coding, ScoreSet
from tests.strategies.conftest import area, target

pytestmark = pytest.mark.django_db


def first_coding(strategy, codebook, coder):
    """Tags every measure: 1.1 serves 7.2 (principal) and clean energy, 1.2 serves 7.3
    (significant), 2.1 serves 11.2 (principal), 2.2 serves 11.6 (significant)."""
    c = coding.assign(strategy, codebook, Coding.FIRST, coder)
    m11, m12, m21, m22 = strategy.measure_list
    coding.add_tag(coder, c, m11, "principal", "Solar roofs on every school", 12, target("7.2"))
    coding.add_tag(coder, c, m11, "significant", "cleaner energy", 12, area=area("clean-energy"))
    coding.add_tag(coder, c, m12, "significant", "energy audits", 13, target("7.3"))
    coding.add_tag(coder, c, m21, "principal", "new tram line", 20, target("11.2"))
    coding.add_tag(coder, c, m22, "significant", "air quality sensors", 21, target("11.6"))
    coding.submit(coder, c)
    return c


def second_coding(strategy, codebook, coder, disagree=True):
    """Codes the sample as the first coder did, except that it calls 7.2 significant."""
    c = coding.assign(strategy, codebook, Coding.SECOND, coder)
    first = {
        "1.1": [("principal" if not disagree else "significant", target("7.2")),
                ("significant", area("clean-energy"))],
        "1.2": [("significant", target("7.3"))],
        "2.1": [("principal", target("11.2"))],
        "2.2": [("significant", target("11.6"))],
    }  # fmt: skip
    for measure in c.sample.all():
        for strength, term in first[measure.number]:
            kind = "target" if hasattr(term, "goal") else "area"
            coding.add_tag(coder, c, measure, strength, "quoted", 1, **{kind: term})
    coding.submit(coder, c)
    return c


@pytest.fixture
def two_codings(strategy, codebook, coders):
    first = first_coding(strategy, codebook, coders[0])
    # A known sample of half the measures, 1.1 and 2.1.
    second = coding.assign(strategy, codebook, Coding.SECOND, coders[1])
    second.sample.set([strategy.measure_list[0], strategy.measure_list[2]])
    second_coding(strategy, codebook, coders[1])
    return first, Coding.objects.get(pk=second.pk)


def test_the_second_coder_codes_a_sample_blind(strategy, codebook, coders, moderator):
    first = first_coding(strategy, codebook, coders[0])
    second = coding.assign(strategy, codebook, Coding.SECOND, coders[1])
    assert second.sample.count() == 2  # half of four measures
    # Neither coder sees the other's coding; the moderator sees both.
    assert not coding.can_view(coders[1], first)
    assert not coding.can_view(coders[0], second)
    assert coding.can_view(coders[1], second)
    assert coding.can_view(moderator, first) and coding.can_view(moderator, second)
    # Nor may one write into the other's, or tag a measure outside the sample.
    outside = next(m for m in strategy.measure_list if m not in second.sample.all())
    with pytest.raises(PermissionDenied):
        coding.add_tag(coders[1], first, outside, "principal", "x", 1, target("7.2"))
    with pytest.raises(ValidationError):
        coding.add_tag(coders[1], second, outside, "principal", "x", 1, target("7.2"))


def test_the_first_coder_cannot_be_the_second(strategy, codebook, coders):
    first_coding(strategy, codebook, coders[0])
    with pytest.raises(ValidationError):
        coding.assign(strategy, codebook, Coding.SECOND, coders[0])


def test_a_tag_needs_its_evidence(strategy, codebook, coders):
    c = coding.assign(strategy, codebook, Coding.FIRST, coders[0])
    with pytest.raises(ValidationError):
        coding.add_tag(coders[0], c, strategy.measure_list[0], "principal", "  ", 1, target("7.2"))


def test_agreement_and_differences(strategy, codebook, two_codings):
    pairs, differences = coding.comparison(strategy, codebook)
    assert len(pairs) == 2 * 27  # two sampled measures × 17 goals and 10 areas
    assert [(m.number, category, a, b) for m, category, a, b in differences] == [
        ("1.1", ("sdg", "7"), "principal", "significant")
    ]
    kappa = coding.strategy_agreement(strategy, codebook)
    assert 0 < kappa < 1
    assert coding.country_agreement("CZ", codebook) == pytest.approx(kappa)


def test_nothing_is_published_before_settling(strategy, codebook, two_codings):
    assert coding.published_coding(strategy) is None
    assert not ScoreSet.objects.exists()
    assert not strategy.sdgs.exists()


def test_settling_needs_every_difference_decided(strategy, codebook, two_codings, moderator):
    with pytest.raises(ValidationError):
        coding.settle(moderator, strategy, codebook, {})
    assert coding.published_coding(strategy) is None


def test_a_coder_cannot_settle(strategy, codebook, two_codings, coders):
    with pytest.raises(PermissionDenied):
        coding.settle(coders[0], strategy, codebook, {})


def test_settling_publishes_scores_and_facets(strategy, codebook, two_codings, moderator):
    measure = strategy.measure_list[0]
    coding.settle(moderator, strategy, codebook, {(measure.pk, ("sdg", "7")): "second"})
    settled = coding.published_coding(strategy)
    assert settled.role == Coding.SETTLED
    strengths = {(t.measure.number, t.target.code if t.target else t.area.slug): t.strength
                 for t in settled.tags.all()}  # fmt: skip
    assert strengths == {
        ("1.1", "7.2"): "significant",  # the moderator took the second coder's reading
        ("1.1", "clean-energy"): "significant",
        ("1.2", "7.3"): "significant",
        ("2.1", "11.2"): "principal",
        ("2.2", "11.6"): "significant",
    }
    scores = ScoreSet.objects.get(strategy=strategy, codebook=codebook)
    assert scores.basis == "budget"
    # Goal 7: 400 × 0.4 + 100 × 0.4 of 1,000; goal 11: 300 × 1 + 200 × 0.4.
    assert scores.sdg_coverage == pytest.approx({"7": 0.2, "11": 0.38})
    assert scores.goals_principal == 1
    assert scores.climate_share == pytest.approx(0.16)  # 400 × 40 % (clean energy)
    assert scores.measurability == pytest.approx(0.25)
    assert scores.implementation == pytest.approx(0.5)
    assert scores.budget_per_inhabitant == pytest.approx(0.01)
    assert sorted(strategy.sdgs.values_list("number", flat=True)) == [7, 11]
    assert list(strategy.green_deal_areas.values_list("slug", flat=True)) == ["clean-energy"]
