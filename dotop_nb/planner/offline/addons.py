"""Rules that add something beside a workload: backups, network security (monitoring is
:mod:`.monitors`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dotop_nb.models import ApplyOp, Target
from dotop_nb.planner.offline import (
    advice,
    beforehand,
    kindfilter,
    netports,
    occasions,
    parties,
    qualifiers,
    restore,
    schedules,
    slots,
    velerocli,
)
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import STOP, Clarify, Ctx, containers, pod_labels, selector
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_DATABASES = {
    "postgres": ("pg_dump", "postgres"),
    "postgresql": ("pg_dump", "postgres"),
    "mysql": ("mysqldump", "mysql"),
    "mariadb": ("mysqldump", "mysql"),
}


def services_for(ctx: Ctx, obj: Json) -> list[Json]:
    """Services whose selector picks this workload's pods."""
    labels = pod_labels(obj)
    found = []
    for svc in ctx.cluster.list_objects("v1", "Service", ctx.namespace):
        sel = (svc.get("spec") or {}).get("selector") or {}
        if sel and all(labels.get(k) == v for k, v in sel.items()):
            found.append(svc)
    return found


# "pg_dump nightly, use image postgres:16.4": the image of the dump job's own container — a
# value for the new object, never an update of the database workload.
JOB_IMAGE = re.compile(
    r"\b(?:use|using|with|run|running|on|via)\s+(?:the\s+)?(?:(?:client|container|dump|job)\s+)?"
    r"image\s+(?:of\s+)?(\S+)",
    re.I,
)
# "(deploy + its config)": a kind listed among what is backed up, not an update's verb.
KIND_LISTED = re.compile(
    r"\bdeploy(?:ment)?s?\b(?=\s*(?:and|\+|plus|,|\)|$))|"
    r"\b(?:and|\+|plus|with)\s+(?:its|their|the)\s+(?:config(?:maps?)?|secrets?|services?|pvcs?)\b",
    re.I,
)
# A dump job said: the tool, a dump, or a logical backup / a CronJob (a Velero Schedule is
# neither: it copies objects and volumes).
_DUMP = re.compile(r"pg_?dumps?|mysqldumps?|\bdumps?\b|\bsql\b|\blogical\b|\bcron ?jobs?\b")
# "restore yesterday's backup": a restore replaces live data and is planned only for a backup
# named exactly (the structured restore); here it is asked, never read as a backup to make.
# Round 27 (gapask): "fail the bets DB (postgres) over to the backup region": a failover asked
# (a database served from elsewhere), which no backup is; "backup" there names a place.
# Only said as the order ("back up postgres before we fail the db over to dr" is its event).
_FAIL_OVER = re.compile(
    r"(?:^|[.;:!?]\s)\W*(?:(?:please|pls|now|then|ok|so)\W+)*fail\s+"
    r"(?:(?:[\w().'-]+\s+){1,6}?over|over\s+(?:[\w().'-]+\s+){1,6}?)\s*(?:to|in|into)\b",
    re.I,
)
_RESTORE = re.compile(
    r"(?<!\bcan\s)(?<!\bto\s)(?<!\bable\s)\b(?:restore|recover|roll\s+back\s+from)\b"
    r"(?!\s+(?:later|if|when|whenever)|[\s-]+points?\b)|"
    # "put yesterday's backup back", "bring last night's snapshot back", "put back the dump":
    # a backup put back is a restore in plain words.
    r"\b(?:backups?|snapshots?|dumps?)(?:\s+(?:of|from)\s+(?:the\s+)?[\w\-]+)?\s+back\b(?!\s*up\b)|"
    r"\b(?:put|bring|get|load|roll|play|copy)\s+back\s+(?:[\w'\-]+\s+){0,4}?"
    r"(?:backups?|snapshots?|dumps?)\b"
)
RESTORE = _RESTORE
# "resync the node from the latest snapshot", "rebuild postgres from last night's backup": a
# backup said as the source of what the order makes is a restore in other words — never one to
# make. (Not a backup's tool or schedule, "from the backup cronjob"; not what a backup leaves
# out, "exclude secrets from the backup": :func:`_restored_from`.)
_FROM_BACKUP = re.compile(
    # (Round 30, gap33a: "… from last night's dump" too.)
    r"\b(?:from|out\s+of)\s+(?!now\b)(?:[\w'\-]+\s+){0,3}?(?:backups?|snapshots?|dumps?)\b"
    r"(?!\s+(?:tools?|jobs?|cron\s*jobs?|schedules?|system|solution|scripts?|polic(?:y|ies)|"
    r"plan|setup|buckets?|locations?|storage|retention|window|size|settings?)\b)"
)
_LEFT_OUT = re.compile(
    r"\b(?:exclud\w*|leav\w*|omit\w*|skip\w*|ignor\w*|except|keep\w*|drop\w*|remov\w*|"
    r"filter\w*|strip\w*|without|not|no|never)\b"
)


def _restored_from(text: str) -> re.Match[str] | None:
    """The words that say a backup is the source of the order (:data:`_FROM_BACKUP`), said in
    a clause that leaves nothing out of a backup."""
    return t.first_uncut(_FROM_BACKUP, _LEFT_OUT, text)


# "a one-off velero backup right now": a Velero Backup, made once, not a Schedule.
# "now" anywhere ("snapshot the namespace now") but "from now on" / "as of now" (a schedule
# starts then); "pre-upgrade", "on demand", "just once".
# "keep postgres backups for 7 days": the order is a retention alone (no "back up" said).
_KEEP_ONLY = rx(
    r"\s*(?:please\s+|pls\s+)?(?:keep|retain|hold\s+on\s+to)\s+(?:the\s+|all\s+)?"
    r"(?:[\w-]+(?:'s)?\s+)?(?:backups?|snapshots?)\b[^.;!?\n]*",
    re.I,
)
_ONCE = re.compile(
    r"\b(?:one-?off|one[- ]time|one[- ]shot|ad[- ]hoc|on[- ]demand|manual|right\s+away|"
    r"immediately|asap|pre-(?:upgrade|migration|release|deploy(?:ment)?|rollout|maintenance)|"
    r"(?:just|only|this)\s+once|(?<!from\s)(?<!as\sof\s)(?<!starting\s)now(?!\s+on\b))\b"
)
ONCE = _ONCE  # a backup said as one: its clock time is when to take it (clock)
# A clause that opens the request with "before" and ends at its comma: the event a backup is
# made before, whatever day it names ("before we migrate … this weekend, take a pg_dump").
_BEFORE_CLAUSE = re.compile(
    r"^\W*(?:before|ahead\s+of|prior\s+to)\s+(?:we|i|they|the\s+team|you)\s+"
    r"(?!(?:\w+\s+)*?(?:every|each|nightly|daily|weekly|monthly)\b)[^,;:.]*[,;:]"
)
_SCHEDULE_NAME = re.compile(
    r"\b(?:schedule|named|called)\s+(?:create\s+|named\s+|called\s+)?"
    # (Round 41, sh48b — attack48: "on schedule 30 1 * * *" is a cron, never a name "30".)
    r"(?![\d*/,\-]+\s+[\d*/,\-]+\s)([a-z0-9][a-z0-9\-]*[a-z0-9])\b"
)
_LABEL_PAIR = re.compile(r"(?<![\w./-])[a-z0-9][a-z0-9./\-]*=[a-z0-9][a-z0-9._\-]*(?![\w=])")


def _carried(ctx: Ctx, name: str, labels: dict[str, str]) -> bool:
    """Whether the pods of a workload called ``name`` (of any kind) carry ``labels``."""
    return any(
        obj["metadata"]["name"] == name and set(labels.items()) <= set(pod_labels(obj).items())
        for kind in _KIND_SAID
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
    )


def _labels_blanked(text: str) -> str:
    """``text`` without its ``key=value`` pairs (the workloads it names otherwise)."""
    return _LABEL_PAIR.sub(lambda m: " " * len(m.group(0)), text)


_WHOLE = re.compile(
    # (Round 40, gap43b, blind42: "velero backup of full namespace now".)
    r"\b(?:whole|entire|full|complete|all of the|everything in the)\s+(?:namespace|app)\b|"
    r"\b(?:of|for)\s+(?:this|the|our|my)\s+namespace\b"
)


def _engine(obj: Json) -> tuple[str, str] | None:
    image = " ".join(c.get("image", "") for c in containers(obj)).lower()
    return next((v for k, v in _DATABASES.items() if k in image), None)


