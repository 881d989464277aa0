import factory
import wagtail_factories

from cases.models import CaseIndexPage, CasePage
from hub.taxonomy.models import Country, OrganisationType, Sector, term


class CaseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cases"
    slug = "cases"
    intro = "Best-practice cases of sustainability-oriented innovation."

    class Meta:
        model = CaseIndexPage


class CasePageFactory(wagtail_factories.PageFactory):
    """A case with its key facts filled. Pass `sdgs=[...]`, `green_deal_areas=[...]` or
    `method_links=[CaseMethod(method=...)]` to set relations."""

    title = factory.Sequence(lambda n: f"Case {n}: closing the loop")
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    summary = factory.Sequence(lambda n: f"Summary of case {n}.")
    country = factory.LazyFunction(lambda: term(Country, "DE"))
    sector = factory.LazyFunction(lambda: term(Sector, "C"))
    organisation_type = factory.LazyFunction(lambda: term(OrganisationType, "sme"))
    organisation_size = "medium"
    year_start = 2021
    year_end = 2024
    challenge = factory.LazyAttribute(lambda o: f"<p>{o.organisation} faced rising costs.</p>")
    what_was_done = "<p>They redesigned the process with their suppliers.</p>"
    results = "<p>Energy use fell by a third.</p>"

    class Meta:
        model = CasePage
