"""Demo toolkits and methods for `seed_demo`."""

from hub.demo.content import TOOLKITS
from hub.demo.media import demo_document, demo_image
from hub.demo.pages import bullet_list, ensure_child, materials_block, paragraphs
from hub.taxonomy.models import Audience, MethodCategory, term
from toolkits.models import MethodPage, ToolkitIndexPage, ToolkitPage

SEED_ORDER = 10
# Translated into every partner language (hub.demo.translations): one whole toolkit.
TRANSLATED = [
    "toolkits",
    "toolkits/stakeholder-dialogue",
    *(f"toolkits/stakeholder-dialogue/{method['slug']}" for method in TOOLKITS[0]["methods"]),
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
        f"Worksheet: {data['title']}",
        [data["good_for"]],
        f"worksheet-{data['slug']}.pdf",
        worksheet=[f"{i}. {step['title']}" for i, step in enumerate(data["steps"], 1)],
    )
    documents = [worksheet]
    if data["slug"] == TOOLKITS[0]["methods"][0]["slug"]:
        # One language version, so visitors see how translated materials appear.
        documents.append(
            demo_document(
                f"Arbeitsblatt: {data['title']}",
                [data["good_for"]],
                f"arbeitsblatt-{data['slug']}.pdf",
                language="de",
                translation_of=worksheet,
            )
        )
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
