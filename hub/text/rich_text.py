"""Rich text as the admin's editor (Draftail) posts it: contentstate, a JSON document.
Wagtail's widget turns anything else (raw HTML, other JSON) into a server error; here it
is a form error, and the form comes back with what was sent (shown as text), so nothing
the editor typed is lost (issue 26). The widget (hub.text.draftail, the default editor in
WAGTAILADMIN_RICH_TEXT_EDITORS) keeps such text as UnreadableRichText; the form field
registered for RichTextField and hub.pages.blocks.RichTextBlock refuse it."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MESSAGE = _("This text could not be read: use the editor's own formatting, not HTML.")


class UnreadableRichText(str):
    """What was posted where contentstate was expected, kept to be shown again."""


class RichTextFormField(forms.CharField):
    def to_python(self, value):
        if isinstance(value, UnreadableRichText):
            raise ValidationError(MESSAGE, code="invalid")
        return super().to_python(value)


def check_block_value(value):
    """For rich-text blocks, whose value is a RichText of what the widget read."""
    if isinstance(getattr(value, "source", None), UnreadableRichText):
        raise ValidationError(MESSAGE, code="invalid")


def register():
    """Every admin form's rich-text field refuses unreadable text (called once ready)."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.fields import RichTextField

    register_form_field_override(RichTextField, override={"form_class": RichTextFormField})
