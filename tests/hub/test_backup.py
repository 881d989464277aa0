"""Backup and restore: the demo content, backed up with `manage.py backup`, restored with
`manage.py restore` into a fresh instance (a new, empty database of the same kind and
an empty media folder), comes back identical: pages, translations, documents and their
files, download counts."""

import io
import json
import secrets
from contextlib import contextmanager

from django.core.management import CommandError, call_command
from django.db import connection

import pytest

from hub.materials.models import DownloadCount, HubDocument
from tests.utils import run_python

FINGERPRINT = """
import django, json
django.setup()
from tests.hub.test_backup import fingerprint
print(json.dumps(fingerprint()))
"""


def fingerprint():
    """Everything a visitor, an editor or a report would notice, as plain data."""
    from wagtail.models import Page

    return {
        "pages": [
            [p.path, p.locale.language_code, p.title, p.slug, p.live, p.translation_key.hex]
            for p in Page.objects.select_related("locale").order_by("path")
        ],
        "documents": [
            [d.pk, d.title, d.file.name, d.file_hash, d.collection_id]
            for d in HubDocument.objects.order_by("pk")
        ],
        "downloads": [
            [c.document_id, c.day.isoformat(), c.count]
            for c in DownloadCount.objects.order_by("document_id", "day")
        ],
    }


@contextmanager
def fresh_database(tmp_path):
    """The DATABASE_URL of a new, empty database of the kind the tests run on."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path}/fresh.sqlite3"
        return
    import psycopg2

    settings = connection.settings_dict
    name = f"hub_restore_{secrets.token_hex(4)}"
    server = psycopg2.connect(
        host=settings["HOST"],
        port=settings["PORT"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        dbname="postgres",
    )
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        user = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
        yield f"postgres://{user}@{settings['HOST']}:{settings['PORT']}/{name}"
    finally:
        with server.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


# Committed rows, so pg_dump sees them; the migrations' rows (site, locales, groups)
# loaded first and again afterwards, whatever transactional test ran before or after.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_content_survives_a_backup_and_a_restore_into_a_fresh_instance(
    client, tmp_path, mirroring_only
):
    mirroring_only("pl", "de")
    call_command("seed_demo", "--no-index", stdout=io.StringIO())
    for document in HubDocument.objects.order_by("pk")[:3]:
        for _ in range(2):
            response = client.get(document.url)
            assert response.status_code == 200
            b"".join(response.streaming_content)
    before = fingerprint()
    assert sum(count for _, _, count in before["downloads"]) == 6
    assert {page[1] for page in before["pages"]} >= {"en", "pl", "de"}

    out = io.StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    assert "Backup complete" in out.getvalue()

    with fresh_database(tmp_path) as database_url:
        env = {"DATABASE_URL": database_url, "MEDIA_ROOT": str(tmp_path / "media")}
        restored = run_python(
            args=["restore", str(tmp_path / "backup")],
            settings="hub.settings.dev",
            env=env,
            timeout=300,
        )
        assert restored.returncode == 0, restored.stderr
        assert "every document file checked" in restored.stdout
        after = run_python(FINGERPRINT, settings="hub.settings.dev", env=env)
        assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout.strip().splitlines()[-1]) == before


@pytest.mark.django_db
def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())
    with pytest.raises(CommandError, match="The database is not empty"):
        call_command("restore", str(tmp_path / "backup"), stdout=io.StringIO())


@pytest.mark.django_db
def test_backup_refuses_a_folder_in_use_and_restore_a_folder_that_is_no_backup(tmp_path):
    (tmp_path / "notes.txt").write_text("earlier work")
    with pytest.raises(CommandError, match="is not empty: give a new folder"):
        call_command("backup", str(tmp_path), stdout=io.StringIO())
    assert (tmp_path / "notes.txt").read_text() == "earlier work"
    with pytest.raises(CommandError, match="is not a backup of the hub"):
        call_command("restore", str(tmp_path), stdout=io.StringIO())


@pytest.mark.django_db
def test_restore_refuses_a_damaged_backup(tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())
    with open(tmp_path / "backup" / "media.tar", "ab") as archive:
        archive.write(b"bit rot")
    with pytest.raises(CommandError, match="media.tar in .* is missing or changed"):
        call_command("restore", str(tmp_path / "backup"), stdout=io.StringIO())


SQLITE_ROUND_TRIP = """
import sqlite3, sys
import django
django.setup()
from django.db import connection
from hub.operations.backup import dump_sqlite, load_sqlite
with connection.cursor() as cursor:
    print(cursor.execute("PRAGMA journal_mode").fetchone()[0])
    cursor.execute("CREATE TABLE note (words text)")
    cursor.execute("INSERT INTO note VALUES ('written while the site runs')")
dump_sqlite(sys.argv[1])
print(open(sys.argv[1], "rb").read(20)[18:20].hex())  # 0101: no write-ahead log
other = sqlite3.connect(sys.argv[2])  # a backup of a database with other pages
other.execute("PRAGMA page_size = 8192")
other.execute("CREATE TABLE note (words text)")
other.execute("INSERT INTO note VALUES ('restored')")
other.commit()
other.close()
load_sqlite(sys.argv[2])
with connection.cursor() as cursor:
    print(cursor.execute("SELECT words FROM note").fetchone()[0])
    print(cursor.execute("PRAGMA journal_mode").fetchone()[0])
"""


def test_a_sqlite_backup_is_one_file_and_any_backup_loads_into_the_logged_database(tmp_path):
    # The embedded database runs with a write-ahead log; a backup must not need one
    # (it would not open from a read-only folder) and must load whatever its page size.
    script = SQLITE_ROUND_TRIP.replace("sys.argv[1]", repr(str(tmp_path / "dump.sqlite3")))
    script = script.replace("sys.argv[2]", repr(str(tmp_path / "other.sqlite3")))
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/hub.sqlite3"}
    result = run_python(script, settings="hub.settings.dev", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-4:] == ["wal", "0101", "restored", "wal"]
