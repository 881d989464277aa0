import pytest

from cases.factories import CasePageFactory
from hub.factories import ImageFactory
from tests.utils import assert_shows

pytestmark = pytest.mark.django_db


def test_every_body_block_renders(client, case_index):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Stakeholder worksheet", file=ContentFile(b"%PDF-1.4\n", name="worksheet.pdf")
    )
    picture = ImageFactory(credit="Ana Novak")
    case = CasePageFactory(
        parent=case_index,
        body=[
            ("text", "<p>Plain words.</p>"),
            (
                "image",
                {"image": picture, "alt_text": "Solar panels on a barn", "caption": "The barn"},
            ),
            ("quote", {"quote": "We should have asked earlier.", "attribution": "Farmer"}),
            ("key_figure", {"value": "38 %", "label": "less energy"}),
            ("callout", {"kind": "tip", "title": "Tip", "text": "<p>Start small.</p>"}),
            ("video", {"video": "https://www.youtube.com/watch?v=abc", "title": "The pilot"}),
            (
                "materials",
                {"heading": "Worksheets", "items": [{"document": document, "note": "A3"}]},
            ),
            ("steps", [{"title": "Invite", "minutes": 10, "instructions": "<p>Send letters.</p>"}]),
        ],
    )
    html = client.get(case.url).content.decode()
    assert_shows(
        html,
        "Plain words.",
        'alt="Solar panels on a barn"',
        "© Ana Novak",
        "We should have asked earlier.",
        "38 %",
        "Start small.",
        "Watch the video: The pilot",
        'href="https://www.youtube.com/watch?v=abc"',
        "Stakeholder worksheet",
        "PDF",
        "Invite",
        "10 minutes",
    )
    assert "<iframe" not in html  # no third-party player until the visitor chooses it
