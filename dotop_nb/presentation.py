"""What in a notebook presents itself as a dotop-nb record, however it is spelled.

The audit (:mod:`dotop_nb.audit`) trusts only signed records. A forger who removes a record's
signed JSON keeps what reviewers read — the HTML and the text — and may move it into a stream,
an error or a markdown cell, reword it, or respell it (an extra space inside a tag, a newline,
full-width letters, a zero-width space, a Cyrillic o, an HTML entity). So the audit never
looks for one exact string: it reads HTML with :mod:`html.parser` (as a browser reads it: tags,
attributes, entities), normalises every text (Unicode NFKC, case, whitespace, dashes, invisible
characters, look-alike letters, markdown escapes, terminal colours), and asks two questions:

* :func:`session_ids` — which session ids (``op-YYYYMMDD-xxxxxxxx``) does this text name?
* :func:`record_look` — does it present itself as a record: the record's markup (a
  ``dotop-session`` element, ``data-session``), or its fixed phrases (the ``Session ID · revision
  N`` header, ``RECORDED OUTCOME``, ``Plan hash …``, ``approved by X interactively``)?

:func:`invocations` reads a code cell's source for calls of the product that show a record
(``%operate``, ``%%operate``, ``run_line_magic("operate", …)``, ``runbooks.operate(``, …), so a
cell that ran one and shows neither a record nor an error is known to have lost it.

Pure functions over strings; no notebook or signature handling here.

Example::

    from dotop_nb import presentation
    presentation.session_ids('<div  class="DOTOP-session">op&#8209;20261126 1a2b3c4d</div>')
    # {'op-20261126-1a2b3c4d'}
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

# ------------------------------------------------------------------------------ normalising
# Letters of other scripts (Cyrillic, Greek, small capitals, Roman numerals) that look like the
# Latin ones a session id or a marker is made of, and the Latin letter each reads as.
_LOOKALIKES = str.maketrans(
    (
        "\u0430\u03b1\u0251\u042c\u044c\u0184\u0441\u03f2\u217d\u0501\u217e\u0435"
        "\u03b5\u0451\u017f\u0192\u043e\u03bf\u03c3\u1d0f\u0440\u03c1\u0455\u0456"
        "\u0458\u0445\u0443\u051b\u051d"
    ),
    "aaabbbcccddeeeffooooppsijxyqw",
)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def normalise(text: str) -> str:
    """``text`` as a reader sees it, in one canonical spelling: NFKC, case folded, terminal
    colours and markdown escapes removed, invisible characters (format class) dropped, every
    dash a ``-``, every digit an ASCII digit, look-alike letters Latin, whitespace collapsed."""
    text = _ANSI.sub("", text)
    text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cf":
            continue  # zero-width spaces and joiners, soft hyphens, direction marks
        if category == "Pd" or ch in "\u2212\ufe63\uff0d":
            out.append("-")
        elif category == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        elif category.startswith("Z") or ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    folded = "".join(out).translate(_LOOKALIKES)
    return re.sub(r"\s+", " ", folded).strip()


# ------------------------------------------------------------------------------ HTML
class _Page(HTMLParser):
    """Text, attribute values and ``dotop`` markup of an HTML fragment (html.parser: tags,
    attributes and entities read as a browser reads them, whatever the spacing or case)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.attributes: list[str] = []
        self.markup: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, raw in attrs:
            value = raw or ""
            self.attributes.append(value)
            key = normalise(name)
            if key in _RECORD_ATTRIBUTES:
                self.markup.append(key)
            if key == "class":
                for token in normalise(value).split():
                    if re.sub(r"[^a-z0-9]", "", token) in _RECORD_CLASSES:
                        self.markup.append(f"class {token}")

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


# The markup of a session record (dotop_nb.ui.html): its container, badge, diff, replay banner,
# and the drift report (which names a session). Compared without punctuation or case.
_RECORD_CLASSES = {"dotopsession", "dotopreplayed", "dotopstatus", "dotopdiff", "dotopdrift"}
_RECORD_ATTRIBUTES = {"data-session", "data-status"}


@dataclass(frozen=True)
class Reading:
    """One text as the audit reads it: its normalised spellings and the record markup in it."""

    texts: tuple[str, ...]
    markup: tuple[str, ...]


