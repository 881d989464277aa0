"""'Download all': the materials of a page as one ZIP, streamed to the client while it is
written (zipstream-ng), never built in memory or on disk first. Files are stored, not
compressed: PDFs and office files are compressed already, and a stored ZIP's size is
known up front, so the browser can show progress."""

import posixpath

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify

from zipstream import ZIP_STORED, ZipStream

from hub.materials.models import DownloadCount

CHUNK = 64 * 1024


def _read(document):
    with document.file.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def attribution_text(title, url, entries):
    lines = [
        f"Materials of “{title}”",
        f"From the IMPACT hub: {url}",
        f"Downloaded on {timezone.localdate().isoformat()}.",
        "",
        "Each file, with how to attribute it and its licence:",
        "",
    ]
    for arcname, document in entries:
        lines.append(arcname)
        lines.append(f"    {document.attribution()}")
        if document.licence:
            lines.append(f"    Licence: {document.licence.title} – {document.licence.url}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def unique_name(folder, filename, taken):
    """A name inside the archive that no other file has, without path tricks."""
    stem, dot, extension = posixpath.basename(filename).rpartition(".")
    stem = slugify(stem or extension) or "file"
    candidate = posixpath.join(folder, f"{stem}{dot}{extension}" if dot else stem)
    number = 2
    while candidate in taken:
        candidate = posixpath.join(
            folder, f"{stem}-{number}{dot}{extension}" if dot else f"{stem}-{number}"
        )
        number += 1
    taken.add(candidate)
    return candidate


def zip_response(title, url, filename, folders):
    """A streamed ZIP of `folders`: [(folder name, [documents])]. Counts one download of
    each document."""
    archive = ZipStream(compress_type=ZIP_STORED, sized=True)
    taken, entries = set(), []
    for folder, documents in folders:
        for document in documents:
            arcname = unique_name(slugify(folder), document.filename, taken)
            archive.add(_read(document), arcname, size=document.get_file_size())
            entries.append((arcname, document))
    archive.add(attribution_text(title, url, entries), "ATTRIBUTION.txt")
    response = StreamingHttpResponse(archive, content_type="application/zip")
    response["Content-Length"] = str(len(archive))
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    DownloadCount.record([document.pk for _, document in entries])
    return response
