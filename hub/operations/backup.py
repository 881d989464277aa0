"""Backups an operator can restore into a fresh instance: the database with its own tool
(pg_dump's custom format for PostgreSQL, SQLite's online backup for the embedded
default), the media folder (documents, pictures, renditions) as a tar file, and a
manifest with what the backup holds, which the restore checks before it reports done.

`manage.py backup FOLDER` writes:
    database.pgdump or database.sqlite3
    media.tar
    manifest.json   counts of pages, translations, documents and downloads, and the
                    SHA-1 of every document file (Wagtail's file_hash)

`manage.py restore FOLDER` loads it into an empty database and media folder."""

import hashlib
import json
import os
import sqlite3
import subprocess
import tarfile
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import CommandError
from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from wagtail.utils.file import hash_filelike

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media.tar"
DUMPS = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(CommandError):
    """Something the operator must fix; the message says what (the commands print it
    as their error)."""


def snapshot():
    """What a restore must bring back, as numbers and file checksums."""
    from wagtail.models import Page

    from hub.materials.models import DownloadCount, HubDocument

    pages = Page.objects.exclude(depth=1)
    return {
        "pages": pages.count(),
        "live_pages": pages.filter(live=True).count(),
        "translations": pages.exclude(locale__language_code=settings.LANGUAGE_CODE).count(),
        "locales": sorted(pages.values_list("locale__language_code", flat=True).distinct()),
        "documents": HubDocument.objects.count(),
        "downloads": DownloadCount.objects.aggregate(total=Sum("count"))["total"] or 0,
        "document_files": {
            document.file.name: document.file_hash
            for document in HubDocument.objects.order_by("pk")
        },
    }


def _database_parameters():
    database = settings.DATABASES["default"]
    return database, {
        **os.environ,
        "PGHOST": str(database.get("HOST") or ""),
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": str(database.get("USER") or ""),
        "PGPASSWORD": str(database.get("PASSWORD") or ""),
        "PGDATABASE": str(database["NAME"]),
    }


def _media_root():
    if not isinstance(default_storage, FileSystemStorage):
        raise BackupError(
            "Media are not in a folder (STORAGES['default'] is not the file system): back "
            "them up with the storage's own versioning or replication."
        )
    return Path(settings.MEDIA_ROOT)


def _run(command, env):
    try:
        # The command and its arguments are ours; only file names come from the operator.
        result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} is not installed; it comes with PostgreSQL's client package."
        ) from error
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:500]}")


