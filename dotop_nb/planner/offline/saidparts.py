"""What the plan must carry of what was said: an exception, a value, every part (round 23).

Rule: a finished plan is read against the words as sent, and asked about when it drops or
contradicts what they say of the very change it makes:

- an exception said to a hardening ("harden payments, but keep the root filesystem writable",
  "… except capabilities", "drop all capabilities but keep NET_BIND_SERVICE") where the plan
  patches a securityContext: asked (the plan would set what was excepted);
- a soft spread ("ScheduleAnyway", "allow scheduling anyway") or a skew ("max skew 2") a
  topology spread does not carry (:mod:`.placement` reads both; a spread made for HA does
  not): asked;
- a PDB's allowed disruptions ("allowing 2 disruptions", "2 pods down at a time") other than
  its maxUnavailable: asked;
- a backup schedule said with more than its cron holds: two times or two days where the cron
  has one ("at 2am and 2pm", "on mondays and thursdays"), a cadence it cannot say ("every other
  day", "every 2 days"), a time zone ("CET", "Europe/Berlin": a Velero cron has none), a night
  named by its day ("friday night"), a start ("starting next week", "from january"), a storage
  location ("to bucket s3://…", "to the dr location") or a file-system backup ("with restic"):
  asked;
- an alert's window ("in the last 15 minutes") its rule does not use: asked;
- a config value said as a word for nothing ("to empty", "to blank", "to nothing"): asked
  (the key would hold that word).
"""

from __future__ import annotations

import json
import re
from typing import Any

from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.speech import REFUSED_TAIL
from dotop_nb.ports import PlanResult

