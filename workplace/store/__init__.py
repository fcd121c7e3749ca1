"""The offline store: a local SQLite cache per profile and server, and its async facade.

Qt-free. ``local`` is the thread-confined cache; ``service`` offers it on the loop.
"""
