#!/bin/sh
# Workplace: the app lives in its own Python environment under /opt/workplace.
exec /opt/workplace/venv/bin/workplace "$@"
