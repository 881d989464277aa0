import json
import logging
import posixpath
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import Http404, HttpResponse, JsonResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views import defaults, static
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from hub.security import limits


def database_error(alias):
    """None when the database `alias` answers a SELECT 1 now, else the error it raised."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return error
    return None


@never_cache
def healthz(request):
    """Liveness and readiness for load balancers: 200 when every database answers, 503
    with the failing part named (never a traceback, never connection details)."""
    databases = {}
    for alias in connections:
        error = database_error(alias)
        databases[alias] = (
            {"status": "ok"}
            if error is None
            else {"status": "unavailable", "error": type(error).__name__}
        )
    healthy = all(check["status"] == "ok" for check in databases.values())
    report = {"status": "ok" if healthy else "unavailable", "database": databases}
    # Other parts (the search engine) are reported but do not decide the status: the
    # site stays in service without them. Named in settings, so hub/ imports no app.
    for name, path in settings.HUB_HEALTH_CHECKS.items():
        report[name] = import_string(path)() if healthy else {"status": "unknown"}
    return JsonResponse(report, status=200 if healthy else 503)


# How long a visitor or a client is asked to wait when the database is away: about
# what a restart or a primary switchover takes.
RETRY_AFTER_SECONDS = 10


def database_down():
    """True when a database cannot be reached: connecting or a SELECT 1 fails as an
    outage does (an error of the query, such as an aborted transaction, is an answer)."""
    return any(
        isinstance(database_error(alias), OperationalError | InterfaceError)
        for alias in connections
    )


def server_error(request, template_name="500.html"):
    """Django's 500 view, except when the database cannot be reached: then a 503 with a
    retry hint, so a database restart reads as a short pause, not as a broken site.
    Neither template needs the database or a request context."""
    # An OperationalError or InterfaceError may say the server is down, restarting,
    # refusing connections or dropped this one; SQLite also raises one for a bad query
    # (a NUL in a search). Only a database that does not answer now is an outage.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError) and database_down():
        response = HttpResponse(
            loader.get_template("503.html").render(), status=503, content_type="text/html"
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
    return defaults.server_error(request, template_name)


def development_media(request, path, document_root):
    """MEDIA_ROOT for the development server (DEBUG only, through static()), except the
    documents: those go through the serve view (restricted collections, the download
    counter) in every setting. The folder is read as the file would be found, so
    images/../documents/, ./documents/ or Documents/ (on a case-insensitive disk) are
    refused too."""
    normalised = posixpath.normpath("/" + path.replace("\\", "/")).lstrip("/")
    if normalised.split("/")[0].casefold() == "documents":
        raise Http404(_("Documents are served through their download address."))
    return static.serve(request, path, document_root=document_root)


# A browser's report of what the Content-Security-Policy blocked: small, JSON, logged.
CSP_REPORT_MAX_BYTES = 16 * 1024
csp_logger = logging.getLogger("hub.csp")


def one_line(value, limit):
    """`value` cut to `limit` characters, then with backslashes, controls and every
    non-ASCII character escaped (\\n, \\x1b, \\u2028): what a client sent can never
    start a log line of its own."""
    return str(value)[:limit].encode("unicode_escape").decode("ascii")


@csrf_exempt
@require_POST
def csp_report(request):
    """Log a CSP violation report (report-uri): what was blocked, by which directive, on
    which page, escaped onto one line. Anything but a small JSON object is refused with a
    4xx; past CSP_REPORT_RATE_LIMIT from one address, a 429."""
    if limits.over_limit(request, "csp_report"):
        response = HttpResponse(
            _("Too many reports from your address; please wait a minute."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(limits.RETRY_AFTER_SECONDS)
        return response
    # Read one byte past the limit rather than trust Content-Length.
    body = request.read(CSP_REPORT_MAX_BYTES + 1)
    if len(body) > CSP_REPORT_MAX_BYTES:
        return HttpResponse(_("Report too large."), status=413, content_type="text/plain")
    try:
        report = json.loads(body).get("csp-report")
    except (ValueError, AttributeError, RecursionError):  # RecursionError: "[[[[..."
        report = None
    if not isinstance(report, dict):
        return HttpResponse(
            _('Expected a JSON body {"csp-report": {...}}.'),
            status=400,
            content_type="text/plain",
        )
    csp_logger.warning(
        "CSP violation: %s blocked %s on %s",
        one_line(report.get("violated-directive") or report.get("effective-directive"), 200),
        one_line(report.get("blocked-uri"), 500),
        one_line(report.get("document-uri"), 500),
    )
    return HttpResponse(status=204)
