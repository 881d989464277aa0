"""Parent and child rules: editors cannot build a nonsense tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cases.models import CaseIndexPage, CasePage
from courses.models import CourseIndexPage, CourseModulePage, UnitPage
from hub.models import HomePage
from strategies.models import StrategyIndexPage, StrategyPage
from toolkits.models import MethodPage, ToolkitIndexPage, ToolkitPage


class PageTreeRules(WagtailPageTestCase):
    def test_home_holds_the_four_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {CaseIndexPage, ToolkitIndexPage, CourseIndexPage, StrategyIndexPage}
        )

    def test_strategies(self):
        self.assertAllowedSubpageTypes(StrategyIndexPage, {StrategyPage})
        self.assertAllowedParentPageTypes(StrategyPage, {StrategyIndexPage})
        self.assertAllowedSubpageTypes(StrategyPage, set())

    def test_cases(self):
        self.assertAllowedSubpageTypes(CaseIndexPage, {CasePage})
        self.assertAllowedParentPageTypes(CasePage, {CaseIndexPage})
        self.assertAllowedSubpageTypes(CasePage, set())

    def test_toolkits(self):
        self.assertAllowedSubpageTypes(ToolkitIndexPage, {ToolkitPage})
        self.assertAllowedSubpageTypes(ToolkitPage, {MethodPage})
        self.assertAllowedParentPageTypes(MethodPage, {ToolkitPage})
        self.assertAllowedSubpageTypes(MethodPage, set())

    def test_courses(self):
        self.assertAllowedSubpageTypes(CourseIndexPage, {CourseModulePage})
        self.assertAllowedSubpageTypes(CourseModulePage, {UnitPage})
        self.assertAllowedParentPageTypes(UnitPage, {CourseModulePage})

    def test_nonsense_is_refused(self):
        self.assertCanNotCreateAt(HomePage, CasePage)
        self.assertCanNotCreateAt(CaseIndexPage, MethodPage)
        self.assertCanNotCreateAt(ToolkitIndexPage, MethodPage)
        self.assertCanNotCreateAt(CourseIndexPage, UnitPage)
