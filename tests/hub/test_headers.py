"""Security headers of the public site and the admin: a Content-Security-Policy that
allows no inline code on public pages, a report-only one on the admin, violations
logged; the other headers are asserted by the page cache tests and under production
settings in test_settings."""

import json
import logging

from django.core.cache import cache

import pytest
import time_machine

from tests.utils import PRODUCTION_ENV, member_of, run_python

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_enforce_a_policy_without_inline_code(client, home_page, case_index):
    for url in [home_page.url, case_index.url, "/en/search/?q=energy", "/en/no-such-page/"]:
        response = client.get(url)
        policy = directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert "'unsafe-eval'" not in response["Content-Security-Policy"], url
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
        assert policy["report-uri"] == ["/csp-report/"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_pages_have_no_inline_script_or_style(client, home_page, case_index):
    """What the policy would block: a page relying on it would break for visitors."""
    for url in [home_page.url, case_index.url, "/en/search/?q=energy"]:
        html = client.get(url).content.decode()
        scripts = html.split("<script")[1:]
        assert all(
            'type="application/ld+json"' in s.split(">")[0] or " src=" in s.split(">")[0]
            for s in scripts
        ), url
        assert " style=" not in html and "<style" not in html, url
        assert " onclick=" not in html and "javascript:" not in html, url


def test_the_admin_reports_but_does_not_enforce(client):
    client.force_login(member_of("Editors"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "report-uri /csp-report/" in response["Content-Security-Policy-Report-Only"]


def test_violation_reports_are_logged(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://hub.example.org/en/",
            "violated-directive": "script-src 'self'",
            "blocked-uri": "https://evil.example/x.js",
        }
    }
    with caplog.at_level(logging.WARNING, logger="hub.csp"):
        response = client.post(
            "/csp-report/", json.dumps(report), content_type="application/csp-report"
        )
    assert response.status_code == 204
    assert "blocked https://evil.example/x.js on https://hub.example.org/en/" in caplog.text


@pytest.mark.parametrize(
    "body",
    ["not json", "[1, 2]", '{"other": 1}', '{"csp-report": "text"}', "[" * 15_000],
    ids=["text", "list", "no-report", "report-not-object", "nested-too-deep"],
)
def test_malformed_reports_get_a_400(client, body):
    response = client.post("/csp-report/", body, content_type="application/csp-report")
    assert response.status_code == 400
    assert b"csp-report" in response.content


def test_oversized_reports_get_a_413_and_other_methods_a_405(client):
    big = json.dumps({"csp-report": {"blocked-uri": "x" * 20_000}})
    response = client.post("/csp-report/", big, content_type="application/csp-report")
    assert response.status_code == 413
    assert client.get("/csp-report/").status_code == 405


def test_a_report_cannot_write_a_log_line_of_its_own(client, caplog):
    """Control characters in any field (a newline, a carriage return, an escape code,
    a Unicode line separator) are escaped: one record, on one line."""
    forged = "\n2026-06-01 10:00:00 CRITICAL django: admin signed in\r\x1b[2J\u2028"
    report = {
        "csp-report": {
            name: name + forged
            for name in ("document-uri", "violated-directive", "effective-directive",
                         "blocked-uri")
        }
    }  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="hub.csp"):
        response = client.post("/csp-report/", json.dumps(report), content_type="application/json")
    assert response.status_code == 204
    (record,) = [r for r in caplog.records if r.name == "hub.csp"]
    message = record.getMessage()
    assert message.isprintable() and message.isascii()
    assert "blocked-uri\\n2026-06-01" in message  # escaped, still readable
    assert "document-uri\\n2026" in message and "violated-directive\\n" in message


@pytest.fixture
def limited_reports(settings):
    """Three reports a minute, in a minute that stands still."""
    settings.RATELIMIT_ENABLE = True
    settings.CSP_REPORT_RATE_LIMIT = "3/m"
    cache.clear()
    with time_machine.travel("2026-06-01 10:00:30 +0000", tick=False):
        yield
    cache.clear()


def test_reports_past_the_rate_get_a_429_and_are_not_logged(client, caplog, limited_reports):
    report = json.dumps({"csp-report": {"blocked-uri": "inline"}})
    with caplog.at_level(logging.WARNING, logger="hub.csp"):
        for _n in range(3):
            assert (
                client.post("/csp-report/", report, content_type="application/json").status_code
                == 204
            )
        refused = client.post("/csp-report/", report, content_type="application/json")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "wait a minute" in refused.content.decode()
    assert len([r for r in caplog.records if r.name == "hub.csp"]) == 3
    elsewhere = client.post(
        "/csp-report/", report, content_type="application/json", REMOTE_ADDR="198.51.100.7"
    )
    assert elsewhere.status_code == 204


def test_a_report_with_a_wrong_length_is_refused_not_a_500(client):
    report = json.dumps({"csp-report": {"blocked-uri": "inline"}})
    for length in ("abc", "9" * 5000, "-1"):
        response = client.post(
            "/csp-report/", report, content_type="application/json", CONTENT_LENGTH=length
        )
        assert response.status_code in (204, 400, 413), length


PRODUCTION_HEADERS = """
import django, json
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
client = Client(HTTP_HOST="hub.example.org")
login = client.get("/admin/login/", secure=True)
plain = client.get("/en/", secure=False)
evil = Client(HTTP_HOST="evil.example", raise_request_exception=False).get("/en/", secure=True)
page = client.get("/en/", secure=True)
from hub.factories import UserFactory
user = UserFactory(username="ada", is_superuser=True)
user.set_password("a long enough passphrase")
user.save()
signed_in = client.post(
    "/admin/login/", {"username": "ada", "password": "a long enough passphrase"}, secure=True
)
def flags(cookies):
    (name, cookie), = [(name, cookie) for name, cookie in cookies.items() if cookie.value]
    return {"name": name, "secure": bool(cookie["secure"]), "httponly": bool(cookie["httponly"]),
            "samesite": cookie["samesite"]}
print(json.dumps({
    "login": [login.status_code, dict(login.items())],
    "csrf_cookie": flags(login.cookies),
    "session_cookie": [signed_in.status_code, flags(
        {k: v for k, v in signed_in.cookies.items() if "session" in k})],
    "plain": [plain.status_code, plain.get("Location")],
    "evil": evil.status_code,
    "page": [page.status_code, dict(page.items())],
}))
"""


def test_production_sends_hsts_secure_cookies_and_refuses_other_hosts(tmp_path, production_static):
    result = run_python(
        PRODUCTION_HEADERS,
        settings="hub.settings.production",
        env={
            **PRODUCTION_ENV,
            "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
            "CACHE_URL": "locmem://",
            "STATIC_ROOT": str(production_static),
            "MEDIA_ROOT": str(tmp_path / "media"),
        },
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    status, headers = seen["page"]
    assert status == 200
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    status, headers = seen["login"]
    assert status == 200
    assert "Content-Security-Policy" not in headers  # the admin's policy only reports
    assert "report-uri /csp-report/" in headers["Content-Security-Policy-Report-Only"]
    assert seen["csrf_cookie"] == {
        "name": "__Secure-csrftoken", "secure": True, "httponly": False, "samesite": "Lax"
    }  # fmt: skip
    assert seen["session_cookie"] == [
        302,
        {"name": "__Secure-sessionid", "secure": True, "httponly": True, "samesite": "Lax"},
    ]
    assert seen["plain"] == [301, "https://hub.example.org/en/"]
    assert seen["evil"] == 400


def test_sign_in_is_paused_after_five_wrong_passwords(client):
    editor = member_of("Editors", username="ada")
    editor.set_password("the right passphrase")
    editor.save()
    wrong = {"username": "ada", "password": "a wrong guess"}
    for _ in range(4):
        response = client.post("/admin/login/", wrong)
        assert response.status_code == 200  # the form again, with its error
    response = client.post("/admin/login/", wrong)
    assert response.status_code == 429
    assert "Too many attempts to sign in" in response.content.decode()
    # Even the right password waits now; another account does not.
    right = {"username": "ada", "password": "the right passphrase"}
    assert client.post("/admin/login/", right).status_code == 429
    other = member_of("Editors", username="grace")
    other.set_password("another passphrase")
    other.save()
    response = client.post("/admin/login/", {"username": "grace", "password": "another passphrase"})
    assert response.status_code == 302
