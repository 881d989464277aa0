from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision

import pytest
from pypdf import PdfReader

from cases.demo import ensure_synthetic_cases
from cases.models import CaseIndexPage, CasePage
from courses.models import CourseModulePage, UnitPage
from hub.materials.extraction import extract_text
from hub.translation.status import locale_statuses
from search import indexing
from search.models import SearchRecord
from toolkits.models import MethodPage, ToolkitPage

pytestmark = pytest.mark.django_db


def seed(**options):
    call_command("seed_demo", stdout=open("/dev/null", "w"), **options)  # noqa: SIM115


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def test_demo_content_is_rich_and_seeding_twice_creates_nothing_twice(client, mirroring_only):
    mirroring_only("pl")
    seed()
    first = counts()
    english = {"locale__language_code": "en"}
    cases = CasePage.objects.live().filter(**english)
    assert cases.count() >= 30
    assert cases.values("country__code").distinct().count() >= 10
    assert set(cases.values_list("sdgs__number", flat=True)) == set(range(1, 18))
    assert not cases.filter(image=None).exists()
    assert all(case.is_demo for case in cases)
    assert ToolkitPage.objects.live().filter(**english).count() == 3
    assert MethodPage.objects.live().filter(**english).count() >= 12
    module = CourseModulePage.objects.get(slug="sustainable-innovation-practices", **english)
    assert module.ects == 12
    assert UnitPage.objects.child_of(module).count() >= 6
    assert module.workload_warning() == ""
    assert get_document_model().objects.count() >= 30
    # The materials are text PDFs in their own language (one is in German), marked as
    # demo material: screen readers can read them and search finds words inside them.
    documents = get_document_model().objects.all()
    assert {"en", "de"} <= set(documents.values_list("language", flat=True))
    for document in documents:
        with document.file.open("rb") as handle:
            catalog = PdfReader(handle).trailer["/Root"]
            assert catalog["/Lang"] == document.language and "/StructTreeRoot" in catalog
        # Compared without spaces: a line may break after a hyphen ("Vitoria-Gasteiz").
        text = "".join(extract_text(document).split())
        assert "".join(document.title.split()) in text and "CCBY4.0" in text
    # Every page is mirrored into each partner language (here Polish only; the migrations
    # set up all nine, see mirroring_only).
    assert CasePage.objects.filter(locale__language_code="pl").count() == cases.count()
    assert not CasePage.objects.filter(locale__language_code="de").exists()
    # ... as translations, not mirrors: the translation status shows the demo translated.
    (polish,) = locale_statuses(["pl"])
    assert (polish.total, polish.share, polish.missing, polish.outdated) == (63, 100, [], [])
    assert polish.terms.share == 100
    # Every demo page renders, and says it is demo content.
    for page in [
        cases.first(),
        MethodPage.objects.filter(**english).first(),
        module,
        UnitPage.objects.filter(**english).first(),
    ]:
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Demo content" in response.content.decode()
    # The admin's usage counts: a case's picture is known to be used by it (the
    # references are rebuilt once at the end of seeding).
    case = cases.first()
    assert ReferenceIndex.get_references_to(case.image).filter(object_id=str(case.pk)).exists()

    seed()
    assert counts() == first


def test_synthetic_cases_are_added_in_bulk_into_a_valid_tree(client, mirroring_only):
    mirroring_only()  # synthetic cases stay in English
    seed(cases=60)
    assert CasePage.objects.filter(slug__startswith="synthetic-case-").count() == 60
    assert Page.find_problems() == ([], [], [], [], [])
    index = CaseIndexPage.objects.get(slug="cases", locale__language_code="en")
    ensure_synthetic_cases(index, 60, log=lambda message: None)
    assert CasePage.objects.filter(slug__startswith="synthetic-case-").count() == 60
    ensure_synthetic_cases(index, 75, log=lambda message: None)
    assert CasePage.objects.filter(slug__startswith="synthetic-case-").count() == 75
    assert Page.find_problems() == ([], [], [], [], [])
    case = CasePage.objects.get(slug="synthetic-case-70")
    response = client.get(case.url)
    assert response.status_code == 200
    assert "Synthetic case 70" in response.content.decode()
    listing = client.get("/en/cases/", {"sdg": [str(n) for n in range(1, 18)]})
    english_cases = CasePage.objects.live().filter(locale__language_code="en").count()
    assert listing.context["listing"].page.paginator.count == english_cases


RECORD_FIELDS = ["kind", "language", "group_key", "title", "sort_title", "summary", "body",
                 "url", "date", "facts", "parent_title", "parent_url"]  # fmt: skip


def search_records():
    """{object: (its record's fields, its facet keys)} of the whole search index."""
    return {
        (record.content_type_id, record.object_id): (
            {field: getattr(record, field) for field in RECORD_FIELDS},
            sorted((key.facet, key.key) for key in record.facet_keys.all()),
        )
        for record in SearchRecord.objects.prefetch_related("facet_keys")
    }


@pytest.mark.parametrize("options", [{}, {"no_index": True}], ids=["rebuilt", "kept by signals"])
def test_after_seeding_every_search_record_is_current(mirroring_only, options):
    """What seeding leaves in the index equals the records built afresh from the seeded
    content: a case summary's record names the case it is from (issue 26: it was
    written before the references that say so)."""
    mirroring_only()
    seed(**options)
    stored = search_records()
    indexing.rebuild()
    fresh = search_records()
    assert stored.keys() == fresh.keys()
    stale = [fresh[key][0]["title"] for key in fresh if stored[key] != fresh[key]]
    assert not stale, f"{len(stale)} stale records, such as {stale[:3]}"
    summary = next(
        fields for fields, _ in fresh.values() if fields["title"].startswith("Case summary")
    )
    assert summary["parent_title"] and summary["parent_url"].startswith("/en/cases/")
