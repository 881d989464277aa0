"""The demo content each app brings (cases, toolkits, courses) is consistent: known
taxonomy keys, sizes within the template's ranges, and links between the apps' demo
pages (a case's methods and units) that exist."""

from cases.demo_content import CASES
from courses.demo_content import MODULE
from toolkits.demo_content import TOOLKITS


def _words(text, sep=None):
    """Split a string of allowed codes into a set (used by ``problems``)."""
    return set(text.split(sep))


def problems():
    """The problems of the demo content, across the apps that bring it (none when it
    is consistent)."""
    countries = _words("DE ES PL IT SI CY IE CZ SK HU GR AT NL FR PT FI SE DK BE RO HR LT EE")
    partner_countries = _words("DE ES PL IT SI CY IE CZ SK HU GR")
    org_types = _words(
        "large-enterprise sme micro-enterprise start-up social-enterprise university "
        "research-organisation public-authority ngo cluster-network"
    )
    sizes = {"micro", "small", "medium", "large"}
    areas = _words(
        "climate-ambition clean-energy circular-industry buildings-renovation sustainable-mobility "
        "farm-to-fork biodiversity zero-pollution just-transition sustainable-finance"
    )
    partners = _words(
        "HHL Leipzig Graduate School of Management|Complutense University of Madrid|"
        "HMKW University of Applied Sciences|Cracow University of Technology|"
        "SPCleantech Cluster|Innofora|Creative Labs|Circular Change|ISPIM|ASIIN Consult|"
        "University of Florence",
        sep="|",
    )
    categories = _words(
        "stakeholder-involvement routines-and-assumptions ideation reflection-evaluation"
    )
    audiences = _words("students trainers practitioners managers policy-makers researchers")
    competences = {f"greencomp:{a}.{b}" for a in range(1, 5) for b in range(1, 4)}
    competences |= {f"entrecomp:{a}.{b}" for a in range(1, 4) for b in range(1, 6)}

    problems = []

    def need(cond, msg):
        if not cond:
            problems.append(msg)

    def unique(slugs, where):
        need(len(slugs) == len(set(slugs)), f"duplicate slugs in {where}")
        for s in slugs:
            need(s == s.lower() and " " not in s and "_" not in s, f"bad slug {s!r} in {where}")

    def outcomes(items, lo, hi, where):
        need(lo <= len(items) <= hi, f"{where}: {len(items)} learning outcomes")
        for lo_item in items:
            need(lo_item["competences"], f"{where}: outcome without competences")
            for c in lo_item["competences"]:
                need(c in competences, f"{where}: unknown competence {c}")

    # Toolkits and methods
    need(len(TOOLKITS) == 3, "expected exactly 3 toolkits")
    unique([t["slug"] for t in TOOLKITS], "TOOLKITS")
    methods = [m for t in TOOLKITS for m in t["methods"]]
    method_slugs = [m["slug"] for m in methods]
    need(12 <= len(methods) <= 15, f"{len(methods)} methods (expected 12-15)")
    unique(method_slugs, "methods")
    for t in TOOLKITS:
        need(len(t["methods"]) >= 4, f"toolkit {t['slug']}: fewer than 4 methods")
        need(set(t["audiences"]) <= audiences, f"toolkit {t['slug']}: unknown audience")
    for m in methods:
        where = f"method {m['slug']}"
        need(m["category"] in categories, f"{where}: category")
        need(m["experience"] in {"none", "some", "experienced"}, f"{where}: experience")
        need(m["difficulty"] in {"easy", "intermediate", "advanced"}, f"{where}: difficulty")
        need(m["setting"] in {"online", "on-site", "hybrid"}, f"{where}: setting")
        need(0 < m["duration_min"] <= m["duration_max"], f"{where}: duration")
        need(0 < m["group_min"] <= m["group_max"], f"{where}: group size")
        need(4 <= len(m["steps"]) <= 7, f"{where}: {len(m['steps'])} steps")
        need(2 <= len(m["tips"]) <= 4, f"{where}: {len(m['tips'])} tips")
        need(1 <= len(m["variations"]) <= 3, f"{where}: {len(m['variations'])} variations")
        need(m["materials"], f"{where}: no materials")

    # Module and units
    units = MODULE["units"]
    unit_slugs = [u["slug"] for u in units]
    need(6 <= len(units) <= 8, f"{len(units)} units (expected 6-8)")
    unique(unit_slugs, "units")
    hours = sum(u["workload_hours"] for u in units)
    need(300 <= hours <= 360, f"unit workload sums to {hours} h (expected 300-360)")
    outcomes(MODULE["learning_outcomes"], 5, 7, "module")
    need(set(MODULE["audiences"]) <= audiences, "module: unknown audience")
    for u in units:
        where = f"unit {u['slug']}"
        outcomes(u["learning_outcomes"], 2, 4, where)
        need(len(u["methods"]) <= 2, f"{where}: more than 2 methods")
        need(2 <= len(u["readings"]) <= 3, f"{where}: {len(u['readings'])} readings")
        for s in u["methods"]:
            need(s in method_slugs, f"{where}: unknown method {s}")

    # Cases
    need(len(CASES) >= 32, f"only {len(CASES)} cases")
    unique([c["slug"] for c in CASES], "CASES")
    used_methods, used_units, sdgs = set(), set(), set()
    for c in CASES:
        where = f"case {c['slug']}"
        need(c["country"] in countries, f"{where}: country {c['country']}")
        need(len(c["sector"]) == 1 and "A" <= c["sector"] <= "U", f"{where}: sector")
        need(c["organisation_type"] in org_types, f"{where}: organisation_type")
        need(c["size"] in sizes, f"{where}: size")
        need(c["year_end"] is None or c["year_end"] >= c["year_start"], f"{where}: years")
        need(2 <= len(c["sdgs"]) <= 4, f"{where}: {len(c['sdgs'])} SDGs")
        need(all(1 <= g <= 17 for g in c["sdgs"]), f"{where}: SDG out of range")
        need(1 <= len(c["areas"]) <= 3 and set(c["areas"]) <= areas, f"{where}: areas")
        need(2 <= len(c["key_figures"]) <= 3, f"{where}: {len(c['key_figures'])} key figures")
        need(c["source_partner"] in partners, f"{where}: source_partner")
        need(len(c["methods"]) <= 2 and len(c["units"]) <= 2, f"{where}: too many links")
        for s in c["methods"]:
            need(s in method_slugs, f"{where}: unknown method {s}")
        for s in c["units"]:
            need(s in unit_slugs, f"{where}: unknown unit {s}")
        used_methods.update(c["methods"])
        used_units.update(c["units"])
        sdgs.update(c["sdgs"])
    need(sdgs == set(range(1, 18)), f"SDGs never used: {sorted(set(range(1, 18)) - sdgs)}")
    need(len({c["country"] for c in CASES}) >= 12, "fewer than 12 countries")
    in_partner = sum(c["country"] in partner_countries for c in CASES)
    need(in_partner > len(CASES) / 2, "most cases should come from partner countries")
    need(len({c["sector"] for c in CASES}) >= 8, "fewer than 8 NACE sections")
    for s in sorted(set(method_slugs) - used_methods):
        problems.append(f"method {s} not referenced by any case")
    for s in sorted(set(unit_slugs) - used_units):
        problems.append(f"unit {s} not referenced by any case")
    return problems


def test_the_demo_content_is_consistent():
    assert problems() == []
