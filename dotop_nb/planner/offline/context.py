"""What every rule of the offline planner needs: the intent's words and the live objects they name.

Targets are resolved with a GET per candidate name and kind — never by listing every workload, so a
namespace with thousands of Deployments costs the same as one with three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, Target
from dotop_nb.planner.offline import reads
from dotop_nb.planner.offline.followers import (
    held_word,
    inner_part,
    other_pair,
    other_thing,
    plain_word,
)
from dotop_nb.planner.offline.numbers import NUMBER_WORDS
from dotop_nb.planner.offline.plainwords import copy_word
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import DESTRUCTIVE
from dotop_nb.ports import ClusterReader, PlanRequest

Json = dict[str, Any]

# "_" stays inside a word: "cart_remover" is one (invalid) name, never the workload "cart".
_TOKEN = re.compile(r"[a-z0-9_][a-z0-9_\-.]*[a-z0-9_]|[a-z0-9]")
# Words of intents that are never object names (kept short: a real object named like one of
# these is still found when the intent names nothing else).
_STOP_WORDS = """a an the to of for in on at by and or with my our your its it this that these those
    please plz pls thanks thank thx ty cheers asap build builds deploys rollouts releases
    along together alongside
    now all everything every some any be is are was should must can could may might will would
    so only just also too very then than up down out off over into onto from via per
    scale scaled scaling replicas replica pods pod instances instance copies set change make
    update upgrade downgrade deploy roll rollback back undo revert previous last latest version
    image tag release revision deployment deployments statefulset daemonset app application
    service services container containers more fewer less times double halve half triple new
    old run running increase decrease reduce bump use namespace restart restarts bounce
    recycle rolling rollout delete remove tear get rid belongs belong belonging everything
    including include its config configmap configuration env environment variable var vars key
    value add enable disable autoscaling autoscale autoscaler hpa keda horizontal automatically
    load itself between min max minimum maximum minimal maximal target cpu memory mem request
    requests limit
    limits resources resource give raise lower highly available availability ha survive node
    failure zone zones redundancy redundant resilient keep keeps running goes monitoring
    monitor metrics prometheus observability scrape want need back backup backups backed
    snapshot snapshots nightly daily night day hourly hours hour weekly every each am pm
    only may reach call talk access allow traffic deny ingress egress except restrict lock
    network policy secure isolate without downtime zero no rolled out sure take let i we
    there what which who fix better something thing things stack needs wants has have gets
    fault tolerant tolerance move put ship give gives another extra additional further"""
# Words of the coverage builders (probes, budgets, placement, strategy, sizing, netpol).
_COVERAGE_WORDS = """probe probes readiness liveness startup health check checks pdb budget drain
    drains blocks blocking relax across spread guaranteed qos zero-downtime downtime sidecar
    mount mounted anti-affinity affinity fragile default dns period seconds secs surge"""
# Words of pod security, monitoring, backup and availability requests ("run cart as non-root",
# "svcmonitor for cart scraping /metrics", "a postgres dump weekly").
_ADDON_WORDS = """as root non-root nonroot filesystem fs read-only readonly capabilities caps
    privilege escalation seccomp token account user group harden hardened scraping scraped
    annotations annotation annotate interval path port servicemonitor servicemonitors
    svcmonitor podmonitor dump dumps pg_dump mysqldump database db schedule cron job cronjob
    velero ttl retain retention days weeks midnight noon labelled labeled selector maintenance
    nodes different prefer possible land outbound inbound outgoing incoming"""
# Number words end a name too ("give cart one more replica").
STOP = (
    frozenset(_STOP_WORDS.split())
    | frozenset(_COVERAGE_WORDS.split())
    | frozenset(_ADDON_WORDS.split())
    | NUMBER_WORDS
)

# Words after a name that never continue it: not worth a read of the cluster.
_GRAMMAR = frozenset(
    "to a an the of for in on at by and or with from into via is are was be its it this that "
    "up down back now please".split()
)
# "… on my-api", "… in each pod": the owner of processes said after them.
_OWNER_AFTER = re.compile(
    r"\b(?:on|of|in|inside|within)\s+(?:the\s+|each\s+|every\s+)?([a-z][\w\-]*)"
)
# Where :meth:`Ctx.object_names` keeps what it read (no object is called that).
_OBJECT_NAMES = "\0object-names"
_NUMBER_SAID = re.compile(rf"\d|\b(?:{'|'.join(sorted(NUMBER_WORDS))})\b", re.I)
# Kinds whose object called "<workload>-<word>" makes "<workload> <word>" a question.
_OTHER_KINDS = ("Service", "ConfigMap", "CronJob", "Job", "HorizontalPodAutoscaler")


class Clarify(Exception):
    """Raised by a rule that needs the user to say more; the message is the question."""

    def __init__(self, question: str, *, slot: str | None = None) -> None:
        self.question = question
        # What is missing ("replicas"): an answer that fills it is merged into the request.
        self.slot = slot
        super().__init__(question)


# A word said negated or left out: "not the proxy", "except envoy", "but not redis".
_WORD = re.compile(r"[a-z0-9][\w\-]*")
# A word typed in camelCase ("runAsUser", "podAntiAffinity"): a field's name (round 28).
_CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+")
_KEBAB_BOUND = re.compile(r"(?:min|max)[-_](?:replicas|pods)")
_NEGATED_WORD = re.compile(
    # (Not a verb said negated: "drains do not finish on orders", "it never starts".)
    r"(?:(?<![\w'])(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid\s)"
    r"(?<!\bcan\s)(?<!\bwill\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bhas\s)(?<!\bhave\s)not|"
    r"\bexcept|\bexcluding|\bother\s+than|\bbesides|\bleave|\bleaving|\bskip|\bskipping)\s+"
    r"(?:the\s+|its\s+|their\s+)?[a-z0-9][\w\-]*(?:\s+(?!(?:and|or|but|to|on|in|at|alone|as|is|"
    r"are|for|from|with)\b)[a-z0-9][\w\-]*)?"
)


@dataclass
class Ctx:
    """One planning request: the combined text and the cluster view."""

    request: PlanRequest
    cluster: ClusterReader
    text: str = ""  # everything said, lower-case
    raw: str = ""  # everything said, as typed
    cache: dict[str, Json | None] = field(default_factory=dict)
    # The workload this request is about, already resolved (one of several the intent named,
    # or the one an earlier clause named: "scale cart to 3 and restart it").
    pinned: tuple[Target, Json] | None = None
    # Slots a parser already read exactly (a pasted kubectl command's container), by name.
    hints: dict[str, str] = field(default_factory=dict)
    # What was said for this request alone, newest first (None: the intent and refinements).
    alone: list[str] | None = None

    @classmethod
    def of(cls, request: PlanRequest, cluster: ClusterReader) -> Ctx:
        raw = joined(request.intent, *request.refinements)
        return cls(request=request, cluster=cluster, text=raw.lower(), raw=raw)

    @property
    def namespace(self) -> str:
        return self.request.namespace

    def said(self) -> list[str]:
        """Newest first: the refinements, then the intent (a correction overrides a value)."""
        if self.alone is not None:
            return list(self.alone)
        return [*reversed(self.request.refinements), self.request.intent]

    def narrowed(
        self,
        raw: str,
        *,
        pinned: tuple[Target, Json] | None = None,
        refinements: bool = True,
        hints: dict[str, str] | None = None,
    ) -> Ctx:
        """This request limited to ``raw`` (one action of a compound intent, or the intent less
        what was read apart: a kubectl command's translation, a prohibition), sharing the cache.
        With ``refinements`` the corrections said since still apply (newest first)."""
        said = [*reversed(self.request.refinements), raw] if refinements else [raw]
        joined = " ".join(reversed(said)).strip()
        return Ctx(
            request=self.request,
            cluster=self.cluster,
            text=joined.lower(),
            raw=joined,
            cache=self.cache,
            pinned=pinned,
            hints=dict(self.hints if hints is None else hints),
            alone=said,
        )

    # ------------------------------------------------------------------ objects
    def get(self, kind: str, name: str, api_version: str = "") -> Json | None:
        target = Target(kind=kind, name=name, namespace=self.namespace, api_version=api_version)
        if target.key not in self.cache:
            self.cache[target.key] = self.cluster.get(target)
        return self.cache[target.key]

    def runs(self, text: str | None = None) -> list[list[str]]:
        """Runs of adjacent words that could be object names, in order of appearance.

        "cart remover" is one run of two words: it may name ``cart-remover`` (or ``cart`` with a
        word after it that could name something else). Stop words, punctuation, numbers and
        words glued to others ("deploy/cart", an image) end a run.
        """
        source = text if text is not None else self.raw
        # Upper-case words and KEY=value pairs are variable names and values, not objects; so
        # is a ticket's id in capitals ("my-api TT-7731204", "checkout CR-88": no object name
        # is upper-case, so the id ends the run and is never the rest of a name).
        source = rx(
            r"\b[A-Z][A-Z0-9_]*\s*=\s*\S+|\b[A-Z][A-Z0-9_]{2,}\b|(?<![\w\-])[A-Z][A-Z0-9]{1,9}-\d+\b"
        ).sub(" , ", source)
        runs: list[list[str]] = [[]]
        for said in source.lower().replace("\u2019", "'").split():
            chunk = rx(r"'s(?=\W*$)").sub("", said)
            subs = _TOKEN.findall(chunk)
            # One token, in quotes or brackets at most (a token starts and ends with a letter,
            # digit or underscore, so the stripping never eats into it).
            alone = len(subs) == 1 and chunk.lstrip("\"'([").rstrip("\"')]") == subs[0]
            if not alone:
                runs.append([])
            for stem in subs:
                if (
                    stem in STOP
                    or stem.isdigit()
                    or _is_quantity(stem)
                    or len(stem) < 2
                    # a version or a number with a unit ("3.1.0", "3x", "2-8"), not a name
                    or rx(r"v?\d+(?:\.\d+)+\S*|\d[\d.,\-]*[a-z%]{0,3}").fullmatch(stem)
                ):
                    runs.append([])
                    continue
                runs[-1].append(stem)
                if not alone:
                    runs.append([])
            # A possessive ends a name too: "my-api's api container" is no "my-api-api".
            if not alone or chunk[-1] in ",;:.!?)" or chunk != said:
                runs.append([])
        return [r for r in runs if r]

    def candidates(self, text: str | None = None) -> list[str]:
        """Words of the text that could be object names, in order of appearance."""
        return list(dict.fromkeys(w for run in self.runs(text) for w in run))

    def _workload_named(self, name: str) -> list[tuple[Target, Json]]:
        found = []
        if _valid_name(name):
            for kind in WORKLOAD_KINDS:
                obj = self.get(kind, name)
                if obj is not None:
                    found.append((Target(kind=kind, name=name, namespace=self.namespace), obj))
        return found

    def workload(self) -> tuple[Target, Json]:
        """The one workload the intent names; asks when none or several match."""
        if self.pinned is not None:
            return self.pinned
        found = self.workloads()
        if len(found) > 0 and (blanked := _NEGATED_WORD.sub(" ", self.text)) != self.text:
            # "bounce redis but not the cache proxy": a workload named only where it is said
            # negated is not the one meant.
            found = self.workloads(blanked)
            if len(found) > 1:
                # "… (not shared-config, my-api keeps its own sessions)": a workload said in a
                # remark beside the negation is context too.
                found = list(self._not_remarked({f[0].key: f for f in found}).values())
        # "restart cache not the sts", "cache to 2, not the statefulset": a kind said negated
        # is the one NOT meant (round 17) — never the one that selects.
        kinds = kinds_said(_NEGATED_WORD.sub(" ", self.text))
        everything = self.said_all().lower()
        negated = set(kinds_said(everything)) - set(kinds_said(_NEGATED_WORD.sub(" ", everything)))
        if len(found) > 1 and negated:
            found = [f for f in found if f[0].kind not in negated] or found
        if found and kinds and not any(f[0].kind in kinds for f in found):
            # "restart the redis sts, and the cache proxy is fine": the kind said is another
            # object's (the StatefulSet running redis) than the one named — never one of them
            # silently.
            keys = {f[0].key for f in found}
            if other := [r for r in self.running(kinds) if r[0].key not in keys]:
                raise Clarify(
                    f"I read {', '.join(t.describe() for t, _ in found)} by its name and "
                    f"{', '.join(t.describe() for t, _ in other)} by its kind and what it runs: "
                    "which one should change? Name it exactly (with its kind)."
                )
        if len(found) > 1 and kinds:
            found = [f for f in found if f[0].kind in kinds] or found
        if (
            len(found) == 1
            and not kinds
            and not negated  # ("restart cache not the sts": the kind said negated picked it)
            and len(same := self._workload_named(found[0][0].name)) > 1
        ):
            # "the cache proxy is fine but redis is a single replica. run two of them": a word
            # that picked one of same-named workloads may be said in a remark that leaves it
            # alone — which one is read from everything said, as for the name alone.
            found = same
        if len(found) > 1:
            found = self._bywhat_runs(found)
        if len(found) == 1:
            return found[0]
        if not found:
            found = self.running(kinds)
            if len(found) > 1:
                # "cut cache-proxy 1.0.1 … redis stays on 7": of same-named workloads told
                # apart only by what they run, the one whose image is said in the request.
                found = self._bywhat_runs(found)
            if len(found) == 1:
                # "the graphql api", "the api server": more than what it runs (:mod:`.nouns`).
                from dotop_nb.planner.offline import nouns  # noqa: PLC0415 - import cycle

                nouns.by_what_runs(self.text, found[0][0].name, found[0][1])
        if len(found) == 1:
            return found[0]
        if not found:
            named = ", ".join(repr(c) for c in self.candidates()) or "no workload name"
            raise Clarify(
                f"Which workload? I found no Deployment, StatefulSet or DaemonSet named {named} "
                f"(or labelled app=…) in namespace {self.namespace!r}."
            )
        options = ", ".join(t.describe() for t, _ in found)
        raise Clarify(f"Which one did you mean: {options}? Name it exactly (with its kind).")

    def _not_remarked(
        self, found: dict[str, tuple[Target, Json]]
    ) -> dict[str, tuple[Target, Json]]:
        """``found`` without the workloads said only in a remark beside the request ("add a pdb
        to payments, worker is fine"): context, never what the request acts on
        (:func:`asides.remarked`). Unchanged when every one of them is remarked."""
        from dotop_nb.planner.offline import asides, parties  # noqa: PLC0415 - import cycle

        said = self.said_all()
        for n in {t.name for t, _ in found.values()}:
            # "the workers are idle": a plural read as the workload is remarked as it.
            said = rx(rf"(?<![\w\-]){re.escape(n)}s(?![\w\-])", re.I).sub(n, said)
        aside = asides.remarked(said, [t.name for t, _ in found.values()])
        # A workload kept out ("worker was hacked") stays, for the reader that keeps it out.
        aside -= set(parties.excluded(self.said_all(), sorted(aside)))
        if {t.name for t, _ in found.values()} - aside:
            found = {k: f for k, f in found.items() if f[0].name not in aside}
        return found

    def _bywhat_runs(self, found: list[tuple[Target, Json]]) -> list[tuple[Target, Json]]:
        """Of workloads sharing one name, those a container or image word of the text names:
        "the cache proxy" is the Deployment ``cache`` running ``proxy``, not the StatefulSet
        ``cache`` running redis. Unchanged when the words name all of them or none."""
        # "restart the redis, not the proxy": a word said negated never selects what it names.
        text = _NEGATED_WORD.sub(" ", self.text)
        from dotop_nb.planner.offline import asides, parties  # noqa: PLC0415 - import cycle

        words = set(rx(r"[a-z0-9][a-z0-9\-]*[a-z0-9]").findall(text))
        listed = sorted(words | set(self.said_all().split()))
        # What runs, said only in a remark, selects nothing by itself; said in a remark that
        # leaves it as it is ("update the cache to 1.1.0, redis is fine"), it names the one the
        # request leaves alone.
        aside = asides.remarked(self.said_all(), listed)
        left = asides.left_alone(self.said_all(), listed)
        # "…; worker was hacked": a workload kept out stays visible, so that the reader that
        # keeps it out can say so (netpol: "worker is not allowed").
        kept_out = set(parties.excluded(self.said_all(), sorted(aside)))
        aside, left = aside - kept_out, left - kept_out
        words -= aside
        # "cache 1.0.2, not redis": what runs, said negated, spares the one that runs it.
        # (Read in all that was said: a narrowed clause has lost the negation beside it.)
        negated = {
            w
            for m in _NEGATED_WORD.finditer(self.said_all().lower())
            for w in _WORD.findall(m.group(0))
        }
        kept: list[tuple[Target, Json]] = []
        for name in dict.fromkeys(t.name for t, _ in found):
            same = [f for f in found if f[0].name == name]
            spared = [f for f in same if ((left | negated) - {name}) & what_runs(f[1])]
            if len(same) > 1 and 0 < len(spared) < len(same):
                same = [f for f in same if f not in spared]
            runs = [f for f in same if (words - {name}) & what_runs(f[1])]
            if not runs and name in aside:
                # "the cache proxy is a single replica so a drain is a cache outage. run two
                # of them": named only in the remark the request is about, whose words say
                # which one it is.
                runs = [f for f in same if (aside - left - {name}) & what_runs(f[1])]
            kept += runs if len(same) > 1 and runs else same
        return kept

    def running(self, kinds: list[str], text: str | None = None) -> list[tuple[Target, Json]]:
        """The workloads a word of the intent (or of ``text``) describes by what they run, when
        it names none: "the redis statefulset" is the StatefulSet whose main container or image
        is ``redis`` (a sidecar's name is not enough: the whole workload would change for it);
        "the database", "the db" is one that runs a database engine.
        Read only after no name matched (it lists the workloads of the kinds said); the caller
        asks unless exactly one matches."""
        words = set(self.candidates(text))
        # "restart the redis, not the proxy": what is said negated describes nothing to pick.
        said = (text if text is not None else self.text).lower()
        words -= {
            w
            for m in _NEGATED_WORD.finditer(said)
            for w in rx(r"[a-z0-9][\w\-]*").findall(m.group(0))
        }
        # Well-known short names of what runs ("pg" is postgres): the image, never a name.
        words |= {_SHORT[w] for w in words if w in _SHORT}
        words |= role_images(self.text)
        if rx(r"\b(?:db|database)s?\b").search((text if text is not None else self.text).lower()):
            words |= DATABASES
        if not words:
            return []
        found: dict[str, tuple[Target, Json]] = {}
        for kind in kinds or WORKLOAD_KINDS:
            items = self.cluster.list_objects("apps/v1", kind, self.namespace, limit=2001)
            index = reads.derived(self.cluster, "running", items, _by_what_runs)
            for i in sorted({i for word in words for i in index.get(word, ())}):
                target = Target.of(items[i])
                found[target.key] = (target, items[i])
        return list(found.values())

    def workloads(self, text: str | None = None) -> list[tuple[Target, Json]]:
        """Workloads named in the text (exact name, then ``app`` label), in order of mention.

        Adjacent words are joined first, the longest existing name winning ("cart remover" is
        ``cart-remover`` when it exists). A word right after a matched name that names nothing
        ("cart cleaner" when only ``cart`` exists) could be part of another workload's name:
        that is asked, never dropped.
        """
        if self.pinned is not None and text is None:
            return [self.pinned]
        # Asked a dozen times per request by the readers (each clause, each check): the answer
        # (or the question it raised) depends only on the words and the request, read once.
        key = "\0workloads\0" + "\0".join(
            (
                self.namespace,
                self.raw,
                "\1" if text is None else text,
                "\1" if self.pinned is None else self.pinned[0].key,
                "\1" if self.alone is None else "\2".join(self.alone),
                self.request.intent,
                *self.request.refinements,
            )
        )
        if (known := self.cache.get(key)) is not None:
            if (question := known.get("asked")) is not None:
                raise Clarify(question, slot=known.get("slot"))
            return list(known["found"])
        try:
            answer = self._workloads(text)
        except Clarify as asked:
            self.cache[key] = {"asked": asked.question, "slot": asked.slot}
            raise
        self.cache[key] = {"found": answer}
        return list(answer)

    def _workloads(self, text: str | None) -> list[tuple[Target, Json]]:
        found: dict[str, tuple[Target, Json]] = {}
        skipped: set[str] = set()
        runs = self.runs(text)
        for run in runs:
            i = 0
            while i < len(run):
                for j in range(min(len(run), i + 4), i, -1):
                    spans = [sep.join(run[i:j]) for sep in ("-", "_")] if j - i > 1 else [run[i]]
                    hits = [hit for name in spans for hit in self._workload_named(name)]
                    if not hits and j - i == 1:
                        hits = self._plural_named(run[i], text)
                    if hits:
                        break
                else:
                    i += 1
                    continue
                self._not_other_thing(hits, " ".join(run[i:j]), text)
                if j < len(run):
                    then = run[j + 1] if j + 1 < len(run) else ""
                    hits = self._followed(hits, " ".join(run[i:j]), run[j], then)
                    if not hits:
                        skipped.update(run[i:j])  # a thing named after it: no label either
                elif hits:
                    self._not_another(hits, text)
                for target, obj in hits:
                    found[target.key] = (target, obj)
                i = j
        if found and text is None and (own := self._named_in_the_order(found)) is not None:
            return own
        if len(found) > 1:
            # "my-api pods picked up a bad DNS cache": a name said only as a common noun
            # after "a"/"an" (and its adjectives) is no reference to the workload ``cache``.
            source = (text if text is not None else self.raw).lower()
            generic = {t.name for t, _ in found.values() if _only_generic(t.name, source)}
            generic |= {t.name for t, _ in found.values() if _only_purpose(t.name, source)}
            named = {t.name for t, _ in found.values()}
            if not _destructive(source):
                generic |= {n for n in named if _only_what_for(n, source, named)}
            if {t.name for t, _ in found.values()} - generic:
                found = {k: f for k, f in found.items() if f[0].name not in generic}
            from dotop_nb.planner.offline import nouns  # noqa: PLC0415 - import cycle

            # "scale worker on the orders queue length", "restart worker, the frontend team
            # asked": that name names another thing (:func:`nouns.names_another`).
            queued = {t.name for t, _ in found.values() if nouns.names_another(t.name, source)}
            if {t.name for t, _ in found.values()} - queued:
                found = {k: f for k, f in found.items() if f[0].name not in queued}
        if len(found) > 1 and text is None:
            found = self._not_remarked(found)
        names = [w for run in runs for w in run if w not in skipped]
        if not found:
            for name in dict.fromkeys(names):
                if not _valid_name(name):
                    continue
                for kind in WORKLOAD_KINDS:
                    for obj in self.cluster.list_objects(
                        "apps/v1", kind, self.namespace, label_selector=f"app={name}", limit=5
                    ):
                        target = Target.of(obj)
                        found[target.key] = (target, obj)
        return list(found.values())

    def _named_in_the_order(
        self, found: dict[str, tuple[Target, Json]]
    ) -> list[tuple[Target, Json]] | None:
        """The workloads the order itself names, when every name found is said only in a fact
        beside it: "frontend is broken, scale the api to 0" scales what "the api" names, never
        frontend (None when a found name is in the order, or it refers back to one)."""
        from dotop_nb.planner.offline import statements  # noqa: PLC0415 - import cycle

        # (Read in the words as typed: a fact read apart leaves its subject behind.)
        said = self.said_all()
        asked = statements.facts_blanked(said)
        if asked == said:
            return None
        lowered = asked.lower()
        for target, _ in found.values():
            words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(target.name.lower())))
            if rx(rf"(?<![\w\-]){words}s?(?![\w\-])").search(lowered):
                return None
        if rx(r"\b(?:it|its|them|their|they|this|that|these|those|one)\b").search(lowered):
            # "frontend is slow, restart it": the order refers back to the fact — to its
            # subject, when one fact names one of them there ("the old worker isn't needed
            # since the queue moved to payments, scale it to 0": statements.subject).
            facts = [said[a:b] for a, b in statements.spans(said) if statements.fact(said[a:b])]
            if not facts:
                return None  # (a fact read only across an aside in parentheses: not narrowed)
            subject = statements.subject(facts[0]) if len(facts) == 1 else ""
            own = [f for f in found.values() if _said_in(f[0].name, subject.lower())]
            # (Every other name said in the fact's cause alone.)
            between = facts[0][len(subject) : len(facts[0]) - len(statements.cause(facts[0]))]
            if any(_said_in(f[0].name, between.lower()) for f in found.values()):
                return None
            # "frontend is slow because payments is overloaded, scale it": two subjects.
            other = statements.cause_subject(facts[0]).lower()
            if any(_said_in(f[0].name, other) for f in found.values() if f not in own):
                return None
            return own if subject and len(own) == 1 else None
        # Round 34 (gap37d): never a workload the order only forbids ("payments hangs again,
        # please rolling restart. Don't touch orders" restarts payments, never orders).
        from dotop_nb.planner.offline import constraints  # noqa: PLC0415 - import cycle

        own = self.workloads(constraints.extract(asked)[0])
        if own:
            return None if {t.key for t, _ in own} <= set(found) else own
        # The order says a word of another workload's name ("the api" of my-api): which one is
        # meant is asked (an empty list), never the one said in the fact.
        after_the = set(rx(r"\bthe\s+([a-z0-9]+)\b").findall(lowered))
        if not after_the:
            return None
        named = {t.name for t, _ in found.values()}
        for kind in WORKLOAD_KINDS:
            for obj in self.cluster.list_objects("apps/v1", kind, self.namespace, limit=2001):
                name = str(obj["metadata"]["name"])
                parts = {p for p in rx(r"[-_.]").split(name.lower()) if len(p) > 2}
                if name not in named and parts & after_the:
                    return []
        return None

    def _plural_named(self, word: str, text: str | None) -> list[tuple[Target, Json]]:
        """The workload ``word`` names in the plural, said definitely ("restart the celery
        workers", "triple our workers": the pods of ``worker``). A plural said with a number
        ("4 gunicorn workers per pod") or bare counts processes, and names nothing."""
        if not word.endswith("s") or len(word) < 4:
            return []
        source = (text if text is not None else self.raw).lower().replace("\u2019", "'")
        definite = rx(
            r"\b(?:the|our|my|all|all\s+the|all\s+our|those|these)\s+"
            rf"(?:(?!\d)(?!(?:{'|'.join(NUMBER_WORDS)})\b)[a-z][\w\-]*\s+)?"
            # ("the gunicorn workers on my-api", "… per pod": processes of a pod.)
            rf"{re.escape(word)}(?![\w\-])(?!\s+(?:per|on|of|in|inside|within)\b)"
        ).search(source)
        if definite is None:
            return []
        after = source[definite.end() :]
        clause = rx(r"[,;.!?()]|\s[-\u2014\u2013]\s").split(after, 1)[0]
        for m in _OWNER_AFTER.finditer(clause):
            where = m.group(1)
            if where == self.namespace:
                continue
            if where in ("pod", "pods", "container", "containers") or self._workload_named(where):
                return []  # "the gunicorn workers keep dying on my-api": my-api's processes
        return self._workload_named(word[:-1])

    def _followed(
        self, hits: list[tuple[Target, Json]], said: str, word: str, then: str = ""
    ) -> list[tuple[Target, Json]]:
        """``hits`` (named by ``said``) when ``word`` after them is the sentence going on: a
        word for their running copies on some platform ("the orders tasks": their pods, unless
        an object is called ``orders-tasks``; a delete of them asks), one of their containers
        ("the cache proxy deployment" is the workload running ``proxy``), or a plain word
        (:mod:`.followers`). Otherwise ``word`` may be the rest of another object's name
        ("cart remover"): asked, never dropped."""
        owning = [h for h in hits if word in {c.get("name") for c in containers(h[1])}]
        name = hits[0][0].name
        if copy_word(word) and not self._other_object(f"{name}-{word}"):
            # "the orders tasks", "my-api instances", "the worker allocations": the workload's
            # pods, said in another platform's word (:data:`.plainwords.TABLE`); a delete of
            # them may be of the pods or of the workload: asked.
            if word.endswith("s") and rx(rf"\b(?:{DESTRUCTIVE})\b").search(self.text):
                raise Clarify(
                    f"Delete the {name} {word} only, or the workload? Say 'restart {name}' to "
                    f"replace its pods, 'scale {name} to N' to run fewer, or 'delete "
                    f"deployment/{name}' to delete it."
                )
            return hits
        keyed = any(word in self._key_words(obj) for _, obj in hits)
        # ("checkout x1.5, more lanes …": a factor with a decimal point, ending its clause, is
        # no count and no name — round 24; "checkout x1.5 memory" is asked.)
        factor = bool(rx(r"x\d{1,2}\.\d{1,2}").fullmatch(word)) and bool(
            rx(
                rf"(?<![\w\-]){re.escape(name)}\s+{re.escape(word)}\s*(?:$|[,;:.!?]|\s[-\u2014\u2013]\s)"
            ).search(self.text.lower())
        )
        if (owning or keyed or factor or plain_word(word)) and not self._other_object(
            f"{name}-{word}"
        ):
            return owning or hits
        if self._field_name(word):
            return hits  # "worker runAsUser 10001": a field, never part of a name
        if (
            held_word(word, self.text)
            and not rx(rf"\b(?:{DESTRUCTIVE})\b").search(self.text)
            and not self._other_object(f"{name}-{word}")
        ):
            return hits  # "back up the postgres data": what the workload keeps
        if self._inner_part(name, said, word, then):
            return hits  # "all 4 worker threads are pegged, …": the workload's own process
        if self._domain_noun(name, said, word):
            return []  # "the orders topic is lagging": a remark, naming nothing (:mod:`.domain`)
        from dotop_nb.planner.offline import nouns  # noqa: PLC0415 - import cycle

        if nouns.thing_noun(word):
            return []  # "the payments folks signed off": a thing of its own, not the workload
        raise Clarify(
            f"{said!r} names {hits[0][0].describe()}, but {word!r} follows it: is it part of "
            f"another object's name (e.g. {name}-{word})? Name the workload exactly, e.g. "
            f"'deployment/{name}'."
        )

    def _field_name(self, word: str) -> bool:
        """Whether ``word`` was typed in camelCase ("runAsUser", "podAntiAffinity"): a field's
        name, which no object's name holds (names are lower case), round 28; round 30 (a34b):
        an autoscaler's bound in kebab or snake case, "my-api min-replicas 3 max-replicas 9")."""
        if _KEBAB_BOUND.fullmatch(word):
            return True
        return any(
            _CAMEL.fullmatch(m.group(0))
            for m in rx(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", re.I).finditer(self.raw)
        )

    def _not_other_thing(
        self, hits: list[tuple[Target, Json]], said: str, text: str | None
    ) -> None:
        """Ask when the words after the name say another thing the workload uses or sits
        behind, in the order ("restart the payments db", "scale the payments DB pool to 20",
        "restart the worker's database", "the frontend load balancer":
        :func:`followers.other_thing`), unless the workload runs such a thing (the postgres
        db), the word is one of its containers, or the phrase is the subject of a remark ("the
        orders queue is backed up, …": read as before)."""
        source = (text if text is not None else self.raw).lower().replace("\u2019", "'")
        spoken = r"[\s\-]+".join(re.escape(w) for w in said.split())
        if at := rx(rf"(?<![\w\-@/.:]){spoken}@(?!sha\d|v?\d|latest\b)([a-z][\w\-.]*)").search(
            source
        ):
            # "scale frontend@eu to 5": the workload in another place (a region, a cluster, a
            # context); acting on the one here would change the wrong copy.
            raise Clarify(
                f"{at.group(0)!r} names {said} in {at.group(1)!r}: I act in namespace "
                f"{self.namespace!r} of the current cluster only. Is that the one you mean? Say "
                f"'{said}' (here) or switch to the cluster or namespace of {at.group(1)!r}."
            )
        for m in rx(rf"(?<![\w\-]){spoken}(?:'s)?\s+([a-z]+)(?:\s+([a-z]+))?").finditer(source):
            word, then = m.group(1), m.group(2) or ""
            # Only when the order acts on pods ("restart …", "scale …"): "keep daily postgres
            # backups", "postgres ingress only from tier=backend" ask for that thing itself.
            acts = _ACTS_ON_PODS.search(source)
            runs = other_thing(word, then) if acts else None
            if (
                runs is None
                and acts
                and inner_part(word, then)
                and _COUNT_AFTER.match(source, m.end(1))
            ):
                # "scale the worker's goroutines to 512": a count of a part of its process,
                # set in the order, is never a replica count.
                runs = ()
            if runs is not None and self._other_object(f"{hits[0][0].name}-{word}"):
                continue  # "billing backup" may be billing-backup: asked as a name (_followed)
            if runs is None or any(
                word == c.get("name")
                or (word in self._key_words(obj) and not _RESTARTED.search(source))
                for _, obj in hits
                for c in containers(obj)
            ):
                continue  # one of its containers, or a key it reads ("the orders queue" QUEUE)
            if _SUBORDINATE.search(source[: m.start()]):
                continue  # "… while we watch the orders queue": not what the order acts on
            made = [
                m2.lower()
                for target, obj in hits
                for m2 in (target.name, *(str(c.get("image") or "") for c in containers(obj)[:1]))
            ]
            if any(product in item for product in runs for item in made):
                continue
            end = m.end() if other_pair(word, then) else m.end(1)
            if _SUBJECT_VERB.match(source, end) or (then and _SUBJECT_VERB.match(source, m.end())):
                continue  # the subject of a remark ("the worker job runner is stuck, …")
            thing = f"{word} {then}" if other_pair(word, then) else word
            raise Clarify(
                f"'{said} {thing}': {hits[0][0].describe()} is not the {thing} — do you mean "
                f"{hits[0][0].name} itself, or another object? Name it by its kind and name, "
                f"e.g. '{hits[0][0].kind.lower()}/{hits[0][0].name}'."
            )

    def _domain_noun(self, name: str, said: str, word: str) -> bool:
        """Whether ``said word`` is a workload with a noun of its domain, in a remark beside
        the request, or in a clause that asks nothing beside an order naming the workload by
        itself (all that was said is read, whatever piece of it is being read now), where no
        object is called ``<name>-<word>`` (:mod:`.domain`)."""
        from dotop_nb.planner.offline import domain  # noqa: PLC0415 - import cycle

        if not self._names_nothing(f"{name}-{word}"):
            return False
        source = self.said_all()
        return domain.remark_noun(source, said, word) or domain.beside_order(source, said, word)

    def _inner_part(self, name: str, said: str, word: str, then: str) -> bool:
        """Whether ``said word [then]`` is the workload with a part of its own process
        (:func:`followers.inner_part`: "worker threads", "orders consumer loop") in a remark
        beside the request (:func:`domain.part_remark`), where no object is called
        ``<name>-<word>`` (nor ``<name>-<word>-<then>``) nor any workload begins so."""
        from dotop_nb.planner.offline import domain  # noqa: PLC0415 - import cycle

        if not inner_part(word, then) or not self._names_nothing(f"{name}-{word}"):
            return False
        alone = inner_part(word)
        if not alone and not self._names_nothing(f"{name}-{word}-{then}"):
            return False
        return domain.part_remark(self.said_all(), said, word if alone else f"{word} {then}")

    def _names_nothing(self, called: str) -> bool:
        """Whether no object is called ``called`` and no workload's name begins with it."""
        if self._other_object(called):
            return False
        for kind in WORKLOAD_KINDS:
            for obj in self.cluster.list_objects("apps/v1", kind, self.namespace, limit=2001):
                if str(obj["metadata"]["name"]).startswith(called):
                    return False
        return True

    def _key_words(self, obj: Json) -> set[str]:
        """The words of the keys the workload reads — its env variables and the keys of its
        ConfigMaps (referenced, or called ``<name>-config``): "orders batch size" with a key
        ``BATCH_SIZE`` is that key, not an object ``orders-batch``."""
        keys: set[str] = set()
        maps = {f"{obj.get('metadata', {}).get('name', '')}-config"}
        for item in containers(obj):
            keys.update(str(e.get("name", "")) for e in item.get("env") or [])
            for source in item.get("envFrom") or []:
                maps.add(str((source.get("configMapRef") or {}).get("name", "")))
            for e in item.get("env") or []:
                ref = ((e.get("valueFrom") or {}).get("configMapKeyRef")) or {}
                maps.add(str(ref.get("name", "")))
        for name in maps:
            if _valid_name(name) and (cm := self.get("ConfigMap", name)) is not None:
                keys.update(str(k) for k in cm.get("data") or {})
        return {w for key in keys for w in rx(r"[_\-.]+").split(key.lower()) if len(w) > 1}

    def _not_another(self, hits: list[tuple[Target, Json]], text: str | None) -> None:
        """Asks when the word after a name, even one the planner knows, completes the name of an
        object of another kind: "delete billing backup" with a CronJob ``billing-backup`` is
        not about the Deployment ``billing``. ("my-api config" is its ConfigMap: that word is
        how ConfigMaps are named, and the config rules read it so.)"""
        name = hits[0][0].name
        words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
        source = (text if text is not None else self.raw).lower().replace("\u2019", "'")
        for m in rx(rf"(?<![\w\-]){words}(?:'s)?\s+([a-z][a-z0-9\-]*)").finditer(source):
            word = m.group(1)
            if word in _GRAMMAR or word.startswith("config"):
                continue
            if self._other_object(f"{name}-{word}"):
                raise Clarify(
                    f"{name!r} names {hits[0][0].describe()}, but {name}-{word} is another "
                    f"object: which did you mean by {m.group(0)!r}? Name it with its kind, "
                    f"e.g. 'deployment/{name}'."
                )

    def _other_object(self, name: str) -> bool:
        """Whether an object that is no workload is called ``name`` ("cart-backup", a CronJob)."""
        return _valid_name(name) and any(self.get(kind, name) is not None for kind in _OTHER_KINDS)

    def object_names(self) -> list[str]:
        """The names of the namespace's workloads, their containers and its ConfigMaps: what
        a remark beside a request may be about (:func:`asides.unremarked`). Listed once per
        request (the cache is shared with every narrowed request)."""
        if (known := self.cache.get(_OBJECT_NAMES)) is not None:
            return list(known["names"])
        lists = [
            self.cluster.list_objects("apps/v1", kind, self.namespace, limit=2001)
            for kind in WORKLOAD_KINDS
        ]
        lists.append(self.cluster.list_objects("v1", "ConfigMap", self.namespace, stale_ok=True))
        # Kept between plans while the list holds the same objects (reads.derived).
        parts = tuple(reads.derived(self.cluster, "object-names", i, _names_in) for i in lists)
        found, low = _sorted_names(parts)
        self.cache[_OBJECT_NAMES] = {"names": list(found), "lowered": low}
        return list(found)

    def lowered_object_names(self) -> frozenset[str]:
        """:meth:`object_names` in lower case (made once per set of names, not once per call)."""
        self.object_names()
        known = self.cache.get(_OBJECT_NAMES) or {}
        low: frozenset[str] = known["lowered"]
        return low

    def number_names(self, text: str) -> list[str]:
        """:meth:`object_names` when ``text`` says a number (what a number may belong to, for
        :func:`numbers.attached`); none otherwise, unread."""
        return self.object_names() if _NUMBER_SAID.search(text) else []

    def said_all(self) -> str:
        """Everything said, as typed, before any part of it was read apart (a time, a reason)."""
        return " ".join([self.request.intent, *self.request.refinements])

    def configmaps(self) -> list[tuple[Target, Json]]:
        """ConfigMaps named in the text."""
        found = []
        # "the shared config", "cart's config": the ConfigMap called <word>-config.
        called = [
            f"{m.group(1)}-config"
            for m in rx(
                r"(?<![\w\-])([a-z0-9][a-z0-9\-]*?)(?:'s)?\s+(?:config|configmap|configuration)\b"
            ).finditer(self.text.replace("\u2019", "'"))
        ]
        for name in dict.fromkeys([*self.candidates(), *called]):
            if _valid_name(name) and (obj := self.get("ConfigMap", name)) is not None:
                found.append((Target(kind="ConfigMap", name=name, namespace=self.namespace), obj))
        # "set REGION=us on my-api; shared-config stays eu": a ConfigMap said to stay, or said
        # only in a remark, is not the one changed.
        from dotop_nb.planner.offline import asides  # noqa: PLC0415 - import cycle

        aside = asides.remarked(self.said_all(), self.object_names()) if found else set()
        return [f for f in found if f[0].name not in aside]

    def zones(self) -> set[str]:
        nodes = self.cluster.list_objects("v1", "Node", None, limit=500)
        return {
            n["metadata"].get("labels", {}).get("topology.kubernetes.io/zone", "") for n in nodes
        } - {""}

    # ------------------------------------------------------------------ knowledge
    def patterns(self, category: str) -> list[Json]:
        """Patterns of this category whose triggers the intent mentions (or that have none)."""
        chosen = []
        for pattern in self.request.patterns:
            if pattern.get("category") != category:
                continue
            triggers = [str(t).lower() for t in pattern.get("triggers") or []]
            if not triggers or any(t in self.text for t in triggers):
                chosen.append(pattern)
        return chosen

    def recommendation(self, category: str, key: str) -> tuple[Any, str | None]:
        """A value a matching pattern recommends, and the pattern's id."""
        for pattern in self.patterns(category):
            rec = pattern.get("recommendation") or {}
            if isinstance(rec, dict) and key in rec:
                return rec[key], str(pattern.get("id"))
        return None, None

    def policy_bound(self, rule: str, target: Target) -> tuple[int | None, str | None]:
        """The tightest ``min_replicas`` / ``max_replicas`` a policy in scope sets."""
        best: tuple[int | None, str | None] = (None, None)
        for policy in self.request.policies:
            value = (policy.get("rules") or {}).get(rule)
            if value is None or not _in_scope(policy, target, self.namespace):
                continue
            current = best[0]
            if current is None or (value > current if rule == "min_replicas" else value < current):
                best = (int(value), str(policy.get("id")))
        return best


def _in_scope(policy: Json, target: Target, namespace: str) -> bool:
    from fnmatch import fnmatchcase  # noqa: PLC0415 - only needed here

    scopes = policy.get("scope") or [{}]
    for scope in scopes if isinstance(scopes, list) else [scopes]:
        namespaces = scope.get("namespaces") or []
        kinds = [k.lower() for k in scope.get("kinds") or []]
        if namespaces and not any(fnmatchcase(namespace, p) for p in namespaces):
            continue
        if kinds and target.kind.lower() not in kinds:
            continue
        if scope.get("labels") or scope.get("namespace_labels"):
            continue  # label scopes need live labels; the policy engine judges those exactly
        return True
    return False


def _said_in(name: str, text: str) -> bool:
    """Whether the workload ``name`` is said in ``text`` (its parts apart or joined)."""
    words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name.lower())))
    return bool(rx(rf"(?<![\w\-]){words}s?(?![\w\-])").search(text))


def _only_purpose(name: str, text: str) -> bool:
    """Whether every mention of ``name`` in ``text`` is inside a purpose said after the order
    ("restart frontend to flush its DNS cache": :func:`statements.purposes`)."""
    from dotop_nb.planner.offline import statements  # noqa: PLC0415 - import cycle

    words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
    mentions = list(rx(rf"(?<![\w\-]){words}(?![\w\-])").finditer(text))
    spans = statements.purposes(text)
    return bool(mentions) and all(any(a <= m.start() < b for a, b in spans) for m in mentions)


def _destructive(text: str) -> bool:
    """Whether ``text`` holds a destructive word (a delete is never narrowed by a reading)."""
    from dotop_nb.planner.offline import domain  # noqa: PLC0415 - import cycle

    return domain.destructive(text)


def _only_what_for(name: str, text: str, named: set[str]) -> bool:
    """Round 42 (blind45): whether every mention of ``name`` in ``text`` is the noun of what a
    change is for, after words that make it a thing of the business ("needs three pods for the
    Heilala orders", "scale worker to 3 for the holiday orders"), closing its clause — never a
    workload the change is made to. "for the orders", "for orders" and a list ("for the frontend
    and the orders") still name it."""
    words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
    mentions = list(rx(rf"(?<![\w\-]){words}(?![\w\-])").finditer(text))
    others = "|".join(re.escape(n) for n in sorted(named - {name}))
    modifier = (
        rf"(?!(?:and|or|the|a|an|its|their|{others})\b)[a-z][\w'\u2019\-]*"
        if others
        else r"(?!(?:and|or|the|a|an|its|their)\b)[a-z][\w'\u2019\-]*"
    )
    lead = rx(
        r"\bfor\s+(?:the\s+|our\s+|this\s+|these\s+|all\s+the\s+)?"
        rf"(?:{modifier}\s+){{1,3}}$"
    )
    return bool(mentions) and all(
        lead.search(text[: m.start()]) is not None
        and rx(r"^\s*(?:[,.;!?]|$)").search(text[m.end() :]) is not None
        for m in mentions
    )


def _only_generic(name: str, text: str) -> bool:
    """Whether every mention of ``name`` in ``text`` is an indefinite noun phrase ("a bad DNS
    cache", "an extra cache"): a workload is referred to by its name or as "the …"."""
    words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
    mentions = list(rx(rf"(?<![\w\-]){words}(?![\w\-])").finditer(text))
    return bool(mentions) and all(
        # "a pdb to payments" names payments: a preposition ends the noun phrase.
        rx(
            r"\b(?:a|an)\s+(?:(?!(?:to|for|on|in|of|with|from|at|by|into|onto|over)\s)"
            r"[a-z0-9\-]+\s+){0,2}$"
        ).search(text[: m.start()])
        for m in mentions
    )


# Abbreviations people use for the software a workload runs (its image's repository).
# What a workload is, said instead of its name: "the db needs 2Gi" is the one database the
# namespace runs (read by :meth:`Ctx.running`, which asks unless exactly one workload runs one;
# the engines are :data:`DATABASES`).
_ROLE_WORDS = re.compile(r"\b(?:the|our|its|a)\s+(?:db|database|sql\s+database)\b")


# "make the site scale up", "our storefront", "the web app": the workload serving the web, by
# its role (never "in the eu site", "site b": a place).
_SITE_WORDS = re.compile(
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bacross\s)(?<!\bper\s)"
    r"\b(?:the|our|my)\s+(?:web\s*site|site|web\s*app|storefront|shop\s*front|web\s+front\s*end)"
    r"(?![\w-])(?!\s+[a-z0-9]\b)(?!\s+\d)"
)
_SITE_IMAGES = frozenset({"frontend", "web", "website", "storefront", "webapp"})


# "the broker", "our celery broker", "the message queue": the one workload running a broker.
_BROKER_WORDS = re.compile(
    r"\b(?:the|our|its)\s+(?:(?:message|celery|task|job)\s+)?(?:broker|message\s+queue|mq)\b"
)
_BROKER_IMAGES = frozenset("redis rabbitmq kafka nats activemq mosquitto pulsar".split())


def role_images(text: str) -> set[str]:
    """The images (repository names) or main containers what ``text`` calls the workload may
    run: a database ("the db"), the web frontend ("the site", "our storefront"), or a message
    broker ("the broker")."""
    found = set(DATABASES) if _ROLE_WORDS.search(text) else set()
    if _BROKER_WORDS.search(text.lower()):
        found |= _BROKER_IMAGES
    return found | (set(_SITE_IMAGES) if _SITE_WORDS.search(text.lower()) else set())


_SHORT = {
    "pg": "postgres",
    "postgresql": "postgres",
    "psql": "postgres",
    "mongo": "mongodb",
    "rabbit": "rabbitmq",
    "memcache": "memcached",
    "es": "elasticsearch",
}


# The images of database engines: what "the database" / "the db" runs.
DATABASES = frozenset({"postgres", "mysql", "mariadb", "mongo", "mongodb"})


def what_runs(obj: Json) -> set[str]:
    """Its containers' names and image repositories ("proxy", "cache-proxy", "redis")."""
    words: set[str] = set()
    for item in containers(obj):
        repository = str(item.get("image", "")).rpartition("/")[2].split(":")[0].split("@")[0]
        words.update({str(item.get("name", "")), repository})
    return words - {""}


# Kinds said in words: "the redis sts", "the cache deployment".
_KINDS_SAID = {
    "Deployment": r"deployments?",
    "StatefulSet": r"statefulsets?|sts",
    "DaemonSet": r"daemonsets?",
}


def kinds_said(text: str) -> list[str]:
    """The workload kinds ``text`` names ("statefulset", "sts", "deployments")."""
    return [k for k, words in _KINDS_SAID.items() if rx(rf"\b(?:{words})\b").search(text.lower())]


def _valid_name(name: str) -> bool:
    return bool(rx(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?").fullmatch(name)) and len(name) <= 63


def _is_quantity(word: str) -> bool:
    return bool(rx(r"\d+(\.\d+)?(m|mi|gi|ki|g|k|%|s|h)?").fullmatch(word))


def selector(obj: Json) -> dict[str, str]:
    """The workload's pod selector (matchLabels)."""
    return dict(((obj.get("spec") or {}).get("selector") or {}).get("matchLabels") or {})


def pod_labels(obj: Json) -> dict[str, str]:
    template = (obj.get("spec") or {}).get("template") or {}
    return dict((template.get("metadata") or {}).get("labels") or {})


def _by_what_runs(items: list[Json]) -> dict[str, list[int]]:
    """The positions in ``items`` of the workloads by what their main (first) container runs:
    its name and its image's repository ("scale envoy" must not scale the app its sidecar runs
    beside). Built once per list (:func:`reads.derived`): :meth:`Ctx.running` is read once per
    word or clause, and a pass over 2,000 Deployments each time was most of its cost."""
    index: dict[str, list[int]] = {}
    for i, obj in enumerate(items):
        for item in containers(obj)[:1]:
            repository = str(item.get("image", "")).rpartition("/")[2].split(":")[0]
            for word in {str(item.get("name", "")), repository.split("@")[0]}:
                index.setdefault(word, []).append(i)
    return index


# A verb right after a noun phrase makes it the subject of a statement ("the orders queue is
# backed up", "the payments db keeps timing out"): a remark, not what the order acts on.
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|keeps|kept|seems|seem|looks|look|gets|got|went|"
    r"goes|will|can|could|should|must|might|may|does|did|do|needs|need|lags|lagging|stuck|"
    r"down|slow|full)\b|[a-z]+(?:ed|ing)\b)"
)


# A subordinate clause open before the phrase, in its sentence ("scale worker to 0 while we
# watch the orders queue", "… because the payments db is slow"): the phrase is not the target.
_SUBORDINATE = re.compile(
    r"\b(?:while|whilst|as|because|since|when|whenever|after|before|until|once|so that|if|"
    r"unless|though|although|watch|watching|monitor|monitoring)\b[^.;!?]*$"
)
# The verbs of an order that acts on a workload's pods, where a thing named after the workload
# is not what they can act on.
_ACTS_ON_PODS = re.compile(
    r"\b(?:restart|bounce|reboot|recycle|cycle|kick|redeploy|roll|scale|resize|bump)\w*"
)
# A restart takes pods, never a setting: "restart the orders queue" is not its QUEUE key.
_RESTARTED = re.compile(r"\b(?:restart|bounce|reboot|recycle|cycle|kick|redeploy)\b")
# A number set in the same clause after a part ("… goroutines to 512", "… threads at 64").
_COUNT_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:to|at|=|by|from\s+\d+\s+to)?\s*\d")


def containers(obj: Json) -> list[Json]:
    template = (obj.get("spec") or {}).get("template") or {}
    return list((template.get("spec") or {}).get("containers") or [])


def joined(*said: str) -> str:
    """The intent and its refinements as one text, each its own sentence: a refinement is
    another utterance, so a phrase of the intent ("scale worker to 5 tonight") never runs on
    into it ("use 3 instead")."""
    parts = [s.strip() for s in said if s.strip()]
    return " ".join(
        p if i == len(parts) - 1 or p[-1] in ".!?" else f"{p}." for i, p in enumerate(parts)
    )


@lru_cache(maxsize=8)
def _sorted_names(parts: tuple[frozenset[str], ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The names of all ``parts``, sorted, and in lower case. The parts are what
    :func:`_names_in` derived from each list, the same objects from plan to plan while the lists
    hold the same objects: a namespace of 2,000 Deployments is not sorted again on every plan.
    (Kept by the parts themselves, which cannot change: a function of them alone, never stale;
    the last few only.)"""
    names = frozenset().union(*parts)
    return tuple(sorted(names)), frozenset(map(str.lower, names))


def _names_in(items: list[Json]) -> frozenset[str]:
    """The names of a list's objects and of their containers (a ConfigMap has none)."""
    names = {str(obj["metadata"]["name"]) for obj in items}
    names.update(str(c.get("name", "")) for obj in items for c in containers(obj))
    return frozenset(n for n in names if n)
