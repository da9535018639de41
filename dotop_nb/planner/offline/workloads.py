"""Rules that change a workload in place: update the image, scale, restart, roll back."""

from __future__ import annotations

import functools
import re
from typing import Any

from dotop_nb.models import (
    WORKLOAD_KINDS,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.planner.offline import (
    asides,
    counted,
    followers,
    frameworks,
    nouns,
    occasions,
    plainwords,
    reads,
    scaling,
    statements,
    strategy,
    tags,
)
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, what_runs
from dotop_nb.planner.offline.numbers import (
    DOUBLED_WORDS,
    NTH_VERBS,
    PODS_AT,
    UNIT_WORDS,
    UNITS,
    Num,
    attached,
    blank_context,
    floor_below_scale,
    placeholders,
    pod_role,
    rates_blanked,
    same_count,
    statuses_blanked,
    told_more_blanked,
    without_measures,
)
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]


# A clause that keeps what it names as it is.
_KEEPS = re.compile(
    # Round 44 (m44a): "envoy in orders keeps getting OOMKilled at 128Mi, raise its memory
    # limit": "keeps" with what keeps happening to it is a symptom, never a keep.
    r"\b(?:stays?|keeps?(?!\s+(?:on\s+)?(?:getting|crashing|failing|dying|restarting|"
    r"being|hitting|throwing|erroring|leaking|timing|falling|going|running\s+out|oom))|"
    r"remains?|untouched|unchanged|as (?:it )?is|leave|alone|"
    r"not (?:to )?be (?:touched|changed)|don'?t touch|"
    # Round 36 (gap39a): "app image no change": the keep in note form.
    r"(?<![\w'])no\s+change\b|"
    # Round 37 (gap40a, blind40): "…, no touch app image" (a learner's "don't touch").
    r"(?<![\w'])no\s+touch\b|"
    # "The application container must not change", "the envoy sidecar is out of scope".
    r"(?:(?:must|should|shall|may|will|is\s+to)\s*(?:not|n't)\s+|(?<![\w'])not\s+(?:to\s+)?)(?:be\s+)?"
    r"(?:change[sd]?|touch(?:ed)?|"
    r"modified|modify|updated|update|altered|alter)|(?:out\s+of|not\s+in)\s+scope|"
    r"managed\s+by\s+(?:the\s+|another\s+|their\s+|a\s+)?(?:[\w']+\s+){0,3}?(?:team|vendor|"
    r"operator|mesh)|"
    # "don't put it on envoy", "not on the sidecar", "skip envoy": where the change must not go.
    r"(?:don'?t|do not|never|no need to)\s+(?:put|add|set|apply|attach|place|touch|change)|"
    r"not\s+(?:on|to|in|for|into)|except|excluding|skip|"
    # "…, not the envoy" (and "…, the envoy no", :mod:`.calques`): a clause of its own.
    # Round 34 (gap37a): "Not the app container.", "App container not." — the container word
    # after the name, and the "not" after it, as a non-native writer puts it.
    r"(?:(?<=^)|(?<=^\s))not\s+(?:the\s+)?(?=[\w-]+(?:\s+(?:container|sidecar))?\s*$)|"
    r"(?:(?<=^)|(?<=^\s))(?:the\s+)?[\w-]+(?:\s+(?:container|sidecar))?\s+not\s*$|"
    # "envoy excluded", "envoy is exempt", "minus envoy": a container left out (:mod:`.leftout`).
    r"excluded|exempt(?:ed)?|spared|skipped|skipping|omit(?:ted|ting)?|minus|left\s+out|"
    r"other\s+than|apart\s+from|aside\s+from|save\s+for|with\s+the\s+exception\s+of)\b"
)


# "frontend replicas to be doubled", "the pod count should get halved": the count said as what
# happens to it — only of the count itself, never "traffic doubled" said as the reason.
_PASSIVE = re.compile(
    r"\b(?:replicas?|pods?|instances|copies|replica\s+count|pod\s+count|count)\s+"
    r"(?:(?:of|for)\s+[\w-]+\s+)?"
    r"(?:(?:(?:to|should|must|shall|will|needs?\s+to|has\s+to|have\s+to)\s+)?(?:be|get)\s+|"
    r"gets\s+)?(?P<how>doubled|tripled|halved)\b"
)


def pick_container(ctx: Ctx, target: Target, obj: Json) -> Json:
    """The container the intent means: the only one, or the one it names."""
    items = containers(obj)
    if hinted := ctx.hints.get("container"):
        # A parser read the container exactly (kubectl set image deploy/web web=…).
        for item in items:
            if item["name"] == hinted:
                return item
        raise Clarify(
            f"{target.describe()} has no container {hinted!r} "
            f"(it has: {', '.join(c['name'] for c in items)})."
        )
    # "the memory limit of the web container in payments" where payments runs one container
    # called payments: a container it does not have is asked, never the only one patched.
    _container_said_is_there(ctx.text, target, obj)
    if len(items) == 1:
        return items[0]
    # "the application container" is the one called app; a container said in a clause that
    # keeps it ("app container stays as is", "envoy is not to be touched") is not the one meant.
    text = rx(r"\bapplication\b").sub("app", ctx.text)
    kept = kept_words(text, [str(c["name"]) for c in items], target.name)
    named = [
        c
        for c in items
        if rx(rf"\b{re.escape(c['name'])}\b").search(text) and c["name"] != target.name
    ]
    left_out = [c for c in items if rx(rf"\b{re.escape(c['name'])}\b").search(kept)]
    # "run orders as non-root, envoy needs root": a container said only in a remark keeps
    # what it has; the change is the other container's (:func:`asides.remarked`).
    aside = asides.remarked(ctx.said_all(), ctx.object_names()) - {target.name}
    left_out += [c for c in items if c["name"] in aside and c not in left_out]
    named = [c for c in named if c not in left_out]
    if not named and len(left_out) == len(items) - 1:
        # "a readiness probe for orders, not on the envoy sidecar": the one container left.
        named = [c for c in items if c not in left_out]
    if len(named) == 1:
        return named[0]
    if not named and (held := _holding(text, items)):
        return held
    names = ", ".join(c["name"] for c in items)
    raise Clarify(
        f"{target.describe()} has containers {names}: which one? "
        "Say e.g. 'set image of container api in …'."
    )


# "orders cpu request 200m → 100m": the from-value of a resource said as a change.
_RESOURCE_FROM = re.compile(
    r"\b(?P<res>cpu|memory|mem)\s+(?P<kind>request|limit)s?\s+(?:from\s+)?(?P<qty>\d[\w.]*)"
    r"\s*(?:\u2192|->|=>|\bto\b)",
    re.I,
)


def _holding(text: str, items: list[Json]) -> Json | None:
    """The one container whose resource holds the from-value said ("cpu request 200m → 100m"
    of the container that requests 200m): the change was said from its state. None when no
    from-value is said, or it is not one container's."""
    m = _RESOURCE_FROM.search(text)
    if m is None:
        return None
    res = "memory" if m.group("res").lower().startswith("mem") else "cpu"
    kind = "requests" if m.group("kind").lower() == "request" else "limits"
    held = [
        c
        for c in items
        if str(((c.get("resources") or {}).get(kind) or {}).get(res, "")) == m.group("qty")
    ]
    return held[0] if len(held) == 1 else None


def kept_words(text: str, names: list[str], workload: str) -> str:
    """The words around each keep ("the sidecar stays same", "leave envoy alone"): only a
    container said next to the keep is kept. A whole clause would keep the one to change too
    ("roll out build 1.0.1 of the app container (sidecar stays same)" once changed envoy); a
    sidecar said by its role is the one container beside the application's."""
    near: list[str] = []
    for clause in rx(r"[,;.()]|\b(?:but|while|whereas)\b").split(text):
        for m in _KEEPS.finditer(clause):
            near.append(clause[max(0, m.start() - 30) : m.end() + 30])
    words = " ".join(near)
    others = [n for n in names if n not in ("app", workload)]
    if rx(r"\b(?:sidecars?|proxy)\b").search(words) and len(others) == 1:
        words += f" {others[0]}"
    return words


# A registry said apart from the references it holds: "my-api:1.4.1 and checkout:1.1.1, both
# under ghcr.io/acme", "… (from ghcr.io/acme)"; or said to stay: "both same registry as today".
_REGISTRY = (
    r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?::\d+)?(?:/[a-z0-9][a-z0-9._\-]*[a-z0-9])*"
)
_BOTH = r"(?:(?:both|all|each)(?:\s+of\s+them)?\s+)?(?:(?:are|live|stay|sit|come|are\s+hosted)\s+)?"
_REGISTRY_SAID = re.compile(
    rf"(?:\s*[,;(\u2014\u2013]\s*|\s+){_BOTH}(?:under|from|in|on|at|of|via)\s+(?:the\s+)?"
    rf"(?:registry\s+)?(?P<reg>{_REGISTRY})/?(?:\s+(?:registry|repo))?\)?(?![\w/:@-]|\.\w)"
)
_SAME_REGISTRY = re.compile(
    rf"(?:\s*[,;(\u2014\u2013]\s*|\s+){_BOTH}(?:(?:from|on|in|with|at)\s+)?(?:the\s+)?same\s+"
    # "… as today", "… as they use now": what it is the same as, to the end of the clause.
    r"(?:registry|repo(?:sitory)?|registry\s+path)(?:\s+as\s+[^,;.!?()]{1,40}?)?\)?"
    r"(?=\s*(?:[,;.!?)]|$|\s(?:and|please|pls|thanks)\b))"
)
# A reference without a registry ("my-api:1.4.1"): a name, a tag with a digit.
_BARE_REF = re.compile(r"(?<![\w./:@-])([a-z0-9][a-z0-9._\-]*):(v?\d[\w.\-]{0,126})(?![\w./:@-])")


def _repository(image: str) -> str:
    """The last part of a reference's repository ("ghcr.io/acme/my-api:1.4" → "my-api")."""
    return image.rsplit("/", 1)[-1].split("@", 1)[0].split(":", 1)[0]


def registry_said(ctx: Ctx, raw: str) -> str:
    """``raw`` with a registry said apart from its references put in front of each reference
    without one, and the clause that said it taken out: "tags my-api:1.4.1 and checkout:1.1.1,
    both under ghcr.io/acme" → "tags ghcr.io/acme/my-api:1.4.1 and ghcr.io/acme/checkout:1.1.1".
    "Same registry as today" keeps each one's registry: the one its workload runs now (a
    version alone keeps it anyway). A reference whose workload is not found keeps its words."""
    if m := _REGISTRY_SAID.search(raw):
        registry: str | None = m.group("reg")
    elif m := _SAME_REGISTRY.search(raw):
        registry = None
    else:
        return raw
    rest = raw[: m.start()] + raw[m.end() :]
    bare = list(_BARE_REF.finditer(rest))
    if registry is not None and not bare:
        return raw  # "update web to 1.2 from ghcr.io/x" is read by the rule as it is
    running: dict[str, set[str]] = {}
    for kind in WORKLOAD_KINDS:
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, limit=2001):
            for item in containers(obj):
                image = str(item.get("image", ""))
                running.setdefault(_repository(image), set()).add(image.rsplit("/", 1)[0])

    def full(ref: re.Match[str]) -> str:
        prefix = registry
        if prefix is None:
            prefixes = {p for p in running.get(ref.group(1), set()) if "/" in p or "." in p}
            if len(prefixes) != 1:
                return ref.group(0)
            prefix = prefixes.pop()
        return f"{prefix.rstrip('/')}/{ref.group(0)}"

    return _BARE_REF.sub(full, rest)


def _own_image(raw: str, current: str) -> str | None:
    """Of several references said, the one of the repository ``current`` runs, when exactly
    one is ("the tags are ghcr.io/acme/my-api:1.4.1 and ghcr.io/acme/checkout:1.1.1" for
    my-api): each image names its own workload. None otherwise (read as before)."""
    said = [w for w in _said_versions(raw) if t.image_in(w) == w]
    if len(said) < 2 or len({_repository(i) for i in said}) < len(said):
        return None
    mine = [i for i in said if _repository(i) == _repository(current)]
    return mine[0] if len(mine) == 1 else None


def _others_kept(raw: str, obj: Json, container: Json) -> str:
    """``raw`` less the version another container of the workload runs now, said beside that
    container's name ("orders' app to …:1.1.0, leave the envoy sidecar on v1.30.1"): the state
    of the container left, never a second version for the one changed."""
    for other in containers(obj):
        if other is container or other.get("name") == container.get("name"):
            continue
        image = str(other.get("image", ""))
        tag = image.rpartition(":")[2] if ":" in image.rpartition("/")[2] else ""
        words = {str(other.get("name", "")).lower(), _repository(image).lower()} - {""}
        if not tag or not any(_said_word(w, raw) for w in words):
            continue
        raw = rx(rf"(?<![\w.\-/:]){re.escape(tag)}(?![\w.\-])").sub(" ", raw)
    return raw


