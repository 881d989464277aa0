from django.conf import settings
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.utils.module_loading import import_string
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """Liveness and readiness for load balancers: 200 when every database answers, 503
    with the failing part named (never a traceback, never connection details)."""
    databases = {}
    for alias in connections:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
            databases[alias] = {"status": "ok"}
        except DatabaseError as error:
            databases[alias] = {"status": "unavailable", "error": type(error).__name__}
    healthy = all(check["status"] == "ok" for check in databases.values())
    report = {"status": "ok" if healthy else "unavailable", "database": databases}
    # Other parts (the search engine) are reported but do not decide the status: the
    # site stays in service without them. Named in settings, so hub/ imports no app.
    for name, path in settings.HUB_HEALTH_CHECKS.items():
        report[name] = import_string(path)() if healthy else {"status": "unknown"}
    return JsonResponse(report, status=200 if healthy else 503)
