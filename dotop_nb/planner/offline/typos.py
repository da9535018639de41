"""Words mistyped on call ("sclae it to 6", "restrat redis pls"), read as the planner's words.

People on call type fast; a swapped or dropped letter in an ordinary word should not turn a
plain request into "I cannot tell what to do". Before the intent is read, every word that is
*not known* is compared with the planner's vocabulary and, when exactly one vocabulary word is
nearest and close enough, read as that word (the proposal says so: "read 'sclae' as 'scale'").

- Known (never changed): English words (the package's WordPiece word list, :data:`WORDS`), the
  vocabulary itself, words used in two or more labelled examples, quantities, and every name,
  key, label and value in the namespace. A typo is a word that is none of these.
- Eligible: a lower-case word of letters only (a capital first letter allowed), outside quotes,
  not in a value position ("to …" after a setting, "= …", "from …", after a KEY). Anything with
  digits, ``- _ / : = .`` or capitals inside may be a name or a value and is left as said.
- Close enough: Damerau-Levenshtein (optimal string alignment: a swap is one edit) distance 1,
  2 for words of eight letters or more; three-letter words only by a swap ("teh"). Two
  vocabulary words equally near: left as said.
- The vocabulary is collected, not listed: the plain words of every registered cue
  (:mod:`.catalog`), the concept phrases of :mod:`dotop_nb.lexical` and its stop words.
- Never into a destructive word: a word one edit from "delete", "kill", "drop" … is asked
  ("did you mean 'delete'?"). Never into a number (that would be a different number than said).
- A workload's name is never corrected silently: a word one or two edits from exactly one
  workload's name is asked ("did you mean payments?").

Example::

    correct("sclae it to 6", known=frozenset(), names=frozenset({"frontend"}))
    # Reading(text='scale it to 6', read=(('sclae', 'scale'),))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from dotop_nb import lexical
from dotop_nb.planner.offline import guard, spoken, voices
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.numbers import UNITS
from dotop_nb.planner.offline.registry import REGISTRY
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS
from dotop_nb.ports import PlanRequest

EXAMPLES = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "intents.yaml"
# The English words of the package's WordPiece vocabulary (the one the optional embedder reads):
# a general word list of 30 000 entries that holds no misspelling to speak of, so a word found
# there ("sale", "code", "cold", "billing") was meant as typed.
WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "bert-base-uncased-vocab.txt"
# Words whose misspelling is asked, never read: a deletion happens only when said exactly.
# ("rm", "rid" and "tear" are too short or only destructive in a phrase: "get rid of".)
DESTRUCTIVE = frozenset(
    """delete deletes deleting deleted remove removes removing removed destroy destroying drop
    dropping purge purging wipe wiping erase erasing kill killing uninstall decommission nuke
    terminate terminating unset teardown""".split()
)
# Function words and chat shorthand the stop-word list of :mod:`dotop_nb.lexical` leaves out.
_ENGLISH = frozenset(
    """about above across after again against ago all almost along already also although always
    am among another around away back because before behind below beside besides between both
    down during either else enough even ever every few first from further here however instead
    last later least less like little many maybe more most much neither never next no nor not
    now off often once one onto other others out over own per rather same since soon still such
    sure though through till today tomorrow tonight under unless until up upon via well whether
    whole within without yet yes yesterday pls plz thx thanks ty asap btw fyi imo tbh rn lgtm
    wip eod eta ok okay yeah yep nope hey hi hello dont cant wont shouldnt doesnt isnt didnt
    wouldnt couldnt arent havent wasnt""".split()
)
# Nor is anything read *into* a word that removes ("tear down", "get rid of", "scrap it").
_NEVER_INTO = DESTRUCTIVE | frozenset(
    "tear rid rip ditch scrap strip prune evict drain retire clean cleanup obsolete".split()
)
_DESTRUCTIVE_BY_LETTER = {
    letter: tuple(sorted(w for w in DESTRUCTIVE if w[0] == letter)) for letter in "dknprtuw"
}
_NUMBERS = frozenset(UNITS) | frozenset(rx(r"[a-z]+").findall(COUNT_WORDS))
_WORD = re.compile(r"[A-Za-z]?[a-z]+")
_EDGE = "\"'`()[]{}<>,.!?;:…"
_QUOTED = re.compile(r"\"[^\"]*\"|`[^`]*`|(?<!\w)'[^']*'(?!\w)")
# The word after these is a value ("set LOG_LEVEL to debgu"), not a word of the request …
_VALUE_BEFORE = frozenset({"to", "=", "from", "as", "into", "is", "are", "be"})
# … unless "to" is an infinitive ("I need to restrat redis").
_INFINITIVE = frozenset(
    """want wants wanted need needs needed have has had going try trying tried able how like
    please pls wanna got supposed time forgot remember""".split()
)
_KEY = re.compile(r"[A-Z][A-Z0-9_]{1,62}")


@dataclass(frozen=True)
class Reading:
    """The intent with its mistyped words read, and what was read as what."""

    text: str
    read: tuple[tuple[str, str], ...] = ()

    def note(self) -> str:
        """The words read, for the proposal's analysis ("" when none was)."""
        if not self.read:
            return ""
        return "Read " + ", ".join(f"{a!r} as {b!r}" for a, b in self.read) + "."


