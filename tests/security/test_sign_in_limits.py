"""Sign-in pauses (django-axes) against password spraying: one address trying a password
on many accounts is paused across all of them, while another address still signs in,
and the pause of one account from one address stays as it was."""

import pytest

from tests.utils import member_of

pytestmark = pytest.mark.django_db

SPRAYER = "203.0.113.66"
GUESS = "Summer2026!"  # noqa: S105 - the one password a sprayer tries everywhere


@pytest.fixture
def ada():
    user = member_of("Editors", username="ada")
    user.set_password("the right passphrase")
    user.save()
    return {"username": "ada", "password": "the right passphrase"}


def sign_in(client, address, username, password=GUESS):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_one_password_on_many_accounts_pauses_the_address(client, settings, ada):
    limit = settings.HUB_ADDRESS_FAILURE_LIMIT
    assert limit > settings.AXES_FAILURE_LIMIT  # an office behind one address has room
    for n in range(limit - 1):
        assert sign_in(client, SPRAYER, f"editor{n}").status_code == 200  # the form again
    paused = sign_in(client, SPRAYER, f"editor{limit}")
    assert paused.status_code == 429
    page = paused.content.decode()
    assert "Too many attempts to sign in" in page
    assert f"{limit} wrong passwords were given from your address" in page
    assert "for any account" in page
    # The address is paused for every account, even with the right password ...
    assert sign_in(client, SPRAYER, ada["username"], ada["password"]).status_code == 429
    # ... and nowhere else.
    assert sign_in(client, "198.51.100.7", ada["username"], ada["password"]).status_code == 302


def test_signing_into_ones_own_account_does_not_reset_the_address(client, settings, ada):
    """A partner with an account cannot spray, sign in, and spray again."""
    limit = settings.HUB_ADDRESS_FAILURE_LIMIT
    for n in range(limit - 1):
        sign_in(client, SPRAYER, f"editor{n}")
    assert sign_in(client, SPRAYER, ada["username"], ada["password"]).status_code == 302
    client.logout()
    assert sign_in(client, SPRAYER, "editor-next").status_code == 429


def test_one_accounts_pause_still_says_it_is_that_account(client, ada):
    for _ in range(5):
        response = sign_in(client, SPRAYER, "ada")
    assert response.status_code == 429
    assert "This account was given a wrong password 5 times from your address" in (
        response.content.decode()
    )
