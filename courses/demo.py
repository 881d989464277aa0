"""The demo course module and its units for `seed_demo`."""

from decimal import Decimal

from courses.demo_content import MODULE
from courses.models import CourseIndexPage, CourseModulePage, UnitPage
from hub.demo.media import demo_document, demo_image
from hub.demo.pages import bullet_list, ensure_child, materials_block, paragraphs
from hub.taxonomy.models import Audience, Competence, EQFLevel, term

SEED_ORDER = 10
# Translated into every partner language (hub.demo.translations): the 12-ECTS module.
TRANSLATED = [
    "courses",
    f"courses/{MODULE['slug']}",
    *(f"courses/{MODULE['slug']}/{unit['slug']}" for unit in MODULE["units"]),
]


def outcomes(items):
    return [
        {
            "type": "outcome",
            "value": {
                "text": item["text"],
                "competences": [term(Competence, key).pk for key in item["competences"]],
            },
        }
        for item in items
    ]


def seed(home, log, **options):
    index, _ = ensure_child(
        home,
        CourseIndexPage,
        "courses",
        title="Courses",
        intro="Course modules on sustainability-oriented innovation and entrepreneurship "
        "for professional development and university teaching.",
    )
    module, created = ensure_child(
        index,
        CourseModulePage,
        MODULE["slug"],
        title=MODULE["title"],
        summary=MODULE["summary"],
        ects=Decimal(MODULE["ects"]),
        eqf_level=term(EQFLevel, MODULE["eqf"]),
        language=MODULE["language"],
        audiences=[term(Audience, key) for key in MODULE["audiences"]],
        prerequisites=paragraphs(MODULE["prerequisites"]),
        learning_outcomes=outcomes(MODULE["learning_outcomes"]),
        assessment=paragraphs(MODULE["assessment"]),
        trainer_notes=paragraphs(MODULE["trainer_notes"]),
        image=demo_image(MODULE["title"], ["#0b6e4f", "#FD6925", "#19486A"], 900),
    )
    for position, unit in enumerate(MODULE["units"]):
        handout = demo_document(
            f"Handout: {unit['title']}",
            [unit["summary"], *(item["text"] for item in unit["learning_outcomes"])],
            f"handout-{unit['slug']}.pdf",
        )
        _, new = ensure_child(
            module,
            UnitPage,
            unit["slug"],
            title=unit["title"],
            summary=unit["summary"],
            workload_hours=unit["workload_hours"],
            learning_outcomes=outcomes(unit["learning_outcomes"]),
            activities=paragraphs(unit["activities"]),
            readings=bullet_list(unit["readings"]),
            trainer_notes=paragraphs(unit["trainer_notes"]),
            materials=materials_block("Teaching materials", [handout]),
            image=demo_image(unit["title"], ["#19486A", "#4C9F38"], 910 + position),
        )
        created += new
    log(f"Courses: 1 module with {len(MODULE['units'])} units, {created} pages created.")
