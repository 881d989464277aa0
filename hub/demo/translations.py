"""The demo's translated content: the pages each content app names in its demo module's
`TRANSLATED` (paths below the home page, parents first), in the nine partner languages.
The wording is kept in `po/<code>.po` (msgid: the English text of a segment) and
applied through wagtail-localize (hub.translation.content), so the translated pages are
real translations, published, that translators can open and correct; the other pages
stay mirrors of the English ones. Marked as demo content like the English pages."""

from functools import cache
from pathlib import Path

import polib

from hub.translation.content import Catalogue, source_segments, translate

PO_DIR = Path(__file__).parent / "po"
# Kept as in English so that links and bookmarks work in every language.
KEPT_AS_IS = {"slug"}


def languages():
    """The partner languages the demo has wording for."""
    return sorted(path.stem for path in PO_DIR.glob("*.po"))


@cache
def wording(code):
    """`text` → its translation into `code` from the demo's PO file (or `text` itself),
    for demo content other than pages (a worksheet's words)."""
    catalogue = Catalogue.read(PO_DIR / f"{code}.po")
    return lambda text: catalogue.get(text) or text


def translated_pages(home, modules):
    """The pages to translate: the home page, then each module's TRANSLATED paths."""
    pages = [home]
    for module in modules:
        for path in getattr(module, "TRANSLATED", ()):
            page = home
            for slug in path.split("/"):
                page = page.get_children().get(slug=slug)
            pages.append(page.specific)
    return pages


def write_templates(pages, codes):
    """Write or update po/<code>.po with every English text of `pages`, each once,
    keeping the translations already there. Returns the paths written."""
    texts = {}
    for page in pages:
        _, segments = source_segments(page)
        for _, path, text in segments:
            if path not in KEPT_AS_IS:
                texts.setdefault(text, []).append(f"{page.slug} {path.split('.')[0]}")
    PO_DIR.mkdir(exist_ok=True)
    written = []
    for code in codes:
        path = PO_DIR / f"{code}.po"
        old = Catalogue.read(path) if path.exists() else Catalogue()
        po = polib.POFile(wrapwidth=0)
        po.metadata = {
            "Project-Id-Version": "IMPACT hub demo content",
            "Language": code,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for text, places in texts.items():
            entry = polib.POEntry(msgid=text, msgstr=old.get(text) or "")
            entry.occurrences = [(place, "") for place in dict.fromkeys(places)]
            po.append(entry)
        po.save(str(path))
        written.append(path)
    return written


def load(pages, locales, log):
    """Translate `pages` into each of `locales` that has a PO file. A page already
    translated there (not a mirror) is left as editors left it, so seeding twice changes
    nothing."""
    lookups = {}
    for locale in locales:
        path = PO_DIR / f"{locale.language_code}.po"
        if path.exists():
            catalogue = Catalogue.read(path)

            def lookup(text, field, catalogue=catalogue):
                return text if field in KEPT_AS_IS else catalogue.get(text)

            lookups[locale] = lookup
    done = {locale: 0 for locale in lookups}
    untranslated = {locale: 0 for locale in lookups}
    for page in pages:
        wanted = {}
        for locale, lookup in lookups.items():
            target = page.get_translation_or_none(locale)
            if target is None or target.alias_of_id:
                wanted[locale] = lookup
                done[locale] += 1
        if not wanted:
            continue
        for locale, texts in translate(page, wanted).items():
            untranslated[locale] += len(texts)
    for locale in lookups:
        log(
            f"Demo content in {locale.get_display_name()}: {done[locale]} pages translated, "
            f"{untranslated[locale]} texts left in English."
        )
