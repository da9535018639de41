"""Settings named by their words, and values said as a change from one to another.

People name an environment variable or a ConfigMap key by what it means: "my-api log level →
debug" is LOG_LEVEL, "orders batch size 10 -> 50" is BATCH_SIZE, "the payment provider" is
PROVIDER. Before the intent is read, words that spell a key that exists in the namespace (in a
ConfigMap's data or a workload's env) are written as that key, so the config rules read them
like a typed KEY:

- two or more words spelling the key ("log level", "batch-size") are always the key;
- one word ("provider", "region") only where it is said as a setting ("the provider setting")
  or with the key's current value ("from stripe to adyen", where PROVIDER is ``stripe``).

A change said "from A to B" (or "A -> B") of a key is B when A is the key's value now; when it is
not, the planner asks (what is there may not be what the speaker thinks). Example::

    name_keys("orders batch size 10 to 50", keys)   # 'orders BATCH_SIZE=50'
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from dotop_nb.planner.offline import fields, reads
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import names_in
from dotop_nb.ports import ClusterReader

Json = dict[str, Any]
T = TypeVar("T")


class Listed:
    """The namespace read once per plan for the words said before planning, and indexed once:
    the typo reader, the keys said in words and the workloads' names each need the same lists,
    and in a namespace of 2,000 Deployments a list, and every pass over it, is most of a plan's
    time. So each list is read once (on first use) and each index built from it (the workloads'
    names, the keys with their values, the namespace's words) is built once and shared
    (:meth:`once`). Only these readers use it, and they never change what they read or get; the
    plan itself reads the cluster afresh."""

    def __init__(self, cluster: ClusterReader) -> None:
        self._cluster = cluster
        self._lists: dict[tuple[str, str, str | None], list[Json]] = {}
        self._built: dict[tuple[str, str], Any] = {}

    def list_objects(self, api_version: str, kind: str, namespace: str | None = None) -> list[Json]:
        key = (api_version, kind, namespace)
        if key not in self._lists:
            self._lists[key] = self._cluster.list_objects(
                api_version, kind, namespace, stale_ok=True
            )
        return self._lists[key]

    def once(self, what: str, namespace: str, build: Callable[[Listed, str], T]) -> T:
        """``build(self, namespace)``, built on the first call for ``what`` and kept."""
        key = (what, namespace)
        if key not in self._built:
            self._built[key] = build(self, namespace)
        found: T = self._built[key]
        return found

    def derived(self, what: str, items: list[Json], build: Callable[[list[Json]], T]) -> T:
        """``build(items)`` for a list this returned, built once per list (:func:`.reads.derived`,
        kept between plans while the list holds the same objects)."""
        return reads.derived(self._cluster, what, items, build)


Lister = ClusterReader | Listed
# "the queue name", "the region value": what a one-word key is called when it is said.
_SETTING = r"(?:setting|variable|var|env(?:\s+var)?|key|value|config|flag|parameter|param|name)"
_VALUE = r"'[^']*'|\"[^\"]*\"|[^\s'\",;()]*[^\s'\",;.!?()]"
# "change the payment provider to adyen": a setting verb, the word, then its value.
_SET_VERB = (
    r"(?i:\b(?:set|change|switch|flip|point|turn|toggle|bump|make|move|raise|lower)\s+"
    r"(?:the\s+|its\s+)?(?:[\w\-]+(?:'s)?\s+)?)"
)
# Words that mean a field of Kubernetes itself when said ("max replicas 10" of an autoscaler):
# a key made of them is read only where it is said as a setting, like a one-word key.
_JARGON = frozenset(
    """replicas replica cpu memory mem port image limit limits request requests probe path
    min max surge unavailable interval schedule period""".split()
)


def keys_in(cluster: Lister, namespace: str) -> dict[str, set[str]]:
    """Every key of the namespace's ConfigMaps and literal env of its workloads, with the
    values it holds now (a variable read from elsewhere has no value of its own here). Read
    once per plan from a :class:`Listed` (do not change what it returns)."""
    if isinstance(cluster, Listed):
        return cluster.once("keys", namespace, _keys_in)
    return _keys_in(cluster, namespace)


def derive(cluster: Lister, what: str, items: list[Json], build: Callable[[list[Json]], T]) -> T:
    """``build(items)`` for a list ``cluster`` returned, kept between plans while the list holds
    the same objects (:func:`.reads.derived`)."""
    if isinstance(cluster, Listed):
        return cluster.derived(what, items, build)
    return reads.derived(cluster, what, items, build)


def _keys_in(cluster: Lister, namespace: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    lists = [cluster.list_objects("v1", "ConfigMap", namespace)]
    lists += [cluster.list_objects("apps/v1", k, namespace) for k in _WORKLOADS]
    for items in lists:
        for key, values in derive(cluster, "keys", items, _keys_of).items():
            found.setdefault(key, set()).update(values)
    return found


def _keys_of(items: list[Json]) -> dict[str, frozenset[str]]:
    """The keys of a list of ConfigMaps' data or of workloads' literal env, with their values."""
    found: dict[str, set[str]] = {}
    for obj in items:
        for key, value in (obj.get("data") or {}).items():
            found.setdefault(str(key), set()).add(str(value))
        pod = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
        for c in [*(pod.get("containers") or []), *(pod.get("initContainers") or [])]:
            for e in c.get("env") or []:
                values = found.setdefault(str(e.get("name")), set())
                if "value" in e:
                    values.add(str(e["value"]))
    return {k: frozenset(v) for k, v in found.items() if rx(r"[A-Z][A-Z0-9_]{1,62}").fullmatch(k)}


def _spelled(key: str) -> str:
    """The words of ``key`` as a pattern: LOG_LEVEL → 'log[ _-]?level' (any case)."""
    return r"[\s_\-]+".join(re.escape(w) for w in key.lower().split("_"))


def workload_names(cluster: Lister, namespace: str) -> frozenset[str]:
    """The names of the namespace's workloads (a key spelled from one is not read in words);
    built once per plan from a :class:`Listed`."""
    if isinstance(cluster, Listed):
        return cluster.once("names", namespace, _workload_names)
    return _workload_names(cluster, namespace)


_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet")


def _workload_names(cluster: Lister, namespace: str) -> frozenset[str]:
    return _union(
        tuple(
            derive(cluster, "names", cluster.list_objects("apps/v1", kind, namespace), _names_of)
            for kind in _WORKLOADS
        )
    )


# The last few unions made, by the sets they were made of (kept, so that their ids are theirs):
# while the lists hold the same objects, each plan gets the same set of names, and what is
# derived from it by identity (:func:`.text.names_in`) is made once, not once per plan.
_unions: OrderedDict[tuple[int, ...], tuple[tuple[frozenset[str], ...], frozenset[str]]] = (
    OrderedDict()
)
_unions_lock = threading.Lock()


def _union(parts: tuple[frozenset[str], ...]) -> frozenset[str]:
    key = tuple(map(id, parts))
    with _unions_lock:
        held = _unions.get(key)
        if held is not None and all(a is b for a, b in zip(held[0], parts, strict=True)):
            _unions.move_to_end(key)
            return held[1]
    union = frozenset().union(*parts)
    with _unions_lock:
        _unions[key] = (parts, union)
        while len(_unions) > 8:
            _unions.popitem(last=False)
    return union


def object_names(cluster: Lister, namespace: str) -> frozenset[str]:
    """The names of the namespace's workloads and ConfigMaps: the places a setting is said to
    live in ("put LOG_LEVEL in payments-config"); the lists are those read once per plan."""
    cms = cluster.list_objects("v1", "ConfigMap", namespace)
    return workload_names(cluster, namespace) | derive(cluster, "names", cms, _names_of)


def service_names(cluster: Lister, namespace: str) -> frozenset[str]:
    """The names of the namespace's Services (read once per plan)."""
    services = cluster.list_objects("v1", "Service", namespace)
    return derive(cluster, "names", services, _names_of)


def _names_of(items: list[Json]) -> frozenset[str]:
    return frozenset(str(obj["metadata"]["name"]) for obj in items)


def workload_parts(cluster: Lister, namespace: str) -> frozenset[str]:
    """The words that name a part of a namespace's workload: its containers' names and what
    their images run ("proxy", "envoy", "cache-proxy"); built once per plan."""
    if isinstance(cluster, Listed):
        return cluster.once("parts", namespace, _workload_parts)
    return _workload_parts(cluster, namespace)


def _workload_parts(cluster: Lister, namespace: str) -> frozenset[str]:
    return frozenset().union(
        *(
            derive(cluster, "parts", cluster.list_objects("apps/v1", kind, namespace), _parts_of)
            for kind in _WORKLOADS
        )
    )


def _parts_of(items: list[Json]) -> frozenset[str]:
    found: set[str] = set()
    for obj in items:
        pod = obj.get("spec", {}).get("template", {}).get("spec", {})
        for c in pod.get("containers", []):
            found.add(str(c.get("name", "")).lower())
            image = str(c.get("image", "")).rsplit("/", 1)[-1].split("@", 1)[0].split(":", 1)[0]
            found.add(image.lower())
    return frozenset(found - {""})


def counted_names(cluster: Lister, namespace: str) -> frozenset[str]:
    """The names of the workloads a bare whole number can only count ("frontend to 8"): every
    container's image is tagged with a dotted version or pinned by digest. A workload tagged
    "42" or "latest" may be asked for "43" as its version (:func:`.chat.verbless`)."""
    return frozenset().union(
        *(
            derive(
                cluster, "counted", cluster.list_objects("apps/v1", kind, namespace), _counted_of
            )
            for kind in _WORKLOADS
        )
    )


# An image whose tag is a dotted version ("…:2.1.0", "…:v1.30.1", "…:16.4-alpine") or a digest.
_DOTTED = re.compile(r"(?::v?\d+\.\d+[\w.\-]*|@sha256:[0-9a-f]+)$")


def _counted_of(items: list[Json]) -> frozenset[str]:
    found = set()
    for obj in items:
        pod = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
        images = [str(c.get("image") or "") for c in pod.get("containers") or []]
        if images and all(_DOTTED.search(i) for i in images):
            found.add(str(obj["metadata"]["name"]))
    return frozenset(found)


def name_keys(text: str, keys: dict[str, set[str]], names: frozenset[str] = frozenset()) -> str:
    """``text`` with keys said in words written as the keys, and "KEY from A to B" as KEY=B.
    A key whose words start with a workload's name ("postgres db" for POSTGRES_DB) is not
    read in words: "back up the postgres db" names the workload.

    Raises :class:`Clarify` when A is not what the key holds now."""
    # "payments provider to adyen": a one-word key said right after its workload's name, with
    # no verb, at the head of a clause (round 17, the verbless orders of :mod:`.chat`).
    # Of the names, only those whose letters occur in the text (a pattern of 2,000 names costs
    # more to build than the plan's own reading).
    owner = "|".join(re.escape(n) for n in sorted(names_in(text, names), key=len, reverse=True))
    verbless = (
        {
            m.group(1).lower()
            for m in rx(
                rf"(?:^|[.,;:!?]\s+)(?i:{owner})(?:'s)?\s+([\w\-]+)\s+(?i:to)\s+(?!\d)"
            ).finditer(text)
        }
        if owner
        else set()
    )
    for key in sorted(keys, key=len, reverse=True):
        words = key.lower().split("_")
        current = keys[key]
        if any("-".join(words[:i]) in names for i in range(1, len(words) + 1)):
            continue
        if len(words) >= 2 and not _JARGON & set(words):
            pattern = rf"(?<![\w\-])(?i:{_spelled(key)})(?![\w\-])"
            text, count = rx(pattern).subn(key, text)
            if count:
                # "my-api log level debug plz": the key now said last after its workload.
                text = fields.key_last(text, keys, names)
            continue
        word = rf"(?<![\w\-./:=@])(?i:{re.escape(key)})(?![\w\-/:=@])"
        if (
            rx(
                rf"{word}\s+(?i:{_SETTING})\b|{_SET_VERB}{word}(?:\s+(?i:of|for|on|in)\s+[\w\-]+)?"
                r"(?:\s+(?i:up|down|over|back))?\s+(?i:to)\s+(?!\d)"
            ).search(text)
            or key.lower() in verbless
            or any(rx(rf"\bfrom\s+{re.escape(v)}\s+to\b", re.I).search(text) for v in current if v)
        ):
            text = rx(word).sub(key, text)
    text = _named_after(text)
    text = _pointed_at(text, keys)
    if "LOG_LEVEL" in keys:
        # "turn on debug logging for my-api": the level the words name.
        text = rx(
            r"(?i)\b(?:turn\s+on|enable|switch\s+on|switch\s+to|set)\s+(debug|trace)\s+"
            r"(?:logging|logs|log\s+level)\b"
        ).sub(lambda m: f"set LOG_LEVEL={m.group(1).lower()}", text)
        # "turn my-api logging up to debug", "set the payments log level to warn": the level
        # said of the logging words, on the workload said with them.
        text = rx(
            r"(?i)\b(?:turn|set|bump|crank|put|switch|change|raise|drop|dial)\s+(?:(?:up|down)\s+)?"
            r"(?:the\s+)?(?:(?P<who>[a-z0-9][\w\-]*?)(?:'s)?\s+)?(?:logging|logs|log\s+level)\s+"
            r"(?:(?:up|down|back)\s+)?to\s+(?P<level>debug|trace|info|warn|warning|error)\b"
        ).sub(
            lambda m: (
                f"set LOG_LEVEL={m['level'].lower()}"
                + (f" on {m['who']}" if m["who"] and m["who"].lower() != "the" else "")
            ),
            text,
        )
    for key in keys:
        # "the PROVIDER setting to adyen": the noun said after the key is not the value.
        text = rx(rf"\b({key})\s+(?i:{_SETTING})\s+(?=(?i:to|should|must|=)\b|=)").sub(r"\1 ", text)
    return _changes(text, keys)


# "point orders at the orders-v2 queue", "switch the orders service to the orders-v2 queue": a
# value, then the word of the one key it is a value of.
_POINTED = re.compile(
    r"\b(?i:point|re-?point|switch)\s+(?P<who>[^,;.]+?)\s+(?:(?i:over)\s+)?(?i:at|to)\s+"
    rf"(?:(?i:the|a)\s+)?(?P<value>{_VALUE})\s+(?P<word>[A-Za-z]+)\b(?!\s*[=:])"
)


def _pointed_at(text: str, keys: dict[str, set[str]]) -> str:
    """ "point orders at the orders-v2 queue" → "point QUEUE at orders-v2 on orders" where
    QUEUE is a key of the namespace spelled by that one word (never a word of Kubernetes)."""
    m = _POINTED.search(text)
    if m is None or m.group("word").lower() in _JARGON:
        return text
    key = m.group("word").upper()
    if key not in keys or "=" in m.group("value"):
        return text
    said = f"point {key} at {m.group('value')} on {m.group('who')}"
    return f"{text[: m.start()]}{said}{text[m.end() :]}"


def _changes(text: str, keys: dict[str, set[str]]) -> str:
    """ "KEY from A to B", "KEY A to B", "switch … from A to B (the KEY setting)": KEY=B."""
    said = [k for k in keys if rx(rf"\b{k}\b").search(text)]
    if len(said) != 1:
        return text
    key = said[0]
    direct = rx(
        rf"\b{key}\b(?:\s+(?i:{_SETTING}))?\s+(?:(?:should|must|has to|needs to|is to)\s+"
        rf"(?:go|change|be changed|be switched|switch|move)\s+)?(?P<from>from\s+)?"
        rf"(?P<old>{_VALUE})\s+to\s+(?P<new>{_VALUE})"
    ).search(text)
    # "switch payments from stripe to adyen (the PROVIDER setting)": the values apart from
    # the key, read only when nothing else is assigned and the key holds the old value now.
    m = direct or (
        None
        if "=" in text
        else rx(rf"\bfrom\s+(?P<old>{_VALUE})\s+to\s+(?P<new>{_VALUE})").search(text)
    )
    if m is None:
        return text
    old, new = _unquoted(m.group("old")), _unquoted(m.group("new"))
    current = keys[key]
    if old not in current:
        if not current or direct is None or not direct.group("from"):
            # "the PROVIDER setting to adyen": no old value was said.
            return text
        raise Clarify(
            f"You said {key} goes from {old!r}, but it is "
            f"{' / '.join(repr(v) for v in sorted(current))} now. Set it to {new!r} anyway? "
            f"Say {key}={new}."
        )
    if m.group(0).startswith(key):
        return f"{text[: m.start()]}{key}={m.group('new')}{text[m.end() :]}"
    # "switch payments from stripe to adyen (the PROVIDER setting)": the change where the
    # values are, the key's own mention dropped.
    changed = f"{text[: m.start()]}{key}={m.group('new')}{text[m.end() :]}"
    mention = rf"\s*\(?(?:the\s+|its\s+)?(?<!=)\b{key}\b(?!=)(?:\s+(?i:{_SETTING}))?\)?"
    return rx(mention).sub("", changed, 1)


def _named_after(text: str) -> str:
    """ "Timezone … should be Europe/Berlin (TZ variable)": the key named after its value, in
    parentheses, is the key the value is for (KEY=value where the value is said)."""
    m = rx(rf"\s*\(\s*(?:the\s+)?([A-Z][A-Z0-9_]{{1,62}})\s+(?i:{_SETTING})\s*\)").search(text)
    if m is None:
        return text
    rest = text[: m.start()] + text[m.end() :]
    if rx(r"\b[A-Z][A-Z0-9_]{1,62}\s*=").search(rest):
        return text  # another key is assigned: which value is whose is not for us to guess
    said = list(
        rx(rf"\b(?i:should|must|has to|needs to|is to)\s+(?i:be|become)\s+(?={_VALUE})").finditer(
            rest
        )
    )
    if len(said) != 1:
        return text
    return f"{rest[: said[0].start()]}{m.group(1)}={rest[said[0].end() :]}"


def _unquoted(value: str) -> str:
    return value[1:-1] if value[:1] in "'\"" and value[-1:] == value[:1] else value
