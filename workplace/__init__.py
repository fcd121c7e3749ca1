"""Workplace: the unified digital workplace for civil servants."""

__version__ = "0.1.0"
