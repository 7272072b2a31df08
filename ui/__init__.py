"""PySide6 windows, table models, dialogs and charts: thin views over ``console``."""
