"""Demo cases for `seed_demo`: the curated cases of cases.demo_content, and with
`--cases N` that many synthetic cases for benchmarks, created in bulk."""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Max
from django.utils import timezone

from wagtail.models import Page

from cases.demo_content import CASES
from cases.models import CaseIndexPage, CaseMethod, CasePage, CaseUnit
from hub.content import changes
from hub.demo.media import demo_document, demo_image
from hub.demo.pages import ensure_child, paragraphs
from hub.taxonomy.models import SDG, Country, GreenDealArea, OrganisationType, Sector, term


def linked_type(link_model, field):
    """The page type a case's links point to (methods, units), found through the link,
    so that the cases app imports no other content app."""
    return link_model._meta.get_field(field).related_model


SEED_ORDER = 20  # after toolkits and courses: cases link to their methods and units
SYNTHETIC_PREFIX = "synthetic-case-"
BATCH = 500
# Translated into every partner language (hub.demo.translations): every case.
TRANSLATED = ["cases", *(f"cases/{case['slug']}" for case in CASES)]


def case_index(home):
    index, _ = ensure_child(
        home,
        CaseIndexPage,
        "cases",
        title="Cases",
        intro="How organisations across Europe made their work more sustainable: the "
        "challenge, what they did, what changed and what others can learn.",
    )
    return index


def seed(home, log, **options):
    index = case_index(home)
    created = sum(seed_case(index, data, number) for number, data in enumerate(CASES))
    log(f"Cases: {len(CASES)} curated cases, {created} created.")


def seed_bulk(home, log, cases=0, **options):
    """Synthetic cases for benchmarks, after the trees are mirrored: English only."""
    if cases:
        added = ensure_synthetic_cases(case_index(home), cases, log)
        log(f"Cases: {cases} synthetic cases wanted, {added} added.")


def seed_case(index, data, number):
    sdgs = [term(SDG, n) for n in data["sdgs"]]
    summary_pdf = demo_document(
        f"Case summary: {data['title']}",
        [data["summary"], data["challenge"], data["what_was_done"], data["results"]],
        f"case-{data['slug']}.pdf",
    )
    fields = {
        "title": data["title"],
        "summary": data["summary"],
        "organisation": data["organisation"],
        "country": term(Country, data["country"]),
        "sector": term(Sector, data["sector"]),
        "organisation_type": term(OrganisationType, data["organisation_type"]),
        "organisation_size": data["size"],
        "year_start": data["year_start"],
        "year_end": data["year_end"],
        "sdgs": sdgs,
        "green_deal_areas": [term(GreenDealArea, slug) for slug in data["areas"]],
        "key_figures": [{"type": "figure", "value": figure} for figure in data["key_figures"]],
        "source_partner": data["source_partner"],
        "materials": [
            {
                "type": "materials",
                "value": {
                    "heading": "Materials",
                    "items": [{"document": summary_pdf.pk, "note": ""}],
                },
            }
        ],
        "method_links": [
            CaseMethod(method=method)
            for method in linked_type(CaseMethod, "method").objects.filter(slug__in=data["methods"])
        ],
        "unit_links": [
            CaseUnit(unit=unit)
            for unit in linked_type(CaseUnit, "unit").objects.filter(slug__in=data["units"])
        ],
        "image": demo_image(data["title"], [sdg.colour for sdg in sdgs], 100 + number),
    }
    for section in (
        "challenge",
        "what_was_done",
        "stakeholders",
        "results",
        "enabling_factors",
        "obstacles",
        "what_did_not_work",
        "transferability",
        "lessons_learned",
        "resources",
    ):
        fields[section] = paragraphs(data[section])
    _, created = ensure_child(index, CasePage, data["slug"], **fields)
    return created


THEMES = [
    "energy community",
    "circular packaging",
    "food waste",
    "green logistics",
    "water reuse",
    "building retrofit",
    "repair service",
    "digital twin",
    "textile loop",
    "solar cooperative",
    "urban farming",
    "low-carbon concrete",
]
SYNTHETIC_COUNTRIES = [
    "DE",
    "ES",
    "PL",
    "IT",
    "SI",
    "CY",
    "IE",
    "CZ",
    "SK",
    "HU",
    "GR",
    "AT",
    "NL",
    "FR",
    "PT",
    "FI",
    "SE",
    "DK",
    "BE",
    "RO",
    "HR",
    "LT",
    "EE",
    "LV",
]