def _said_word(word: str, raw: str) -> bool:
    return rx(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", re.I).search(raw) is not None


def _own_repo(ctx: Ctx, target: Target, obj: Json) -> Json | None:
    """Round 27: "update orders to 1.1.0" where orders runs ghcr.io/acme/orders beside an envoy
    sidecar: the one container whose image is the workload's own (its repository's last part is
    the workload's name) is the one a bare version updates. None when a container is said (by
    its name or its role), or no container, or more than one, runs such an image."""
    items = containers(obj)
    if len(items) < 2 or "container" in ctx.hints or _CONTAINER_ROLE.search(ctx.text):
        return None
    if any(_said_word(str(c["name"]), ctx.text) for c in items if c["name"] != target.name):
        return None
    own = [c for c in items if _repo_tag(c)[0] == target.name]
    version = t.version_in(ctx.raw)
    if len(own) != 1 or version is None:
        return None
    # The version said has the form of the tag the workload's own image runs ("1.1.0" beside
    # "1.0.0"), and not that of another container's of the same major ("v1.31.0" beside envoy's
    # "v1.30.1" is asked).
    if _tag_form(version) != _tag_form(_repo_tag(own[0])[1]) or any(
        _tag_form(_repo_tag(c)[1]) == _tag_form(version)
        and _repo_tag(c)[1].lstrip("v").split(".")[0] == version.lstrip("v").split(".")[0]
        for c in items
        if c is not own[0]
    ):
        return None
    return own[0]


def _repo_tag(container: Json) -> tuple[str, str]:
    """The last part of a container's image repository, and its tag ("" when none)."""
    name, _, tag = str(container.get("image", "")).split("@")[0].rsplit("/", 1)[-1].partition(":")
    return name, tag


def _tag_form(tag: str) -> tuple[bool, int]:
    """A tag's form: whether it opens with "v", and how many dots it has."""
    return tag.startswith("v"), tag.count(".")


def update(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    ctx = frameworks.own_versions(ctx, target, "update")
    if pair := t.container_image_in(ctx.raw):
        # "set image web=nginx:1.27 on deployment web": the container is said with the image.
        ctx.hints.setdefault("container", pair[0])
    said_image = next((found for said in ctx.said() if (found := t.image_in(said))), None)
    # A sidecar's new image names its repository: that container is the one meant.
    same_repo = [
        c
        for c in containers(obj)
        if said_image and t.retag(str(c.get("image", "")), "x") == t.retag(said_image, "x")
    ]
    if len(same_repo) == 1 and "container" not in ctx.hints:
        container = same_repo[0]
    elif not said_image and (own := _own_repo(ctx, target, obj)) is not None:
        container = own
    else:
        container = pick_container(ctx, target, obj)
    _container_said_is_there(ctx.text, target, obj)
    _part_of_another(ctx, target, obj)
    if said_image:
        _image_of_another(ctx.text, target, obj, said_image)
    current = str(container.get("image", ""))
    # "deploy worker 0.10.0 with the celery 5.4 bump": a version of another thing is context
    # (numbers.attached), never a second version to choose from.
    names = ctx.number_names(ctx.raw)
    raw = _others_kept(attached(ctx.raw, names), obj, container)
    image = _own_image(raw, current)
    image = image or _from_to(raw, current, target)
    for said in [] if image else [attached(x, names) for x in ctx.said()]:
        counted.version_range(said, target)
        if pair := t.container_image_in(said):
            image = pair[1]
            break
        if bad := t.bad_image_in(said):
            raise Clarify(
                f"{bad!r} is not a valid image reference (registry/name:tag or "
                "name@sha256:digest, lower-case name). Which image exactly?"
            )
        if found := t.image_in(said):
            tags.reference_whole(found, target, current)
            image = found
        elif version := t.version_in(said):
            tags.version_whole(said, version, target, current)
            if rx(r"\d+").fullmatch(version) and not rx(
                rf"\b(?:version|tag|release|image)\s+{version}\b"
            ).search(said.lower()):
                if (
                    version == "0"
                    and not _VERSION_VERB.search(said)
                    and rx(rf"\b{re.escape(target.name)}\s+(?:down\s+)?to\s+0\b").search(
                        said.lower()
                    )
                ):
                    # "worker to 0 until we have paying customers": a zero attached to the
                    # workload, said with no verb of release, is its count (no image is "0").
                    _field_said(ctx, target, obj)
                    return scale_to(ctx, target, obj, 0)
                if (
                    _load_reason(ctx.request.intent)
                    and not _RELEASED.search(ctx.request.intent)
                    and not rx(r"v?\d+").fullmatch(current.rsplit("/", 1)[-1].partition(":")[2])
                ):
                    # "bump my-api to 3, the Go service is CPU bound under load": a load said
                    # as the reason, and a tag of another shape than the one it runs (1.4.0):
                    # 3 replicas (round 15, helper values).
                    return scale_to(ctx, target, obj, int(version))
                # "bump cart to 4": a version 4, or 4 replicas? Ask, never guess.
                raise Clarify(
                    f"{version!r} in {said!r}: the image tag {version} of {target.describe()}, "
                    f"or {version} replicas? Say 'update {target.name} to version {version}' "
                    f"or 'scale {target.name} to {version} replicas'."
                )
            image = t.retag_like(current, version)
        if image:
            break
    if image is None:
        raise Clarify(
            f"Which image or version should {target.describe()} run? It runs "
            f"{current} now. Say e.g. 'update {target.name} to version 1.2.3'."
        )
    image = tags.tag_as_said(ctx.raw, image)
    tags.registry_kept(ctx.raw, image, target)
    return update_to(ctx, target, obj, container, image)


# Words before "container"/"sidecar" that do not name one ("the app container", "its sidecar").
# A proxy sidecar said by its role ("the networking sidecar", "the mesh proxy container").
_PROXY_ROLES = frozenset("networking network proxy mesh service-mesh traffic".split())
_PROXY_IMAGE = re.compile(r"envoy|istio|linkerd|proxy", re.I)
_NOT_A_CONTAINER = frozenset(
    """the its their a an this that every all each both other same first second init one only
    new old main app application primary in of on for to from with per any which""".split()
)


# Round 15 (helper values): how a workload is under load, said as a fact beside a bare number
# ("the Go service is CPU bound under load", "orders is lagging", "traffic is up 3x").
_LOAD = re.compile(
    r"\b(?:cpu[\s-]*bound|under\s+(?:heavy\s+)?load|overloaded|overwhelmed|saturated|"
    r"lagging|falling\s+behind|backed\s+up|swamped|slammed|hammered|struggling|"
    # (Round 16: "transcode backlog is 2,300 VOD assets", "jobs are piling up", "it fell behind")
    r"backlog(?:ged)?|pil(?:ing|es?|ed)\s+up|f[ae]ll(?:s|en)?\s+behind|queue\s+(?:is\s+)?"
    r"(?:[\w,~]+\s+){0,3}?(?:growing|deep|long|full)|"
    r"can'?t\s+keep\s+up|traffic|load\s+is|"
    # (Round 36, gap39b: "picking season's chocka", "the shop is rammed", "we're flat out")
    r"chock(?:a|-a-block)|rammed|flat[\s-]out|busy|"
    # (Round 38, gap41b: "the branding crew's all logging in at once": many users at once.)
    r"(?:logg|sign|com)in[g']\s+(?:in|on)\s+(?:all\s+)?(?:at\s+once|at\s+the\s+same\s+time|"
    r"together)|all\s+at\s+once|(?:rush|peak)\s+(?:hour|time|season))\b",
    re.I,
)


# Words of a release beside "bump": the number may be a version after all.
_RELEASED = re.compile(
    r"\b(?:updat|upgrad|downgrad|deploy|roll|releas|version|tag|image|pin|ship|promot|build)\w*",
    re.I,
)


# "it's getting hammered", "we're swamped": a subject's contracted "is" / "are" (round 35,
# gap38a), read whole so the clause states how things are.
_CONTRACTED = re.compile(r"\b(it|that|this|there|he|she|we|they|you)['\u2019](s|re)\b", re.I)


def _load_reason(said: str) -> bool:
    """Whether a clause of ``said`` that states how things are names a load (:data:`_LOAD`)."""
    if "'" in said or "\u2019" in said:
        said = _CONTRACTED.sub(lambda m: f"{m[1]} {'is' if m[2].lower() == 's' else 'are'}", said)
    return any(
        (statements.fact(said[a:b]) or _DOING.search(said[a:b])) and _LOAD.search(said[a:b])
        for a, b in statements.spans(said)
    )


# (Round 38, gap41b: "everyone is logging in at once", "the crew's all logging in": what people
# are doing now, said after the order — a state, as a fact is.)
_DOING = re.compile(
    r"^\s*(?:the\s+)?(?:[a-z][\w\-']*\s+){0,2}?[a-z][\w\-]*(?:\s+(?:is|are)|'s|'re)\s+"
    r"(?:all\s+)?[a-z]+in[g']",
    re.I,
)


_VERSION_VERB = re.compile(
    r"\b(?:updat|upgrad|downgrad|deploy|bump|roll|releas|version|tag|image|pin|ship|promot)\w*",
    re.I,
)


def _container_said_is_there(text: str, target: Target, obj: Json, *, sidecar: bool = True) -> None:
    """Ask when the request names a container or a sidecar the workload does not have ("bump
    the envoy sidecar on my-api" where my-api runs one container, "restart the api container
    of frontend" where it runs web): changing the one it has instead would act on a misread.
    ``sidecar=False`` (a restart, which takes every container anyway: "restart payments incl
    the sidecar") asks only about a container named by its name."""
    names = [str(c.get("name")) for c in containers(obj)]
    for m in rx(r"\b([a-z][\w\-]*)\s+(?:sidecar|container)s?\b").finditer(text):
        word = m.group(1)
        if word in _NOT_A_CONTAINER or word in names or word == target.name:
            continue
        if any(word in str(c.get("image", "")).rsplit("/", 1)[-1] for c in containers(obj)):
            continue  # "the redis container" of a pod running redis
        if word in _PROXY_ROLES and any(
            _PROXY_IMAGE.search(str(c.get("image", ""))) for c in containers(obj)
        ):
            continue  # "the networking sidecar" of a pod running envoy: the proxy, by its role
        raise Clarify(
            f"{target.describe()} has no container {word!r} (it has: {', '.join(names)}). "
            "Which container did you mean?"
        )
    if sidecar and rx(r"\bsidecars?\b").search(text) and len(names) == 1:
        raise Clarify(
            f"{target.describe()} runs one container ({names[0]}) and no sidecar. Which "
            "workload's sidecar did you mean?"
        )


# Rule (round 18): the part a new image is said of must be a part of the workload it goes to.
# "set the envoy image in payments to v1.31.0", "bump envoy in worker", "the web image in my-api"
# (web is frontend's container), "my-api's envoy to v1.31.0": a container of another workload,
# or a sidecar product, said as what changes in a workload that does not run it, is asked —
# writing the version on the container the workload has would replace its application. Words
# that say the application itself ("app", "main") are no part.
_NO_PART = frozenset("app apps application main server service container pod sidecar".split())
_PART_SAID = (
    r"(?<![\w\-./:@]){part}(?:\s+(?:sidecar|container|proxy))?\s+(?:(?:image|version|tag|"
    r"release|build)s?\b|(?:in|on|of|for|inside|within)\s+(?:the\s+)?(?:(?:deployment|deploy|"
    r"statefulset|sts|daemonset)\s+)?{name}(?![\w\-]))|{name}(?:'s?|\s+)\s*{part}(?![\w\-])"
)
_PART_KEPT = (
    r"\b(?:not|never|nor|except|without|apart\s+from|other\s+than|besides|but)\s+"
    r"(?:the\s+|its\s+)?{part}(?![\w\-])"
)


@functools.lru_cache(maxsize=128)
def _part_patterns(part: str, name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`_PART_SAID` and :data:`_PART_KEPT` for ``part`` of ``name``, compiled once."""
    return (
        rx(_PART_SAID.format(part=re.escape(part), name=re.escape(name))),
        rx(_PART_KEPT.format(part=re.escape(part))),
    )


def _names_and_parts(ctx: Ctx, *, lower: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """The namespace's workloads' names and the names of the containers they run (in lower
    case with ``lower``), each list's kept between plans while it holds the same objects
    (:func:`.reads.derived`)."""
    names: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        items = ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        more, ran = reads.derived(
            ctx.cluster, ("names and parts", lower), items, functools.partial(_named_and_run, lower)
        )
        names, parts = names | more, parts | ran
    return names, parts


def _named_and_run(lower: bool, items: list[Json]) -> tuple[frozenset[str], frozenset[str]]:
    names = [str(obj["metadata"]["name"]) for obj in items]
    parts = [str(c.get("name")) for obj in items for c in containers(obj)]
    if lower:
        names, parts = [n.lower() for n in names], [p.lower() for p in parts]
    return frozenset(names), frozenset(parts)


def _part_of_another(ctx: Ctx, target: Target, obj: Json) -> None:
    """Ask when the image change is said of a part ``target`` does not run (see the rule
    above)."""
    own = {str(c.get("name")).lower() for c in containers(obj)}
    images = " ".join(str(c.get("image", "")) for c in containers(obj)).lower()
    names, runs = _names_and_parts(ctx, lower=True)
    parts = runs | _SIDECARS
    words = ctx.text.lower().replace("\u2019", "'")
    for part in sorted(parts - names - own - _NO_PART - {target.name.lower()}):
        if part in images or part not in words:
            continue  # "the redis image of cache" where cache runs redis:7
        said_of, kept = _part_patterns(part, target.name.lower())
        said = said_of.search(words)
        if said is None or kept.search(words):
            continue
        raise Clarify(
            f"I read {said.group(0)!r}, but {target.describe()} runs no {part} (its "
            f"containers: {', '.join(sorted(own))}): a new image on the container it has would "
            f"replace its application. Which workload's {part} did you mean?"
        )


def _image_of_another(text: str, target: Target, obj: Json, image: str) -> None:
    """Ask when the words name the new image by a product none of the workload's containers
    runs ("set the envoy image in frontend to envoyproxy/envoy:v1.31.0", "the redis image in
    payments"): putting it on the container the workload has would replace its application."""
    product = _repository(image).lower()
    if product in {target.name, *(str(c.get("name")) for c in containers(obj))}:
        return
    if any(_repository(str(c.get("image", ""))).lower() == product for c in containers(obj)):
        return
    if rx(rf"\b{re.escape(product)}\s+(?:image|version|sidecar|container)\b").search(text):
        raise Clarify(
            f"{target.describe()} runs no {product} (its containers: "
            f"{', '.join(str(c.get('name')) for c in containers(obj))}): {image} would replace "
            f"what it runs. Which workload's {product} did you mean?"
        )


# "from 1.4.0 to 1.5.0", "1.4.0 -> 1.5.0": the first is what runs, the second what is wanted.
_FROM_TO = re.compile(
    r"(?:\bfrom\s+)?(?<![\w.\-/:])(?P<old>\S+)\s+(?:to|->|=>|\u2192|into)\s+(?P<new>\S+)"
)


def _said_versions(raw: str) -> list[str]:
    """Every version or image reference said, in order, each once."""
    found = [m.group(1) for m in t.VERSION.finditer(raw)]
    images = [w.strip(",.;()") for w in raw.split()]
    images = [w for w in images if t.image_in(w) == w]
    # "checkout 1.2.0 (ghcr.io/acme/checkout:1.2.0)": the version said again as its image is
    # one version, not two.
    tags = {i.rpartition(":")[2].removeprefix("v") for i in images if "@" not in i}
    found = [v for v in found if v.removeprefix("v") not in tags] + images
    return list(dict.fromkeys(found))


def _from_to(raw: str, current: str, target: Target) -> str | None:
    """The image wanted when two versions are said as a change ("from 1.4.0 to 1.5.0"): the
    second, when the first is what runs now; a question when it is not (the old version said
    is not the one running, so the request was made about another state). None otherwise: the
    version said after what happened ("went to 16.4 …, downgrade to 16.3") is read below."""
    raw = t.ended(raw)
    said = _said_versions(raw)
    if len(said) < 2:
        return None
    running = current.rpartition(":")[2].removeprefix("v")
    for m in _FROM_TO.finditer(raw):
        old, new = (m.group(g).strip(",.;()") for g in ("old", "new"))
        if old not in said or new not in said:
            continue
        if any(v not in (old, new) and not _runs_now(v, current, running) for v in said):
            # "0.9.0 to 0.9.4 and 0.9.5": another new version said beside the change.
            break
        runs = current == old or current.endswith(f":{old}") or current == t.retag(current, old)
        if not runs:
            raise Clarify(
                f"{target.describe()} runs `{current}`, not {old}: the change was said from "
                f"another state. Should it go to {new} from what runs now? Say "
                f"'update {target.name} to {new}'."
            )
        return new if t.image_in(new) == new else t.retag_like(current, new)
    # "new 1.4.0, old 1.5.0", "have 1.5.0, want 1.4.0": the version labelled as wanted is the
    # one (satisfied when it runs); one labelled as old is never gone to.
    if (wanted := t.LABELLED_NEW.search(raw)) and wanted.group(1) in said:
        new = wanted.group(1)
        return new if t.image_in(new) == new else t.retag_like(current, new)
    old_said = {o.group(1) for o in t.LABELLED_OLD.finditer(raw)}
    # (The version running now, said as the state, is no second version.)
    versions = [v for v in said if t.image_in(v) != v and v.removeprefix("v") != running]
    images = [v for v in said if t.image_in(v) == v]
    if versions and images:
        # "update checkout to 1.2.0 (ghcr.io/acme/checkout:1.3.0)": two different versions
        # said for one container — which is meant is not for the plan to choose.
        image = images[0]
        raise Clarify(
            f"I read {versions[0]} and {image} for {target.describe()}: they are different "
            f"versions. Which one should it run? Say e.g. 'update {target.name} to {image}'."
        )
    # "SR-08: postgres 16.4 has a CVE … move it to postgres:16.5", "redis:7 … pin it to
    # redis:7.2.5": the version running now, named as context, is the from-value, not a second
    # candidate. Only one other left is read; two new ones still ask (below).
    others = [v for v in said if not _runs_now(v, current, running)]
    if len(others) == 1 and len(said) > 1 and not _qualifies_before(raw, others[0], said):
        new = others[0]
        if new in old_said:
            raise Clarify(
                f"I read {new} as the version there was, and {target.describe()} runs "
                f"`{current}`. Which version should it run? Say e.g. 'update {target.name} to "
                f"{new}'."
            )
        return new if t.image_in(new) == new else t.retag_like(current, new)
    if len(others) >= 2 or not any(
        rx(rf"\b(?:to|onto|on|->|=>|\u2192)\s+{re.escape(v)}(?![\w.\-])").search(raw) for v in said
    ):
        # "update my-api 1.5.0 1.6.0", "to 0.9.4 and 0.9.5": two new versions — which one is
        # not for the plan to choose (nor when no word says which one to go to).
        raise Clarify(
            f"I read {len(said)} versions ({', '.join(said)}) for {target.describe()}, which "
            f"runs `{current}`: which one should it run? Say e.g. 'update {target.name} to "
            f"{said[-1]}'."
        )
    return None


def _qualifies_before(raw: str, new: str, said: list[str]) -> bool:
    """Whether the one new version ``new`` is said before the running one, with no word that
    goes to it ("the 2.0 client needs my-api 1.4.0, ship it"): it qualifies another thing said
    first (the subject of a fact), never the version to go to — which is asked."""
    first = raw.find(new)
    to_it = rx(rf"\b(?:to|onto|->|=>|\u2192)\s+{re.escape(new)}(?![\w.\-])").search(raw)
    return to_it is None and said.index(new) == 0 and first >= 0


def _runs_now(said: str, current: str, running: str) -> bool:
    """Whether the version or image ``said`` is the one running now (``current``, tag
    ``running``): "16.4", "v1.30.1", "redis:7", "frontend:2.1.0" of ghcr.io/acme/frontend:2.1.0."""
    if t.image_in(said) != said:
        return said.removeprefix("v") == running
    return said == current or current.endswith(f"/{said}")


def update_to(ctx: Ctx, target: Target, obj: Json, container: Json, image: str) -> PlanResult:
    """Roll ``container`` of ``target`` to ``image`` (the builder behind :func:`update`; the
    structured intents of :mod:`.structured` call it with their typed slots)."""
    current = str(container.get("image", ""))
    if image == current:
        # Planned all the same: its dry-run changes nothing, so the session is `satisfied`.
        return PlanResult(
            category="set_image",
            operations=[
                SetImageOp(
                    target=target,
                    container=container["name"],
                    image=image,
                    reason=f"requested: {ctx.request.intent}",
                )
            ],
            analysis=f"{target.describe()} already runs `{image}`: nothing to change.",
            targets=[target],
        )
    ops: list[Any] = [
        SetImageOp(
            target=target,
            container=container["name"],
            image=image,
            reason=f"requested: {ctx.request.intent}",
        )
    ]
    patterns: list[str] = []
    analysis = [
        f"Container `{container['name']}` of {target.describe()} runs `{current}`; "
        f"roll it to `{image}`."
    ]
    _, pattern = ctx.recommendation("update", "strategy")
    wants_zero = bool(strategy.ZERO_DOWNTIME.search(ctx.text)) or pattern is not None
    if wants_zero and target.kind == "Deployment":
        # First in the plan: the new strategy must be in place before the image changes.
        rolling, why, pattern = strategy.rolling_patch(ctx, target, obj)
        if rolling is not None:
            ops.insert(0, rolling)
        analysis.append(why)
        if pattern:
            patterns.append(pattern)
    risks = []
    if not container.get("readinessProbe"):
        risks.append(
            f"container {container['name']} has no readiness probe: a broken version "
            "would be counted as ready"
        )
    return PlanResult(
        category="update",
        operations=ops,
        analysis=" ".join(analysis),
        risks=risks,
        patterns=patterns,
        targets=[target],
        validation_plan=[
            f"{target.describe()} rolls out with image {image}",
            "no pod of the new template in ImagePullBackOff or CrashLoopBackOff",
        ],
    )


# Any form of the verb: "should be reduced by one" lowers the count as "reduce by one" does.
# (Round 20: never a noun after its article — "for the drop" is an event, no direction.)
_DOWN = re.compile(
    r"\b(?<!\bthe\s)(?<!\btonight's\s)(down|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|fewer|less|"
    r"diminish(?:es|ed|ing)?|"
    r"shr[iu]nk(?:s|ing)?|minus|drop(?:s|ped|ping)?|lower(?:s|ed|ing)?|cut|cuts|cutting|"
    r"trim(?:s|med|ming)?|shav(?:e|es|ed|ing)|slash(?:es|ed|ing)?|shed(?:s|ding)?|"
    r"los(?:e|es|ing)|scale\s+in|pare(?:s|d)?)\b"
)
# "by 2" moves the count one way: a word must say which ("cut frontend by one" is 2 of 3).
_UP = re.compile(
    r"\b(up|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|grow(?:s|n|ing)?|add(?:s|ed|ing)?|"
    r"augment(?:s|ed|ing)?|"
    r"bump(?:s|ed|ing)?|more|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|out|plus|"
    r"extend(?:s|ed|ing)?|gain(?:s|ed|ing)?|higher|bigger|larger)\b"
)
_COUNTED = r"(?:replicas?|instances?|pods?|copies|copy|more|fewer|less|extra|additional|instead)"
# Relative and multiplicative changes, computed from the current count ("#k" is number k).
_RELATIVE: list[tuple[str, str]] = [
    (r"\bby #(\d+) ?(?:%|percent)", "percent"),
    # A signed number is relative: "+2 replicas", "+ 2", "to +2".
    (r"(?<![\w#])\+ ?#(\d+)\b", "add"),
    # "10x what it is now", "3 times its current size", "x4 the pod count", "3x bigger": of the
    # count it runs now. Round 30: "two times more pods" (a calque of Russian "в два раза
    # больше") is twice the pods, the same reading as "2x more pods".
    (
        r"(?<!\S)#(\d+) ?(?:times|x|fold)\s+(?:of\s+)?(?:the\s+)?(?:current|as many|now|bigger|"
        r"larger|more\s+(?:replicas?|pods?|instances?|copies)|"
        r"what (?:it|they|we) (?:is|are|has|have|runs?|had|got)|"
        r"(?:its|their|the)\s+(?:current\s+)?(?:size|count|scale|number|replicas?|pods?|"
        r"replica count|pod count))\b",
        "times",
    ),
    (r"\bby a factor of #(\d+)\b", "times"),
    # "ten times the replicas it runs now", "3x the pods it has today": of the current count.
    (
        r"(?<!\S)#(\d+) ?(?:times|x)\s+(?:the\s+)?(?:number of\s+)?(?:replicas?|pods?|"
        r"instances?|copies)\s+(?:it|they)\s+(?:runs?|has|have|is running)\b",
        "times",
    ),
    # "could lose a replica", "shed two pods", "gain one instance": relative to the count.
    # ("shed two payments pods": the workload's name may stand between the count and its unit.)
    (
        r"\b(?:lose|shed)\s+#(\d+)\s+(?:[a-z][\w\-]*\s+)?(?:replicas?|pods?|instances?|copies)\b",
        "sub",
    ),
    # ("could it get 3 pods?" is the count it gets: only "get 3 more pods" adds.)
    (
        r"\b(?:gain\s+#(\d+)\s+(?:more\s+)?|gets?\s+#(\d+)\s+more\s+)(?:[a-z][\w\-]*\s+)?"
        r"(?:replicas?|pods?|"
        r"instances?|copies)\b",
        "add",
    ),
    (r"\b(?:times|x) ?#(\d+)\b", "times"),
    # "scale cart 3x": a multiplier right after the workload is of what it runs now.
    (r"^\W*scale\s+[a-z][\w\-']*\s+#(\d+) ?(?:x|times)\W*$", "times"),
    # "payments 10x", "scale worker up 3x": a factor right after the workload that starts the
    # request is of the count it runs now ("make frontend 10x" — 10x of what? — is asked).
    (
        r"^\W*(?:scale\s+)?[a-z][\w\-]*(?:'s?)?:?\s+(?:up\s+|out\s+)?#(\d+) x\b"
        r"(?! (?:the|as|more|bigger|larger|what|of)\b)",
        "times",
    ),
    (r"(?<!\S)#(\d+) ?(?:times|x)\b", "times?"),
    (r"\bby #(\d+)\b", "by"),
    # "augment payments of 2 replicas", "diminish worker of one pod": a verb of more or fewer,
    # then "of" and the count, is the count it moves by (French "de"), never the count to run
    # ("increase it to a total of 4" is the count: a word that sums or bounds stands before of).
    (
        r"\b(?:augment|increas|rais|grow|boost|reduc|decreas|diminish|lower)\w*\s+"
        r"(?:(?!(?:total|maximum|minimum|max|min|count|number|amount|sum|a|an)\s)[a-z][\w\-']*\s+)"
        r"{0,3}of #(\d+)\b",
        "by",
    ),
    # Round 20 (attack): "augment frontend with 1 replica", "grow worker with 2 pods": a verb
    # of more or fewer, then "with" and the count, says the count it moves by in some tongues
    # and the count to run in others — never read either way, asked.
    (
        r"\b(?:augment|increas|rais|grow|boost|expand|extend|enlarge|reduc|decreas|diminish|"
        r"lower|shrink|cut|trim)\w*\s+(?:(?!(?:a|an|to|by|of)\s)[a-z][\w\-']*\s+){0,3}"
        r"with #(\d+)\b",
        "with?",
    ),
    # "scale frontend up 2", "scale worker down 1": the particle, then the count it moves by
    # (as "up by 2"); only as the whole request, so no other number could be the count.
    (r"^\W*scale\s+[a-z][\w\-']*\s+(?:up|down)\s+#(\d+)[\s.!]*$", "by"),
    (r"\b(?:add|plus) #(\d+)\b|(?<!\S)#(\d+) (?:more|extra|additional)\b", "add"),
    # "another two pods", "an extra 2 replicas", "a further 3 instances": on top of the count
    # it runs (the word before the number says it is added, as "2 more" after it does).
    (
        r"\b(?:another|(?:an? )?(?:extra|additional|further)) #(\d+)"
        r"(?= (?:[a-z][\w\-]* )?(?:replicas?|pods?|instances?|copies|dynos?)\b)",
        "add",
    ),
    (r"(?<!\S)#(\d+) (?:fewer|less)\b|\b(?:remove|minus|drop) #(\d+)\b", "sub"),
    # "one replica more", "two pods less": the unit between the count and its direction.
    (r"(?<!\S)#(\d+) (?:replicas?|pods?|instances?|copies|copy) (?:more|extra)\b", "add"),
    (r"(?<!\S)#(\d+) (?:replicas?|pods?|instances?|copies|copy) (?:fewer|less)\b", "sub"),
]
# "frontend x3 -> x5", "worker x1 to x4": a count written as "x<n>" (as a process manager lists
# it), from the one it runs to the one wanted.
_X_FROM_TO = re.compile(r"(?<!\S)x #(\d+)\s+(?:to|->|=>)\s+x #(\d+)(?!\S)")
# What a number after "replicas" is when it is no count of them ("replicas 3 more", "replicas
# 5 minutes after", "replicas 50%").
_NOT_A_COUNT = (
    r"(?!\s*(?:%|x\b|times\b|more\b|fewer\b|less\b|extra\b|additional\b|percent\b|"
    r"(?:seconds?|minutes?|mins?|hours?|days?|weeks?|[smhd])\b))"
)
_ABSOLUTE = (
    r"\b(?:to|at) #(\d+)\b|(?<!\S)= #(\d+)\b",
    r"\b(?:should|must|shall|will) be #(\d+)\b",
    r"^\W*scale\s+[a-z][\w\-']*\s+#(\d+)\W*$",
    # Round 27: the whole message an order with the count last — "set replicas frontend 5",
    # "scale worker too 0" (typed for "to"), "please to scale frontend on 5".
    # Round 39 (oa44, attack44): "scale the frontend on 5" too (Jamaican "scale di frontend pon
    # five", read "scale the frontend on five").
    r"^\W*(?:please\s+(?:to\s+)?)?(?:set\s+(?:the\s+)?replicas?\s+(?:of\s+|for\s+)?"
    r"[a-z][\w\-']*|scale\s+(?:the\s+)?[a-z][\w\-']*\s+(?:too|on))\s+#(\d+)"
    r"(?:\W+(?:please|pls|plz|thanks|thx|ty))?\W*$",
    r"(?<!\S)#(\d+) (?:replicas?|instances?|pods?|copies)\b",
    # "I want 4 cart pods": the count, then the workload's name, then the unit.
    r"(?<!\S)#(\d+) (?!more\b|extra\b|fewer\b|less\b|additional\b)[a-z][\w\-]*'?s? "
    r"(?:replicas?|instances?|pods?|copies)\b",
    r"\b(?:use|make it|try|go with|run|keep) #(\d+)\b",
    r"(?<!\S)#(\d+) instead\b",
    # "two are enough", "3 replicas would be plenty": the count judged enough is the one wanted
    # (statements._ENOUGH; "… enough for X" says what X can do, asked by :mod:`.moods`).
    r"(?<!\S)#(\d+) (?:(?:replicas?|instances?|pods?|copies) )?(?:is|are|'s|'re|will be|"
    r"would be|should be) (?:quite |more than )?(?:enough|plenty|sufficient|adequate)\b(?! for\b)",
    # "frontend replicas make please five", "replica count: 4", "pods set to 6": the count said
    # after the word it counts (and the verb, if any, last) — order is no part of its role.
    r"\b(?:replicas?|replica count|pod count|instances)\s*(?:[:=]\s*)?(?:(?:make|set|put|"
    r"change|bring|please|pls|plz|kindly|to|should be|must be)\s+)*#(\d+)\b" + _NOT_A_COUNT,
    r"\bpods\s*(?:[:=]\s*|(?:(?:please|pls|plz|kindly)\s+)*(?:make|set|put|change|bring)\s+"
    r"(?:(?:please|pls|plz|kindly|to|it)\s+)*)#(\d+)\b" + _NOT_A_COUNT,
)


# Round 10: a replica count counts pods. A number followed by a noun that counts something
# else ("5 regions", "5 rps", "5 users", "5 containers", "5 queues") is not a number of replicas:
# asked — unless the pod word follows the noun ("5 payments pods": the noun is the workload).
_POD_WORDS = frozenset("replica replicas pod pods instance instances copy copies".split())
_NOT_NOUNS = frozenset(
    """as is was has does this thus plus always less yes pls plz thanks thx us its his across times
    unless perhaps towards besides sometimes afterwards nowadays regardless whereas""".split()
)
_RATES = frozenset("rps qps rpm tps req/s reqs/s requests/s".split())


# Round 10 (attack11): a count said as a ceiling — "limit frontend to 10 pods", "frontend may use
# up to 10", "allow it up to 10", "should stay under 10", "at most 10", "frontend: up to 10" —
# is a bound, not the count to run: asked. "scale/bump/bring frontend up to 10" is a count.
_CEILING = re.compile(
    r"\b(?:limit(?:ed)?|restrict(?:ed)?|capp?(?:ed)?)\s+(?:[\w\-]+\s+){0,3}?(?:to|at)\s+#\d+|"
    r"\b(?:may|can|could|might|allowed\s+to|able\s+to)\s+(?:use|have|run|get|go|scale|grow|"
    r"burst|reach)\s+(?:\w+\s+)?up\s+to\s+#\d+|"
    r"\ballow(?:s|ed)?\s+(?:[\w\-]+\s+){0,3}?(?:up\s+to\s+)?#\d+|"
    r"\b(?:stay|stays|remain|remains|keep\s+(?:it|them))\s+(?:under|below|beneath)\s+#\d+|"
    r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|max(?:imum)?\s+of)\s+"
    r"#\d+|(?:^|:)\s*up\s+to\s+#\d+"
)


def _other_count(word: str, after: str | None) -> bool:
    """Whether ``word`` after a count names something other than pods."""
    if word in _POD_WORDS or word in _NOT_NOUNS or (after or "") in _POD_WORDS:
        return False
    return word in _RATES or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


# Round 26 (negations, values): an amount of memory or CPU said ("OOMs at 256Mi", "at 500m"),
# then a factor with no word of the count ("give it double"): the amount is what is doubled.
_AMOUNT_SAID = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?\s*(?:[kmgt]i|[mg]b)\b|(?<![\w.])\d+m\s+(?:of\s+)?(?:cpu|cores?)\b|\boom(?:s|ed|ing|[\s-]?kill\w*)?\b|"
    r"\bout\s+of\s+memory\b",
    re.I,
)
_FACTOR = re.compile(r"\b(?:double|twice|triple|thrice|halve|half)\b(?![\s-]?check\b|-)")
_COUNT_SAID = re.compile(r"\b(?:replicas?|pods?|instances?|copies|count)\b")


def _factor_of_an_amount(ctx: Ctx, target: Target) -> None:
    """Ask when a factor with no word of the count follows an amount of memory or CPU: "payments
    OOMs at 256Mi, give it double" means 512Mi, never twice the pods."""
    if (
        (factor := _FACTOR.search(ctx.text))
        and (amount := _AMOUNT_SAID.search(ctx.request.intent))
        and not _COUNT_SAID.search(ctx.text)
    ):
        raise Clarify(
            f"I read {amount.group(0)!r}, about memory or CPU, and {factor.group(0)!r} with no "
            f"word of replicas: is it the memory (or CPU) or the number of pods? Say e.g. 'set the "
            f"memory limit of {target.name} to <amount>' or 'scale {target.name} to <count>'."
        )


def _replicas(said: str, current: int) -> tuple[int | None, set[int], list[Num]]:
    """The replica count ``said`` asks for, the numbers it consumed and all numbers in it.

    Raises :class:`Clarify` when the number it would use is not a whole, unit-less count
    (negative, decimal, a unit, a multiplier without a base): a different number than said is
    never an answer.
    """
    # "replicas=4" is "replicas = 4": the number is a token of its own.
    said = rx(r"(?<=[A-Za-z])=(?=[-+]?\d)").sub(" = ", said)
    # "down to a single replica": one, said as a word that is not a number.
    said = rx(
        r"(?i)\b(to|with|at|run|keep|use)\s+(?:a\s+|one\s+)?single\s+"
        r"(?=(?:replica|pod|instance|copy)\b)(?!\w+\s+at\s+a\s+time)"
    ).sub(r"\1 1 ", said)
    # "checkout x1.5" (round 24): a factor with a decimal point glued to its "x" is "x 1.5".
    said = rx(r"(?i)(?<![\w.])x(?=\d{1,2}\.\d{1,2}(?!\w|\.\d))").sub("x ", said)
    text, nums = placeholders(said)
    if m := _CEILING.search(text):
        ceiling = rx(r"#(\d+)").sub(lambda n: nums[int(n.group(1))].raw, m.group(0))
        raise Clarify(
            f"I read {ceiling!r} as a "
            "ceiling, not a count to run: should it run that many now, or scale up to it when "
            "needed (an autoscaler's maximum)? Say 'scale … to N' or 'autoscale … max N'."
        )
    down = bool(_DOWN.search(text))

    def count(k: str) -> int:
        num = nums[int(k)]
        if problem := num.problem():
            raise Clarify(f"{problem}: how many replicas exactly?")
        if (unit := rx(rf"#{k}\s+([a-z%]+)").search(text)) and unit.group(1) in UNIT_WORDS:
            raise Clarify(
                f"{num.raw} {unit.group(1)} is not a number of replicas: how many replicas exactly?"
            )
        if (
            noun := rx(rf"#{k}\s+([a-z][\w/]*)(?:\s+([a-z][\w\-]*))?").match(
                text[text.find(f"#{k}") :]
            )
        ) and _other_count(noun.group(1), noun.group(2)):
            raise Clarify(
                f"{num.raw} {noun.group(1)} is not a number of replicas (pods): how many "
                "replicas exactly?"
            )
        if num.count is None:
            raise Clarify(f"I could not read {num.raw!r} as a number of replicas: how many?")
        return num.count

    if m := _X_FROM_TO.search(text):
        # "frontend x3 -> x5": the count it runs, then the count wanted — never 3 times 3.
        was, want = count(m.group(1)), count(m.group(2))
        if was != current:
            raise Clarify(
                f"You said x{was} to x{want}, but it runs {current} now, not {was}: should it "
                f"run {want}? Say 'scale … to {want}'."
            )
        return want, {int(m.group(1)), int(m.group(2))}, nums
    for pattern, said_how in _RELATIVE:
        if not (m := rx(pattern).search(text)):
            continue
        how = said_how
        k = next(g for g in m.groups() if g is not None)
        used = {int(k)}
        if how == "by" and nums[int(k)].unit == "%":
            how = "percent"  # "by 50%": the unit is glued to the number
        if how == "percent":
            pct = nums[int(k)]
            whole = None if pct.negative or pct.decimal or pct.value is None else int(pct.value)
            if whole is None or (current * whole) % 100:
                raise Clarify(
                    f"{pct.raw.rstrip('%')}% of {current} replicas is not a whole number: "
                    "how many replicas should it run?"
                )
            change = current * whole // 100
            _direction(text, down, pct.raw)
            return (current - change if down else current + change), used, nums
        if how == "with?":
            value = count(k)
            moved = current - value if down else current + value
            raise Clarify(
                f"I read {nums[int(k)].raw!r} after 'with' beside a word of "
                f"{'fewer' if down else 'more'}: it runs {current} now — {value} "
                f"{'fewer' if down else 'more'} (to {moved}), or {value} in all? Say 'scale … "
                f"{'down' if down else 'up'} by {value}' or 'scale … to {value}'."
            )
        if how == "times?":
            raise Clarify(
                f"{nums[int(k)].raw} times what? It runs {current} now: say the count "
                f"(e.g. 'scale to {current * max(count(k), 1)}')."
            )
        if (other := rx(r"\b(?:double|twice|triple|thrice|halve)\b").search(text)) and how in (
            "by",
            "add",
            "sub",
            "times",
        ):
            # "double my-api, then add 1": two changes of the count; the rule reads one.
            step = rx(r"#(\d+)( x\b)?").sub(
                lambda n: (
                    nums[int(n.group(1))].raw
                    + ("" if nums[int(n.group(1))].raw.endswith("x") else n.group(2) or "")
                ),
                m.group(0),
            )
            raise Clarify(
                f"I read two changes of the count ({other.group(0)!r} and {step!r}): "
                f"it runs {current} now. Say the count it should run."
            )
        if how == "times" and (factor := _decimal_factor(nums[int(k)])) is not None:
            # "2.5x what it runs now" (round 24): of 2 replicas, 5; a part replica is asked.
            product = round(current * factor, 6)
            if product != int(product) or product < 1:
                raise Clarify(
                    f"{nums[int(k)].raw.rstrip('x')} times {current} replicas is {product:g}: "
                    "not a whole number. How many replicas should it run?"
                )
            return int(product), used, nums
        value = count(k)
        if how == "times":
            return current * value, used, nums
        if how == "by":
            _direction(text, down, nums[int(k)].raw)
            return (current - value if down else current + value), used, nums
        if how == "add":
            return current + value, used, nums
        return current - value, used, nums
    if m := _BY_FRACTION.search(text):
        # "shrink frontend by a third": a fraction of the count it runs now, whole or asked.
        part = m.group("part") or "half"
        parts = {"half": 2, "third": 3, "quarter": 4, "fourth": 4}[part]
        if current % parts:
            raise Clarify(
                f"A {part} of {current} replicas is not a whole number: how many replicas "
                "should it run?"
            )
        _direction(text, down, f"a {part}")
        change = current // parts
        return (current - change if down else current + change), set(), nums
    if rx(r"\b(?:add|one more|another) (?:an? )?(?:replica|pod|instance|copy)\b").search(text):
        return current + 1, set(), nums
    if rx(r"\b(?:lose|shed|drop|remove) (?:an?|one) (?:replica|pod|instance|copy)\b").search(text):
        return current - 1, set(), nums
    if rx(r"\b(?:gain|get) (?:an?|one) (?:more |extra )?(?:replica|pod|instance|copy)\b").search(
        text
    ):
        return current + 1, set(), nums
    passive = p.group("how") if (p := _PASSIVE.search(text)) else ""
    # ("double-check", "double-charges": a word made with double is no factor, :mod:`.moods`.)
    if rx(rf"\bdouble\b(?![\s-]?(?:{DOUBLED_WORDS})\b|-)|\btwice\b").search(text) or (
        passive == "doubled"
    ):
        return current * 2, set(), nums
    if rx(r"\btriple\b(?![\s-]?check\b|-)|\bthrice\b").search(text) or passive == "tripled":
        return current * 3, set(), nums
    # ("half-term", "half time", "the half-day": a word made with half is no factor, round 28.)
    if (
        rx(
            r"\bhalve\b|\bhalf\b(?![\s-]?(?:term|time|day|days|hour|year|price|way|past)\b|-)|"
            # (a moment of a match, "at half-time", stays read: asked, r25_gap27)
            r"\b(?:at|by|before|after|until|till)\s+(?:the\s+)?half[\s-]?time\b"
        ).search(text)
        or passive == "halved"
    ):
        if current % 2:
            raise Clarify(
                f"Half of {current} replicas is {current / 2}: not a whole number. How many "
                "replicas should it run?"
            )
        return current // 2, set(), nums
    if m := _COUNT_FROM_TO.search(text) or _COUNT_FROM_TILL.search(text):
        # "scale cart from 2 to 4", "my-api from 2 down to 1", "replicas one → three": the
        # first number says what it runs now; it must.
        said_now, wanted = count(m.group(1)), count(m.group(2))
        if said_now != current:
            raise Clarify(
                f"You said it runs {said_now}, but it runs {current} now. Scale it to "
                f"{wanted} anyway? Say 'scale to {wanted}'."
            )
        return wanted, {int(m.group(1)), int(m.group(2))}, nums
    if m := _NTH.search(text):
        # "add a third", "run it with a second replica": the Nth pod makes N, one more than
        # it runs now — a from-value like "from N-1", so it must hold.
        wanted = _ORDINALS[m.group("nth")]
        if wanted != current + 1:
            raise Clarify(
                f"I read {m.group(0).strip()!r}: that makes {wanted} replicas, one more than "
                f"{wanted - 1}, but it runs {current} now. How many replicas should it run?"
            )
        return wanted, set(), nums
    for pattern in _ABSOLUTE:
        if m := rx(pattern).search(text):
            k = next(g for g in m.groups() if g is not None)
            return count(k), {int(k)}, nums
    if len(nums) == 1 and (problem := nums[0].problem()):
        raise Clarify(f"{problem}: how many replicas exactly?")
    return None, set(), nums


# A count said as a change: "from 2 to 3", "from 2 down to 1", "replicas one → three" (the
# arrow reads "to"), "2 pods to 4". The first number is the from-value, never a count after
# "to/by/at/of" ("scale to 3 to …" is no change from 3).
_COUNT_FROM_TO = re.compile(
    r"(?:\bfrom |(?<!\S)(?<!\bto )(?<!\bby )(?<!\bat )(?<!\bof )(?<!= )(?<!\bx ))"
    r"#(\d+) (?:(?:replicas?|pods?|instances?) )?(?:(?:down|up|back) )?to #(\d+)\b"
)
# Round 26 (gap28): "from 2 till 4 pods" (Dutch "van 2 tot 4"): "till" after a from-value
# is "to" — only with "from" said, so a time ("till 4") is never read as a count.
_COUNT_FROM_TILL = re.compile(
    r"\bfrom #(\d+) (?:(?:replicas?|pods?|instances?) )?(?:(?:down|up) )?(?:till|until|til) #(\d+)"
    r"(?= (?:replicas?|pods?|instances?)\b|\s*(?:[,;.!?)]|$))"
)
# One more pod said by its place: "add a third", "with a second replica", "get a 3rd pod" —
# never "the second pod" (one pod picked: :mod:`.scope`) or "a third of" (a fraction).
_NTH = re.compile(
    rf"\b{NTH_VERBS}\s+(?P<nth>second|third|fourth|fifth|sixth)\b(?!\s+of\b)"
    r"(?:\s+(?:[\w\-]+\s+)?(?:replica|pod|instance|copy)\b)?"
)
_BY_FRACTION = re.compile(r"\bby (?:a |one )?(?P<part>half|third|quarter|fourth)\b")


def _direction(text: str, down: bool, said: str) -> None:
    """Ask when "by N" is said with no word of up or down (or with both)."""
    up = bool(_UP.search(_DOWN.sub(" ", text)))
    if down == up:
        raise Clarify(f"By {said} up or down? Say e.g. 'scale up by {said}' or 'down by {said}'.")


_MORE_OF = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:more|extra|additional|fewer|less)\s+([a-z][\w\-]*)"
)
_COUNTED_NOUNS = frozenset(
    """replica replicas pod pods instance instances copy copies please pls plz of than now for to
    on in at and so as because bc then running up down""".split()
)


