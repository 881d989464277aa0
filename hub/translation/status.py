"""Translation status for partners: per locale, how much of the live English content is
translated, what is missing, and what is out of date (the source was published again
after the translation was last synchronised). Besides pages: the taxonomy terms (a row
in the locale with the English term's translation_key) and the materials (documents
that are in the language or have a language version in it, `translation_of`)."""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import TranslationSource


@dataclass
class Tally:
    """One kind of content in one locale: how many source items, and the rows of those
    translated, missing and out of date."""

    total: int = 0
    translated: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    outdated: list = field(default_factory=list)

    @property
    def share(self):
        return round(100 * len(self.translated) / self.total) if self.total else 100


@dataclass
class LocaleStatus(Tally):
    """The pages of a locale (the fields of Tally), and its terms and materials."""

    locale: Locale = None
    terms: Tally = field(default_factory=Tally)
    materials: Tally = field(default_factory=Tally)


def taxonomy_models():
    """Every translatable model of the taxonomy app: each is one taxonomy."""
    return [
        model
        for model in apps.get_app_config("taxonomy").get_models()
        if issubclass(model, TranslatableMixin)
    ]


def locale_statuses(codes=None, documents=None):
    """[LocaleStatus] for the partner locales (or `codes`), from five queries for the
    pages, one for each taxonomy and one for the materials (`documents`, a queryset of
    the documents the reader may see; all by default), whatever the number of items."""
    source_locale = Locale.get_default()
    sources = list(
        Page.objects.live()
        .filter(locale=source_locale, depth__gt=1)
        .order_by("path")
        .values("id", "title", "translation_key", "last_published_at")
    )
    synced_at = dict(
        TranslationSource.objects.filter(locale=source_locale).values_list(
            "object_id", "last_updated_at"
        )
    )
    codes = codes or [code for code, _ in settings.LANGUAGES if code != source_locale.language_code]
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)
    }
    targets = {}
    for page in Page.objects.filter(locale__in=locales.values()).values(
        "id", "locale_id", "translation_key", "alias_of_id", "last_published_at"
    ):
        targets[(page["locale_id"], page["translation_key"])] = page
    source_terms, term_tallies = terms_status(source_locale, locales.values())
    material_tallies = materials_status(codes, documents)
    statuses = []
    for code in codes:
        if code not in locales:
            continue
        status = LocaleStatus(locale=locales[code], total=len(sources))
        status.terms = term_tallies.get(status.locale.pk, Tally(total=len(source_terms)))
        status.materials = material_tallies[code]
        for source in sources:
            target = targets.get((status.locale.pk, source["translation_key"]))
            row = {"source": source, "target": target}
            if target is None or target["alias_of_id"]:
                status.missing.append(row)
                continue
            status.translated.append(row)
            synced = synced_at.get(source["translation_key"]) or target["last_published_at"]
            if source["last_published_at"] and synced and source["last_published_at"] > synced:
                status.outdated.append(row)
        statuses.append(status)
    return statuses


def terms_status(source_locale, locales):
    """([source term rows], {locale pk: Tally}): which English terms of every taxonomy
    have a row in each locale; one query a taxonomy."""
    locale_ids = [locale.pk for locale in locales]
    sources, present = [], set()
    for model in taxonomy_models():
        meta = model._meta
        for term in model.objects.filter(locale_id__in=[source_locale.pk, *locale_ids]):
            if term.locale_id != source_locale.pk:
                present.add((term.locale_id, term.translation_key))
                continue
            sources.append({
                "id": term.pk,
                "title": str(term),
                "taxonomy": meta.verbose_name,
                "translation_key": term.translation_key,
                "translate_url": reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, term.pk],
                ),
            })  # fmt: skip
    tallies = {}
    for locale_id in locale_ids:
        tally = tallies[locale_id] = Tally(total=len(sources))
        for source in sources:
            found = (locale_id, source["translation_key"]) in present
            (tally.translated if found else tally.missing).append({"source": source})
    return sources, tallies


def materials_status(codes, documents=None):
    """{language code: Tally} of the original documents (those that translate no other):
    translated when the original is in the language or has a version in it, out of date
    when that version was made from an earlier file of the original; one query."""
    if documents is None:
        documents = get_document_model().objects.all()
    rows = list(
        documents.order_by("title", "pk").values(
            "id", "title", "language", "translation_of_id", "file_hash", "source_file_hash"
        )
    )
    originals = [row for row in rows if row["translation_of_id"] is None]
    versions = {}
    for row in rows:
        if row["translation_of_id"] is not None:
            versions.setdefault((row["translation_of_id"], row["language"]), row)
    tallies = {}
    for code in codes:
        tally = tallies[code] = Tally(total=len(originals))
        for original in originals:
            version = original if original["language"] == code else None
            version = version or versions.get((original["id"], code))
            row = {"source": original, "target": version}
            if version is None:
                tally.missing.append(row)
                continue
            tally.translated.append(row)
            if version is not original and version["source_file_hash"] != original["file_hash"]:
                tally.outdated.append(row)
    return tallies
