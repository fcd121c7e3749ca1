"""Allow ``python -m workplace``."""

from workplace.cli import main

raise SystemExit(main())