def _more_of_what(ctx: Ctx, target: Target) -> None:
    """ "one more worker" counts replicas of worker; "two more containers", "two extra
    retries" count something else, which is asked rather than read as replicas."""
    for m in _MORE_OF.finditer(ctx.text):
        noun = m.group(1)
        if (
            noun in _COUNTED_NOUNS
            or plainwords.counted_word(noun)
            or noun.rstrip("s") == target.name.rstrip("s")
        ):
            continue
        if ctx.workloads(noun) and all(t.name == target.name for t, _ in ctx.workloads(noun)):
            continue
        if told_more_blanked(ctx.text)[m.start() : m.end()] != m.group(0):
            # Round 34 (gap37a): "bump my-api to 5 copies, we hired 12 more techs": what people
            # did, told in a clause of its own — the reason, never a count of it.
            continue
        raise Clarify(
            f"{m.group(0)!r}: {noun!r} is not a replica of {target.describe()}. How many "
            "replicas should it run?"
        )


# A relative change and the noun it modifies: "double BATCH_SIZE on orders", "raise the pool
# size of postgres by 5". The object runs from the verb to a preposition, a number or the end.
_CHANGE_OF = re.compile(
    r"\b(?:double|halve|triple|quadruple|multiply|raise|increase|decrease|lower|reduce|bump|"
    r"boost|grow|shrink|cut|trim|slash|expand)\s+(?:up\s+|down\s+)?"
    r"(?P<what>(?:(?!(?:by|to|on|in|for|at|of|from|x|times|and|then|so|because|since|with|"
    r"during|until|before|after|while|but|if|when|over|across|tonight|now|again|too|today|"
    # ("triple the frontend right now", "… asap": when, never what is changed.)
    r"right(?=\s+(?:now|away)\b)|asap|immediately|quickly|please|pls)\b)"
    r"[a-z_][\w\-']*\s*){1,5})",
)
# "two replicas to cut node hours", "to 2 in order to reduce costs": the change's purpose, said
# after its count, never a second change of what follows.
_PURPOSE_BEFORE = re.compile(
    r"(?:(?:\b(?:replicas?|pods?|instances?|copies)|\d|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|zero))\s+(?:(?:in\s+order|so\s+as)\s+)?|\b(?:in\s+order|so\s+as)\s+)to\s+$",
    re.I,
)
# Round 33 (gap36a): the count said as what the workload runs or has now ("scale checkout to
# double what it runs now", "triple what they're running", "halve what orders has"): its count.
_WHAT_IT_RUNS = re.compile(
    r"what\s+(?:it|they|[a-z][\w\-]*)(?:'s|'re|\s+(?:is|are))?\s+(?:currently\s+)?"
    r"(?:runs?|running|has|have|got)\s*$",
    re.I,
)
# Words in that object that leave it the workload's count.
_COUNT_WORDS = frozenset(
    """the a an its their our my your this that these those it them number count total amount
    replica replicas pod pods instance instances copy copies size capacity deployment
    deployments statefulset statefulsets app apps service services workload workloads fleet
    tier stack layer please pls plz asap quickly real quick up down out back all both each
    every already again now immediately straight away""".split()
)
# (Round 37, gap40b: "double it already now", Swedish "redan nu", "double it already": when,
# no noun.)


