"""Translation status for partners: per locale, how much of the live English content is
translated, what is missing, and what is out of date (the source was published again
after the translation was last synchronised)."""

from dataclasses import dataclass, field

from django.conf import settings

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


@dataclass
class LocaleStatus:
    locale: Locale
    total: int = 0
    translated: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    outdated: list = field(default_factory=list)

    @property
    def share(self):
        return round(100 * len(self.translated) / self.total) if self.total else 100


def locale_statuses(codes=None):
    """[LocaleStatus] for the partner locales (or `codes`), from four queries whatever
    the number of pages."""
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
    statuses = []
    for code in codes:
        if code not in locales:
            continue
        status = LocaleStatus(locale=locales[code], total=len(sources))
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
