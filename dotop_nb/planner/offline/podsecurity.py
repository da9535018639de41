"""Pod security settings of a workload: non-root, a user id, a read-only root filesystem,
dropped capabilities, no privilege escalation, no privileged mode, the RuntimeDefault seccomp
profile, no mounted service-account token — or all of the restricted baseline at once ("harden
cart").

A security reviewer says them by their field names (``seccompProfile type RuntimeDefault``,
``privileged false``, ``runAsNonRoot, user 10001``) or by what they forbid ("must be neither
privileged nor able to escalate": both fields false — a "neither … nor" over two settings sets
both, it leaves nothing out). "Make it read-only" said of a workload (no volume, mount, key,
access or database mode in the sentence) is its root filesystem; said of a database with no word
of a filesystem anywhere in the request, it is asked.

Each setting is read from how people say it (the field name, or its meaning in words); only the
settings said are patched, on the pod (``spec.template.spec.securityContext``) or on every
container (or the one named), as a strategic patch. Example::

    make reports run as a non-root user with a read-only root fs
    → securityContext.runAsNonRoot: true; containers[*].securityContext.readOnlyRootFilesystem: true

A setting said in a way the planner does not read whole (a seccomp profile other than
RuntimeDefault, a capability to add) is asked about, never dropped.
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline import asides, template
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]

# The verbs that ask for a finding to go away, whatever it is.
_FIX = (
    r"(?:fix|fixed|remediate|address|resolve|correct|repair|sort\s+(?:it|that|this)\s+out|"
    r"clean\s+(?:it|that|this)\s+up)\b"
)
# Round 25 (negate): "no runAsNonRoot for payments", "without non-root": the setting itself
# refused, never asked for (read as a negation against the plan).
_REFUSED = r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bnever )"
NON_ROOT = re.compile(
    rf"{_REFUSED}run ?as ?non ?-?root|{_REFUSED}\bnon[- ]?root\b|\bnot (?:run(?:ning)? )?as root\b|"
    r"\b(?:never|don'?t|do not|must not|cannot) run as root\b|\bno root\b|\bwithout root\b|"
    # "nothing in frontend should ever run as root", "containers must not be allowed to run as
    # root", "no pod may run as root": a negation before "run as root" in its clause.
    # (Round 30, gap33b: or another verb of a process running, "must not work as root", "should
    # not operate as root", "never execute as root".)
    r"\b(?:nothing|nobody|no\s+(?:one|pods?|containers?|process(?:es)?)|never|not|cannot|"
    r"(?:should|must|could|would|ca|do|does|wo|may)n'?t)\b[^.;,]{0,40}?\b(?:run|runs|running|"
    r"work|works|working|operate|operates|operating|execute|executes|executing)\s+"
    r"as\s+root\b|\bstop\s+running\s+as\s+root\b|"
    # "should be neither privileged nor root": root forbidden in a neither … nor.
    r"\b(?:neither|nor)\s+(?:be\s+|run(?:s|ning)?\s+)?(?:as\s+)?root\b|"
    r"\b(?:un|non-?)privileged\s+user\b|\brootless\b|"
    # "get my-api off root", "the security lot want payments off root", "stop worker running as
    # root": taken off root is no longer run as root (a root filesystem or dir is another thing).
    r"\boff\s+(?:of\s+)?root\b(?!\s*(?:file|fs|dir|folder|volume|disk|partition|user\s+\d|/))|"
    r"\bstop\s+(?:the\s+)?(?:[a-z0-9][\w-]*\s+){0,3}(?:from\s+)?(?:running|run)\s+as\s+root\b|"
    # "forbid running as root in payments", "disable root for frontend".
    r"\b(?:disable|disallow|forbid|prevent|prohibit|block|ban)\s+(?:running\s+as\s+|the\s+)?root\b|"
    # A finding and its fix: "pentest flagged frontend running as root, fix pls", "remediate
    # frontend running as root": the fix of running as root is not running as root.
    rf"\b(?:runs?|running|ran)\s+as\s+(?:the\s+)?root\b(?=[^.;]*?\b{_FIX}|[^.;]*[.;]\s*"
    rf"(?:(?:please|pls|plz|kindly|can\s+you|could\s+you)\s+)*{_FIX}(?:\s+(?:it|that|this|pls|"
    r"please|asap))*\W*$)|"
    rf"\b{_FIX}[^.;]{{0,40}}?\b(?:runs?|running|ran)\s+as\s+(?:the\s+)?root\b"
)
_NON_ROOT = NON_ROOT
# "runAsUser 1000", "uid=1000", "run the app container as user 10001", "as uid 999 instead of
# root", "user id: 2000".
_USER = re.compile(
    r"\brun ?as ?user\s*(?:=|:|to|of)?\s*(\d+)\b|\b(?:uid|user id)\s*(?:=|:)?\s*(\d+)\b|"
    r"\b(?:as|under)\s+(?:the\s+)?(?:user|uid)(?:\s+id)?\s*(?:=|:)?\s*(\d+)\b|"
    # "(runAsNonRoot, user 10001)", "non-root user 10001", "run it as 10001": a user's number.
    r"\b(?:non-?\s?root\s+)?user\s*(?:=|:)?\s*(\d+)\b(?!\s*(?:users?|sessions?|requests?|%))|"
    r"\bruns?\s+as\s+(\d+)\b(?!\s*(?:replicas?|pods?|instances?|copies))"
)
_GROUP = re.compile(
    r"\brun ?as ?group\s*(?:=|:|to|of)?\s*(\d+)\b|\b(?:gid|group id)\s*(?:=|:)?\s*(\d+)\b|"
    # Round 41 (sh48a, attack48): "as user 1000 and group 3000", "user 1000 in group 2000": the
    # group said beside the user is the pod's group (was dropped).
    r"(?<=\d)(?:\s*,\s*|\s+and\s+|\s+in\s+|\s+)(?:the\s+)?group\s*(?:=|:)?\s*(\d+)\b"
)
# The group that owns mounted volumes ("fsGroup 999", "fs group: 2000").
_FS_GROUP = re.compile(r"\bfs ?group\s*(?:=|:|to|of)?\s*(\d+)\b")
# The container's own filesystem made unwritable, said with or without "root": "read-only root
# fs", "make the payments container filesystem read-only", "its disk should be read only", "no
# writes to the container filesystem", "an immutable filesystem". A volume or mount made
# read-only ("mount the config read-only") is another field: never this one.
_FS = r"(?:file ?systems?|fs|disks?)"
# Writes forbidden in any words: "should not be able to write to its filesystem" is the setting
# (guard reads this negation as understood).
WRITES_OFF = (
    r"\b(?:no|not|never|stop|disallow|forbid|block|cannot|(?:should|must|could|ca|wo|may)n'?t)\b"
    r"[^,;.]{0,30}\bwrit\w*\s+(?:to\s+|on\s+|in\s+)?(?:the\s+|its\s+|their\s+)?"
    rf"(?:own\s+|local\s+|container\s+|root\s+)*{_FS}\b"
)
# Read-only said of the workload itself: ending its clause, in a request that names no volume,
# mount, key, access right or database mode (those are other fields, or no pod's at all).
_BARE_READ_ONLY = (
    r"^(?!.*\b(?:volumes?|mount\w*|pvcs?|configmaps?|config|secrets?|claims?|keys?|access|"
    r"permissions?|roles?|rbac|bindings?|buckets?|users?|accounts?|tokens?|mode|replicas?|"
    r"databases?|db|quer(?:y|ies)|transactions?|apis?|endpoints?|shares?|nfs|files?|dirs?|"
    r"directory|directories|paths?|/\w+)\b)"
    r".*?\b(?:make|makes|made|set|keep|run|runs|be|is|are|become|turn|go)\s+(?:[a-z0-9-]+\s+){0,3}?"
    r"read[- ]?only(?=\s*(?:$|[,;.!?)]|\s+(?:please|pls|plz|asap|now|too|as\s+well|instead|and|"
    r"with|but|then|plus)\b))"
)
_BARE = re.compile(_BARE_READ_ONLY)
# Words of a filesystem anywhere in the request: "Make it read-only" then means its root fs.
_FS_SAID = re.compile(rf"\b{_FS}\b|\bwrit(?:e|es|ing|able|eable)\b|\broot ?fs\b")
_READ_ONLY = re.compile(
    r"read ?only ?root ?(?:file ?system|fs)|read[- ]?only\b.*\broot\b|\broot\b.*\bread[- ]?only\b|"
    r"immutable (?:root )?file ?system|"
    r"^(?!.*\b(?:volumes?|mount(?:s|ed|ing)?|pvcs?|configmaps?|secrets?|claims?)\b)(?:"
    rf"[^,;.]*\bread[- ]?only\b[^,;.]{{0,40}}\b{_FS}\b|"
    rf"[^,;.]*\b{_FS}\b[^,;.]{{0,40}}\bread[- ]?only\b|"
    rf"[^,;.]*(?:{WRITES_OFF})|"
    rf"[^,;.]*\bun-?writ(?:e|a)ble\s+(?:root\s+|container\s+)?{_FS}\b)|"
    # "Make it read-only", "worker should be read-only": read-only ending its clause, said of
    # the workload (the finding before it, "a writable root filesystem", is often set apart).
    rf"{_BARE_READ_ONLY}"
)
_CAPS = re.compile(r"\b(?:linux )?(?:capabilit(?:y|ies)|caps)\b|\bcap_[a-z_]+\b", re.I)
_CAP_NAME = re.compile(r"\b(?:CAP_)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b")
# "no priv esc": the abbreviation ops people type. A bare "escalation" after a word of support
# ("a customer escalation", "support escalated ticket 48") is a complaint relayed, no privilege;
# nor is a bare "escalation" said as a label or with who sent it (round 19, attack: "Escalation:
# restart payments", "Escalated by the on-call — …", "escalation from Sam:").
_ESCALATION = re.compile(
    r"privilege[- ]?escalation|allow ?privilege ?escalation|"
    r"(?<!customer )(?<!support )(?<!client )(?<!ticket )\bescalat"
    r"(?!(?:ion|ed|e)?\s*(?::|[\u2014\u2013]|\s-\s|\s+(?:from|by|via|per|to\s+(?:me|us|ops|sre|"
    r"the\s+on-?call))\b))|"
    r"\bpriv(?:ilege)?[- ]?esc\b|\bpriv\.?\s*esc\b|"
    # "nothing in worker should be able to gain privileges": escalating, in plain words.
    r"\bgain(?:s|ing)?\s+(?:any\s+|more\s+|extra\s+|new\s+|root\s+)?privileges?\b"
)
# "seccomp", "seccompProfile type RuntimeDefault", "the RuntimeDefault profile".
_SECCOMP = re.compile(r"\bseccomp|\bruntime ?default\b")
# Privileged mode, by its field or in words ("privileged: false", "no privileged containers",
# "must be neither privileged nor …"); "privileged ports" are a capability's, "an unprivileged
# user" is non-root.
_PRIVILEGED = re.compile(
    r"(?<![\w-])privileged\b(?!\s+(?:ports?|users?|accounts?))(?!\s*(?:=|:)?\s*true\b)|"
    r"\bunprivileged\b(?!\s+(?:ports?|users?|accounts?|uids?))|"
    r"(?<![\w-])privileged\s*(?:=|:)?\s*true\b"
)
# Privileged mode switched off, as said (what chooses this rule; "payments runs privileged for
# the agent" only describes): "privileged false", "must not run privileged", "no privileged
# containers", "disable privileged mode", "unprivileged containers".
PRIVILEGED_OFF = (
    r"(?<![\w-])privileged\s*(?:=|:)?\s*(?:false|off|no)\b|"
    r"(?:\b(?:no|not|never|neither|nor|without|disable|disallow|forbid|prevent|block|deny|stop)|"
    r"\b(?:should|must|ca|do|does|wo|may|is|are)n'?t)\b[^,.;]{0,30}?(?<![\w-])privileged\b"
    r"(?!\s+(?:ports?|users?|accounts?))|"
    r"\bunprivileged\s+(?:containers?|mode|pods?)\b|\brun\w*\s+unprivileged\b"
)
# "must be neither privileged nor able to escalate", "neither root nor writable": two settings
# forbidden at once — both set, nothing left out (guard reads it as understood).
_FORBIDDABLE = (
    r"(?:(?:be|run|running|runs)\s+)?(?:as\s+)?(?:privileged|root|writable|able\s+to\s+"
    r"(?:escalate|write|run\s+as\s+root|gain\s+\w+\s+privileges)|escalat\w*|"
    r"(?:allowed\s+to\s+)?(?:escalate|write|run\s+as\s+root)|mount\w*\s+(?:the\s+|a\s+)?"
    r"(?:service\s*account\s+)?token)"
)
NEITHER_NOR = rf"\bneither\s+{_FORBIDDABLE}\b[^,;.]{{0,30}}?\bnor\s+{_FORBIDDABLE}"
_TOKEN = re.compile(
    r"service ?account ?token|\bsa token\b|automount ?service ?account ?token|\bautomount\b|"
    # "unmount the token", "stop mounting the api token".
    r"\b(?:un-?mount|mount|automount)\w*\s+(?:the\s+|its\s+|their\s+)?(?:api\s+|k8s\s+)?tokens?\b"
)
# Escalation forbidden in any words: "shouldn't be able to escalate privileges", "can't be
# allowed privilege escalation" (what the rule sets; an escalation switched on is asked).
# "nothing in worker should be able to gain privileges": gaining privileges is escalating.
ESCALATION_OFF = re.compile(
    r"(?:\b(?:no|not|never|cannot|without|stop|disallow|forbid|prevent|block|deny|disable|"
    r"nothing|nobody|none)|"
    r"\b(?:should|must|could|would|ca|do|does|wo|may|is|are)n'?t)\b[^,.;]{0,40}?"
    r"\b(?:escalat\w*|privilege[- ]?escalation|priv\.?\s*esc|"
    r"gain(?:s|ing)?\s+(?:any\s+|more\s+|extra\s+|new\s+|root\s+)?privileges?)"
)
# The token taken away: "remove the service account token from checkout" (over a delete's
# "remove … service"), "no sa token please", "don't give worker a service account token".
TOKEN_OFF = re.compile(
    r"\b(?:remove|drop|strip|take\s+away|get\s+rid\s+of|disable|no|don'?t|do\s+not|never|"
    r"without|stop|doesn'?t\s+need)\b[^,.;]{0,40}?\b(?:service\s*-?\s*account|sa)\s+tokens?\b"
)
_HARDEN = re.compile(
    r"\bharden\b|\brestricted (?:pod security|profile|baseline|standard)|"
    r"pod security (?:standard|baseline)|\block down the (?:pods?|containers?) of\b"
)
_OFF = re.compile(
    r"\b(?:disallow|disable|forbid|prevent|block|deny|no|don'?t|do not|never|stop|turn off|"
    r"un-?mount|remove|drop|strip|"
    r"false|without|switch off|off|neither|nor)\b"
)
_ON = re.compile(r"\b(?:allow|enable|permit|true|turn on)\b")
# "should not allow privilege escalation", "mustn't be allowed to escalate": allowing negated is
# a restriction, read as "disallow".
_NOT_ON = re.compile(
    r"(?:\b(?:not|never)|n't)\s+(?:ever\s+)?(?:be\s+)?(?:allow|allowed|enable|enabled|permit|"
    r"permitted)\b"
)

# The Linux capabilities with a compound name ("drop NET_RAW"): a capability, not an environment
# variable (config reads "drop KEY"); one-word names (KILL, CHOWN) only as CAP_KILL. "drop ALL
# caps" names capabilities too.
_CAPABILITY_NAMES = (
    "audit_control|audit_read|audit_write|block_suspend|checkpoint_restore|dac_override|"
    "dac_read_search|ipc_lock|ipc_owner|linux_immutable|mac_admin|mac_override|net_admin|"
    "net_bind_service|net_broadcast|net_raw|sys_admin|sys_boot|sys_chroot|sys_module|sys_nice|"
    "sys_pacct|sys_ptrace|sys_rawio|sys_resource|sys_time|sys_tty_config|wake_alarm|cap_[a-z_]+"
)
DROP_NAMED = re.compile(
    rf"\b(?:drop|remove|strip)\s+(?:the\s+)?(?:{_CAPABILITY_NAMES})\b(?!\s*=)|"
    r"\b(?:drop|remove|strip)\s+all\s+(?:the\s+)?(?:linux\s+)?(?:caps|capabilit(?:y|ies))\b|"
    # "capabilities: drop ALL", "capabilities.drop: [ALL]": the field, then its list.
    r"\b(?:caps|capabilit(?:y|ies))\s*(?:[:=.]\s*)?(?:drop|remove|strip)\s*(?:[:=]\s*)?\[?\s*"
    rf"[\"']?(?:all|{_CAPABILITY_NAMES})\b",
    re.I,
)
CUE = re.compile(
    rf"{_NON_ROOT.pattern}|{_USER.pattern}|{_GROUP.pattern}|{_FS_GROUP.pattern}|"
    rf"{_READ_ONLY.pattern}|"
    r"\b(?:drop|remove|strip|no)\b.*\b(?:capabilit(?:y|ies)|caps)\b|"
    r"\b(?:capabilit(?:y|ies)|caps)\b.*\b(?:drop|dropped|removed|stripped)\b|"
    rf"{_ESCALATION.pattern}|{_SECCOMP.pattern}|{_TOKEN.pattern}|{_HARDEN.pattern}|"
    rf"{PRIVILEGED_OFF}|"
    r"security ?context",
    re.I,
)


# A container said to stay as it is: "envoy keeps its own user", "the app container is not to be
# changed", "leave envoy alone", "except the envoy sidecar". Only a container's name counts.
KEPT = re.compile(
    r"\b(?:the\s+)?((?:[a-z0-9][a-z0-9-]*\s*,?\s+and\s+(?:the\s+)?)*[a-z0-9][a-z0-9-]*)"
    r"(?:\s+(?:containers?|sidecars?))?\s+(?:keeps?\s+(?:its|their)\s+own\b|"
    r"(?:stays?|remains?)\s+(?:as\s+(?:it\s+|they\s+)?(?:is|are)|unchanged|untouched|the\s+same)\b|"
    r"(?:is|are|should|must|shall)\s+(?:not|n't)\s+(?:to\s+)?(?:be\s+)?(?:changed|touched|modified)\b|"
    r"(?:isn'?t|aren'?t|shouldn'?t|mustn'?t)\s+(?:to\s+)?(?:be\s+)?(?:changed|touched|modified)\b|"
    r"(?:is|are)\s+(?:to\s+be\s+)?(?:left\s+)?(?:alone|as\s+is|unchanged|untouched)\b|"
    r"(?:(?:is|are)\s+)?(?:excluded|exempt(?:ed)?|spared|skipped|omitted|left\s+out)\b)|"
    r"\bleave\s+(?:the\s+)?([a-z0-9][a-z0-9-]*)(?:\s+(?:container|sidecar))?\s+(?:alone|as\s+is|"
    r"unchanged|untouched|be)\b|"
    r"\b(?:except|but\s+not|not)\s+(?:for\s+)?(?:the\s+)?([a-z0-9][a-z0-9-]*)\s+(?:container|sidecar)\b"
)


def _kept(text: str, names: list[str]) -> set[str]:
    """The containers of ``names`` the text says to leave as they are."""
    said = {
        w
        for m in KEPT.finditer(text)
        for group in m.groups()
        if group
        for w in rx(r"\s*(?:,|\band\b|\bthe\b)\s*").split(group)
        if w
    }
    return said & set(names)


def _flag(text: str, pattern: re.Pattern[str], what: str) -> bool:
    """Whether ``what`` is switched off (True) as said; asks when it is said to be switched on."""
    m = pattern.search(text)
    assert m is not None
    text = _NOT_ON.sub(" disallow", text)
    clause = rx(r"[,;.]|\band\b").split(text)
    near = next((c for c in clause if pattern.search(c)), text)
    if _ON.search(near) and not _OFF.search(near):
        raise Clarify(
            f"You asked to allow {what}: the planner only tightens pod security. Say it as a "
            f"restriction (e.g. 'disallow {what}'), or make that change by hand."
        )
    if not _OFF.search(text) and not _NOT_NEEDED.search(text):
        # "mount the service account token in worker": nothing says it is switched off.
        raise Clarify(
            f"Should {what} be switched off? The planner only tightens pod security: say e.g. "
            f"'disallow {what}'."
        )
    return True


_UNDONE = re.compile(
    r"\b(?:don'?t|do\s+not|never|not|(?:should|must|wo)n'?t)\s+(?:ever\s+)?(?:disallow|forbid|prevent|"
    r"block|deny|disable|stop|drop|remove|turn\s+off|switch\s+off)\b"
)
# "the token is not needed", "privilege escalation disabled": switched off, said of the state.
_NOT_NEEDED = re.compile(
    r"\b(?:not|never|cannot|(?:should|must|could|would|ca|do|does|did|wo|may|is|are)n'?t)\b|\b(?:disabled|removed|unmounted|unneeded|unnecessary|needless|"
    r"forbidden|disallowed|prevented|blocked|dropped)\b"
)


def _whole_ids(text: str, pattern: re.Pattern[str], field: str) -> None:
    """Ask when an id is said with a separator or a fraction ("user 1,000", "user 1000.5") or
    when two different ids are said for one field ("as user 1000 but the envoy container as
    user 101"): the id planned must be the one said, for what it was said for."""
    found = list(pattern.finditer(text))
    for m in found:
        if rx(r"[.,]\d").match(text, m.end()):
            start = m.start(next(i for i, g in enumerate(m.groups(), 1) if g))
            said = rx(r"\d+(?:[.,]\d+)*").match(text, start)
            raise Clarify(
                f"I read {said.group(0) if said else m.group(0)!r} as the {field} id: ids are "
                "whole numbers with no separator. Which id exactly (e.g. 1000)?"
            )
    values = {next(g for g in m.groups() if g) for m in found}
    if len(values) > 1:
        raise Clarify(
            f"I read more than one {field} id ({', '.join(sorted(values))}): one per workload "
            "here. Which goes where? Say each container's on its own, e.g. 'run the envoy "
            "container of … as user N'."
        )


def settings(text: str, raw: str) -> tuple[Json, Json, list[str]]:
    """The pod-level and container-level securityContext said, and their descriptions."""
    pod: Json = {}
    box: Json = {}
    said: list[str] = []
    harden = bool(_HARDEN.search(text))
    if harden and rx(r"\bbaseline\b").search(text) and not rx(r"\brestricted\b").search(text):
        # The baseline Pod Security Standard is not the restricted one the planner sets.
        raise Clarify(
            "I read 'baseline': the baseline Pod Security Standard only forbids privileged mode, "
            "host namespaces, ports and paths and added capabilities; the planner hardens to the "
            "restricted one (non-root, read-only root filesystem, drop ALL, no escalation, "
            "RuntimeDefault seccomp), which can break an app baseline would keep. Say "
            "'restricted', or the settings to set (e.g. 'privileged false')."
        )
    if harden or _NON_ROOT.search(text):
        pod["runAsNonRoot"] = True
        said.append("runAsNonRoot")
    for pattern, field in ((_USER, "user"), (_GROUP, "group"), (_FS_GROUP, "fsGroup")):
        _whole_ids(text, pattern, field)
    if m := _USER.search(text):
        uid = int(next(g for g in m.groups() if g))
        if uid == 0:
            raise Clarify("runAsUser 0 is root: the planner only tightens pod security. Which uid?")
        pod["runAsUser"] = uid
        pod.setdefault("runAsNonRoot", True)
        said.append(f"runAsUser {uid}")
    if m := _GROUP.search(text):
        pod["runAsGroup"] = int(next(g for g in m.groups() if g))
        said.append(f"runAsGroup {pod['runAsGroup']}")
    if m := _FS_GROUP.search(text):
        pod["fsGroup"] = int(m.group(1))
        said.append(f"fsGroup {pod['fsGroup']}")
    if harden or _READ_ONLY.search(text):
        box["readOnlyRootFilesystem"] = True
        said.append("readOnlyRootFilesystem")
    if harden or _CAPS.search(raw) or DROP_NAMED.search(raw):
        if rx(r"\badd\b").search(text) and not harden:
            raise Clarify(
                "Adding Linux capabilities widens what a container may do; the planner only "
                "drops them. Say which to drop (e.g. 'drop all capabilities')."
            )
        names = [n for n in _CAP_NAME.findall(raw) if n not in ("ALL",)]
        if harden or rx(r"\ball\b").search(text) or not names:
            dropped = ["ALL"]
        else:
            dropped = sorted(set(names))
        box["capabilities"] = {"drop": dropped}
        said.append(f"capabilities drop {', '.join(dropped)}")
    if harden or _ESCALATION.search(text):
        if not harden:
            _flag(text, _ESCALATION, "privilege escalation")
        box["allowPrivilegeEscalation"] = False
        said.append("allowPrivilegeEscalation false")
    if _PRIVILEGED.search(text):
        if not rx(r"\bunprivileged\b").search(text):
            _flag(text, _PRIVILEGED, "privileged mode")
        box["privileged"] = False
        said.append("privileged false")
    if harden or _SECCOMP.search(text):
        if rx(r"\bunconfined\b|\blocalhost\b").search(text):
            raise Clarify(
                "The planner sets the RuntimeDefault seccomp profile only (Unconfined loosens, "
                "Localhost needs a profile file on every node). Use RuntimeDefault?"
            )
        pod["seccompProfile"] = {"type": "RuntimeDefault"}
        said.append("seccompProfile RuntimeDefault")
    return pod, box, said


def pod_security(ctx: Ctx) -> PlanResult:
    """Patch the security settings said onto the workload's pod template."""
    target, obj = ctx.workload()
    text = ctx.text.replace("\u2019", "'")
    # The whole request: a prohibition read apart ("…, don't remove NET_BIND_SERVICE") too.
    if double := _UNDONE.search(text.lower()) or _UNDONE.search(ctx.request.intent.lower()):
        # "don't disallow privilege escalation", "don't forbid running as root": the
        # restriction taken back loosens (or keeps) — never the restriction itself.
        raise Clarify(
            f"I read {double.group(0)!r}: a restriction taken back loosens pod security, which "
            "the planner does not do. Say only the restriction to set (e.g. 'disallow "
            "privilege escalation on …')."
        )
    # "drop capabilities on orders; envoy needs NET_ADMIN": a remark lends no value.
    names = [str(c["name"]) for c in containers(obj) if c["name"] != target.name]
    pod, box, said = settings(text.lower(), asides.unremarked(ctx.raw, names))
    spec: Json = {}
    if _TOKEN.search(text.lower()):
        _flag(text.lower(), _TOKEN, "mounting the service account token")
        spec["automountServiceAccountToken"] = False
        said.append("automountServiceAccountToken false")
    if (
        box.get("readOnlyRootFilesystem")
        and target.kind == "StatefulSet"
        and not _FS_SAID.search(ctx.said_all().lower())
        and not _HARDEN.search(text.lower())
    ):
        # "make postgres read-only": a database's read-only mode is no pod field.
        raise Clarify(
            f"Read-only {target.describe()}: its container's root filesystem "
            "(readOnlyRootFilesystem), or the data it serves (a setting of the database, not "
            "planned here)? Say e.g. 'read-only root filesystem on "
            f"{target.name}'."
        )
    if not said:
        raise Clarify(
            "Which pod security setting? I can set runAsNonRoot, runAsUser, a read-only root "
            "filesystem, drop capabilities, disallow privilege escalation, the RuntimeDefault "
            "seccomp profile, or stop mounting the service account token."
        )
    if pod:
        spec["securityContext"] = pod
    items = [str(c["name"]) for c in containers(obj)]
    # The container kept may be said in a prohibition read apart ("…, but the envoy container
    # is not to be touched"): the whole request is read for it.
    said_all = f"{text} {ctx.request.intent}".lower()
    kept = _kept(said_all, items) if len(items) > 1 else set()
    if len(items) > 1:
        # "run orders as non-root, envoy needs root": a container said only in a remark keeps
        # what it has (:func:`asides.remarked`).
        kept |= asides.remarked(ctx.said_all(), ctx.object_names()) & set(items) - {target.name}
        # "…, while envoy must run as root": a container said to be root keeps root. A root
        # filesystem is no user ("the orders app container gets a read-only root filesystem"),
        # and a clause that takes root away ("app off root") asks the setting.
        for clause in rx(r"[,;.()?!]|\b(?:but|while|whereas)\b").split(said_all):
            if (
                rx(r"\broot\b(?!\s*(?:file\s*systems?|fs)\b)").search(clause)
                and not NON_ROOT.search(clause)
                and not rx(r"non-?\s?root|\bnot\b|n't\b|\bnever\b|\bno\b").search(clause)
            ):
                kept |= {n for n in items if rx(rf"\b{re.escape(n)}\b").search(clause)}
    named = [n for n in items if rx(rf"\b{re.escape(n)}\b").search(text) and n not in kept]
    named = [n for n in named if n != target.name] if len(items) > 1 else []
    chosen = named or [n for n in items if n not in kept]
    if not chosen:
        raise Clarify(
            f"Every container of {target.describe()} ({', '.join(items)}) is to stay as it is: "
            "which one should change?"
        )
    if (box or pod) and len(chosen) < len(items):
        # "run the orders app container as user 10001 (envoy keeps its own user)": the user
        # (and the other settings a container has too) go on the containers said, not the pod.
        for key in ("runAsUser", "runAsGroup", "runAsNonRoot", "seccompProfile"):
            if key in pod:
                box[key] = pod.pop(key)
        if not pod:
            spec.pop("securityContext", None)
    if box:
        spec.update(template.containers_spec({n: {"securityContext": box} for n in chosen}))
    risks = []
    if "runAsNonRoot" in pod or "runAsNonRoot" in box:
        risks.append("pods whose image runs as root (uid 0) will not start: set runAsUser")
    if box.get("readOnlyRootFilesystem"):
        risks.append("an app that writes to its filesystem needs an emptyDir for those paths")
    if "capabilities" in box:
        risks.append("an app that binds a port below 1024 needs NET_BIND_SERVICE back")
    return template.plan(
        ctx,
        target,
        "security",
        spec,
        analysis=f"{target.describe()}: pod security {', '.join(said)}.",
        verified=", ".join(said),
        risks=risks,
    )
