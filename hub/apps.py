from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "IMPACT hub"

    def ready(self):
        from hub import changes, media_permissions, rich_text, spreadsheets

        media_permissions.register()
        rich_text.register()
        spreadsheets.defuse_admin_exports()
        changes.connect()
