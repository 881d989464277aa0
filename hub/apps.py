from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "IMPACT hub"

    def ready(self):
        from hub.content import changes
        from hub.operations import tasks
        from hub.security import media_permissions, spreadsheets
        from hub.text import rich_text

        media_permissions.register()
        rich_text.register()
        spreadsheets.defuse_admin_exports()
        changes.connect()
        # Scheduled publishing and other periodic work, queued for the worker.
        post_migrate.connect(tasks.schedule_periodic, sender=self, dispatch_uid="hub-periodic")