def _database(ctx: Ctx) -> tuple[Target, Json]:
    """The workload named, or the one database of the namespace ("dump the database")."""
    if ctx.pinned is not None or ctx.workloads():
        return ctx.workload()
    found = [
        (Target.of(obj), obj)
        for kind in ("StatefulSet", "Deployment")
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if _engine(obj) is not None
    ]
    if len(found) == 1:
        return found[0]
    options = ", ".join(t.describe() for t, _ in found) or "none found"
    raise Clarify(f"Which database should be dumped? ({options}) Name it, e.g. 'dump postgres …'.")


_FAILED = frozenset({"failed", "failing", "unsuccessful"})


# "… a backup of it"; never "leave secrets out of it", which says what the backup leaves out.
# "back it up", "snapshot them": the pronoun is what is backed up too.
_OF_IT = re.compile(
    r"(?<!\bout\s)\b(?:of|for)\s+(?:it|them|this\s+one|that\s+one)\b|"
    r"\bback\s+(?:it|them)\s+up\b|\b(?:snapshot|backup)\s+(?:it|them)\b"
)


# Round 38 (sh43): how often said without a time or a cadence ("often", "regularly", "every so
# often", "from time to time", "periodically", "frequently").
_VAGUE_CADENCE = re.compile(
    r"\b(?:(?:quite\s+|very\s+)?often|regularly|periodically|frequently|routinely|"
    r"every\s+so\s+often|from\s+time\s+to\s+time|(?:every\s+)?now\s+and\s+(?:then|again)|"
    r"on\s+a\s+regular\s+basis|at\s+regular\s+intervals|once\s+in\s+a\s+while)\b",
    re.I,
)


def backup(ctx: Ctx) -> PlanResult:
    """A Velero Schedule (objects and volumes) or, for a dump said or without Velero, a CronJob
    running the database's own dump tool; at the time and with the retention said."""
    if m := _FAIL_OVER.search(ctx.text):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: a failover (the database served from elsewhere), "
            "which I do not plan, and a backup is not one. Say 'back up postgres' if a backup "
            "is what you want."
        )
    if m := _RESTORE.search(ctx.text) or _restored_from(ctx.text):
        if name := restore.backup_named(ctx):
            # "restore Velero backup shop-nightly-20261201": the backup named exactly.
            return restore.plan_said(ctx, name)
        raise Clarify(
            f"I read {m.group(0)!r}: restoring a backup replaces what runs now, so I plan it "
            "only from a backup named exactly (the structured restore, with the Velero backup "
            "or schedule to restore from). Which backup should be restored? I make no backup "
            "in its place."
        )
    kinds = kindfilter.read(ctx.text)
    cli = velerocli.read(ctx.raw, ctx.namespace)
    if cli is not None and cli.snapshot_volumes is not None:
        kinds = replace(kinds, snapshot_volumes=cli.snapshot_volumes)
    cron = None
    said_when = ""
    for said in ctx.said():
        # "before the friday release": the event's day, never the backup's schedule.
        # "before we run the reindex on friday": the day of what we do, never a schedule.
        lowered = said.lower()
        # "Before we migrate to the new system this weekend, could you take a pg_dump …": the
        # clause said first, up to its comma, is the event's, day and all (round 27).
        lowered = _BEFORE_CLAUSE.sub(lambda m: " " * len(m.group(0)), lowered)
        lowered = occasions.event_days_blanked(lowered, lowered)
        # "before the gates open at 09:30": the event's clock, never the schedule (beforehand).
        lowered = beforehand.dated_blanked(lowered)
        said_when = schedules.BEFORE_EVENT.sub(" ", lowered)
        cron = schedules.cron(said_when)
        if cron:
            break
    if cli is not None and cli.kind == "Backup" and cron is not None:
        raise Clarify(
            f"{ctx.raw!r}: `velero backup create` makes one backup now, but a schedule "
            f"({cron!r}) is said too. One backup now, or `velero schedule create`?"
        )
    # "before I seed the test data": any event a backup is made now before (beforehand).
    before = schedules.BEFORE_EVENT.search(ctx.text) or next(
        iter(beforehand.matches(ctx.text.lower())), None
    )
    # Round 14: "every sunday at 04:00 ahead of the weekly app release": backups on a schedule
    # before an event that recurs are in step with it — the schedule; the event is what it is
    # for ("nightly backups before the migration", a one-off event, is still asked).
    if before and cron is not None and not occasions.CADENCE.search(before.group(0).lower()):
        raise Clarify(
            f"I read {before.group(0)!r} and a schedule ({cron!r}): a backup made once, now, "
            "before it, or backups on that schedule from now on? Say one."
        )
    if cli is None and cron is None and (vague := _VAGUE_CADENCE.search(ctx.text)):
        # Round 38 (sh43 — attack43): "back up shop often", "… every so often": a schedule
        # with no time; the daily 02:00 default would be invented.
        raise Clarify(
            f"I read {vague.group(0)!r}: backups on a schedule, but not when, and I never "
            "invent a time, so I changed nothing. Say when, e.g. 'back up shop daily at 02:00', "
            "or 'back up shop now' for one backup."
        )
    once = bool(_ONCE.search(ctx.text) or before or cli or advice.backup_once(ctx.text))
    once = once and cron is None
    if (
        cron is not None
        and not once
        and schedules.clock_only(said_when)
        and schedules.ttl(schedules.HISTORY.sub(" ", ctx.text)) is None
    ):
        # Round 38 (sh43 — attack43): "back up shop at 2am" — once, tonight, or every night?
        # (A retention said beside the time, "…, a 3-day retention", keeps a series: daily.)
        raise Clarify(
            f"I read a time ({int(cron.split()[1]):02d}:{int(cron.split()[0]):02d}) but not "
            "how often: one backup at that time, or backups every day at that time? Say e.g. "
            "'back up shop daily at 02:00' for a schedule, or 'back up shop now' for one now."
        )
    if cron is None and not once and (keep := _KEEP_ONLY.match(ctx.text)):
        # "keep postgres backups for 7 days": how long backups are kept, and no schedule said
        # (round 26): a daily 02:00 schedule would be invented.
        raise Clarify(
            f"I read {keep.group(0).strip()!r}: how long backups are kept, but no schedule, "
            "and I never invent one, so I changed nothing. Say when to back up with it, e.g. "
            "'back up WORKLOAD daily at 02:00, keep 7 days'."
        )
    cron = cron or "0 2 * * *"
    capabilities = set(ctx.request.capabilities)
    dump = bool(_DUMP.search(ctx.text)) and not rx(r"\bvelero\b").search(ctx.text)
    history = {
        "failedJobsHistoryLimit"
        if h.group("how") in _FAILED
        else "successfulJobsHistoryLimit": int(h.group("n"))
        for h in schedules.HISTORY.finditer(ctx.text)
    }
    if (kept := schedules.HISTORY.search(ctx.text)) and "velero" in capabilities and not dump:
        raise Clarify(
            f"I read {kept.group(0)!r}: Velero keeps backups "
            "for a time (a TTL), not by count. How long should they be kept?"
        )
    ttl = schedules.ttl(schedules.HISTORY.sub(" ", ctx.text))
    if cli is not None and "velero" not in capabilities:
        raise Clarify(f"{ctx.raw!r} needs Velero, which this cluster does not serve.")
    if "velero" in capabilities and not dump:
        if cli is None and (unread := qualifiers.velero_unread(ctx.raw)):
            # Round 41 (sh48b — attack48): "--include-cluster-resources" was dropped.
            raise Clarify(
                f"I read {unread!r}, which the Velero schedule I would plan does not set, so I "
                "changed nothing. Say the backup without it, or make it with `velero schedule "
                "create` and its flags."
            )
        if before:
            # "before we upgrade payments": the reason for the backup, not what it covers —
            # unless the rest says "of it" and names nothing: "before we resize postgres, take
            # a backup of it" backs up the one workload the occasion names — said as what we
            # do or as an event, never as a bare "before removing orders" (maybe an order).
            rest = ctx.raw[: before.start()] + ctx.raw[before.end() :]
            bare = rx(r"\W*(?:before|prior\s+to|ahead\s+of)\s+\w+ing\b", re.I).match(
                before.group(0)
            )
            held = ctx.workloads(before.group(0)) if _OF_IT.search(rest) and not bare else []
            ctx = ctx.narrowed(
                rest,
                pinned=held[0] if len(held) == 1 and not ctx.workloads(rest) else ctx.pinned,
                refinements=False,
            )
        return _velero(
            ctx, None if once else cron, ttl or "720h0m0s", kinds, cli.name if cli else None
        )
    if kinds:
        raise Clarify(
            f"I read {', '.join(map(repr, kinds.said))}: a dump of the database has no kinds of "
            "object to take or leave out — that is a Velero resource filter, and Velero is not "
            "in use here. Drop the filter, or back up with Velero."
        )
    target, obj = _database(ctx)
    if ttl is not None:
        raise Clarify(
            f"A dump CronJob keeps only its latest dump, so 'keep {ttl}' cannot be honoured "
            "there. Back up with Velero (which expires backups) or drop the retention."
        )
    engine = _engine(obj)
    if engine is None:
        raise Clarify(
            f"Velero is not installed, and {target.describe()} does not run a database this "
            "planner knows how to dump (PostgreSQL, MySQL/MariaDB). Install Velero to back up "
            "objects and volumes, or say which command produces the backup."
        )
    tool, flavour = engine
    if flavour == "postgres" and rx(r"\bpg_?dumpall\b").search(ctx.text):
        tool = "pg_dumpall"  # every database of the server, as said
    if unread := qualifiers.dump_unread(
        ctx.raw, all_databases=tool == "pg_dumpall" or flavour != "postgres"
    ):
        # Round 41 (sh48b — attack48): "as user admin", "compressed", "to s3://…", "suspend it
        # for now" were dropped: the job runs its one command, as the container's user.
        raise Clarify(
            f"I read {unread!r}, which the dump job I would plan does not carry (it runs "
            f"`{tool}` as the database container's user, writes plain SQL to /backup/latest.sql "
            "on a 10Gi volume claim, and is active at once), so I changed nothing. Say the "
            "dump without it, or say which command produces the backup."
        )
    container = containers(obj)[0]
    image = str(container.get("image"))
    risks = []
    if asked := JOB_IMAGE.search(ctx.raw):
        image = t.image_in(asked.group(1)) or ""
        if not image:
            raise Clarify(
                f"{asked.group(1)!r} is not an image reference (registry/name:tag): which image "
                "should the dump job run?"
            )
        if image != container.get("image"):
            risks.append(
                f"the dump job runs {image}, the database runs {container.get('image')}: a "
                f"{tool} older than the server cannot dump it"
            )
    service = next((s["metadata"]["name"] for s in services_for(ctx, obj)), target.name)
    env = [
        e
        for e in container.get("env") or []
        if e.get("name", "").startswith(("POSTGRES_", "PG", "MYSQL_"))
    ]
    # No shell in the job either: the database's own client writes the dump, and Kubernetes
    # expands $(VAR) from the container's environment.
    if flavour == "postgres":
        env = [*env, {"name": "PGHOST", "value": service}]
        user = "$(POSTGRES_USER)" if any(e["name"] == "POSTGRES_USER" for e in env) else "postgres"
        command = [tool, "--username", user, "--file", "/backup/latest.sql"]
    else:
        command = [
            tool,
            "--host",
            service,
            "--user",
            "root",
            "--all-databases",
            "--result-file",
            "/backup/latest.sql",
        ]
    pvc_name = f"{target.name}-backups"
    pvc = {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": pvc_name, "namespace": ctx.namespace, "labels": dict(pod_labels(obj))},
        "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}},
    }
    pod = {
        "restartPolicy": "OnFailure",
        "containers": [
            {
                "name": "backup",
                "image": image,
                "command": command,
                "env": env,
                "volumeMounts": [{"name": "backup", "mountPath": "/backup"}],
            }
        ],
        "volumes": [{"name": "backup", "persistentVolumeClaim": {"claimName": pvc_name}}],
    }
    if once:
        return _dump_once(ctx, target, pvc, tool=tool, pod=pod, obj=obj, risks=risks)
    job = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {
            "name": f"{target.name}-backup",
            "namespace": ctx.namespace,
            "labels": dict(pod_labels(obj)),
        },
        "spec": {
            "schedule": cron,
            "concurrencyPolicy": "Forbid",
            "successfulJobsHistoryLimit": 3,
            "failedJobsHistoryLimit": 3,
            **history,
            "jobTemplate": {"spec": {"backoffLimit": 2, "template": {"spec": pod}}},
        },
    }
    return PlanResult(
        category="backup",
        operations=[
            ApplyOp(target=Target.of(pvc), manifest=pvc, reason="where the dumps are kept"),
            ApplyOp(
                target=Target.of(job),
                manifest=job,
                reason=f"{tool} of {target.describe()} on '{cron}'",
            ),
        ],
        analysis=(
            f"Velero is not installed, so a CronJob runs `{tool}` against "
            f"{target.describe()} on cron `{cron}` and writes the dump to "
            f"PersistentVolumeClaim {pvc_name}."
        ),
        risks=[
            "each run replaces latest.sql, and the dump stays in the cluster (same failure "
            "domain): copy it off-site",
            "credentials are taken from the database container's environment",
            *risks,
        ],
        capabilities=["cronjob"],
        targets=[target, Target.of(job)],
        validation_plan=[f"cronjob/{target.name}-backup exists"],
    )


