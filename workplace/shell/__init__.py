"""The Qt shell: main window, navigation, command palette, notifications, settings.

Views here draw the Qt-free models of :mod:`workplace.workbench` and the plugin host;
the rest of the product stays importable without Qt.
"""
