"""Settings read from environment variables (prefix ``KNEEBOT_``), with typed defaults.

One module holds every knob so operators find them in one place; pydantic's
``BaseSettings`` (v1, the version Rasa 3.6 pins) does the parsing and validation.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseSettings, Field

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Runtime configuration; every field can be set as ``KNEEBOT_<NAME>``."""

    project_dir: Path = PROJECT_ROOT
    models_dir: Path = PROJECT_ROOT / "models"
    tracker_db: Path = PROJECT_ROOT / "var" / "tracker.db"
    host: str = "127.0.0.1"
    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8080
    max_message_chars: int = Field(2000, ge=1)
    # What escalations tell people to call; clinics set their own (999, 911, 112...).
    emergency_number: str = "your local emergency number (such as 999, 911 or 112)"
    # How a person reaches a human; every deployment should set its own.
    operator_contact: str = (
        "your clinic's front desk, or a GP or physiotherapist near you"
    )
    startup_timeout_s: float = Field(300.0, gt=0)

    class Config:
        env_prefix = "KNEEBOT_"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