def _neighbours() -> frozenset[tuple[str, str]]:
    """Pairs of keys next to each other on a QWERTY keyboard (a slipped finger)."""
    rows = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
    pairs: set[tuple[str, str]] = set()
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near = [row[c + 1]] if c + 1 < len(row) else []
            if r + 1 < len(rows):
                # A key of the row below sits under this key and the one to its left.
                near += [rows[r + 1][k] for k in (c - 1, c) if 0 <= k < len(rows[r + 1])]
            pairs.update((a, b) for n in near for a, b in ((key, n), (n, key)))
    return frozenset(pairs)


_NEAR_KEYS = _neighbours()


def distance(a: str, b: str, limit: int = 2) -> int:
    """How many slips of typing turn ``b`` into ``a`` (a swap of neighbouring letters, a letter
    left out or added, a key next to the right one: one each; another letter in its place: two),
    or ``limit + 1`` when it is more than ``limit``. The first letter is rarely the slip, so a
    word that starts otherwise is further than any limit ("gone" is not "zone")."""
    if abs(len(a) - len(b)) > limit or not a or not b or a[0] != b[0]:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            x, y = a[i - 1], b[j - 1]
            cost = 0 if x == y else 1 if (x, y) in _NEAR_KEYS else 2
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)


def _inflected(a: str, b: str) -> bool:
    """Whether one word starts the other ("base" / "based", "workload" / "workloads"): another
    form of a word, or the word cut short, not a slip of typing."""
    return a.startswith(b) or b.startswith(a)


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` letters left out (the symmetric-delete index's keys)."""
    return {
        "".join(c for k, c in enumerate(word) if k not in gone)
        for n in range(depth + 1)
        for gone in combinations(range(len(word)), n)
    }


def _cue_words(source: str) -> set[str]:
    """The whole words of a cue pattern: ``\\breplicas?\\b`` gives replicas and replica; a
    fragment such as ``auto-?scal`` is dropped by :func:`vocabulary` (no example uses it)."""
    words: set[str] = set()
    plain = rx(r"\\[A-Za-z]|\[[^\]]*\]|\{[^}]*\}|\(\?[:!=<]+").sub(" ", source)
    for m in rx(r"(?<![A-Za-z])([a-z]{3,})(\?)?(?![A-Za-z(])").finditer(plain):
        word = m.group(1)
        words.add(word)
        if m.group(2):
            words.add(word[:-1])
    return words


def _stemmed_words(source: str) -> set[str]:
    """The whole words a cue pattern spells as a stem and its endings: ``capabilit(?:y|ies)``
    gives capability and capabilities (round 40, gap43b: a slip of one, "capabilites", is read
    as it; no example need use them, each is a word the cue reads whole)."""
    return {
        m.group(1) + end
        for m in rx(
            r"(?<![A-Za-z\\])([a-z]{3,})\(\?:((?:[a-z]+\|)+[a-z]+)\)(?![A-Za-z(?*+{])"
        ).finditer(source)
        for end in m.group(2).split("|")
    }


@lru_cache(maxsize=1)
def _examples() -> dict[str, int]:
    """How many labelled examples (the dev half, as :mod:`.understand` reads) use each word."""
    counts: dict[str, int] = {}
    phrasings: list[str] = [e for c in REGISTRY.values() for e in c.examples]
    if EXAMPLES.exists():
        data: list[dict[str, Any]] = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8")) or []
        phrasings += [str(case["intent"]) for case in data if case.get("split") == "dev"]
    for phrasing in phrasings:
        for word in set(rx(r"[a-z]+").findall(phrasing.lower())):
            counts[word] = counts.get(word, 0) + 1
    return counts


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The words the planner reads: every cue's whole words that the examples use too, the
    concept phrases and the stop words — never a number or a destructive word."""
    examples = _examples()
    cued = {w for c in REGISTRY.values() for cue in c.cues for w in _cue_words(cue.pattern.pattern)}
    concepts = {w for phrases in lexical.CONCEPTS.values() for p in phrases for w in p.split()}
    stemmed = {
        w for c in REGISTRY.values() for cue in c.cues for w in _stemmed_words(cue.pattern.pattern)
    }
    words = {w for w in cued if w in examples} | stemmed | concepts | lexical.STOP_WORDS | _ENGLISH
    return frozenset(
        w
        for w in words
        if w.isalpha() and w not in _NUMBERS | _NEVER_INTO and not guard.destructive_in(w)
    )


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The symmetric-delete index of the vocabulary, and every word known without a look-up."""
    index: dict[str, set[str]] = {}
    for word in vocabulary():
        for key in _deletions(word, 2 if len(word) >= 7 else 1):
            index.setdefault(key, set()).add(word)
    english: set[str] = set()
    if WORDS.exists():
        english = set(rx(r"^[a-z]{2,}$", re.M).findall(WORDS.read_text(encoding="utf-8")))
    common = {w for w, n in _examples().items() if n >= 2}
    known = vocabulary() | _NEVER_INTO | _NUMBERS | common | english
    # Round 40 (oa46): a greeting or an end tag of another tongue is meant as typed ("Tere,
    # delete …" was "There, delete …"); never a word a typo is read into.
    known |= {w for said in (voices.GREETINGS, voices.END_TAGS) for p in said for w in p.split()}
    return {k: frozenset(v) for k, v in index.items()}, frozenset(known)


def english() -> frozenset[str]:
    """Every word known without a look-up: English words, the vocabulary, the examples' words."""
    return _index()[1]


def cluster_words(cluster: spoken.Lister, namespace: str) -> frozenset[str]:
    """The words of every name, label, container, key and value in the namespace: a word
    that names something there is never read as another. Built once per plan from a
    :class:`~dotop_nb.planner.offline.spoken.Listed`."""
    if isinstance(cluster, spoken.Listed):
        return cluster.once("words", namespace, _cluster_words)
    return _cluster_words(cluster, namespace)


def _cluster_words(cluster: spoken.Lister, namespace: str) -> frozenset[str]:
    # Every text gathered first, then its words found in one pass (a pass per text is most of
    # the time in a namespace of 2,000 Deployments); one text per line keeps them apart.
    said: list[str] = []
    add = said.append
    for version, kind in (
        ("apps/v1", "Deployment"),
        ("apps/v1", "StatefulSet"),
        ("apps/v1", "DaemonSet"),
        ("v1", "ConfigMap"),
        ("v1", "Service"),
    ):
        for obj in cluster.list_objects(version, kind, namespace):
            meta = obj.get("metadata") or {}
            add(str(meta.get("name")))
            for key, value in (meta.get("labels") or {}).items():
                add(str(key))
                add(str(value))
            for key, value in (obj.get("data") or {}).items():
                add(str(key))
                add(str(value)[:200])
            pod = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
            for c in [*(pod.get("containers") or []), *(pod.get("initContainers") or [])]:
                add(str(c.get("name")))
                for e in c.get("env") or []:
                    add(str(e.get("name")))
                    add(str(e.get("value", ""))[:200])
    return frozenset(rx(r"[a-z]+").findall("\n".join(said).lower()))


def _known(word: str, known: AbstractSet[str]) -> bool:
    if word in known:
        return True
    # "restarted", "probes", "scaling": an inflection of a known word is known.
    for suffix in ("s", "es", "ed", "d", "ing", "ly", "r", "er", "ers"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in known or stem + "e" in known:
                return True
    return False


def _nearest(word: str, limit: int) -> list[tuple[int, str]]:
    index, _ = _index()
    candidates = {c for key in _deletions(word, limit) for c in index.get(key, ())}
    scored = sorted((distance(word, c, limit), c) for c in candidates)
    return [(d, c) for d, c in scored if d <= limit]


def near(word: str) -> bool:
    """Whether ``word`` is one edit from a word the planner knows (a typo :func:`correct` may
    read as it: "replicsa")."""
    return bool(_nearest(word, 1))


def _value_position(tokens: list[str], i: int) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1].strip(_EDGE)
    if before.endswith("=") or _KEY.fullmatch(before):
        return True
    if before.lower() not in _VALUE_BEFORE:
        return False
    return not (
        before.lower() == "to" and i >= 2 and tokens[i - 2].strip(_EDGE).lower() in _INFINITIVE
    )


def correct(
    text: str,
    *,
    known: Iterable[str] | Callable[[], Iterable[str]],
    names: Iterable[str] | Callable[[], Iterable[str]],
) -> Reading:
    """``text`` with its mistyped words read as the planner's (see the module docstring).
    ``known`` are the namespace's words (:func:`cluster_words`), ``names`` its workloads'; either
    may be a function, called only when a word is unknown without them (most intents have none,
    and then the namespace is never listed).
    Raises :class:`Clarify` for a word near a destructive word or a workload's name."""
    _, common = _index()
    lazy: dict[str, Any] = {}

    def here() -> AbstractSet[str]:
        if "known" not in lazy:
            words = known() if callable(known) else known
            lazy["known"] = words if isinstance(words, (set, frozenset)) else frozenset(words)
        found: AbstractSet[str] = lazy["known"]
        return found

    def workloads() -> tuple[str, ...]:
        if "names" not in lazy:
            lazy["names"] = tuple(sorted(set(names() if callable(names) else names)))
        found: tuple[str, ...] = lazy["names"]
        return found

    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans = list(rx(r"\S+").finditer(text))
    tokens = [m.group(0) for m in spans]
    pieces: list[str] = []
    read: list[tuple[str, str]] = []
    last = 0
    for i, m in enumerate(spans):
        token = m.group(0)
        core = token.strip(_EDGE)
        word = core.lower()
        if (
            not _WORD.fullmatch(core)
            or len(word) < 3
            or any(a <= m.start() < b for a, b in quoted)
            or _known(word, common)
            or _value_position(tokens, i)
            or _known(word, here())
        ):
            continue
        replacement = _read(word, workloads())
        if replacement is None:
            continue
        if core[0].isupper():
            replacement = replacement.capitalize()
        start = m.start() + token.index(core)
        pieces += [text[last:start], replacement]
        last = start + len(core)
        read.append((core, replacement))
    pieces.append(text[last:])
    return Reading("".join(pieces), tuple(read))


@lru_cache(maxsize=4096)
def _read(word: str, workloads: tuple[str, ...]) -> str | None:
    """The vocabulary word ``word`` is a typo of, or None; asks when it may be a destructive
    word or a workload's name."""
    limit = 2 if len(word) >= 8 else 1
    nearest = _nearest(word, limit)
    if any(c == word + "s" for _, c in nearest) and not word.endswith("s"):
        # "annotation" is the singular of a vocabulary word, not a slip ("readines" is one: a
        # word in -s does not take another).
        return None
    # "replicaset" is not "replicas" mistyped: a word that goes on past another is its own.
    nearest = [(d, c) for d, c in nearest if not word.startswith(c)]
    if len(word) == 3:
        # Three letters are one edit from too much: only a swap is read ("teh").
        nearest = [(d, c) for d, c in nearest if sorted(c) == sorted(word) and d == 1]
    best = nearest[0][0] if nearest else limit + 1
    bad = [d for d in _DESTRUCTIVE_BY_LETTER.get(word[0], ()) if distance(word, d, 1) <= 1]
    # "deleted" is a form of "delete"; "delet" cut short is not: it is asked like a slip.
    if len(word) >= 4 and bad and not any(word.startswith(d) for d in bad):
        others = [c for d, c in nearest if d <= 1]
        options = " or ".join(repr(w) for w in [*bad[:1], *others[:2]])
        raise Clarify(
            f"I do not know the word {word!r}: did you mean {options}? Nothing is deleted "
            "unless it is said exactly; say the request again with the word spelled out."
        )
    near_names = [
        n
        for n in workloads
        if len(word) >= 4
        and not _inflected(word, n)
        and distance(word, n, 2) <= min(best, 1 if len(n) < 6 else 2)
    ]
    if len(near_names) == 1:
        raise Clarify(
            f"I do not know {word!r}: did you mean {near_names[0]}? Name the workload exactly "
            "(a name is never corrected without asking)."
        )
    if near_names:
        return None
    at_best = [c for d, c in nearest if d == best]
    if len(at_best) > 1 and all(_inflected(at_best[0], c) for c in at_best):
        # "replicsa": replica and replicas are one word; the form as long as the typed one.
        at_best = [c for c in at_best if len(c) == len(word)]
    return at_best[0] if len(at_best) == 1 else None


def read(request: PlanRequest, cluster: spoken.Lister) -> tuple[PlanRequest, str]:
    """``request`` with the mistyped words of its intent and answers read, and the note that
    says what was read as what. A workload's name near a word is asked only about the intent
    itself: an answer naming the workload is how that question is answered."""
    listed: dict[str, frozenset[str]] = {}

    def known() -> frozenset[str]:
        if "words" not in listed:
            listed["words"] = cluster_words(cluster, request.namespace)
        return listed["words"]

    def names() -> frozenset[str]:
        return (
            frozenset()
            if request.refinements
            else spoken.workload_names(cluster, request.namespace)
        )

    intent = correct(request.intent, known=known, names=names)
    answers = [correct(r, known=known, names=()) for r in request.refinements]
    said = [*intent.read, *(pair for a in answers for pair in a.read)]
    note = Reading("", tuple(said)).note()
    if not said:
        return request, ""
    return replace(request, intent=intent.text, refinements=[a.text for a in answers]), note
