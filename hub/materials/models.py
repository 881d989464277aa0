from wagtail.documents.models import AbstractDocument, Document


class HubDocument(AbstractDocument):
    """The open-access document. A custom model from the first migration; licence,
    language, authors and version fields arrive with the materials work."""

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documents"
        # Wagtail's choosers check this permission; the codename follows the model name.
        permissions = [("choose_hubdocument", "Can choose document")]
