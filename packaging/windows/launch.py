"""PyInstaller's entry script: the same ``workplace`` command as on every platform."""

import sys

from workplace.cli import main

sys.exit(main())
