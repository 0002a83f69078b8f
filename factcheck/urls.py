from django.urls import path

from articles import urls as article_urls  # noqa: F401  (registers the "dbint" path converter)

from . import views

app_name = "factcheck"

urlpatterns = [
    path("articles/<dbint:pk>/scan/", views.scan_panel, name="scan_panel"),
    path("articles/<dbint:pk>/rescan/", views.rescan, name="rescan"),
]
