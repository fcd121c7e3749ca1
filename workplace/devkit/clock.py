"""A clock tests set and move: the time mutators see as ``tx.now``, on both sides."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

#: Where a new clock stands: a Monday morning, 09:00 in Astana (UTC+5).
DEFAULT_START = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)


class Clock:
    """A controllable "now", always timezone-aware (UTC unless set otherwise)."""

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        self._now = self._aware(start)

    @staticmethod
    def _aware(value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("give the clock an aware datetime, e.g. datetime(…, tzinfo=UTC)")
        return value.astimezone(UTC)

    @property
    def now(self) -> datetime:
        """The clock's time, in UTC."""
        return self._now

    def today(self) -> date:
        """The clock's date in UTC."""
        return self._now.date()

    def set(self, value: datetime) -> None:
        """Put the clock at ``value`` (aware)."""
        self._now = self._aware(value)

    def advance(self, **delta: float) -> datetime:
        """Move the clock on by ``timedelta(**delta)`` (``days=3``, ``hours=2`` …)."""
        self._now += timedelta(**delta)
        return self._now

    def datetime_class(self) -> type[datetime]:
        """A ``datetime`` subclass whose ``now()`` reads this clock (for patching)."""
        clock = self

        class ClockDatetime(datetime):
            @classmethod
            def now(cls, tz: tzinfo | None = None) -> Any:
                moment = clock.now
                return moment.astimezone(tz) if tz is not None else moment.replace(tzinfo=None)

            @classmethod
            def utcnow(cls) -> Any:
                return clock.now.replace(tzinfo=None)

        return ClockDatetime


#: The modules whose ``datetime.now(UTC)`` becomes ``tx.now`` of a mutation: the local
#: store (the optimistic run) and the gateway (the authoritative one).
TX_TIME_MODULES = ("workplace.store.local", "workplace.server.mutations")
