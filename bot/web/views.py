"""The demo page that embeds the widget as a clinic's page would, and a health check."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from bot.settings import get_settings


def demo(request: HttpRequest) -> HttpResponse:
    """A plain page with the one script tag, pointing the widget at the Rasa server."""
    settings = get_settings()
    return render(
        request,
        "web/demo.html",
        {"rasa_url": settings.public_rasa_url(), "emergency_dial": settings.emergency_dial},
    )


def health(request: HttpRequest) -> HttpResponse:
    """Answers once the process serves requests."""
    return HttpResponse("ok", content_type="text/plain")
