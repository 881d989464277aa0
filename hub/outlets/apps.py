from django.apps import AppConfig


class OutletsConfig(AppConfig):
    name = "hub.outlets"
    label = "outlets"
    verbose_name = "Outlets (API, feeds, sitemap, OAI-PMH)"

    def ready(self):
        from hub.content import changes
        from hub.outlets import deleted_records

        changes.subscribe(deleted_records)
