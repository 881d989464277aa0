from django.urls import path

from search import views

# Under each language prefix (hub.urls): /en/search/, /en/search/suggest/.
urlpatterns = [
    path("", views.search, name="search"),
    path("suggest/", views.suggest, name="search_suggest"),
]
