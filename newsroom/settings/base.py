"""Every setting of the newsroom. Deployment values come from the environment.

Environment:
  SECRET_KEY      required when DEBUG is off
  DEBUG           "1" turns debug on; anything else (or unset) leaves it off
  ALLOWED_HOSTS   comma-separated host names
  DATABASE_URL    postgres://user@host:port/name (psycopg 3); a SQLite file when unset
  REDIS_URL       broker for Celery; the quickstart runs an embedded Redis when unset
  STATIC_ROOT     where collectstatic writes the files WhiteNoise serves; staticfiles/ in a checkout
  SIGN_IN_FAILURE_LIMIT, SIGN_IN_COOL_OFF_MINUTES, TRUSTED_PROXY_COUNT   the sign-in limit (README)
  CSP_REPORT_ONLY "1" sends the Content-Security-Policy as report-only: browsers log what it would refuse
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def shipped_dir(name: str) -> Path:
    """templates/ or static/: inside the installed package (pip install . puts them there), else the
    checkout's own."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else BASE_DIR / name



def env_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_whole_number(name: str, default: int, *, least: int) -> int:
    raw = os.environ.get(name, str(default))
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None
    if value < least:
        raise ImproperlyConfigured(f"{name} must be at least {least}, not {value}.")
    return value


DEBUG = env_flag("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment when DEBUG is off.")
    # Only a debug server may run on a throwaway key; it signs nothing that outlives the process.
    SECRET_KEY = "insecure-debug-only-key-never-used-with-debug-off"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "newsroom.apps.NewsroomAdminConfig",  # django.contrib.admin, with the newsroom's site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "csp",  # django-csp: its checks catch a policy written in its old settings
    "newsroom.apps.SignInLimitConfig",  # django-axes
    "articles",
    "factcheck",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, which answers for static files itself: they carry the policy too.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "newsroom.middleware.SignInMiddleware",
    "newsroom.middleware.LastSignedInMiddleware",
    # Last, as django-axes asks: it turns a sign-in refused for too many failures into the page that says so.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [shipped_dir("templates")],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # "person_name", so every page names people as the services and the admin do.
            "builtins": ["newsroom.template_filters"],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Workers and the web server write to one file: wait for the lock instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
# Times in the admin name their zone (see newsroom/formats/en_GB/formats.py).
FORMAT_MODULE_PATH = ["newsroom.formats"]

STATIC_URL = "static/"
# An installed newsroom would otherwise collect into site-packages: production sets STATIC_ROOT.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [shipped_dir("static")]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# The sign-in limit (django-axes). Failed sign-ins are counted in the database, which every web worker
# shares, for a user name and a client address together: someone guessing at an editor's password from
# elsewhere pauses sign-in for that name from their own address only, never for the editor at their desk.
# Every form that checks a password counts: the web and admin sign-in pages and both password-change
# pages (newsroom/forms.py), which someone at a browser left signed in could otherwise use to guess at will.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a paused name and address before any password is checked
    "django.contrib.auth.backends.ModelBackend",
]
SIGN_IN_FAILURE_LIMIT = env_whole_number("SIGN_IN_FAILURE_LIMIT", 5, least=1)
SIGN_IN_COOL_OFF_MINUTES = env_whole_number("SIGN_IN_COOL_OFF_MINUTES", 15, least=1)
# How many proxies of the deployment's own stand in front of the web server, each adding the address it
# was reached from to X-Forwarded-For. Anyone can send that header, so none of it is read unless this
# says so; behind the TLS proxy of "Running in production" it is 1 (see newsroom/client_address.py).
TRUSTED_PROXY_COUNT = env_whole_number("TRUSTED_PROXY_COUNT", 0, least=0)
AXES_FAILURE_LIMIT = SIGN_IN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=SIGN_IN_COOL_OFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# A try while paused checks no password, so it need not push the end of the pause back: the time the
# page gives stays true, and a person who tries again too soon does not lengthen their own wait.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "newsroom.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "newsroom.views.sign_in_paused"
# Failed sign-ins are kept until their cool-off ends; successful ones are not recorded at all.
AXES_DISABLE_ACCESS_LOG = True
# The list of failed sign-ins is registered by articles/admin.py, for those allowed to see it.
AXES_ENABLE_ADMIN = False
# Never copied into the record of a failed attempt (axes always hides "password").
AXES_SENSITIVE_PARAMETERS = [
    "username", "ip_address", "old_password", "new_password1", "new_password2", "csrfmiddlewaretoken",
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "articles:home"
LOGOUT_REDIRECT_URL = "login"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security: secure by default, relaxed only for a local debug server.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
CSRF_FAILURE_VIEW = "newsroom.views.csrf_failure"  # says that nothing was saved, and how to get it back
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp), on every response of the web app and the admin. Every script
# and stylesheet the pages use is a file of the site's own (static/, and the admin's), and none is
# inline: no <script> block, on*= attribute, <style> block or style attribute. So the policy allows
# nothing inline, and copy or a name that reached a page as markup could run no script there, nor
# send a form, a page or its data anywhere but here. htmx is told in base.html not to add a <style>
# of its own for indicators (the newsroom has none) nor to evaluate attributes as code (it uses none).
# The server error page alone allows its own <style> block, by its hash (newsroom.views.server_error).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Bootstrap's stylesheet draws the menu button, the close crosses and the check boxes' and
        # select boxes' marks as SVG data: addresses; the pages' empty icon is one too.
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],  # as X_FRAME_OPTIONS, for the browsers that read only this
    }
}
CONTENT_SECURITY_POLICY_REPORT_ONLY = None
if env_flag("CSP_REPORT_ONLY"):
    # To try a changed policy on a running site: browsers report in their consoles what it would refuse,
    # and refuse nothing. They ignore frame-ancestors in this header; X_FRAME_OPTIONS still holds.
    CONTENT_SECURITY_POLICY_REPORT_ONLY, CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY, None

