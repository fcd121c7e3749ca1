"""The assistant's widgets (Qt)."""
