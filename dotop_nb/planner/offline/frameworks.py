"""A version said of something inside the image is not the image's tag.

Rule: a version right after the name of a framework, runtime, library or tool ("the Spring Boot
3.3 upgrade", "Java 21.0.2", "the Jackson 2.17 bump", "helm chart 1.4.0") is that thing's
version, never a tag of the workload's image. An update or a rollback reads its version from
the rest: "payments 3.1.0 is the Spring Boot 3.3 upgrade, deploy it" runs payments 3.1.0. When
every version said is such a one ("roll payments back to the Boot 2.7 version"), which image or
revision holds it cannot be told from the words: that is asked, never guessed (a rollback to
the previous revision, or the tag 2.7, would act on a misread). Two versions side by side
("roll checkout to 1.0.0 and 1.1.0") are asked too.

>>> [v for _, v in foreign("payments 3.1.0 is the Spring Boot 3.3 upgrade")]
['3.3']
>>> foreign("update postgres to 16.6")
[]
"""

from __future__ import annotations

import re

from dotop_nb.models import Target
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx

# What ships inside an image, or beside it, with versions of its own.
_OWNERS = frozenset(
    """spring boot springboot java jdk jre openjdk temurin corretto graalvm kotlin scala groovy
    gradle maven jackson hibernate flyway liquibase log4j log4j2 logback slf4j netty tomcat jetty
    undertow micrometer hikari hikaricp junit lombok guava quarkus micronaut python cpython
    django flask fastapi pydantic numpy pandas node nodejs npm yarn react angular vue nextjs
    ruby rails golang rust rustc dotnet php laravel symfony alpine debian ubuntu glibc musl
    openssl libssl curl chart helm kubernetes k8s kubectl istio linkerd terraform ansible
    protobuf grpc jvm kafka-clients
    tokio hyper axum actix actix-web tonic reqwest serde rustls sqlx diesel warp rocket tower
    cargo gin gorm celery gunicorn uvicorn sqlalchemy boto3 express nestjs sidekiq puma okhttp
    deno bun typescript webpack""".split()
)


def library(word: str) -> bool:
    """Whether ``word`` is a framework, runtime, library or tool a service is built with
    ("tokio", "spring", "gunicorn"), never a name of the shop's."""
    return word in _OWNERS


_VERSION = re.compile(r"(?<![\w.\-/:])v?\d+(?:\.\d+){1,3}(?:-[A-Za-z0-9.]+)?(?![\w.\-])")


# (Round 16: not "back to 1.3.7, 1.4.0 overbids on deal IDs", "to 2.0.1, 2.1.0 is broken": the
# version after a comma with a verb of its own is the subject of a clause that says why — the
# version being left, never a second choice.)
_LISTED = re.compile(
    rf"({_VERSION.pattern})\s*(?:,|\band\b|\bor\b|&|/)\s*(?:(?:version|tag)\s+)?({_VERSION.pattern})"
    r"(?!\s+(?:(?:still|also|just|now|really|totally|completely|badly)\s+)?(?:is|was|has|had|"
    r"does|did|doesn'?t|didn'?t|isn'?t|wasn'?t|can'?t|won'?t|keeps|broke|"
    # (Its verb, never a plural noun: "1.3.7, 1.4.0 images" are still two.)
    r"(?!(?:replica|pod|instance|version|tag|image|build|release|revision|container|"
    r"node|worker|copie)s\b|(?:plus|thanks|always|perhaps|pls|plz)\b)[a-z]{3,}(?<!s)s)\b)"
)


def foreign(raw: str) -> list[tuple[str, str]]:
    """(the word that owns it, the version) for each version said after a name of
    :data:`_OWNERS`, in order."""
    found = []
    for m in _VERSION.finditer(raw):
        if owner := _owner_before(rx(r"[\w.+-]+").findall(raw[: m.start()].lower())[-5:]):
            found.append((owner, m.group(0)))
    return found


# Words between a library and its version ("serde to 1.0.210", "tokio from 1.37 to 1.38").
_BETWEEN = frozenset({"to", "from", "at", "on", "version", "v", "=", "@"})


def _owner_before(words: list[str]) -> str | None:
    """The name of :data:`_OWNERS` that the version after ``words`` belongs to: the last word,
    or one said before it across "to", "from" and versions only ("bumped serde to …")."""
    for word in reversed(words):
        if word.strip(".") in _OWNERS:
            return word
        if word not in _BETWEEN and not _VERSION.fullmatch(word):
            return None
    return None


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
        left = rx(rf"(?<![\w.\-/:]){re.escape(version)}(?![\w.\-])").sub(" ", left)
    if not _VERSION.search(left) and not rx(r"[\w./-]+:[\w.-]*\d").search(left):
        owner, version = others[0]
        raise Clarify(
            f"I read {version} as the version of {owner}, not a tag of {target.describe()}'s "
            f"image: which image or revision should I {what} to? Say e.g. "
            f"'{what} {target.name} to 1.2.3' or 'to revision 2'."
        )
    return ctx.narrowed(left, pinned=ctx.pinned, refinements=False)
