from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "hub.caching"
    label = "caching"
    verbose_name = "Page cache"

    def ready(self):
        from hub.caching import checks  # noqa: F401 (checks register themselves)
