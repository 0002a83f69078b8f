from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from .views import LogoutView

handler400 = "newsroom.views.bad_request"

admin.site.site_header = "Newsroom editorial admin"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Editorial desk"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", LogoutView.as_view(), name="logout"),
    path("factcheck/", include("factcheck.urls")),
    path("", include("articles.urls")),
]
