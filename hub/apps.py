from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "IMPACT hub"

    def ready(self):
        from hub.content import changes
        from hub.security import media_permissions, spreadsheets
        from hub.text import rich_text

        media_permissions.register()
        rich_text.register()
        spreadsheets.defuse_admin_exports()
        changes.connect()