def read(value: Any) -> Reading:
    """Read a representation as stored in a notebook (a string, a list of lines, or JSON).

    The raw text, its HTML-unescaped form and its parsed-HTML text (tags dropped, inline
    elements joined) are all read: an id split by tags, hidden in an attribute or written as
    entities is still found.
    """
    raw = _string(value)
    page = _Page()
    try:
        page.feed(raw)
        page.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed input
        pass
    texts = {
        normalise(raw),
        normalise(html.unescape(raw)),
        normalise("".join(page.texts)),
        normalise(" ".join(page.texts)),
        normalise(" ".join(page.attributes)),
    }
    return Reading(tuple(t for t in texts if t), tuple(dict.fromkeys(page.markup)))


def _string(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "".join(value)
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return str(value)


# ------------------------------------------------------------------------------ questions
_ID = re.compile(r"(?<![a-z0-9])op\W{0,3}([0-9]{8})\W{0,3}([0-9a-f]{8})(?![0-9a-z])")


def session_ids(value: Any) -> set[str]:
    """The session ids a representation names, in their canonical form."""
    reading = value if isinstance(value, Reading) else read(value)
    return {f"op-{m[1]}-{m[2]}" for text in reading.texts for m in _ID.finditer(text)}


# Phrases only a record uses (dotop_nb.report, dotop_nb.ui.views, dotop_nb.ui.html), read on
# normalised text with punctuation turned into spaces.
_PHRASES = (
    (re.compile(r"\brecorded outcome\b"), "the words RECORDED OUTCOME of a replayed record"),
    (re.compile(r"\bsession \S+ revision [0-9]+\b"), "a record's header (session … revision N)"),
    (re.compile(r"\bdotop-nb session op-?[0-9]"), "a record's header (dotop-nb · session …)"),
    (re.compile(r"\bplan hash [0-9a-f]{64}\b"), "a record's plan hash line"),
    (
        re.compile(r"\b(?:approved|rejected) by \S+ (?:interactively|unattended)\b"),
        "a record's decision (approved by … interactively/unattended)",
    ),
)


def record_look(value: Any) -> list[str]:
    """How a representation presents itself as a dotop-nb record (empty: it does not)."""
    reading = value if isinstance(value, Reading) else read(value)
    found = [f"the record's markup ({', '.join(reading.markup)})"] if reading.markup else []
    for text in reading.texts:
        spaced = re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", " ", text))
        found += [why for pattern, why in _PHRASES if pattern.search(spaced)]
    return list(dict.fromkeys(found))


# ------------------------------------------------------------------------------ invocations
# Subcommands whose output is not a session record (a table, a drift report, the help text).
NOT_RECORDS = frozenset({"help", "history", "policies", "capabilities", "patterns", "verify"})

_LINE_MAGIC = re.compile(r"(?<![%\w])%operate\b([^\n]*)")
_CELL_MAGIC = re.compile(r"\A\s*%%operate\b([^\n]*)")
_CALL_MAGIC = re.compile(
    r"run_(line|cell)_magic\(\s*(?:magic_name\s*=\s*)?['\"]operate['\"]\s*,\s*"
    r"(?:line\s*=\s*)?[rRfFbBuU]{0,2}(['\"]{1,3})(.*?)\2"
)
_API = re.compile(r"\b(?:runbooks\.operate|show_session|SessionView)\s*\(")


def invocations(source: str) -> list[str]:
    """The calls in a code cell's source that show a session record, as written.

    ``%operate help|history|policies|capabilities|patterns|verify`` (and ``%operate?``) show
    something else; a subcommand spelled through a Python variable (``f"{cmd} …"``) cannot be
    told and is not counted. Comment lines are skipped.
    """
    cell = _CELL_MAGIC.match(source)
    if cell:  # the body is the intent (or the correction, the reason), not code
        return [f"%%operate{cell[1]}".strip()] if _shows_record(cell[1]) else []
    found: list[str] = []
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    for match in _LINE_MAGIC.finditer(code):
        if not match[1].startswith("?") and _shows_record(match[1]):
            found.append(f"%operate{match[1]}".strip())
    for match in _CALL_MAGIC.finditer(code):
        if match[1] == "cell" or _shows_record(match[3]):
            found.append(match[0])
    found += [match[0].rstrip("( ") for match in _API.finditer(code)]
    return found


def _shows_record(arguments: str) -> bool:
    words = arguments.split()
    first = words[0].lower() if words else ""
    if first.startswith(("{", "$")):
        return False  # a subcommand in a variable: cannot be told
    return first not in NOT_RECORDS


def mentions(values: Iterable[Any]) -> set[str]:
    """The session ids named anywhere in ``values``."""
    return {sid for value in values for sid in session_ids(value)}
