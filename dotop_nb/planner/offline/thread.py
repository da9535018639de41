"""A reply in a chat thread (Slack, mail) read as the request it carries.

Rule: a quoted line ("> did payments pick up the new secret?", a quote marker, never shell
redirection) is context, never an order. It may name the one workload the reply refers to —
the reply is then read as "re <workload> — <reply>" — but its numbers, values and words are
never lent to the plan. An answer that opens the reply ("yes", "yeah", "no.", "nope,") and an
agreement that opens a message ("+1", "+1 on shipping …", "agreed,") are dropped, and the
request after them is read alone; "same for X: <request>" and "same as we did for Y … but for
X: <request>" apply the request to X (Y is only what it was done to before), and "same port as
Y (http)" takes the values said, never Y as a target. A quote, answer or agreement with no
request after it is left as said, so it is asked (:mod:`.speech`).

A quote that names several workloads while the reply names none is asked: which one the reply
means is not for the planner to guess. Pure text; nothing else changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from dotop_nb.planner.offline import guard
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

# A quoted line: ">" (or ">>") and a space, or ">" right before a letter; never ">=" / "> 3".
_QUOTED = re.compile(r"^\s*>+(?:\s+(?=[^\s\d=])|(?=[A-Za-z]))")
# "> should we bump frontend? — yes, …": a quote and its reply on one line, cut after the
# quoted question or at a dash between spaces.
_ONE_LINE = re.compile(r"\?\s*(?:[\u2014\u2013]|--?)?\s+|\s+(?:[\u2014\u2013]|--?)\s+")
# An answer opening a reply. A "no" only before punctuation or a symbol ("no.", "nope,",
# "no 😬 —"): "no more than 5", "no downtime" are the request's own words.
_ANSWER = re.compile(
    r"^\W*(?:(?:yes|yeah|yea|yep|yup|ya|sure|ok(?:ay)?|agreed|correct|right|exactly|"
    r"\+1)\b(?!-\w)[\s,.!:;\u2014\u2013-]*|\U0001f44d[\s,.!:;\u2014\u2013-]*|(?:no|nope|nah|not\s+yet)(?=\s*[^\w\s])[^\w]*)",
    re.I,
)
# An agreement opening a message, then the request: "+1, …", "+1 drop …", "+1 on shipping …",
# "+1 to the hpa idea, …", "agreed: …". "+1 on frontend" / "+1 replica" stay as said (a count).
_AGREE = re.compile(
    rf"^\W*(?:\+1|\+\s?one|agreed)(?:\s*[,.!:;\u2014\u2013-]+\s*|\s+(?=(?:{guard.VERBS})\b)|"
    r"\s+(?:on|to)\s+(?=(?:\w+ing|the|this|that|a|an|your|doing)\b))",
    re.I,
)
# "the hpa idea": what was proposed, said as the thing itself.
_IDEA = re.compile(r"^(?:the|this|that|your)\s+(.+?)\s+(?:idea|plan|proposal|suggestion)\b", re.I)
# What ends "same for X": a colon, comma, semicolon or a dash between spaces ("my-api" is a name).
_SEP = r"\s*(?:[:,;\u2014\u2013]|\s-+\s)\s*"
# "same for X: …", "same for X too — …".
_SAME_FOR = re.compile(
    r"^\W*(?:the\s+)?same(?:\s+thing)?\s+for\s+(?P<x>[\w\-.]+)(?:\s+(?:too|as\s+well))?"
    rf"{_SEP}(?P<rest>\S.*)$",
    re.I | re.S,
)
# "same as we did for payments yesterday but for my-api: …".
_SAME_AS = re.compile(
    r"^\W*(?:do\s+)?(?:the\s+)?same(?:\s+thing)?\s+as\s+(?:we\s+did\s+|you\s+did\s+)?"
    r"(?:for\s+|with\s+|on\s+|to\s+)?(?P<ref>.+?)\s*,?\s+but\s+(?:for|on|with|to)\s+"
    rf"(?P<x>[\w\-.]+){_SEP}(?P<rest>\S.*)$",
    re.I | re.S,
)


# "same port/path as payments (http, /metrics) but 15s": another workload named only as where
# the values were seen, the values said in the parentheses, and what differs after "but".
_SAME_VALUES = re.compile(
    r"\bsame\s+(?P<what>[\w/\- ]{1,30}?)\s+as\s+(?:for\s+|on\s+|in\s+|with\s+)?(?P<ref>[\w\-.]+)"
    r"\s*\((?P<vals>[^()]+)\)(?:\s*,?\s*but\b)?",
    re.I,
)
# A quote that asks how few or how many pods ("how low can worker go", "how many for
# frontend?"), and a reply that answers with a count alone ("zero's fine", "3 is plenty").
_HOW_MANY = re.compile(
    r"\bhow\s+(?:low|far\s+down|many)\b(?!\s+(?:cpu|memory|mem|ram|cores?|mi|gi|gb|mb)\b)", re.I
)
# "how low can payments go memory-wise": a size, never a count of pods.
_SIZED = re.compile(
    r"\b(?:cpu|memory|mem|ram|limits?|requests?|resources|heap|disk|storage|volume|cores?|"
    r"threads?|connections?|workers?\s+per|batch|queue|timeout|[\d.]+\s*(?:mi|gi|m|%))\b",
    re.I,
)
_COUNT_ANSWER = re.compile(
    rf"^\s*(?P<n>{t.NUMBER})(?:'s|\s+is|\s+should\s+be|\s+would\s+be)?\s+"
    r"(?:fine|ok|okay|enough|plenty|good|great|works|does\s+it)\b",
    re.I,
)
# The one setting a quote asks about ("what's the log level on my-api"), which a reply's
# pronoun may stand for when it is given a value ("flip it to debug").
_SETTING = re.compile(r"\b(?:log\s*level|(?:cpu|memory|mem)\s+(?:limit|request))\b", re.I)
_PRONOUN_TO = re.compile(
    r"\b(?P<verb>set|flip|switch|change|turn|bump|raise|lower|put|move|take)\s+(?:it|that)"
    r"(?=\s+(?:up\s+|down\s+)?to\s+\S)",
    re.I,
)


def _lent(quote: str, reply: str) -> str:
    """``reply`` with what the quote asks about said in it: a count given alone to a quote that
    asks how many pods ("zero's fine" → "scale to zero"), the one setting a quote asks about
    for a pronoun given a value ("flip it to debug" → "flip the log level to debug")."""
    if _HOW_MANY.search(quote) and not _SIZED.search(quote) and (m := _COUNT_ANSWER.match(reply)):
        return f"scale to {m.group('n')}{reply[m.end() :]}"
    settings = {rx(r"\s+").sub(" ", s.lower()) for s in _SETTING.findall(quote)}
    if len(settings) == 1 and not _SETTING.search(reply):
        return _PRONOUN_TO.sub(lambda m: f"{m.group('verb')} the {next(iter(settings))}", reply, 1)
    return reply


@dataclass(frozen=True)
class Reply:
    """The request a thread message carries, and what was read to find it."""

    text: str
    note: str


def _named(text: str, names: frozenset[str]) -> list[str]:
    return sorted(t.said_names(text, names), key=len, reverse=True)


def _split(intent: str) -> tuple[list[str], str] | None:
    """The quoted lines of ``intent`` (above the reply, or below it) and the reply, or None.

    Raises :class:`Clarify` when quotes and replies alternate: which reply answers which quote
    is not for the planner to pair."""
    lines = intent.strip().splitlines()
    marks = [bool(_QUOTED.match(line)) for line in lines]
    if not any(marks):
        return None
    # Quoted lines in one block, above or below the reply: the marks change at most once.
    if sum(a != b for a, b in itertools.pairwise(marks)) > 1:
        raise Clarify(
            "This message answers several quoted lines in turn; I do not pair each reply with "
            "its quote. Say each change on its own, naming the workload (e.g. 'restart "
            "orders')."
        )
    quoted = [line[m.end() :].strip() for line in lines if (m := _QUOTED.match(line))]
    reply = "\n".join(line for line, mark in zip(lines, marks, strict=True) if not mark).strip()
    if not reply and len(quoted) == 1 and (cut := _ONE_LINE.search(quoted[0])):
        quoted, reply = [quoted[0][: cut.start() + 1].strip()], quoted[0][cut.end() :].strip()
    return quoted, reply


def _agreed(text: str) -> str:
    """``text`` without an agreement that opens it, when a request follows."""
    if not (m := _AGREE.match(text)) or not (rest := text[m.end() :].strip(" ,.!")):
        return text
    if idea := _IDEA.match(rest):
        rest = f"{idea.group(1)}{rest[idea.end() :]}"
    return rest


def read(intent: str, names: Callable[[], frozenset[str]]) -> Reply | None:
    """``intent`` read as the request its thread reply carries, or None when it is no reply
    (see the module docstring). ``names`` gives the namespace's workloads.

    Raises :class:`Clarify` when a quote names several workloads and the reply none."""
    notes: list[str] = []
    text = intent
    if (parts := _split(intent)) is not None:
        quoted, reply = parts
        said = " / ".join(quoted)
        if not reply.strip(" ,.!?"):
            raise Clarify(
                f"I read only a quoted line ({said!r}): a quote is what someone else said, "
                "not an order. Say the change itself (e.g. 'restart payments')."
            )
        reply = reply[m.end() :] if (m := _ANSWER.match(reply)) and reply[m.end() :] else reply
        workloads = names()
        if _named(reply, workloads):
            text = reply
            notes.append(f"the quoted {said!r} read as context only")
        elif len(lent := _named(said, workloads)) > 1:
            raise Clarify(
                f"The quoted {said!r} names {' and '.join(lent)}, and the reply does not say "
                "which one it means. Name the workload in the change (e.g. 'restart "
                f"{lent[0]}')."
            )
        elif lent:
            asked = _lent(said, reply)
            text = f"re {lent[0]} \u2014 {asked}"
            notes.append(
                f"the reply read as about {lent[0]}, named in the quoted {said!r} "
                + (
                    f"(and as {asked!r}, what the quote asks about)"
                    if asked != reply
                    else "(nothing else of the quote is used)"
                )
            )
        else:
            text = reply
            notes.append(f"the quoted {said!r} read as context only")
    agreed = _agreed(text)
    if agreed != text:
        notes.append(f"{text[: len(text) - len(agreed)].strip()!r} read as agreement")
        text = agreed
    if (m := _SAME_AS.match(text) or _SAME_FOR.match(text)) and m.group("rest").strip(" ,.!"):
        ref = m.groupdict().get("ref")
        text = f"for {m.group('x')}: {m.group('rest')}"
        notes.append(
            f"the request applied to {m.group('x')}"
            + (f" ({ref.strip()!r} only what it was done to before)" if ref else "")
        )
    if (m := _SAME_VALUES.search(text)) and m.group("ref").lower() in names():
        # The values are said; the workload they were seen on is no target.
        text = f"{text[: m.start()]}{m.group('what')} ({m.group('vals')}),{text[m.end() :]}"
        notes.append(f"{m.group('ref')!r} read only as where {m.group('vals')!r} were seen")
    if not notes:
        return None
    return Reply(text=text, note="; ".join(notes))