def _dump_once(
    ctx: Ctx, target: Target, pvc: Json, *, tool: str, pod: Json, obj: Json, risks: list[str]
) -> PlanResult:
    """Round 19: a dump said as one ("take a postgres dump right now", "pg_dump it now, before
    the script runs") is a Job that runs the database's dump tool once, when applied — never a
    CronJob that would go on dumping every night."""
    job = {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {
            "name": f"{target.name}-backup-once",
            "namespace": ctx.namespace,
            "labels": dict(pod_labels(obj)),
        },
        "spec": {"backoffLimit": 2, "template": {"spec": pod}},
    }
    pvc_name = pvc["metadata"]["name"]
    return PlanResult(
        category="backup",
        operations=[
            ApplyOp(target=Target.of(pvc), manifest=pvc, reason="where the dump is kept"),
            ApplyOp(
                target=Target.of(job),
                manifest=job,
                reason=f"{tool} of {target.describe()}, once, now",
            ),
        ],
        analysis=(
            f"A Job runs `{tool}` against {target.describe()} once, when it is applied, and "
            f"writes the dump to PersistentVolumeClaim {pvc_name}."
        ),
        risks=[
            "the dump stays in the cluster (same failure domain): copy it off-site",
            "credentials are taken from the database container's environment",
            *risks,
        ],
        capabilities=[],  # a Job is batch/v1 everywhere: nothing to detect
        targets=[target, Target.of(job)],
        validation_plan=[f"job/{target.name}-backup-once completed"],
    )


def _velero_once(
    ctx: Ctx, manifest: Json, what: str, target: Target | None, velero_ns: str
) -> PlanResult:
    """A one-off Velero Backup of ``what`` (made when applied)."""
    backup = Target.of(manifest)
    return PlanResult(
        category="backup",
        operations=[
            ApplyOp(target=backup, manifest=manifest, reason=f"Velero backs up {what} now")
        ],
        analysis=(
            f"Velero is installed: a Backup of {what} is made once, when it is applied, and kept "
            f"{manifest['spec']['ttl'].split('h', maxsplit=1)[0]} hours."
        ),
        risks=(
            []
            if velero_ns == "velero"
            else ["Velero watches its own namespace (usually `velero`), which does not exist here"]
        ),
        capabilities=["velero"],
        targets=[*([target] if target else []), backup],
        validation_plan=[f"{backup.describe()} exists"],
    )


_KIND_SAID = {
    "StatefulSet": r"statefulsets?|sts",
    "Deployment": r"deployments?|deploy",
    "DaemonSet": r"daemonsets?|ds",
}


