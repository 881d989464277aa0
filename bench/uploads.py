"""Uploads (RELIABILITY L3): ten 10 MB documents sent at once through the admin's
document form, as editors' browsers send them; every one must be stored whole, and
the worker's peak memory is read before and after. One sync worker takes them in turn
(the rest wait in the listen queue, as under a burst); Django spools uploads over 2.5 MB
to temporary files, so the worker should grow by less than one upload."""

import concurrent.futures
import hashlib
import io
import secrets
import time
import urllib.request
import zipfile

from bench.common import peak_rss_mb, step

UPLOADS = 10
UPLOAD_MB = 10
BUDGET_MB = UPLOAD_MB  # held in memory, a single upload would exceed it

# An editor's session and a CSRF token, made as signing in would make them.
SETUP = """
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from wagtail.models import Collection
from hub.users.models import User

user = User.objects.create_superuser("bench-editor", "bench@example.org", None)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(json.dumps({"session": session.session_key,
                  "session_cookie": settings.SESSION_COOKIE_NAME,
                  "csrf_cookie": settings.CSRF_COOKIE_NAME,
                  "collection": Collection.get_first_root_node().pk}))
"""

# What was stored: Wagtail's SHA-1 of each uploaded file, by title.
STORED = """
from wagtail.documents import get_document_model
found = get_document_model().objects.filter(title__regex=r"^bench-upload-[0-9]+$")
print(json.dumps({d.title: d.file_hash for d in found}))
"""


def zip_of(megabytes):
    """A valid ZIP (the upload validation opens archives) of incompressible data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("data.bin", secrets.token_bytes(megabytes * 1024 * 1024))
    return buffer.getvalue()


def multipart(fields, name, filename, content):
    boundary = secrets.token_hex(16)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
        f'filename="{filename}"\r\nContent-Type: application/zip\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


def upload(site, account, n, content):
    token = secrets.token_hex(16)  # a CSRF secret: cookie and form field must match
    body, boundary = multipart(
        {
            "csrfmiddlewaretoken": token,
            "title": f"bench-upload-{n}",
            "collection": account["collection"],
            "language": "en",
        },
        "file",
        f"bench-upload-{n}.zip",
        content,
    )
    request = urllib.request.Request(
        site.url + "/admin/documents/add/",
        data=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Cookie": f"{account['session_cookie']}={account['session']}; "
            f"{account['csrf_cookie']}={token}",
        },
    )
    # Saved: a redirect to the documents' list (followed); refused: the form again.
    with urllib.request.urlopen(request, timeout=300) as response:
        return response.url.endswith("/admin/documents/")


def run(site):
    step(f"{UPLOADS} parallel uploads of {UPLOAD_MB} MB through the admin")
    account = site.python(SETUP)
    contents = [zip_of(UPLOAD_MB) for _ in range(UPLOADS)]
    site.start(workers=1)
    try:
        worker = site.workers()[0]
        upload(site, account, "warm-up", zip_of(1))  # the admin's code and templates
        before = peak_rss_mb(worker)
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(UPLOADS) as pool:
            answers = list(
                pool.map(lambda n: upload(site, account, n, contents[n]), range(UPLOADS))
            )
        seconds = time.perf_counter() - started
        growth = peak_rss_mb(worker) - before
    finally:
        site.stop()
    stored = site.python(STORED)
    sent = sorted(hashlib.sha1(content).hexdigest() for content in contents)  # noqa: S324
    return {
        "uploads": UPLOADS,
        "megabytes_each": round(len(contents[0]) / 1e6, 1),
        "accepted": sum(answers),
        "stored": len(stored),
        "stored_whole": sorted(stored.values()) == sent,
        "seconds": round(seconds, 2),
        "worker_peak_rss_increase_MB": round(growth, 1),
        "budget_MB": BUDGET_MB,
    }


def holds(result):
    return (
        result["accepted"] == result["uploads"]
        and result["stored_whole"]
        and result["worker_peak_rss_increase_MB"] < result["budget_MB"]
    )


def report(result):
    print()
    label = f"{result['uploads']} parallel uploads of {result['megabytes_each']} MB"
    print(
        f"{label:44} {result['seconds']:8.2f} s      accepted {result['accepted']}, "
        f"stored whole: {'yes' if result['stored_whole'] else 'NO'}"
    )
    print(
        f"{'  worker peak memory increase':44} {result['worker_peak_rss_increase_MB']:8.1f} MB"
        f"     budget < {result['budget_MB']} MB"
    )
    print(f"  {'PASS' if holds(result) else 'FAIL'}  uploads complete with bounded memory")
