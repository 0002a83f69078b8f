from django.urls import path

import newsroom.converters  # noqa: F401  (registers "dbint")

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/mine/", views.my_drafts, name="my_drafts"),
    path("articles/new/", views.article_create, name="create"),
    path("articles/<dbint:pk>/", views.article_detail, name="detail"),
    path("articles/<dbint:pk>/edit/", views.article_edit, name="edit"),
    path("articles/<dbint:pk>/transition/<slug:name>/", views.article_transition, name="transition"),
    path("articles/<dbint:pk>/correct/", views.article_correct, name="correct"),
    path("articles/<dbint:pk>/correct/held/waive/", views.held_correction_waive, name="held_correction_waive"),
    path("articles/<dbint:pk>/correct/held/withdraw/", views.held_correction_withdraw, name="held_correction_withdraw"),
    path("articles/<dbint:pk>/revisions/", views.revision_history, name="revisions"),
    path("articles/<dbint:pk>/revisions/<dbint:old>/<dbint:new>/", views.revision_compare, name="revision_compare"),
    path("articles/<dbint:pk>/revisions/<dbint:number>/restore/", views.revision_restore, name="revision_restore"),
    path("news/", views.public_index, name="public_index"),
    path("news/<str:slug>/", views.public_article, name="public"),
]
