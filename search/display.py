"""A result's key facts as the visitor reads them. The index stores the page's plain
values (minutes, people, hours, credits, codes), so one record serves every language;
they are worded when shown, in the active language, by the page type's own wording (its
`glance` or workload label) on an unsaved page holding those values."""

from decimal import Decimal, InvalidOperation

from hub.taxonomy.models import EQFLevel
from search.indexing import PAGE_KINDS

MODELS = {kind: model for model, kind in PAGE_KINDS.items()}
METHOD_FIELDS = ("duration_min", "duration_max", "group_min", "group_max", "setting")


def method_page(facts):
    return MODELS["method"](**{name: facts.get(name) for name in METHOD_FIELDS}), "glance"


def course_page(facts):
    try:
        ects = Decimal(facts["ects"]) if facts.get("ects") else None
    except InvalidOperation:
        ects = None
    level = EQFLevel(level=facts["eqf"]) if facts.get("eqf") else None
    page = MODELS["course"](ects=ects, eqf_level=level, language=facts.get("language") or "")
    return page, "glance"


def unit_page(facts):
    return MODELS["unit"](workload_hours=facts.get("hours")), "workload_label"


PAGES = {"method": method_page, "course": course_page, "unit": unit_page}


def facts_line(kind, facts):
    """'60–90 Minuten · 4–12 Personen · Vor Ort' for a method shown in German. Records
    indexed before facts were stored as values keep their English summary until the
    next rebuild."""
    if "glance" in facts:
        return facts["glance"]
    if kind not in PAGES:
        return ""
    page, wording = PAGES[kind](facts)
    return getattr(page, wording)