# "we expect double traffic tonight, so …": the demand said to change is why, no setting.
_DEMAND = frozenset(
    {"traffic", "load", "requests", "rps", "qps", "users", "visitors", "customers", "volume"}
)


def _changed_what(ctx: Ctx, target: Target, obj: Json) -> None:
    """Ask when a relative change modifies a noun that is not the workload's count: "double
    BATCH_SIZE on orders", "the thread count of my-api", "the connections on payments" are a
    setting of the workload, never a scale."""
    for m in _CHANGE_OF.finditer(ctx.text):
        if _PURPOSE_BEFORE.search(ctx.text[: m.start()]):
            continue  # "… to two replicas to cut node hours": why, not what
        if _WHAT_IT_RUNS.match(m.group("what")):
            continue  # Round 33 (gap36a): "double what it runs now": the count it runs
        words = [w.rstrip("'").removesuffix("'s") for w in m.group("what").split()]
        # The workload said by what runs in it ("the cache proxy", "web frontend").
        named = {target.name, *target.name.split("-")}
        for word in what_runs(obj):
            named |= {word, *word.split("-")}
        named.add(f"{target.name}s")
        other = [
            w
            for w in words
            if w not in _COUNT_WORDS
            and w not in followers.ADDRESS  # "triple it bro": the reader called, no noun
            and not plainwords.counted_word(w)  # "halve the orders tasks" (another platform's)
            and w not in named
            and not ctx.workloads(w)
        ]
        if (
            words
            and words[-1] in named
            and all(nouns.described(ctx, target.name, obj, w) for w in other)
        ):
            continue  # "triple the celery workers": a descriptor of the workload (:mod:`.nouns`)
        if other and not set(other) <= _DEMAND:
            what = " ".join(w for w in m.group("what").split() if w.lower().strip("'.") in other)
            raise Clarify(
                f"{m.group(0).strip()!r}: {what!r} is not the replica count of "
                f"{target.describe()}, and a setting is not changed relative to its value "
                "here. Say the value to set (e.g. 'set KEY=VALUE on it'), or the replica count."
            )


