import pytest

from hub.factories import UserFactory
from hub.taxonomy.models import GreenDealArea, SDGTarget, term
from strategies.factories import (
    CodebookFactory,
    IndicatorFactory,
    MeasureFactory,
    ObjectiveFactory,
    StrategyIndexPageFactory,
    StrategyPageFactory,
)


@pytest.fixture
def strategy_index(home_page):
    return StrategyIndexPageFactory(parent=home_page)


@pytest.fixture
def strategy(strategy_index):
    """A strategy of two objectives and four costed measures, one with a full
    indicator."""
    page = StrategyPageFactory(parent=strategy_index, budget=1000, population=100_000)
    energy = ObjectiveFactory(strategy=page, number="1", sort_order=1)
    mobility = ObjectiveFactory(strategy=page, number="2", sort_order=2)
    measures = [
        MeasureFactory(objective=energy, number="1.1", budget=400, status="under-way"),
        MeasureFactory(objective=energy, number="1.2", budget=100),
        MeasureFactory(objective=mobility, number="2.1", budget=300, status="done"),
        MeasureFactory(objective=mobility, number="2.2", budget=200),
    ]
    IndicatorFactory(measure=measures[0])
    page.measure_list = measures
    return page


@pytest.fixture
def codebook():
    return CodebookFactory()


def group_user(name, group):
    from django.contrib.auth.models import Group

    user = UserFactory(username=name)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def coders():
    return group_user("coder-a", "Strategy coders"), group_user("coder-b", "Strategy coders")


@pytest.fixture
def moderator():
    return group_user("moderator", "Moderators")


def target(code):
    return term(SDGTarget, code)


def area(slug):
    return term(GreenDealArea, slug)