def _by_image(ctx: Ctx) -> tuple[Target, Json] | None:
    """ "the redis statefulset" where none is called redis: the one workload (of the kind said)
    whose image is named so. A kind said that matches no such workload, or several, is asked:
    a backup of the whole namespace (or of another workload's labels) is not what was said."""
    # "only the deployments and services": kinds of a filter, not a workload named by its kind.
    text = ctx.text
    for start, end in reversed(kindfilter.spans(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    kinds = [k for k, w in _KIND_SAID.items() if rx(rf"\b(?:{w})\b").search(text)]
    words = set(rx(r"[a-z0-9][a-z0-9\-]*").findall(ctx.text))
    found = []
    for kind in kinds or list(_KIND_SAID):
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace):
            images = {
                str(c.get("image", "")).rsplit("/", 1)[-1].split(":")[0].split("@")[0]
                for c in containers(obj)
            }
            if images & words:
                found.append((Target.of(obj), obj))
    if len(found) == 1:
        return found[0]
    if kinds and not _WHOLE.search(ctx.text):
        options = ", ".join(t.describe() for t, _ in found) or "none matches"
        raise Clarify(
            f"Which {' or '.join(kinds)} should Velero back up ({options})? Name it, e.g. "
            f"'back up {kinds[0].lower()} <name> every night'."
        )
    return None


# "Velero schedule for shop", "a backup of billing": what a backup is for, said by one name.
_FOR_NAME = re.compile(
    r"\b(?:schedule|schedules|backup|backups|snapshot|snapshots)\s+(?:for|of)\s+"
    r"([a-z][a-z0-9-]*[a-z0-9])\b(?![-/.]\w)"
    # ("backups for one week", "… for 7 days": how long, never a name.)
    r"(?!\s+(?:weeks?|days?|months?|hours?|years?|nights?)\b)"
)
_NO_NAME = frozenset(
    """the a an all everything it them this that these those our my your its their whole entire
    every each daily nightly weekly monthly hourly now today tonight tomorrow later once
    namespace ns project cluster app apps application stack data database db everything
    backup backups velero safety safekeeping disaster recovery dr compliance audit audits
    retention days weeks months hours minutes one two three four five six seven only just some
    any more less few several both up them""".split()
)
_DESTROYS = re.compile(
    r"\b(?:delet\w*|remov\w*|drop\w*|decommission\w*|destroy\w*|tear\w*\s+down|wip\w*|"
    r"purg\w*|nuk\w*|uninstall\w*|retir\w*)\b"
)


def _velero(
    ctx: Ctx, cron: str | None, ttl: str, kinds: kindfilter.Filter, named_as: str | None
) -> PlanResult:
    """A Velero Schedule of the workload named, of the pods with the labels said, or of the
    whole namespace when no workload is named."""
    velero_ns = "velero" if ctx.cluster.namespace_exists("velero") else ctx.namespace
    labels = slots.labels(ctx.text)
    # Round 41 (sh48b — attack48): "ttl=240h", "snapshotVolumes=false", "name=pg-nightly": a
    # Velero field said as key=value, never a label selector nor the Schedule's name.
    fields = {k: labels.pop(k) for k in list(labels) if qualifiers.velero_field(k)}
    named_kv = fields.pop("name", None)
    for key, value in fields.items():
        if key != "ttl":  # (read by schedules.ttl)
            raise Clarify(
                f"I read '{key}={value}', a field of Velero's backup, which I set only from "
                "words (e.g. 'without volume snapshots', 'only the pvcs'), so I changed "
                "nothing. Say the backup without it, or make it with `velero schedule create`."
            )
    if labels and (told := ctx.workloads(_labels_blanked(ctx.text))):
        # "back up postgres nightly, app=orders": a selector that does not pick the workload
        # named would back up something else (or nothing): asked.
        for workload, _ in told:
            if not _carried(ctx, workload.name, labels):
                shown = ",".join(f"{k}={v}" for k, v in labels.items())
                raise Clarify(
                    f"I read {workload.describe()} and the labels {shown!r}, which its pods do "
                    "not carry, so I changed nothing: back up the workload, or the objects "
                    "with those labels?"
                )
    whole = bool(_WHOLE.search(ctx.text))
    named = [] if labels or whole else ctx.workloads()
    if (
        not (labels or named or whole)
        and _OF_IT.search(ctx.text)
        and not _DESTROYS.search(ctx.said_all().lower())
    ):
        # "before we resize postgres, take a Velero backup of it": "it" is the one workload the
        # whole message names (the event it comes before was read apart, as its reason) —
        # never beside a deletion ("before removing orders, back it up"), which is asked.
        told = ctx.workloads(ctx.said_all())
        if len(told) == 1:
            named = told
            ctx = ctx.narrowed(ctx.raw, pinned=told[0], refinements=False)
    if not (labels or named or whole) and rx(r"\b(?:database|db)\b").search(ctx.text):
        # "back up the database": the one workload that runs one.
        named = [_database(ctx)]
        ctx = ctx.narrowed(ctx.raw, pinned=named[0], refinements=False)
    if not (labels or named or whole) and (found := _by_image(ctx)):
        named = [found]
        ctx = ctx.narrowed(ctx.raw, pinned=found, refinements=False)
    template: Json = {"includedNamespaces": [ctx.namespace], "ttl": ttl}
    target: Target | None = None
    if labels:
        template["labelSelector"] = {"matchLabels": labels}
        what = "the objects labelled " + ",".join(f"{k}={v}" for k, v in labels.items())
        base = "-".join(labels.values())
    elif named:
        target, obj = ctx.workload()
        template["labelSelector"] = {"matchLabels": selector(obj)}
        template["snapshotVolumes"] = target.kind == "StatefulSet"
        what = target.describe()
        base = target.name
    else:
        if not whole and (m := _OF_IT.search(ctx.text)):
            # "before we touch postgres tonight take a backup of it": "it" names a workload
            # this reading did not keep; the whole namespace is not what was said. (Said
            # whole, "keep a week of them" counts the backups kept.)
            raise Clarify(
                f"I read {m.group(0)!r} but no workload it names: which workload should be "
                "backed up (or say 'the whole namespace')?"
            )
        if (
            (m := _FOR_NAME.search(ctx.text))
            and m.group(1) not in (ctx.namespace, *_NO_NAME)
            # (Round 40, gap43b: "velero backup of full namespace now": how much, no name.)
            and not (whole and _WHOLE.match(ctx.text, m.start(1)))
        ):
            # (Round 36, blind39 on the control plane: "Velero schedule for shop every 6
            # hours" backed up the session's namespace: what it is for names neither.)
            raise Clarify(
                f"I read {m.group(0)!r}, but {m.group(1)!r} is neither a workload here nor "
                f"this session's namespace {ctx.namespace!r}: what should be backed up? Name "
                "the workload, or say 'the whole namespace' (run with -n <namespace> for "
                "another one)."
            )
        what = f"the whole namespace {ctx.namespace!r}"
        base = "namespace"
    if kinds.included:
        template["includedResources"] = list(kinds.included)
        what = f"only the {', '.join(kinds.included)} of {what}"
    if kinds.excluded:
        template["excludedResources"] = list(kinds.excluded)
        what += f" without its {', '.join(kinds.excluded)}"
    if _SNAPSHOTS_SAID.search(ctx.text) and not kinds.excluded:
        # "including volume snapshots", "with snapshots of the volumes": the data too.
        template["snapshotVolumes"] = True
        what += " with volume snapshots"
    if kinds.snapshot_volumes is False or "persistentvolumeclaims" in kinds.excluded:
        # Volumes left out: no snapshot of their data either.
        template["snapshotVolumes"] = False
        what += " (no volume snapshots)"
    own = _SCHEDULE_NAME.search(ctx.text)
    name = own.group(1) if own and own.group(1) not in STOP else f"{base}-{ctx.namespace}"
    if named_kv:
        name = named_kv
    if named_as:
        # "velero backup create pre-upgrade": the name the command gives, as given.
        name = named_as
    manifest: Json = {
        "apiVersion": "velero.io/v1",
        "kind": "Schedule",
        "metadata": {"name": name[:63].rstrip("-"), "namespace": velero_ns},
        "spec": {"schedule": cron, "template": template},
    }
    if cron is None:
        # Once, now: a Backup with the template a Schedule would stamp out.
        once = name if named_as or (own and own.group(1) not in STOP) else f"{name}-once"
        manifest = {
            "apiVersion": "velero.io/v1",
            "kind": "Backup",
            "metadata": {"name": once[:63].rstrip("-"), "namespace": velero_ns},
            "spec": template,
        }
        return _velero_once(ctx, manifest, what, target, velero_ns)
    schedule = Target.of(manifest)
    risks = (
        []
        if velero_ns == "velero"
        else [
            "Velero watches its own namespace (usually `velero`), which does not exist here: "
            "this Schedule is created beside the app and may need moving"
        ]
    )
    return PlanResult(
        category="backup",
        operations=[
            ApplyOp(
                target=schedule,
                manifest=manifest,
                reason=f"Velero backs up {what} on '{cron}'",
            )
        ],
        analysis=(
            f"Velero is installed: a Schedule backs up {what} on cron `{cron}`, each backup "
            f"kept {ttl.split('h', maxsplit=1)[0]} hours."
        ),
        risks=risks,
        capabilities=["velero"],
        targets=[*([target] if target else []), schedule],
        validation_plan=[f"{schedule.describe()} exists"],
    )


_PROTECT = (
    # "restrict ingress to payments", "limit traffic into orders": the verb's object is the
    # traffic, the workload after it is what is protected.
    r"(?:(?:restrict|limit|lock\s+down|tighten|narrow)\s+(?:the\s+)?(?:ingress|inbound\s+traffic|"
    r"traffic|access|connections)\s+(?:to|into|for|on|of)|lock(?=\s+[a-z0-9-]+\s+down\b)|reach|reaching|call|calling|access(?!\s+to\s)|accessing|talk\s+to|connect\s+to|ingress\s+to|"
    r"traffic\s+to|connections?\s+to|"
    # "deny all ingress to the worker": an article before the name is no name.
    r"access\s+to|lock\s+down|restrict\s+access\s+to|restrict|protect|isolate|into)\s+"
    # (Round 29, gap32b: "only deploy/checkout may reach deploy/payments": kubectl's KIND/NAME.)
    r"(?:the\s+)?(?:(?:deploy|deployment|sts|statefulset)/)?([a-z0-9-]+)"
)
# "netpol: the db should only be reachable from …": a heading before the subject is skipped.
_SUBJECT = re.compile(
    r"^\W*(?:[a-z][\w/ -]{0,30}?:\s*)?(?:the\s+)?([a-z0-9][a-z0-9-]*)(?:'s)?\s+"
    r"(?:(?:pods?|deployment|deploy|statefulset|sts|daemonset|service|svc)\s+)?"
    r"(?:(?:should|must|may|can|will|is to)\s+"
    r"(?:only\s+)?(?:be\s+(?:reachable|accessible|reached|called)|accept|receive|take|allow)|"
    # "payments only accepts traffic from my-api": the rule said in the present, with "only".
    r"only\s+(?:accepts|receives|takes|allows)|(?:accepts|receives|takes|allows)\s+only)\b"
)
# The guarded workload said as the request's heading: "netpol for payments: ingress only from
# checkout", "payments: allow ingress only from frontend", "for postgres, only orders may connect".
_HEADING = re.compile(
    r"^\W*(?:(?:a\s+|an\s+)?(?:netpol|network\s*-?\s*polic(?:y|ies)|np|policy|ingress(?:\s+rules?)?)"
    r"\s+(?:for|on|of)\s+|for\s+)?(?:the\s+)?([a-z0-9][a-z0-9-]*)(?:'s)?"
    r"(?:\s+(?:pods?|deployment|statefulset|sts|deploy))?\s*(?::|,|\u2014|-\s|ingress\b)"
)
_ALLOW = (
    r"(?:only(?:\s+from)?|from|except(?:\s+from)?|allow\s+only|just|(?<=accessible )by|"
    r"(?<=reachable )by|(?<=reached )by|(?<=called )by|"
    # "nothing but checkout can call payments": the one exception is the source.
    r"(?<=nothing )(?:but|besides)|(?<=nobody )(?:but|besides)|(?<=no one )(?:but|besides)|"
    r"(?<=none )but|(?<=other )than|"
    # "payments shouldn't be reachable by anything but checkout".
    r"(?<=anything )but|(?<=anyone )but|(?<=anybody )but|"
    # Round 32 (gap35b): "restrict ingress to postgres to my-api and orders": the workload the
    # traffic is restricted to, after the one it goes to (:data:`_PROTECT` reads that one).
    r"(?:restrict|limit)(?:s|ed|ing)?\s+(?:the\s+)?(?:ingress|inbound\s+traffic|traffic|access|"
    r"connections)\s+(?:to|into|of|for|on)\s+(?:the\s+)?(?:(?:deploy|deployment|sts|statefulset)/)?"
    r"[a-z0-9-]+(?:\s+(?:pods?|deployment|statefulset|database|db))?\s+to)\s+(?:the\s+)?"
    r"(?:(?:deploy|deployment|sts|statefulset)/)?([a-z0-9-]+)"
)

# The names listed after a source's cue: "from payments and my-api", "only worker, orders".
_MORE = (
    r"\s*(?:,|\band\b|&|\+)\s*(?:the\s+)?(?:(?:deploy|deployment|sts|statefulset)/)?([a-z0-9-]+)"
)


def _listed_verb(text: str, at: int, by_name: dict[str, tuple[Target, Json]]) -> bool:
    """Whether a list of workloads (nicknames of up to two words before each name) goes on at
    ``at`` to "can", "may", … (who is allowed, said after the last of the list)."""
    end = at
    for _ in range(8):
        if not (more := rx(_MORE).match(text, end)):
            break
        end = more.end(1)
        for _ in range(2 if more.group(1) not in by_name else 0):
            if not (after := rx(r"\s+([a-z0-9-]+)").match(text, end)):
                break
            end = after.end(1)
            if after.group(1) in by_name:
                break
        end = rx(r"(?:\s*\([a-z0-9-]+\))?").match(text, end).end()  # type: ignore[union-attr]
    return bool(
        end > at and rx(r"\s+(?:can|may|should|must|is\s+allowed|are\s+allowed)\b").match(text, end)
    )


def _allowed(text: str, by_name: dict[str, tuple[Target, Json]]) -> list[str]:
    """The workloads said as allowed (:data:`_ALLOW`), with the rest of a list after the first
    ("from payments and my-api only": both) and past a word or two that describe the workload
    before its name ("only the fulfilment worker and orders": worker, a nickname beside the
    name). A word naming nothing ends the list."""
    found: list[str] = []
    for m in rx(_ALLOW).finditer(text):
        end, name = m.end(1), m.group(1)
        # "the box office frontend": a nickname of up to two words, after the article only
        # ("only accept connections from our backend apps" says no workload) or after "only"
        # ("Only mall site frontend can connect to …", round 28): a workload's name must end it.
        lead = m.group(0)[: m.start(1) - m.start()]
        only = bool(rx(r"^only\s+$").match(lead))
        # (Round 34, gap37b: up to three words, "Only timber web shop frontend may talk to …".)
        for _ in range(3 if only or rx(r"\bthe\s+$").search(lead) else 0):
            # (Never past a list's joint: "from the admin and orders" says admin as a source.)
            if name in by_name or not (
                after := rx(
                    r"\s+(?!(?:and|or|but|nor|plus|with|except|to|on)\b)([a-z0-9-]+)"
                ).match(text, end)
            ):
                break
            end, name = after.end(1), after.group(1)
        if (
            only
            and name != m.group(1)
            and not rx(r"\s+(?:can|may|should|must|is\s+allowed|are\s+allowed)\b").match(text, end)
            # (Round 36, gap39a: or the list goes on, "only stock API my-api and label worker
            # (worker) can reach …": the verb after its last name, read below.)
            and not (
                (more := rx(_MORE).match(text, end)) and _listed_verb(text, more.start(), by_name)
            )
        ):
            continue  # ("only pods labelled tier=backend may …": no nickname, a selector)
        if name not in by_name:
            continue
        found.append(name)
        while more := rx(_MORE).match(text, end):
            end, name = more.end(1), more.group(1)
            # Round 36 (gap39a, blind39): "only stock API my-api and label worker (worker) can
            # reach …": the next of the list may have its nickname before it too (up to two
            # words after the joint, a workload's name ending it; else the list ends).
            for _ in range(2 if only and name not in by_name else 0):
                if not (
                    after := rx(
                        r"\s+(?!(?:and|or|but|nor|plus|with|except|to|on|can|may)\b)([a-z0-9-]+)"
                    ).match(text, end)
                ):
                    break
                end, name = after.end(1), after.group(1)
                if name in by_name:
                    break
            if name not in by_name:
                if (
                    not name.isdigit()
                    and name not in _NO_PARTY
                    and (
                        rx(_UNKNOWN_LISTED).match(text, end)
                        # (At the message's end only after "and": "…, egress is fine" is none.)
                        or ("and" in more.group(0) and rx(r"\s*[.!]?\s*$").match(text, end))
                    )
                ):
                    # (The lead, round 36: "only my-api and billing can reach postgres" allowed
                    # my-api alone, and so blocked the one said beside it.)
                    said = text[more.start(1) : end]
                    raise Clarify(
                        f"{said!r} is listed among who may connect, but no workload here is "
                        "called so: a policy allowing only the others would block it. Name "
                        "each workload exactly (e.g. 'only my-api and worker can reach "
                        "postgres'), or leave it out."
                    )
                break
            found.append(name)
    return list(dict.fromkeys(found))


# Words after a list's joint that name no party ("…, port 8080", "…, on 5432", "… and so on").
_NO_PARTY = frozenset(
    "port ports on at in via over tcp udp only too also please pls so it its their them all any "
    "each both more others everything".split()
)
# After a name in the list of who may connect: the list's end, at its verb ("… and billing can
# reach postgres").
_UNKNOWN_LISTED = (
    r"(?:\s+(?!(?:and|or|but|to|on|port|the|is|are|was|were)\b)[a-z0-9-]+){0,2}"
    r"\s+(?:can|may|should|must|is\s+allowed|are\s+allowed|to\s+(?:reach|access|connect|call|"
    r"talk))\b"
)


# A set of pods said by a label: "tier=frontend pods", "pods labelled app=web", "the backend tier".
_SELECTOR = re.compile(
    r"(?<![\w./-])([a-z][a-z0-9./-]*)=([a-z0-9][a-z0-9._-]*)(?![\w./=-])|"
    r"\bthe\s+([a-z0-9][a-z0-9-]*)\s+(tier)\b"
)
_INTO = re.compile(
    r"\b(?:into|to|reach(?:ing)?|access(?:ing)?|call(?:ing)?|protect)\s+(?:the\s+)?"
    r"(?:pods?\s+)?(?:labell?ed\s+|with\s+(?:the\s+)?labels?\s+)?$|"
    # "NetworkPolicy x: podSelector app=payments, ingress from app=checkout": the policy's own
    # pod selector is who receives.
    r"\bpod\s*selector\s*[:=]?\s*(?:match\s*labels\s*[:=]?\s*)?$"
)


_FROM_SET = re.compile(
    r"\b(?:from|by|except|but|besides|than|only)\s+(?:(?:the|any|all)\s+)?(?:pods?\s+)?"
    r"(?:(?:labell?ed|with\s+(?:the\s+)?labels?|in)\s+)?$"
)


def _label_source(ctx: Ctx) -> dict[str, str] | None:
    """The one set of pods said by a label as the source ("from the backend tier", "from
    tier=backend pods"); None when no such set is said. A set no pod carries is asked."""
    found = [m for m in _SELECTOR.finditer(ctx.text) if _FROM_SET.search(ctx.text[: m.start()])]
    if not found:
        return _label_value_source(ctx)
    if len(found) != 1:
        return None
    m = found[0]
    labels = {m.group(1): m.group(2)} if m.group(1) else {m.group(4): m.group(3)}
    text = ",".join(f"{k}={v}" for k, v in labels.items())
    if not any(
        ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, label_selector=text)
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
    ):
        raise Clarify(f"No workload in {ctx.namespace!r} carries {text}: which pods may connect?")
    return labels


