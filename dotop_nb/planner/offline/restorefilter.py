"""What a restore leaves out, limits itself to, or only tries: carried into the Restore exactly,
or asked (pure text).

Rule: a restore replaces live data, so every qualifier said is honoured or asked, never dropped.
The resource filters of a pasted ``velero restore create`` (``--include-resources``,
``--exclude-resources``) and of words ("only the configmaps", "restore the secrets and
configmaps", "but not the PVCs") go into the Restore's ``includedResources`` /
``excludedResources`` as Velero names them (:mod:`.kindfilter`); ``--restore-volumes=false`` is
``restorePVs: false``. Asked, naming what was said: "without its volumes" in words (the claims
left out, or their data not restored?), a namespace mapping or any other flag
(``--namespace-mappings``, ``--selector`` …), and a dry run ("(dry run)", ``--dry-run``) — a
Restore cannot be tried without being made.

Example::

    spec("velero restore create --from-backup b-1 --include-resources configmaps")
    # {'includedResources': ['configmaps']}
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline import kindfilter, velerocli
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.kubectl import tokens

Json = dict[str, Any]
_COMMAND = re.compile(r"^\s*(?:\$\s*)?velero\s+restore\s+create\b", re.I)
_DRY = re.compile(
    r"--dry-run\b|\bdry[- ]?run\b|\bjust\s+(?:show|preview|simulate)\b|\bsimulat\w*\b|"
    r"\bpreview\b|\bwhat\s+would\s+(?:be\s+)?restore",
    re.I,
)
# Volumes said in words: the claims left out, or only their data not restored?
_VOLUMES = re.compile(r"\b(?:volumes?|(?:volume\s+)?data|disks?)\b")
# The verb, then what is restored.
_VERB = re.compile(r"\b(?:restore|recover)\s+(?=(?:the|all|its|their)\b|\w)")
_FLAGS_CARRIED = frozenset({"from-backup", "include-resources", "exclude-resources"})


def _flags(line: str) -> dict[str, str]:
    m = _COMMAND.match(line)
    if m is None:
        return {}
    _, flags = velerocli.arguments(tokens(line[m.end() :]))
    return {key.lower(): value for key, value in flags.items()}


def spec(raw: str, namespace: str) -> Json:
    """The Restore spec fields the words say beyond the backup and the namespace; asks about
    what it cannot carry exactly."""
    from dotop_nb.planner.offline.restore import without_backup_name  # noqa: PLC0415

    if dry := _DRY.search(without_backup_name(raw)):
        raise Clarify(
            f"I read {dry.group(0)!r}: a Velero Restore cannot be tried without being made, so "
            "I plan nothing to apply for a dry run. To see what the backup holds, run `velero "
            "backup describe <backup> --details`; say the restore without the dry run to make it."
        )
    flags = _flags(raw)
    out: Json = {}
    for key in ("include-namespaces", "n", "namespace"):
        value = flags.pop(key, None)
        if value is not None and value not in (namespace, "velero"):
            raise Clarify(
                f"The command names namespace {value!r}, but this session works in "
                f"{namespace!r}: restore {namespace!r} (or run the session there)."
            )
    volumes = flags.pop("restore-volumes", None)
    if volumes is not None:
        if volumes.lower() not in ("true", "false", ""):
            raise Clarify(f"--restore-volumes={volumes!r}: true or false?")
        out["restorePVs"] = volumes.lower() != "false"
    if unread := sorted(k for k in flags if k not in _FLAGS_CARRIED):
        names = ", ".join(f"--{k}" for k in unread)
        raise Clarify(
            f"I read {names} in the restore: a restore replaces live data, and I do not carry "
            "that flag into the Restore, so nothing is planned. Drop it, or make that restore "
            "by hand (`velero restore create …`)."
        )
    from dotop_nb.planner.offline.restore import without_backup_name  # noqa: PLC0415

    text = without_backup_name(raw.lower())
    if (verb := _VERB.search(text)) and kindfilter.starts(text, verb.end()):
        # "restore the secrets and configmaps from …": the kinds restored are the only ones.
        text = f"{text[: verb.end()]}only {text[verb.end() :]}"
    said = kindfilter.read(text)
    if not _COMMAND.match(raw):
        for phrase in said.said:
            if _VOLUMES.search(phrase):
                raise Clarify(
                    f"I read {phrase!r} in the restore: leave the volume claims out "
                    "(excludedResources: persistentvolumeclaims), or restore them without "
                    "their volume data (restorePVs: false)? Say which."
                )
    if said.snapshot_volumes is False:
        out["restorePVs"] = False
    if said.included:
        out["includedResources"] = list(said.included)
    if said.excluded:
        out["excludedResources"] = list(said.excluded)
    return out


def described(extra: Json) -> str:
    """The qualifiers carried, for the plan's analysis ("" when none)."""
    parts = []
    if included := extra.get("includedResources"):
        parts.append("only " + ", ".join(included))
    if excluded := extra.get("excludedResources"):
        parts.append("leaving out " + ", ".join(excluded))
    if extra.get("restorePVs") is False:
        parts.append("without restoring volume data (restorePVs false)")
    return "; ".join(parts)
