"""What a backup is said with that its plan does not carry (round 41, sh48b — attack48).

Reads the words of a backup order (pure):

- a dump job said with more than it runs: "as user admin", "--format=custom", "compressed",
  "to /backups/pg", "into file shop.sql", "to s3://…", "all databases", "schema only", "with 3
  retries", "storage class fast-ssd", "suspend it for now", any ``--flag``. The CronJob planned
  runs the database's dump tool as the container's user, one database, plain SQL to
  ``/backup/latest.sql`` on a 10Gi claim, active at once: each of those would be dropped, so it
  is asked (:func:`dump_unread`);
- a Velero field said as ``key=value`` ("snapshotVolumes=false", "includedResources=pvc"), or a
  flag or phrase no reader sets ("--include-cluster-resources", "include cluster resources"):
  never a label selector nor the Schedule's name (:func:`velero_field`, :func:`velero_unread`).
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.rx import rx

_DUMP_UNREAD = (
    # Who the dump runs as: "as user admin", "with the db user app", "-U admin".
    r"\b(?:as|with|using)\s+(?:the\s+)?(?:(?:db|database|postgres|pg|mysql)\s+)?"
    r"(?:user|role|login|username)\b|(?-i:\B-U\s*\w)|"
    # The dump's format and compression.
    r"\bformat\b|(?-i:\B-F\s*[cdtp]\b)|\bcompress\w*|\bgzip\w*|\bgz\b|\bzstd\b|\blz4\b|"
    r"\bzip(?:ped)?\b|(?-i:\B-Z\s*\d)|"
    # Where it goes: a path, a file, a bucket.
    r"\b(?:to|into|in|under|at)\s+(?:the\s+)?(?:(?:file|path|dir|directory|folder)\s+)?"
    r"(?:/[\w.\-/]*|[\w\-]+\.(?:sql|dump|gz|tar|bak|pgdump|zst)\b)|"
    r"\b(?:s3|gs|gcs|az|azure|minio)://|\bfiles?\s+[\w\-]+\.\w+|"
    r"\b(?:to|into|in)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w\-]+\s+)?bucket\b|"
    # What of the server it dumps.
    r"\ball\s+(?:the\s+|of\s+the\s+)?(?:databases|dbs|schemas)\b|\bevery\s+(?:database|db)\b|"
    r"\b(?:schema|data)[\s-]only\b|\bonly\s+(?:the\s+)?(?:schema|data)\b|"
    r"\bwithout\s+(?:the\s+)?data\b|\bno\s+data\b|"
    # ("before I touch the tables" is the occasion: only tables kept or left out are read.)
    r"\b(?:only|except|without|excluding|skip(?:ping)?)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}tables?\b|"
    # How the job runs: retries, its volume, suspended, how long.
    r"\bretr(?:y|ies|ied|ying)\b|\bbackoff\w*|\battempts?\b|\bstorage\s*class\w*|"
    r"\b\d+\s*(?:[gmt]i|[gmt]b)\b|\bsuspend\w*|\bpaus(?:e|ed|ing)\b|\bdisabled?\b|\binactive\b|"
    r"\b(?:don'?t|do\s+not|not)\s+(?:start|enable|activate)\b|\bconcurren\w*|\bparallel\w*|"
    r"\bdeadline\b|\btimeout\b|"
    # Any flag of the tool's command line.
    r"(?<!\S)--[a-z][\w-]*"
)


def dump_unread(raw: str, *, all_databases: bool = False) -> str | None:
    """What ``raw`` (a dump order) says of the dump that the dump job planned would not carry,
    or None. ``all_databases``: the tool dumps every database already (mysqldump
    --all-databases, pg_dumpall)."""
    for m in rx(_DUMP_UNREAD, re.I).finditer(raw):
        said = m.group(0).strip()
        if all_databases and rx(r"^(?:all|every)\b", re.I).match(said):
            continue
        return said
    return None


# Velero's own fields (a Schedule's template and spec), written any case, with - or _ or not.
_VELERO_FIELDS = frozenset(
    """ttl snapshotvolumes includeclusterresources excludedresources includedresources
    includednamespaces excludednamespaces includedclusterscopedresources
    excludedclusterscopedresources includednamespacescopedresources
    excludednamespacescopedresources storagelocation volumesnapshotlocations
    defaultvolumestofsbackup defaultvolumestorestic orderedresources labelselector
    orlabelselectors csisnapshottimeout itemoperationtimeout paused schedule name namespace
    useownerreferencesinbackup snapshotmovedata datamover hooks retention keep
    resourcepolicy uploaderconfig""".split()
)


def velero_field(key: str) -> bool:
    """Whether ``key`` (of a ``key=value`` said) names a Velero field, not a label."""
    return rx(r"[-_.]").sub("", key.lower()) in _VELERO_FIELDS


# Said of a Velero backup, and set by no reader here.
_VELERO_UNREAD = re.compile(
    r"\b(?:include|including|with|plus)\s+(?:the\s+|all\s+)?cluster[\s-]*(?:scoped\s+|wide\s+|"
    r"level\s+)?(?:resources|objects|state)\b|"
    # Velero's own flags (another tool's, "heroku … --at '02:00'", are not Velero's).
    r"(?<!\S)--(?:include|exclude|snapshot|storage|volume|default-volumes|ordered|selector|"
    r"or-selector|csi|item-operation|use-owner|data-mover|resource-policy|parallel|labels)[\w-]*",
    re.I,
)


def velero_unread(raw: str) -> str | None:
    """A flag or phrase of a Velero backup said that no reader sets ("--include-cluster-
    resources", "include cluster resources"), or None."""
    # (Called only when velerocli did not read the text as a command line; the flags the
    # planner reads in any words — a selector, the namespaces — are not unread.)
    for m in _VELERO_UNREAD.finditer(raw):
        if not _READ_ANYWAY.fullmatch(m.group(0)):
            return m.group(0)
    return None


_READ_ANYWAY = re.compile(r"--(?:selector|include-namespaces)", re.I)
