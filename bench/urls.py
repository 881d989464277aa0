from django.http import HttpResponse
from django.urls import path

from hub.urls import handler500  # noqa: F401 (Django reads it from the root URLconf)
from hub.urls import urlpatterns as hub_urlpatterns


def floor(request):
    return HttpResponse("floor", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *hub_urlpatterns]