# Round 41 (sh48a, attack48): a field of the workload set to a number — "set runAsUser of my-api
# to 0", "set the grace period of worker to 0", "set my-api partitions to 6", "frontend's weight to
# 5" — is that field, never its replica count. The words between the verb and the workload (or
# after it) must all be words of the count (:data:`_COUNT_WORDS`, "number of replicas").
_FIELD_VERBS = (
    r"(?:set|change|make|put|update|adjust|bump|raise|lower|reduce|increase|decrease|drop|bring|"
    r"move|switch|turn|configure|modify|scale|pin|fix|cap|limit)"
)
_COUNT_VALUE = (
    r"\s*(?:to|at|=|:)\s*(?:-?\d+(?:[.,]\d+)?|zero\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|"
    r"eight\b|nine\b|ten\b)"
)
_FIELD_LINKS = frozenset("of for on in at to".split())
# A field said after the workload ("set my-api partitions to 6") only after a verb of setting
# (never "scale my-api from 2 to 4", "scale my-api temporarily to 5").
_SET_VERBS = r"(?:set|change|make|put|adjust|configure|modify|switch|turn)"
# Words that say how or when, or a step, never a field ("from 2", "by one", "right now").
# Words that relate another object to the workload ("the consumer of orders", "the thing that
# pages for payments"): that object is asked about by the readers of objects, not as a field.
# ("scale the caller of my-api to 0" is theirs too: a verb of the count, never of a field.)
_RELATING = frozenset("of that which who whose front behind".split())
_NO_FIELD = frozenset(
    """from by right now then again temporarily tonight today tomorrow asap please pls plz
    just only also too quickly immediately briefly for and or plus with both each""".split()
)


def _field_said(ctx: Ctx, target: Target, obj: Json) -> None:
    """Ask when a number is said of a field of the workload that is not its count ("set
    runAsUser of my-api to 0", "set the weight of frontend to 5", "set my-api partitions to 6"):
    the field is named back, never read as replicas."""
    name = re.escape(target.name)
    text = ctx.text
    before = rx(
        rf"(?i)\b(?!scale\b){_FIELD_VERBS}\s+(?P<what>(?:[\w\-.']+\s+){{1,5}}?)(?:of|for|on)\s+"
        rf"(?:the\s+)?(?:(?:deployment|statefulset|deploy|sts|workload|service|app)[\s/]+)?"
        rf"{name}(?:\s+(?:deployment|statefulset|deploy|sts|workload|service|app))?{_COUNT_VALUE}"
    )
    after = rx(
        rf"(?i)\b{_SET_VERBS}\s+(?:the\s+)?{name}(?:'s)?\s+"
        rf"(?P<what>(?:[\w\-.]+\s+){{0,3}}?[\w\-.]+){_COUNT_VALUE}"
    )
    named = {target.name, *target.name.split("-"), f"{target.name}s", f"{target.name}'s"}
    for word in what_runs(obj):
        named |= {word, *word.split("-")}
    for m in (*before.finditer(text), *after.finditer(text)):
        words = [w.strip("'.").removesuffix("'s").lower() for w in m.group("what").split()]
        if any(w in _NO_FIELD or w in UNITS or rx(r"[\d.,]+").fullmatch(w) for w in words):
            continue  # "… from 2 to 4", "… by one to 3", "… right now to 3": no field
        if any(w in _RELATING for w in words):
            continue  # "set replicas of the consumer of orders to 3": another object (nouns.py)
        if rx(r"\s*(?:replicas?|pods?|instances?|copies)\b", re.I).match(text, m.end()):
            continue  # "make scaling of frontend to 6 replicas": the count, said with its unit
        other = [
            w
            for w in words
            if w
            and w not in _COUNT_WORDS
            and w not in _FIELD_LINKS
            and w not in named
            and w not in followers.ADDRESS
            and not plainwords.counted_word(w)
            and not ctx.workloads(w)
            and w not in ("desired", "target", "running", "live", "current", "in", "shop")
            and not w.startswith("scal")
        ]
        if other:
            what = " ".join(w for w in m.group("what").split() if w.lower().strip("'.") in other)
            said = rx(re.escape(m.group(0).strip()), re.I).search(ctx.raw)
            what = (rx(re.escape(what), re.I).search(ctx.raw) or m).group(0)
            raise Clarify(
                f"I read {(said or m).group(0).strip()!r}: {what!r} is a field of "
                f"{target.describe()}, not its replica count, so I changed nothing. Name the "
                "field as it is in the "
                f"manifest (e.g. 'set securityContext.runAsUser of {target.name} to …'), or say "
                f"'scale {target.name} to N' for the replica count."
            )


