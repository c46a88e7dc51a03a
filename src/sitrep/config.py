"""Sitrep's one settings object.

Precedence, lowest first: defaults < ``sitrep.toml`` (or the file named by ``SITREP_CONFIG``)
< environment variables ``SITREP_*`` < values passed in code (the CLI's flags).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from sitrep.errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """Return the number of seconds in a duration such as ``90``, ``30s``, ``10m``, ``2h``, ``1d``."""
    match = _DURATION.match(text.lower())
    if not match:
        raise ConfigError(f"not a duration: {text!r} (use e.g. 30s, 10m, 2h, 1d)")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds <= 0:
        raise ConfigError(f"a duration must be positive: {text!r}")
    return seconds


class Settings(BaseSettings):
    """Everything Sitrep can be configured with; see the README's Configuration table."""

    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="ignore")

    db: str = Field("sqlite:///sitrep.db", description="Database URL (SQLAlchemy form).")
    max_document_bytes: int = Field(
        10 * 1024 * 1024, gt=0, description="Inputs larger than this are rejected (too_large)."
    )
    min_text_chars: int = Field(
        80, ge=0, description="Articles with less extracted text are rejected (no_text)."
    )
    user_agent: str = Field("Sitrep/0.1 (news monitoring)", description="HTTP User-Agent.")
    http_timeout: float = Field(15.0, gt=0, description="Seconds before an HTTP request times out.")
    max_redirects: int = Field(5, ge=0, description="Redirects followed before giving up.")
    rate_limit_seconds: float = Field(
        1.0, ge=0, description="Minimum seconds between two requests to the same host."
    )
    respect_robots: bool = Field(True, description="Obey robots.txt when fetching pages.")
    allow_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Private/loopback hosts or IPs that may be fetched (refused otherwise).",
    )
    dedupe_threshold: float = Field(
        0.8, gt=0, le=1, description="Shingle similarity from which two articles are copies."
    )
    batch_size: int = Field(200, gt=0, description="Documents stored per database transaction.")
    spacy_pipeline: str = Field(
        "en_core_web_sm",
        description="spaCy pipeline package for analysis (en_core_web_sm, en_core_web_lg, ...).")
    actors_file: str = Field(
        "", description="Actor knowledge base (YAML); empty for the one shipped with Sitrep.")

    @field_validator("allow_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [h.strip() for h in value.split(",") if h.strip()]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = Path(os.environ.get("SITREP_CONFIG", "sitrep.toml"))
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=toml_path),
        )


def load_settings(**overrides: Any) -> Settings:
    """Return the settings with ``overrides`` (e.g. CLI flags; ``None`` values ignored) on top."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "settings"
        raise ConfigError(f"invalid setting {where}: {first['msg']}") from exc
    except ValueError as exc:  # a malformed sitrep.toml
        raise ConfigError(f"cannot read configuration: {exc}") from exc