def backup(folder, log=print):
    """Write a backup of the database and the media into `folder` (new or empty)."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty: give a new folder for each backup.")
    folder.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    vendor = connection.vendor
    if vendor not in DUMPS:
        raise BackupError(f"Backups cover PostgreSQL and SQLite, not {vendor}.")
    media_root = _media_root()

    log("Reading what the backup must hold ...")
    manifest = {
        "format": FORMAT,
        "made_at": timezone.now().isoformat(),
        "database": vendor,
        "contents": snapshot(),
    }
    dump = folder / DUMPS[vendor]
    log(f"Backing up the database to {dump.name} ...")
    database, env = _database_parameters()
    if vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-acl", "--file", dump], env)
    else:
        dump_sqlite(dump)

    log(f"Backing up the media folder {media_root} to {MEDIA} ...")
    with tarfile.open(folder / MEDIA, "w") as archive:
        if media_root.exists():
            archive.add(media_root, arcname=".")
    manifest["files"] = {name: _sha256(folder / name) for name in (dump.name, MEDIA)}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    contents = manifest["contents"]
    log(
        f"Backup complete in {time.monotonic() - started:.1f} s: {contents['pages']} pages "
        f"({contents['translations']} translations), {contents['documents']} documents, "
        f"{contents['downloads']} downloads counted."
    )
    return manifest


def read_manifest(folder):
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text())
    except FileNotFoundError as error:
        raise BackupError(f"{path} is missing: {folder} is not a backup of the hub.") from error
    except ValueError as error:
        raise BackupError(f"{path} is damaged: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a backup manifest this version can read.")
    for name, checksum in manifest.get("files", {}).items():
        if not (Path(folder) / name).exists() or _sha256(Path(folder) / name) != checksum:
            raise BackupError(f"{name} in {folder} is missing or changed since the backup.")
    return manifest


def _database_is_empty():
    return not connection.introspection.table_names()


def dump_sqlite(dump):
    """Copy the running SQLite database to the file `dump`, consistent while the site
    runs. The copy is switched from the site's write-ahead log to a plain journal: a
    backup is one file, which opens from a read-only folder."""
    connection.ensure_connection()
    target = sqlite3.connect(dump)
    try:
        connection.connection.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def load_sqlite(dump):
    """Replace this instance's SQLite database with the file `dump`, through SQLite's
    backup API: a copied file would have the write-ahead log beside it replayed over it.
    The log is off while loading, since SQLite cannot load a backup of another page size
    into a database that runs with one; the next connection turns it on again (the
    settings' init_command)."""
    connection.ensure_connection()
    source = sqlite3.connect(f"{Path(dump).resolve().as_uri()}?immutable=1", uri=True)
    try:
        connection.connection.execute("PRAGMA journal_mode=DELETE")
        source.backup(connection.connection)
    finally:
        source.close()
        connection.close()


def restore(folder, log=print):
    """Load the backup in `folder` into this instance's empty database and media folder,
    then check that pages, translations, documents and downloads are all back."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    vendor = connection.vendor
    if manifest["database"] != vendor:
        raise BackupError(
            f"This backup is of a {manifest['database']} database; this instance uses "
            f"{vendor}. Restore it into a {manifest['database']} database."
        )
    if not _database_is_empty():
        raise BackupError(
            "The database is not empty: restore into a fresh instance (a new, empty "
            "database), so that nothing in it is overwritten."
        )
    media_root = _media_root()
    if media_root.exists() and any(media_root.iterdir()):
        raise BackupError(f"The media folder {media_root} is not empty.")
    started = time.monotonic()

    dump = folder / DUMPS[vendor]
    log(f"Restoring the database from {dump.name} ...")
    database, env = _database_parameters()
    if vendor == "postgresql":
        options = ["--no-owner", "--no-acl", "--exit-on-error", "--dbname", database["NAME"]]
        _run(["pg_restore", *options, dump], env)
    else:
        load_sqlite(dump)

    log(f"Restoring the media folder into {media_root} ...")
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA) as archive:
        archive.extractall(media_root, filter="data")  # no paths outside the folder

    log("Checking what was restored against the backup's manifest ...")
    found = snapshot()
    expected = manifest["contents"]
    wrong = [key for key in expected if found.get(key) != expected[key]]
    files = found["document_files"]
    unreadable = [name for name in files if not (media_root / name).is_file()]
    changed = [
        name
        for name in files
        if name not in unreadable and files[name] and _sha1(media_root / name) != files[name]
    ]
    problems = [
        f"{key}: {found[key]!r} instead of {expected[key]!r}"
        for key in wrong
        if key != "document_files"
    ]
    if "document_files" in wrong:
        problems.append("the documents' files are not those backed up")
    if unreadable:
        problems.append(f"document files missing: {', '.join(unreadable[:5])}")
    if changed:
        problems.append(f"document files changed: {', '.join(changed[:5])}")
    if problems:
        raise BackupError("The restore differs from the backup: " + "; ".join(problems))
    log(
        f"Restore complete in {time.monotonic() - started:.1f} s: {found['pages']} pages "
        f"({found['translations']} translations), {found['documents']} documents, "
        f"{found['downloads']} downloads counted, every document file checked."
    )
    return found


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _sha1(path):
    """As Wagtail computes a document's file_hash."""
    with open(path, "rb") as file:
        return hash_filelike(file)
