"""Renditions of many pictures at once. A page shows its own picture and those of its
cards; asking Wagtail for each rendition in turn costs a query per picture whenever
Wagtail's rendition cache does not have it. Wagtail's ImageQuerySet.prefetch_renditions()
reads them in one query, but always from the database, and only for a queryset of
images. Here Wagtail's rendition cache is asked first, for all of them at once; only
when it lacks some are they read as prefetch_renditions() reads them (a Prefetch into
`prefetched_renditions`, where Wagtail looks first), and what the cache lacked goes
into it in one write. Wagtail then makes only the renditions that do not exist yet."""

import copy

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images.models import Filter


def prefetch_renditions(images, *specs):
    """Attach to each of `images` (None and images that have theirs already are skipped)
    its existing renditions for the filter `specs`."""
    images = [
        image
        for image in images
        if image is not None and getattr(image, "prefetched_renditions", None) is None
    ]
    if not images:
        return
    Rendition = images[0].get_rendition_model()
    wanted = {}  # cache key: [images]; two cards with one picture hold two image objects
    spec_names = set()
    for image in images:
        for spec in specs:
            item = image.clean_filter_for_svg(Filter(spec=spec))
            spec_names.add(item.spec)
            key = Rendition.construct_cache_key(image, item.get_cache_key(image), item.spec)
            wanted.setdefault(key, []).append(image)
    cached = Rendition.cache_backend.get_many(list(wanted))
    if len(cached) == len(wanted):
        for image in images:
            image.prefetched_renditions = []
        for key, rendition in cached.items():
            for image in wanted[key]:
                own = copy.copy(rendition)  # each image object its own, pointing back to it
                own.image = image
                image.prefetched_renditions.append(own)
        return
    prefetch_related_objects(
        images,
        Prefetch(
            "renditions",
            queryset=Rendition.objects.filter(filter_spec__in=spec_names),
            to_attr="prefetched_renditions",
        ),
    )
    # HubImage.get_rendition leaves a prefetched rendition where it found it.
    fresh = {}
    for image in images:
        for rendition in image.prefetched_renditions:
            key = Rendition.construct_cache_key(
                image, rendition.focal_point_key, rendition.filter_spec
            )
            if key in wanted and key not in cached:  # not one for an older focal point
                fresh[key] = rendition
    if fresh:
        Rendition.cache_backend.set_many(fresh)
