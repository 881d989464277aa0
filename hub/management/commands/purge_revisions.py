"""`manage.py purge_revisions`: Wagtail's command (same options), except that the
revision a page or snippet is live with is never deleted. Wagtail's keeps the latest,
scheduled and in-moderation revisions but deletes the live one once a newer draft
exists, which empties the object's live_revision: "compare with live" and "revert to
live" then have nothing to show."""

from django.apps import apps
from django.conf import settings
from django.db.models import ProtectedError, Q
from django.utils import timezone

from wagtail.management.commands import purge_revisions as wagtail_command
from wagtail.models import DraftStateMixin, Revision, WorkflowState


def live_revision_ids():
    ids = set()
    for model in apps.get_models():
        if issubclass(model, DraftStateMixin) and not model._meta.abstract:
            ids.update(
                model._default_manager.exclude(live_revision=None).values_list(
                    "live_revision_id", flat=True
                )
            )
    return ids


def purge(days=None, pages=True, non_pages=True):
    """(deleted, kept because protected) as Wagtail's purge_revisions() returns them."""
    revisions = Revision.objects.all()
    if pages != non_pages:
        revisions = revisions.page_revisions() if pages else revisions.not_page_revisions()
    purgeable = revisions.exclude(approved_go_live_at__isnull=False).exclude(
        pk__in=live_revision_ids()
    )
    if getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
        purgeable = purgeable.exclude(
            Q(task_states__workflow_state__status=WorkflowState.STATUS_IN_PROGRESS)
            | Q(task_states__workflow_state__status=WorkflowState.STATUS_NEEDS_CHANGES)
        )
    if days:
        purgeable = purgeable.filter(created_at__lt=timezone.now() - timezone.timedelta(days=days))
    deleted = protected = 0
    for revision in purgeable.iterator():
        if revision.is_latest_revision():
            continue
        try:
            revision.delete()
            deleted += 1
        except ProtectedError:
            protected += 1
    return deleted, protected


class Command(wagtail_command.Command):
    help = (
        "Delete revisions which are not the latest, the live one, scheduled to be "
        "published, or in moderation."
    )

    def handle(self, *args, **options):
        deleted, protected = purge(
            days=options.get("days"), pages=options.get("pages"), non_pages=options.get("non_pages")
        )
        if deleted:
            self.stdout.write(self.style.SUCCESS(f"Deleted {deleted} revisions."))
            if protected:
                self.stdout.write(f"Kept {protected} revisions that other records refer to.")
        else:
            self.stdout.write("No revisions deleted.")