# "from backend pods", "only the frontend tier may …": a label's value said as a set of pods.
_VALUE_SET = re.compile(
    r"\b(?:from|by|only)\s+(?:the\s+|all\s+|any\s+)?([a-z0-9][a-z0-9-]*)\s+"
    r"(?:pods?|tier|workloads?|services?|apps?)\b"
)


def _label_value_source(ctx: Ctx) -> dict[str, str] | None:
    """The set of pods said by one label's value ("from backend pods" when the workloads carry
    ``tier=backend``): only when the value belongs to one label key, never ``app`` (that is a
    workload's name), and no workload is called so."""
    found = [m.group(1) for m in _VALUE_SET.finditer(ctx.text)]
    if len(found) != 1 or ctx.workloads(found[0]):
        return None
    value = found[0]
    keys = {
        key
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, limit=2001)
        for key, said in pod_labels(obj).items()
        if said == value and key != "app"
    }
    return {keys.pop(): value} if len(keys) == 1 else None


def _from_labels(ctx: Ctx, protected: tuple[Target, Json], labels: dict[str, str]) -> PlanResult:
    """Ingress to one workload allowed only from the pods that carry ``labels``."""
    target, obj = protected
    rule: Json = {"from": [{"podSelector": {"matchLabels": labels}}]}
    if (port := allowed_port(ctx.text)) is not None:
        rule["ports"] = netports.rule(ctx, obj, port)
    said = ",".join(f"{k}={v}" for k, v in labels.items())
    name = f"{target.name}-allow-from-{said}".replace("=", "-").replace("/", "-").replace(".", "-")
    policy = pod_policy(ctx, name, obj, [rule])
    who = f"pods labelled {said}" + (f" on port {port}" if port is not None else "")
    return _allowed_only(
        target,
        policy,
        who,
        denied="all other ingress to them is denied",
        losing="other callers of this workload (ingress controllers, monitoring)",
    )


