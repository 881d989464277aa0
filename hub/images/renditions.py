"""Renditions of many pictures at once. A page shows its own picture and those of its
cards; asking Wagtail for each rendition in turn costs a query per picture whenever
Wagtail's rendition cache does not have it (a new process, a cleared cache). Here the
renditions a page will ask for are looked up together: first in Wagtail's rendition
cache, then, for what is missing, in one query. Wagtail then finds them on the image
(`prefetched_renditions`, as ImageQuerySet.prefetch_renditions leaves them) and makes
only the renditions that do not exist yet, once; what came from the database goes into
the cache in one write."""

import copy

from wagtail.images.models import Filter


def prefetch_renditions(pairs):
    """Attach to each image of the (image, filter spec) `pairs` its existing renditions
    for its specs, unless it has them already."""
    specs = {}  # by identity: two cards with the same picture hold two image objects
    for image, spec in pairs:
        if image is not None and getattr(image, "prefetched_renditions", None) is None:
            specs.setdefault(id(image), (image, {}))[1][spec] = None
    if not specs:
        return
    images = [image for image, _ in specs.values()]
    Rendition = images[0].get_rendition_model()
    wanted = {}  # cache key: [(image, filter spec)]
    for image, image_specs in specs.values():
        for spec in image_specs:
            item = image.clean_filter_for_svg(Filter(spec=spec))
            key = Rendition.construct_cache_key(image, item.get_cache_key(image), item.spec)
            wanted.setdefault(key, []).append((image, item.spec))
    found = {id(image): [] for image in images}
    cached = Rendition.cache_backend.get_many(list(wanted))
    for key, rendition in cached.items():
        for image, _spec in wanted[key]:
            own = copy.copy(rendition)
            own.image = image
            found[id(image)].append(own)
    if len(cached) < len(wanted):
        found = {id(image): [] for image in images}
        by_pk = {}
        for image in images:
            by_pk.setdefault(image.pk, []).append(image)
        spec_names = {spec for pairs in wanted.values() for _, spec in pairs}
        renditions = Rendition.objects.filter(image_id__in=list(by_pk), filter_spec__in=spec_names)
        # What the cache lacked goes into it in one write: HubImage.get_rendition
        # leaves a prefetched rendition where it found it.
        fresh = {}
        for rendition in renditions:
            holders = by_pk[rendition.image_id]
            for image in holders:
                # Each image object gets its own copy, pointing back to it, as Wagtail's.
                own = copy.copy(rendition) if len(holders) > 1 else rendition
                own.image = image
                found[id(image)].append(own)
            key = Rendition.construct_cache_key(
                holders[0], rendition.focal_point_key, rendition.filter_spec
            )
            if key in wanted and key not in cached:  # not one for an older focal point
                fresh[key] = own
        if fresh:
            Rendition.cache_backend.set_many(fresh)
    for image in images:
        image.prefetched_renditions = found[id(image)]
