"""Text that only records or explains a change is no request to make it: asked, never acted on.

Rule: a request says what to do now. A note of a task for later ("FIXME: delete worker", "reminder:
…", "- [ ] delete worker", "☐ …", "announcement: worker will be deleted"), the output of a
command that already ran ("deployment.apps/payments restarted", 'deployment.apps "worker"
deleted') or an explanation of how to do it ("to delete worker, run kubectl …", "the way to
restart payments is …") names a change without asking for it. Each is asked about,
naming what was read. "Request: delete worker", "Action item: …" (a ticket's
request), a pasted `$ kubectl …` command and "- [x]" lines are left to the other readers. An
open checklist item ("- [ ] ship frontend 2.2.0") reaches here without its box (logs.opened: it
is a request), unless it deletes, rolls back or stops something ("- [ ] delete worker"): then
its box is read here as a note and asked about. Round 27: a label of work still to be done
is read whatever its spelling ("to do:", "TO DO:", "TODO -", "remaining:", "needs doing:",
"still to do:", "Fix me:"); the spellings a ticket's label takes ("TODO:", "Task:", "Action
item:", "Cleanup:") reach here without it (:mod:`.tickets`: the labelled sets plan them).
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify

# Round 27 (reports): a label of work still to be done, whatever its spelling ("TODO:", "to
# do:", "To-Do -", "todo!:", "FIXME:", "task:", "action item:", "cleanup:", "clean-up item:",
# "remaining:", "needs doing:", "still to do:").
_TO_DO = (
    r"to[\s\-_]*dos?|fix[\s\-_]*me|action[\s\-_]+items?|chores?|"
    r"clean[\s\-_]*ups?(?:\s+(?:items?|tasks?))?|remaining(?:\s+(?:items?|tasks?|work))?|"
    r"(?:still\s+)?(?:left\s+)?to\s+be\s+done|(?:still\s+|left\s+)to\s+do|needs?\s+doing"
)
# ("Task:" only opening the message: on a later line it is a ticket's field, "Status: Won't
# fix\nTask: bounce checkout", and its status is what is asked about.)
_TO_DO_LABEL = (
    rf"(?:^\W*(?:{_TO_DO})|\A\W*tasks?)\s*[!*]*\s*(?::|\s[-\u2013\u2014]+\s|[\u2013\u2014])"
)
_TO_DO_LEAD = re.compile(_TO_DO_LABEL, re.I)
_NOTE = re.compile(
    rf"{_TO_DO_LABEL}|"
    # ("Reminder for Bob:", "reminder to self -": a reminder and whom it is for.)
    r"^\W*(?:fixme|announcement|reminder|note\s+to\s+self)\b"
    # (Round 22: "Reminder for next sale:", "reminder for the cutover:": whom or when.)
    r"(?:\s+(?:for|to)\s+(?:the\s+|our\s+)?(?:next\s+)?@?[\w.\-]+)?\s*[:\-]|"
    r"^\s*(?:[-*+]\s*)?\[\s\]|\u2610",
    re.I | re.M,
)
_OUTPUT = re.compile(
    r"^\s*(?:[a-z]+\.(?:apps|autoscaling|batch|policy|networking\.k8s\.io|[\w.]+)"
    r"(?:/[\w\-.]+|\s+\"[\w\-.]+\"))\s+(?:restarted|deleted|scaled|created|configured|"
    r"autoscaled|patched|unchanged|rolled\s+back|paused|resumed|labeled|annotated|exposed)\b",
    re.I | re.M,
)
_HOW_TO = re.compile(
    r"^\W*(?:the\s+(?:way|command)\s+to|how\s+to|to)\s+[a-z]+\b[^.\n]*?(?:,\s*(?:run|use|type)\b|"
    r"\s+is\s+(?:to\s+|by\s+)?(?:run|use|kubectl)\b)",
    re.I,
)


def to_do(text: str) -> bool:
    """Whether ``text`` opens with a label of work still to be done ("still to do:", "to be
    done -"): a label, never an explanation before the change (:mod:`.mentor`)."""
    return bool(_TO_DO_LEAD.match(text))


def check(raw: str) -> None:
    """Raise :class:`Clarify` when ``raw`` only records, reports or explains a change."""
    if m := _NOTE.search(raw):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: that marks a note or an open task, not a request "
            "to act now. If it should be done now, ask for it alone, e.g. 'delete worker'."
        )
    if m := _OUTPUT.search(raw):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: that looks like a command or its output, pasted "
            "from a terminal — it says what was done, not what to do. What should happen now?"
        )
    if m := _HOW_TO.search(raw):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: that explains how to make a change, it does not "
            "ask for it. If it should be done now, ask for it alone."
        )
