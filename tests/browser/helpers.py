"""What the browser tests share besides fixtures."""

import re

import pytest
from playwright.sync_api import expect

PASSWORD = "a-long-test-password"  # UserFactory's

# Every browser test needs the rows made by migrations (site, locales, groups,
# taxonomies) back after the previous test's flush.
BROWSER_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in(page, username):
    """Sign in to the admin through its login form, as a person does."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page


def mirror_into(*language_codes):
    """Mirror the English tree into these partner languages only, as the admin does for
    all nine: the tests visit two of them, and each language takes a second or so."""
    from wagtail_localize.models import LocaleSynchronization

    synchronizations = LocaleSynchronization.objects.filter(
        locale__language_code__in=language_codes
    )
    for synchronization in synchronizations:
        synchronization.sync_trees()
