"""Every string the code and the templates mark for translation is in every interface
catalogue (locale/<code>/LC_MESSAGES/django.po), so no visitor meets English in their
language; test_catalogues checks that each entry there is translated. The strings are
found as `manage.py makemessages` finds them (Django's template lexer, then a Python
extractor: Babel's, which needs no GNU gettext). No database."""

import ast
import io
import re
import tokenize
from functools import cache
from pathlib import Path

from django.utils.translation.template import templatize

import polib
import pytest
from babel.messages.extract import extract

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["hub", "cases", "toolkits", "courses", "strategies", "search", "templates"]
SKIPPED = {"migrations", "tests", "__pycache__"}
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))


def source_files():
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*")):
            if SKIPPED & set(path.relative_to(ROOT).parts) or not path.is_file():
                continue
            if path.suffix in (".py", ".html", ".txt", ".xml"):
                yield path


@cache
def marked():
    """{(context, msgid): "file:line"} of every marked string."""
    found = {}
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        if path.suffix == ".py":
            for line, message, _comments, context in extract(
                "python", io.BytesIO(text.encode()), keywords=KEYWORDS
            ):
                msgid = message[0] if isinstance(message, tuple) else message
                if msgid:
                    found.setdefault((context or "", msgid), f"{where}:{line}")
        elif "trans" in text:
            for context, msgid in template_calls(templatize(text, origin=str(path))):
                found.setdefault((context, msgid), where)
    return found


TEMPLATE_CALL = re.compile(r"\b(n?p?gettext|_)\(")


def template_calls(code):
    """(context, msgid) of the gettext calls Django's templatize wrote for a template.
    Its output is Python only around those calls, so each call is read on its own."""
    for match in TEMPLATE_CALL.finditer(code):
        strings = []
        tokens = tokenize.generate_tokens(io.StringIO(code[match.end() :]).readline)
        for token in tokens:
            if token.type == tokenize.STRING:
                strings.append(ast.literal_eval(token.string))
            elif token.string in (")", ","):
                if token.string == ")":
                    break
            elif token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                break  # a count argument: the strings are read
        context = strings.pop(0) if match.group(1).startswith(("p", "np")) else ""
        if strings:
            yield context, strings[0]


def test_strings_are_found():
    assert ("", "Search") in marked() or len(marked()) > 300


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_marked_string_is_in_the_catalogue(path):
    catalogue = {(entry.msgctxt or "", entry.msgid) for entry in polib.pofile(str(path))
                 if not entry.obsolete}  # fmt: skip
    missing = [f"{where}: {msgid!r}" for (ctx, msgid), where in marked().items()
               if (ctx, msgid) not in catalogue]  # fmt: skip
    assert not missing, f"{len(missing)} strings missing:\n" + "\n".join(missing)
