"""The AI assistant: chat, actions on documents and requests, cited answers (built-in plugin).

Its core (``redaction``, ``backends``, ``engine``, ``service``) is Qt-free: it imports
``workplace.api``, the standard library and httpx only; the widgets live in ``ui``.
"""
