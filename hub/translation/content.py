"""Translations of content (pages and snippets) written in PO files and applied through
wagtail-localize, as a translator's work in its editor would be: a translation source
of the English object, a string translation per segment, and the target saved (a page
published, a mirror turned into a real page). Translators then see and can correct them
in the translation editor. The taxonomy migration and seed_demo load theirs this way.

A PO entry is matched by its msgid (the English segment) and, when given, its msgctxt;
segments without a translation keep the English text, and are reported."""

from dataclasses import dataclass, field

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import polib

TOOL_NAME = "IMPACT hub PO files"


@dataclass
class Catalogue:
    """The entries of a PO file: {(msgctxt, msgid): msgstr}, empty and fuzzy ones left out."""

    entries: dict = field(default_factory=dict)

    @classmethod
    def read(cls, path):
        catalogue = cls()
        for entry in polib.pofile(str(path)):
            if entry.msgstr and not entry.fuzzy and not entry.obsolete:
                catalogue.entries[(entry.msgctxt or "", entry.msgid)] = entry.msgstr
        return catalogue

    def get(self, msgid, context=""):
        return self.entries.get((context, msgid)) or self.entries.get(("", msgid))


def source_segments(instance):
    """[(context path, English text)] of an object's translatable strings, in order, from
    the translation source wagtail-localize keeps for it (made or refreshed here)."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    return source, [(segment, segment.context.path, segment.string.data) for segment in segments]


def translate(instance, locale, lookup, publish=True):
    """Translate `instance` into `locale` with `lookup(text, context_path)` (the
    translation of a segment, or None) and save the target. Returns the English texts
    that had no translation."""
    source, segments = source_segments(instance)
    missing = []
    wanted = {}
    for segment, path, text in segments:
        translated = lookup(text, path)
        if translated:
            wanted[(segment.string_id, segment.context_id)] = translated
        else:
            missing.append(text)
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        )
    }
    for (string_id, context_id), data in wanted.items():
        row = existing.get((string_id, context_id))
        if row is None:
            StringTranslation.objects.create(
                translation_of_id=string_id,
                context_id=context_id,
                locale=locale,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name=TOOL_NAME,
            )
        elif row.data != data:
            row.data = data
            row.has_error = False
            row.save()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=publish)
    return missing
