"""A version said of something inside the image is not the image's tag; a task said as one's
own with a rising tone is still the request.

Rule: a version right after the name of a framework, runtime, library or tool ("the Spring Boot
3.3 upgrade", "Java 21.0.2", "the Jackson 2.17 bump", "helm chart 1.4.0") is that thing's
version, never a tag of the workload's image. An update or a rollback reads its version from
the rest: "payments 3.1.0 is the Spring Boot 3.3 upgrade, deploy it" runs payments 3.1.0. When
every version said is such a one ("roll payments back to the Boot 2.7 version"), which image or
revision holds it cannot be told from the words: that is asked, never guessed (a rollback to
the previous revision, or the tag 2.7, would act on a misread).

Rule (hedged tasks): a sentence that says the speaker's own task, or what a workload needs,
with a hedge and a question mark ("I think I'm meant to deploy checkout 1.2.0 today?", "I think
postgres needs a restart?", "I'm supposed to bump worker to 0.9.2?") is the new hire's request
said tentatively, not a yes/no question: the plan is made and shown for approval like any
other. A bare order with a question mark ("scale payments to 4?") is still asked
(:func:`.speech.asked_order`).

>>> bool(HEDGED_TASK.match("i think i'm meant to deploy checkout 1.2.0 today?"))
True
>>> bool(HEDGED_TASK.match("should i restart payments?"))
False
>>> [v for _, v in foreign("payments 3.1.0 is the Spring Boot 3.3 upgrade")]
['3.3']
>>> foreign("update postgres to 16.6")
[]
"""

from __future__ import annotations

import re

from dotop_nb.models import Target
from dotop_nb.planner.offline.context import Clarify, Ctx

# What ships inside an image, or beside it, with versions of its own.
_OWNERS = frozenset(
    """spring boot springboot java jdk jre openjdk temurin corretto graalvm kotlin scala groovy
    gradle maven jackson hibernate flyway liquibase log4j log4j2 logback slf4j netty tomcat jetty
    undertow micrometer hikari hikaricp junit lombok guava quarkus micronaut python cpython
    django flask fastapi pydantic numpy pandas node nodejs npm yarn react angular vue nextjs
    ruby rails golang rust rustc dotnet php laravel symfony alpine debian ubuntu glibc musl
    openssl libssl curl chart helm kubernetes k8s kubectl istio linkerd terraform ansible
    protobuf grpc jvm kafka-clients""".split()
)
_HEDGE = r"(?:i\s+think|i\s+believe|i\s+guess|i'?m\s+(?:pretty\s+)?sure|pretty\s+sure|apparently)"
HEDGED_TASK = re.compile(
    rf"^\W*(?:(?:hi|hey|hello|so|um+|uh+|ok(?:ay)?)\b\W*)*(?:{_HEDGE}\s+(?:that\s+)?)?"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:meant|supposed|expected|asked|told)\s+to\s+[a-z]|"
    rf"^\W*(?:(?:hi|hey|hello|so|um+|uh+|ok(?:ay)?)\b\W*)*{_HEDGE}\s+(?:that\s+)?"
    r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:needs?|should\s+(?:get|have))\s+"
    r"(?:an?\s+|to\s+(?:be\s+)?)?[a-z0-9]",
    re.I,
)
_VERSION = re.compile(r"(?<![\w.\-/:])v?\d+(?:\.\d+){1,3}(?:-[A-Za-z0-9.]+)?(?![\w.\-])")


_LISTED = re.compile(
    rf"({_VERSION.pattern})\s*(?:,|\band\b|\bor\b|&|/)\s*(?:(?:version|tag)\s+)?({_VERSION.pattern})"
)


def foreign(raw: str) -> list[tuple[str, str]]:
    """(the word that owns it, the version) for each version said after a name of
    :data:`_OWNERS`, in order."""
    found = []
    for m in _VERSION.finditer(raw):
        before = re.findall(r"[\w.+-]+", raw[: m.start()].lower())[-1:]
        if before and before[0].strip(".") in _OWNERS:
            found.append((before[0], m.group(0)))
    return found


