"""Settings read from environment variables (prefix ``KNEEBOT_``), with typed defaults.

One module holds every knob so operators find them in one place; pydantic's
``BaseSettings`` (v1, the version Rasa 3.6 pins) does the parsing and validation.
"""

from __future__ import annotations

import os
import re
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseSettings, Field, validator

PROJECT_ROOT = Path(__file__).resolve().parent.parent
Mode = Literal["hybrid", "dense", "bm25"]  # how knowledge retrieval searches
MODES: tuple[Mode, ...] = ("hybrid", "dense", "bm25")
Messenger = Literal["telegram", "slack"]
DEFAULT_EMERGENCY_NUMBER = "your local emergency number (such as 999, 911 or 112)"


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
    # Longest conversation id a channel accepts, and the most metadata (as JSON) it keeps.
    max_sender_chars: int = Field(128, ge=1)
    max_metadata_bytes: int = Field(4096, ge=0)
    # Sanic refuses a larger request body with a 413 before any of it is read as JSON.
    max_request_bytes: int = Field(1_000_000, ge=1024)
    # What escalations tell people to call; clinics set their own (999, 911, 112...).
    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    # How long an escalation holds back plans in a new session of the same sender.
    triage_sticky_hours: float = Field(24.0, ge=0)
    # How a person reaches a human; every deployment should set its own.
    operator_contact: str = "your clinic's front desk, or a GP or physiotherapist near you"
    startup_timeout_s: float = Field(300.0, gt=0)

    # The website widget. Pages that may open a socket.io conversation, comma-separated
    # origins ("https://clinic.example,https://www.clinic.example"); empty means the demo
    # page's own origin. The Rasa server's address as browsers reach it; empty means
    # http://<host>:<rasa_port>.
    allowed_origins: str = ""
    rasa_url: str = ""
    # Host names the web process answers to, comma-separated.
    web_hosts: str = "127.0.0.1,localhost"
    # Signs the web process's sessions and CSRF tokens and the widget's conversation ids.
    # Empty: a key made once and kept in <project_dir>/var/secret_key, owner-only.
    secret_key: str = ""
    # The number the widget's emergency alert dials, unless the page sets its own.
    emergency_dial: str = "112"

    # Messenger channels. Each is on when its token and secret are set (here, or under
    # the channel's entry in credentials.yml); README "Connect Telegram" / "Connect Slack".
    # The public HTTPS address of the Rasa server: Telegram's webhook is registered under
    # it and Slack loads the exercise drawings from it.
    public_url: str = ""
    telegram_bot_token: str = Field("", env="TELEGRAM_BOT_TOKEN")
    telegram_webhook_secret: str = Field("", env="TELEGRAM_WEBHOOK_SECRET")
    telegram_api_url: str = Field("https://api.telegram.org", env="TELEGRAM_API_URL")
    slack_bot_token: str = Field("", env="SLACK_BOT_TOKEN")
    slack_signing_secret: str = Field("", env="SLACK_SIGNING_SECRET")
    slack_api_url: str = Field("https://slack.com/api/", env="SLACK_API_URL")

    # Knowledge retrieval. The thresholds are calibrated on the labelled question set with
    # `kneebot eval retrieval`, which prints the figures at the thresholds in use and, for
    # each mode, the threshold that maximises no-answer F1 on that set; for hybrid also the
    # weights and threshold bot.knowledge.benchmarks.tuning picks, on the whole set and held
    # out. BM25 scores grow with the corpus's IDF, so its threshold needs recalibrating as the
    # knowledge base grows; cosine and coverage are bounded and move less.
    # None means <project_dir>/knowledge; the built index lives in its index/ folder.
    knowledge_dir: Path | None = None
    passage_sentences: int = Field(3, ge=1)
    passage_overlap: int = Field(1, ge=0)
    # Exact search is fast and perfect up to tens of thousands of passages; past this
    # count the dense index is HNSW (see `kneebot knowledge ann-bench` for the trade).
    ann_min_passages: int = Field(20_000, ge=1)
    hnsw_m: int = Field(32, ge=4)
    hnsw_ef_construction: int = Field(80, ge=8)
    hnsw_ef_search: int = Field(64, ge=8)
    # Hybrid search reads each half this deep, fuses the two rankings by reciprocal
    # rank (constant rrf_k) and scores the first rerank_depth fused passages as
    # bot.knowledge.hybrid describes, with these weights; the threshold applies to
    # that score. Weights and threshold are picked together on the labelled set.
    fusion_depth: int = Field(50, ge=1)
    rrf_k: int = Field(60, ge=1)
    rerank_depth: int = Field(30, ge=1)
    coverage_weight: float = Field(0.7, ge=0)
    unknown_weight: float = Field(3.0, ge=0)
    cue_weight: float = Field(0.3, ge=0)
    site_weight: float = Field(0.5, ge=0)
    # The section-type feature's weight: neutral on the labelled set, and on the blind
    # questions Recall@3 0.784 without it, 0.831 with it.
    type_weight: float = Field(0.1, ge=0)
    # The asked-question feature's weight, and the cosine below which an asked question
    # is too far to speak for its section (README.md gives the figures they were checked on).
    asked_weight: float = Field(0.3, ge=0)
    asked_min: float = Field(0.6, ge=0, le=1)
    # Below these top-hit scores a question counts as one the knowledge base cannot
    # answer: the cuts that maximise no-answer F1 on the labelled set (see module doc);
    # for hybrid, the cut that holds no-answer precision and recall on both the labelled
    # set and the blind questions (0.84/0.81 and 0.84/0.86 in-process). They were set
    # before the question map (bot.knowledge.adapter), for a knowledge base without asked
    # questions, which has none; with them the answer gate decides, and the hybrid cut only
    # says which other sections may join an answer (with the map its best cut on the
    # labelled set is 0.788, dense's 0.467).
    threshold_hybrid: float = 0.78
    # Below this cosine a passage scores no more than its cosine (bot.knowledge.search).
    min_cosine: float = Field(0.35, ge=0)
    threshold_dense: float = 0.51
    threshold_bm25: float = 8.95
    retrieval_questions: Path | None = None

    class Config:
        env_prefix = "KNEEBOT_"

    @validator("passage_overlap")
    def _overlap_below_size(cls, overlap: int, values: dict) -> int:
        if overlap >= values.get("passage_sentences", 1):
            raise ValueError("passage_overlap must be smaller than passage_sentences")
        return overlap

    @validator("allowed_origins")
    def _origins_listed(cls, origins: str) -> str:
        # "*" would let any page hold a conversation; each origin must be named.
        for origin in origins.split(","):
            origin = origin.strip()
            if origin and not re.fullmatch(r"https?://[^/\s*]+", origin.rstrip("/")):
                raise ValueError(f"{origin!r} is not an origin such as https://clinic.example")
        return origins

    @validator("emergency_dial")
    def _dial_is_the_number_said(cls, dial: str, values: dict) -> str:
        # An alert headed "call 112" above words saying "call 999" would make a person
        # in an emergency stop and wonder; a deployment that names its number names both.
        if not re.fullmatch(r"\+?\d[\d ]*\d", dial):
            raise ValueError(f"{dial!r} is not a number to dial, such as 112 or 999")
        said = values.get("emergency_number", DEFAULT_EMERGENCY_NUMBER)
        named = re.search(rf"(?<!\d){re.escape(dial)}(?!\d)", said)
        if said != DEFAULT_EMERGENCY_NUMBER and not named:
            raise ValueError(
                f"KNEEBOT_EMERGENCY_NUMBER is {said!r} but KNEEBOT_EMERGENCY_DIAL is {dial!r}; "
                "set KNEEBOT_EMERGENCY_DIAL to the number the escalations name"
            )
        return dial

    @validator("telegram_webhook_secret")
    def _telegram_secret_allowed(cls, secret: str) -> str:
        # Telegram refuses any other secret at setWebhook, and the channel would stay deaf.
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return secret

    @validator("public_url")
    def _public_url_is_a_base(cls, url: str) -> str:
        if url and not re.fullmatch(r"https?://[^\s?#]+", url):
            raise ValueError(f"{url!r} is not an address such as https://kneebot.example")
        return url.rstrip("/")

    def resolved_secret_key(self) -> str:
        """``KNEEBOT_SECRET_KEY``, or the key kept in var/secret_key, made on first use."""
        if self.secret_key:
            return self.secret_key
        path = self.project_dir / "var" / "secret_key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            draft = path.with_name(f"secret_key.{os.getpid()}")
            draft.write_text(secrets.token_urlsafe(50))
            draft.chmod(0o600)
            # A hard link appears whole or not at all: processes starting together all
            # read the key of whichever linked first.
            try:
                os.link(draft, path)
            except FileExistsError:
                pass
            finally:
                draft.unlink()
        return path.read_text().strip()

    def messenger(self, channel: Messenger, entry: object = None) -> dict[str, str]:
        """A chat-app channel's ``token``, ``secret`` and ``api_url``: its credentials.yml
        entry (``bot_token``, ``webhook_secret`` or ``signing_secret``, ``api_url``) where
        given, else the environment. ``on`` is "yes" when both token and secret are set."""
        given = entry if isinstance(entry, dict) else {}
        secret_key = "webhook_secret" if channel == "telegram" else "signing_secret"
        values = {
            "token": given.get("bot_token") or getattr(self, f"{channel}_bot_token"),
            "secret": given.get(secret_key) or getattr(self, f"{channel}_{secret_key}"),
            "api_url": given.get("api_url") or getattr(self, f"{channel}_api_url"),
        }
        values = {key: str(value) for key, value in values.items()}
        values["on"] = "yes" if values["token"] and values["secret"] else ""
        return values

    def origins(self) -> list[str]:
        """The origins allowed to open the widget's socket.io connection."""
        listed = [o.strip().rstrip("/").lower() for o in self.allowed_origins.split(",")]
        return [origin for origin in listed if origin] or [
            f"http://{self.host}:{self.web_port}",
            f"http://localhost:{self.web_port}",
        ]

    def public_rasa_url(self) -> str:
        """The Rasa server's address as a browser reaches it."""
        return self.rasa_url.rstrip("/") or f"http://{self.host}:{self.rasa_port}"

    def resolved_knowledge_dir(self) -> Path:
        return self.knowledge_dir or self.project_dir / "knowledge"

    def resolved_questions(self) -> Path:
        default = self.project_dir / "tests" / "data" / "retrieval_questions.yaml"
        return self.retrieval_questions or default

    def threshold(self, mode: Mode) -> float:
        return {
            "hybrid": self.threshold_hybrid,
            "dense": self.threshold_dense,
            "bm25": self.threshold_bm25,
        }[mode]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
