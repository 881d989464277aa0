import factory
import wagtail_factories

from hub.taxonomy.models import MethodCategory, term
from toolkits.models import MethodPage, ToolkitIndexPage, ToolkitPage


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkits"
    slug = "toolkits"

    class Meta:
        model = ToolkitIndexPage


class ToolkitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit {n}")
    intro = factory.Sequence(lambda n: f"Introduction to toolkit {n}.")

    class Meta:
        model = ToolkitPage


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Method {n}")
    summary = factory.Sequence(lambda n: f"Summary of method {n}.")
    category = factory.LazyFunction(lambda: term(MethodCategory, "stakeholder-involvement"))
    good_for = "Bringing different views into one room."
    duration_min = 60
    duration_max = 90
    group_min = 6
    group_max = 24
    difficulty = "intermediate"
    setting = "on-site"
    materials_needed = "Flip chart\nSticky notes"

    class Meta:
        model = MethodPage