def _from_namespace(ctx: Ctx, protected: tuple[Target, Json]) -> PlanResult:
    """Ingress to one workload allowed only from the pods of its own namespace (an empty pod
    selector without a namespace selector), on the port said."""
    return _allowed_from(
        ctx,
        protected,
        {"podSelector": {}},
        suffix="allow-same-namespace",
        who=f"the pods of namespace {ctx.namespace!r}",
        denied="ingress from other namespaces (and from outside the cluster) is denied",
        losing="callers in other namespaces (ingress controllers, monitoring)",
    )


def _from_cluster(ctx: Ctx, protected: tuple[Target, Json]) -> PlanResult:
    """Round 29 (a32rest): ingress to one workload allowed from every pod of the cluster (an
    empty namespace selector), on the port said; what comes from outside it is denied."""
    result = _allowed_from(
        ctx,
        protected,
        {"namespaceSelector": {}},
        suffix="allow-in-cluster",
        who="the pods of every namespace of the cluster",
        denied="ingress from outside the cluster (node and external addresses) is denied",
        losing="callers outside the cluster that reach the pods directly (NodePort, load "
        "balancers that keep the client address, host-network agents)",
    )
    result.risks.append(
        "traffic that comes in through a proxy in the cluster (an ingress controller, a "
        "gateway) reaches the pods from that proxy's pod and stays allowed: to close a public "
        "route, remove its Ingress or Route too"
    )
    return result


def _allowed_from(
    ctx: Ctx,
    protected: tuple[Target, Json],
    peer: Json,
    *,
    suffix: str,
    who: str,
    denied: str,
    losing: str,
) -> PlanResult:
    """Ingress to one workload allowed only from ``peer`` (one NetworkPolicy peer), on the port
    said; the policy is named after the workload's app label and ``suffix``."""
    target, obj = protected
    rule: Json = {"from": [peer]}
    port = allowed_port(ctx.text)
    if port is not None:
        rule["ports"] = netports.rule(ctx, obj, port)
    name = f"{selector(obj).get('app') or target.name}-{suffix}"
    policy = pod_policy(ctx, name, obj, [rule])
    said = who + (f" on port {port}" if port else "")
    return _allowed_only(target, policy, said, denied=denied, losing=losing)


def _from_other_namespace(ctx: Ctx, protected: tuple[Target, Json], namespace: str) -> PlanResult:
    """Round 19: ingress to one workload allowed only from the pods of another namespace said
    (selected by the name label Kubernetes sets on every namespace), on the port said."""
    if namespace == ctx.namespace:
        return _from_namespace(ctx, protected)
    target, obj = protected
    rule: Json = {
        "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}}}]
    }
    port = allowed_port(ctx.text)
    if port is not None:
        rule["ports"] = netports.rule(ctx, obj, port)
    name = f"{selector(obj).get('app') or target.name}-allow-from-{namespace}"
    policy = pod_policy(ctx, name, obj, [rule])
    who = f"the pods of namespace {namespace!r}" + (f" on port {port}" if port else "")
    result = _allowed_only(
        target,
        policy,
        who,
        denied=f"ingress from the pods of namespace {ctx.namespace!r} and from any other "
        "namespace is denied",
        losing=f"callers in namespace {ctx.namespace!r} and in other namespaces (monitoring)",
    )
    if namespace == "openshift-ingress":
        result.risks.append(
            "an OpenShift router on the host network (bare metal) is not selected by its "
            "namespace: label the host network's namespace for it "
            "(policy-group.network.openshift.io/ingress) and allow that label instead"
        )
    if not ctx.cluster.namespace_exists(namespace):
        result.risks.append(f"namespace {namespace!r} is not found: the policy lets no one in")
    return result


def _allowed_only(
    target: Target, policy: Json, who: str, *, denied: str, losing: str
) -> PlanResult:
    """The plan of one ingress policy that lets only ``who`` reach ``target``: what else it
    denies, and who loses access by it, said in the analysis and the risks."""
    policy_target = Target.of(policy)
    return PlanResult(
        category="security",
        operations=[
            ApplyOp(
                target=policy_target,
                manifest=policy,
                reason=f"only {who} may open connections to {target.describe()}",
            )
        ],
        analysis=(
            f"A NetworkPolicy selects the pods of {target.describe()} and allows ingress only "
            f"from {who}; {denied}."
        ),
        risks=[
            "NetworkPolicies take effect only with a network plugin that enforces them "
            "(Calico, Cilium, …)",
            f"{losing} lose access unless allowed too",
        ],
        capabilities=["network-policy"],
        targets=[target, policy_target],
        validation_plan=[f"{policy_target.describe()} exists"],
    )


