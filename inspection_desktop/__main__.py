"""Run the app with ``python -m inspection_desktop``."""

from inspection_desktop.app import main

raise SystemExit(main())
