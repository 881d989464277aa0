from wagtail.documents.views.serve import serve as wagtail_serve

from hub.materials.models import DownloadCount
from hub.materials.ranges import partial_response


def serve(request, document_id, document_filename):
    """Wagtail's document view (privacy, safe headers, ETag), plus byte ranges and a
    download counter. A download counts once: a full file, or a range from the first
    byte; resumed parts, HEAD requests and 304s do not count again."""
    response = wagtail_serve(request, document_id, document_filename)
    if response.status_code != 200:
        return response
    response["Accept-Ranges"] = "bytes"
    response = partial_response(request, response)
    requested = request.headers.get("Range", "").replace(" ", "")
    resumed = bool(requested) and not requested.startswith("bytes=0-")
    if request.method == "GET" and not resumed and response.status_code in (200, 206):
        DownloadCount.record([document_id])
    return response
