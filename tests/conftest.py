from wagtail.models import Site

import pytest

# Every search surface is tested against each engine (tests/search, tests/security).
from tests.engines import engine, engine_url, share_engine_with_workers  # noqa: F401

# Tasks queued in the database and run by the real worker, where a test asks for it.
from tests.tasks import database_tasks  # noqa: F401
from tests.utils import PRODUCTION_ENV, run_python


@pytest.fixture(autouse=True)
def source_language_afterwards():
    """Every test leaves the source language active: a request to /pl/ activates Polish
    for the rest of the thread (LocaleMiddleware never deactivates it)."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_generation():
    """Every test starts a new cache generation, and without Wagtail's cached site root
    paths: what is kept in the cache must not outlive the rows a test rolls back."""
    from hub import caching

    caching.invalidate()
    Site.clear_site_root_paths_cache()


@pytest.fixture
def site(db):
    """The default site, whose root is the English home page made by migration."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    return site.root_page.specific


def pytest_configure(config):
    share_engine_with_workers(config)


def pytest_report_header(config):
    from django.db import connection

    return f"database: {connection.vendor}"


def pytest_collection_modifyitems(config, items):
    """Tests parametrized over no engine (HUB_TEST_ENGINES left theirs out) are
    deselected, not skipped: they run in the CI pass that chooses those engines."""
    kept, unchosen = [], []
    for item in items:
        engines = [
            mark.args[1] for mark in item.iter_markers("parametrize") if mark.args[0] == "engine"
        ]
        (unchosen if engines and not list(engines[0]) else kept).append(item)
    if unchosen:
        config.hook.pytest_deselected(items=unchosen)
        items[:] = kept


@pytest.fixture
def case_index(home_page):
    from cases.factories import CaseIndexPageFactory

    return CaseIndexPageFactory(parent=home_page)


@pytest.fixture
def toolkit_index(home_page):
    from toolkits.factories import ToolkitIndexPageFactory

    return ToolkitIndexPageFactory(parent=home_page)


@pytest.fixture
def toolkit(toolkit_index):
    from toolkits.factories import ToolkitPageFactory

    return ToolkitPageFactory(parent=toolkit_index)


@pytest.fixture
def course_index(home_page):
    from courses.factories import CourseIndexPageFactory

    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def module(course_index):
    from courses.factories import CourseModulePageFactory

    return CourseModulePageFactory(parent=course_index)


@pytest.fixture
def image():
    from hub.factories import ImageFactory

    return ImageFactory()


@pytest.fixture
def redis_unreachable(settings):
    """The cache as when Redis is down: nothing listens on port 9, so every call fails."""
    settings.CACHES = {
        "default": {
            "BACKEND": "hub.caching.backends.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.25},
        }
    }


@pytest.fixture
def mirror():
    """Mirror the English tree into every partner locale, as seed_demo and the admin do,
    or into the languages given (each one costs a copy of every page)."""
    from wagtail_localize.models import LocaleSynchronization

    def run(*languages):
        synchronizations = LocaleSynchronization.objects.all()
        if languages:
            synchronizations = synchronizations.filter(locale__language_code__in=languages)
        for synchronization in synchronizations:
            synchronization.sync_trees()

    return run


@pytest.fixture
def mirroring_only():
    """Let seed_demo (and the admin) translate and mirror the English tree into the
    languages given only: each partner language costs a translation or a copy of every
    demo page."""
    from wagtail_localize.models import LocaleSynchronization

    def run(*languages):
        assert LocaleSynchronization.objects.count() == 9  # as the migrations set it up
        LocaleSynchronization.objects.exclude(locale__language_code__in=languages).delete()

    return run


@pytest.fixture
def editor_client(client):
    """A client logged in as a member of the Editors group."""
    from django.contrib.auth.models import Group

    from hub.factories import UserFactory

    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


@pytest.fixture
def translator():
    """A member of `Translators (pl)`, and nothing else."""
    from django.contrib.auth.models import Group

    from hub.factories import UserFactory

    user = UserFactory(username="pl-translator")
    user.groups.add(Group.objects.get(name="Translators (pl)"))
    return user


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """STATIC_ROOT with the static files collected under production settings (hashed
    names in a manifest), for tests that render pages as production serves them."""
    root = tmp_path_factory.mktemp("static")
    result = run_python(
        args=["collectstatic", "--noinput", "-v0"],
        settings="hub.settings.production",
        env={**PRODUCTION_ENV, "STATIC_ROOT": str(root)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return root
