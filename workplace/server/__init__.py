"""The Workplace gateway: the reference server for sign-in, sync and attachments.

It runs the plugins' Qt-free domain code authoritatively; it imports no Qt.
"""
