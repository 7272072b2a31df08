"""Repositories: what the domain and the UI need, as domain values or small frozen records.

No ORM object crosses this boundary; callers get ``console.domain`` types or the
records defined next to each repository.
"""
