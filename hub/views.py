from django.db import DatabaseError, connections
from django.http import JsonResponse
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
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "database": databases},
        status=200 if healthy else 503,
    )
