"""The web process's pages; ``/widget.js`` itself is a static file (WhiteNoise)."""

from __future__ import annotations

from django.urls import path

from bot.web import views

urlpatterns = [
    path("", views.demo, name="demo"),
    path("healthz", views.health, name="health"),
]
