"""Settings shared by every environment. Safe for production: no secret, DEBUG off,
hosts and database from the environment (see the README's table of variables)."""

from datetime import timedelta
from pathlib import Path

from hub.settings import cache_from_url, env, rate_limit, search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "hub"

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Our apps come first so their templates override the defaults.
    "hub",
    "hub.users",
    "hub.images",
    "hub.materials",
    "hub.taxonomy",
    "hub.outlets",
    "hub.caching",
    "csp",
    "axes",
    "hub.translation",
    "cases",
    "toolkits",
    "courses",
    "strategies",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # The task queue's table (DatabaseBackend below), drained by `manage.py db_worker`.
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # A cache for the request's lookups (hub.caching.per_request), the page cache's among them.
    "hub.taxonomy.labels.TaxonomyLabelsMiddleware",
    "hub.caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hub.translation.middleware.HubLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "hub.pages.routing.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default, so the site runs with no server; DATABASE_URL picks
# PostgreSQL. Health checks let a restarted database recover without an app restart.
DATABASES = {
    "default": {
        **env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        "CONN_MAX_AGE": env.int("DATABASE_CONN_MAX_AGE", default=60),
        "CONN_HEALTH_CHECKS": True,
    }
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging: a write (a search counted, a download counted, a sign-in)
    # no longer locks readers out, nor syncs the disk twice per commit.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (text extraction, search engine updates, Wagtail's own reference and
# search index updates) is queued in the database and run by `manage.py db_worker`,
# beside the site: uploads and saves answer without waiting for it. The same on SQLite
# (`make run` starts the worker) and PostgreSQL (the compose file's worker service).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_USER_MODEL = "users.User"
# Sign-in attempts are limited (django-axes): after 5 failures for one account from one
# address, that pair waits 15 minutes (429, templates/account_locked.html). Pairing
# the account with the address keeps an attacker from locking editors out everywhere.
# Against password spraying (one password tried on every account), an address also
# waits after 20 failures across accounts: axes compares one limit with the larger
# count, so hub.users.lockout reads the address's count (the second parameter) against
# its own, higher limit, which leaves room for an office behind one address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
HUB_ADDRESS_FAILURE_LIMIT = 20
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "hub.users.lockout.AccountAndAddressHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_CLIENT_IP_CALLABLE = "hub.security.limits.client_ip"
# Behind a proxy that appends the visitor's address to X-Forwarded-For, PROXY_COUNT=1
# (one per proxy in the chain), so per-address limits see visitors, not the proxy.
HUB_PROXY_COUNT = env.int("PROXY_COUNT", default=0)

# Searches are limited per address (django-ratelimit, counted in the cache): past the
# rate, a 429 with Retry-After. Only searches that reach the engine count: a page served
# from the page cache costs nothing. A classroom behind one address stays well below.
# "off" turns a limit off. With the cache unreachable, searches are not limited.
SEARCH_RATE_LIMIT = rate_limit("SEARCH_RATE_LIMIT", "120/m")
SUGGEST_RATE_LIMIT = rate_limit("SUGGEST_RATE_LIMIT", "600/m")
# Browsers' Content-Security-Policy reports, each one logged: a page with a few blocked
# resources sends a few a load; past this, 429 and not logged, so no one floods the log.
CSP_REPORT_RATE_LIMIT = rate_limit("CSP_REPORT_RATE_LIMIT", "30/m")
RATELIMIT_IP_META_KEY = "hub.security.limits.client_ip"
RATELIMIT_FAIL_OPEN = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source, nine partner languages; the locale is the URL prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("pl", "Polski"),
    ("el", "Ελληνικά"),
    ("sl", "Slovenščina"),
    ("cs", "Čeština"),
    ("sk", "Slovenčina"),
    ("hu", "Magyar"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Cache: one per process by default; CACHE_URL=redis://host:6379/0 in production, so
# every process sees the same pages and the same invalidations. Anonymous visitors get
# whole pages from it for PAGE_CACHE_SECONDS (0 turns that off); see hub.caching.
CACHES = {"default": cache_from_url(env.str("CACHE_URL", default="locmem://"))}
HUB_PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# Search: the embedded default is the database (SQLite FTS5 or PostgreSQL full text).
# SEARCH_BACKEND=opensearch or elasticsearch with SEARCH_URL puts the hub's search page
# on that engine, through Wagtail's backend for it; the page falls back to the database
# when the engine is down or slower than SEARCH_TIMEOUT seconds.
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="database")
SEARCH_URL = env.str("SEARCH_URL", default="http://127.0.0.1:9200")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=2.0)
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="hub_")
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_BACKEND, SEARCH_URL, SEARCH_TIMEOUT, SEARCH_INDEX_PREFIX
)
# Parts /healthz reports besides the databases: name -> function returning a dict.
HUB_HEALTH_CHECKS = {"search": "search.engine.health"}

WAGTAIL_SITE_NAME = "IMPACT hub"
WAGTAILADMIN_BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000")
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL  # absolute links in API answers
WAGTAILAPI_LIMIT_MAX = 100
# Where harvesters and partners write to (OAI-PMH Identify names it).
HUB_CONTACT_EMAIL = env.str("CONTACT_EMAIL", default="impact-hub@example.org")
WAGTAILIMAGES_IMAGE_MODEL = "images.HubImage"
WAGTAILDOCS_DOCUMENT_MODEL = "materials.HubDocument"
# Documents are always served through Django, which adds CSP and nosniff headers and
# checks collection privacy, even when media lives on object storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Materials: office formats and their open equivalents, EPUB, data, archives, pictures.
# Anything a browser could run (HTML, SVG, XML) is not accepted.
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods", "epub", "csv", "txt", "zip",
    "png", "jpg", "jpeg", "gif", "webp",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=100) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.materials.forms.DocumentForm"
# Pictures: a size limit, and a pixel limit against decompression bombs.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_MB", default=20) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
# Draftail, with posted text that is no contentstate answered by a form error (hub.text.rich_text).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "hub.text.draftail.CheckedDraftailRichTextArea"}
}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Headers that are right everywhere; production adds HSTS and secure cookies.
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): the public site loads only its own scripts,
# styles, pictures and fonts, with no inline script or style at all (JSON-LD is data,
# which CSP does not block). Wagtail's admin needs inline code, so there the policy
# only reports; every violation, public or admin, is logged by hub.views.csp_report.
_CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "media-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "report-uri": "/csp-report/",
}
CONTENT_SECURITY_POLICY = {"EXCLUDE_URL_PREFIXES": ["/admin/"], "DIRECTIVES": _CSP_DIRECTIVES}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _CSP_DIRECTIVES}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Background task bookkeeping is noise at INFO; failures still show.
        "django_tasks": {"level": "WARNING"},
        # The search engine clients log every request at INFO.
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        # WeasyPrint logs each step of every PDF it draws (the demo materials) at INFO.
        "weasyprint.progress": {"level": "WARNING"},
    },
}

# Machine translation in the translation editor: off unless an operator chooses a
# service (it sends page text to that service).
MACHINE_TRANSLATOR = env.str("MACHINE_TRANSLATOR", default="")
if MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.str("DEEPL_AUTH_KEY", default="")},
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env.str("LIBRETRANSLATE_URL", default=""),
            "API_KEY": env.str("LIBRETRANSLATE_API_KEY", default=""),
        },
    }

# Demo admin account: only the dev settings switch this on.
HUB_DEMO_ADMIN = False
