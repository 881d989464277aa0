"""Open data downloads: a table streamed as CSV or JSON, with the licence stated, so a
collection of any size downloads in constant memory. Content apps give the rows."""

import json

from django.http import StreamingHttpResponse
from django.utils import timezone

from hub.security.spreadsheets import csv_writer


def licence_link(licence):
    return f'<{licence["url"]}>; rel="license"' if licence.get("url") else ""


def csv_response(filename, columns, rows, licence):
    writer = csv_writer()  # a cell that would run as a formula is written as text

    def lines():
        yield "\ufeff"  # a BOM, so spreadsheet programs read UTF-8
        yield writer.writerow([*columns, "licence"])
        for row in rows:
            yield writer.writerow([*(row.get(c) for c in columns), licence.get("url", "")])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = licence_link(licence)
    return response


def json_response(filename, about, rows, licence):
    """{"licence": ..., **about, "generated": ..., "items": [...]} written as it streams."""

    def chunks():
        head = {"licence": licence, **about, "generated": timezone.now().isoformat()}
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "items": ['
        for index, row in enumerate(rows):
            yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
        yield "]}"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = licence_link(licence)
    return response
