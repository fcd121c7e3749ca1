"""Documents: registration, approval routes, resolutions, control and signatures
(built-in plugin, uses workplace.api only)."""
