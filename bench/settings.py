"""Production settings plus the floor: a minimal Django view behind the same middleware,
against which `make bench` reads every page's throughput."""

from hub.settings import inherit, production

inherit(globals(), production)

ROOT_URLCONF = "bench.urls"

# Every request of the bench comes from one address: searches are still counted (one
# increment in the cache each, as in production) but never limited.
SEARCH_RATE_LIMIT = SUGGEST_RATE_LIMIT = "1000000/m"
