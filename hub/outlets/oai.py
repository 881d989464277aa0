"""OAI-PMH 2.0 at /oai/, so repositories and aggregators of open educational resources
can harvest the hub: all six verbs, Dublin Core (oai_dc), sets by type (type:case) and by
language (language:de), selective harvesting by date, resumption tokens and deleted
records. Records are the live, public pages of every content type in every language
(sources and real translations) and the public documents, read through hub.security.public.

As the protocol requires, its errors (badVerb, badArgument, ...) are answered with HTTP
200 and the error code in the XML; harvesters read them there."""

import mimetypes
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db.models import F, IntegerField, Min, TextField, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from hub.content.registry import page_types
from hub.materials.pages import load_documents
from hub.outlets.bulk import specific_pages
from hub.outlets.models import DeletedRecord
from hub.outlets.structured_data import read_for_structured_data, structured_data
from hub.pages.schema_org import material
from hub.security.public import public_document_ids, public_documents, public_pages

PAGE_SIZE = 100
NS = {
    "": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA = "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
DC_SCHEMA = (
    "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
)
VERBS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), {"resumptionToken"}),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
}
# What no argument has a use for and XML 1.0 cannot carry: controls (NUL, which
# PostgreSQL also refuses in a query), surrogates, U+FFFE and U+FFFF. Arguments are echoed
# in the answer, so one of these would make it unreadable for the harvester.
UNFIT = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A record's number as the hub writes it: ASCII digits without a leading zero, within the
# databases' 64-bit integers (int() refuses "²" and reads "٣" as 3; SQLite overflows).
RECORD_NUMBER = re.compile(r"[1-9][0-9]{0,17}")
TOKEN_SALT = "hub.oai.resumption"  # noqa: S105 - a signing namespace, not a secret


class OAIError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def tag(prefix, name):
    return f"{{{NS[prefix]}}}{name}"


