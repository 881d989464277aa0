"""The classification procedure (the codebook says it to coders):

1. a first coder classifies every measure of a strategy;
2. a second coder classifies a sample of its measures without seeing the first
   coder's tags (each coder sees only their own coding until it is settled; moderators
   see both);
3. the portal computes how far the two agreed (Cohen's kappa, strategies.agreement) and
   lists where they differ;
4. a moderator settles each difference; the settled classification alone is published:
   the strategy's scores are computed from it and its goals and areas become the
   page's facets.

Agreement is measured per measure and category (each of the 17 goals and the 10 Green
Deal areas): none, significant or principal, the strongest tag the coder gave it."""

import random

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.taxonomy.models import SDG, GreenDealArea
from strategies import agreement, scores
from strategies.models import Coding, Indicator, Measure, ScoreSet, StrategyPage, Tag

NONE = "none"
CODERS_GROUP = "Strategy coders"
SETTLE = "strategies.settle_coding"


def is_moderator(user):
    return user.is_superuser or user.has_perm(SETTLE)


def can_view(user, coding):
    """A coder sees their own coding; the other coder's only once it is settled (never,
    for a coding in progress); moderators see every coding."""
    if is_moderator(user):
        return True
    if coding.role == Coding.SETTLED:
        return coding.submitted_at is not None
    return coding.coder_id == user.pk


def can_edit(user, coding):
    return coding.submitted_at is None and (
        coding.coder_id == user.pk if coding.role != Coding.SETTLED else is_moderator(user)
    )


def record(strategy):
    """The page a strategy's rows hang on: the one it was made on, found from any of
    its translations."""
    return StrategyPage.objects.filter(translation_key=strategy.translation_key).order_by("pk")[0]


def assign(strategy, codebook, role, coder):
    """Open a coding of `strategy` for `coder`; a second coding gets its sample, drawn
    the same way every time for the strategy (a share of its measures, at least one)."""
    strategy = record(strategy)
    if role == Coding.SECOND:
        first = Coding.objects.filter(strategy=strategy, codebook=codebook, role=Coding.FIRST)
        if first.filter(coder=coder).exists():
            raise ValidationError(_("The second coder must be another person than the first."))
    coding, _created = Coding.objects.get_or_create(
        strategy=strategy, codebook=codebook, role=role, defaults={"coder": coder}
    )
    if role == Coding.SECOND and _created:
        measures = list(Measure.objects.filter(objective__strategy=strategy).order_by("pk"))
        size = max(1, round(len(measures) * codebook.sample_share / 100)) if measures else 0
        coding.sample.set(random.Random(strategy.pk).sample(measures, size))  # noqa: S311
    return coding


def coded_measures(coding):
    """The measures a coding classifies: the sample of a second coding, else all."""
    if coding.role == Coding.SECOND:
        return coding.sample.all()
    return Measure.objects.filter(objective__strategy_id=coding.strategy_id)


def add_tag(user, coding, measure, strength, quote, quote_page=None, target=None, area=None):
    if not can_edit(user, coding):
        raise PermissionDenied
    if not coded_measures(coding).filter(pk=measure.pk).exists():
        raise ValidationError(_("This measure is not part of this coding."))
    if not quote.strip():
        raise ValidationError(_("Quote the strategy's text that supports the tag."))
    return Tag.objects.create(
        coding=coding,
        measure=measure,
        target=target,
        area=area,
        strength=strength,
        quote=quote.strip(),
        quote_page=quote_page,
    )


def submit(user, coding):
    if not can_edit(user, coding):
        raise PermissionDenied
    coding.submitted_at = timezone.now()
    coding.save(update_fields=["submitted_at"])


def categories():
    """Every category agreement is measured on: ("sdg", "1")… ("area", slug)…"""
    goals = [("sdg", str(n)) for n in range(1, 18)]
    areas = [("area", slug) for slug in GreenDealArea.objects.filter(
        locale__language_code="en").values_list("slug", flat=True)]  # fmt: skip
    return goals + areas


def category_of(tag):
    """The category a tag counts in: ("sdg", its target's goal) or ("area", its slug)."""
    return ("sdg", str(tag.target.goal)) if tag.target_id else ("area", tag.area.slug)


def labels(coding, measures):
    """{(measure id, category): "none" | "significant" | "principal"} of a coding."""
    strongest = {}
    for tag in coding.tags.filter(measure__in=measures).select_related("target", "area"):
        key = (tag.measure_id, category_of(tag))
        if strongest.get(key) != scores.PRINCIPAL:
            strongest[key] = tag.strength
    return strongest


