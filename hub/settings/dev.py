"""Local development: `make run`. Insecure defaults live here, never in base."""

from hub.settings import base, env, inherit

inherit(globals(), base)

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# `make run` creates an admin account with a printed password on this machine only.
HUB_DEMO_ADMIN = True
