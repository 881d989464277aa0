"""The shared StreamField block library. Each block describes itself to editors (icon,
description, preview) and renders with its own template under templates/blocks/."""

import copy

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from hub.caching import per_request
from hub.materials.pages import load_documents, public_materials
from hub.text import formatting
from hub.text.rich_text import check_block_value

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    def clean(self, value):
        check_block_value(value)  # posted text that was no contentstate: a form error
        return super().clean(value)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text.html"
        description = _("Formatted text with headings, lists and links.")
        preview_value = "<p>Text with <b>bold</b> words and a <a href='#'>link</a>.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        help_text=_("Describe the picture for people who cannot see it; empty if decorative."),
    )
    caption = blocks.CharBlock(required=False)
    credit = blocks.CharBlock(
        required=False, help_text=_("Leave empty to use the credit stored with the image.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = _("A picture with caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quotation from a person involved.")
        preview_value = {
            "quote": "We learnt more from the two failed pilots than from the one that worked.",
            "attribution": "Plant manager",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=32, help_text=_("The number with its unit, e.g. 38 %."))
    label = blocks.CharBlock(max_length=120, help_text=_("What it measures."))

    class Meta:
        icon = "order"
        template = "blocks/key_figure.html"
        description = _("A result in numbers: value and what it measures.")
        preview_value = {"value": "38 %", "label": "less energy per tonne of product"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Note")), ("tip", _("Tip")), ("warning", _("Caution"))],
        default="info",
    )
    title = blocks.CharBlock(required=False)
    text = RichTextBlock()

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        description = _("A highlighted note, tip or caution.")
        preview_value = {"kind": "tip", "title": "Tip", "text": "<p>Start small.</p>"}


class VideoBlock(blocks.StructBlock):
    """A video shown as a link card: no third-party player loads until the visitor
    chooses to watch, which keeps pages light and free of tracking."""

    video = EmbedBlock(help_text=_("The address of the video, e.g. on YouTube or Vimeo."))
    title = blocks.CharBlock()
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = _("A video, linked without loading a third-party player.")


def one_per_occurrence(values, found):
    """The objects for `values` from `found` (id -> object), a copy for each repeat, as
    Wagtail's own bulk_to_python gives one object per occurrence."""
    result, seen = [], set()
    for value in values:
        item = found.get(value)
        if item is not None and value in seen:
            item = copy.copy(item)
        result.append(item)
        seen.add(value)
    return result


class MaterialDocumentBlock(DocumentChooserBlock):
    """Wagtail's document chooser, whose documents are read with what a material shows
    (licence, original, language versions), once per request for the whole page."""

    def bulk_to_python(self, values):
        documents = load_documents([value for value in values if value is not None])
        return one_per_occurrence(values, documents)


class SharedSnippetChooserBlock(SnippetChooserBlock):
    """Wagtail's snippet chooser, whose snippets are read once per request by id: a page
    and the page it mirrors (its structured data describes the source) list the same
    competences."""

    def bulk_to_python(self, values):
        known = per_request.cached(("snippets", self.target_model._meta.label), dict)
        missing = [value for value in dict.fromkeys(values) if value not in known]
        if missing:
            found = self.target_model.objects.in_bulk([v for v in missing if v is not None])
            known.update({value: found.get(value) for value in missing})
        return one_per_occurrence(values, known)


# Stored data and migrations see Wagtail's blocks: only the loading differs.
DECONSTRUCT_ALIASES = {
    MaterialDocumentBlock: "wagtail.documents.blocks.DocumentChooserBlock",
    SharedSnippetChooserBlock: "wagtail.snippets.blocks.SnippetChooserBlock",
}


class MaterialBlock(blocks.StructBlock):
    document = MaterialDocumentBlock()
    note = blocks.CharBlock(required=False, help_text=_("What it is for, e.g. 'print A3'."))

    class Meta:
        icon = "doc-full"


class MaterialsValue(blocks.StructValue):
    def documents(self):
        """The public documents of the list, with licence and language versions loaded
        in bulk; documents in a restricted collection are left out."""
        notes = {item["document"].pk: item["note"] for item in self["items"] if item["document"]}
        documents = [copy.copy(document) for document in public_materials(list(notes))]
        for document in documents:  # copies: the same document may be listed elsewhere
            document.note = notes[document.pk]
        return documents


class MaterialsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, default=_("Materials"))
    items = blocks.ListBlock(MaterialBlock())

    class Meta:
        icon = "download"
        value_class = MaterialsValue
        template = "blocks/materials.html"
        description = _("A list of documents to download.")


class StepValue(blocks.StructValue):
    def duration_label(self):
        return formatting.minutes(self.get("minutes"))


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    minutes = blocks.IntegerBlock(required=False, min_value=1, help_text=_("Time in minutes."))
    instructions = RichTextBlock()

    class Meta:
        icon = "list-ol"
        value_class = StepValue
        template = "blocks/step.html"
        description = _("One step of a method or activity, with its time.")
        preview_value = {
            "title": "Map the stakeholders",
            "minutes": 20,
            "instructions": "<p>Write each stakeholder on a card.</p>",
        }


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        template = "blocks/steps.html"
        description = _("Ordered steps.")


class LearningOutcomeBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text=_("What learners can do afterwards, starting with a verb."))
    competences = blocks.ListBlock(
        SharedSnippetChooserBlock("taxonomy.Competence"),
        required=False,
        help_text=_("GreenComp and EntreComp competences this outcome builds."),
    )

    class Meta:
        icon = "success"
        template = "blocks/learning_outcome.html"
        description = _("A learning outcome tagged with competences.")


def body_blocks():
    """The general-purpose blocks for page bodies, created anew for each field."""
    return [
        ("text", RichTextBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("key_figure", KeyFigureBlock()),
        ("callout", CalloutBlock()),
        ("video", VideoBlock()),
        ("materials", MaterialsBlock()),
        ("steps", StepsBlock()),
    ]
