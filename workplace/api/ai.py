"""What the machine policy says about AI, as plugins see it (``ctx.ai_policy``)."""

from __future__ import annotations

from dataclasses import dataclass

#: The personal-data categories a policy may name under ``ai.never_send``.
AI_DATA_CATEGORIES = ("iin", "bin", "phone", "email", "card", "address")


@dataclass(frozen=True)
class AIPolicy:
    """The administrator's rules for language models (policy section ``ai``).

    ``enabled`` false: no text goes to any model (on-device features only).
    ``endpoint`` set: the one chat-completions address allowed (users cannot change
    it); ``"gateway"`` means the organisation's gateway. ``model`` names the model
    there. ``never_send`` lists personal-data categories always replaced by
    placeholders, whatever the user chose.
    """

    enabled: bool = True
    endpoint: str = ""
    model: str = ""
    never_send: frozenset[str] = frozenset()

    @property
    def locked(self) -> bool:
        """Whether the endpoint is set by the administrator."""
        return bool(self.endpoint)
