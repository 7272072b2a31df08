"""Samvad Setu domain and use cases.

Pure domain modules (clock, calendar, config, lifecycle, availability, phone,
metrics, domain) import no Qt, no SQLAlchemy and no pyserial; the import-linter
contracts in ``setup.cfg`` hold that rule.
"""
