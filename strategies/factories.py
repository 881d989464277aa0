import datetime

import factory
import wagtail_factories

from hub.taxonomy.models import Country, term
from strategies.models import (
    Codebook,
    CodebookRule,
    Indicator,
    Measure,
    Objective,
    StrategyIndexPage,
    StrategyPage,
)


class StrategyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Smart V4 strategies"
    slug = "strategies"
    intro = "Smart-city strategies of V4 cities, classified against the SDGs and the Green Deal."

    class Meta:
        model = StrategyIndexPage


class StrategyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Smart city strategy {n}")
    city = factory.Sequence(lambda n: f"City {n}")
    summary = factory.LazyAttribute(lambda o: f"The smart-city strategy of {o.city}.")
    country = factory.LazyFunction(lambda: term(Country, "CZ"))
    strategy_type = "smart-city"
    status = "adopted"
    population = 120_000
    population_year = 2023
    horizon_start = 2021
    horizon_end = 2030
    original_language = "cs"

    class Meta:
        model = StrategyPage


class ObjectiveFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: str(n + 1))
    title = factory.Sequence(lambda n: f"Cíl {n}")
    title_en = factory.Sequence(lambda n: f"Objective {n}")

    class Meta:
        model = Objective


class MeasureFactory(factory.django.DjangoModelFactory):
    objective = factory.SubFactory(ObjectiveFactory)
    number = factory.Sequence(lambda n: f"M{n}")
    text = factory.Sequence(lambda n: f"Opatření {n}")
    text_en = factory.Sequence(lambda n: f"Measure {n}")
    kind = "investment"

    class Meta:
        model = Measure


class IndicatorFactory(factory.django.DjangoModelFactory):
    measure = factory.SubFactory(MeasureFactory)
    name = "Households connected"
    unit = "households"
    baseline_value = 100
    baseline_year = 2020
    target_value = 500
    target_year = 2030

    class Meta:
        model = Indicator


class CodebookFactory(factory.django.DjangoModelFactory):
    version = factory.Sequence(lambda n: f"1.{n}")
    title = "Smart V4 codebook"
    introduction = "<p>How measures are classified.</p>"
    published_on = datetime.date(2026, 1, 15)
    is_current = True
    sample_share = 50

    class Meta:
        model = Codebook
        skip_postgeneration_save = True

    @factory.post_generation
    def rules(self, create, extracted, **kwargs):
        if create:
            CodebookRule.objects.create(
                codebook=self, code="R1", heading="Principal aim", rule="Tag the main aim."
            )
