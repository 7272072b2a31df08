"""PyInstaller's entry script: the same ``samvad-setu`` entry point as the installed command."""

from ui.main import main

raise SystemExit(main())
