"""Production: everything secret or site-specific comes from the environment.

A missing SECRET_KEY or DATABASE_URL stops start-up with one clear sentence rather than a
traceback, so an operator sees at once what to set.
"""

import sys

from hub.settings import base, env, inherit

inherit(globals(), base)

_missing = [name for name in ("SECRET_KEY", "DATABASE_URL") if not env.str(name, default="")]
if _missing:
    sys.exit(
        "IMPACT hub cannot start: set the environment variable"
        f"{'s' if len(_missing) > 1 else ''} {' and '.join(_missing)} "
        "(see 'Environment variables' in the README)."
    )

DEBUG = False
# WhiteNoise serves the compressed, fingerprinted static files right after security.
MIDDLEWARE = [
    base.MIDDLEWARE[0],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *base.MIDDLEWARE[1:],
]
STORAGES = {
    **base.STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS everywhere. Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER=true only
# if that proxy overwrites X-Forwarded-Proto; otherwise a client could forge it.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
if env.bool("SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Secure-sessionid"
CSRF_COOKIE_NAME = "__Secure-csrftoken"

SILENCED_SYSTEM_CHECKS = [
    # HSTS preload is a one-way commitment for the whole domain: an operator opts in
    # with SECURE_HSTS_PRELOAD=true once every subdomain serves HTTPS.
    "security.W021",
]
