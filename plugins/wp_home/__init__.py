"""Home: the start page of Workplace (built-in plugin, uses workplace.api only)."""
