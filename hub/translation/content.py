"""Translations of content (pages and snippets) written in PO files and applied through
wagtail-localize, as a translator's work in its editor would be: a translation source
of the English object, a string translation per segment, and the target saved (a page
published, a mirror turned into a real page). Translators then see and can correct them
in the translation editor. The taxonomy migration and seed_demo load theirs this way.

A PO entry is matched by its msgid (the English segment) and, when given, its msgctxt;
segments without a translation keep the English text, and are reported."""

from dataclasses import dataclass, field

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

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


def translate(instance, lookups, publish=True):
    """Translate `instance` into each locale of `lookups` ({locale: lookup}, where
    `lookup(text, context_path)` gives a segment's translation or None) and save the
    targets. Returns {locale: [English texts that had no translation]}."""
    source, segments = source_segments(instance)
    missing = {locale: [] for locale in lookups}
    wanted = {}
    for locale, lookup in lookups.items():
        for segment, path, text in segments:
            translated = lookup(text, path)
            if translated:
                wanted[(locale.pk, segment.string_id, segment.context_id)] = translated
            else:
                missing[locale].append(text)
    store_string_translations(wanted, [segment.context_id for segment, _, _ in segments])
    have = set(Translation.objects.filter(source=source).values_list("target_locale_id", flat=True))
    Translation.objects.bulk_create(
        Translation(source=source, target_locale=locale, enabled=True)
        for locale in lookups
        if locale.pk not in have
    )
    if isinstance(instance, Page):
        for translation in Translation.objects.filter(source=source, target_locale__in=lookups):
            translation.save_target(publish=publish)
    else:
        save_plain_targets(
            instance,
            {
                locale: {path: lookup(text, path) for _, path, text in segments}
                for locale, lookup in lookups.items()
            },
        )
    return missing


def store_string_translations(wanted, context_ids):
    """Keep `wanted` ({(locale id, string id, context id): text}) as wagtail-localize's
    string translations: new ones added, changed ones updated."""
    existing = {
        (row.locale_id, row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            context_id__in=context_ids, locale_id__in={key[0] for key in wanted}
        )
    }
    new = []
    for (locale_id, string_id, context_id), data in wanted.items():
        row = existing.get((locale_id, string_id, context_id))
        if row is None:
            row = StringTranslation(
                translation_of_id=string_id,
                context_id=context_id,
                locale_id=locale_id,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name=TOOL_NAME,
            )
            # bulk_create skips the check the model's save makes.
            try:
                StringValue.from_translated_html(data)
            except ValueError:
                row.has_error = True
            new.append(row)
        elif row.data != data:
            row.data = data
            row.has_error = False
            row.save()
    StringTranslation.objects.bulk_create(new)


def save_plain_targets(instance, texts):
    """Save the targets of a snippet whose translatable fields are plain fields (each
    segment's path is a field's name) from `texts` ({locale: {field: text or None}}).
    It is what save_target makes of such a snippet, without rebuilding the object from
    every segment for every locale, which for the taxonomy terms is most of their
    migration."""
    model = type(instance)
    targets = {
        target.locale_id: target
        for target in model.objects.filter(
            translation_key=instance.translation_key, locale__in=texts
        )
    }
    new = []
    for locale, fields in texts.items():
        target = targets.get(locale.pk)
        if target is None:
            target = instance.copy_for_translation(locale)
            new.append(target)
        changed = False
        for name, text in fields.items():
            value = text or getattr(instance, name)
            changed = changed or getattr(target, name) != value
            setattr(target, name, value)
        # The codes and keys are the source's; only the translated texts can be wrong.
        target.clean_fields(
            exclude=[field.name for field in model._meta.fields if field.name not in fields]
        )
        if changed and target.pk:
            target.save()
    model.objects.bulk_create(new)
