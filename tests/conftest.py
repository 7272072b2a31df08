"""Shared test set-up: Qt renders offscreen; no test reads the wall clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
