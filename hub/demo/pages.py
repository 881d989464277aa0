"""Page helpers for the demo seeders: find a child by slug or create and publish it."""

from django.utils.html import escape


def ensure_child(parent, model, slug, **fields):
    """The child of `parent` with `slug`, created and published (with a revision, as an
    editor would) if it does not exist yet. Existing pages are left as editors left them."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    if hasattr(page, "is_demo"):
        page.is_demo = True
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def one_line(text):
    """A wrapped triple-quoted paragraph as one single-spaced string."""
    return " ".join(text.split())


def paragraphs(text):
    """Plain text with blank-line paragraphs as rich text HTML."""
    parts = [part.strip() for part in str(text).split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in parts)


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def materials_block(heading, documents):
    """Raw StreamField data for a MaterialsBlock listing `documents`."""
    if not documents:
        return []
    items = [{"document": document.pk, "note": ""} for document in documents]
    return [{"type": "materials", "value": {"heading": heading, "items": items}}]
