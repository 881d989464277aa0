"""Byte-range requests for document downloads (RFC 9110 §14), so an interrupted
download of a large file resumes instead of starting again. One range per request; a
request for several ranges gets the whole file, as the RFC allows."""

import re

from django.http import HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext as _

RANGE = re.compile(r"bytes=([0-9]*)-([0-9]*)")  # DIGIT is ASCII (RFC 5234); \d is not
# Past any file's size: a client's position is capped here, as int() refuses more than
# 4,300 digits and any number from the size up means the same.
BEYOND_ANY_FILE = 10**18
CHUNK = 64 * 1024
COPIED_HEADERS = (
    "Content-Type", "Content-Disposition", "Content-Security-Policy", "X-Content-Type-Options",
    "ETag", "Last-Modified",
)  # fmt: skip


def requested_range(header, size):
    """(start, end) inclusive for a satisfiable single range, None to send the whole file,
    or "unsatisfiable"."""
    match = RANGE.fullmatch(header.replace(" ", ""))
    if not match or (not match.group(1) and not match.group(2)):
        return None
    first, last = (position(digits) if digits else None for digits in match.groups())
    if first is None:  # the last N bytes
        if last == 0:
            return "unsatisfiable"
        start, end = max(0, size - last), size - 1
    elif last is None:
        start, end = first, size - 1
    elif last < first:
        return None  # syntactically invalid: ignore it
    else:
        start, end = first, min(last, size - 1)
    if start >= size:
        return "unsatisfiable"
    return start, end


def position(digits):
    """The byte position a string of ASCII digits of any length names, capped."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) < len(str(BEYOND_ANY_FILE)) else BEYOND_ANY_FILE


class FileRange:
    """`length` bytes of an open file from `start`, read in chunks. StreamingHttpResponse
    closes its content when the response is closed, so the file is closed at the end of
    the request, read or not (a HEAD, a client gone early)."""

    def __init__(self, fileobj, start, length):
        self.fileobj, self.start, self.length = fileobj, start, length

    def __iter__(self):
        self.fileobj.seek(self.start)
        remaining = self.length
        while remaining > 0:
            chunk = self.fileobj.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk

    def close(self):
        self.fileobj.close()


def partial_response(request, response):
    """Turn a full 200 file response into a 206 or 416 when the request asks for a range
    that still refers to the same file (If-Range); any other response is returned as is."""
    fileobj = getattr(response, "file_to_stream", None)
    header = request.headers.get("Range")
    size = response.get("Content-Length")
    if not header or fileobj is None or size is None:
        return response
    size = int(size)
    if_range = request.headers.get("If-Range")
    if if_range and if_range not in (response.get("ETag"), response.get("Last-Modified")):
        return response
    wanted = requested_range(header, size)
    if wanted is None:
        return response
    if wanted == "unsatisfiable":
        # Close the file only: closing the response would also signal the end of the
        # request (and close the database connection) before it has ended.
        fileobj.close()
        refused = HttpResponse(
            _("The range asked for is outside the file, which has %(size)d bytes.")
            % {"size": size},
            status=416,
            content_type="text/plain; charset=utf-8",
        )
        refused["Content-Range"] = f"bytes */{size}"
        return refused
    start, end = wanted
    response.file_to_stream = None  # the partial response owns the file from here
    partial = StreamingHttpResponse(FileRange(fileobj, start, end - start + 1), status=206)
    for name in COPIED_HEADERS:
        if name in response:
            partial[name] = response[name]
    partial["Content-Range"] = f"bytes {start}-{end}/{size}"
    partial["Content-Length"] = str(end - start + 1)
    partial["Accept-Ranges"] = "bytes"
    return partial
