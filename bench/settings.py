"""Production settings plus the floor: a minimal Django view behind the same middleware,
against which `make bench` reads every page's throughput."""

from hub.settings import inherit, production

inherit(globals(), production)

ROOT_URLCONF = "bench.urls"
