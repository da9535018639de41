"""An image version or reference is read whole, or asked about.

Rule: the word that holds the version read for an update must be that version whole. A version
read out of a longer word ("2.2.0rc1", "2.2.0_1", "2024-01-01", "2.2.0+1", "2.2.0@sha256:…",
"2.2.O", "2.2.0-{{build}}"), or followed by words that qualify the tag ("build 45", "(arm64)",
"(digest abc)"), is not the tag that was said: the plan asks, naming the word. So does a
reference that is a bare digest ("sha256:abc…"), and a short name ("frontend:2.2.0") for the
repository the workload runs from another registry (it would be pulled from Docker Hub).
"""

from __future__ import annotations

import re

from dotop_nb.models import Target
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

_TRIM = "\"'`()[],;!?"
# Words said after a version that belong to the tag, not to the request.
_QUALIFIER = (
    # ("the 1.0.0 build" names that version: a build or a digest qualifies it with its id.)
    r"\s*[(\[,]?\s*(?:(?:build|digest|sha\d*)\s*[#:]?\s*(?=[\w.\-]*\d)[\w.\-]*\w|arm\w*|amd64|x86[_-]?64|"
    r"aarch64|i386|linux|windows|darwin|rc\d*|beta\d*|alpha\d*|nightly|snapshot|dev\d*)\b"
)


def _words(text: str) -> list[str]:
    return [w.strip(_TRIM).rstrip(".:") for w in text.split()]


def version_whole(said: str, version: str, target: Target, current: str) -> None:
    """Ask when ``version`` (read from ``said``) is part of a longer word, or is qualified by
    the words after it: the tag said is not ``version``."""
    bare = version.removeprefix("v")
    start = rx(rf"v?{re.escape(bare)}")
    for word in _words(said):
        if start.match(word) and word not in (version, bare, f"v{bare}"):
            raise Clarify(
                f"I read {word!r} as the version for {target.describe()}, which runs "
                f"`{current}`, but it is not a version I can read whole (only {version!r} of it "
                "would be). Which image exactly? Say the full reference, e.g. "
                f"'update {target.name} to registry/name:tag'."
            )
    if m := rx(rf"(?<![\w.\-]){re.escape(version)}{_QUALIFIER}", re.I).search(said):
        raise Clarify(
            f"I read {m.group(0).strip()!r} for {target.describe()}: the words after "
            f"{version} qualify the tag, so the tag said is not {version} alone. Which image "
            "exactly? Say the full reference (registry/name:tag or name@sha256:digest)."
        )


def _domain(image: str) -> str | None:
    first, slash, _ = image.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        return first
    return None


def reference_whole(image: str, target: Target, current: str) -> None:
    """Ask when the reference said is a digest alone, or a short name of the repository the
    workload runs from a registry (Docker Hub would be pulled instead)."""
    name = image.split("@", 1)[0].rsplit(":", 1)[0] if "/" not in image else ""
    if name.lower().startswith("sha") and rx(r"sha\d*").fullmatch(name.lower()):
        raise Clarify(
            f"{image!r} is a digest without an image name. Which image exactly? Say "
            f"name@{image} (e.g. '{current.split('@', maxsplit=1)[0].rsplit(':', 1)[0]}@{image}')."
        )
    registry = _domain(current)
    if not registry or _domain(image):
        return
    repository = current.split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0]
    said = image.split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0]
    if said == repository:
        raise Clarify(
            f"{image!r} names no registry: it would be pulled from Docker Hub, while "
            f"{target.describe()} runs `{current}` from {registry}. Which image exactly? Say "
            f"the full reference (e.g. '{registry}/…/{image}'), or 'update {target.name} to "
            "version <tag>' to keep its registry."
        )


# Round 41 (sh48a, attack48): a registry said beside the version ("update my-api to 1.5.0 from
# ghcr.io/other", "… using the docker.io mirror", "… from our internal registry") names where
# the image comes from: the image planned must come from there, or it is asked.
_HOST = re.compile(
    r"(?<![\w.:/@-])(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:/[a-z0-9._-]+)*)(?![\w:@./-])",
    re.I,
)
_OTHER_REGISTRY = re.compile(
    r"\b(?:internal|private|other|another|staging|local|own|company|corporate|mirror(?:ed)?|"
    r"backup|secondary|new|different)\s+(?:container\s+|image\s+|docker\s+)?(?:registry|registries|"
    r"mirror|repo|repository)\b|\bmirror\b",
    re.I,
)


def registry_kept(said: str, image: str, target: Target) -> None:
    """Ask when ``said`` names a registry (a host or an other/internal registry or mirror) that
    ``image``, the image planned for ``target``, does not come from."""
    for m in _HOST.finditer(said):
        host = m.group("host").rstrip(".").lower()
        if not rx(r"[a-z]").search(host.split("/", 1)[0].rsplit(".", 1)[-1]):
            continue
        if image.lower().startswith(f"{host}/") or image.lower() == host:
            continue
        raise Clarify(
            f"You named {m.group('host')!r}, but the image planned for {target.describe()} is "
            f"{image}, from another place. Which image exactly? Say the whole reference (e.g. "
            f"'update {target.name} to {m.group('host').rstrip('/')}/<name>:<tag>')."
        )
    if other := _OTHER_REGISTRY.search(said):
        raise Clarify(
            f"You said {other.group(0)!r}, but the image planned for {target.describe()} is "
            f"{image}, from the registry it runs from now. Which image exactly? Say the whole "
            "reference "
            f"(e.g. 'update {target.name} to <registry>/<name>:<tag>')."
        )


# "update my-api to tag v1.5.0", "set image tag of my-api to v1.5.0": a tag said as the tag is
# that tag, as written (a release said "v1.5.0" with no word of a tag follows the running tags,
# :func:`.text.retag_like`).
_TAG_SAID = re.compile(r"\btag\b(?:[^.;,!?]{0,40}?)\s(?P<tag>v\d+(?:\.\d+)+)(?![\w.])", re.I)


def tag_as_said(said: str, image: str) -> str:
    """``image`` with the tag said after the word "tag" when it differs only by its "v"."""
    if (m := _TAG_SAID.search(said)) and image.endswith(f":{m.group('tag')[1:]}"):
        return f"{image.rsplit(':', 1)[0]}:{m.group('tag')}"
    return image
