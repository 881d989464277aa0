"""Byte-range requests for document downloads (RFC 9110 §14), so an interrupted
download of a large file resumes instead of starting again. One range per request; a
request for several ranges gets the whole file, as the RFC allows."""

import re

from django.http import HttpResponse, StreamingHttpResponse

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024
COPIED_HEADERS = (
    "Content-Type", "Content-Disposition", "Content-Security-Policy", "X-Content-Type-Options",
    "ETag", "Last-Modified",
)  # fmt: skip


def requested_range(header, size):
    """(start, end) inclusive for a satisfiable single range, None to send the whole file,
    or "unsatisfiable"."""
    match = RANGE.match(header.replace(" ", ""))
    if not match or (not match.group(1) and not match.group(2)):
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            return None  # syntactically invalid: ignore it
    else:  # the last N bytes
        suffix = int(last)
        if suffix == 0:
            return "unsatisfiable"
        start, end = max(0, size - suffix), size - 1
    if start >= size:
        return "unsatisfiable"
    return start, end


def _stream(fileobj, start, length):
    try:
        fileobj.seek(start)
        remaining = length
        while remaining > 0:
            chunk = fileobj.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        fileobj.close()


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
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        return refused
    start, end = wanted
    response.file_to_stream = None  # the partial response owns the file from here
    partial = StreamingHttpResponse(_stream(fileobj, start, end - start + 1), status=206)
    partial._resource_closers.append(fileobj.close)
    for name in COPIED_HEADERS:
        if name in response:
            partial[name] = response[name]
    partial["Content-Range"] = f"bytes {start}-{end}/{size}"
    partial["Content-Length"] = str(end - start + 1)
    partial["Accept-Ranges"] = "bytes"
    return partial
