"""The SQLite driver of the local cache: SQLCipher's (``sqlcipher3``), typed as ``sqlite3``.

The cache is encrypted at rest, so its connections come from SQLCipher's build of
SQLite; without a key it reads and writes ordinary SQLite files. Its module mirrors
the standard ``sqlite3`` API, but its classes are its own: an
``except sqlite3.OperationalError`` of the standard library does NOT catch its
errors. Every module of the store therefore takes ``sqlite3`` from here::

    from workplace.store.dbapi import sqlite3

and type checkers see the standard library's stubs (sqlcipher3 ships none).

sqlite-utils catches errors of its own ``sqlite3`` (the standard library's, or
pysqlite3's) in a few helpers — dropping with ``ignore=True``, ``alter=True``
inserts, unique index names, ``supports_strict``. The store uses none of them; keep
it that way, or catch the error here rather than relying on sqlite-utils to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3
else:
    from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["sqlite3"]
