from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from .views import LogoutView, PasswordChangeView, favicon

handler400 = "newsroom.views.bad_request"
handler500 = "newsroom.views.server_error"

admin.site.site_header = "Newsroom editorial admin"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Editorial desk"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", LogoutView.as_view(), name="logout"),
    # Django's own views (the password change with the form that counts towards the sign-in limit). The
    # templates are not Django's default names, which the admin's own password page also renders: that
    # one keeps the admin's look.
    path(
        "accounts/password/",
        PasswordChangeView.as_view(template_name="registration/change_password.html"),
        name="password_change",
    ),
    path(
        "accounts/password/changed/",
        auth_views.PasswordChangeDoneView.as_view(template_name="registration/change_password_done.html"),
        name="password_change_done",
    ),
    path("favicon.ico", favicon, name="favicon"),
    path("factcheck/", include("factcheck.urls")),
    path("", include("articles.urls")),
]
