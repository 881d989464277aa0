"""Test settings: fast and isolated. DATABASE_URL selects PostgreSQL, else SQLite."""

import os
import re
import tempfile

from hub.settings import base, inherit

inherit(globals(), base)

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **base.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="hub-test-media-")
# Tasks run inline, once the transaction commits, so most tests see their effects at
# once; the tests of the worker itself switch to the database backend (tests/tasks.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
# Tests of the real PostgreSQL path set DATABASE_URL; keep the connection per test.
DATABASES = {**base.DATABASES, "default": {**base.DATABASES["default"], "CONN_MAX_AGE": 0}}
LOGGING = {**base.LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}
# The page cache is off except in the tests about it (tests/caching), which turn it on:
# other tests change rows behind Django's back (queryset.update) and read pages again.
HUB_PAGE_CACHE_SECONDS = 0
# Every test client comes from 127.0.0.1: rate limits are on only in their own tests.
RATELIMIT_ENABLE = False
# Under pytest-xdist (CI) each worker has its own Redis database, as it has its own
# test database: the caching tests empty the cache they use.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker.startswith("gw") and base.CACHES["default"]["BACKEND"].endswith("RedisCache"):
    _server = re.sub(r"/\d*$", "", base.CACHES["default"]["LOCATION"])
    _database = int(_worker[2:]) + 1
    CACHES = {"default": {**base.CACHES["default"], "LOCATION": f"{_server}/{_database}"}}
