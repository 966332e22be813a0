"""Settings that guard the widget: the origins it may be embedded from, and the key."""

from __future__ import annotations

import os
import stat
from multiprocessing import Pool
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import Settings


def test_origins_default_to_the_demo_page_and_are_read_as_a_list() -> None:
    assert Settings(web_port=8181).origins() == ["http://127.0.0.1:8181", "http://localhost:8181"]
    listed = Settings(allowed_origins=" https://Clinic.example/ ,http://127.0.0.1:9000")
    assert listed.origins() == ["https://clinic.example", "http://127.0.0.1:9000"]


@pytest.mark.parametrize(
    "origins", ["*", "https://*.clinic.example", "clinic.example", "https://clinic.example/chat"]
)
def test_an_origin_list_must_name_each_origin(origins: str) -> None:
    with pytest.raises(ValidationError, match="not an origin"):
        Settings(allowed_origins=origins)


def _key(project: str) -> str:
    return Settings(project_dir=Path(project)).resolved_secret_key()


def test_the_secret_key_is_made_once_kept_private_and_shared(tmp_path: Path) -> None:
    with Pool(4) as pool:
        keys = pool.map(_key, [str(tmp_path)] * 8)
    assert len(set(keys)) == 1 and len(keys[0]) >= 50
    path = tmp_path / "var" / "secret_key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert os.listdir(path.parent) == ["secret_key"], "no draft is left behind"
    assert Settings(project_dir=tmp_path, secret_key="from-the-env").resolved_secret_key() == (
        "from-the-env"
    )


def test_the_number_an_alert_dials_is_the_number_its_words_name() -> None:
    assert Settings().emergency_dial == "112"
    with pytest.raises(ValidationError, match="KNEEBOT_EMERGENCY_DIAL"):
        Settings(emergency_number="999")
    assert Settings(emergency_number="999", emergency_dial="999").emergency_dial == "999"
    for dial in ("", "9", "call us"):  # not a number, or only part of the one named
        with pytest.raises(ValidationError, match="emergency_dial"):
            Settings(emergency_number="999", emergency_dial=dial)


@pytest.mark.parametrize("secret", ["has space", "semi;colon", "x" * 257])
def test_a_telegram_secret_telegram_would_refuse_is_refused_at_start(secret: str) -> None:
    with pytest.raises(ValidationError, match="telegram_webhook_secret"):
        Settings(telegram_webhook_secret=secret)


def test_chat_app_credentials_come_from_credentials_yml_over_the_environment() -> None:
    settings = Settings(slack_bot_token="xoxb-env", slack_signing_secret="")
    assert settings.messenger("slack")["on"] == ""
    given = settings.messenger("slack", {"signing_secret": "s", "api_url": "http://127.0.0.1:9"})
    assert given == {
        "token": "xoxb-env",
        "secret": "s",
        "api_url": "http://127.0.0.1:9",
        "on": "yes",
    }
