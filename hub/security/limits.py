"""Per-address limits: the visitor's address (sign-in pauses, django-axes) and the rates
of searches and CSP reports (django-ratelimit, counted in the cache)."""

from django.conf import settings

from django_ratelimit.core import is_ratelimited

# Retry-After of a 429: the limits count per minute.
RETRY_AFTER_SECONDS = 60


def client_ip(request):
    """REMOTE_ADDR, unless the hub runs behind PROXY_COUNT proxies that each append the
    address they saw to X-Forwarded-For: then the entry the outermost of them appended.
    Entries further left came from the client and could be forged."""
    proxies = settings.HUB_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 - a key, not a bind


def configured_rate(group, request):
    """The rate of `group` ("search", "suggest" or "csp_report") from settings, read per
    request, or None when it is off."""
    return {
        "search": settings.SEARCH_RATE_LIMIT,
        "suggest": settings.SUGGEST_RATE_LIMIT,
        "csp_report": settings.CSP_REPORT_RATE_LIMIT,
    }[group]


def over_limit(request, group):
    """Count one request of `group` from the request's address; True once it is past
    the rate (each view answers the 429 in its own format). Counted once per request,
    however often the view asks."""
    counted = request.__dict__.setdefault("_hub_limits", {})
    if group not in counted:
        counted[group] = is_ratelimited(
            request, group=group, key="ip", rate=configured_rate, increment=True
        )
    return counted[group]
