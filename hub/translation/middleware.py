import re

from django.middleware.locale import LocaleMiddleware

LANGUAGE_LIKE = re.compile(r"^/[a-z]{2}(?:-[a-z]{2,4})?(?:/|$)", re.IGNORECASE)


class HubLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a path starting with an unknown language
    code (/fr/, /xx/) is a plain 404: prefixing it with /en/ would only lead to another
    404. Paths without any language code (/cases/) are still sent to the visitor's
    language."""

    def process_response(self, request, response):
        if response.status_code == 404 and LANGUAGE_LIKE.match(request.path_info):
            return response
        return super().process_response(request, response)
