"""Open-access materials: documents with licence, language, authors and version, their
language versions, and download counts that store nothing personal."""

import mimetypes

from django.conf import settings
from django.db import models, transaction
from django.db.models import F
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.documents.models import AbstractDocument, Document, DocumentQuerySet
from wagtail.utils.file import hash_filelike

from hub.taxonomy.facets import Facet
from hub.taxonomy.fields import TermField
from hub.taxonomy.labels import localized_term, terms_in_locale
from hub.taxonomy.models import Licence
from hub.translation.names import language_name

# Extensions Python's mimetypes may not know on every system.
for _type, _extension in [
    ("application/vnd.oasis.opendocument.text", ".odt"),
    ("application/vnd.oasis.opendocument.presentation", ".odp"),
    ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
    ("application/epub+zip", ".epub"),
    ("image/webp", ".webp"),
]:
    mimetypes.add_type(_type, _extension)

FORMAT_LABELS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "pptx": "PowerPoint (PPTX)",
    "xlsx": "Excel (XLSX)",
    "odt": "OpenDocument text (ODT)",
    "odp": "OpenDocument presentation (ODP)",
    "ods": "OpenDocument spreadsheet (ODS)",
    "epub": "EPUB",
    "csv": "CSV",
    "txt": "Text",
    "zip": "ZIP",
    "png": "PNG",
    "jpg": "JPEG",
    "jpeg": "JPEG",
    "gif": "GIF",
    "webp": "WebP",
}


def default_licence_term():
    """CC BY 4.0 in the source locale, the alliance's default for everything it makes.
    During a request, from the licences read once for it (hub.taxonomy.labels)."""
    from wagtail.models import Locale

    from hub.caching import per_request
    from hub.taxonomy.models import Licence
    from hub.translation.locales import locale_for

    if per_request.store() is None:
        return Licence.objects.filter(slug="cc-by-4.0", locale__language_code="en").first()
    try:
        return terms_in_locale(Licence, locale_for("en")).get("cc-by-4.0")
    except Locale.DoesNotExist:
        return None


def default_licence():
    """The default licence's pk, for the document field's default."""
    licence = default_licence_term()
    return licence.pk if licence else None


class DocumentManager(models.Manager.from_queryset(DocumentQuerySet)):
    """Documents without their extracted text: a PDF's whole text (megabytes for a long
    report) is for search only, which asks for it with .defer(None). Every other reader
    (pages, downloads, the API, OAI-PMH, the admin) would read it for nothing."""

    def get_queryset(self):
        return super().get_queryset().defer("extracted_text")


