"""Three-way comparison of a record's data, field by field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def changed_fields(base: Mapping[str, Any], other: Mapping[str, Any]) -> set[str]:
    """Top-level fields whose value differs between ``base`` and ``other``."""
    return {k for k in set(base) | set(other) if base.get(k) != other.get(k)}


def keep_fields(after: Mapping[str, Any], before: Mapping[str, Any],
                fields: Sequence[str]) -> dict[str, Any]:
    """``after`` with ``fields`` as they were ``before`` (absent if they were absent).

    How a conflict resolved field by field is applied, the same on the gateway and in
    the cache: the change itself runs — with its checks and authorization — on the
    current state; only the values the user chose to keep are put back.
    """
    merged = dict(after)
    for name in fields:
        if name in before:
            merged[name] = before[name]
        else:
            merged.pop(name, None)
    return merged


def merge(base: Mapping[str, Any], mine: Mapping[str, Any],
          theirs: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Merge two edits of ``base``: the result and the fields both changed differently.

    Fields only one side changed take that side's value; fields both changed to the
    same value are no conflict.
    """
    mine_changed, theirs_changed = changed_fields(base, mine), changed_fields(base, theirs)
    result = dict(theirs)
    clashes = set()
    for name in mine_changed:
        if name in theirs_changed and mine.get(name) != theirs.get(name):
            clashes.add(name)
        elif name in mine:
            result[name] = mine[name]
        else:
            result.pop(name, None)
    return result, clashes
