"""The plugin developer kit: what a ministry's or an integrator's developer uses.

- :mod:`workplace.devkit.scaffold` — ``workplace plugin new NAME`` makes a ready package;
- :mod:`workplace.devkit.pytest_plugin` — the ``wp_*`` pytest fixtures (registered with
  the ``pytest11`` entry point, so installing Workplace makes them available);
- :mod:`workplace.devkit.surface` — the recorded public surface of ``workplace.api``,
  which a change of the API must match with an ``API_VERSION`` change.

Everything here but :mod:`workplace.devkit.shell` is free of Qt.
"""
