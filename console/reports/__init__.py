"""Supervisors' reports: response-time analytics over a period, the reports screen's data and the Excel workbook.

``period``, ``facts``, ``analytics``, ``selection`` and ``workbook_words`` are pure
(import-linter's pure-domain contract); ``source`` reads the records through
``db``, ``workbook*`` writes with openpyxl, ``desk_reports`` serves the window.
"""
