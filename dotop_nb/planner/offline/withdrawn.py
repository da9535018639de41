"""A release withdrawn from a workload, said by a verb of withdrawing (round 29, a32rest).

"revoke 3.0.1 from checkout", "recall checkout 1.1.0", "pull back the 1.1.0 release of
checkout", "yank payments v3.0.0", "checkout image != 1.1.0": the version named is to be gone
from the workload. When the workload runs that version now, that is its rollback to the revision
before ("roll back checkout"); it is never an update TO the version named (round 28 asked; the
update readers saw only the verb-less version). Here the request, when it is only that (a reason
may follow after a comma), is written as the rollback, and the rollback readers plan it (or ask,
when there is no revision before). When the workload does not run that version, or no workload
is named, it is asked, naming what runs. Anything else is left as said ("pull the 2.2.0 image",
"roll back checkout", "recall the incident").

>>> # checkout runs ghcr.io/acme/checkout:1.1.0
>>> read("revoke 1.1.0 from checkout", images)
'roll back checkout'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline.context import Clarify

# The verbs that take a release back ("pull" alone fetches an image; "take down" stops pods).
# Round 30 (a34a): "take back …", and "pull" with a version pulled FROM a workload ("pull 1.1.0
# from checkout", "pull the 1.1.0 release of checkout"; "pull checkout 1.1.0" may fetch it).
_VERB = (
    r"(?:revok(?:e|ed|ing)|recall(?:ed|ing)?|retract(?:ed|ing)?|withdraw(?:n|ing)?|yank(?:ed)?|"
    r"(?:pull|take)(?:ed)?\s+back|took\s+back|un-?ship|un-?release|un-?publish|un-?deploy|"
    r"back\s+out|pull(?=\s+(?:the\s+)?v?\d+(?:\.\d+){1,3}\S*(?:\s+(?:release|version|build|"
    r"image|tag))?\s+(?:from|off|of)\s))"
)
# (The last check reads the words cut at each full stop, "pull 1." of "pull 1.1.0 from checkout",
# and only once a rollback is planned from them.)
_PULLED = r"|pull(?=\s+(?:the\s+)?v?\d)"
# The words the plan's last check reads as asking for the rollback (:mod:`.veto`; its
# sentences end at "!", so "image !=" is read there as "image !").
TAKEN_BACK = rf"{_VERB}{_PULLED}|(?:image|version|tag|release)\s*(?:!=?|\u2260|=/=|<>)"
_VERSION = r"v?\d+(?:\.\d+){1,3}(?:-[0-9a-z][\w.]*)?"
_NAME = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
_OF_RELEASE = r"(?:\s+(?:release|version|build|image|tag|rollout|deploy(?:ment)?))?"
_LEAD = r"^\W*(?:(?:please|pls|ok(?:ay)?|so|hey)\b\W*)*"
# Where what is said of the release ends: the request, or a clause after it (a reason).
_END = r"(?=\s*(?:$|[,;:!?\u2014\u2013(]|\.(?:\s|$)|\s-\s)|\s+(?:please|pls|plz|thanks|thx|ty)\b)"
# Round 30 (a34a): another workload listed after the one named ("un-ship 1.1.0 from checkout,
# frontend"): two targets, asked like "… from checkout and frontend".
_ANOTHER = re.compile(rf"\s*(?:,|&|/|\band\b|\bplus\b)\s*(?:the\s+)?(?P<w>{_NAME})\b", re.I)
_SAID = re.compile(
    rf"{_LEAD}(?:(?P<w0>{_NAME})\s*:\s*)?(?:we\s+need\s+to\s+|(?:can|could)\s+you\s+)?"
    rf"{_VERB}\s+(?:the\s+)?(?:(?P<w1>{_NAME})(?:'s)?(?:\s+|:))?(?P<v>{_VERSION}){_OF_RELEASE}"
    rf"(?:\s+(?:from|on|of|in|for|off)\s+(?:the\s+)?(?P<w2>{_NAME})(?:\s+(?:deployment|"
    rf"statefulset|daemonset|app|service))?)?{_END}",
    re.I,
)
# (Round 31, a35a: the short reference, "revoke checkout:1.1.0", is the name and the version.)
# Round 30 (a34a): a full image reference taken back ("revoke ghcr.io/acme/checkout:1.1.0"): the
# workload that runs that very image (never an update to it, "already done").
_REF_SAID = re.compile(
    rf"{_LEAD}(?:we\s+need\s+to\s+|(?:can|could)\s+you\s+)?{_VERB}\s+(?:the\s+)?"
    rf"(?P<ref>[a-z0-9][\w.\-]*(?::\d+)?(?:/[a-z0-9][\w.\-]*)+):(?P<v>{_VERSION}){_OF_RELEASE}"
    rf"(?:\s+(?:from|on|of|in|for|off)\s+(?:the\s+)?(?P<w2>{_NAME})(?:\s+(?:deployment|"
    rf"statefulset|daemonset|app|service))?)?{_END}",
    re.I,
)
# Round 30 (a34a): what is left when neither reads: a version (or a reference) said right after
# the verb ("un-ship 1.1.0 from checkout and frontend", "un-ship checkout 1.1.0 and frontend
# 2.1.0") — never planned by the update readers, which see only "ship … 1.1.0".
_VERSION_TAKEN = re.compile(
    rf"(?<![\w\-]){_VERB}\s+(?:the\s+)?(?:[a-z0-9][\w.\-/]*(?:'s)?[\s:])?{_VERSION}\b", re.I
)
# Round 30 (a34a): "roll out of 1.1.0 (from checkout and frontend)" said as the order: a release
# left ("roll out of") or the rollout of it ("roll out 1.1.0") — asked, never an update.
_ROLLED_OUT_OF = re.compile(
    rf"{_LEAD}roll\s+out\s+of\s+(?:the\s+)?(?:[a-z0-9][\w.\-/]*[\s:])?{_VERSION}\b", re.I
)
# "checkout image != 1.1.0", "checkout: version != 1.1.0", "image != 3.0.1": what must not run.
_NOT_EQUAL = re.compile(
    rf"{_LEAD}(?:(?P<w>{_NAME})(?:'s)?\s*:?\s+)?(?:image|version|tag|release)\s*"
    rf"(?:!=|\u2260|=/=|<>)\s*(?P<v>{_VERSION}){_END}",
    re.I,
)


# A cheap look first: most requests say none of these.
_CUE = re.compile(rf"!=|\u2260|=/=|<>|\b{_VERB}\b|\broll\s+out\s+of\b", re.I)


def _runs(image: str, version: str) -> bool:
    """Whether ``image`` is the version said ("…:1.1.0" for "1.1.0" or "v1.1.0")."""
    tag = image.rsplit("/", 1)[-1].partition("@")[0].rpartition(":")[2].lower()
    said = version.lower()
    return tag in (said, said.removeprefix("v"), f"v{said.removeprefix('v')}")


def read(text: str, images: Callable[[], dict[str, list[str]]]) -> str:
    """``text`` with a release withdrawn from the workload that runs it written as that
    workload's rollback; asks when it does not run it or none is named (see above).
    ``images()``: each workload's name with the images its containers run."""
    if not _CUE.search(text):
        return text
    if out := _ROLLED_OUT_OF.match(text):
        raise Clarify(
            f"I read {out.group(0).strip()!r}: a release to roll out, or one to leave? To deploy "
            "it say 'update <name> to <version>'; to go back from it, 'roll back <name>'."
        )
    if ref := _REF_SAID.search(text):
        return _ref_taken_back(text, ref, images())
    m = _SAID.search(text) or _NOT_EQUAL.search(text)
    if m is None:
        if taken := _VERSION_TAKEN.search(text):
            raise Clarify(
                f"I read {taken.group(0).strip()!r} as a release to be taken back, not deployed, "
                "but not which one workload runs it. To go back to the revision before it, say "
                "'roll back <name>' for each workload; to run another version, 'update <name> "
                "to <version>'."
            )
        return text
    groups = m.groupdict()
    named = [w.lower() for w in (groups.get(k) for k in ("w0", "w1", "w2", "w")) if w]
    version = m.group("v")
    running = images()
    workloads = [w for w in dict.fromkeys(named) if w in running]
    if len(workloads) > 1 or (named and not workloads):
        return text  # two named, or a word that names no workload: left to the readers
    if not workloads:
        having = sorted(w for w, pods in running.items() if any(_runs(i, version) for i in pods))
        where = (
            f"{version} runs in {', '.join(having)}"
            if having
            else f"no workload here runs {version}"
        )
        raise Clarify(
            f"I read {m.group(0).strip()!r} as {version} to be taken back, but not from which "
            f"workload ({where}). To go back to the revision before it, say 'roll back "
            f"<name>'; to run another version, 'update <name> to <version>'."
        )
    workload = workloads[0]
    if (more := _ANOTHER.match(text, m.end())) and more["w"].lower() in running:
        raise Clarify(
            f"I read {text[m.start() : more.end()].strip()!r} as {version} to be taken back from "
            "more than one workload. Each runs its own version: say 'roll back <name>' for each "
            "workload that runs it."
        )
    if not any(_runs(image, version) for image in running[workload]):
        raise Clarify(
            f"I read {m.group(0).strip()!r} as {version} to be taken back from {workload}, but "
            f"{workload} runs {', '.join(running[workload])} now, not {version}. To go back to "
            f"its revision before, say 'roll back {workload}'; to run another version, 'update "
            f"{workload} to <version>'."
        )
    return f"{text[: m.start()]}roll back {workload}{text[m.end() :]}"


def _ref_taken_back(text: str, m: re.Match[str], running: dict[str, list[str]]) -> str:
    """``text`` with the full image reference taken back written as the rollback of the one
    workload that runs it (a workload named must be it); asked otherwise."""
    ref = f"{m.group('ref')}:{m.group('v')}".lower()
    having = sorted(
        w for w, pods in running.items() if any(i.partition("@")[0].lower() == ref for i in pods)
    )
    named = (m.group("w2") or "").lower()
    if len(having) == 1 and named in ("", having[0]):
        return f"{text[: m.start()]}roll back {having[0]}{text[m.end() :]}"
    where = f"{ref} runs in {', '.join(having)}" if having else f"no workload here runs {ref}"
    raise Clarify(
        f"I read {m.group(0).strip()!r} as {ref} to be taken back ({where}). To go back to the "
        "revision before it, say 'roll back <name>'; to run another version, 'update <name> to "
        "<version>'."
    )