_I = re.I
_KEEP = re.compile(
    r"\b(?:but\s+(?:keep|leave|allow|let|not)|except(?:\s+for)?|excluding|other\s+than|apart\s+"
    r"from|save\s+for|minus|keeping|leaving|without\s+(?:touching|changing|dropping|making))\b",
    _I,
)
# A security setting an exception names ("the root filesystem writable", "capabilities").
_GUARDED = re.compile(
    r"\b(?:root|filesystem|file\s+system|fs|writ(?:e|able|eable)|capabilit\w*|caps?|net_\w+|"
    r"sys_\w+|chown|setuid|setgid|privilege\w*|escalation|seccomp|apparmor|selinux|read-?only|"
    r"non-?root|uid|gid|user|group|sysctls?|host\w*)\b",
    _I,
)
# An exception to a hardening said any other way (round 23, negx): a field named by its own
# name ("but not readOnlyRootFilesystem", "except runAsNonRoot", "except the sidecar"), a
# setting kept ("; keep root fs rw", "allowPrivilegeEscalation stays true", "RO rootfs off")
# or what the workload needs ("(rootfs writable)", "it needs root", "it must run as root").
_FIELD = re.compile(
    r"(?:readOnlyRootFilesystem|runAsNonRoot|runAsUser|runAsGroup|allowPrivilegeEscalation|"
    r"seccompProfile|\bprivileged\b|\brootfs\b|\broot\s*fs\b|\bsidecars?\b|\bcontainers?\b|"
    r"\bRO\b)",
    _I,
)
_EXCEPT_ANY = re.compile(
    r"\b(?:except|excluding|but\s+not|not|apart\s+from|other\s+than|save\s+for|minus|"
    r"without)\b",
    _I,
)
_KEPT = re.compile(
    r"\b(?:keep|keeping|leave|leaving|stays?|staying|remains?|off|unchanged|as\s+is)\b", _I
)
_NEEDS = re.compile(
    r"\b(?:writ(?:e|es|able|eable|ing)|rw|as\s+root|needs?\s+root|requires?\s+root|root\s+"
    r"(?:access|user)|keep\s+it\s+that\s+way)\b",
    _I,
)
_CLAUSE = re.compile(r"[,;:()\[\]]|\s[-\u2013\u2014]+\s|\bbut\b|\band\b", _I)
# A thing refused by name ("no pdb for payments", "payments HA off", "payments needs no HA",
# "exempt payments from monitoring") while the plan adds that very thing: asked.
_FEATURE = (
    r"(pdbs?|(?:pod\s+)?disruption\s+budgets?|hpas?|auto-?scal\w*|backups?|backed\s+up|"
    r"monitor\w*|alert\w*|ha|high(?:ly)?[\s-]?availab\w*)"
)
_REFUSED = re.compile(
    rf"\bno\s+(?:need\s+(?:for|of)\s+)?(?:an?\s+|any\s+)?{_FEATURE}\b|"
    rf"\b{_FEATURE}\s*:?\s*(?:off|disabled|not\s+(?:required|needed|wanted|necessary)|"
    rf"unnecessary|unneeded|isn'?t\s+(?:required|needed|necessary))\b|"
    rf"\b(?:needs?\s+no|needn'?t\s+(?:be\s+|have\s+)?|doesn'?t\s+need\s+(?:to\s+be\s+)?|"
    rf"don'?t\s+need\s+(?:to\s+be\s+)?|without\s+)(?:an?\s+|any\s+)?{_FEATURE}\b|"
    rf"\bexempt\b.*\bfrom\s+(?:the\s+)?{_FEATURE}\b|"
    rf"\b(?:stop|disable|mute|silence|turn\s+off|switch\s+off)\b.*\b{_FEATURE}\b",
    _I,
)
_FEATURE_KINDS = (
    ("pdb", {"PodDisruptionBudget"}),
    ("disruption", {"PodDisruptionBudget"}),
    ("hpa", {"HorizontalPodAutoscaler"}),
    ("auto", {"HorizontalPodAutoscaler"}),
    ("back", {"Schedule", "Backup"}),
    ("monitor", {"ServiceMonitor", "PodMonitor", "PrometheusRule"}),
    ("alert", {"ServiceMonitor", "PodMonitor", "PrometheusRule"}),
    ("ha", None),
    ("high", None),
)
# A time or a part excluded (round 23, negx): "any time but friday" (not: on friday), "…, but
# not friday", "…, not at lunch", "… but not during the sale", "… but not for payments". The
# plan can carry neither (an await is a time to run, not one to avoid): asked.
_WHEN = (
    r"(?:(?:on\s+|at\s+|during\s+|in\s+|before\s+|after\s+|over\s+)?(?:the\s+|this\s+|next\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:on\s+|at\s+|during\s+|in\s+|over\s+)?"
    r"(?:the\s+|this\s+|next\s+)?(?:tonight|today|tomorrow|lunch\w*|noon|night|weekends?|"
    r"week|month|morning|afternoon|evening|business\s+hours|peak\w*|sale|freeze|holidays?|"
    # (Whole words: "not weekly ones", "not nightly" are cadences the plan keeps; "not on envoy"
    # is a container the plan keeps out.)
    r"release|launch|migration|cutover)\b|(?:during|at|before|after)\s+)"
)
_EXCLUDED = re.compile(
    rf"\b(?:any\s*time|whenever|any\s+(?:day|night|hour|moment))\s+(?:but|except|other\s+than|"
    rf"apart\s+from|save)\b[^,;.!?]*|"
    rf"(?:\bbut\s+|[,;]\s*|\s[-\u2013\u2014]+\s*)(?:just\s+|only\s+)?not\s+{_WHEN}[^,;.!?]*|"
    rf"\bbut\s+not\s+(?:for|in|on)\s+[\w\-]+",
    _I,
)
# A region or a colour said as the part to change ("bump frontend to 2.2.0 but only in eu",
# "… for eu only", "restart payments in eu", "restart payments green"): the plan changes every
# pod of the workload, so it is asked.
_REGION = r"(?:eu|uk|emea|apac|amer|americas|europe|asia|latam|[a-z]{2}-[a-z]+-\d)"
_PART_SCOPE = re.compile(
    rf"\b(?:only\s+)?(?:in|for|on)\s+(?:the\s+)?{_REGION}(?:\s+(?:region|only|pods?))*"
    rf"(?=\s*(?:$|[,;.!?)]))|"
    # "update frontend to 2.2.0 everywhere except eu" (round 26): a region kept out.
    rf"\b(?:except|but\s+not|apart\s+from|other\s+than|excluding)\s+(?:in\s+|for\s+|on\s+)?"
    rf"(?:the\s+)?{_REGION}\b|^\W*(?:restart|bounce|redeploy|recycle)\s+[\w\-]+\s+(?:blue|green)\W*$",
    _I,
)
# The order a hardening exception follows ("harden payments …", "apply the restricted profile
# to …"): the words after it are read, not a finding told before it ("payments runs as root,
# make it non-root"). A need said negated ("it must not run as root") is the hardening itself.
_HARDEN_ORDER = re.compile(
    r"^\W*(?:please\s+)?(?:harden|lock\s+down|apply\s+(?:the\s+)?restricted)\b", _I
)
_NEGATED = re.compile(r"\b(?:not|never|no|nothing|without)\b|n'?t\b", _I)
# An order to add the thing a finding says is missing ("there's no pdb for worker, add one").
_ADDS = re.compile(
    r"\b(?:add|create|schedule|set\s+up|alert\s+(?:when|if|me)|make|enable|put|apply|"
    r"configure|give|install|deploy|set)\b",
    _I,
)
_SOFT = re.compile(
    r"\bschedule\s*anyway\b|\bscheduling\s+anyway\b|\bschedule\s+(?:them|it|pods?)\s+anyway\b|"
    r"\b(?:soft|best[\s-]effort|preferred|if\s+possible|where\s+possible|when\s+possible|"
    r"not\s+strict(?:ly)?|loosely)\b",
    _I,
)
_SKEW = re.compile(r"\b(?:max(?:imum)?\s*)?skew\s*(?:of|=|:)?\s*(\d+)\b", _I)
_DISRUPTIONS = re.compile(
    r"\b(\d+|one|two|three|four|five)\s+(?:voluntary\s+)?(?:disruptions?|pods?\s+down|"
    r"(?:pods?|replicas?)\s+(?:unavailable|at\s+a\s+time|evicted))\b",
    _I,
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_CLOCK = re.compile(
    r"(?<![\w:.])(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midnight)(?![\w:])", _I
)
_DAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s)?s?\b(?!\s+night)", _I
)
_CADENCE = re.compile(
    # ("every 6 hours" is a cron's exactly: planned.)
    # (Round 36, a41a — attack40: "every fortnight", "every two weeks", "every three months"
    # were planned daily.)
    r"\bevery\s+(?:other|second|third|2nd|3rd|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"couple\s+of|few)\s+(?:days?|weeks?|nights?|months?)\b|\bevery\s+(?:other\s+)?fortnight\b|"
    r"\bbi-?(?:daily|weekly)\b|\bfortnightly\b|"
    # Round 37 (tw41a — attack41): "every other tuesday", "every second sunday", "on alternate
    # mondays", "alternate days" were planned weekly (or daily): one run in two of a day.
    r"\b(?:every\s+(?:other|second|third|2nd|3rd|alternate)|(?:on\s+)?alternate|"
    r"every\s+(?:two|2|three|3)(?:nd|rd)?)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    r"weekdays?|weekends?|nights?|days|weeks|months)\b",
    _I,
)
# Round 37 (tw41a — attack41): "on the 1st and 15th", "the 1st, 10th and 20th": days of the
# month, while the schedule planned runs on one ("0 2 1 * *" dropped the 15th).
_MONTH_DAY = re.compile(r"\b(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b", _I)
_ZONE = re.compile(
    r"\b(?-i:CET|CEST|EET|EEST|WET|BST|IST|PST|PDT|EST|EDT|CST|CDT|MST|MDT|JST|AEST|AEDT|SGT|"
    r"HKT|KST|NZST|MSK|EAT|CAT|WAT|SAST|PHT|WIB)\b|\b(?:africa|america|asia|europe|australia|pacific|atlantic)/[a-z_]+\b|"
    r"\b(?:local\s+time|my\s+time|our\s+time|(?:berlin|london|paris|new\s+york|tokyo|sydney|"
    r"india|pacific|eastern|central|mountain)\s+time)\b|\b(?:gmt|utc)\s*[+\-]\s*\d",
    _I,
)
_DAY_NIGHT = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:night|evening|late)\b", _I
)
_START = re.compile(
    r"\b(?:starting|beginning|from|as\s+of|effective|commencing)\s+(?:on\s+|from\s+)?(?:next\s+"
    r"(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|quarter)|"
    r"tomorrow|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|the\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2})\b",
    _I,
)
_LOCATION = re.compile(
    r"\b(?:to|in|into|on)\s+(?:the\s+)?(?:(?:bucket|s3|gcs|azure|blob|minio)\b|s3://|gs://|"
    r"[\w\-]+\s+(?:location|bucket|storage|region|site)\b|(?:dr|offsite|off-site|secondary|"
    r"remote|backup)\s+(?:location|bucket|storage|site|region)\b)|\bstorage\s*location\b",
    _I,
)
# A place off the cluster a dump job is said to write to ("to S3", "into a gcs bucket", "to the
# dr site"): it writes only to its own volume ("into the research storage" is one).
_REMOTE = re.compile(
    r"\b(?:to|into)\s+(?:the\s+|an?\s+|our\s+)?(?:s3|gcs|azure|blob|minio|(?:[\w\-]+\s+)?bucket|"
    r"offsite|off-site|(?:dr|remote|offsite|off-site|secondary)\s+(?:site|location|region))\b|"
    r"\b(?:s3|gs)://",
    _I,
)
_FS_BACKUP = re.compile(
    r"\b(?:restic|kopia|file[\s-]?system\s+backups?|fs[\s-]backups?|filesystem\s+backups?|"
    r"defaultVolumesToFsBackup|pod\s+volume\s+backups?)\b",
    _I,
)
_WINDOW = re.compile(
    # ("unavailable for over 5 minutes" is how long it lasts: the rule's "for".)
    r"\b(?:(?:in|over|within|during)\s+(?:the\s+)?(?:last|past|previous)|window\s+of|"
    r"rolling)\s+(\d+)\s*(m|mins?|minutes?|h|hrs?|hours?|s|secs?|seconds?|d|days?)\b",
    _I,
)
_NOTHING = re.compile(r"\b(?:to|=|as)\s*['\"]?(empty|blank|nothing|null|none|nil)['\"]?\b", _I)


