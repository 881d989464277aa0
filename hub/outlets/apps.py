from django.apps import AppConfig


class OutletsConfig(AppConfig):
    name = "hub.outlets"
    label = "outlets"
    verbose_name = "Outlets (API, feeds, sitemap, OAI-PMH)"

    def ready(self):
        from hub.outlets import signals  # noqa: F401