def ensure_synthetic_cases(index, wanted, log):
    """Add synthetic cases until `wanted` exist. Creating pages one by one through
    Wagtail runs at 30–50 pages/s; this writes the tree rows in bulk instead, computing
    each page's materialised path as treebeard does (its public alphabet, steplen and
    number conversion), so the tree stays valid."""
    index = Page.objects.get(pk=index.pk)
    existing = index.get_children().filter(slug__startswith=SYNTHETIC_PREFIX).count()
    missing = wanted - existing
    if missing <= 0:
        return 0
    rng = random.Random(wanted)
    content_type = ContentType.objects.get_for_model(CasePage)
    countries = {
        c.key: c.pk
        for c in Country.objects.filter(locale=index.locale, code__in=SYNTHETIC_COUNTRIES)
    }
    sectors = list(Sector.objects.filter(locale=index.locale).values_list("pk", flat=True))
    sdgs = list(SDG.objects.filter(locale=index.locale).values_list("pk", flat=True))
    types = list(OrganisationType.objects.filter(locale=index.locale).values_list("pk", flat=True))
    last_path = index.get_children().aggregate(last=Max("path"))["last"]
    numbers = Page.numconv_obj()  # treebeard's steps: numbers in its alphabet
    step = numbers.str2int(last_path[-Page.steplen :]) if last_path else 0
    now = timezone.now()
    done = 0
    while done < missing:
        size = min(BATCH, missing - done)
        pages, cases = [], []
        for offset in range(size):
            number = existing + done + offset + 1
            step += 1
            theme = rng.choice(THEMES)
            country = rng.choice(SYNTHETIC_COUNTRIES)
            slug = f"{SYNTHETIC_PREFIX}{number}"
            title = f"Synthetic case {number}: {theme} in {country}"
            pages.append(
                Page(
                    path=index.path + numbers.int2str(step).rjust(Page.steplen, Page.alphabet[0]),
                    depth=index.depth + 1,
                    numchild=0,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    url_path=f"{index.url_path}{slug}/",
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                    first_published_at=now,
                    last_published_at=now,
                )
            )
            cases.append(
                CasePage(
                    organisation=f"Demo organisation {number}",
                    country_id=countries[country],
                    sector_id=rng.choice(sectors),
                    organisation_type_id=rng.choice(types),
                    organisation_size=rng.choice(["small", "medium", "large"]),
                    year_start=rng.randint(2015, 2024),
                    summary=f"A synthetic {theme} case for benchmarks.",
                    challenge=f"<p>How to start a {theme} with limited resources.</p>",
                    results=f"<p>The {theme} cut emissions by {rng.randint(5, 60)} %.</p>",
                    is_demo=True,
                )
            )
        Page.objects.bulk_create(pages, batch_size=BATCH)
        _insert_specific_rows(pages, cases)
        through = CasePage.sdgs.through
        through.objects.bulk_create(
            [
                through(casepage_id=page.pk, sdg_id=sdg)
                for page in pages
                for sdg in rng.sample(sdgs, rng.randint(1, 3))
            ],
            batch_size=BATCH * 3,
        )
        done += size
        log(f"  {existing + done} of {wanted} synthetic cases")
    Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    # Rows written in bulk send no signals: tell the change pipeline that pages shown
    # have changed, as a signal would.
    changes.shown_changed()
    return missing


def _insert_specific_rows(pages, cases):
    """Insert the case table rows for pages created in bulk. Django's bulk_create does
    not support multi-table inheritance, so the child rows are written here directly."""
    fields = CasePage._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(CasePage._meta.db_table)
    rows = []
    for page, case in zip(pages, cases, strict=True):
        case.page_ptr_id = page.pk
        rows.append(
            [field.get_db_prep_save(getattr(case, field.attname), connection) for field in fields]
        )
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)  # noqa: S608
