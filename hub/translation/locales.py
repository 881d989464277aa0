"""Locales by language code and by id without a query each time.

The locales are made by migrations and practically never change, while a page asks for
them many times (routing, labels, the language switcher, structured data). So the
id <-> code pairs are read once per process and kept; a locale saved or deleted in this
process clears them (hub.translation.signals), and a code or id not known yet reads
them again, so a locale added by another process is found too."""

from django.conf import settings
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_locales = {}  # {"by_code": {code: Locale}, "by_id": {id: Locale}}


def _load():
    rows = list(Locale.objects.all())
    # Replaced, never emptied first: a lookup in another thread sees old or new pairs.
    _locales.update(by_code={row.language_code: row for row in rows},
                    by_id={row.pk: row for row in rows})  # fmt: skip


def forget():
    _locales.clear()


def _lookup(table, key):
    if key not in _locales.get(table, {}):
        _load()
    return _locales[table].get(key)


def locale_for(language_code):
    """The Locale of a language code, as Wagtail's Locale.objects.get_for_language()."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError as error:
        raise Locale.DoesNotExist(language_code) from error
    locale = _lookup("by_code", code)
    if locale is None:
        raise Locale.DoesNotExist(code)
    return locale


def locale_by_id(locale_id):
    """The Locale with this id, or None."""
    return _lookup("by_id", locale_id)


def language_code_of(locale_id):
    locale = locale_by_id(locale_id)
    return locale.language_code if locale else None


def default_locale():
    """The source locale (English), from LANGUAGE_CODE as Wagtail defines it."""
    return locale_for(settings.LANGUAGE_CODE)


def active_locale():
    """The locale of the active language, else the source locale (Locale.get_active())."""
    try:
        return locale_for(get_language())
    except Locale.DoesNotExist:
        return default_locale()
