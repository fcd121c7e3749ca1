"""The organisation's staff directory: the colleagues a plugin can offer (API 1.8).

Whom to assign a request to, whom to route a document through: every active member
of staff, as the organisation's gateway last listed them. The list is kept on this
computer (in the profile's encrypted store), so it is there offline too; it is empty
when the app has never heard it from a gateway (a gateway older than the directory,
or a profile never connected). Plugins get it as ``ctx.directory``; it needs no
permission — colleagues' names are not citizens' personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Person", "StaffDirectory"]


@dataclass(frozen=True)
class Person:
    """A member of staff (API 1.8): ``id`` is the user id records name (``Actor.user_id``),
    ``name`` the display name (surname, name, patronymic), ``department`` a
    department id (as ``Actor.department``), ``roles`` among clerk, executor, head,
    admin."""

    id: str
    name: str
    department: str = ""
    roles: tuple[str, ...] = ()


class StaffDirectory:
    """The staff of the signed-in user's organisation, as last known on this computer
    (API 1.8).

    This base knows no one: the app's directory replaces it. Code that offers people
    merges what it has seen in records, so it works as well with an empty directory.
    """

    async def people(self) -> list[Person]:
        """Every active member of staff, by name; empty when the directory is not
        known here. Reads the local store (off the GUI thread): call it when a choice
        is about to be made, not on every change."""
        return []
