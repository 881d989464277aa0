"""The taxonomy terms in the nine partner languages. The wording (official EU and UN
wording where it exists) is kept in `po/<code>.po`, one entry per term and field
with a context naming the term ("sdg 7 title"), and loaded by migration through
wagtail-localize (hub.translation.content), so translators see the terms in the
translation editor and can correct them there. Countries have no text of their own
(django-countries names them in every language); they get their row in each locale."""

from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

import polib

from hub.taxonomy.models import (
    SDG,
    Audience,
    Competence,
    Country,
    EQFLevel,
    GreenDealArea,
    Licence,
    MethodCategory,
    OrganisationType,
    SDGTarget,
    Sector,
    target_order,
)
from hub.taxonomy.sdg_targets import SDG_TARGETS
from hub.translation.content import Catalogue, source_segments, translate

PO_DIR = Path(__file__).parent / "po"
TAXONOMIES = [
    SDG,
    GreenDealArea,
    Sector,
    OrganisationType,
    Audience,
    EQFLevel,
    Licence,
    MethodCategory,
    Competence,
]
# Official wording in every language (the UN's SDG targets), written in bulk by
# `load_targets` rather than through the translation editor, where they would add
# 1,521 strings that nobody is meant to reword; a partner corrects one by editing its row.
OFFICIAL_TAXONOMIES = [SDGTarget]


def context(term, path):
    """The msgctxt of a term's field: the taxonomy, the term's key and the field."""
    return f"{term._meta.model_name} {term.key} {path}"


def partner_codes():
    return [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def source_terms(model):
    return model.objects.filter(locale=Locale.get_default())


def write_templates(codes=None):
    """Write or update po/<code>.po with an entry for every translatable field of
    every English term, keeping the translations already there. Returns the paths."""
    rows = []
    for model in [*TAXONOMIES, *OFFICIAL_TAXONOMIES]:
        for term in source_terms(model):
            _, segments = source_segments(term)
            for _, path, text in segments:
                rows.append((context(term, path), text))
    PO_DIR.mkdir(exist_ok=True)
    written = []
    for code in codes or partner_codes():
        path = PO_DIR / f"{code}.po"
        old = Catalogue.read(path) if path.exists() else Catalogue()
        po = polib.POFile(wrapwidth=0)
        po.metadata = {
            "Project-Id-Version": "IMPACT hub taxonomies",
            "Language": code,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for msgctxt, msgid in rows:
            msgstr = old.entries.get((msgctxt, msgid), "")
            po.append(polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr))
        po.save(str(path))
        written.append(path)
    return written


def load(log=None):
    """Translate every term into each partner locale that has a PO file (terms already
    translated are updated to the file's wording); a term without a translation in a
    file is left out there (its label falls back to English, hub.taxonomy.labels).
    Returns {code: [untranslated texts]}."""
    catalogues = {}
    for code in partner_codes():
        path = PO_DIR / f"{code}.po"
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None and path.exists():
            catalogues[locale] = Catalogue.read(path)
    missing = {locale.language_code: [] for locale in catalogues}
    for model in TAXONOMIES:
        for term in source_terms(model):
            lookups = {}
            for locale, catalogue in catalogues.items():
                if catalogue.get(term.title, context(term, "title")):

                    def lookup(text, field, term=term, catalogue=catalogue):
                        return catalogue.get(text, context(term, field))

                    lookups[locale] = lookup
                else:
                    missing[locale.language_code].append(context(term, "title"))
            if lookups:
                for locale, texts in translate(term, lookups).items():
                    missing[locale.language_code] += [context(term, text) for text in texts]
    for locale in catalogues:
        add_countries(locale)
        if log:
            left = len(missing[locale.language_code])
            log(f"Taxonomies in {locale.language_code}: {left} texts untranslated.")
    return missing


def add_countries(locale):
    """Each country's row in `locale`, linked to the English one."""
    have = set(Country.objects.filter(locale=locale).values_list("translation_key", flat=True))
    Country.objects.bulk_create(
        country.copy_for_translation(locale)
        for country in source_terms(Country)
        if country.translation_key not in have
    )


def load_targets():
    """The SDG targets: in English from hub.taxonomy.sdg_targets, and in each partner
    locale from its po/<code>.po; targets already there are kept. Returns
    {code: [target codes without a translation]}."""
    default = Locale.get_default()
    have = set(SDGTarget.objects.filter(locale=default).values_list("code", flat=True))
    SDGTarget.objects.bulk_create(
        SDGTarget(locale=default, code=code, title=title, **dict(zip(("goal", "position"),
                  target_order(code), strict=True)))
        for code, title in SDG_TARGETS
        if code not in have
    )  # fmt: skip
    english = list(source_terms(SDGTarget))
    missing = {}
    for code in partner_codes():
        locale = Locale.objects.filter(language_code=code).first()
        path = PO_DIR / f"{code}.po"
        if locale is None or not path.exists():
            continue
        catalogue = Catalogue.read(path)
        there = set(SDGTarget.objects.filter(locale=locale).values_list("code", flat=True))
        rows, missing[code] = [], []
        for target in english:
            title = catalogue.get(target.title, context(target, "title"))
            if not title:
                missing[code].append(target.code)
            elif target.code not in there:
                row = target.copy_for_translation(locale)
                row.title = title
                rows.append(row)
        SDGTarget.objects.bulk_create(rows)
    return missing
