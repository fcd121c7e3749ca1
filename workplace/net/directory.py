"""The staff directory plugins see as ``ctx.directory``: the gateway's ``GET /staff``,
kept in the profile's local store so that it is there offline and after a restart.

It is organisation data, so it lives in the encrypted cache (its ``meta`` table), not
in a plain file next to it. The cache file belongs to one server and user
(:meth:`StoreService.set_user` moves another owner's file aside), so a switch of
account or server starts with no directory. A fetch is written only when the cache is
still bound to the session it came from — a switch during the fetch drops it.

An answer that is not a list of people keeps the directory as it was: the log says
what was wrong; a gateway without the endpoint (``404``, older than it) is no error.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from workplace.api import Person, StaffDirectory
from workplace.logs import kv
from workplace.store.encryption import CacheEncryptionError

if TYPE_CHECKING:
    from workplace.net.session import GatewaySession
    from workplace.store.local import LocalStore
    from workplace.store.service import StoreService

_log = logging.getLogger("workplace.net.directory")
META_KEY = "staff_directory"
MAX_PEOPLE = 100_000  # far above any akimat or ministry; an answer beyond it is not staff


class StaffDataError(ValueError):
    """A ``GET /staff`` answer that is not a list of people."""


def parse_staff(body: Any) -> list[Person]:
    """The people of a ``GET /staff`` body, by name; :class:`StaffDataError` if any of
    it is malformed (all or nothing: half a directory would hide colleagues)."""
    people = body.get("people") if isinstance(body, dict) else None
    if not isinstance(people, list):
        raise StaffDataError("'people' must be a list")
    if len(people) > MAX_PEOPLE:
        raise StaffDataError(f"{len(people)} people, more than {MAX_PEOPLE}")
    result: list[Person] = []
    seen: set[str] = set()
    for n, p in enumerate(people):
        if not isinstance(p, dict):
            raise StaffDataError(f"people[{n}] is not an object")
        pid, name = p.get("id"), p.get("display_name")
        department, roles = p.get("department", ""), p.get("roles", [])
        if not isinstance(pid, str) or not pid or not isinstance(name, str) or not name.strip():
            raise StaffDataError(f"people[{n}] has no id or display_name")
        if not isinstance(department, str) or not isinstance(roles, list) \
                or not all(isinstance(r, str) for r in roles):
            raise StaffDataError(f"people[{n}]: department must be a string, roles strings")
        if pid in seen:
            raise StaffDataError(f"people[{n}]: id {pid} is listed twice")
        seen.add(pid)
        result.append(Person(id=pid, name=name.strip(), department=department,
                             roles=tuple(roles)))
    result.sort(key=lambda person: (person.name.casefold(), person.id))
    return result


def _dump(people: list[Person]) -> list[dict[str, Any]]:
    return [{"id": p.id, "display_name": p.name, "department": p.department,
             "roles": list(p.roles)} for p in people]


def _read(local: LocalStore) -> list[Person]:
    raw = local.meta(META_KEY)
    if raw is None:
        return []
    try:
        return parse_staff(json.loads(raw))
    except ValueError as exc:
        _log.warning(kv("staff_directory_cache_ignored", error=exc))
        return []


def _write(local: LocalStore, owner: str, people: list[Person]) -> bool:
    if local.meta("owner") != owner:
        return False
    local.set_meta(META_KEY, json.dumps({"people": _dump(people)}, ensure_ascii=False))
    return True


class StaffCache(StaffDirectory):
    """The app's ``ctx.directory``: reads and refreshes the list kept in the store."""

    def __init__(self, store: StoreService) -> None:
        self.store = store

    async def people(self) -> list[Person]:
        try:
            return await self.store.run_local(_read)
        except CacheEncryptionError:
            return []  # no cache, no directory: plugins offer whom records name

    async def refresh(self, session: GatewaySession) -> bool:
        """Fetch ``GET /staff`` and keep it if the cache is (still) bound to ``session``;
        whether it was kept. Errors are logged, and the list kept before stays."""
        import httpx

        from workplace.net.errors import GatewayError

        user = session.user
        if user is None:
            return False
        try:
            response = await session.request("GET", "/staff")
            people = parse_staff(response.json())
        except GatewayError as exc:
            if exc.status == 404:  # a gateway older than the directory: nothing to fetch
                _log.info(kv("staff_directory_not_offered", server=session.base_url))
            else:
                _log.warning(kv("staff_directory_refresh_failed", status=exc.status,
                                error=exc))
            return False
        except ValueError as exc:  # not JSON, or not a list of people (StaffDataError)
            _log.warning(kv("staff_directory_rejected", server=session.base_url, error=exc))
            return False
        except (httpx.HTTPError, OSError) as exc:
            _log.warning(kv("staff_directory_refresh_failed", error=exc))
            return False
        owner = self.store.owner_key(session.base_url, user.id)
        try:
            written = await self.store.run_local(_write, owner, people)
        except CacheEncryptionError:
            return False
        if not written:
            _log.info(kv("staff_directory_dropped", reason="the cache changed owner"))
            return False
        _log.info(kv("staff_directory_updated", people=len(people)))
        return True
