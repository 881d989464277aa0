"""The one CSV writer of the hub: every CSV export (the admin's reports, open data) goes
through it, so a cell a spreadsheet program would run as a formula is written as text.

Visitors' searches are listed in reports (searches without results, Wagtail's search
terms) and page titles in others; a search for `=HYPERLINK(...)` exported as it is
would run when an editor opens the file. As OWASP advises for CSV injection, a text
cell starting with = + - @, a tab or a carriage return gets a leading apostrophe.
Numbers stay numbers. XLSX needs nothing here: Wagtail writes formula-like cells of
its exports as strings."""

import csv
from decimal import Decimal

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value):
    """The cell as a spreadsheet should show it: numbers (a negative one too) and empty
    cells unchanged, anything else as text that cannot start a formula."""
    if value is None or isinstance(value, (int, float, Decimal)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class DefusingWriter:
    """Wraps a csv.writer or csv.DictWriter: each row's cells are defused first."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        if isinstance(row, dict):
            return self.writer.writerow({key: defuse(value) for key, value in row.items()})
        return self.writer.writerow([defuse(value) for value in row])


class Echo:
    """A file-like object csv.writer writes to, handing each line back."""

    def write(self, value):
        return value


def csv_writer():
    """A writer whose writerow(cells) defuses them and returns the CSV line, for a
    streaming response."""
    return DefusingWriter(csv.writer(Echo()))


def defuse_admin_exports():
    """Wagtail's report and listing views write their CSV rows through
    SpreadsheetExportMixin.write_csv_row; the hub's reports and Wagtail's own (search
    terms, site history, aging and locked pages, workflows) all inherit it. Wrapping
    it once here puts every CSV export of the admin through DefusingWriter, present
    and future, where subclassing would cover only the hub's views."""
    wagtail_write_csv_row = SpreadsheetExportMixin.write_csv_row
    if getattr(wagtail_write_csv_row, "defuses", False):
        return

    def write_csv_row(self, writer, row_dict):
        return wagtail_write_csv_row(self, DefusingWriter(writer), row_dict)

    write_csv_row.defuses = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
