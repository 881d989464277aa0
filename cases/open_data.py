"""The case database as open data: every public case of a language as CSV or JSON, with
taxonomy keys and their labels in that language, under the alliance's licence."""

from django.utils import translation

from hub.materials.models import default_licence_term
from hub.outlets.bulk import with_relations
from hub.pages.schema_org import text
from hub.security.public import public_pages
from hub.taxonomy.labels import terms_in_locale, want_terms
from hub.taxonomy.models import SDG, GreenDealArea, Licence, OrganisationType, Sector
from hub.translation.names import country_name

COLUMNS = [
    "id", "url", "title", "language", "organisation", "organisation_type",
    "organisation_type_label", "organisation_size", "country", "country_label", "sector",
    "sector_label", "year_start", "year_end", "sdgs", "sdg_labels", "green_deal_areas",
    "green_deal_area_labels", "summary", "challenge", "what_was_done", "stakeholders",
    "results", "enabling_factors", "obstacles", "what_did_not_work", "transferability",
    "lessons_learned", "source_partner", "first_published", "last_published",
]  # fmt: skip
TEXTS = ["challenge", "what_was_done", "stakeholders", "results", "enabling_factors",
         "obstacles", "what_did_not_work", "transferability", "lessons_learned"]  # fmt: skip
CHUNK = 1000


def licence():
    term = default_licence_term()
    return {"name": term.short_name, "url": term.url} if term else {}


def case_rows(cases, locale, request):
    """One dict per public case of `cases` (CasePage's manager) in `locale` (its
    translation, or the source it mirrors, said in `language`). What every row shares
    (the labels, the view restrictions) is read here, during the request, in one query;
    the rows, read as they are written, cost two more: the cases, and their SDGs and
    Green Deal areas beside them."""
    taxonomies = (SDG, GreenDealArea, OrganisationType, Sector)
    want_terms(*taxonomies, Licence)  # with the licence the download states
    labels = {model: terms_in_locale(model, locale) for model in taxonomies}
    pages = (
        public_pages(cases.filter(locale=locale))
        .select_related("country", "sector", "organisation_type", "alias_of__locale", "locale")
        .order_by("pk")
    )
    return _rows(pages, labels, locale, request)


def _rows(pages, labels, locale, request):
    def label(model, term):
        return labels[model].get(term.key, term).title if term else ""

    with translation.override(locale.language_code):
        for page, terms in with_relations(pages, chunk_size=CHUNK):  # with SDGs and areas
            yield _row(page, terms, label, request)


def _row(page, terms, label, request):
    sdgs = sorted(terms["sdgs"], key=lambda sdg: sdg.number)
    areas = terms["green_deal_areas"]
    source = page.alias_of.locale if page.alias_of_id else page.locale
    row = {
        "id": page.pk,
        "url": request.build_absolute_uri(page.get_url(request)),
        "title": page.title,
        "language": source.language_code,
        "organisation": page.organisation,
        "organisation_type": page.organisation_type.key if page.organisation_type else "",
        "organisation_type_label": label(OrganisationType, page.organisation_type),
        "organisation_size": page.organisation_size,
        "country": page.country.key if page.country else "",
        "country_label": country_name(page.country.key) if page.country else "",
        "sector": page.sector.key if page.sector else "",
        "sector_label": label(Sector, page.sector),
        "year_start": page.year_start,
        "year_end": page.year_end,
        "sdgs": ";".join(sdg.key for sdg in sdgs),
        "sdg_labels": ";".join(label(SDG, sdg) for sdg in sdgs),
        "green_deal_areas": ";".join(area.key for area in areas),
        "green_deal_area_labels": ";".join(label(GreenDealArea, a) for a in areas),
        "summary": page.summary,
        "source_partner": page.source_partner,
        "first_published": page.first_published_at.isoformat()
        if page.first_published_at else "",
        "last_published": page.last_published_at.isoformat()
        if page.last_published_at else "",
    }  # fmt: skip
    row.update({name: text(getattr(page, name)) for name in TEXTS})
    return row
