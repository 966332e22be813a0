"""The web process as a Django app, so that its templates are found."""

from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "bot.web"
    label = "web"
