"""A result's key facts as the visitor reads them. The index stores plain values (minutes,
people, hours, credits, codes), so one record serves every language; they are worded
here, when shown, in the active language (hub.formatting)."""

from decimal import Decimal, InvalidOperation

from hub import formatting
from hub.translation.names import language_name_translated
from toolkits.models import SETTINGS

SETTING_LABELS = dict(SETTINGS)


def method_facts(facts):
    return [
        formatting.minutes(facts.get("duration_min"), facts.get("duration_max")),
        formatting.people(facts["group_min"], facts.get("group_max"))
        if facts.get("group_min")
        else "",
        str(SETTING_LABELS.get(facts.get("setting"), "")),
    ]


def course_facts(facts):
    try:
        ects = formatting.decimal(Decimal(facts["ects"])) if facts.get("ects") else ""
    except InvalidOperation:
        ects = ""
    return [
        f"{ects} ECTS" if ects else "",
        f"EQF {facts['eqf']}" if facts.get("eqf") else "",
        str(language_name_translated(facts["language"])) if facts.get("language") else "",
    ]


def unit_facts(facts):
    return [formatting.hours(facts.get("hours"))]


FACTS = {"method": method_facts, "course": course_facts, "unit": unit_facts}


def facts_line(kind, facts):
    """'60–90 Minuten · 4–12 Personen · Vor Ort' for a method shown in German. Records
    indexed before facts were stored as values keep their English summary until the
    next rebuild."""
    if "glance" in facts:
        return facts["glance"]
    words = FACTS.get(kind)
    return " · ".join(part for part in words(facts) if part) if words else ""
