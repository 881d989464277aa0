"""Demo toolkits and methods for `seed_demo`."""

from django.utils import translation
from django.utils.translation import gettext as _

from hub.demo import translations as demo_translations
from hub.demo.media import demo_document, demo_image
from hub.demo.pages import bullet_list, ensure_child, materials_block, paragraphs
from hub.taxonomy.models import Audience, MethodCategory, term
from toolkits.demo_content import TOOLKITS
from toolkits.models import MethodPage, ToolkitIndexPage, ToolkitPage

SEED_ORDER = 10
# Translated into every partner language (hub.demo.translations): every toolkit and
# method.
TRANSLATED = [
    "toolkits",
    *(
        path
        for toolkit in TOOLKITS
        for path in (
            f"toolkits/{toolkit['slug']}",
            *(f"toolkits/{toolkit['slug']}/{method['slug']}" for method in toolkit["methods"]),
        )
    ),
]
COLOURS = {
    "stakeholder-involvement": ["#3a5a98", "#26BDE2"],
    "routines-and-assumptions": ["#8a4b0f", "#FD9D24"],
    "ideation": ["#0b6e4f", "#FCC30B"],
    "reflection-evaluation": ["#19486A", "#56C02B"],
}


def seed(home, log, **options):
    index, _ = ensure_child(
        home,
        ToolkitIndexPage,
        "toolkits",
        title="Toolkits",
        intro="Facilitation methods for involving stakeholders in innovation and for "
        "reviewing routines, values and hidden assumptions.",
    )
    created = 0
    for number, data in enumerate(TOOLKITS):
        toolkit, new = ensure_child(
            index,
            ToolkitPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            summary=data["intro"],
            purpose=paragraphs(data["purpose"]),
            audiences=[term(Audience, key) for key in data["audiences"]],
            image=demo_image(data["title"], ["#3a5a98", "#0b6e4f", "#FCC30B"], 500 + number),
        )
        created += new
        for position, method in enumerate(data["methods"]):
            created += seed_method(toolkit, method, 600 + 10 * number + position)
    log(f"Toolkits: {len(TOOLKITS)} toolkits, {created} pages created.")


def seed_method(toolkit, data, seed):
    # A row for each step, with room for the group's notes.
    worksheet = demo_document(
        worksheet_title(data["title"], "en"),
        [data["good_for"]],
        f"worksheet-{data['slug']}.pdf",
        worksheet=[f"{i}. {step['title']}" for i, step in enumerate(data["steps"], 1)],
    )
    documents = [worksheet]
    if data["slug"] == TOOLKITS[0]["methods"][0]["slug"]:
        documents += language_versions(worksheet, data)
    steps = [
        {
            "type": "step",
            "value": {
                "title": step["title"],
                "minutes": step.get("minutes"),
                "instructions": paragraphs(step["instructions"]),
            },
        }
        for step in data["steps"]
    ]
    _, new = ensure_child(
        toolkit,
        MethodPage,
        data["slug"],
        title=data["title"],
        summary=data["summary"],
        category=term(MethodCategory, data["category"]),
        good_for=data["good_for"],
        experience=data["experience"],
        duration_min=data["duration_min"],
        duration_max=data["duration_max"],
        group_min=data["group_min"],
        group_max=data["group_max"],
        difficulty=data["difficulty"],
        setting=data["setting"],
        materials_needed="\n".join(data["materials"]),
        steps=steps,
        tips=bullet_list(data["tips"]),
        variations=bullet_list(data["variations"]),
        worksheets=materials_block("Worksheets", documents),
        image=demo_image(data["title"], COLOURS[data["category"]], seed),
    )
    return new


def worksheet_title(method_title, language):
    with translation.override(language):
        return _("Worksheet: %(method)s") % {"method": method_title}


def language_versions(worksheet, data):
    """The method's worksheet in each partner language, in that language's words (the
    demo's translations), as language versions of the English one."""
    versions = []
    for code in demo_translations.languages():
        words = demo_translations.wording(code)
        steps = [f"{i}. {words(step['title'])}" for i, step in enumerate(data["steps"], 1)]
        versions.append(
            demo_document(
                worksheet_title(words(data["title"]), code),
                [words(data["good_for"])],
                f"worksheet-{data['slug']}-{code}.pdf",
                language=code,
                translation_of=worksheet,
                worksheet=steps,
            )
        )
    return versions
