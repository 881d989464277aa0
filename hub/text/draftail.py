"""The admin's rich-text editor: Wagtail's Draftail, keeping posted text that is no
contentstate for a form error instead of failing (hub.text.rich_text)."""

from wagtail.admin.rich_text import DraftailRichTextArea

from hub.text.rich_text import UnreadableRichText

# What reading a browser's arbitrary JSON (or no JSON) through the exporter raises.
UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except UNREADABLE:
            return UnreadableRichText(data.get(name))
