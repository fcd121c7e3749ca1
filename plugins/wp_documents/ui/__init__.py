"""The Documents plugin's widgets (Qt); everything they change goes through mutators."""