def own_versions(ctx: Ctx, target: Target, what: str) -> Ctx:
    """``ctx`` with the versions of other things taken out of what was said; a question when
    they were the only versions said (``what``: "update" or "roll back")."""
    if m := _LISTED.search(ctx.raw):
        # "roll checkout to 1.0.0 and 1.1.0": two versions side by side, either may be meant.
        raise Clarify(
            f"I read {m.group(0)!r} for {target.describe()}: two versions side by side. Which "
            f"one should it run? Say e.g. '{what} {target.name} to {m.group(1)}'."
        )
    others = foreign(ctx.raw)
    if not others:
        return ctx
    left = ctx.raw
    for _, version in others:
        left = re.sub(rf"(?<![\w.\-/:]){re.escape(version)}(?![\w.\-])", " ", left)
    if not _VERSION.search(left) and not re.search(r"[\w./-]+:[\w.-]*\d", left):
        owner, version = others[0]
        raise Clarify(
            f"I read {version} as the version of {owner}, not a tag of {target.describe()}'s "
            f"image: which image or revision should I {what} to? Say e.g. "
            f"'{what} {target.name} to 1.2.3' or 'to revision 2'."
        )
    return ctx.narrowed(left, pinned=ctx.pinned, refinements=False)


# "is it safe to restart payments after the standup? if yes please do": advice asked about a
# change, then the change ordered should the answer be yes — the person who approves the plan
# gives that answer.
_ASKED_THEN_YES = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|um+|uh+)\b\W*)*(?:is\s+it|would\s+it\s+be)\s+"
    r"(?:safe|ok|okay|fine|alright|a\s+good\s+idea|wise)\s+(?:for\s+(?:me|us)\s+)?to\s+"
    r"(?P<order>[a-z][^?]*?)\s*\?+\s*(?:and\s+)?if\s+(?:yes|so)\W*\s*(?:(?:please|pls|kindly)\s+)?"
    r"(?:do\s+(?:it|so|that)|do|go\s+(?:ahead|for\s+it))\b(?:\s+(?:please|pls|thanks))?\s*"
    r"(?P<rest>(?:[,;.!]\s*[^?]*)?)$",
    re.I,
)
# "how do I undo a rollout? checkout needs undoing": a how-to asked, then the change itself.
_HOW_TO_FIRST = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|um+|uh+)\b\W*)*how\s+(?:do|can|should|would)\s+(?:i|we|you|one)\s+"
    r"[^?]*\?\s+(?P<rest>[^?]*[a-z][^?]*)$",
    re.I,
)


def answered(text: str) -> str:
    """``text`` with a question asked before the change said as the change: the order of "is it
    safe to X? if yes please do, …" ("X, …"), or what follows a how-to question ("how do I undo
    a rollout? checkout needs undoing" → "checkout needs undoing"). Anything else as said; the
    rest of the message still decides whether it is a request at all."""
    if m := _ASKED_THEN_YES.match(text.strip()):
        return f"{m.group('order').strip()}{m.group('rest').rstrip()}"
    if m := _HOW_TO_FIRST.match(text.strip()):
        return m.group("rest").strip()
    return text


# "abort! checkout 1.1.0 fell over, go back to the previous revision": a game day's abort
# called, then the undo that carries it out — the undo is the request, nothing is withdrawn.
# ("cancel: scale my-api to 4", "abort: restart worker" still withdraw what they label.)
_ABORT_UNDONE = re.compile(
    r"^\W*(?:abort|abandon|stop\s+the\s+experiment)(?:\s+abort)*\s*!+\s+"
    r"(?=.*\b(?:go\s+back|roll\w*\s+(?:[\w-]+\s+)?back|rollback|revert|undo|restore)\b)",
    re.I,
)


def abort_undone(text: str) -> re.Match[str] | None:
    """The abort called at the start of ``text`` when an undo follows it (see above)."""
    return _ABORT_UNDONE.match(text)
