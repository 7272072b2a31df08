"""Samvad Setu domain and use cases.

Pure domain modules (clock, domain, calendar*, config*, lifecycle*, availability*,
phone, metrics, search*) import no Qt, no SQLAlchemy and no pyserial; the import-linter
contracts in ``setup.cfg`` hold that rule.
"""