def repository_id():
    return urlparse(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def oai_identifier(local):
    return f"oai:{repository_id()}:{local}"


def local_identifier(identifier):
    prefix = f"oai:{repository_id()}:"
    if not identifier.startswith(prefix):
        raise OAIError("idDoesNotExist", "No record has this identifier.")
    return identifier[len(prefix) :]


def stamp(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_date(value, end=False):
    """An OAI date in either granularity the hub supports; `until` days include the day."""
    # strptime reads any Unicode digit ("２０２６"); the protocol's dates are ASCII.
    formats = (("%Y-%m-%dT%H:%M:%SZ", False), ("%Y-%m-%d", True)) if value.isascii() else ()
    for pattern, day in formats:
        try:
            moment = datetime.strptime(value, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
        if end:  # until includes the whole day, or the whole second
            moment = moment.replace(microsecond=999_999)
            if day:
                moment = moment.replace(hour=23, minute=59, second=59)
        return moment, day
    raise OAIError(
        "badArgument", f"'{value}' is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ."
    )


def kinds():
    """{kind: page model} for every content type."""
    return {model.kind: model for model in page_types()}


def set_list():
    sets = [("type", "Content type"), ("language", "Language")]
    sets += [(f"type:{kind}", str(model._meta.verbose_name)) for kind, model in kinds().items()]
    sets.append(("type:document", "material"))
    sets += [(f"language:{code}", name) for code, name in settings.LANGUAGES]
    return sets


# The records -------------------------------------------------------------------------------
class Header:
    """What a record's header says: datestamp, local identifier, sets, deleted or not;
    read for a whole list in one query (see `headers`)."""

    __slots__ = ("when", "identifier", "kind", "language", "deleted", "content_type_id")

    def __init__(self, when, identifier, kind, language, deleted, content_type_id=None):
        self.when, self.identifier, self.kind = when, identifier, kind
        self.language, self.deleted, self.content_type_id = language, deleted, content_type_id

    def sets(self):
        return [f"type:{self.kind}", f"language:{self.language}"]


def headers(arguments):
    """[Header] of the records matching from/until/set, oldest first: the live pages and
    documents and the deleted records, all in one query."""
    start, end, set_spec = arguments.get("from"), arguments.get("until"), arguments.get("set")
    kind = language = None
    if set_spec:
        group, _, value = set_spec.partition(":")
        if set_spec not in {spec for spec, _name in set_list()}:
            raise OAIError("badArgument", f"There is no set '{set_spec}'; ListSets names them.")
        kind, language = (value or None, None) if group == "type" else (None, value or None)
    pages, documents, deleted = sources(kind, language)
    text, number = TextField(), IntegerField()
    rows = [
        _dated(pages, start, end).values_list(
            Value("page", output_field=text), "pk", Value("", output_field=text),
            "datestamp", "locale__language_code", Value("", output_field=text),
            "content_type_id",
        ),
        _dated(documents, start, end).values_list(
            Value("document", output_field=text), "pk", Value("", output_field=text),
            "datestamp", "language", Value("document", output_field=text),
            Value(None, output_field=number),
        ),
        _dated(deleted, start, end).values_list(
            Value("deleted", output_field=text), Value(None, output_field=number),
            "identifier", "datestamp", "language", "kind", Value(None, output_field=number),
        ),
    ]  # fmt: skip
    kinds_by_type = {
        ContentType.objects.get_for_model(model).pk: kind for kind, model in kinds().items()
    }
    found, live = [], set()
    for source, pk, identifier, when, code, kind_, content_type_id in rows[0].union(
        *rows[1:], all=True
    ):
        if source == "deleted":
            found.append(Header(when, identifier, kind_, code, True))
            continue
        identifier = f"{source}:{pk}"
        live.add(identifier)
        kind_ = kinds_by_type.get(content_type_id) if source == "page" else kind_
        found.append(Header(when, identifier, kind_, code, False, content_type_id))
    found = [h for h in found if not (h.deleted and h.identifier in live)]
    return sorted(found, key=lambda h: (h.when, h.identifier, h.deleted))


def sources(kind=None, language=None):
    """(pages, documents, deleted records) of a set, each with its `datestamp`."""
    models = kinds()
    pages = public_pages(
        Page.objects.type(*([models[kind]] if kind in models else models.values())).filter(
            alias_of__isnull=True
        )
    ).annotate(datestamp=Coalesce("last_published_at", "first_published_at"))
    documents = public_documents().annotate(datestamp=F("created_at"))
    deleted = DeletedRecord.objects.annotate(datestamp=F("deleted_at"))
    if kind == "document":
        pages = pages.none()
    elif kind:
        documents = documents.none()
    if kind:
        deleted = deleted.filter(kind=kind)
    if language:
        pages = pages.filter(locale__language_code=language)
        documents = documents.filter(language=language)
        deleted = deleted.filter(language=language)
    return pages, documents, deleted


def _dated(queryset, start, end):
    queryset = queryset.filter(datestamp__isnull=False).order_by()
    if start:
        queryset = queryset.filter(datestamp__gte=start)
    if end:
        queryset = queryset.filter(datestamp__lte=end)
    return queryset


def load(found, describe=True):
    """{local identifier: page or document} for the live ones among the Headers `found`,
    each page with what its description shows (unless not `describe`): a batch of
    records costs the queries of one."""
    page_rows = [
        (int(h.identifier.split(":")[1]), h.content_type_id)
        for h in found
        if not h.deleted and h.identifier.startswith("page:")
    ]
    document_ids = [
        int(h.identifier.split(":")[1])
        for h in found
        if not h.deleted and h.identifier.startswith("document:")
    ]
    content_types = {ContentType.objects.get_for_model(m).pk for m in kinds().values()}
    pages = specific_pages(
        [row for row in page_rows if row[1] in content_types],
        restrict=lambda queryset: public_pages(queryset.filter(alias_of__isnull=True)),
    )
    if describe:
        read_for_structured_data(pages.values(), documents=document_ids)
    objects = {f"page:{pk}": page for pk, page in pages.items()}
    documents = load_documents(document_ids)
    public = public_document_ids(document_ids)
    for pk in document_ids:
        document = documents.get(pk)
        if document is not None and pk in public:
            objects[f"document:{pk}"] = document
    return objects


def dublin_core(obj, request):
    """oai_dc from the record's schema.org description, so a page is described once."""
    if isinstance(obj, Page):
        data = structured_data(obj, request)
        formats = ["text/html"]
    else:
        data = material(obj, request)
        data["datePublished"] = obj.created_at.isoformat()
        formats = [mimetypes.guess_type(obj.filename)[0] or "application/octet-stream"]
    subjects = [thing["name"] for thing in data.get("about", [])] + data.get("keywords", [])
    creators = [person["name"] for person in data.get("author", [])]
    if data.get("sourceOrganization"):
        creators.append(data["sourceOrganization"]["name"])
    fields = [
        ("title", [data.get("name")]),
        ("creator", creators),
        ("subject", subjects),
        ("description", [data.get("description")]),
        ("publisher", [settings.WAGTAIL_SITE_NAME]),
        ("date", [data.get("datePublished", "")[:10]]),
        ("type", ["Text", data.get("@type")]),
        ("format", formats),
        ("identifier", [data.get("url")]),
        ("language", [data.get("inLanguage")]),
        ("rights", [data.get("license")]),
    ]
    root = ET.Element(tag("oai_dc", "dc"), {tag("xsi", "schemaLocation"): DC_SCHEMA})
    for name, values in fields:
        for value in values:
            if value:
                ET.SubElement(root, tag("dc", name)).text = str(value)
    return root


def header(parent, record):
    """A record's header, from its Header."""
    status = {"status": "deleted"} if record.deleted else {}
    element = ET.SubElement(parent, tag("", "header"), status)
    ET.SubElement(element, tag("", "identifier")).text = oai_identifier(record.identifier)
    ET.SubElement(element, tag("", "datestamp")).text = stamp(record.when)
    for spec in record.sets():
        ET.SubElement(element, tag("", "setSpec")).text = spec
    return element


# The verbs --------------------------------------------------------------------------------
def identify(root, verb, arguments, request):
    element = ET.SubElement(root, tag("", "Identify"))
    oldest = [source.aggregate(oldest=Min("datestamp"))["oldest"] for source in sources()]
    earliest = min(filter(None, oldest), default=timezone.now())
    for name, value in [
        ("repositoryName", settings.WAGTAIL_SITE_NAME),
        ("baseURL", request.build_absolute_uri(request.path)),
        ("protocolVersion", "2.0"),
        ("adminEmail", settings.HUB_CONTACT_EMAIL),
        ("earliestDatestamp", stamp(earliest)),
        ("deletedRecord", "persistent"),
        ("granularity", "YYYY-MM-DDThh:mm:ssZ"),
    ]:
        ET.SubElement(element, tag("", name)).text = value


def list_metadata_formats(root, verb, arguments, request):
    if "identifier" in arguments:
        find_record(arguments["identifier"], describe=False)
    element = ET.SubElement(root, tag("", "ListMetadataFormats"))
    oai_dc = ET.SubElement(element, tag("", "metadataFormat"))
    for name, value in [
        ("metadataPrefix", "oai_dc"),
        ("schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
        ("metadataNamespace", NS["oai_dc"]),
    ]:
        ET.SubElement(oai_dc, tag("", name)).text = value


def list_sets(root, verb, arguments, request):
    if "resumptionToken" in arguments:
        raise OAIError("badResumptionToken", "ListSets answers in one response; no token.")
    element = ET.SubElement(root, tag("", "ListSets"))
    for spec, name in set_list():
        item = ET.SubElement(element, tag("", "set"))
        ET.SubElement(item, tag("", "setSpec")).text = spec
        ET.SubElement(item, tag("", "setName")).text = name


def find_record(identifier, describe=True):
    """(Header, page or document) of the record `identifier`, the object None when it
    is deleted."""
    local = local_identifier(identifier)
    group, _, number = local.partition(":")
    if group in ("page", "document") and RECORD_NUMBER.fullmatch(number):
        pk = int(number)
        if group == "page":
            content_type_id = Page.objects.filter(pk=pk).values_list("content_type_id", flat=True)
            wanted = Header(None, local, None, None, False, next(iter(content_type_id), None))
        else:
            wanted = Header(None, local, "document", None, False)
        obj = load([wanted], describe=describe).get(local)
        if obj is not None:
            if group == "page":
                when = obj.last_published_at or obj.first_published_at
                return Header(when, local, obj.kind, obj.locale.language_code, False), obj
            return Header(obj.created_at, local, "document", obj.language, False), obj
    gone = DeletedRecord.objects.filter(identifier=local).first()
    if gone is not None:
        return Header(gone.deleted_at, local, gone.kind, gone.language, True), None
    raise OAIError("idDoesNotExist", "No record has this identifier.")


def get_record(root, verb, arguments, request):
    check_prefix(arguments["metadataPrefix"])
    record, obj = find_record(arguments["identifier"])
    element = ET.SubElement(ET.SubElement(root, tag("", "GetRecord")), tag("", "record"))
    header(element, record)
    if obj is not None:
        ET.SubElement(element, tag("", "metadata")).append(dublin_core(obj, request))


def check_prefix(prefix):
    if prefix != "oai_dc":
        raise OAIError("cannotDisseminateFormat", f"'{prefix}' is not offered; use oai_dc.")


def listing(records):
    def answer(root, verb, arguments, request):
        if "resumptionToken" in arguments:
            arguments = read_token(arguments["resumptionToken"], verb)
        check_prefix(arguments["metadataPrefix"])
        if "from" in arguments or "until" in arguments:
            check_dates(arguments)
        window = {k: arguments[k] for k in ("from", "until") if k in arguments}
        bounds = {
            "from": parse_date(window["from"])[0] if "from" in window else None,
            "until": parse_date(window["until"], end=True)[0] if "until" in window else None,
            "set": arguments.get("set"),
        }
        found = headers(bounds)
        if not found:
            raise OAIError("noRecordsMatch", "No records match these arguments.")
        offset = arguments.get("offset", 0)
        if offset >= len(found):
            raise OAIError("badResumptionToken", "This resumption token has run out.")
        page = found[offset : offset + PAGE_SIZE]
        element = ET.SubElement(root, tag("", verb))
        objects = load(page) if records else {}  # the headers need no more than `found`
        for record in page:
            obj = objects.get(record.identifier)
            parent = ET.SubElement(element, tag("", "record")) if records else element
            header(parent, record)
            if records and obj is not None:
                ET.SubElement(parent, tag("", "metadata")).append(dublin_core(obj, request))
        following = offset + PAGE_SIZE
        token = ET.SubElement(
            element,
            tag("", "resumptionToken"),
            {"completeListSize": str(len(found)), "cursor": str(offset)},
        )
        if following < len(found):
            token.text = signing.dumps(
                {**{k: v for k, v in arguments.items() if k != "offset"}, "offset": following,
                 "verb": verb},
                salt=TOKEN_SALT, compress=True,
            )  # fmt: skip

    return answer


def check_dates(arguments):
    start = parse_date(arguments["from"]) if "from" in arguments else None
    end = parse_date(arguments["until"], end=True) if "until" in arguments else None
    if start and end:
        if start[1] != end[1]:
            raise OAIError("badArgument", "from and until must have the same granularity.")
        if start[0] > end[0]:
            raise OAIError("badArgument", "from must not be later than until.")


def read_token(token, verb):
    try:
        arguments = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature as error:
        raise OAIError("badResumptionToken", "This resumption token is not valid.") from error
    if arguments.pop("verb", None) != verb:
        raise OAIError("badResumptionToken", "This resumption token belongs to another verb.")
    return arguments


HANDLERS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "ListIdentifiers": listing(records=False),
    "ListRecords": listing(records=True),
    "GetRecord": get_record,
}


def check_arguments(query):
    """The verb and its arguments, or the protocol's error for what is wrong with them."""
    verbs = query.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OAIError("badVerb", "The verb is missing, repeated or not an OAI-PMH verb.")
    verb = verbs[0]
    required, optional = VERBS[verb]
    arguments = {}
    for key in query:
        if key == "verb":
            continue
        values = query.getlist(key)
        if UNFIT.search(key) or any(UNFIT.search(value) for value in values):
            raise OAIError("badArgument", "An argument holds a control character.")
        if key not in required | optional:
            raise OAIError("badArgument", f"'{key}' is not an argument of {verb}.")
        if len(values) != 1:
            raise OAIError("badArgument", f"'{key}' is repeated.")
        arguments[key] = values[0]
    if "resumptionToken" in arguments and verb in ("ListIdentifiers", "ListRecords"):
        if len(arguments) > 1:
            raise OAIError("badArgument", "resumptionToken comes alone, with the verb only.")
        return verb, arguments
    missing = required - set(arguments)
    if missing:
        raise OAIError("badArgument", f"{verb} needs {', '.join(sorted(missing))}.")
    return verb, arguments


@csrf_exempt  # harvesters may POST their arguments; nothing here changes state
@require_http_methods(["GET", "POST", "HEAD"])
def endpoint(request):
    query = request.POST if request.method == "POST" else request.GET
    root = ET.Element(tag("", "OAI-PMH"), {tag("xsi", "schemaLocation"): SCHEMA})
    ET.SubElement(root, tag("", "responseDate")).text = stamp(timezone.now())
    echo = ET.SubElement(root, tag("", "request"))
    echo.text = request.build_absolute_uri(request.path)
    try:
        verb, arguments = check_arguments(query)
        echo.attrib.update({"verb": verb, **arguments})
        HANDLERS[verb](root, verb, arguments, request)
    except OAIError as error:
        if error.code in ("badVerb", "badArgument"):
            echo.attrib.clear()  # the protocol: no attributes echoed for these errors
        for child in list(root)[2:]:
            root.remove(child)
        ET.SubElement(root, tag("", "error"), {"code": error.code}).text = error.message
    # Registered at each answer: the registry is shared by the process, and another
    # library's import (WeasyPrint's) takes the empty prefix for itself.
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="text/xml; charset=utf-8")