# One container named as what is scaled or restarted: "the envoy sidecar of orders",
# "orders envoy", "only the app container". Not when it is named beside the whole pod
# ("incl the sidecar", "orders and its envoy") or as a reason ("so that envoy picks …").
_WITH = re.compile(
    r"\b(?:incl\w*|with|plus|and(?:\s+its)?|as\s+well\s+as|along\s+with|together\s+with)"
    r"\s+(?:the\s+|its\s+)?$"
)


# A container said to stay up beside a restart: "keep envoy running", "envoy stays up".
_KEPT_UP = re.compile(
    r"\b(?:keep(?:ing)?|leav(?:e|ing))\s+(?:the\s+|its\s+)?(?P<c>[\w-]+)(?:\s+(?:container|"
    r"sidecar|proxy))?\s+(?:running|up|alive|going|serving|as\s+(?:it\s+)?is)\b|"
    r"\b(?P<d>[\w-]+)(?:\s+(?:container|sidecar|proxy))?\s+(?:stays?|remains?|(?:must|should|"
    r"has\s+to|needs\s+to)\s+(?:stay|remain|keep)|keeps?)\s+(?:running|up|alive|going|serving)\b"
    r"(?!\s+(?:out|into|low|hot|slow))"
)


# One container said by its role or place, not its name: "the sidecar of orders", "the orders
# sidecar", "only the second container", "the main container of orders".
_CONTAINER_ROLE = re.compile(
    r"\b(?:side-?cars?|(?:first|second|third|1st|2nd|3rd|last|other|main|primary|app|"
    r"application|init|proxy|sidecar)\s+containers?)\b"
)


def _one_container(ctx: Ctx, target: Target, obj: Json, what: str) -> str | None:
    """Ask when the intent scales or restarts one container of a pod (by its name, or by its
    role or place: "the sidecar", "the second container"): a container cannot be scaled or
    restarted alone, only the whole workload's pods are."""
    items = containers(obj)
    # "restart orders; notice the envoy sidecar comes back with it": a container said in what
    # the message tells of how things are (or will be) is no part of the request.
    text = statements.facts_blanked(ctx.text)
    for role in _CONTAINER_ROLE.finditer(text):
        before, after = text[: role.start()], text[role.end() :]
        clause = rx(r"[,;.:]|\bbut\b").split(before)[-1]
        if (
            rx(r"\s*(?:included|too|as\s+well)\b").match(after)
            or _WITH.search(rx(r"\b(?:the|its|their)\s+$").sub("", before) + "the ")
            or _KEEPS.search(clause)
            or rx(r"\b(?:not|nor|without|except|never|no)\b").search(clause)
        ):
            continue  # "with its sidecar", "sidecar included", "not the sidecar": the whole pod
        raise Clarify(
            f"I read {role.group(0)!r}: one container of {target.describe()}, said by its role or "
            f"place, cannot be {what} on its own; that acts on the whole {target.kind}, all its "
            f"pods with every container ({', '.join(str(i.get('name')) for i in items)}). Should "
            f"{target.describe()} as a whole be {what}?"
        )
    if len(items) < 2:
        return None
    kept = " ".join(c for c in rx(r"[,;.]|\bbut\b").split(text) if _KEEPS.search(c))
    name = re.escape(target.name)
    for c in items:
        cn = re.escape(c["name"])
        if c["name"] == target.name or rx(rf"\b{cn}\b").search(kept):
            continue
        shapes: tuple[str, ...] = (
            rf"\b{cn}\s+(?:sidecar|container|proxy)\b",
            rf"\b(?:only|just|solely)\s+(?:the\s+)?{cn}\b",
            # Round 27 (parts, O): "restart orders app only": one container, said so after it.
            rf"\b{name}(?:'s|')?\s+{cn}\s+only\b",
        )
        if what != "restarted":
            # A restart acts on pods, and restarts the container named as a thing of the
            # workload ("bounce the envoy on orders", "restart the orders envoy"): only one said
            # as one container ("sidecar", "container", "only") is asked.
            shapes += (
                rf"\b{name}(?:'s|')?\s+{cn}\b",
                rf"\b{cn}\s+(?:of|in|on|inside|within)\s+(?:the\s+)?{name}\b",
            )
        for shape in shapes:
            m = rx(shape).search(text)
            beside = rx(r"\s*(?:included|too|as\s+well)\b").match(text[m.end() :]) if m else None
            if m and not beside and not _WITH.search(text[: m.start()]):
                raise Clarify(
                    f"Container {c['name']!r} of {target.describe()} cannot be {what} on its "
                    f"own: that acts on the whole {target.kind}, all its pods with every "
                    f"container ({', '.join(i['name'] for i in items)}). Should "
                    f"{target.describe()} as a whole be {what}?"
                    + (f" Say 'restart {target.name}' for that." if what == "restarted" else "")
                )
    if what == "restarted" and (up := _KEPT_UP.search(ctx.text)):
        kept_up = {up.group("c"), up.group("d")} & {str(c.get("name")) for c in items}
        if kept_up:
            # "restart orders but keep envoy running": every container of the pod restarts.
            raise Clarify(
                f"A restart of {target.describe()} replaces its whole pods, container "
                f"{kept_up.pop()} included: it cannot keep one container running while the others "
                f"restart, so I changed nothing. Say 'restart {target.name}' to restart them all."
            )
    if what == "restarted":
        for c in items:
            cn = re.escape(c["name"])
            if c["name"] != target.name and rx(
                rf"\b{re.escape(target.name)}(?:'s|')?\s+{cn}\b|\b{cn}\s+(?:of|in|on|inside|within)"
                rf"\s+(?:the\s+)?{re.escape(target.name)}\b"
            ).search(text):
                return str(c["name"])
    return None


# Round 40 (lead): "scale worker to 3 blah 4", "… to 3 ja 4", "… to 2 bar 5": a second number
# right after the count, joined by a word that ties no role to it, is a second count, or the
# count corrected — main read one of the two (the 4 of "3 blah 4", the 3 of "3 foo 4": each
# number's word blanked the other as context). The words that give the second number a role of
# its own (a time, a term, a source) are read by their own rules.
_TWO_COUNTS = re.compile(
    r"\bto\s+(?P<a>\d+)\s+(?P<word>[^\W\d_]+)\s+(?P<b>\d+)(?![\w.:/%\-])"
    # (the second number ends the clause: "le 12 mars" is a date, read as one)
    r"(?=\s*(?:[,.;!?]|$))",
    re.I,
)
# (A closed list, not what numbers.attached blanks: that blanks "4" after "since", "leaving",
# "keeping" and keeps it after "then", "up", "plus" — an open reading would act where this asks.)
_ROLE_WORDS = frozenset(
    """at by in for from on of per until till before after within every each since than when
    once if unless while during around about and or replicas replica pods pod instances copies
    x times so because cause as that with leaving keeping where which but""".split()
)


def _second_count(ctx: Ctx, target: Target) -> None:
    """Raise :class:`Clarify` when the request says two counts joined by a word that gives the
    second no role ("scale worker to 3 blah 4"); return None otherwise."""
    for text in dict.fromkeys((ctx.text, ctx.request.intent)):
        for m in _TWO_COUNTS.finditer(text):
            if m.group("word").lower() not in _ROLE_WORDS:
                raise Clarify(
                    f"You said {m.group(0)[3:]!r} for {target.describe()}: two numbers, joined "
                    f"by {m.group('word')!r}. How many replicas should it run (one number)?"
                )


