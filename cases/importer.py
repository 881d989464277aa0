"""Bulk import of cases from a CSV or XLSX file (the columns of the open-data export).

A file is always checked as a whole first: every problem is reported with its row and
column, and a file with any problem imports nothing. A clean file becomes draft cases
under the case index, each submitted to its workflow for a moderator to publish."""

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from hub.taxonomy.labels import terms_in_locale
from hub.taxonomy.models import SDG, Country, GreenDealArea, OrganisationType, Sector

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
REQUIRED = ["title", "organisation"]
TEXTS = ["challenge", "what_was_done", "stakeholders", "results", "enabling_factors",
         "obstacles", "what_did_not_work", "transferability", "lessons_learned"]  # fmt: skip
ONE_TERM = {"country": Country, "sector": Sector, "organisation_type": OrganisationType}
MANY_TERMS = {"sdgs": SDG, "green_deal_areas": GreenDealArea}
PLAIN = ["summary", "source_partner", "organisation_size", "year_start", "year_end"]
COLUMNS = [*REQUIRED, *PLAIN, *ONE_TERM, *MANY_TERMS, *TEXTS]
# Columns of the export that an import ignores, so an exported file can come back.
IGNORED = {"id", "url", "language", "first_published", "last_published", "licence",
           "organisation_type_label", "country_label", "sector_label", "sdg_labels",
           "green_deal_area_labels"}  # fmt: skip


@dataclass
class Report:
    rows: list = field(default_factory=list)  # [(row number, {field: value})]
    problems: list = field(default_factory=list)  # [(row, column, message)]

    def add(self, row, column, message):
        self.problems.append((row, column, message))

    @property
    def ok(self):
        return not self.problems and bool(self.rows)


def read_table(name, data):
    """(header, [rows]) from CSV or XLSX bytes; ValueError with a message otherwise."""
    if len(data) > MAX_BYTES:
        raise ValueError(_("The file is larger than 5 MB."))
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ValueError(_("The file is not a readable XLSX workbook.")) from error
        table = [["" if cell is None else str(cell).strip() for cell in row]
                 for row in sheet.iter_rows(values_only=True)]  # fmt: skip
    elif name.lower().endswith(".csv"):
        try:
            content = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValueError(_("The CSV file is not UTF-8 text.")) from error
        table = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(content))]
    else:
        raise ValueError(_("Choose a .csv or .xlsx file."))
    table = [row for row in table if any(row)]
    if not table:
        raise ValueError(_("The file is empty."))
    if len(table) - 1 > MAX_ROWS:
        raise ValueError(_("The file has more than %(n)s cases.") % {"n": MAX_ROWS})
    return [cell.lower() for cell in table[0]], table[1:]


def check(name, data, locale):
    """Read and check a whole file; nothing is written."""
    report = Report()
    try:
        header, table = read_table(name, data)
    except ValueError as error:
        report.add(0, "", str(error))
        return report
    for column in header:
        if column not in COLUMNS and column not in IGNORED:
            report.add(1, column, _("Unknown column; the columns are: %(c)s.") % {
                "c": ", ".join(COLUMNS)})  # fmt: skip
    for column in REQUIRED:
        if column not in header:
            report.add(1, column, _("This column is required."))
    if report.problems:
        return report
    terms = {model: terms_in_locale(model, locale) for model in
             [*ONE_TERM.values(), *MANY_TERMS.values()]}  # fmt: skip
    sizes = {key for key, _label in _sizes()}
    titles = {}
    for number, cells in enumerate(table, start=2):
        values = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
        row = {}
        for column in REQUIRED:
            if not values.get(column):
                report.add(number, column, _("This cell must not be empty."))
        title = values.get("title", "")
        if title and title.lower() in titles:
            report.add(number, "title", _("The same title as row %(n)s.") % {
                "n": titles[title.lower()]})  # fmt: skip
        titles.setdefault(title.lower(), number)
        if len(title) > 255:
            report.add(number, "title", _("At most 255 characters."))
        for column in ("year_start", "year_end"):
            value = values.get(column, "")
            if value and not (value.isdigit() and 1900 <= int(value) <= 2100):
                report.add(number, column, _("'%(v)s' is not a year.") % {"v": value})
            row[column] = int(value) if value.isdigit() else None
        if row["year_start"] and row["year_end"] and row["year_end"] < row["year_start"]:
            report.add(number, "year_end", _("The end is before the start."))
        size = values.get("organisation_size", "")
        if size and size not in sizes:
            report.add(number, "organisation_size", _("'%(v)s' is not one of %(s)s.") % {
                "v": size, "s": ", ".join(sorted(sizes))})  # fmt: skip
        for column, model in ONE_TERM.items():
            key = values.get(column, "")
            found = terms[model].get(key) or terms[model].get(key.upper())
            if key and found is None:
                report.add(number, column, _("'%(v)s' is not a known %(t)s.") % {
                    "v": key, "t": model._meta.verbose_name})  # fmt: skip
            row[column] = found
        for column, model in MANY_TERMS.items():
            keys = [key.strip() for key in values.get(column, "").split(";") if key.strip()]
            unknown = [key for key in keys if key not in terms[model]]
            if unknown:
                report.add(number, column, _("Not known: %(v)s.") % {"v": ", ".join(unknown)})
            row[column] = [terms[model][key] for key in keys if key in terms[model]]
        for column in ("title", "organisation", "summary", "source_partner"):
            row[column] = values.get(column, "")
        row["organisation_size"] = size
        for column in TEXTS:
            text = values.get(column, "")
            row[column] = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p)
        report.rows.append((number, row))
    return report


def _sizes():
    from cases.models import CasePage

    return CasePage.SIZES


def import_cases(report, index, user):
    """Create the checked rows as drafts under `index`, each sent to its workflow.
    All or nothing."""
    from cases.models import CasePage

    if not report.ok:
        raise ValueError(_("The file has problems; nothing was imported."))
    created = []
    with transaction.atomic():
        for _number, row in report.rows:
            fields = {k: v for k, v in row.items() if k not in MANY_TERMS}
            page = CasePage(live=False, owner=user, slug=unique_slug(index, row["title"]), **fields)
            for column in MANY_TERMS:
                setattr(page, column, row[column])
            index.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
            workflow = page.get_workflow()
            if workflow:
                workflow.start(page, user)
            created.append(page)
    return created


def unique_slug(parent, title):
    base = slugify(title)[:200] or "case"
    slug, n = base, 1
    taken = set(parent.get_children().values_list("slug", flat=True))
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
