"""Whole pages cached for anonymous visitors.

Every cached page is stored with the current *generation*, a random token kept in the
cache, and served only while that token is current. Any change to something a public
page can show (a page published, unpublished, moved or deleted; a taxonomy term,
document, picture, collection, privacy setting, site setting, locale or search record)
replaces the token, so every page is rendered afresh on its next request. One change
invalidating everything is deliberate: a page shows labels, materials, linked pages and
listings from all over the site, and working out which pages a change touches would be
slower and easier to get wrong than rendering them again.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.crypto import get_random_string

from hub.caching import per_request

GENERATION_KEY = "hub:pages:generation"


def seconds():
    """How long a page stays cached; 0 turns the page cache off."""
    return settings.HUB_PAGE_CACHE_SECONDS


def generation():
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, get_random_string(12), timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def current():
    """The generation, read once per request (the page cache's lookup already read it)."""
    return per_request.cached(GENERATION_KEY, generation)


def invalidate():
    """Forget every cached page (a new token; the old entries expire by themselves)."""
    cache.set(GENERATION_KEY, get_random_string(12), timeout=None)
    per_request.forget(GENERATION_KEY)  # the rest of this request sees the change too


def shown_changed():
    """The change pipeline's word (hub.content.changes) that something a public page shows
    changed: invalidate now, and again when the transaction commits, since a page
    rendered between the two from the old rows would otherwise stay cached under the new
    token."""
    invalidate()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(invalidate)


# What nearly every page reads and editors seldom change, kept in this process for the
# current generation: {key: (generation, value)}. A value is shared by every request the
# process serves, so it must be treated as read-only.
_remembered = {}


def remembered(key, compute):
    """compute() once per generation in this process: on a page-cache miss the labels
    and the site are read once per generation, not once per page. Outside a request the
    generation is read afresh on every call."""
    now = current()
    if now is None:  # the cache is unreachable: no way to hear of changes
        return compute()
    held = _remembered.get(key)
    if held is not None and held[0] == now:
        return held[1]
    value = compute()
    _remembered[key] = (now, value)
    return value