def _by_labels(ctx: Ctx) -> PlanResult | None:
    """Ingress allowed from one set of pods to another, both said by label ("only tier=frontend
    pods into the backend tier, port 8080"); None when the text names no two label sets."""
    found = list(_SELECTOR.finditer(ctx.text))
    if len(found) != 2:
        return None
    sets = []
    for m in found:
        key, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        into = bool(_INTO.search(ctx.text[: m.start()]))
        sets.append((into, {key: value}))
    protected = [labels for into, labels in sets if into]
    sources = [labels for into, labels in sets if not into]
    if len(protected) != 1 or len(sources) != 1:
        raise Clarify(
            "Which pods should accept the traffic, and from which? Say e.g. 'allow only "
            "tier=frontend pods into tier=backend pods on port 8080'."
        )
    for labels in (protected[0], sources[0]):
        selector_text = ",".join(f"{k}={v}" for k, v in labels.items())
        found_any = ctx.cluster.list_objects(
            "v1", "Pod", ctx.namespace, label_selector=selector_text
        ) or any(
            ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, label_selector=selector_text)
            for kind in ("Deployment", "StatefulSet", "DaemonSet")
        )
        if not found_any:
            raise Clarify(f"No pods or workloads in {ctx.namespace!r} carry {selector_text}.")
    into_text = ",".join(f"{k}={v}" for k, v in protected[0].items())
    from_text = ",".join(f"{k}={v}" for k, v in sources[0].items())
    rule: Json = {"from": [{"podSelector": {"matchLabels": sources[0]}}]}
    if (port := slots.port(ctx.text)) is not None:
        rule["ports"] = netports.rule(ctx, None, port)
    name = (
        f"{into_text}-allow-from-{from_text}".replace("=", "-").replace("/", "-").replace(".", "-")
    )
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": name[:63].rstrip("-"), "namespace": ctx.namespace},
        "spec": {
            "podSelector": {"matchLabels": protected[0]},
            "policyTypes": ["Ingress"],
            "ingress": [rule],
        },
    }
    target = Target.of(policy)
    on = f" on port {port}" if port is not None else ""
    return PlanResult(
        category="security",
        operations=[
            ApplyOp(
                target=target,
                manifest=policy,
                reason=f"only pods {from_text} may open connections to pods {into_text}{on}",
            )
        ],
        analysis=(
            f"A NetworkPolicy selects the pods labelled {into_text} and allows ingress only "
            f"from pods labelled {from_text}{on}; all other ingress to them is denied."
        ),
        risks=[
            "NetworkPolicies take effect only with a network plugin that enforces them "
            "(Calico, Cilium, …)",
            f"every other caller of the {into_text} pods loses access unless allowed too",
        ],
        capabilities=["network-policy"],
        targets=[target],
        validation_plan=[f"{target.describe()} exists"],
    )


# "allow all traffic to payments … and block everything going to it": both cannot hold.
_OPEN_ALL = re.compile(
    r"\b(?:allow|permit|open(?:\s+up)?|accept)\s+(?:all|any|every)\w*\s+(?:traffic|connections?|"
    r"ingress|egress|access|requests?)\b|\bfrom\s+(?:anywhere|anyone|everyone|everywhere)\b"
)
_CLOSE_ALL = re.compile(
    r"\b(?:block|deny|drop|reject|refuse|forbid|cut\s+off)\s+(?:all|any|every)\w*\b|"
    r"\bdefault[- ]deny\b|\block(?:ed)?\s+down\b"
)


def pod_policy(ctx: Ctx, name: str, obj: Json, rules: list[Json], *, egress: bool = False) -> Json:
    """A NetworkPolicy over ``obj``'s pods that lets in (or, ``egress``, out) only what
    ``rules`` allow."""
    direction = "egress" if egress else "ingress"
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {
            "name": name[:63].rstrip("-"),
            "namespace": ctx.namespace,
            "labels": dict(pod_labels(obj)),
        },
        "spec": {
            "podSelector": {"matchLabels": selector(obj)},
            "policyTypes": [direction.capitalize()],
            direction: rules,
        },
    }


def contradiction(text: str) -> None:
    """Ask when a request opens everything and closes everything at once: either plan would
    drop half of what was said."""
    if (opened := _OPEN_ALL.search(text)) and (closed := _CLOSE_ALL.search(text)):
        raise Clarify(
            f"I read {opened.group(0)!r} and {closed.group(0)!r}: a NetworkPolicy cannot do "
            "both. Which should hold — who may connect, and to which workload?"
        )


# "only take connections from payments and orders, 5432": a lone number ending an allow-list
# has no other role there than the port (a count or a size is never a policy's);
# "only my-api and orders should reach 5432", "may connect to 6379": a bare number as the
# object of a verb of traffic is the port reached (no count or size is reached or called).
_TRAILING_PORT = re.compile(
    r"[,(:\u2014]\s*(?:tcp\s*/?\s*)?(\d{2,5})\s*\)?\s*[.!]?\s*$|"
    r"\b(?:reach|reaches|hit|hits|connect\s+to|connects\s+to|talk\s+to|talks\s+to|call|calls|"
    r"access|accesses)\s+(?:tcp\s*/?\s*)?(\d{2,5})(?![\w%/:-]|\.\w)(?!\s*(?:pods?|replicas?|times?|"
    r"rps|qps|requests?|connections?|users?|ms|s)\b)",
    re.I,
)


def _trailing_port(text: str) -> int | None:
    if (m := _TRAILING_PORT.search(text)) is None:
        return None
    said = m.group(1) or m.group(2)
    if not 1 <= (value := int(said)) <= 65535:
        raise Clarify(f"Port {value} is not a port (1 to 65535): which port exactly?")
    return value


# A sentence that allows: "only …", "allow …", "… may reach", "except from …".
_ALLOWS = re.compile(
    r"\b(?:only|allow\w*|permit\w*|let|may|except|restrict\w*|limit\w*|should|must)\b"
)


def allowed_port(text: str) -> int | str | None:
    """The port of an allowance: the one port said, or — when clauses say several ("the admin
    port 9901 on orders is reachable from any pod. Allow ingress to orders only on port 8080") —
    the one said in the clauses that allow (the others describe a finding). Two ports there
    are asked about."""
    said = []
    for sentence in rx(r"(?<=[.!?;,])\s+|\n+|\s[-\u2013\u2014]+\s").split(text):
        port = slots.port(sentence) or _trailing_port(sentence)
        if port is not None:
            said.append((sentence, port))
    if not said:
        # "…, 8443" after the allow-list: a lone number ending the request is its port.
        return _trailing_port(text)
    if len({p for _, p in said}) == 1:
        return said[0][1]
    said = [(s, p) for s, p in said if _ALLOWS.search(s)]
    if len({p for _, p in said}) > 1:
        raise Clarify(
            f"I read the ports {', '.join(str(p) for _, p in said)}: which one should the "
            "allowed traffic use? Say one port per policy, e.g. 'only checkout may reach orders "
            "on port 8080'."
        )
    return said[0][1] if said else None


_SNAPSHOTS_SAID = re.compile(
    r"\b(?:including|incl\.?|with|plus|and)\s+(?:the\s+)?(?:volume\s+snapshots?|snapshots?\s+of\s+"
    r"(?:the\s+)?(?:volumes?|pvcs?|disks?|data)|(?:pv|pvc|disk|volume)\s+snapshots?)\b"
)


# Words of network traffic: a policy is planned only for a sentence that speaks of it (one read
# as security by its nearest examples alone is never a deny-all on the workload it names).
_TRAFFIC = re.compile(
    r"\b(?:traffic|ingress|egress|inbound|incoming|outbound|outgoing|reach\w*|connect\w*|access\w*|call\w*|"
    r"talk\w*|netpol|network|polic(?:y|ies)|isolat\w*|lock\w*|firewall|deny|block\w*|allow\w*|"
    r"accept\w*|receiv\w*|take|takes|port|protect\w*|restrict\w*|let|requests?|hit|open)\b"
)


