"""A pasted ``velero backup create`` / ``velero schedule create`` is a backup intent too.

Read with the kubectl tokenizer, never a shell. The backup rule reads the values it shares with
sentences from the text (``--schedule`` and ``--ttl`` in :mod:`.schedules`, ``--include-resources``
and ``--exclude-resources`` in :mod:`.kindfilter`, ``--selector app=x`` as labels); this module
says what the command is (a Backup made once, or a Schedule), its name, and asks about every
other flag — a flag is never dropped — and about a namespace other than the session's.

Example::

    read("velero backup create pre-upgrade --include-namespaces shop", "shop")
    # Command(kind='Backup', name='pre-upgrade', snapshot_volumes=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.kubectl import tokens
from dotop_nb.planner.offline.rx import rx

_COMMAND = re.compile(r"^\s*(?:\$\s*)?velero\s+(backup|schedule)\s+create\b", re.I)
# Flags whose values the backup rule reads from the text itself.
_READ_ELSEWHERE = frozenset(
    {"schedule", "ttl", "include-resources", "exclude-resources", "selector", "l"}
)
_NAME = re.compile(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?")


@dataclass(frozen=True)
class Command:
    """What a pasted velero command makes."""

    kind: str  # "Backup" or "Schedule"
    name: str
    snapshot_volumes: bool | None = None


def without_name(text: str) -> str:
    """``text`` with the name of a pasted velero command blanked ("pre-upgrade" is a name)."""
    if m := rx(_COMMAND.pattern + r"\s+([^\s-]\S*)", re.I).match(text):
        return text[: m.start(2)] + " " * len(m.group(2)) + text[m.end(2) :]
    return text


def arguments(words: list[str]) -> tuple[list[str], dict[str, str]]:
    """A velero command line's words after its verbs: the positional words, and the flags by
    name as said ("--ttl 72h", "--ttl=72h"; a flag with no value is "")."""
    names: list[str] = []
    flags: dict[str, str] = {}
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("-"):
            key, eq, value = word.lstrip("-").partition("=")
            if not eq and i + 1 < len(words) and not words[i + 1].startswith("-"):
                value = words[i + 1]
                i += 1
            flags[key] = value
        else:
            names.append(word)
        i += 1
    return names, flags


def read(line: str, namespace: str) -> Command | None:
    """The command's kind and name; None when ``line`` is no velero create command."""
    if not (m := _COMMAND.match(line)):
        return None
    names, flags = arguments(tokens(line[m.end() :]))
    if len(names) > 1:
        raise Clarify(f"I did not understand {names[1]!r} in {line!r}: one name per command.")
    name = names[0].lower() if names else ""
    if not _NAME.fullmatch(name):
        raise Clarify(f"{line!r}: which name should the {m.group(1)} have? e.g. 'nightly'.")
    for key in ("include-namespaces", "n", "namespace"):
        said: str | None = flags.pop(key, None)
        if key != "include-namespaces" and said == "velero":
            continue  # Velero's own namespace: where the Backup or Schedule is kept
        if said is not None and said != namespace:
            raise Clarify(
                f"The command names namespace {said!r}, but this session works in "
                f"{namespace!r}. Back up {namespace!r} (or run the session there)."
            )
    snapshots = None
    volumes: str | None = flags.pop("snapshot-volumes", None)
    if volumes is not None:
        if volumes.lower() not in ("true", "false", ""):
            raise Clarify(f"--snapshot-volumes={volumes!r}: true or false?")
        snapshots = volumes.lower() != "false"
    unread = sorted(k for k in flags if k not in _READ_ELSEWHERE)
    if unread:
        said = ", ".join(f"--{k}" for k in unread)
        raise Clarify(
            f"I did not understand {said} in {line!r}; I act on nothing I would leave out. "
            "Drop it, or say the backup in words."
        )
    if m.group(1).lower() == "schedule" and "schedule" not in flags:
        raise Clarify(f"{line!r}: --schedule is required (a cron, e.g. '0 2 * * *').")
    return Command("Backup" if m.group(1).lower() == "backup" else "Schedule", name, snapshots)
