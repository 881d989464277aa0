from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "IMPACT hub"

    def ready(self):
        from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
        from wagtail.signals import post_page_move

        from hub import media_permissions, rich_text, spreadsheets, tasks
        from hub.public import forget_restrictions

        media_permissions.register()
        rich_text.register()
        spreadsheets.defuse_admin_exports()

        # Restrictions are read once per request (hub.public); one that changes during
        # the request, or a restricted page or collection that moves, is read again.
        for model in (PageViewRestriction, CollectionViewRestriction, Collection):
            post_save.connect(forget_restrictions, sender=model, dispatch_uid=f"hub-{model}")
            post_delete.connect(forget_restrictions, sender=model, dispatch_uid=f"hub-d-{model}")
        post_page_move.connect(forget_restrictions, dispatch_uid="hub-page-moved")
        # Scheduled publishing and other periodic work, queued for the worker (hub.tasks).
        post_migrate.connect(tasks.schedule_periodic, sender=self, dispatch_uid="hub-periodic")