# A source said in words the rule did not read ("from backend pods", "from the queue workers"):
# the deny-all left without it would shut out what was to be let in.
_SOURCE_SAID = re.compile(
    r"\b(?:from|by|except(?:\s+from)?|other\s+than|besides)\s+(?:the\s+|any\s+|all\s+|our\s+)?"
    r"([a-z0-9][a-z0-9-]*)|\bonly\s+(?:the\s+)?([a-z0-9][a-z0-9-]*)\s+(?:pods?\s+|workloads?\s+|"
    r"services?\s+)?(?:may|can|should|is|are|gets?)\b|"
    # "only this namespace's pods may reach orders": whatever "only" is said of.
    r"\bonly\s+(?:the\s+)?([a-z0-9][a-z0-9-]*)\b[^.;,]{0,30}?\b(?:may|can|should|is\s+allowed\s+to|"
    r"are\s+allowed\s+to)\s+(?:reach|call|access|talk|connect|hit|open)"
)
_NO_SOURCE = frozenset(
    """anywhere anyone anybody everywhere everyone everybody everything anything outside
    internet nowhere nothing nobody none default now here today it them be""".split()
)


def _unread_source(ctx: Ctx, protected: str, by_name: dict[str, tuple[Target, Json]]) -> None:
    """Asks when a source is said that names no workload, before denying all ingress."""
    for m in _SOURCE_SAID.finditer(ctx.text):
        word = m.group(1) or m.group(2) or m.group(3)
        if word not in _NO_SOURCE and word not in by_name:
            raise Clarify(
                f"I read {m.group(0)!r} as who may connect, but {word!r} names no workload in "
                f"{ctx.namespace!r} (nor a label): which may connect to {protected}? Name them, "
                f"e.g. 'only frontend may reach {protected}'."
            )


# Egress asked for ("an egress NetworkPolicy on worker allowing only postgres", "limit worker's
# outbound traffic"): this rule writes ingress policies only, so it never plans one in its place
# (egress with DNS is :mod:`.netpol`'s); said as left alone ("egress is fine") it is no request.
_EGRESS = re.compile(
    r"\b(?:egress|outbound|outgoing)\b(?!\s+(?:traffic\s+|connections?\s+)?(?:is|are|stays?|"
    r"remains?|can\s+stay|unchanged|untouched|(?:is\s+)?fine|ok|as\s+is|not\s+changed)\b)|"
    r"\b(?:talk|call|connect|reach|go)\w*\s+out\b"
)


def security(ctx: Ctx) -> PlanResult:
    contradiction(ctx.text)
    if m := _EGRESS.search(ctx.text):
        raise Clarify(
            f"I read {m.group(0)!r}: an egress policy decides where the pods may connect to, "
            "and it also cuts name resolution unless DNS is allowed. Say whose egress, where it "
            "may go and DNS, e.g. 'worker may only talk out to postgres on 5432 and DNS' — or "
            "say who may reach the workload, for an ingress policy."
        )
    if (
        not _TRAFFIC.search(ctx.text)
        and not parties.OWN_NAMESPACE.search(ctx.text)
        and not parties.OUTSIDE_CLUSTER.search(ctx.text)
    ):
        raise Clarify(
            f"I read no network traffic in {ctx.raw!r}: which workload should accept "
            "connections, and from whom? Say e.g. 'only frontend may reach payments'."
        )
    if (labelled := _by_labels(ctx)) is not None:
        return labelled
    by_name = parties.named(ctx)
    if not by_name:
        raise Clarify(
            "Which workload should be protected, and who may reach it? Say e.g. "
            "'only frontend may reach payments'."
        )
    own = parties.OWN_NAMESPACE.search(ctx.text)
    protected = None
    if (m := _SUBJECT.search(ctx.text)) and m.group(1) in by_name:
        # "postgres should be reachable only from my-api and payments": the subject is guarded.
        protected = m.group(1)
    if protected is None and (m := _HEADING.search(ctx.text)) and m.group(1) in by_name:
        protected = m.group(1)
    for m in rx(_PROTECT).finditer(ctx.text) if protected is None else ():
        if m.group(1) in by_name:
            protected = m.group(1)
            break
    # "only frontend may reach payments, worker was hacked": worker is kept out, never allowed.
    out = parties.excluded(parties.said(ctx), list(by_name), protected)
    sources = [n for n in _allowed(ctx.text, by_name) if n != protected]
    sources = [n for n in sources if n not in out]
    by_name = {n: party for n, party in by_name.items() if n not in out}
    if not by_name:
        raise Clarify(
            "Which workload should be protected, and who may reach it? Say e.g. "
            "'only frontend may reach payments'."
        )
    outside = parties.OUTSIDE_CLUSTER.search(ctx.text)
    if (
        protected is None
        and not sources
        and len(by_name) == 1
        and (own or outside or _label_source(ctx) or parties.source_namespace(ctx.text))
    ):
        # "postgres reachable only from tier=backend pods", "redis: only pods of the same
        # namespace can connect": the one workload named is guarded.
        protected = next(iter(by_name))
    if protected is None and sources:
        rest = [n for n in by_name if n not in sources]
        protected = rest[0] if len(rest) == 1 else None
    if protected is None:
        raise Clarify(
            f"Which workload should only accept the traffic: "
            f"{', '.join(by_name)}? Say e.g. 'only frontend may reach payments'."
        )
    if not sources and len(by_name) == 1 and (source := parties.source_namespace(ctx.text)):
        # "allow only the openshift-ingress router to reach frontend": another namespace's pods.
        return _from_other_namespace(ctx, by_name[protected], source[0])
    if not sources and (labels := _label_source(ctx)) is not None:
        # "postgres should only accept connections from the backend tier on 5432".
        return _from_labels(ctx, by_name[protected], labels)
    if not sources and own and len(by_name) == 1:
        # "only pods in our own namespace should be allowed in": every pod of the namespace.
        return _from_namespace(ctx, by_name[protected])
    if outside is not None:
        # "block traffic to payments from outside the cluster": every pod of the cluster — the
        # outside said as kept out, and no other workload said (else asked).
        parties.outside_kept_out(ctx.text, outside, [*sources, *out])
    if not sources and outside and len(by_name) == 1:
        return _from_cluster(ctx, by_name[protected])
    if not sources and len(by_name) > 1:
        # A second workload named but not read as a source: never a deny-all in its place.
        others = ", ".join(n for n in by_name if n != protected)
        raise Clarify(
            f"Should {others} be allowed to reach {protected}, or is all ingress to "
            f"{protected} to be denied? Say e.g. 'only {others.split(', ')[0]} may reach "
            f"{protected}'."
        )
    # Every other workload named is a source ("except from my-api and payments").
    allowed_all = [n for n in by_name if n != protected] if sources else []
    if not allowed_all:
        _unread_source(ctx, protected, by_name)
        if found := _SELECTOR.search(ctx.text):
            label = found.group(0).rstrip(".-")
            # "restrict ingress to postgres to pods with tier=backend": a set of pods said by a
            # label and not read as the source is never shut out by a deny-all.
            raise Clarify(
                f"I read {label!r} but not as who may connect to {protected}: should those pods "
                f"be let in? Say e.g. 'only pods labelled {label} may reach "
                f"{protected}'."
            )
    allowed = "-".join(parties.called(by_name, n) for n in allowed_all) if allowed_all else None
    target, obj = by_name[protected]
    ingress: list[Json] = []
    if allowed_all:
        ingress = [
            {
                "from": [
                    {"podSelector": {"matchLabels": pod_labels(src) or selector(src)}}
                    for src in (by_name[n][1] for n in allowed_all)
                ]
            }
        ]
        if (port := allowed_port(ctx.text)) is not None:
            # "… on port 8080", "…, 5432": the allowance covers that port only.
            ingress[0]["ports"] = netports.rule(ctx, obj, port)
    guarded = parties.called(by_name, protected)
    name = f"{guarded}-allow-from-{allowed}" if allowed else f"{guarded}-deny-ingress"
    policy = pod_policy(ctx, name, obj, ingress)
    policy_target = Target.of(policy)
    who = (
        "pods of " + " and ".join(by_name[n][0].describe() for n in allowed_all)
        if allowed_all
        else "nothing"
    )
    if ingress and "ports" in ingress[0]:
        who += f" on port {ingress[0]['ports'][0]['port']}"
    kept_out = "".join(f" {n} is not allowed ({said!r})." for n, said in out.items())
    return PlanResult(
        category="security",
        operations=[
            ApplyOp(
                target=policy_target,
                manifest=policy,
                reason=f"only {who} may open connections to {target.describe()}",
            )
        ],
        analysis=(
            f"A NetworkPolicy selects the pods of {target.describe()} and allows ingress "
            f"only from {who}; all other ingress to them is denied.{kept_out}"
        ),
        risks=[
            "NetworkPolicies take effect only with a network plugin that enforces them "
            "(Calico, Cilium, …)",
            "other callers of this workload (ingress controllers, monitoring) lose access "
            "unless allowed too",
        ],
        capabilities=["network-policy"],
        targets=[target, policy_target],
        validation_plan=[f"{policy_target.describe()} exists"],
    )