class HubDocument(AbstractDocument):
    """An open-access material. Format and size come from the file; licence, language,
    authors, description and version date from the editor. A language version points to
    the document it was translated from and remembers which file that was, so replacing
    the original flags the translation as out of date."""

    licence = models.ForeignKey(
        "taxonomy.Licence",
        null=True,
        blank=True,
        default=default_licence,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    authors = models.CharField(
        max_length=255, blank=True, help_text=_("Who made it, as it should be credited.")
    )
    description = models.TextField(blank=True)
    version_date = models.DateField(null=True, blank=True, help_text=_("Date of this version."))
    translation_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("The document this one was translated from."),
    )
    source_file_hash = models.CharField(max_length=40, blank=True, editable=False)
    extracted_text = models.TextField(blank=True, editable=False)
    text_extracted_for = models.CharField(max_length=40, blank=True, editable=False)

    objects = DocumentManager()

    # The API (/api/v2/documents/?language=pl&fields=*); the licence as {key, title, url}.
    api_fields = [
        APIField("licence", serializer=TermField()),
        APIField("language"),
        APIField("authors"),
        APIField("description"),
        APIField("version_date"),
        APIField("translation_of_id"),
    ]
    admin_form_fields = (
        *Document.admin_form_fields,
        "description",
        "authors",
        "licence",
        "language",
        "version_date",
        "translation_of",
    )

    # In the registry of content types (hub.content.registry): the "document" kind of search
    # and harvesting, shown to visitors as a material, weighing half a page among
    # results (a page names what its materials hold).
    kind = "document"
    kind_label = _("Material")
    facets = (Facet("licence", _("Licence"), "licence", Licence),)
    search_weight = 0.5

    def search_facts(self):
        return {
            "format": self.format_label,
            "size": self.size_label,
            "licence": self.licence.short_name if self.licence else "",
        }

    @classmethod
    def facts_line(cls, facts):
        parts = [facts.get("format"), facts.get("size"), facts.get("licence")]
        return " · ".join(str(part) for part in parts if part)

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documents"
        # Wagtail's choosers check this permission; the codename follows the model name.
        permissions = [("choose_hubdocument", "Can choose document")]

    def save(self, *args, **kwargs):
        # The file's hash and size with the row itself: asked for later, Wagtail would
        # work them out and save the document a second time (and the change pipeline
        # would index it twice).
        if self.file and not self.file_hash:
            with self.open_file() as file:
                self.file_hash = hash_filelike(file)
        if self.file and self.file_size is None:
            self.file_size = self.file.size
        # A new or re-linked translation, or a new file for it, is up to date with the
        # original as it is now.
        if self.translation_of_id and (not self.source_file_hash or self._translation_changed()):
            self.source_file_hash = self.translation_of.file_hash
        if not self.translation_of_id:
            self.source_file_hash = ""
        super().save(*args, **kwargs)
        if self.file_hash and self.file_hash != self.text_extracted_for:
            # In the background, once the new file is committed; never blocks the upload.
            from hub.materials.extraction import extract_document_text

            transaction.on_commit(lambda: extract_document_text.enqueue(self.pk))

    def _translation_changed(self):
        if not self.pk:
            return True
        previous = type(self).objects.filter(pk=self.pk).values("translation_of_id", "file_hash")
        previous = previous.first()
        return previous is None or (
            previous["translation_of_id"] != self.translation_of_id
            or previous["file_hash"] != self.file_hash
        )

    @property
    def is_out_of_date(self):
        """True when the original's file was replaced after this translation was made."""
        return bool(
            self.translation_of_id and self.source_file_hash != self.translation_of.file_hash
        )

    @property
    def language_versions(self):
        """Its translations, as read with it (hub.materials.pages.load_documents), else
        asked for now."""
        known = getattr(self, "_hub_versions", None)
        return known if known is not None else list(self.translations.all())

    @property
    def format_label(self):
        return FORMAT_LABELS.get(self.file_extension.lower(), self.file_extension.upper())

    @property
    def size_label(self):
        return filesizeformat(self.get_file_size() or 0)

    @property
    def language_name(self):
        return language_name(self.language)

    def attribution(self, base_url=None):
        """The TASL line Creative Commons recommends: title, author, source, licence."""
        base_url = base_url or settings.WAGTAILADMIN_BASE_URL
        parts = [f"“{self.title}”"]
        if self.authors:
            parts.append(str(_("by %(authors)s")) % {"authors": self.authors})
        parts.append(str(_("IMPACT hub")) + f", {base_url}{self.url}")
        line = ", ".join(parts)
        if self.licence:
            line += ". " + str(_("Licensed under %(licence)s (%(url)s).")) % {
                "licence": self.licence.short_name,
                "url": self.licence.url,
            }
        return line

    def localized_licence(self):
        """The licence term in the visitor's language, where translated (read once per
        request for all materials, see hub.taxonomy.labels)."""
        return localized_term(self.licence) if self.licence else None


class DownloadCount(models.Model):
    """How often a document was downloaded on a day. Deliberately nothing else: no IP
    address, cookie, user agent or user is stored."""

    document = models.ForeignKey(HubDocument, on_delete=models.CASCADE, related_name="downloads")
    day = models.DateField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "day"], name="one_count_per_document_day")
        ]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"

    @classmethod
    def record(cls, document_ids):
        """Add one download to each document today, safely under concurrent requests."""
        today = timezone.localdate()
        for document_id in document_ids:
            updated = cls.objects.filter(document_id=document_id, day=today).update(
                count=F("count") + 1
            )
            if not updated:
                _, created = cls.objects.get_or_create(
                    document_id=document_id, day=today, defaults={"count": 1}
                )
                if not created:
                    cls.objects.filter(document_id=document_id, day=today).update(
                        count=F("count") + 1
                    )
