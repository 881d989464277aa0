"""The scores on a small example worked out by hand (strategies.scores states the rules)."""

import pytest

from strategies.scores import BUDGET, COUNT, MeasureFacts, compute


def example(third_budget=100):
    return [
        MeasureFacts(
            budget=600,
            status="under-way",
            measurable=True,
            tags=[
                (7, "7.2", None, "principal"),
                (13, "13.2", None, "significant"),
                (None, None, "clean-energy", "principal"),
            ],
        ),
        MeasureFacts(
            budget=300,
            status="planned",
            tags=[(11, "11.2", None, "principal"), (7, "7.3", None, "significant")],
        ),
        MeasureFacts(budget=third_budget, status="done", measurable=True),
    ]


def test_scores_weighted_by_budget_when_every_measure_is_costed():
    scores = compute(example())
    assert scores.basis == BUDGET
    # Goal 7: 600 × 1 (principal) + 300 × 0.4 (significant) of 1,000.
    assert scores.sdg_coverage == pytest.approx({"7": 0.72, "11": 0.3, "13": 0.24})
    assert scores.area_coverage == pytest.approx({"clean-energy": 0.6})
    assert (scores.goals_principal, scores.targets_principal) == (2, 2)
    # The first measure counts in full (clean energy is its principal aim), the others not.
    assert scores.climate_share == pytest.approx(0.6)
    assert scores.measurability == pytest.approx(2 / 3)
    assert scores.implementation == pytest.approx(2 / 3)
    assert scores.measures == 3


def test_scores_weighted_by_count_when_a_measure_is_not_costed():
    scores = compute(example(third_budget=None))
    assert scores.basis == COUNT
    assert scores.sdg_coverage == pytest.approx({"7": 1.4 / 3, "11": 1 / 3, "13": 0.4 / 3})
    # The climate share is of the costed budget only: 600 of 900.
    assert scores.climate_share == pytest.approx(600 / 900)


def test_a_measure_counts_once_per_goal_at_its_strongest_tag():
    measure = MeasureFacts(
        budget=1, tags=[(7, "7.2", None, "significant"), (7, "7.1", None, "principal")]
    )
    assert compute([measure]).sdg_coverage == {"7": 1.0}


def test_no_measures_no_scores():
    scores = compute([])
    assert scores.sdg_coverage == {}
    assert scores.climate_share is None
    assert scores.measurability is None
