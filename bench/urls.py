from django.http import HttpResponse
from django.urls import path

from hub.urls import urlpatterns as hub_urlpatterns


def floor(request):
    return HttpResponse("floor", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *hub_urlpatterns]
