"""A workload named beside its role in the business, in parentheses: read as the workload.

People name a workload by what it does for them, with its name beside it in parentheses,
before or after: "checkout (copay collection)", "my-api (bidder)", "bidder (my-api)",
"freq-cap redis (the cache statefulset)". The description is no object here; read as words of
the request it is a name that continues the workload's ("checkout copay"), a limit ("cap") or a
second party ("redis"). Here the pair is written as the workload alone, before the request is
read, when the description and the name point at exactly ONE workload:

- ``NAME (DESCRIPTION)``: the words in parentheses are plain words — no workload's name, no
  kind, nothing a workload runs, no word of a place or another copy ("(staging)", "(canary)"),
  no number — and no object is called ``NAME-<word>`` (nor a workload's name starts so);
- ``DESCRIPTION (NAME)``, ``DESCRIPTION (the NAME KIND)``: the parentheses hold one workload's
  name, with an article and its kind at most; the words right before them (up to three, back to
  punctuation or a word of the planner's own) name no workload and no copy; a word among them
  that a workload runs ("redis") picks the one running it, as a kind said picks that kind.
  What they pick is written "NAME KIND" ("cache statefulset"); several left as "NAME" (the
  readers then ask which).

Anything else is left as said, for the readers that ask: "checkout (copay)" beside a CronJob
``checkout-copay``, "payments (my-api)", "postgres (the cache statefulset)", "my-api (staging)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dotop_nb.planner.offline import durations, kindwords, spoken, timewords, typos
from dotop_nb.planner.offline.context import STOP, what_runs
from dotop_nb.planner.offline.nouns import CHANGE
from dotop_nb.planner.offline.rx import rx

Json = dict[str, Any]


@dataclass(frozen=True)
class _Workload:
    name: str
    kind: str
    runs: frozenset[str]


# The description in parentheses or brackets: "my-api (quote API)", "my-api [quote API]".
_GROUP = re.compile(r"\(\s*([^()]{1,80}?)\s*\)|\[\s*([^\[\]]{1,80}?)\s*\]")
# "my-api aka the quote API": the description said with "aka", up to punctuation, a number, "to"
# or a word of the planner's own; read as if in parentheses.
_AKA = re.compile(
    r"(?<![\w\-])(?P<name>[a-z0-9][a-z0-9\-]*[a-z0-9])\s*,?\s+(?:aka|a\.k\.a\.?|also\s+known\s+as)"
    r"\s+(?P<desc>(?:(?:the|our|my)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
    r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:to|\d))",
    re.I,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9\-]*[a-z0-9]|[a-z]")
# Words before the description that end it: what precedes it is the request's own.
_BEFORE = re.compile(r"([a-z0-9][a-z0-9\-]*[a-z0-9]|[a-z])\s*$")
# Round 29 (gap32b): a word of the description may be a plural's possessive ("the buyers' site
# (frontend)", "the farmers' portal (frontend)"): the apostrophe goes with it.
# Round 44 (blind47): and a word of the description may hold a letter outside ASCII ("the calçot
# API (my-api)", "the røgeri API (my-api)"): the whole word, never its ASCII tail ("ot", "geri")
# with the rest left before the name ("calçmy-api"). (m44a: "only the va'a checkout (checkout)
# and …": or an apostrophe between its letters — Samoan "va'a", Hawaiian "o'o" — never one of
# its own words.)
_BEFORE_DESC = re.compile(
    r"([^\W_](?:[^\W_]|-|(?<=[^\W\d_])['\u2019](?=[^\W\d_]))*[^\W_]|[^\W_])(?:s')?\s*$"
)
# A verb of a change ends the description too: "kill bidder (my-api)" keeps its verb.
# (Round 30, gap33a: "restore recipes db (postgres) from …" keeps its verb too — a restore read
# as "postgres from last night's dump" planned a dump.)
_VERB = re.compile(
    rf"(?:{CHANGE}|suspend|resume|patch|ship|bump|take|bring|move|run|shrink|grow|restore|"
    r"recover|revert|undo|snapshot|backup|autoscale|harden|monitor|expose|"
    # (Round 37, gap40b: what is kept out of the change, "Don't touch PayNow payments
    # (payments)", "leave fare payments (payments) alone", "no touch …": the verb is the
    # request's, never a word of the nickname.)
    r"touch|leave|spare|skip|exclude)"
)
_ARTICLE = frozenset("the a an our my your their this that".split())
_KINDS = kindwords.WORKLOAD_NOUNS
_KIND_WORD = {kind: kind.lower() for kind in kindwords.WORKLOADS}
# Words of a place or of another copy: "my-api (staging)", "the canary (frontend)" are no
# descriptions of the one workload.
_ELSEWHERE = frozenset(
    """prod production staging stage stg preprod dev development qa uat sandbox test testing
    canary shadow blue green old older new legacy previous former backup standby secondary
    spare copy clone replacement outgoing incoming v1 v2 v3 eu us asia primary replica
    not never except but only""".split()
    # A hedge, a status or a correction: "set X on my-api (untested)", "(actually debug)".
    + """untested tested guess guessing maybe probably perhaps possibly actually think unsure
    sure tbc tbd wip draft experimental temporary temp optional pending unconfirmed unverified
    jk kidding ideally hopefully please pls asap urgent now later tomorrow tonight again too
    also first rather instead or and done""".split()
)
# Nouns of what a workload is for the business, words of the planner's own elsewhere, that
# may end a description before the name: "the WMS database (postgres)", "the content API
# (my-api)", "the storefront site (frontend)".
_ROLE_NOUNS = frozenset(
    "database db api service server app application site store portal backend frontend".split()
)
# Round 27 (gap29): what a workload takes in, said with the word of a resource request —
# "interlibrary loan requests (orders)", "remark requests (orders)": a description's head
# noun only after a plain word of its own (never "memory requests (payments)", "the api
# requests (my-api)": there it may be the field).
_INTAKE_NOUNS = frozenset("request requests".split())
# Nouns of what a workload does that are words of the planner's own too, read as a gloss's
# head after a plain word of its own: "payments (risk checks)", "worker (EOD job)" — never
# alone nor after a word of the planner's ("(health checks)", "(cron job)").
_GLOSS_NOUNS = frozenset("check checks job jobs".split())
# Round 32 (fix1): the words of a bracket that says which object of a name is meant, an object's
# kind and "only", "object" ("delete postgres (the service)", "(the service object)").
_WHICH_OBJECT = frozenset(
    """service services svc pdb hpa configmap cm secret ingress netpol networkpolicy budget
    autoscaler servicemonitor scaledobject only alone just object resource one itself""".split()
)
_DELETING = re.compile(
    r"\b(?:delete|remove|drop|nuke|scrap|decommission|destroy|purge|wipe|tear\s+down|"
    r"get\s+rid\s+of|clean\s+up|kill\s+off)\b",
    re.I,
)
# Words in brackets that say where a request stands, not what a workload is.
_STATUS_WORDS = frozenset(
    """hold held wait waiting pending draft tbd todo later paused blocked done skip skipped
    optional maybe not no dont don't test testing example deferred postponed cancelled canceled
    rejected denied approved wip x typo ignore ignored mistake oops embargoed vetoed withdrawn
    retracted unnecessary fyi idea sample""".split()
    # Round 26 (reports): "(already deleted)", "(bob already did)", "(wrong thread)".
    + "already wrong".split()
    # Round 36 (a41c, attack40): "(ETA after CHG-9)": when it may come, never a role.
    + ["eta"]
    # Round 27 (reports): what came of a change already made, "(gone)", "(tried, failed)",
    # "(worse)", "(fixed)", "(no effect)".
    + "gone tried failed worse better fixed resolved worked helped effect deleted removed".split()
    # Round 28 (attack 32): a hold said as a state, "(holding)", "(delayed)".
    + "holding delayed".split()
    # and a run log's outcome, "[ok]", "(success)", "[error]", "[no-op]".
    + "ok okay success passed error timeout noop no-op".split()
    # Round 32 (a36b): the order taken back, "[nvm]", "(nevermind)", "[dropped]", "[void]",
    # "[rescinded]", "[struck]", "(scratch)", "[scrapped]" (:data:`.roles._STRUCK_WORD`).
    + "nvm nevermind dropped revoked void voided rescinded struck scratch scratched".split()
    + "scrapped nixed ditched binned belay belayed awaiting prereq blocker".split()
    # Round 35 (a40b, attack39): a precondition or a hold, "(requires sign-off)", "(deps:
    # CHG-9)", "(gated by CI)", "(parked until CHG-9)", "(queued behind CHG-9)", "(tentative)":
    # never a role.
    + "requires deps dependency dependencies prereqs gated parked queued".split()
    + "tentative provisional".split()
)
# Round 29 (a32rest): words in brackets that say WHEN, never what a workload is: a wait's or a
# time's connective opening them ("restart worker (after freeze)", "(post-freeze)", "(once
# close is done)", "(before standup)", "(pre-release)") or a day said alone ("(monday)", "(this
# evening)", "(tmrw)", "(eod)"). Read as a role they were dropped, and the change ran now; left
# as said, the waits read them as they read the same words unbracketed (or the guard asks).
_WHEN_SAID = re.compile(
    r"^(?:(?:only\s+)?(?:after|before|once|when|whenever|until|till|til|post|pre|during|while|"
    r"following|upon|not\s+before|no\s+earlier\s+than|by|at|on|from|in)\b|(?:post|pre)-|"
    rf"{timewords.DAY_WORD}\s*$|(?:eod|cob|eow|tmrw|tmr|tonite|later|overnight|off-?hours|"
    r"after-?hours|out\s+of\s+hours|"
    # (Round 32, a36b: "restart worker [next week]": a later week, never a role. "(next
    # sprint)", "(next quarter)" are a tracker's status tags, asked: :data:`.narrowing._STATUS`.)
    # (Round 33: "(coming week)", "(upcoming weekend)", "(coming days)", "(weekend)", "(soon)",
    # "(upcoming release)" were read as a role and dropped: the change ran now.)
    r"(?:next|this|coming|upcoming)\s+(?:week|weekend|month|few\s+days|days)|"
    r"(?:this|coming|upcoming)\s+(?:sprint|quarter|release)|weekends?|soon|asap)\s*$)",
    re.I,
)
# Objects whose name "<workload>-<word>" makes the word part of another name.
_OTHER_KINDS = (
    ("v1", "Service"),
    ("v1", "ConfigMap"),
    ("batch/v1", "CronJob"),
    ("batch/v1", "Job"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
)
_WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


# Round 18: a workload called by its role, its name's other number before a noun of what it
# does for the business: "order intake" (orders), "the payment service" (payments), "the
# order processor". Written as the workload when the name said that way names no object here
# and no object is called "<said>-<noun>" or "<name>-<noun>"; "the order queue", "order of
# restarts", "in order to" are no role (a queue is a thing of its own: :mod:`.nouns`).
_ROLE = re.compile(
    r"(?<![\w\-./])(?P<said>[a-z][a-z0-9\-]*[a-z0-9])[\s\-]+(?P<noun>intake|processing|"
    r"processors?|handling|handlers?|system|engine|backend|back-end|module|component|unit)"
    r"(?![\w\-])",
    re.I,
)


def _roles(text: str, workloads: list[_Workload], others: set[str]) -> str:
    """``text`` with each workload said by its role (see the rule above) written as its name."""
    names = {w.name for w in workloads}

    def named(m: re.Match[str]) -> str:
        said, noun = m.group("said").lower(), m.group("noun").lower()
        if said in names or said in others:
            return m.group(0)  # "the payments backend": the name is said as it is
        mine = {n for n in names if said in {n.removesuffix("s"), f"{n}s"} and n != said}
        if len(mine) != 1:
            return m.group(0)
        name = mine.pop()
        called = {f"{said}-{noun}", f"{name}-{noun}"}
        if called & (names | others):
            return m.group(0)
        return name

    return _ROLE.sub(named, text)


def _described(cluster: spoken.Lister, kind: str, items: list[Json]) -> tuple[_Workload, ...]:
    """The workloads of one list with what each runs, derived once per list (a namespace of
    2,000 Deployments is not walked again on every plan while it holds the same objects)."""

    def build(given: list[Json]) -> tuple[_Workload, ...]:
        return tuple(
            _Workload(str(obj["metadata"]["name"]), kind, frozenset(what_runs(obj)))
            for obj in given
        )

    return spoken.derive(cluster, f"described {kind}", items, build)


# Round 28 (gap31): the name and its kind said between commas after a description, before
# what the clause says of it ("the bin-level redis, statefulset cache, stays"): read as if in
# parentheses ("the bin-level redis (statefulset cache) stays").
_APPOSED = re.compile(
    # (At a sentence's or a clause's start: what the clause says stays is then read with
    # its name, :data:`.removal._STAYS`.)
    r"(?:^|(?<=[.!?,;]\s))(?P<desc>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}),\s+(?P<inner>(?:the\s+)?(?:"
    r"(?:statefulset|deployment|sts|deploy|daemonset)\s+[a-z0-9][\w\-]*|[a-z0-9][\w\-]*\s+"
    r"(?:statefulset|deployment|sts|deploy|daemonset)))\s*,\s+(?=(?:stays?|remains?|must|should|"
    r"is|are|keep|needs?)\b)",
    re.I,
)


# Round 29 (gap32a): the same closing its clause after the description, the name with its kind
# ("Delete the lot-photo cache proxy, the cache Deployment. Keep …", "…, i.e. the cache
# Deployment"): read as if in parentheses — only where the parentheses would be read as the
# description's gloss (:func:`_described_before`); a list of two objects ("delete the worker,
# the cache deployment") is left as said.
_APPOSED_END = re.compile(
    r"(?<=[a-z0-9])(?P<sep>,\s+(?:(?:i\.e\.|ie|that\s+is|namely),?\s+)?)(?P<inner>(?:the\s+)?(?:"
    r"(?:statefulset|deployment|sts|deploy|daemonset)\s+[a-z0-9][\w\-]*|[a-z0-9][\w\-]*\s+"
    r"(?:statefulset|deployment|sts|deploy|daemonset)))(?=\s*(?:[.;!?]|$))",
    re.I,
)


# Round 35 (gap38c, blind38): a Service named beside its description, its kind inside the
# parentheses — "Delete the Service of the ticket payments (Service payments)", "bin the Service o
# the visitor-centre site (Service frontend)", "delete the booking web (the frontend service)":
# the description after its article (and "the Service of" before it) is written as "service
# NAME" when a Service NAME is there and the description names no other object; read as a
# workload's gloss it named the Service twice, or the workload.
_NOT_GLOSS = rf"(?!(?:{CHANGE}|{_VERB.pattern}|and|or|but|then|to|from|in|on|with|keep|bin|of)\b)"
_SERVICE_GLOSS = re.compile(
    r"(?<![\w\-'./])(?P<article>the|its|their|our)\s+"
    r"(?:(?:service|svc)\s+(?:of|for|o)\s+(?:the\s+)?)?"
    rf"(?P<desc>(?:{_NOT_GLOSS}[a-z][\w'\-]*\s+){{0,3}}{_NOT_GLOSS}[a-z][\w'\-]*)\s*"
    r"\(\s*(?:the\s+)?(?:(?:service|svc)\s+(?P<name>[a-z0-9][a-z0-9\-]*)|"
    r"(?P<name2>[a-z0-9][a-z0-9\-]*)\s+(?:service|svc))\s*\)",
    re.I,
)
_SERVICE_IN_BRACKETS = re.compile(
    r"\(\s*(?:the\s+)?(?:(?:service|svc)\s+\S|\S+\s+(?:service|svc)\s*\))", re.I
)


def _service_glossed(text: str, cluster: spoken.Lister, namespace: str) -> str:
    """``text`` with each Service named beside its description (see the rule above) written as
    "service NAME"."""
    services = {
        str(obj["metadata"]["name"]).lower()
        for obj in cluster.list_objects("v1", "Service", namespace)
    }

    others: set[str] | None = None

    def named(m: re.Match[str]) -> str:
        nonlocal others
        name = (m["name"] or m["name2"]).lower()
        if name not in services:
            return m.group(0)
        if others is None:
            others = services | set(spoken.workload_names(cluster, namespace))
        if any(
            w.removesuffix("'s").removesuffix("'") in others - {name}
            for w in m["desc"].lower().split()
        ):
            return m.group(0)  # ("the service of payments (svc frontend)": another's name)
        return f"{m['article']} service {name}"

    return _SERVICE_GLOSS.sub(named, text)


def read(text: str, cluster: spoken.Lister, namespace: str) -> str:
    """``text`` with each workload named beside its description, in parentheses, written as
    the workload alone, and each said by its role written as its name (see the rules)."""
    if "(" in text and _SERVICE_IN_BRACKETS.search(text):
        text = _service_glossed(text, cluster, namespace)
    apposed = False
    if "," in text:
        text = _APPOSED.sub(r"\g<desc> (\g<inner>) ", text)
        apposed = _APPOSED_END.search(text) is not None
    # (The names said after a description, found by their words: no list built per plan.)
    unbracketed: list[re.Match[str]] = []
    if "the " in text.lower():
        known = spoken.workload_names(cluster, namespace)
        unbracketed = [
            m
            for m in _NAMED_AFTER.finditer(text)
            if m.group("name").lower() in known and _headed(text, m.start())
        ]
    if not (
        apposed
        or unbracketed
        or _ROLE.search(text)
        or _AKA.search(text)
        or "(" in text
        or "[" in text
    ):
        return text  # (none of the rules can apply: the namespace's workloads are not gathered)
    workloads = [
        workload
        for kind in _WORKLOAD_KINDS
        for workload in _described(cluster, kind, cluster.list_objects("apps/v1", kind, namespace))
    ]
    if not workloads:
        return text
    others = {
        str(obj["metadata"]["name"])
        for api, kind in _OTHER_KINDS
        for obj in cluster.list_objects(api, kind, namespace)
    }
    if apposed:
        text = _apposed_end(text, workloads, others)
    if unbracketed:
        text = _unbracketed(text, unbracketed, workloads, others)
    if _ROLE.search(text):
        text = _roles(text, workloads, others)
    if _AKA.search(text):
        text = _AKA.sub(lambda m: _aka(m, workloads), text)
    if "(" in text or "[" in text:
        text = _glossed(text, workloads, others)
    return text


_HOW_LONG_BEFORE = re.compile(
    r"\s+(?:for\s+good|for\s+ever|forever|permanently|entirely|completely|altogether|"
    r"once\s+and\s+for\s+all)\Z",
    re.I,
)


def _apposed_end(text: str, workloads: list[_Workload], others: set[str]) -> str:
    """``text`` with each name and kind set after a description by a comma (:data:`_APPOSED_END`)
    put in parentheses, where they would be read as its gloss."""
    for m in reversed(list(_APPOSED_END.finditer(text))):
        # Round 34 (gap37c): "kill the dispatch redis for good, the cache sts": how long
        # the change holds, said between the description and its name, is no description
        # ("good" named nothing): the gloss goes before it.
        head = text[: m.start()]
        adverb = _HOW_LONG_BEFORE.search(head) if " " in head else None
        at = adverb.start() if adverb else m.start()
        said = f"{head[:at]} ({m.group('inner')}){head[at:]}"
        candidate = said + text[m.end() :]
        group = _GROUP.match(candidate, at + 1)
        if group is not None and _rewrite(candidate, group, workloads, others)[1] is not None:
            text = candidate
    return text


# Round 33 (gap36b): a dictated nickname, no brackets — "the fermentation-probe worker worker
# add …", "the label-image proxy the cache deployment to …", "the harvest API my-api": the
# name (with its kind) said right after the description that opens with "the", before a word
# that is no name. Read as if in parentheses, only where they would be read as its gloss.
_NAMED_AFTER = re.compile(
    r"(?<=[a-z0-9])\s+(?P<inner>(?:the\s+)?(?P<name>[a-z0-9][a-z0-9\-]*[a-z0-9])"
    r"(?:\s+(?:deployment|statefulset|sts|deploy))?)(?![\w\-])",
    re.I,
)


def _headed(text: str, end: int) -> bool:
    """Whether the word before ``end`` may end a description (no article, kind or word of the
    planner's but a role noun): a cheap first look, before the workloads are gathered."""
    before = _BEFORE.search(text[:end].lower())
    if before is None:
        return False
    word = before.group(1)
    if word in _ARTICLE or word in _KINDS or word == "service":
        return False
    return word not in STOP or word in _ROLE_NOUNS


def _unbracketed(
    text: str, found: list[re.Match[str]], workloads: list[_Workload], others: set[str]
) -> str:
    """``text`` with each name ``found`` said right after its description put in parentheses,
    where they would be read as its gloss (see the rule above)."""
    names = {m.group("name").lower() for m in found}
    for m in reversed(found):
        rest = text[m.end() :].lstrip()
        if rest.startswith(("(", "[")):
            continue  # "the storefront site frontend (frontend)": glossed by its own brackets
        after = _WORD.match(rest.lower())
        if after is not None and after.group(0) in names:
            continue  # "the … worker worker": the name is the last of the two
        desc, start = _description_before(text, m.start("inner"))
        # (A nickname is more than one word: a lone role or thing run before the name, "the
        # database postgres", "the redis cache", "the backend checkout uses", is round 20's
        # reading by role, which keeps its own questions (a delete, a role it lacks, a
        # neighbour).)
        if len(desc) < 2 or not rx(r"(?:^|\s)the\s+$", re.I).search(text[:start]):
            continue
        bare = m.group("inner").lower() == m.group("name").lower()
        # (The description ends in a noun of what the workload is or runs: "… worker worker",
        # "… proxy the cache deployment", "the harvest API my-api"; never a kind said, "the
        # Service payments", nor a verb or a state, "the consultant recommended bumping …".
        # What it runs is the head only before "the" or a kind: "the shared redis cache" is one
        # noun, the workload called by what it runs and its name, left as said.)
        head = desc[-1]
        if head == "service" or not (
            head in _ROLE_NOUNS
            or head == m.group("name").lower()
            or (not bare and any(head in w.runs for w in workloads))
        ):
            continue
        candidate = f"{text[: m.start()]} ({m.group('inner')})"
        group = _GROUP.match(candidate, m.start() + 1)
        if group is None:
            continue
        at, replaced = _rewrite(candidate + text[m.end() :], group, workloads, others)
        if replaced is not None:
            text = candidate[:at] + replaced + text[m.end() :]
    return text


def _aka(m: re.Match[str], workloads: list[_Workload]) -> str:
    """ "NAME aka DESCRIPTION" written "NAME (DESCRIPTION)" when NAME is a workload's."""
    if m.group("name").lower() not in {w.name for w in workloads}:
        return m.group(0)
    return f"{m.group('name')} ({m.group('desc')})"


def _glossed(text: str, workloads: list[_Workload], others: set[str]) -> str:
    """``text`` with each workload named beside its description, in parentheses, written as
    the workload alone (see the rule above)."""
    out = []
    last = 0
    for m in _GROUP.finditer(text):
        start, replaced = _rewrite(text, m, workloads, others)
        if replaced is None or start < last:
            continue
        out.append(text[last:start])
        out.append(replaced)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_LEFT_OUT = frozenset(
    "ex excl except excluding sans save bar minus without but omit omitting skip skipping "
    "ignore ignoring spare sparing".split()
)


def _rewrite(
    text: str, m: re.Match[str], workloads: list[_Workload], others: set[str]
) -> tuple[int, str | None]:
    """Where the pair starts and what it is written as (None: left as said)."""
    said = m.group(1) or m.group(2)
    if "," in said and (tail := _OTHER_KIND_LEFT.search(said)):
        # Round 36 (gap39b): "image proxy (the cache Deployment, not the redis statefulset)":
        # the gloss, then the workload of the other kind left out — read as the gloss, the
        # other kind said after it in parentheses of its own.
        head = f"{text[: m.start()]}({said[: tail.start()]})"
        gloss = _GROUP.match(head + text[m.end() :], m.start())
        if gloss is None:
            return m.start(), None
        start, replaced = _rewrite(head + text[m.end() :], gloss, workloads, others)
        if replaced is None:
            return m.start(), None
        return start, f"{replaced} ({tail.group('left')})"
    if _PARTS.search(said):
        return _described_each(text, m, said, workloads)
    inner = _WORD.findall(said.lower())
    if not inner or len(inner) != len(said.split()):
        return m.start(), None  # a value, a path, punctuation inside: not a description
    if (
        len(said.strip()) < 2
        or _STATUS_WORDS.intersection(inner)
        # (Round 32, a36a: "(excl. worker)", "(ex. worker)": a workload left out, no gloss.)
        or inner[0] in _LEFT_OUT
        or _WHEN_SAID.match(said)
        or durations.bracketed_back(said.lower())
    ):
        # "restart payments (hold)", "restart orders [x]": a status or a hold, never a role;
        # "restart worker (after freeze)", "(monday)": when (see _WHEN_SAID); round 30
        # (a34c): "(temporarily)", "(ends sunday)", "(revert later)", "(for the sale)": how
        # long the change holds, or its way back — read by :mod:`.durations`, never dropped.
        return m.start(), None
    names = {w.name for w in workloads}
    before = _BEFORE.search(text[: m.start()].lower())
    # ("casework worker (worker)": the name said again is the name of what comes before.)
    if before is not None and before.group(1) in names and inner != [before.group(1)]:
        return _described_after(text, m, before.group(1), inner, workloads=workloads, others=others)
    return _described_before(text, m, inner, workloads, others)


# "…, not the redis statefulset": a workload of another kind left out, after a gloss.
_OTHER_KIND_LEFT = re.compile(
    r",\s*(?:but\s+)?(?P<left>not\s+(?:the\s+)?(?:[a-z0-9][\w\-]*\s+){0,3}?"
    r"(?:deployment|statefulset|daemonset|sts))\s*$",
    re.I,
)


# Round 29 (gap32b): one gloss for a list of workloads, a description for each, in their order
# ("rollout restart deploy/my-api deploy/frontend (forecast API + public forecast site)",
# "restart my-api and frontend (quote API and web shop)"): the parentheses go when the list
# right before them names as many workloads as the gloss has parts, each part plain words.
_PARTS = re.compile(r"\s(?:\+|&|and)\s|,\s*", re.I)
_LISTED_ITEM = (
    r"(?:(?:deploy|deployment|sts|statefulset|ds|daemonset)/)?[a-z0-9][a-z0-9\-]*"
    r"(?:\s*,\s*|\s+(?:and\s+|&\s+|\+\s+)?)"
)
_REF_WORD = re.compile(
    r"(?:(?:deploy|deployment|sts|statefulset|ds|daemonset)/)?([a-z0-9][a-z0-9\-]*)"
)


def _described_each(
    text: str, m: re.Match[str], said: str, workloads: list[_Workload]
) -> tuple[int, str | None]:
    parts = [p.strip().lower() for p in _PARTS.split(said) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return m.start(), None
    listed = rx(rf"(?<![\w\-/])(?:{_LISTED_ITEM}){{{len(parts)}}}$", re.I).search(
        text, 0, m.start()
    )
    if listed is None:
        return m.start(), None
    names = {w.name for w in workloads}
    refs = [
        r.group(1).lower()
        for r in _REF_WORD.finditer(listed.group(0))
        if r.group(1).lower() not in ("and",)
    ]
    if len(refs) != len(parts) or not all(r in names for r in refs):
        return m.start(), None
    for part, ref in zip(parts, refs, strict=True):
        words = [w for w in _WORD.findall(part) if w not in _ARTICLE]
        if not words or len(words) > 4 or len(part.split()) != len(_WORD.findall(part)):
            return m.start(), None
        own = [
            w
            for w in words
            if w != ref and not any(w in x.runs for x in workloads if x.name == ref)
        ]
        if not _plain(own, workloads, own=ref):
            return m.start(), None
    start = m.start()
    while start > 0 and text[start - 1] == " ":
        start -= 1
    return start, ""


def _plain(words: list[str], workloads: list[_Workload], own: str = "") -> bool:
    """Whether ``words`` are plain words of a description: no name, kind, thing another
    workload than ``own`` runs, word of the planner's, place or copy. What ``own`` itself runs
    is its gloss ("my-api (quote API)": my-api runs ``api``). Among other words, a noun of what a
    workload is for the business (:data:`_ROLE_NOUNS`) is a word of the gloss whatever another
    workload runs ("frontend (club app site)" beside orders' container ``app``)."""
    for word in words:
        if (
            (word in STOP and word not in _ROLE_NOUNS and word not in _INTAKE_NOUNS)
            or word in _KINDS
            or word in _ELSEWHERE
            or word[0].isdigit()
            or any(
                word == w.name
                or (
                    word in w.runs
                    and w.name != own
                    # Round 32 (gap35b): "frontend (club app site)": a role noun another
                    # workload's container is called ("app") is the description's head when
                    # plain words come with it; alone ("frontend (app)") it may be the part.
                    and not (word in _ROLE_NOUNS and len(words) > 1)
                )
                for w in workloads
            )
        ):
            return False
    return True


def _described_after(
    text: str,
    m: re.Match[str],
    name: str,
    inner: list[str],
    *,
    workloads: list[_Workload],
    others: set[str],
) -> tuple[int, str | None]:
    """``NAME (DESCRIPTION)``: the name alone, when the description is plain words and no
    object is called ``NAME-<word>``."""
    said = [w for w in inner if w not in _GLOSS_NOUNS] if len(inner) > 1 else inner
    if inner and inner[-1] in _WHICH_OBJECT and _DELETING.search(text):
        # (Round 32, lead: in a delete, "delete postgres (svc)", "(service)", "(database
        # service)" say which object of that name goes — read by the delete, never dropped as a
        # gloss: dropped, "delete postgres" deleted the StatefulSet too.)
        return m.start(), None
    # (Round 32, gap35c: "orders (the spare-blade orders service)": an article opens the gloss.
    # Only before words of a description: "(the service)", "(the pdb)", "(the service object)"
    # say which object of that name is meant — the delete reads them, never a gloss; and in a
    # delete, "(the annual pass payments service)" may be the Service: left as said, as before.)
    if (
        len(said) > 2
        and said[0] in _ARTICLE
        and not set(said[1:]) <= _WHICH_OBJECT
        and not (said[-1] in _WHICH_OBJECT and _DELETING.search(text))
    ):
        said = said[1:]
    # Round 30 (gap33b): "the PodDisruptionBudget orders (one-way rental orders)", "the
    # Deployment cache (vehicle-photo cache proxy)": the name said again inside its own gloss,
    # with words of its own before it, is the gloss's head — no other workload.
    if len(said) > 1 and name in said and said[0] != name:
        said = [w for w in said if w != name]
    # (Round 32, gap35a / gap35b / gap35c: "frontend (club app site)": a role noun among other
    # words of the gloss is the kind of thing it says, never orders' container "app" —
    # :func:`_plain` reads it so; alone, "frontend (app)", it may still be the part.)
    if len(inner) > 4 or not said or not _plain(said, workloads, own=name):
        return m.start(), None
    joined = [f"{name}-{'-'.join(inner[: i + 1])}" for i in range(len(inner))]
    if any(
        called in others or any(w.name.startswith(called) for w in workloads) for called in joined
    ):
        return m.start(), None  # "checkout (copay)" beside checkout-copay: another object
    # The parentheses go; what was said before them stays as said.
    start = m.start()
    while start > 0 and text[start - 1] == " ":
        start -= 1
    return start, _own_kind(name, inner, workloads)


def _own_kind(name: str, inner: list[str], workloads: list[_Workload]) -> str | None:
    """What the parentheses after ``name`` are written as: nothing, or " KIND" when several
    workloads are called ``name`` and what the description says one runs picks it ("cache
    (redis)": the cache statefulset); None when it picks none or several ("cache (proxy
    redis)")."""
    mine = [w for w in workloads if w.name == name]
    runs = {word for word in inner if any(word in w.runs for w in mine)}
    if not runs or len(mine) < 2:
        return ""
    picked = [w for w in mine if runs <= w.runs]
    return f" {_KIND_WORD[picked[0].kind]}" if len(picked) == 1 else None


def _described_before(
    text: str,
    m: re.Match[str],
    inner: list[str],
    workloads: list[_Workload],
    others: set[str],
) -> tuple[int, str | None]:
    """``DESCRIPTION (NAME)`` / ``DESCRIPTION (the NAME KIND)``: the workload the name, the
    kind said and what the description says it runs pick, when they pick one."""
    words = [w for w in inner if w not in _ARTICLE]
    kinds = {_KINDS[w] for w in words if w in _KINDS}
    named = [w for w in words if w not in _KINDS]
    if len(named) != 1 or len(kinds) > 1 or len(words) - len(named) > 1:
        return m.start(), None
    name = named[0]
    found = [w for w in workloads if w.name == name and (not kinds or w.kind in kinds)]
    if not found:
        return m.start(), None
    desc, start = _description_before(text, m.start())
    if desc and (
        _VALUE_BEFORE.search(text, 0, start)
        or others.intersection(desc).difference(w.name for w in workloads)
    ):
        # Round 31 (probe36): "LOG_LEVEL=debug (my-api)", "set LOG_LEVEL to debug (my-api)":
        # the words are the value said for a key, the name in parentheses where it goes —
        # never a description of the workload (read so, the value was the workload's name).
        # Nor is the name of another object than a workload ("in my-api-config (payments)"
        # changed payments; "the POS payments gateway (payments)" beside the Service payments is
        # a description).
        return m.start(), None
    if not desc:
        # "the redis statefulset (cache)": the kind said before the parentheses is the kind of
        # the workload they name, after a description of its own.
        kind = _BEFORE.search(text[: m.start()].lower())
        if kind is None or kind.group(1) not in _KINDS:
            return m.start(), None
        kinds |= {_KINDS[kind.group(1)]}
        if len(kinds) > 1:
            return m.start(), None
        found = [w for w in found if w.kind in kinds]
        desc, start = _description_before(text, kind.start(1))
        if not desc or not found:
            return m.start(), None
    # (Round 44, attack52: a word of the description joined with a hyphen to another workload's
    # name — "the calçot-frontend (my-api)", "the payments-x (worker)" — may be that workload's
    # own name mistyped: never a gloss, left as said.)
    others_named = {w.name for w in workloads} - {name}
    if any(set(d.split("-")) & others_named for d in desc if "-" in d):
        return m.start(), None
    # ("the orders DB (postgres)": whose data a database holds is no word of what it runs.)
    whose = _whose_database(desc, found, workloads)
    # (Round 28, gap30: a role noun is the description's head, never what it runs — "the web
    # app (frontend)" beside orders' container "app".)
    # (Round 32, gap35a: so is one before the head, "member app web (frontend)": "app" there
    # is the kind of thing, never orders' container "app" — "redis", "postgres" still pick.)
    head = {desc[-1]} & _ROLE_NOUNS if len(desc) > 1 else set()
    head |= {d for d in desc[:-1] if d in _ROLE_NOUNS and all(d != w.name for w in workloads)}
    runs = [d for d in desc if d not in whose | head and any(d in w.runs for w in workloads)]
    # ("casework worker (worker)": the name itself may be the description's head noun.)
    plain = [d for d in desc if d not in runs and d != name and d not in whose | head]
    # (A verb's word in the description came after its article: a noun, "webcam snapshot";
    # a word of the planner's inside the nickname, "class schedule API": :func:`_inner_word`.)
    nouns = [
        d
        for d in plain
        if not (_VERB.fullmatch(d) or _typed_verb(d)) and not _nickname_word(d, desc)
    ]
    if not _plain(nouns, workloads) or desc == [name]:
        return m.start(), None
    if desc[-1] in _INTAKE_NOUNS and not any(d not in STOP for d in desc[:-1]):
        return m.start(), None  # "memory requests (payments)", "api requests (my-api)"
    if runs:
        picked = [w for w in found if all(r in w.runs for r in runs)]
        loose = [r for r in runs if r not in _ROLE_NOUNS]
        if not picked and loose and loose != runs:
            # Round 32 (gap35b): "member app web (frontend)": a role noun inside the
            # description ("app", another workload's container) says what it is, not what it
            # runs, when the words besides it pick the one named.
            picked = [w for w in found if all(r in w.runs for r in loose)]
        found = picked
        if not found:
            return m.start(), None  # "postgres (the cache statefulset)": two workloads said
    if len(found) == 1 and (kinds or len({w.kind for w in workloads if w.name == name}) > 1):
        return start, f"{name} {_KIND_WORD[found[0].kind]}"
    return start, name


# Round 24 (gap C): a database said by whose data it holds, "the orders DB (postgres)", "the
# payments database (postgres)": the workload's name before "db"/"database" says whose it is,
# when the one in parentheses runs a database and the one named before runs none.
_DATABASE_HEADS = frozenset({"db", "database"})
_DATABASES = frozenset(
    "postgres postgresql mysql mariadb mongo mongodb cockroachdb cockroach timescaledb".split()
)


def _whose_database(
    desc: list[str], found: list[_Workload], workloads: list[_Workload]
) -> frozenset[str]:
    """The workload names in ``desc`` that only say whose data the database ``found`` holds
    ("orders" in "orders DB"); empty when the description is no such phrase."""
    if len(desc) < 2 or desc[-1] not in _DATABASE_HEADS or len(found) != 1:
        return frozenset()
    if not found[0].runs & _DATABASES:
        return frozenset()
    whose = set(desc[:-1])
    named = [w for w in workloads if w.name in whose]
    if not named or any(w.runs & _DATABASES for w in named):
        return frozenset()
    # Every word before the head is a workload's name (nothing else is said of it).
    if whose != {w.name for w in named}:
        return frozenset()
    return frozenset(whose)


# Round 28 (gap31): a word that joins a clause or a phrase ends a description before it
# ("alert when PG payments (payments) pod restart …": "when" stays the condition's).
_JOINS = frozenset(
    "when whenever if unless once after before until till while because since and or but nor "
    "for to from with".split()
    # Round 34 (gap37b): Filipino prepositions, markers and particles in Taglish ("… sa trip
    # API (my-api) po", "ng seat-lock worker (worker)", "yung booking site (frontend)"): the
    # request's own words, never a word of the description.
    + "sa ng ni kay para po na yung ang lang pati at".split()
)


# Round 28 (gap30): a verb typed with a slip ends the description as the verb does — "restrat
# chip-read worker (worker)" keeps its verb for the typo reader, never folded into the name.
_TYPED_VERBS = ("restart", "scale", "update", "upgrade", "rollback", "redeploy", "bounce")


def _typed_verb(word: str) -> bool:
    return len(word) >= 5 and any(typos.distance(word, v, 1) <= 1 for v in _TYPED_VERBS)


# What ends right before a value said for a key: "=" (any key), or a key with an underscore
# and then ":" or "to" ("LOG_LEVEL: debug", "set FEATURE_X to on", "set log_level to debug").
_VALUE_BEFORE = re.compile(r"(?:=|\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*\s*(?::|\s+to))\s*\Z")


# Round 32 (gap35a): a verb's word after an article, or after an article and one word, is a
# noun of the description ("the webcam snapshot proxy (the cache Deployment)", "the backup
# proxy (…)"): a verb opens its clause, never follows "the".
_NOUN_AFTER_ARTICLE = re.compile(
    r"\b(?:the|a|an|our|my|your|their|this|that)\s+(?:[a-z][\w\-]*\s+)?$"
)


def _verb_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the word ``m`` found is a verb's word used as a noun: after an article ("the
    webcam snapshot proxy"), never at its clause's start ("snapshot orders db (postgres)")."""
    word = m.group(1)
    return bool(
        (_VERB.fullmatch(word) or _typed_verb(word))
        and _NOUN_AFTER_ARTICLE.search(text[: m.start(1)].lower())
    )


def _description_before(text: str, end: int) -> tuple[list[str], int]:
    """The words right before ``end`` (up to three) that are not the planner's own, and where
    they start: "freq-cap redis" in "freq-cap redis (the cache statefulset)"."""
    words: list[str] = []
    start = end
    while len(words) < 3:
        m = _BEFORE_DESC.search(text[:start].lower())
        if m is not None and (_verb_noun(text, m) or _inner_word(text, m, words)):
            words.insert(0, m.group(1))
            start = m.start(1)
            continue
        if m is None or _ends_description(m.group(1), first=start == end):
            break
        words.insert(0, m.group(1))
        start = m.start(1)
    return words, start


def _ends_description(word: str, *, first: bool = False) -> bool:
    """Whether ``word``, right before a description's words, is the request's own: a word of
    the planner's, a kind, an article, a joining word or a verb."""
    return (
        (word in STOP and word not in _ROLE_NOUNS and not (word in _INTAKE_NOUNS and first))
        or word in _KINDS
        or word in _ARTICLE
        or word in _JOINS
        or bool(_VERB.fullmatch(word))
        or _typed_verb(word)
    )


# Round 32 (gap35c): a word of the planner's own said INSIDE a nickname, between a plain word
# and the role noun that ends it — "the class schedule API (my-api)", "the member backup portal
# (frontend)": the whole is the description, never a schedule (or a backup) asked for. Only one
# such word, right before the head, after a plain word that opens the nickname (an article, a
# verb, punctuation or the message's start before it); never a verb, a kind, a time or a
# recurrence ("the nightly backup API (my-api)" keeps "nightly" for the readers that ask).
_NOT_OPENING = frozenset(
    "daily nightly hourly weekly monthly every each always today tonight tomorrow".split()
)


def _nickname_word(word: str, desc: list[str]) -> bool:
    """Whether ``word`` of ``desc`` is the planner's word :func:`_inner_word` let in."""
    return (
        len(desc) == 3
        and word == desc[1]
        and word in STOP
        and word not in _ROLE_NOUNS
        and word not in _INTAKE_NOUNS
    )


def _inner_word(text: str, m: re.Match[str], words: list[str]) -> bool:
    """Whether the planner's word ``m`` stands inside a nickname (see the rule above)."""
    word = m.group(1)
    if len(words) != 1 or words[0] not in _ROLE_NOUNS or word not in STOP or word in _ROLE_NOUNS:
        return False
    if word in _KINDS or word in _ARTICLE or word in _JOINS or _VERB.fullmatch(word):
        return False
    if _typed_verb(word) or word in _NOT_OPENING:
        return False
    opener = _BEFORE_DESC.search(text[: m.start(1)].lower())
    if opener is None:
        return False
    first = opener.group(1)
    if (
        _ends_description(first)
        or first in _NOT_OPENING
        or first in _ELSEWHERE
        or first[0].isdigit()
    ):
        return False
    before = _BEFORE_DESC.search(text[: opener.start(1)].lower())
    return before is None or _ends_description(before.group(1))
