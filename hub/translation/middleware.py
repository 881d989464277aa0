import re

from django.middleware.locale import LocaleMiddleware

LANGUAGE_LIKE = re.compile(r"^/[a-z]{2}(?:-[a-z]{2,4})?(?:/|$)", re.IGNORECASE)


class HubLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 stays a 404 when the path starts with
    an unknown language code (/fr/, /xx/) or was answered by a view outside the language
    prefixes (admin, documents): prefixing those with /en/ would only lead to another
    404. Paths that matched nothing (/cases/) are still sent to the visitor's language."""

    def process_response(self, request, response):
        if response.status_code == 404 and (
            LANGUAGE_LIKE.match(request.path_info)
            or getattr(request, "resolver_match", None) is not None
        ):
            return response
        return super().process_response(request, response)
