from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from hub.content import changes
        from search import subscriber

        changes.subscribe(subscriber)
