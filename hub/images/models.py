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

    def get_rendition(self, filter):
        """Wagtail's rendition, without writing it back to the rendition cache when it was
        among the image's prefetched renditions (hub.images.renditions, or Wagtail's
        prefetch_renditions, leave them in `prefetched_renditions`). Wagtail's
        get_rendition writes on every call, which is a cache write per picture per
        request (a round trip each with Redis); its get_renditions leaves prefetched
        ones alone."""
        if getattr(self, "prefetched_renditions", None) is None:
            return super().get_rendition(filter)
        return next(iter(self.get_renditions(filter).values()))

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        # Wagtail's choosers check this permission; the codename follows the model name.
        permissions = [("choose_hubimage", "Can choose image")]


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
