"""Django settings for the web process: the widget, its demo page and, later, the console.

Every value an operator sets comes from ``bot.settings`` (``KNEEBOT_*`` variables), so
the web process and the Rasa server read one configuration.
"""

from __future__ import annotations

from pathlib import Path

from bot.settings import get_settings

WEB_DIR = Path(__file__).resolve().parent
_settings = get_settings()


SECRET_KEY = _settings.resolved_secret_key()
DEBUG = False
ALLOWED_HOSTS = [host.strip() for host in _settings.web_hosts.split(",") if host.strip()]
ROOT_URLCONF = "bot.web.urls"
WSGI_APPLICATION = "bot.web.wsgi.application"
INSTALLED_APPS = ["bot.web"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {},
    }
]
DATABASES: dict = {}
USE_TZ = True
STATIC_URL = "/static/"
# The built widget (bot/web/widget, `make widget`) is served at the site's root.
WHITENOISE_ROOT = WEB_DIR / "public"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
