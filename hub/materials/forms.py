import os

from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

from hub.materials.extraction import text_pending
from hub.materials.validation import validate_document_content
from hub.security.media_permissions import visible_documents


class DocumentForm(BaseDocumentForm):
    """The document form of the admin (single and multiple upload): the file's content
    must match its extension, language versions show whether they are out of date, and
    the file whether its text is still to be read for search (a background task)."""

    def __init__(self, *args, **kwargs):
        user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        if "translation_of" in self.fields and user is not None:
            # Offer only originals the user may choose: the choices show their titles.
            choosable = visible_documents(user)
            current = Q(pk=self.instance.translation_of_id) if self.instance.pk else Q(pk__in=[])
            self.fields["translation_of"].queryset = self.fields["translation_of"].queryset.filter(
                Q(pk__in=choosable.values("pk")) | current
            )
        if "translation_of" in self.fields and self.instance.pk:
            self.fields["translation_of"].queryset = self.fields["translation_of"].queryset.exclude(
                pk=self.instance.pk
            )
            if self.instance.is_out_of_date:
                self.fields["translation_of"].help_text = (
                    "Out of date: the original's file was replaced after this translation "
                    "was uploaded. Upload the updated translation to clear this."
                )

        if "file" in self.fields and text_pending(self.instance):
            pending = _(
                "Text extraction pending: until the text inside this file has been read, "
                "search finds the document by its title and description only."
            )
            help_text = self.fields["file"].help_text
            self.fields["file"].help_text = (
                format_lazy("{} {}", help_text, pending) if help_text else pending
            )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            extension = os.path.splitext(uploaded.name)[1].lstrip(".")
            validate_document_content(uploaded, extension)
        return uploaded
