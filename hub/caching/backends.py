"""Django's Redis cache, made optional: with Redis unreachable every read misses and
every write is dropped, so pages are rendered instead of failing (and sign-in, whose
sessions live in the database, keeps working). After a failure Redis is left alone for
a few seconds, so a visitor does not wait for a refused connection on every call."""

import logging
import time

from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

REST_SECONDS = 5
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


def _tolerant(method, fallback):
    def call(self, *args, **kwargs):
        if time.monotonic() < self._hub_resting_until:
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as error:
            logger.warning(
                "Cache unreachable (%s); pages are rendered without it for %s s",
                type(error).__name__,
                REST_SECONDS,
            )
            self._hub_resting_until = time.monotonic() + REST_SECONDS
            return fallback(*args, **kwargs)

    call.__name__ = method.__name__
    call.__doc__ = method.__doc__
    return call


def _default(key, default=None, *args, **kwargs):
    return default


def _missing(key, *args, **kwargs):
    # Django's answer for a key that is not there, as every key is while Redis is away
    # (the search rate limit then lets searches through).
    raise ValueError(f"Key {key!r} not found.")


class TolerantRedisCache(RedisCache):
    _hub_resting_until = 0.0

    get = _tolerant(RedisCache.get, _default)
    get_many = _tolerant(RedisCache.get_many, lambda *args, **kwargs: {})
    has_key = _tolerant(RedisCache.has_key, lambda *args, **kwargs: False)
    add = _tolerant(RedisCache.add, lambda *args, **kwargs: False)
    set = _tolerant(RedisCache.set, lambda *args, **kwargs: None)
    set_many = _tolerant(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    touch = _tolerant(RedisCache.touch, lambda *args, **kwargs: False)
    delete = _tolerant(RedisCache.delete, lambda *args, **kwargs: False)
    delete_many = _tolerant(RedisCache.delete_many, lambda *args, **kwargs: None)
    clear = _tolerant(RedisCache.clear, lambda *args, **kwargs: False)
    incr = _tolerant(RedisCache.incr, _missing)
