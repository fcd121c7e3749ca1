"""Where a profile keeps its settings, data, cache and logs (the platform's standard places)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Workplace"
DEFAULT_PROFILE = "default"
_PROFILE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class ProfileNameError(ValueError):
    """The profile name cannot be used as a directory name on every platform."""


@dataclass(frozen=True)
class ProfilePaths:
    """The directories of one profile; each profile is fully separate."""

    profile: str
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def for_profile(cls, profile: str = DEFAULT_PROFILE) -> ProfilePaths:
        if not _PROFILE_RE.match(profile) or profile in {".", ".."}:
            raise ProfileNameError(
                f"Profile name {profile!r} is not allowed: use up to 64 Latin letters, "
                "digits, '.', '_' or '-', starting with a letter or digit."
            )
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        sub = Path("profiles") / profile
        return cls(
            profile=profile,
            config_dir=Path(dirs.user_config_dir) / sub,
            data_dir=Path(dirs.user_data_dir) / sub,
            cache_dir=Path(dirs.user_cache_dir) / sub,
            log_dir=Path(dirs.user_log_dir) / sub,
        )

    def create(self) -> None:
        for d in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
