from wagtail.models import Site

import pytest


@pytest.fixture
def site(db):
    """The default site, whose root is the English home page made by migration."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    return site.root_page.specific


def pytest_report_header(config):
    from django.db import connection

    return f"database: {connection.vendor}"