def _payload(op: Any) -> Any:
    return getattr(op, "patch", None) or getattr(op, "manifest", None) or {}


def _text(op: Any) -> str:
    return json.dumps(_payload(op), default=str)


def _walk(node: Any, key: str) -> list[Any]:
    """Every value under ``key`` in a nested payload."""
    found: list[Any] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.append(v)
            found += _walk(v, key)
    elif isinstance(node, list):
        for v in node:
            found += _walk(v, key)
    return found


def _crons(ops: list[Any]) -> list[str]:
    return [
        str(c)
        for op in ops
        # (Round 41, sh48b — attack48: a dump's CronJob too, read against the same words.)
        if getattr(op.target, "kind", "") in ("Schedule", "CronJob")
        for c in _walk(_payload(op), "schedule")
        if isinstance(c, str)
    ]


def _minutes(n: int, unit: str) -> int:
    u = unit.lower()[0]
    return n * {"s": 0, "m": 1, "h": 60, "d": 1440}[u] if u != "s" else -1


def _window_minutes(expr: str) -> set[int]:
    out: set[int] = set()
    for n, u in rx(r"\[(\d+)([smhd])\]").findall(expr):
        out.add(_minutes(int(n), u))
    return out


def _hardening_kept(said: str, joined: str) -> str | None:
    """An exception to a hardening said other than as :data:`_KEEP` reads it, or None. (A
    path said that the plan mounts is kept: "it writes to /tmp" with an emptyDir at /tmp.)"""
    paths = rx(r"/[\w./\-]+").findall(said)
    if (paths and all(p in joined for p in paths)) or not (order := _HARDEN_ORDER.match(said)):
        return None
    said = said[order.end() :]
    for m in _NEEDS.finditer(said):
        clause = _CLAUSE.split(said[: m.start()])[-1]
        if not _NEGATED.search(clause):
            return m.group(0)
    for m in _EXCEPT_ANY.finditer(said):
        if f := _FIELD.search(said, m.end()):
            return said[m.start() : f.end()]
    for clause in _CLAUSE.split(said):
        if clause and _FIELD.search(clause) and (k := _KEPT.search(clause)):
            return clause.strip() or k.group(0)
    return None