def comparison(strategy, codebook):
    """(pairs, differences) of the two codings of a strategy over the second coder's
    sample: pairs of labels for kappa, and [(measure, category, first, second)]."""
    strategy = record(strategy)
    submitted = Coding.objects.filter(
        strategy=strategy, codebook=codebook, submitted_at__isnull=False
    )
    codings = {coding.role: coding for coding in submitted}
    if Coding.FIRST not in codings or Coding.SECOND not in codings:
        return [], []
    sample = list(codings[Coding.SECOND].sample.order_by("objective__sort_order", "sort_order"))
    first = labels(codings[Coding.FIRST], sample)
    second = labels(codings[Coding.SECOND], sample)
    pairs, differences = [], []
    every = categories()
    for measure in sample:
        for category in every:
            a = first.get((measure.pk, category), NONE)
            b = second.get((measure.pk, category), NONE)
            pairs.append((a, b))
            if a != b:
                differences.append((measure, category, a, b))
    return pairs, differences


def strategy_agreement(strategy, codebook):
    pairs, _differences = comparison(strategy, codebook)
    return agreement.cohens_kappa(pairs)


def country_agreement(country_code, codebook):
    """Kappa over the pooled pairs of every strategy of a country."""
    pairs = []
    strategies = StrategyPage.objects.filter(
        country__code=country_code, codings__codebook=codebook, codings__role=Coding.SECOND
    ).distinct()
    for strategy in strategies:
        pairs += comparison(strategy, codebook)[0]
    return agreement.cohens_kappa(pairs)


@transaction.atomic
def settle(moderator, strategy, codebook, decisions):
    """The settled coding: the first coder's tags, except that for each difference the
    moderator chose ("first" or "second") whose tags on that measure and category
    stand. Every difference must be decided. Publishes the result."""
    if not is_moderator(moderator):
        raise PermissionDenied
    strategy = record(strategy)
    _pairs, differences = comparison(strategy, codebook)
    if not Coding.objects.filter(
        strategy=strategy, codebook=codebook, role=Coding.FIRST, submitted_at__isnull=False
    ).exists():
        raise ValidationError(_("The first coding is not submitted yet."))
    undecided = [
        (m.number, category)
        for m, category, _a, _b in differences
        if decisions.get((m.pk, category)) not in ("first", "second")
    ]
    if undecided:
        raise ValidationError(
            _("Decide every difference first: %(count)s left.") % {"count": len(undecided)}
        )
    codings = {c.role: c for c in Coding.objects.filter(strategy=strategy, codebook=codebook)}
    settled, _created = Coding.objects.update_or_create(
        strategy=strategy,
        codebook=codebook,
        role=Coding.SETTLED,
        defaults={"coder": moderator, "submitted_at": timezone.now()},
    )
    settled.tags.all().delete()
    chosen = []
    for role in (Coding.FIRST, Coding.SECOND):
        coding = codings.get(role)
        if coding is None:
            continue
        for tag in coding.tags.select_related("target", "area"):
            decision = decisions.get((tag.measure_id, category_of(tag)), "first")
            if decision == role:
                tag.pk, tag.coding = None, settled
                chosen.append(tag)
    Tag.objects.bulk_create(chosen)
    publish(strategy, codebook)
    return settled


def published_coding(strategy):
    """The settled coding visitors see (Coding.objects.published)."""
    return Coding.objects.published(strategy)


def measure_facts(coding):
    """[MeasureFacts] of every measure of the coding's strategy, from its tags."""
    tags = Tag.objects.filter(coding=coding).select_related("target", "area")
    by_measure = {}
    for tag in tags:
        by_measure.setdefault(tag.measure_id, []).append(
            (
                tag.target.goal if tag.target_id else None,
                tag.target.code if tag.target_id else None,
                tag.area.slug if tag.area_id else None,
                tag.strength,
            )
        )
    measures = Measure.objects.filter(objective__strategy_id=coding.strategy_id).prefetch_related(
        Prefetch("indicators", queryset=Indicator.objects.order_by())
    )
    return [
        scores.MeasureFacts(
            budget=measure.budget,
            status=measure.status,
            measurable=measure.is_measurable,
            tags=by_measure.get(measure.pk, []),
        )
        for measure in measures
    ]


def publish(strategy, codebook):
    """Recompute the scores of the settled coding and give every translation of the
    page the goals and areas its measures serve."""
    coding = Coding.objects.get(strategy=strategy, codebook=codebook, role=Coding.SETTLED)
    result = scores.compute(measure_facts(coding))
    per_inhabitant = (
        float(strategy.budget) / strategy.population
        if strategy.budget and strategy.population
        else None
    )
    ScoreSet.objects.update_or_create(
        strategy=strategy,
        codebook=codebook,
        defaults={**vars(result), "budget_per_inhabitant": per_inhabitant},
    )
    goals = [int(key) for key in result.sdg_coverage]
    areas = list(result.area_coverage)
    for page in StrategyPage.objects.filter(translation_key=strategy.translation_key):
        page.sdgs.set(SDG.objects.filter(locale_id=page.locale_id, number__in=goals))
        page.green_deal_areas.set(
            GreenDealArea.objects.filter(locale_id=page.locale_id, slug__in=areas)
        )
