"""The Qt side of the requests module (imported only when the plugin is activated)."""
