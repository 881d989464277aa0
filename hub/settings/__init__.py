"""Settings package: `base` is safe for production; `dev` and `test` add the insecure
defaults; `production` adds what only production needs.

Each module copies the upper-case names of the module it builds on with `inherit`,
instead of a star import, so every name a module changes is visible in that module.
"""

import collections.abc
import os
import re

import environ


def inherit(namespace, module):
    """Copy the settings (upper-case names) of `module` into `namespace`."""
    namespace.update({name: value for name, value in vars(module).items() if name.isupper()})


class _Environment(collections.abc.Mapping):
    """The process environment as the settings read it: values stripped, and a variable
    set to nothing (`SEARCH_URL=` in an env file) counts as unset."""

    def __getitem__(self, name):
        value = os.environ[name].strip()
        if not value:
            raise KeyError(name)
        return value

    def __iter__(self):
        return (name for name, value in os.environ.items() if value.strip())

    def __len__(self):
        return sum(1 for _name in self)


class Env(environ.Env):
    """django-environ's reader (str, bool, int, float, list, db_url, ...) over
    _Environment."""

    ENVIRON = _Environment()

    def list(self, var, default=environ.Env.NOTSET):
        """Comma-separated values, each stripped, empty ones left out."""
        return [item for item in super().list(var, cast=str.strip, default=default) if item]


env = Env()


def elasticsearch_backend():
    """Wagtail's Elasticsearch backend for the installed client's major version (7, 8 or
    9): the client must match the server's major version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        major = version("elasticsearch").split(".")[0]
    except PackageNotFoundError:
        major = "9"
    return f"wagtail.search.backends.elasticsearch{major}"


# Wagtail's search backends for the engines SEARCH_BACKEND may name.
SEARCH_ENGINES = {
    "database": "hub.security.search_backend",  # Wagtail's, behind the hub's search input guard
    "opensearch": "wagtail.search.backends.opensearch2",
    "elasticsearch": None,  # by the installed client, see elasticsearch_backend()
}


def search_backends(kind, url, timeout, index_prefix):
    """WAGTAILSEARCH_BACKENDS: Wagtail's own search (the API, the admin) always on the
    database, behind the input guard, so editors never wait on the engine; with an
    engine, an "engine" entry that only the hub's index uses (AUTO_UPDATE off: the hub
    sends its own records). A short timeout and no retries: a stalled engine costs a
    search at most `timeout` seconds before the hub falls back to the database."""
    if kind not in SEARCH_ENGINES:
        raise ValueError(
            f"SEARCH_BACKEND must be one of {', '.join(SEARCH_ENGINES)}, not {kind!r}."
        )
    backends = {"default": {"BACKEND": SEARCH_ENGINES["database"]}}
    if kind != "database":
        backends["engine"] = {
            "BACKEND": SEARCH_ENGINES[kind] or elasticsearch_backend(),
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "ATOMIC_REBUILD": True,
            "AUTO_UPDATE": False,
            # A replica as soon as the cluster has a second node, none on a single node.
            "INDEX_SETTINGS": {"settings": {"index": {"auto_expand_replicas": "0-1"}}},
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        }
    return backends


def cache_from_url(url):
    """CACHES["default"] from CACHE_URL: redis:// or rediss:// (shared by every process;
    the choice for production), locmem:// (one cache per process, the default) or
    file:///path (shared through a folder)."""
    scheme, _, rest = url.partition("://")
    if scheme in ("redis", "rediss"):
        # Unreachable Redis means rendering without a cache (hub.caching.backends),
        # noticed within a quarter of a second.
        return {
            "BACKEND": "hub.caching.backends.TolerantRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    if scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": rest or "hub",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    if scheme == "file" and rest.startswith("/"):
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": rest}
    raise ValueError(
        f"CACHE_URL must start with redis://, rediss://, locmem:// or file:///, not {url!r}."
    )


RATE = re.compile(r"[1-9][0-9]*/([1-9][0-9]*)?[smhd]")


def rate_limit(name, default):
    """A rate such as 120/m (requests per second, minute, hour or day; 100/5m is also
    understood) from the environment, or None for "off". A malformed value stops
    start-up with a message instead of failing every request."""
    value = env.str(name, default=default)
    if value.lower() == "off":
        return None
    if not RATE.fullmatch(value):
        raise ValueError(f"{name} must look like 120/m (or be off), not {value!r}.")
    return value
