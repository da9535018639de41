"""A removal or switch-off of a PART of a workload never acts on the whole workload (round 24,
issue 11; the fourth attack's "parts" family).

"remove the checkout latency alert", "delete the frontend dark mode", "get rid of the orders
retry queue" deleted the workload (with its Service and ConfigMap); "turn off the frontend
maintenance page", "shut down the postgres replica", "switch off the my-api swagger ui" scaled
it to 0: the delete and switch-off rules found the workload's name and took the words after it
as noise.

Rule (an allow-list): when a finished plan deletes a workload or scales it to 0, and the order's
verb (delete, remove, get rid of, nuke, drop, destroy, tear down, take down, turn off, switch
off, shut down, disable, stop, scale down) is followed by the workload's name, every word after
the name up to the end of its phrase must be a word for the workload itself (deployment, app,
service, statefulset, workload, pods, stack, …). The phrase ends at punctuation or at a word
that starts something else ("and everything that belongs to it", "now", "since it is unused",
"tomorrow", "to 0", …). Any other word ("latency alert", "dark mode", "replica", "old version")
is asked, naming it and saying what to type. The nearest orders still plan: "delete checkout",
"delete the checkout deployment", "tear down orders and everything that belongs to it", "shut
down worker", "turn off worker", "scale frontend to 0", "delete worker, it is unused". A reply
(refinements) is not checked again.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

from dotop_nb.planner.offline import followers
from dotop_nb.planner.offline.context import containers
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import lowered
from dotop_nb.ports import PlanResult

__all__ = ["check", "unread"]

Live = Callable[[str, str], "dict[str, Any] | None"]

_VERB = (
    r"(?:delete|remove|get\s+rid\s+of|nuke|drop|destroy|kill|tear\s+down|take\s+down|"
    r"turn\s+off|switch\s+off|shut\s+(?:down|off)|disable|stop|scale\s+down|scale|"
    r"decommission|uninstall|wipe|purge|erase)"
)
# A restart or a rollback read from a verb before the name (round 25): "restart the checkout
# rate limiter", "roll back the checkout rate limiter" acted on the whole workload.
_RESTART = (
    r"(?:(?:rolling\s+|rollout\s+)?restart|bounce|reboot|recycle|cycle|kick|reload|"
    r"redeploy|re-deploy|respawn|refresh)"
)
_UNDO = r"(?:roll\s*back|roll-back|undo|revert|back\s+out|downgrade)"
# A new image or a hardening read from a verb before the name: "update the checkout rate
# limiter to 2.0" set checkout's image, "harden the checkout rate limiter" its whole pod.
_UPDATE = r"(?:update|upgrade|bump|ship|roll\s+out|release|redeploy|deploy|move|promote)"
_HARDEN = r"(?:harden|secure|lock\s+down)"
_LEAD = r"(?:(?:the|our|my|that|this|your)\s+)?"
# "restart the new checkout alert", "roll back the noisy checkout alert": a word before the
# name that says which one of its parts (round 26).
_WHICH = r"(?:(?:new|old|noisy|flaky|broken|latest|current|recent)\s+)?"
_TOKEN = re.compile(r"\w[\w'-]*|\S")
# Words for the workload itself, or a kind of object a delete reads.
_SELF = frozenset(
    """
    deployment deployments deploy deploys statefulset statefulsets sts daemonset daemonsets ds
    service services svc svcs app apps application applications workload workloads pod pods
    replicas instances container containers stack stacks thing things resources objects
    k8s kubernetes microservice microservices server servers backend api
    configmap configmaps cm pdb pdbs hpa hpas object poddisruptionbudget poddisruptionbudgets
    disruption budget budgets horizontalpodautoscaler autoscaler autoscalers config configs
    task tasks job jobs cronjob cronjobs allocation allocations
    """.split()
)
# Words that end the phrase of the object: what comes next is not a part of it.
_STOP = frozenset(
    """
    and or with without since because cause cuz as if when whenever once while now at on in
    from to into onto before after until till by for so but then than tomorrow tonight today
    yesterday this next asap please pls plz immediately right completely entirely fully
    permanently forever too also again already first later soon altogether it its it's is was
    are were be been being which that who whom we i you they he she thanks thank thx ty
    everything all every entire whole safely quickly gracefully cleanly force forcefully
    forcibly of over during via using per except including no not
    the a an any one along together except plus incl including yes ok okay
    namespace ns cluster here there altogether totally outright wholesale only alone itself
    just prior ahead both
    """.split()
)
# "scale worker down to 0", "turn worker off": a particle of the verb, when nothing follows it
# but the end or a word that ends the phrase ("the orders down alert" is a part).
_PARTICLES = frozenset(("down", "off", "up", "out", "away", "back"))
# Words after the name that a restart or a rollback reads as the workload or its rollout:
# "restart checkout pods", "roll back checkout's last release", "restart checkout daily".
_RESTART_SELF = _SELF | frozenset(
    """
    rollout rollouts everywhere daily nightly hourly weekly morning evening midnight noon
    """.split()
    + "stateful set dyno dynos alloc allocs started process processes procs unit units".split()
    # "restart the postgres db", "restart ledger's most recent pods".
    + "db dbs database databases most recent latest newest".split()
)
_UNDO_SELF = _RESTART_SELF | frozenset(
    """
    release releases deploy deploys deployment rollout update updates upgrade upgrades
    change changes image images tag version versions revision revisions build builds
    last latest previous recent bad broken faulty failed failing new buggy most
    """.split()
)
# Words after the name that an update of its image or a hardening reads as the workload, its
# image or its pods: "update checkout's image tag to 1.2.0", "harden the payments pod spec".
_UPDATE_SELF = _SELF | frozenset(
    "image images tag tags version versions build release container's image's sidecar sidecars"
    " software binary binaries code package packages artifact artifacts fix fixes hotfix".split()
)
_HARDEN_SELF = _SELF | frozenset(
    """
    security securitycontext context contexts pod's spec specs template templates settings
    posture runtime
    """.split()
)
# "ship frontend v2.2.0": a version ends the phrase of a new image ("v" and a digit).
_VERSION = "v0"
# Words that end a restart's or rollback's phrase besides :data:`_STOP`: "bounce checkout
# overnight", "… real quick", "restart my-api between test runs", "roll back checkout would you".
_RESTART_ENDS = frozenset(
    """
    overnight real quick quickly fast between around would could can will should might must
    cheers mate ta
    """.split()
    # A time, a condition or a remark after the name starts something else, which the readers
    # of times and conditions read (the plan's awaits) or ask: "restart orders saturday 23:00",
    # "restart my-api tonite", "restart orders upon approval of CHG-5521", "bounce payments post
    # the 22:00 DNS cutover", "restart checkout off-peak", "restart worker fyi it is stuck".
    + """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
    sat sun weekday weekdays weekend weekends tonite tonght 2nite morning evening afternoon
    midnight noon eod eow off-peak offpeak peak hours upon post assuming provided providing
    given unless following outside avoiding pending approval approved fyi btw cc nb ps ping
    """.split()
    # Round 36 (gap39b): the reader called by a word or a politeness particle ("restart worker
    # bro", "restart worker krub, it stuck"): the phrase has ended (a delete still asks).
    + list(followers.ADDRESS)
)
# What each action on a workload reads: the verb before the name, the words it allows after
# it, the words that end its phrase.
_ACTIONS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "delete": (_VERB, _SELF, frozenset()),
    "off": (_VERB, _SELF, frozenset()),
    "restart": (_RESTART, _RESTART_SELF, _RESTART_ENDS | {_VERSION}),
    "undo": (_UNDO, _UNDO_SELF, _RESTART_ENDS | {_VERSION}),
    "image": (_UPDATE, _UPDATE_SELF, _RESTART_ENDS | {_VERSION}),
    "harden": (_HARDEN, _HARDEN_SELF, _RESTART_ENDS),
}
# A change said with a restart ("restart frontend with 2.2.0", "bounce my-api with debug
# logging", "restart worker with more memory", "restart my-api with FEATURE_X on", "… and
# turn off FEATURE_X"): a restart only rolls the pods as they are, so the change would be
# dropped (round 26). "restart worker with the new config", "… with max unavailable 0" plan.
_WITH_CHANGE = rx(
    r"(?:[^,;.!?\n(]|\.(?=\w))*?(?:\b(?:with|using|w/)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?"
    r"(?P<what>(?:image|tag|version)\s+\S*\d\S*|v?\d+\.\d+[\w.+-]*|"
    r"(?:more|less|extra|higher|lower|bigger|smaller|double|twice\s+the)\s+"
    r"(?:memory|mem|ram|cpu|cpus|resources|limits?|requests?)\b|"
    r"\d+(?:\.\d+)?\s*(?:mi|gi|m|g)b?\s+(?:of\s+)?(?:memory|mem|ram|cpu)\b|"
    r"(?:debug|verbose|trace|info|warn|warning|error)\s+(?:logging|logs?|log\s+level|"
    r"level|mode)\b|(?:logging|log\s+level|log-level)\s+(?:at|on|set\s+to|to)\s+\w+|"
    r"(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\s*(?:=\s*\S+|:\s*\S+|\s+(?:on|off|enabled|"
    r"disabled|true|false|set\s+to\s+\S+|to\s+\S+)\b|"
    # "with PROVIDER adyen": a variable and its value ("with CAB approval" is a hold).
    r"(?-i:[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{4,})\s+(?!(?:approval|sign-?off|ok|okay|review|"
    r"consent|permission|blessing|go-ahead)\b)(?-i:[a-z][\w.-]*)\b))|"
    r"\band\s+(?:then\s+)?(?P<then>(?:turn|switch)\s+(?:on|off)\s+\S+|(?:turn|switch)\s+"
    r"\S+\s+(?:on|off)\b|(?:enable|disable|unset)\s+\S+))",
    re.I,
)
_OFF_VERB = re.compile(r"^(?:turn|switch|shut|disable|stop|scale|take)\b", re.I)


_ACTION_OF = {
    "delete": "delete",
    "rollout_restart": "restart",
    "rollout_undo": "undo",
    "set_image": "image",
    "patch": "harden",
}


def _hits(result: PlanResult, name: str) -> list[tuple[str, str]]:
    """The kind of the workload ``name`` and each action the plan takes on it that is read
    here: a delete, a scale to 0, a restart, a rollback, a new image, a patch (a hardening)."""
    found: list[tuple[str, str]] = []
    for op in result.operations:
        kind = op.target.kind.lower()
        if op.target.name != name or kind not in ("deployment", "statefulset", "daemonset"):
            continue
        action = _ACTION_OF.get(op.kind)
        if op.kind == "scale" and getattr(op, "replicas", None) == 0:
            action = "off"
        if action and (kind, action) not in found:
            found.append((kind, action))
    return found


# What the question says the plan would have done, and what to type for the workload itself.
_WHOLE = {
    "restart": ("restart the whole workload", "to restart all its pods type 'restart {name}'"),
    "undo": ("roll the whole workload back", "to roll all of it back type 'rollback {name}'"),
    "image": (
        "change the whole workload's image",
        "to update its image type 'update {name} to VERSION'",
    ),
    "harden": ("harden the whole workload", "to harden all its pods type 'harden {name}'"),
}


def _runs(live: Live | None, kind: str, name: str, *, alone: bool = False) -> frozenset[str]:
    """The words of the names of the containers ``name`` runs ("the cache proxy": what it
    runs, the workload itself), as any workload of that name ("drop the redis sts and also
    the cache proxy": the Deployment cache runs the proxy). ``alone``: only a container that
    runs alone in its pod (round 26: "turn off orders app", "shut down the orders deployment
    envoy" name one of orders' two containers, a part)."""
    kinds = dict.fromkeys((kind.capitalize().replace("set", "Set"), *_WORKLOAD_KINDS))
    objs = [obj for k in kinds if live and (obj := live(k, name))]
    return frozenset(
        word
        for obj in objs
        if not alone or len(containers(obj)) == 1
        for c in containers(obj)
        for word in [c.get("name", "").lower(), *c.get("name", "").lower().split("-")]
        if word
    )


_WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


# "the frontend deploymnet": a kind word mistyped is still the kind.
_KIND_WORDS = ("deployment", "statefulset", "daemonset", "service", "workload", "application")


def _misspelt_kind(token: str) -> bool:
    return len(token) >= 6 and bool(difflib.get_close_matches(token, _KIND_WORDS, 1, 0.8))


def _ends(token: str, ends: frozenset[str] = frozenset()) -> bool:
    return (
        (not token[0].isalnum() and token[0] != "_")
        or token in _STOP
        or token in ends
        or token.isdigit()
        or (_VERSION in ends and token[0] == "v" and token[1:2].isdigit())
    )


def unread(
    rest: str, allowed: frozenset[str] = _SELF, ends: frozenset[str] = frozenset()
) -> list[str]:
    """The words at the start of ``rest`` (up to the end of the phrase or line) that are not
    in ``allowed``: what a name followed by them was not read as."""
    words: list[str] = []
    tokens = [m.group(0).lower() for m in _TOKEN.finditer(rest.split("\n", 1)[0])]
    for i, token in enumerate(tokens):
        if _ends(token, ends):
            break
        if token in _PARTICLES and (i + 1 == len(tokens) or _ends(tokens[i + 1], ends)):
            break
        if token in allowed or _misspelt_kind(token):
            continue
        words.append(token)
    return words


# An order on two things joined by "and" (its verb first): each must be in the plan.
_SETTLES = rx(
    r"\b(?:just|only|actually|not|except|but\s+not|scratch|rather|instead|never\s*mind|"
    r"leave|skip|without|forget)\b",
    re.I,
)
_PAIR = rx(
    rf"\W*(?:please\s+)?(?:(?P<restart>{_RESTART})|{_VERB}|{_UNDO}|{_UPDATE})\s+{_LEAD}"
    r"(?P<a>[\w-]+)(?:'s)?(?:\s+[\w-]+)?\s+(?:and|&|\+)\s+(?:also\s+)?(?P<det>the\s+|its\s+)?"
    r"(?P<b>[\w-]+)(?:\s+(?P<kind>[\w-]+))?",
    re.I,
)
# Round 27 (parts, L): objects a restart cannot act on, said as an item of its list ("restart
# frontend and the checkout pdb" made a PDB; "… and its service" was dropped). A restart
# replaces a workload's pods, nothing else ("the payments service" after a name is the app).
_NOT_RESTARTED = frozenset(
    """
    service services svc configmap configmaps cm config configs secret secrets pdb pdbs
    budget budgets hpa hpas autoscaler autoscalers ingress ingresses route routes netpol
    netpols networkpolicy policy policies alert alerts monitor servicemonitor dashboard
    dashboards volume volumes pvc pvcs certificate certificates cert certs backup backups
    """.split()
)


def _restart_item(pair: re.Match[str], targets: set[str]) -> str | None:
    """The item of a restart's list that names an object no restart acts on: "its service",
    "the checkout pdb" the plan acts on otherwise (never "the payments service", a workload by
    its app's name; one the plan leaves alone is asked below, by its name)."""
    if not pair.group("restart"):
        return None
    b, kind = pair.group("b").lower(), (pair.group("kind") or "").lower()
    if b in _NOT_RESTARTED and pair.group("det"):
        return f"{pair.group('det')}{pair.group('b')}".strip()
    if b in targets and kind in _NOT_RESTARTED - {"service", "services", "svc"}:
        return f"{pair.group('det') or ''}{pair.group('b')} {pair.group('kind')}".strip()
    return None


def _changed(change: re.Match[str], name: str, action: str = "restart") -> str:
    """The question for a change said with a restart or a new image of ``name`` (see
    :data:`_WITH_CHANGE`)."""
    what = (change.group("what") or change.group("then")).strip()
    if change.group("what") and _VERSION_SAID.match(what):
        version = what.split()[-1]
        then = (
            f"to run {version} type 'update {name} to {version}' (a new image rolls its pods "
            "as a restart does)"
        )
    else:
        then = (
            f"make the change first by its own words (for a variable 'set KEY=VALUE on {name}', "
            f"for memory 'set {name} memory to 1Gi'), then restart {name} if it still needs it"
        )
    if action == "image":
        return (
            f"I read {what!r} with the new image of {name}: the plan would only change its "
            f"image and drop that, so I changed nothing. Ask for the image alone ('update "
            f"{name} to VERSION') and for {what!r} by its own words (for a variable 'set "
            f"KEY=VALUE on {name}')."
        )
    return (
        f"I read {what!r} with the restart of {name}: a restart only rolls its pods as they "
        f"are and would drop that change, so I changed nothing. To restart only type 'restart "
        f"{name}'; {then}."
    )


_VERSION_SAID = re.compile(r"^(?:(?:image|tag|version)\s+)?v?\d", re.I)


def check(
    said: str,
    result: PlanResult,
    answered: bool = False,
    workloads: Iterable[str] = (),
    live: Live | None = None,
    *,
    left_out: Callable[[], frozenset[str]] = frozenset,
) -> PlanResult:
    """``result``, or a question in its place when a delete or switch-off of a workload was
    read from words that name a part of it (see the module's rule). ``left_out`` gives the
    workloads an exclusion after the order's list leaves out (read only when needed)."""
    if answered or not result.operations:
        return result
    if not any(op.kind in _ACTION_OF or op.kind == "scale" for op in result.operations):
        return result
    text = said.replace("\u2019", "'").replace("\u2018", "'")
    # (Only a name a plan's operation targets can be hit: the others, in the same order, are
    # skipped without a pass over the operations each; lowered once per set, text.lowered.)
    targets = {op.target.name for op in result.operations}
    names = (
        lowered(workloads)
        if isinstance(workloads, frozenset)
        else frozenset(w.lower() for w in workloads)
    )
    # "restart frontend and the checkout alert", "delete worker and the orders envoy": a
    # workload named in the order's list that the plan leaves alone (round 26).
    # (Not when words after it settle the list: "restart checkout and orders — just
    # checkout", "… — actually not frontend": the settled readers planned the one kept.)
    pair = _PAIR.match(text)
    if pair and not _SETTLES.search(text, pair.end()) and (item := _restart_item(pair, targets)):
        return result.held_back(
            f"I read {item!r} beside the restart of {pair.group('a')}: a restart only replaces "
            "a workload's pods and acts on nothing else, so I changed nothing. Say 'restart "
            f"{pair.group('a')}' for its pods, and ask for any change to {item!r} by its own words."
        )
    if (
        pair
        and not _SETTLES.search(text, pair.end())
        and (
            left := [
                w for w in pair.group("a", "b") if w.lower() in names and w.lower() not in targets
            ]
        )
        # Round 35 (a40a): "bump payments and frontend to 3.1.0, frontend is exempt": the
        # one an exclusion after the list leaves out is left alone as said (:mod:`.leftout`).
        and not {w.lower() for w in left} <= left_out()
    ):
        planned = "; ".join(op.summary() for op in result.operations)
        return result.held_back(
            f"I read {left[0]!r} in {pair.group(0).strip()!r}, but the plan ({planned}) does "
            f"nothing to {left[0]}, so I changed nothing. Ask for each change alone, naming the "
            "object (for a part of a workload, its kind and name)."
        )
    for name in sorted((n for n in names if n in targets), key=len, reverse=True):
        for kind, action in _hits(result, name):
            asked = _asked(text, result, name=name, kind=kind, action=action, live=live)
            if asked is not None:
                return asked
    return result


def _asked(
    text: str, result: PlanResult, *, name: str, kind: str, action: str, live: Live | None
) -> PlanResult | None:
    """The question for ``action`` on the workload ``name`` when its verb is followed by the
    name and words not read as the workload (see the module's rule), else None."""
    verb, allowed, ends = _ACTIONS[action]
    # ("deploy the new orders jar, image …": a new image names what is new.)
    which = _WHICH if action in ("restart", "undo") else ""
    # The name right after the verb, else later in its list ("delete checkout and the
    # payments latency alert"; never a clause after a comma: "delete the orders deploy,
    # orders moved into checkout").
    pattern = rx(
        rf"\b(?P<verb>{verb})\s+(?:[^.;!?\n]*?(?:\band|&|\+|\bplus|\bas\s+well\s+as)\s+"
        rf"(?:also\s+)?)??{_LEAD}{which}(?<![\w-]){re.escape(name)}(?![\w-])(?:'s?(?!\w))?",
        re.I,
    )
    if action in ("delete", "off"):
        # (A container beside another is a part even when its name is a word for the
        # workload: "turn off orders app", orders running app and envoy.)
        alone = _runs(live, kind, name, alone=True)
        allowed = (allowed | alone) - (_runs(live, kind, name) - alone)
    else:
        allowed = allowed | _runs(live, kind, name)
    found = [(m, unread(text[m.end() :], allowed, ends)) for m in pattern.finditer(text)]
    if action in ("restart", "image"):
        for m in pattern.finditer(text):
            change = _WITH_CHANGE.match(text, m.end())
            # ("update frontend with 2.2.0": the version is the update itself.)
            if change and (
                action == "restart" or not _VERSION_SAID.match(change.group("what") or "")
            ):
                return result.held_back(_changed(change, name, action))
    # "stop the checkout experiment, so scale checkout to zero": the workload itself said.
    if not found or any(not left for _, left in found):
        return None
    m, left = found[0]
    phrase = text[m.start() :].split(",", maxsplit=1)[0].strip(" .;!?")
    said = (
        f"I did not understand {' '.join(left)!r} after {name!r} in {phrase!r}: it reads as a "
        f"part or feature of {name}, and I never"
    )
    part = "to change a part of it, name the container, variable or object to change by its "
    if action in _WHOLE:
        act, then = _WHOLE[action]
        then = then.format(name=name)
        return result.held_back(
            f"{said} {act} for a part I cannot read. {then[0].upper()}{then[1:]}; "
            f"{part}kind and name."
        )
    off = bool(_OFF_VERB.match(m.group("verb")))
    act = "scale the whole workload to 0" if off else "delete the whole workload"
    return result.held_back(
        f"{said} {act} for a part I cannot read. To delete the workload itself type 'delete "
        f"the {name} {kind}'; to stop all its pods type 'scale {name} to 0'; {part}kind and name."
    )
