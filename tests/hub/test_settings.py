"""Settings are read from the environment; production refuses to start without its
secrets and passes Django's deploy checks when the documented variables are set."""

import json

import pytest

from tests.utils import PRODUCTION_ENV, run_python

SHOW_SETTINGS = """
import json

import pytest
from django.conf import settings
db = settings.DATABASES["default"]
print(json.dumps({
    "engine": db["ENGINE"], "name": str(db["NAME"]), "host": db.get("HOST"),
    "port": db.get("PORT"), "allowed_hosts": settings.ALLOWED_HOSTS,
    "media_root": str(settings.MEDIA_ROOT), "debug": settings.DEBUG,
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "base_url": settings.WAGTAILADMIN_BASE_URL,
    "docs_serve": settings.WAGTAILDOCS_SERVE_METHOD,
}))
"""


def settings_under(module, env):
    result = run_python(SHOW_SETTINGS, settings=module, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_default_needs_no_environment():
    shown = settings_under("hub.settings.dev", {})
    assert shown["engine"] == "django.db.backends.sqlite3"
    assert shown["name"].endswith("db.sqlite3")
    assert shown["search"] == "hub.security.search_backend"
    assert shown["debug"] is True


def test_production_reads_the_environment():
    shown = settings_under("hub.settings.production", PRODUCTION_ENV)
    assert shown["engine"] == "django.db.backends.postgresql"
    assert (shown["host"], shown["port"], shown["name"]) == ("db.internal", 5433, "impact")
    assert shown["allowed_hosts"] == ["hub.example.org", "www.hub.example.org"]
    assert shown["media_root"] == "/srv/impact/media"
    assert shown["base_url"] == "https://hub.example.org"
    assert shown["debug"] is False
    assert shown["docs_serve"] == "serve_view"


def test_base_settings_are_safe_without_environment():
    shown = settings_under("hub.settings.base", {})
    assert shown["debug"] is False
    assert shown["allowed_hosts"] == []


def test_production_without_secret_key_stops_with_one_sentence():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}
    result = run_python(args=["check"], settings="hub.settings.production", env=env)
    assert result.returncode != 0
    message = result.stderr.strip()
    assert message == (
        "IMPACT hub cannot start: set the environment variable SECRET_KEY "
        "(see 'Environment variables' in the README)."
    )


def test_production_without_secret_key_and_database_names_both():
    result = run_python(args=["check"], settings="hub.settings.production", env={})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "SECRET_KEY and DATABASE_URL" in result.stderr


def test_deploy_checks_are_clean_in_production():
    result = run_python(
        args=["check", "--deploy", "--fail-level", "WARNING"],
        settings="hub.settings.production",
        env=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_checks_warn_of_a_page_cache_per_process():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "CACHE_URL"}
    result = run_python(
        args=["check", "--deploy", "--fail-level", "WARNING"],
        settings="hub.settings.production",
        env=env,
    )
    assert result.returncode != 0
    assert "hub.W001" in result.stderr and "CACHE_URL=redis://" in result.stderr
    # The search rate limits would be counted per process too.
    assert "hub.W002" in result.stderr


@pytest.mark.parametrize("rate", ["lots", "100/0m"])
def test_a_malformed_search_rate_stops_start_up_with_a_message(rate):
    result = run_python(
        args=["check"],
        settings="hub.settings.production",
        env={**PRODUCTION_ENV, "SEARCH_RATE_LIMIT": rate},
    )
    assert result.returncode != 0
    assert f"SEARCH_RATE_LIMIT must look like 120/m (or be off), not '{rate}'." in result.stderr


MACHINE = """
import json

import pytest
from django.conf import settings
print(json.dumps(getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)))
"""


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, None),
        (
            {"MACHINE_TRANSLATOR": "deepl", "DEEPL_AUTH_KEY": "k"},
            "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        ),
        (
            {"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "https://lt.example"},
            "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        ),
    ],
)
def test_machine_translation_is_off_unless_configured(env, expected):
    result = run_python(MACHINE, settings="hub.settings.dev", env=env)
    configured = json.loads(result.stdout.strip().splitlines()[-1])
    assert (configured and configured["CLASS"]) == expected


READ_DURING_A_WRITE = """
import django
django.setup()
from django.db import connections
writer, reader = (connections.create_connection("default") for _ in range(2))
with writer.cursor() as cursor:
    cursor.execute("CREATE TABLE visit (n integer)")
    cursor.execute("INSERT INTO visit VALUES (1)")
    print(cursor.execute("PRAGMA journal_mode").fetchone()[0])
    cursor.execute("BEGIN EXCLUSIVE")  # a save holding the write lock
    cursor.execute("INSERT INTO visit VALUES (2)")
    with reader.cursor() as reading:
        reading.execute("PRAGMA busy_timeout = 0")  # a lock fails at once, not in 5 s
        print(reading.execute("SELECT count(*) FROM visit").fetchone()[0])
"""


def test_the_embedded_database_reads_while_a_write_holds_its_lock(tmp_path):
    # With SQLite's default journal, a visitor's page would wait for (or fail on) any
    # write: a counted search or download, an editor's save. A write-ahead log reads on.
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/hub.sqlite3"}
    result = run_python(READ_DURING_A_WRITE, settings="hub.settings.dev", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "1"]


def test_blank_variables_count_as_unset_and_lists_are_trimmed():
    """As an env file leaves them (`MEDIA_ROOT=`, `ALLOWED_HOSTS=a, b,`), read through
    django-environ."""
    shown = settings_under(
        "hub.settings.production",
        {**PRODUCTION_ENV, "ALLOWED_HOSTS": " hub.example.org , www.hub.example.org ,",
         "MEDIA_ROOT": "  ", "BASE_URL": ""},
    )  # fmt: skip
    assert shown["allowed_hosts"] == ["hub.example.org", "www.hub.example.org"]
    assert shown["media_root"].endswith("/media") and shown["media_root"] != "  "
    assert shown["base_url"] == "http://127.0.0.1:8000"
