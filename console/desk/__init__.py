"""The escalation desk: from a representative's complaint to a confirmed callback.

Pure policy (case codes, reply reading, message composing, the ladder) sits
beside the use cases that tie it to storage and the modems.
"""
