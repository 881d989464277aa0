from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "hub.translation"
    label = "translation"
    verbose_name = "Translation"

    def ready(self):
        from hub.translation import signals  # noqa: F401
