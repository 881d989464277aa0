from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class HubImage(AbstractImage):
    """The hub's image model: every picture carries a caption and a credit, since open
    access reuse needs attribution for images as much as for documents."""

    caption = models.CharField(max_length=255, blank=True)
    credit = models.CharField(
        max_length=255, blank=True, help_text="Photographer or source, shown beside the image."
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        # Wagtail's choosers check this permission; the codename follows the model name.
        permissions = [("choose_hubimage", "Can choose image")]


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
