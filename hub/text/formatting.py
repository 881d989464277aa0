"""Numbers, decimals and durations as the visitor's language writes them.

Django formats dates and numbers per locale (its `date:"DATE_FORMAT"` filter and
`number_format`); it has nothing for units, so durations come from Babel's CLDR data
("90 Minuten", "90 minut", "90 perc"), with the plural form the number needs. Every
function reads the active language, so a page renders in the language of its request.
Machine-readable values (JSON-LD, the API, feeds) keep their own formats elsewhere."""

from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils import formats, translation
from django.utils.translation import ngettext

from babel import Locale
from babel.numbers import format_decimal
from babel.units import format_unit

EN_DASH = "\u2013"


def babel_locale():
    """The Babel locale of the active language ("en" when none is active)."""
    return Locale.parse(translation.to_locale(translation.get_language() or "en"))


def grouped(value):
    """An integer with the locale's thousands separator: 12,500 / 12.500 / 12 500."""
    return formats.number_format(value, force_grouping=True)


def decimal(value):
    """A decimal with the locale's separator and no trailing zeros: 7.5 / 7,5 / 10."""
    return floatformat(Decimal(value), "-1g") if value is not None else ""


def unit_range(low, high, unit, length="long"):
    """`low`–`high` of a CLDR unit ("duration-minute"), or one value when they are equal,
    in words of the active language. CLDR writes a unit around one number; a range takes
    the plural form of its upper end, as CLDR's plural ranges do for these languages."""
    locale = babel_locale()
    high = high if high is not None else low
    text = format_unit(high, unit, length=length, locale=locale)
    if low is None or low == high:
        return text
    upper = format_decimal(high, locale=locale)
    lower = format_decimal(low, locale=locale)
    return text.replace(upper, f"{lower}{EN_DASH}{upper}", 1)


def minutes(low, high=None):
    """'60–90 minutes', '90 Minuten', '60–90 perc'."""
    return unit_range(low, high, "duration-minute") if low or high else ""


def hours(value, length="long"):
    """'130 hours', '130 Stunden', '130 godzin'; `length="short"`: '30 Std.'."""
    return unit_range(value, value, "duration-hour", length) if value is not None else ""


def people(low, high=None):
    """'4–12 people', '4–12 osób', '1 osoba': a group size."""
    high = high if high is not None else low
    text = grouped(high) if low == high else f"{grouped(low)}{EN_DASH}{grouped(high)}"
    return ngettext("%(count)s person", "%(count)s people", high) % {"count": text}
