from decimal import Decimal

import factory
import wagtail_factories

from courses.models import CourseIndexPage, CourseModulePage, UnitPage
from hub.taxonomy.models import EQFLevel, term


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = "courses"

    class Meta:
        model = CourseIndexPage


class CourseModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    summary = factory.Sequence(lambda n: f"Summary of module {n}.")
    ects = Decimal("12")
    eqf_level = factory.LazyFunction(lambda: term(EQFLevel, 7))
    language = "en"

    class Meta:
        model = CourseModulePage


class UnitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Unit {n}")
    summary = factory.Sequence(lambda n: f"Summary of unit {n}.")
    workload_hours = 50

    class Meta:
        model = UnitPage