def scale(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    if target.kind == "DaemonSet":
        raise Clarify(
            f"{target.describe()} is a DaemonSet: it runs one pod per node and cannot "
            "be scaled. Did you mean another workload?"
        )
    current = int((obj.get("spec") or {}).get("replicas", 1))
    _one_container(ctx, target, obj, "scaled")
    _more_of_what(ctx, target)
    _changed_what(ctx, target, obj)
    _field_said(ctx, target, obj)
    counted.factor_owner(ctx, target)
    counted.per_unit(ctx, target, current)
    counted.total_of_many(ctx, target)
    counted.determiner(ctx, target, current)
    _factor_of_an_amount(ctx, target)
    scaling.processes_said(ctx, target, obj, current)
    if (role := pod_role(ctx.text) or pod_role(ctx.request.intent)) and not (
        # "scale frontend to 4 and keep 2 pods available": the floor is the budget's, planned
        # as a step of its own beside this scale (compound.py), never this count.
        role[0] == "a floor of pods kept available"
        and role[1] not in ctx.text
        and floor_below_scale(role[1], ctx.text)
    ):
        raise Clarify(
            f"{role[1]!r} is {role[0]}, not the number of replicas {target.describe()} should "
            f"run (it runs {current} now): its count is left as it is. Say what to do: e.g. "
            "a rolling restart, a disruption budget with its minimum, or 'scale to N'."
        )
    replicas = None
    for whole in ctx.said():
        # "…, marketing campaign starts at nine": when the occasion begins, not a count.
        # "…, we are chasing 503s": a status seen is context, never a count.
        # "payments: 2 pods at 85% CPU. Add a third": a sentence that measures is context.
        # "SLI dipped to 99.2% against a 99.5% target; add two more pods": a fact's numbers
        # are its own (statements.facts_blanked).
        said = blank_context(
            without_measures(
                occasions.STARTS.sub(
                    lambda m: " " * len(m.group(0)), rates_blanked(statements.facts_blanked(whole))
                )
            ),
            ctx.number_names(whole),
        )
        replicas, used, nums = _replicas(said, current)
        if replicas is not None:
            leftover = [n.raw for n in nums if n.index not in used]
            if leftover:
                # "scale to 5 and 7", "3 replicas for 2 hours": a number the rule did not read
                # could change the meaning — ask rather than drop it.
                raise Clarify(
                    f"I read {replicas} replicas for {target.describe()}, but did not "
                    f"understand {', '.join(repr(x) for x in leftover)} in {said!r}. How many "
                    "replicas should it run (one number)?"
                )
            break
    if replicas is None:
        replicas = same_count(ctx.request.intent)
    if replicas is None:
        raise Clarify(
            f"How many replicas should {target.describe()} run? It runs {current} now. "
            "Say e.g. 'scale to 5' or 'by 2'.",
            slot="replicas",
        )
    _second_count(ctx, target)
    for m in PODS_AT.finditer(ctx.request.intent):
        # "payments: 4 pods at 85% CPU. Add a third": the count seen must be the live one.
        seen = int(m.group(1)) if m.group(1).isdigit() else UNITS[m.group(1).lower()]
        word = m.group(0).split()[1].lower()
        other = word not in {"pod", "pods", "replica", "replicas", target.name} and any(
            t.name != target.name for t, _ in ctx.workloads(word)
        )
        if seen != current and not other:
            raise Clarify(
                f"You said {m.group(0)!r}, but {target.describe()} runs {current} now. How "
                "many replicas should it run?"
            )
    if (expected := ctx.hints.get("current-replicas")) is not None and int(expected) != current:
        # `kubectl scale --current-replicas=2 --replicas=5`: kubectl scales only from that count.
        raise Clarify(
            f"You pasted --current-replicas={expected}, but {target.describe()} runs {current} "
            f"replicas now, so kubectl would refuse the scale. Scale it from {current} to "
            f"{replicas} anyway? Say 'scale {target.name} to {replicas}'."
        )
    plan = scale_to(ctx, target, obj, replicas)
    if expected is not None:
        plan.analysis = f"{plan.analysis} It runs {expected} now, as --current-replicas says."
    if not any(n.count == replicas for n in nums if n.index in used):
        _claim_holds(ctx, target, current)
        # "payments x10", "up by 50%", "double it": the count is computed from the live one.
        plan.analysis = (
            f"{plan.analysis} {replicas} is computed from the {current} replicas it runs now, "
            "as said."
        )
    elif rx(_NOW_SAID, re.I).search(ctx.request.intent):
        # "scale worker to 3, it currently has 5": the live count said, and not the one it
        # runs — the speaker means another state (here a scale-up is a scale-down there).
        _claim_holds(ctx, target, current, computed=False)
    return plan


# "frontend has 4 pods, double it": the count said as the live one, in a clause that states.
_CLAIM = re.compile(
    r"\b(?:has|have|runs?|running|is|are|sits?|sitting)\s+(?:at\s+)?(?:only\s+|just\s+|"
    r"currently\s+|still\s+)?(\d{1,4})(?:\s+(?:replicas?|pods?|instances?)|\s*(?:right\s+)?now)?"
    # (Round 34, gap37a: "worker is 25 min behind": a lag, a time, never the count.)
    r"(?![\w.%])(?!\s*(?:mi|gi|m|ms|s|cpu|cores?|rps|qps|%|mins?|minutes?|secs?|seconds?|h|hrs?|"
    r"hours?|d|days?|weeks?|times|x)\b)",
    re.I,
)


_NOW_SAID = r"\b(?:currently|presently|at\s+the\s+moment|right\s+now|atm)\b"


def _claim_holds(ctx: Ctx, target: Target, current: int, *, computed: bool = True) -> None:
    """Ask when a change computed from the live count is said beside another count said as
    the live one ("frontend has 4 pods, double it" when it runs 3): the base is in doubt."""
    for clause in statements.clauses(ctx.request.intent):
        if not statements.stating(clause):
            continue
        others = [t for t, _ in ctx.workloads(clause) if t.name != target.name]
        if others:
            continue  # "…, frontend has 3 pods": another workload's count
        for m in _CLAIM.finditer(clause):
            if int(m.group(1)) != current:
                raise Clarify(
                    f"You said {m.group(1)} in {clause!r}, but {target.describe()} runs "
                    f"{current} now"
                    + (", and the change is computed from it" if computed else "")
                    + ". How many replicas should it run?"
                )


def scale_to(ctx: Ctx, target: Target, obj: Json, replicas: int) -> PlanResult:
    """Scale ``target`` to ``replicas`` (the builder behind :func:`scale`)."""
    if target.kind == "DaemonSet":
        raise Clarify(f"{target.describe()} is a DaemonSet: it runs one pod per node.")
    current = int((obj.get("spec") or {}).get("replicas", 1))
    if replicas < 0:
        raise Clarify(
            f"{target.describe()} runs {current} replicas; that would be {replicas}. "
            "How many should it run?"
        )
    risks = []
    if replicas == 0:
        risks.append("0 replicas: nothing will serve traffic until it is scaled up again")
    elif replicas < current:
        risks.append(f"capacity drops by {round(100 * (current - replicas) / current)}%")
    for hpa in ctx.cluster.list_objects(
        "autoscaling/v2", "HorizontalPodAutoscaler", ctx.namespace, stale_ok=True
    ):
        ref = (hpa.get("spec") or {}).get("scaleTargetRef") or {}
        if ref.get("name") == target.name and ref.get("kind") == target.kind:
            risks.append(
                f"HorizontalPodAutoscaler {hpa['metadata']['name']} manages these "
                "replicas and will override a manual scale; change its min/max instead"
            )
    ready = int((obj.get("status") or {}).get("readyReplicas", 0))
    return PlanResult(
        category="scale",
        operations=[
            ScaleOp(target=target, replicas=replicas, reason=f"requested: {ctx.request.intent}")
        ],
        analysis=(
            f"{target.describe()} already runs {current} replicas ({ready} ready): nothing to "
            "change."
            if replicas == current
            else f"{target.describe()} runs {current} replicas ({ready} ready). Scale it to "
            f"**{replicas}** through its scale subresource."
        ),
        risks=risks,
        targets=[target],
        validation_plan=[f"{target.describe()} reports {replicas} ready, updated replicas"],
    )


def restart(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    # "restart the api container of frontend" where frontend has no container api: asked.
    _container_said_is_there(ctx.text, target, obj, sidecar=False)
    part = _one_container(ctx, target, obj, "restarted")
    _pods_counted(ctx, target, obj, "restart")
    _version_runs(ctx.text, target, obj)
    _new_build_said(ctx.text, target, obj)
    every = ", ".join(str(c.get("name")) for c in containers(obj))
    return PlanResult(
        category="restart",
        operations=[RolloutRestartOp(target=target, reason=f"requested: {ctx.request.intent}")],
        analysis=(
            f"Restart the pods of {target.describe()} with a rolling restart: the pod "
            "template gets a restartedAt annotation, so pods are replaced one by one under "
            "the workload's update strategy."
            + (
                f" Container {part!r} cannot be restarted alone: its pods are, with every "
                f"container in them ({every})."
                if part
                else ""
            )
        ),
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out with new pods"],
    )


# Rule (round 18): a version said with the workload's name ("restart checkout 1.0.0", "bounce
# the 2.0.3 frontend", "kick payments@v3.0.0") says which copy is meant. A restart replaces the
# pods of what runs, so a version that is not what runs (a rollback meant? another copy?) is
# asked; the version that runs is only said again, and plans.
_NAMED_VERSION = (
    r"(?<![\w\-./]){name}(?:\s+|\s*[:@]\s*)(?:version\s+|at\s+)?(?P<v>v?\d+(?:\.\d+){{1,3}}"
    r"(?:-[\w.]+)?)(?![\w.\-])|(?<![\w.\-/:])(?P<w>v?\d+(?:\.\d+){{1,3}})\s+{name}(?![\w\-])"
)


@functools.lru_cache(maxsize=64)
def _named_version(name: str) -> re.Pattern[str]:
    """:data:`_NAMED_VERSION` for the workload ``name``, compiled once per name."""
    return rx(_NAMED_VERSION.format(name=re.escape(name)), re.I)


def _version_runs(text: str, target: Target, obj: Json) -> None:
    """Ask when the version said with the restarted workload's name is not what it runs."""
    m = _named_version(target.name).search(text)
    if m is None:
        return
    said = (m.group("v") or m.group("w")).lower().removeprefix("v")
    tags = [str(c.get("image", "")).rpartition(":")[2].lower() for c in containers(obj)]
    if any(tag.removeprefix("v").startswith(said) for tag in tags):
        return
    runs = ", ".join(str(c.get("image", "")) for c in containers(obj))
    raise Clarify(
        f"You said {m.group(0).strip()!r}, but {target.describe()} runs {runs}: a restart "
        f"replaces the pods of what runs, not {said}. Did you mean a rollback to {said}, or a "
        "restart of what runs now?"
    )


# Round 20: "cf restage payments with the new buildpack", "bounce worker so it runs the new
# build": a restart replaces pods with the same image, so a new build, image or release said
# with it is only picked up when the tag is pulled again (":latest", imagePullPolicy Always).
_NEW_BUILD = re.compile(
    r"\b(?:with|on|using|onto|into|to\s+(?:pick\s+up|get|load|use|run)|so\s+(?:it|they)\s+"
    r"(?:picks?|gets?|loads?|uses?|runs?)(?:\s+up)?)\s+(?:the\s+|a\s+|its\s+)?(?:new|newer|newest|"
    r"latest|updated|fresh|rebuilt)\s+(?:\w+\s+)?(?P<what>buildpacks?|images?|builds?|versions?|"
    r"releases?|code|binar(?:y|ies)|artifacts?|droplets?|stacks?|jars?|tags?|containers?)\b",
    re.I,
)


def _new_build_said(text: str, target: Target, obj: Json) -> None:
    """Ask when a restart is said to bring a new build that only a new image would: the pods
    come back with the image they run unless its tag is pulled again."""
    m = _NEW_BUILD.search(text)
    if m is None:
        return
    if all(_pulled_again(c) for c in containers(obj)):
        return
    runs = ", ".join(str(c.get("image", "")) for c in containers(obj))
    raise Clarify(
        f"You said {m.group(0).strip()!r}, but a restart of {target.describe()} brings back "
        f"the image it runs ({runs}): the {m.group('what').lower()} is not changed by it. Which "
        f"image should it run (e.g. 'update {target.name} to <image>:<tag>'), or is a plain "
        "restart of what runs meant?"
    )


def _pulled_again(container: Json) -> bool:
    """Whether a new pod of ``container`` pulls its image again: imagePullPolicy Always, or a
    tag that moves (none, or ``latest``) and no digest."""
    image = str(container.get("image", ""))
    if container.get("imagePullPolicy") == "Always":
        return True
    tag = image.rsplit("/", 1)[-1].partition(":")[2]
    return "@" not in image and tag in ("", "latest")


def _pods_counted(ctx: Ctx, target: Target, obj: Json, what: str) -> None:
    """Ask when a rolling change is said with pods counted in a role of their own: a pod kill
    ("bounce one frontend pod" replaces one pod, not all), a pace ("2 pods at a time") or a
    floor kept up ("keep 2 pods up") — the rollout's strategy decides those, and a floor of
    all the replicas it runs (one pod of a single-replica StatefulSet) cannot hold at all."""
    role = pod_role(ctx.text) or pod_role(ctx.request.intent)
    if role is None:
        return
    if role[0] == "a rollout pace" and rx(r"\b(?:1|one|an?|single)\b").search(role[1]):
        return  # "one pod at a time": what a rolling change does
    current = int((obj.get("spec") or {}).get("replicas", 1))
    raise Clarify(
        f"{role[1]!r} is {role[0]}: a {what} of {target.describe()} replaces its {current} "
        f"pod{'s' if current != 1 else ''} under its rollout strategy, which this plan keeps "
        "as it is, and single pods are never deleted. Should it be a plain rolling "
        f"{what}, or should its maxUnavailable/maxSurge change first?"
    )


_ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        1,
    )
}
_ORDINAL = r"(\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + ")"
# "revision 3", "revision nine", "rev #4", "revision number two" (numbers as placeholders #k).
_REVISION_NUMBER = re.compile(r"\b(?:revision|rev)\s+(?:number\s+|no\.?\s*)?#(\d+)")
# "the third revision" names revision 3; "the second release back" counts back (below).
_REVISION_ORDINAL = re.compile(rf"\b{_ORDINAL}\s+(?:revision|rev)\b(?!\s+(?:back|ago|earlier))")
# "by 2 releases", "two versions back", "back two revisions", "a release back".
_STEPS = re.compile(
    r"(?:\bby\s+)?(#\d+|\ban?)\s+(?:releases?|versions?|revisions?|deploy(?:ment)?s?|rollouts?)"
    r"(?:\s+(?:back|ago|earlier|before))|\bby\s+(#\d+)\s+(?:releases?|versions?|revisions?)\b|"
    r"\bback\s+(#\d+|an?\b)\s+(?:releases?|versions?|revisions?)\b|"
    rf"\b{_ORDINAL}\s+(?:releases?|versions?|revisions?|deploy(?:ment)?s?)\s+(?:back|ago|earlier|before)\b"
)


_ROLLBACK_WORDS = frozenset(
    """revision revisions rev release releases version versions deploy deploys deployment
    deployments rollout rollouts back ago earlier before steps step times to and or of for
    please pls then now on in""".split()
)


def _ordinal(word: str) -> int:
    return int(word[:-2]) if word[:-2].isdigit() else _ORDINALS[word]


def _number_at(marker: str, nums: list[Num], what: str) -> int:
    """The count behind placeholder ``#k`` (or "a"/"an": 1), or a question naming what was said."""
    if not marker.startswith("#"):
        return 1
    num = nums[int(marker[1:])]
    if num.count is None or num.unit:
        raise Clarify(f"{num.raw!r} is not a {what} I can use: say a whole number, e.g. 2.")
    return num.count


def revision_said(text: str) -> tuple[int | None, int | None]:
    """(the revision number said, how many revisions back), each None when not said.

    Numbers are read whole, in digits or words ("revision nine", "two releases back"); any other
    bare number left in the request is a question, never dropped in favour of the previous
    revision ("roll back to revision nine" once became revision 1).
    """
    # "back a single release", "just one version back": one step.
    text = rx(
        r"\b(?:a\s+single|single|just\s+one)\s+(?=(?:releases?|versions?|revisions?|"
        r"deploy(?:ment)?s?)\b)"
    ).sub("one ", text)
    # "go back to the previous one", "the release before this one": 'one' stands for the
    # version, it counts nothing.
    text = rx(
        r"\b(previous|prior|earlier|older|old|last\s+good|good|working|stable|this|current|"
        r"latest|newest|present|bad|broken)\s+one\b"
    ).sub(r"\1 version", text)
    # "the previous image, the one before the bump", "the one that worked": 'the one' is a
    # pronoun for a version ("the one revision back" still counts).
    text = rx(
        r"\bthe\s+one\b(?!\s+(?:revision|release|version|deploy(?:ment)?|step|rollout)s?\b)"
    ).sub("the version", text)
    # "broke stripe for two of our biggest customers": a count of another thing (numbers.attached).
    # ("the new one gives 500": an HTTP status seen, no revision.)
    text = statuses_blanked(text)
    spoken, nums = placeholders(rx(r"#(?=\d)").sub("", attached(text, ids=False)))
    used: set[int] = set()
    revision = steps = None
    if m := _REVISION_NUMBER.search(spoken):
        revision = _number_at(f"#{m.group(1)}", nums, "revision number")
        used.add(int(m.group(1)))
    elif m := _REVISION_ORDINAL.search(spoken):
        revision = _ordinal(m.group(1))
    if m := _STEPS.search(spoken):
        group = next(g for g in m.groups() if g)
        steps = (
            _ordinal(group)
            if not group.startswith("#") and group not in ("a", "an")
            else (_number_at(group, nums, "count of revisions"))
        )
        used.update(int(g[1:]) for g in m.groups() if g and g.startswith("#"))
    if revision is not None and steps is not None:
        raise Clarify(
            f"I read revision {revision} and also {steps} revision(s) back: which one did you mean?"
        )
    words = spoken.split()
    for num in nums:
        at = next((i for i, w in enumerate(words) if f"#{num.index}" in w), -1)
        after = words[at + 1].strip(".,;:!?)") if 0 <= at < len(words) - 1 else ""
        # "500 errors", "3 pods are failing": a number that counts something else is no
        # revision; a bare one ("back to nine") or one counting rollouts is asked about.
        counts_other = after.isalpha() and after not in _ROLLBACK_WORDS
        # Round 44 (m44b): "roll back the cistella checkout (checkout), the new version shows
        # the calçots at 0 €": an amount of money ("0 €", "$0", "5 eur") is a price seen, no
        # revision.
        before = words[at][: words[at].find(f"#{num.index}")] if at >= 0 else ""
        counts_other = counts_other or after in _CURRENCY or before[-1:] in _CURRENCY
        if num.index in used or num.unit or after in UNIT_WORDS or num.decimal or counts_other:
            continue
        raise Clarify(
            f"I did not understand {num.raw!r} in {text!r}: is it a revision number? Say e.g. "
            "'roll back to revision 3' or '2 revisions back'."
        )
    return revision, steps


_CURRENCY = frozenset("€ $ £ ¥ ₹ eur euro euros usd gbp dollars pounds".split())


def _images(revision: Json, target: Target) -> str:
    if target.kind != "Deployment":
        return ""
    return ",".join(c.get("image", "?") for c in revision["spec"]["template"]["spec"]["containers"])


_CURRENT_SAID = re.compile(r"(?<![\w.\-:/])v?\d+(?:\.\d+)+(?:[-+][\w.]+)?(?![\w.\-])")


