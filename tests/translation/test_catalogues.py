"""The interface catalogues (locale/*/LC_MESSAGES/django.po) are complete and safe to use:
no entry is untranslated or fuzzy, every translation keeps its source's placeholders, and
every plural entry has each form its catalogue's Plural-Forms header declares.

A missing or changed placeholder is a KeyError (or a wrong sentence) when the page renders
in that language only; an empty or fuzzy entry silently shows English. No database."""

import gettext
import re
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
CATALOGUES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))

# %(name)s and bare %s, %d, %.1f ...; "%%" is a literal percent sign, not a placeholder.
PLACEHOLDER = re.compile(r"%%|%(?:\([^)]*\))?[#0+-]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa]")
NAMED = re.compile(r"%\([^)]*\)")

# The plural form each number takes, for the languages whose rules are known here.
PLURAL_SAMPLES = {
    "de": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    "es": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    "it": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    # one; few (2-4, 22-24, ... but not 12-14); many (0, 5-21, 25-31, 112-114, ...)
    "pl": {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 14: 2, 21: 2, 22: 1, 25: 2, 104: 1, 112: 2},
    "el": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    "hu": {0: 1, 1: 0, 2: 1, 5: 1, 21: 1},
    # one; few (2-4); other: 22 is "other" in Czech and Slovak, unlike Polish
    "cs": {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 21: 2, 22: 2},
    "sk": {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 21: 2, 22: 2},
    # by the last two digits: 1 (101), 2 (102), 3-4 (103, 104), the rest
    "sl": {0: 3, 1: 0, 2: 1, 3: 2, 4: 2, 5: 3, 11: 3, 101: 0, 102: 1, 104: 2, 111: 3},
}


def language_of(path):
    return path.relative_to(LOCALE_DIR).parts[0]


@pytest.fixture(params=CATALOGUES, ids=language_of)
def catalogue(request):
    """A catalogue's path; the test's id names its language."""
    return request.param


def load(path):
    return language_of(path), polib.pofile(str(path))


def entries(po):
    return [entry for entry in po if not entry.obsolete]


def label(language, entry):
    return f"{language}: msgid {entry.msgid!r}"


def placeholders(text):
    """Named placeholders as a set (one may be used twice, or in another order), the
    positional ones in order (their order is what the % operator fills them in)."""
    found = [match for match in PLACEHOLDER.findall(text) if match != "%%"]
    named = {p for p in found if NAMED.match(p)}
    return named, [p for p in found if not NAMED.match(p)]


def nplurals(po):
    header = po.metadata.get("Plural-Forms", "")
    match = re.search(r"nplurals\s*=\s*(\d+)", header)
    return int(match.group(1)) if match else None


def test_there_are_catalogues():
    """Every partner language has its catalogue (English is the source)."""
    partners = {"de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"}
    assert partners <= {language_of(path) for path in CATALOGUES}


def test_plural_forms_header(catalogue):
    language, po = load(catalogue)
    header = po.metadata.get("Plural-Forms", "")
    count = nplurals(po)
    assert count, f"{language}: the header declares no nplurals ({header!r})"
    expression = re.search(r"plural\s*=\s*(.+?);?\s*$", header)
    assert expression, f"{language}: the header declares no plural expression ({header!r})"
    form = gettext.c2py(expression.group(1))
    used = {form(n) for n in range(1000)}
    assert used == set(range(count)), (
        f"{language}: the plural expression yields forms {sorted(used)}, "
        f"but the header declares nplurals={count}"
    )
    wrong = {
        n: (form(n), expected)
        for n, expected in PLURAL_SAMPLES.get(language, {}).items()
        if form(n) != expected
    }
    assert not wrong, f"{language}: wrong plural form for n: (form, expected) {wrong}"


def test_every_entry_is_translated_and_not_fuzzy(catalogue):
    language, po = load(catalogue)
    problems = []
    for entry in entries(po):
        if entry.fuzzy:
            problems.append(f"{label(language, entry)}: fuzzy (msgmerge's guess, unchecked)")
        if entry.msgid_plural:
            empty = [i for i, text in sorted(entry.msgstr_plural.items()) if not text]
            if not entry.msgstr_plural:
                problems.append(f"{label(language, entry)}: untranslated (no plural forms)")
            elif empty:
                problems.append(f"{label(language, entry)}: plural form(s) {empty} empty")
        elif not entry.msgstr:
            problems.append(f"{label(language, entry)}: untranslated (empty msgstr)")
    assert not problems, "\n".join(problems)


def test_plural_entries_have_every_declared_form(catalogue):
    language, po = load(catalogue)
    count = nplurals(po) or 0
    problems = []
    for entry in entries(po):
        if not entry.msgid_plural:
            continue
        forms = set(entry.msgstr_plural)
        missing = sorted(set(range(count)) - forms)
        extra = sorted(forms - set(range(count)))
        if missing:
            problems.append(
                f"{label(language, entry)}: lacks plural form(s) {missing} "
                f"(the header declares nplurals={count})"
            )
        if extra:
            problems.append(
                f"{label(language, entry)}: has plural form(s) {extra} beyond nplurals={count}"
            )
    assert not problems, "\n".join(problems)


def test_placeholders_match_the_source(catalogue):
    language, po = load(catalogue)
    problems = []
    for entry in entries(po):
        if entry.msgid_plural:
            # Form 0 follows the singular, or the plural where it is used for more than
            # one (Slovenian's form 0 also serves 101, 201, ...: it needs the number).
            pairs = [
                (
                    f"msgstr[{i}]",
                    text,
                    [entry.msgid, entry.msgid_plural] if i == 0 else [entry.msgid_plural],
                )
                for i, text in sorted(entry.msgstr_plural.items())
            ]
        else:
            pairs = [("msgstr", entry.msgstr, [entry.msgid])]
        for name, text, sources in pairs:
            if not text:
                continue  # reported as untranslated
            if all(placeholders(text) != placeholders(source) for source in sources):
                source = sources[0]
                want_named, want_positional = placeholders(source)
                got_named, got_positional = placeholders(text)
                problems.append(
                    f"{label(language, entry)}: {name} has placeholders "
                    f"{sorted(got_named)} {got_positional}, "
                    f"the source has {sorted(want_named)} {want_positional}"
                )
    assert not problems, "\n".join(problems)
