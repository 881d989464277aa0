from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub import views
from hub.materials import views as materials_views
from hub.outlets import oai
from hub.outlets.api import api_router
from hub.outlets.feeds import ContentFeed
from hub.outlets.sitemaps import PageSitemap
from hub.pages import routing

handler500 = "hub.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("healthz/", views.healthz),
    path("csp-report/", views.csp_report, name="csp_report"),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", api_router.urls),
    path("oai/", oai.endpoint, name="oai"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PageSitemap}}, name="sitemap"),
    # Downloads go through our view first: byte ranges and the download counter.
    path(
        "documents/<int:document_id>/<str:document_filename>",
        materials_views.serve,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
]

# Media for the development server (static() adds nothing unless DEBUG), except the
# documents: see views.development_media.
urlpatterns += static(
    settings.MEDIA_URL, view=views.development_media, document_root=settings.MEDIA_ROOT
)

# Everything a visitor reads lives under a language prefix: /en/, /de/, ...
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("feed/", ContentFeed(), name="feed"),
    path("feed/<slug:section>/", ContentFeed(), name="section_feed"),
    # Wagtail's pages, routed in a fixed number of queries (hub.pages.routing).
    path("", include(routing.page_urlpatterns())),
)