def _said_current(ctx: Ctx, target: Target, obj: Json) -> str | None:
    """The version said that ``target`` runs now, when it is the one to leave: the only one
    said, with a word to go back ("1.4 is broken, go back to the previous version"), or one of
    two, the other the target ("1.1.0 is broken, go back to 1.0.0"). None otherwise."""
    said = list(dict.fromkeys(_CURRENT_SAID.findall(ctx.raw)))
    if not 1 <= len(said) <= 2 or t.image_in(ctx.raw):
        return None
    running = [str(c.get("image", "")) for c in containers(obj)]
    current = [v for v in said if any(image.endswith(f":{v}") for image in running)]
    # ("back to the old one": the version running now is the one to leave, unless it is said
    # as where to go, "back to 1.1.0")
    back = r"\b(?:previous|prior|last good|earlier|before|old|older)\b|\bgo back\b|\bback to\b"
    if len(said) == 2:
        back = r"\b(?:go|get|roll|revert|take (?:it|us) )\s*back to\b|\brevert to\b"
    to_it = len(said) == 1 and _said_as_target(ctx.text, said[0])
    if len(current) == 1 and rx(back).search(ctx.text) and not to_it:
        return str(current[0])
    # "checkout 1.1.0 throwing 5xx, roll it back": the one version said runs now, and a rollback
    # never goes *to* what runs — unless it is said as where to go ("roll back to 1.1.0").
    undo = r"\broll\w*\s+(?:[\w-]+\s+){0,4}back\b|\brollback\b|\brevert\b|\bundo\b|\bback\s+out\b"
    if (
        len(said) == 1
        and len(current) == 1
        and rx(undo).search(ctx.text)
        and not _said_as_target(ctx.text, said[0])
    ):
        return str(current[0])
    return None


# A version said after "to", "at" or "on": where to go ("roll back to 1.1.0") — unless a verb
# of what happened says it ("checkout went to 1.1.0 this morning, revert it", "it was bumped to
# 1.1.0", "payments got upgraded to 2.0"): a report of what runs now, the one to leave.
_AT_VERSION = re.compile(r"\b(?:to|at|on)\s+(?:version\s+|release\s+|v)?(v?\d[\w.\-]*)")
_REPORTED_BEFORE = re.compile(
    r"\b(?:went|moved|jumped|got|was|were|been|[a-z]{3,}ed)(?:\s+(?:up|down|over|back))?\s+$"
)


def _said_as_target(text: str, version: str) -> bool:
    """Whether ``version`` is said in ``text`` as where to go ("to 1.1.0"), not reported as
    where the workload went ("went to 1.1.0")."""
    return any(
        m.group(1).rstrip(".-").lstrip("v") == version.lstrip("v")
        and not _REPORTED_BEFORE.search(text[: m.start()])
        for m in _AT_VERSION.finditer(text)
    )


# "back to the image before 1.1.0", "whatever ran prior to v2.0.0": the revision before the one
# that brought that version in (the guard reads "before" with a version as no time).
BEFORE_VERSION = re.compile(
    r"\b(?:before|prior\s+to|preceding)\s+(?:version\s+|release\s+|tag\s+)?"
    r"(v?\d+(?:\.\d+)+(?:-[\w.]+)?)(?![\w.\-])"
)


def _before(target: Target, revisions: dict[int, Json], current: int, version: str) -> int:
    """The newest revision older than the first that ran ``version``, with another image."""
    ran = sorted(r for r in revisions if _images(revisions[r], target).endswith(f":{version}"))
    if target.kind == "Deployment" and current in revisions and not ran:
        running = _images(revisions[current], target)
        raise Clarify(
            f"No revision of {target.describe()} ran {version!r} (revision {current} runs "
            f"{running}): which version or revision should it go back to?"
        )
    earlier = [
        r
        for r in revisions
        if ran and r < ran[0] and not _images(revisions[r], target).endswith(f":{version}")
    ]
    if not earlier:
        raise Clarify(
            f"{target.describe()} keeps no revision from before {version!r}: which version "
            "should it run? Say e.g. 'update it to version 1.0.0'."
        )
    return max(earlier)


def _tag_said(raw: str, obj: Json) -> str | None:
    """The version a rollback names, alone ("to 1.4") or in an image ("to ghcr.io/x/cart:1.4").
    A word:word with no digit, registry or path ("heroku releases:rollback") is a command said
    the way a PaaS CLI spells it, not an image."""
    repos = {_repository(str(c.get("image", ""))) for c in containers(obj)}
    if (image := t.image_in(raw)) and (
        not rx(r"[a-z-]+:[a-z:-]+").fullmatch(image) or _repository(image) in repos
    ):
        return image.rpartition(":")[2] if ":" in image.rpartition("/")[2] else None
    return t.version_in(raw)


def _ran(images: str, tag: str) -> bool:
    """Whether a revision's images end with ``tag``, said with or without a 'v' ("the v1.0.0
    release" is the revision that ran checkout:1.0.0)."""
    bare = tag.removeprefix("v")
    return any(images.endswith(f":{form}") for form in (tag, bare, f"v{bare}"))


def rollback(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    ctx = frameworks.own_versions(ctx, target, "roll back")
    revision, _ = revision_said(ctx.text)
    return rollback_to(ctx, target, obj, revision)


def rollback_to(ctx: Ctx, target: Target, obj: Json, wanted: int | None) -> PlanResult:
    """Restore revision ``wanted`` of ``target`` (None: the previous one)."""
    if target.kind not in ("Deployment", "StatefulSet", "DaemonSet"):
        raise Clarify(f"{target.describe()} has no rollout history.")
    history = ctx.cluster.history(target)
    if target.kind == "Deployment":
        key = "deployment.kubernetes.io/revision"
        revisions = {int(h["metadata"].get("annotations", {}).get(key, 0)): h for h in history}
        current = int(obj["metadata"].get("annotations", {}).get(key, 0))
    else:
        revisions = {int(h.get("revision", 0)): h for h in history}
        current = max(revisions, default=0)
    if wanted is not None:
        if wanted not in revisions:
            raise Clarify(
                f"{target.describe()} has revisions "
                f"{', '.join(map(str, sorted(revisions)))}; there is no revision "
                f"{wanted}. Which one?"
            )
        if wanted == current:
            raise Clarify(f"{target.describe()} already runs revision {wanted}.")
    elif (steps := revision_said(ctx.text)[1]) is None and (
        leave := _said_current(ctx, target, obj)
    ):
        # "cart 1.4 is broken, go back (to 1.3)": the version running now is the one to leave.
        left = rx(rf"(?<![\w.\-:/]){re.escape(leave)}(?![\w.\-])").sub(" ", ctx.raw)
        return rollback_to(ctx.narrowed(left), target, obj, None)
    elif m := BEFORE_VERSION.search(ctx.text):
        wanted = _before(target, revisions, current, m.group(1))
    elif steps is not None or (tag := _tag_said(ctx.raw, obj)):
        older = sorted((r for r in revisions if r < current), reverse=True)
        if steps is not None:
            if steps < 1 or steps > len(older):
                raise Clarify(
                    f"{target.describe()} has {len(older)} earlier revision(s) "
                    f"({', '.join(map(str, older)) or 'none'}): how many back exactly?"
                )
            wanted = older[steps - 1]
        else:
            # "roll back to 1.0.0": the newest earlier revision that ran that tag.
            runs = [r for r in older if _ran(_images(revisions[r], target), str(tag))]
            if not older and target.kind in ("Deployment", "StatefulSet"):
                # No earlier revision is kept (a fresh object, or history was pruned): run the
                # version said, as an image change, and say so. With a history that never ran
                # it, the version may be mistyped: that is asked below.
                result = update(ctx)
                result.category = "rollback"
                result.analysis = (
                    f"No earlier revision of {target.describe()} ran {tag!r}, so the image is "
                    f"set back to it. {result.analysis}"
                )
                return result
            if not runs:
                raise Clarify(
                    f"No earlier revision of {target.describe()} ran {tag!r} (revisions: "
                    + ", ".join(f"{r} {_images(revisions[r], target)}" for r in older)
                    + "). Which one?"
                )
            wanted = runs[0]
    else:
        older = [r for r in revisions if r < current]
        if not older:
            raise Clarify(
                f"{target.describe()} has only revision {current}: there is nothing to "
                "roll back to."
            )
        wanted = max(older)
    images = ""
    if target.kind == "Deployment":
        images = ", ".join(
            c.get("image", "?") for c in revisions[wanted]["spec"]["template"]["spec"]["containers"]
        )
    return PlanResult(
        category="rollback",
        operations=[
            RolloutUndoOp(
                target=target, to_revision=wanted, reason=f"requested: {ctx.request.intent}"
            )
        ],
        analysis=(
            f"{target.describe()} is at revision {current}. Restore revision {wanted}"
            + (f" (images: {images})" if images else "")
            + "."
        ),
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out with revision {wanted}'s template"],
    )


# ---------------------------------------------------------------------------------------------
# A restart said of a part of the workload (round 15, attack16 helper netsafe).
#
# Rule: a rollout restart replaces every pod of its workload, so a restart said of a PART of it
# is asked: a container the workload does not run ("bounce the envoy on payments", where only
# orders runs envoy; "restart the envoy proxy", read as the cache's proxy), or one of its
# instances ("the failed allocation of worker", "heroku ps:restart web.1", "nomad alloc restart
# 3f2a worker"; "nomad alloc restart on every frontend alloc" is all of them). A container it
# runs ("restart orders' envoy") is read elsewhere.
# ---------------------------------------------------------------------------------------------
_SIDECARS = frozenset("envoy istio-proxy linkerd-proxy".split())
# Container names that are everyday words too ("the api token", "app=frontend", "the sidecar").
_GENERIC = frozenset(
    "app api web main server service http https backend frontend worker job sidecar "
    "container pod db database cache".split()
)
_ONE_INSTANCE = re.compile(
    r"\b(?:the|that|this|one|a)\s+(?:failed|failing|crashed|crashing|stuck|broken|bad|"
    r"unhealthy|dead|hung|single|lone|oom-?killed)\s+(?:allocation|alloc|instance|task|dyno|"
    r"replica|container)\b(?!s)|\bps:restart\s+[a-z][\w-]*\.\d+\b|"
    # "nomad alloc restart 3f2a": one alloc; "… on every frontend alloc" is each of them.
    r"\balloc(?:ation)?\s+restart\b(?!`?\s+(?:on|for|across|of|in)\s+(?:every|all|each)\b)"
)


def part_restarted(ctx: Ctx, said: str, result: PlanResult) -> PlanResult:
    """``result``, or a question when its rollout restart is said of a part of the workload
    (see the rule above)."""
    restarts = [op for op in result.operations if isinstance(op, RolloutRestartOp)]
    if not restarts or ctx.request.refinements:
        return result
    words = said.lower()
    why = None
    if m := _ONE_INSTANCE.search(words):
        why = f"{m.group(0)!r} is one instance, and a rollout restart replaces every pod"
    else:
        # Every workload's own name is the workload, never a part ("restart orders (payments
        # restarts are forbidden)", "the payments folks signed off").
        names, runs = _names_and_parts(ctx)
        parts = (runs | _SIDECARS) - names - _GENERIC
        # ("restart the redis, not the proxy": a part kept out is no part restarted; round 29,
        # gap32b: so is one said with a word or two of description, "not the photo proxy".)
        said_parts = [
            p
            for p in parts
            if rx(rf"(?<![\w-]){re.escape(p)}(?![\w-])").search(words)
            and not rx(
                # (Round 30, gap33b: with the verb's preposition kept, "do restart of the
                # redis, not of piece images proxy".)
                rf"\b(?:not|never|nor|except|without|apart\s+from|other\s+than|besides|but)\s+"
                rf"(?:(?:of|to|for|on|with)\s+)?(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                rf"{re.escape(p)}(?![\w-])"
                # Round 34 (gap37d): or said to stay as it is ("restart the redis sts. the
                # diagram proxy stays up"): a part kept, never one restarted.
                rf"|(?<![\w-]){re.escape(p)}\s+(?:stays?|remains?|keeps?\s+(?:running|serving)|"
                r"(?:is|are)\s+(?:fine|ok|untouched|left\s+alone|not\s+to\s+be\s+\w+))\b"
            ).search(words)
        ]
        own: set[str] = set()
        image = ""
        for op in restarts:
            live = ctx.get(op.target.kind, op.target.name, op.target.api_version) or {}
            own |= {str(c.get("name")) for c in containers(live)}
            image += " ".join(str(c.get("image", "")) for c in containers(live)).lower()
        # ("the proxy in front of redis (the cache deployment)": one part said is its own.)
        absent = [p for p in said_parts if p not in own and p not in image]
        # A sidecar said ("the envoy proxy") is the part meant, whatever else is said.
        if absent and (len(absent) == len(said_parts) or set(absent) & _SIDECARS):
            where = " and ".join(op.target.describe() for op in restarts)
            why = (
                f"{absent[0]!r} is no container of {where} (it runs "
                f"{', '.join(sorted(own))}), and a rollout restart replaces every pod of it"
            )
    if why is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}: {why}. I would {changes}: which workload (or pod) exactly?"
    )


# Rule: a count said of pods that something HAPPENED to ("3 pods stopped unexpectedly on
# orders", "2 replicas got evicted") is a fact's count, never a replica count: a scale whose
# number is said only so is asked.
_EVENT_COUNT = (
    r"\s+(?:\w+\s+)?(?:pods?|replicas?|instances?|containers?|tasks?|allocations?)\s+"
    r"(?:have\s+|had\s+|were\s+|got\s+|just\s+|suddenly\s+)?(?:stopped|crashed|died|failed|"
    r"restarted|exited|went|oom-?killed|evicted|terminated|disappeared|vanished|hung|broke)\b"
)


def _decimal_factor(num: Any) -> float | None:
    """A decimal multiplier ("2.5x", "1.5 times"), or None (a whole one is a count's)."""
    if not num.decimal or num.negative or num.grouped or not num.value or num.value <= 1:
        return None
    return float(num.value)


def counted_in_fact(said: str, result: PlanResult) -> PlanResult:
    """``result``, or a question when a scale's count is said only as a fact's (see above)."""
    words = said.lower()
    for op in result.operations:
        if not isinstance(op, ScaleOp):
            continue
        n = str(op.replicas)
        spots = list(rx(rf"(?<![\w.]){n}(?![\w.])").finditer(words))
        if spots and all(rx(_EVENT_COUNT).match(words[m.end() :]) for m in spots):
            changes = "; ".join(o.summary() for o in result.operations)
            return result.held_back(
                f"You said {said.strip()!r}: {n} counts pods something happened to, not the "
                f"replicas to run. I would {changes}: say the replica count to scale to, or "
                "only the restart."
            )
    return result