if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", True)

# Newsroom limits. A body beyond this is refused with a clear message, never truncated.
ARTICLE_BODY_MAX_CHARS = int(os.environ.get("ARTICLE_BODY_MAX_CHARS", "100000"))
ARTICLE_HEADLINE_MAX_CHARS = 200
# The largest form Django reads. A browser sends a form URL-encoded, so a character of four UTF-8
# bytes arrives as twelve ("%F0%9F%93%B0"). Four times the largest body that can arrive lets a paste
# well over the limit reach the form, which says what the limit is and gives the text back, while a
# request still cannot make the server hold more than a few megabytes; anything larger is refused
# unread, on a page that says what the limits are (newsroom.views.bad_request).
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2_621_440, ARTICLE_BODY_MAX_CHARS * 12 * 4)

# Celery over Redis.
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "publish-due-articles": {
        "task": "articles.tasks.publish_due_articles",
        "schedule": 30.0,
    },
    "publish-cleared-corrections": {
        "task": "articles.tasks.publish_cleared_corrections",
        "schedule": 30.0,
    },
    "sweep-unfinished-scans": {
        "task": "factcheck.tasks.sweep_scans",
        "schedule": float(os.environ.get("SCAN_SWEEP_INTERVAL", "60")),
    },
}

# The claim scan pipeline. Its limits are chained so that the time limit, Redis redelivery and the
# sweeper never fight: a scan is killed by its time limit before Redis would hand its message to
# another worker, and the sweeper only re-queues what neither the worker nor Redis will deliver.
SCAN_TIME_LIMIT = int(os.environ.get("SCAN_TIME_LIMIT", "90"))  # hard kill of a stuck scan, seconds
SCAN_SOFT_TIME_LIMIT = max(1, SCAN_TIME_LIMIT * 2 // 3)  # raises inside the scan: it fails with a message
SCAN_MAX_ATTEMPTS = int(os.environ.get("SCAN_MAX_ATTEMPTS", "5"))  # a draft that kills workers gives up
# A message not acknowledged for this long (its worker died) is handed out again by Redis.
CELERY_VISIBILITY_TIMEOUT = int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", str(4 * SCAN_TIME_LIMIT)))
# A scan never handed to Redis (it was down at save time) is queued again after this long ...
SCAN_REQUEUE_UNPUBLISHED_AFTER = int(os.environ.get("SCAN_REQUEUE_UNPUBLISHED_AFTER", "30"))
# ... and one handed over but not finished after Redis would have redelivered it: the message is lost.
SCAN_REQUEUE_LOST_AFTER = int(
    os.environ.get("SCAN_REQUEUE_LOST_AFTER", str(CELERY_VISIBILITY_TIMEOUT + SCAN_TIME_LIMIT + 30))
)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Longer than the time limit and the longest retry countdown (60 s), or Redis would redeliver a
    # scan that is still running or only waiting to retry.
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": min(10, CELERY_VISIBILITY_TIMEOUT),
    # kombu scans for overdue messages only every interval × throttle seconds (100 s by default);
    # 1 makes redelivery follow the visibility timeout closely, well inside SCAN_REQUEUE_LOST_AFTER.
    "unacked_restore_throttle": 1,
    "socket_connect_timeout": 2,
    "socket_timeout": 10,
    "retry_on_timeout": True,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None  # a worker waits for Redis to come back, for ever
# A save publishes its scan after commit; with Redis down it gives up quickly (the sweeper re-queues).
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # with acks_late, a dying worker holds at most one unfinished scan
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A time, a level and the logger on every line: the web server's log interleaves them with its own.
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