def _refused(said: str, ops: list[Any]) -> str | None:
    """A thing refused by name that the plan adds, or None."""
    if _ADDS.search(said):
        return None
    kinds = {getattr(op.target, "kind", "") for op in ops}
    for m in _REFUSED.finditer(said):
        feature = next(g for g in m.groups() if g).lower()
        for stem, wanted in _FEATURE_KINDS:
            if feature.startswith(stem) and (wanted is None or kinds & wanted):
                return m.group(0)
    return None


def _dropped(said: str, result: PlanResult, sent: str = "") -> str | None:
    """What of the words the plan drops or contradicts, or None."""
    ops = list(result.operations)
    texts = [_text(op) for op in ops]
    joined = " ".join(texts)
    if "securityContext" in joined:
        for kept in _KEEP.finditer(said):
            tail = rx(r"[^,;.!?\n]*").match(said, kept.end())
            excepted = tail.group(0) if tail else ""
            paths = rx(r"/[\w./\-]+").findall(excepted)
            if _GUARDED.search(excepted) and not any(p in joined for p in paths):
                return (
                    f"an exception to the hardening, {(kept.group(0) + excepted).strip()!r}, that "
                    "the plan would not keep"
                )
    # (the words as sent too: "harden payments (rootfs writable)" reads as a gloss to aliases)
    # "restart payments (nope)": a refusal in brackets the readers before took for a gloss.
    if m := REFUSED_TAIL.search(sent):
        return f"{m.group(0).strip(' (:)')!r}, which refuses the request"
    configs = {"ConfigMap", "Secret"} & {getattr(op.target, "kind", "") for op in ops}
    # (a value said for a region is config: "REGION must become us …, frontend stays in eu")
    valued = rx(r"\bregion\b|=|\bstay|\bbecome|\bremain", _I).search(said)
    if not configs and not valued and (m := _PART_SCOPE.search(said)):
        return f"{m.group(0).strip()!r}, a part of the workload, while the plan changes all of it"
    if m := _EXCLUDED.search(said):
        return f"{m.group(0).strip()!r}, a time or a part excluded, that the plan does not carry"
    if "securityContext" in joined and (
        hardened := _hardening_kept(said, joined) or _hardening_kept(sent, joined)
    ):
        return f"an exception to the hardening, {hardened!r}, that the plan would not keep"
    if refused := _refused(said, ops):
        return f"{refused!r}, a refusal of what the plan would add"
    spreads = [c for op in ops for c in _walk(_payload(op), "topologySpreadConstraints")]
    if spreads:
        whens = {c.get("whenUnsatisfiable") for s in spreads for c in s if isinstance(c, dict)}
        skews = {c.get("maxSkew") for s in spreads for c in s if isinstance(c, dict)}
        if (m := _SOFT.search(said)) and whens != {"ScheduleAnyway"}:
            return f"{m.group(0)!r}, while the spread planned refuses to schedule (DoNotSchedule)"
        if (m := _SKEW.search(said)) and skews != {int(m.group(1))}:
            return (
                f"{m.group(0)!r}, while the spread planned has maxSkew {', '.join(map(str, skews))}"
            )
    pdbs = [op for op in ops if getattr(op.target, "kind", "") == "PodDisruptionBudget"]
    if pdbs and (m := _DISRUPTIONS.search(said)):
        n = _WORDS.get(m.group(1).lower()) or int(m.group(1))
        unavailable = {str(v) for op in pdbs for v in _walk(_payload(op), "maxUnavailable")}
        if unavailable != {str(n)}:
            allows = ", ".join(sorted(unavailable)) or "another number"
            return f"{m.group(0)!r}, while the budget planned allows {allows}"
    if (m := _CADENCE.search(said)) and any(
        getattr(op.target, "kind", "") == "Backup" for op in ops
    ):
        return f"{m.group(0)!r}, a cadence, while the plan takes one backup now"
    crons = _crons(ops)
    if crons:
        cron = crons[0].split()
        if len(_CLOCK.findall(said)) > 1 and len(cron) == 5 and "," not in cron[1]:
            return f"two times of day, while the schedule planned runs at one ({crons[0]!r})"
        days = {d.lower()[:3] for d in _DAY.findall(said)}
        if len(days) > 1 and len(cron) == 5 and "," not in cron[4] and "-" not in cron[4]:
            return f"more than one day, while the schedule planned runs on one ({crons[0]!r})"
        month_days = {int(d) for d in _MONTH_DAY.findall(said)}
        if len(month_days) > 1 and len(cron) == 5 and not {",", "-"} & set(cron[2]):
            return (
                f"more than one day of the month, while the schedule planned runs on one "
                f"({crons[0]!r})"
            )
        for pattern, what in (
            (_CADENCE, "a cadence its cron cannot say exactly"),
            (_ZONE, "a time zone (a Velero schedule's cron has none: it runs in UTC)"),
            (_DAY_NIGHT, "a night named by its day (which date's night is meant?)"),
            (_START, "a start date (a schedule starts when it is applied)"),
        ):
            if m := pattern.search(said):
                return f"{m.group(0)!r}, {what}"
        # (A dump job's flags and paths are read by qualifiers.dump_unread; a place said is
        # read here for both: a dump job writes only to its own volume.)
        velero = any(getattr(op.target, "kind", "") == "Schedule" for op in ops)
        if (m := (_LOCATION if velero else _REMOTE).search(said)) and not any(
            _walk(_payload(op), "storageLocation") for op in ops
        ):
            return f"{m.group(0)!r}, a storage location the backup planned does not name"
        if velero and (m := _FS_BACKUP.search(said)) and "defaultVolumesToFsBackup" not in joined:
            return f"{m.group(0)!r}, a file-system backup the schedule planned does not take"
    rules = [e for op in ops for e in _walk(_payload(op), "expr") if isinstance(e, str)]
    if rules and (m := _WINDOW.search(said)):
        wanted = _minutes(int(m.group(1)), m.group(2))
        if wanted not in set().union(*(_window_minutes(e) for e in rules)):
            return f"{m.group(0)!r}, a window the alert planned does not use"
    for op in ops:
        if getattr(op.target, "kind", "") != "ConfigMap":
            continue
        for nothing in _NOTHING.finditer(said):
            word = nothing.group(1).lower()
            values = [
                str(v).lower()
                for d in _walk(_payload(op), "data")
                if isinstance(d, dict)
                for v in d.values()
            ]
            if word in values:
                return f"{nothing.group(0)!r}: an empty value, or the word {word!r} itself?"
    return None


def check(said: str, result: PlanResult, answered: bool = False, sent: str = "") -> PlanResult:
    """``result``, or a question in its place when it drops or contradicts what was said."""
    if answered or not result.operations:
        return result
    dropped = _dropped(said.replace("\u2019", "'"), result, sent.replace("\u2019", "'"))
    if dropped is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {dropped} — I would {changes}, which does not "
        "do exactly what you said, so I changed nothing. Say the change with only what I can "
        "set exactly (e.g. 'spread payments across zones', 'back up postgres daily at 02:00 "
        "UTC'), or make that part by hand."
    )
