from django.urls import path

import newsroom.converters  # noqa: F401  (registers "dbint")

from . import views

app_name = "factcheck"

urlpatterns = [
    path("articles/<dbint:pk>/scan/", views.scan_panel, name="scan_panel"),
    path("articles/<dbint:pk>/rescan/", views.rescan, name="rescan"),
    # The fact-check desk.
    path("", views.queue, name="queue"),
    path("claims/take/", views.claims_take, name="claims_take"),
    path("claims/release/", views.claims_release, name="claims_release"),
    path("claims/<dbint:pk>/", views.claim_detail, name="claim"),
    path("claims/<dbint:pk>/take/", views.claim_take, name="claim_take"),
    path("claims/<dbint:pk>/release/", views.claim_release, name="claim_release"),
    path("claims/<dbint:pk>/rule/", views.claim_rule, name="claim_rule"),
    path("claims/<dbint:pk>/reuse/", views.claim_reuse, name="claim_reuse"),
    path("claims/<dbint:pk>/sources/", views.claim_add_source, name="claim_add_source"),
    path("sources/<dbint:pk>/remove/", views.source_remove, name="source_remove"),
    path("claims/<dbint:pk>/waive/", views.claim_waive, name="claim_waive"),
    path("articles/<dbint:pk>/waive/", views.article_waive_gate, name="article_waive_gate"),
]
