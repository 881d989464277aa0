"""A strategy's scores, computed from its settled classification, never typed, and kept
per codebook version (ScoreSet). The rules, as the strategy page and the codebook state
them:

- coverage of a goal or Green Deal area: the weighted share of the measures that
  contribute to it, a principal contribution counting 1 and a significant one 0.4 (a
  measure counts once per goal, at its strongest tag). The weights are the measures'
  budgets when every measure is costed, else one per measure (`basis`);
- breadth: how many goals, and how many targets, at least one measure serves as its
  principal aim;
- climate-tracked share: the share of the costed budget that counts towards climate
  action under the EU's climate tracking (a measure counts at 100 % when a climate
  target or area is its principal aim, at 40 % when significant, else not at all);
- measurability: the share of measures with an indicator that has a baseline and a
  target, each with its year;
- implementation: the share of measures under way or done at the last monitoring."""

from dataclasses import dataclass, field

from strategies.models import PRINCIPAL, SIGNIFICANT

WEIGHTS = {PRINCIPAL: 1.0, SIGNIFICANT: 0.4}
CLIMATE_GOALS = frozenset({13})
CLIMATE_AREAS = frozenset(
    {"climate-ambition", "clean-energy", "buildings-renovation", "sustainable-mobility"}
)
STARTED = frozenset({"under-way", "done"})
BUDGET, COUNT = "budget", "count"


@dataclass
class MeasureFacts:
    """What the scores read of a measure: its budget (None when not costed), status,
    whether it is measurable, and its tags as (goal, target code, area slug, strength)
    with goal and target None for an area's tag and area None for a target's."""

    budget: float | None = None
    status: str = "planned"
    measurable: bool = False
    tags: list = field(default_factory=list)

    def strongest(self):
        """{("sdg", goal) or ("area", slug): the weight of its strongest tag}."""
        best = {}
        for goal, _target, area, strength in self.tags:
            key = ("sdg", str(goal)) if goal is not None else ("area", area)
            best[key] = max(best.get(key, 0.0), WEIGHTS[strength])
        return best

    def climate_coefficient(self):
        weights = [
            WEIGHTS[strength]
            for goal, _target, area, strength in self.tags
            if goal in CLIMATE_GOALS or area in CLIMATE_AREAS
        ]
        return max(weights, default=0.0)


@dataclass
class Scores:
    basis: str
    sdg_coverage: dict
    area_coverage: dict
    goals_principal: int
    targets_principal: int
    climate_share: float | None
    measurability: float | None
    implementation: float | None
    measures: int


def share(part, whole):
    return part / whole if whole else None


def compute(measures):
    """The Scores of a list of MeasureFacts."""
    costed = [m for m in measures if m.budget]
    basis = BUDGET if measures and len(costed) == len(measures) else COUNT
    weights = [float(m.budget) if basis == BUDGET else 1.0 for m in measures]
    total = sum(weights)
    coverage = {"sdg": {}, "area": {}}
    for measure, weight in zip(measures, weights, strict=True):
        for (kind, key), strength in measure.strongest().items():
            coverage[kind][key] = coverage[kind].get(key, 0.0) + weight * strength
    principal = [tag for m in measures for tag in m.tags if tag[3] == PRINCIPAL]
    costed_budget = sum(float(m.budget) for m in costed)
    climate = sum(float(m.budget) * m.climate_coefficient() for m in costed)
    return Scores(
        basis=basis,
        sdg_coverage={key: share(value, total) for key, value in sorted(coverage["sdg"].items())},
        area_coverage={key: share(value, total) for key, value in sorted(coverage["area"].items())},
        goals_principal=len({goal for goal, *_rest in principal if goal is not None}),
        targets_principal=len({target for _g, target, *_rest in principal if target}),
        climate_share=share(climate, costed_budget),
        measurability=share(sum(m.measurable for m in measures), len(measures)),
        implementation=share(sum(m.status in STARTED for m in measures), len(measures)),
        measures=len(measures),
    )
