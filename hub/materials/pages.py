"""What pages with materials share: the documents in their materials blocks, and the
'Download all' ZIP of them (and of their children's, for toolkits and modules)."""

from django.db.models import Q
from django.http import Http404
from django.utils.text import slugify

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model

from hub.caching import per_request
from hub.materials.bundles import zip_response
from hub.security.public import in_restricted_collection

DOCUMENTS = "materials:documents"


def document_ids(stream_value):
    """Document ids in the MaterialsBlocks of a StreamField, read from the raw data so no
    document is loaded for it."""
    ids = []
    for block in stream_value.raw_data:
        if block["type"] != "materials":
            continue
        for item in block["value"].get("items", []):
            value = item.get("value", item) if item.get("type") == "item" else item
            if value.get("document"):
                ids.append(value["document"])
    return ids


def load_documents(ids):
    """{pk: document} for the documents among `ids` that exist, public or not, each with
    what a material shows (licence, original, collection, language versions). One query
    for all of them, read once per request: a page's blocks, its "Download all" link and
    its structured data all list the same documents."""
    known = per_request.cached(DOCUMENTS, dict)
    missing = [pk for pk in dict.fromkeys(ids) if pk not in known]
    if missing:
        rows = sorted(
            get_document_model()
            .objects.filter(Q(pk__in=missing) | Q(translation_of_id__in=missing))
            .select_related("licence", "translation_of", "collection")
            .defer("translation_of__extracted_text")  # as the documents' own (DocumentManager)
            .order_by(),  # sorted here: an ORDER BY costs more to compile over 3 tables
            key=lambda row: row.pk,
        )
        versions = {pk: [] for pk in missing}
        for row in rows:
            if row.translation_of_id in versions:
                versions[row.translation_of_id].append(row)
        for pk in missing:
            known[pk] = None
        for row in rows:
            if row.pk in versions:
                row._hub_versions = versions[row.pk]  # its language_versions
                known[row.pk] = row
    return {pk: known[pk] for pk in ids if known.get(pk) is not None}


def public_materials(ids):
    """The public documents among `ids`, in that order, with what a listing shows."""
    documents = load_documents(ids)
    return [
        documents[pk]
        for pk in dict.fromkeys(ids)
        if pk in documents and not in_restricted_collection(documents[pk])
    ]


class MaterialsMixin(RoutablePageMixin):
    """Pages whose StreamFields named in `material_fields` list materials."""

    material_fields = ("materials",)

    def material_ids(self):
        return [pk for name in self.material_fields for pk in document_ids(getattr(self, name))]

    def bundle_parts(self):
        """[(folder, page)] whose materials go into the ZIP; children add their own."""
        return [("", self)]

    def read_materials(self):
        """Read the documents of the page and of the pages it bundles in one query, before
        its blocks, "Download all" link and structured data each ask for theirs."""
        load_documents([pk for _, page in self.bundle_parts() for pk in page.material_ids()])

    def bundle_folders(self):
        parts = self.bundle_parts()
        ids = [pk for _, page in parts for pk in page.material_ids()]
        documents = {document.pk: document for document in public_materials(ids)}
        folders = []
        for folder, page in parts:
            chosen = [documents[pk] for pk in dict.fromkeys(page.material_ids()) if pk in documents]
            if chosen:
                folders.append((folder, chosen))
        return folders

    def bundle_summary(self):
        """(number of files, total bytes) for the 'Download all' link."""
        documents = [document for _, docs in self.bundle_folders() for document in docs]
        return len(documents), sum(document.get_file_size() or 0 for document in documents)

    @path("download-all/", name="download_all")
    def download_all(self, request):
        folders = self.bundle_folders()
        if not folders:
            raise Http404("No materials to download.")
        return zip_response(
            self.title,
            request.build_absolute_uri(self.url),
            f"{slugify(self.title)[:60] or 'materials'}-materials.zip",
            folders,
        )
