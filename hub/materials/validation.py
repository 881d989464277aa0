"""Uploaded files must be what their extension says. Extension and size are checked by
Wagtail (WAGTAILDOCS_EXTENSIONS, WAGTAILDOCS_MAX_UPLOAD_SIZE); this checks the content:
magic bytes, the structure of ZIP-based formats, and limits against ZIP bombs."""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from PIL import Image

# ZIP-based formats and what they must contain.
OOXML_FOLDERS = {"docx": "word/", "pptx": "ppt/", "xlsx": "xl/"}
OPENDOCUMENT_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "epub": "application/epub+zip",
}
IMAGE_FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "gif": "GIF", "webp": "WEBP"}
MAX_ZIP_ENTRIES = 10_000
MAX_ZIP_UNCOMPRESSED = 2 * 1024**3  # 2 GiB
MAX_ZIP_RATIO = 200  # uncompressed / compressed; real office files stay far below
TEXT_SAMPLE = 64 * 1024


def mismatch(extension):
    return ValidationError(
        _("The file's content does not match its extension “.%(extension)s”."),
        code="content_mismatch",
        params={"extension": extension},
    )


def validate_document_content(uploaded, extension):
    """Raise ValidationError unless `uploaded` (a file object) really is `extension`."""
    extension = extension.lower()
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    try:
        if extension == "pdf":
            if not head.startswith(b"%PDF-"):
                raise mismatch(extension)
        elif extension in OOXML_FOLDERS or extension in OPENDOCUMENT_TYPES or extension == "zip":
            _validate_zip(uploaded, extension, head)
        elif extension in IMAGE_FORMATS:
            _validate_image(uploaded, extension)
        elif extension in {"csv", "txt"}:
            _validate_text(uploaded, extension)
    finally:
        uploaded.seek(0)


def _validate_zip(uploaded, extension, head):
    if not head.startswith(b"PK\x03\x04"):
        raise mismatch(extension)
    try:
        archive = zipfile.ZipFile(uploaded)
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise ValidationError(_("The archive holds too many files."), code="zip_too_many")
        unpacked = sum(entry.file_size for entry in entries)
        packed = max(1, sum(entry.compress_size for entry in entries))
        if unpacked > MAX_ZIP_UNCOMPRESSED or unpacked / packed > MAX_ZIP_RATIO:
            raise ValidationError(_("The archive unpacks to too much data."), code="zip_bomb")
        if archive.testzip() is not None:
            raise zipfile.BadZipFile
        names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError) as e:
        raise ValidationError(
            _("The file is damaged: it could not be read as a ZIP archive."), code="zip_corrupt"
        ) from e
    if extension in OOXML_FOLDERS:
        folder = OOXML_FOLDERS[extension]
        if "[Content_Types].xml" not in names or not any(n.startswith(folder) for n in names):
            raise mismatch(extension)
    elif extension in OPENDOCUMENT_TYPES:
        if "mimetype" not in names:
            raise mismatch(extension)
        declared = archive.read("mimetype").decode("ascii", "replace").strip()
        if declared != OPENDOCUMENT_TYPES[extension]:
            raise mismatch(extension)


def _validate_image(uploaded, extension):
    try:
        with Image.open(uploaded) as picture:
            actual = picture.format
    except (OSError, Image.DecompressionBombError, ValueError) as e:
        raise mismatch(extension) from e
    if actual != IMAGE_FORMATS[extension]:
        raise mismatch(extension)


def _validate_text(uploaded, extension):
    sample = uploaded.read(TEXT_SAMPLE)
    if b"\x00" in sample:
        raise mismatch(extension)
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        # A cut multi-byte character at the end of the sample is fine; anything else is not.
        try:
            text = sample[:-3].decode("utf-8")
        except UnicodeDecodeError as e:
            raise ValidationError(_("Text files must be encoded as UTF-8."), code="not_utf8") from e
    if text.lstrip().lower().startswith(("<!doctype", "<html", "<svg", "<?xml", "<script")):
        raise mismatch(extension)
