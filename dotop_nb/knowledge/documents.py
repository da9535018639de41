"""Patterns and policies as searchable documents: the YAML format, strict validation, loading.

A pattern is operational know-how a team reviews like code: when it applies (``triggers``,
``category``, ``applies_to``), what to do (``recommendation``: machine-usable values plus free-text
``steps``) and why (``rationale``). One pattern per YAML document; several per file separated by
``---``::

    id: autoscaling                     # unique; lowercase letters, digits, '-'
    name: Autoscaling with KEDA, else HPA
    description: Let a workload follow its load between safe bounds
    category: autoscale                 # update config resources scale autoscale ha monitoring
                                        # backup security rollback restart delete
    triggers: [autoscale, scale automatically, hpa, keda]   # phrases people use; at least one
    applies_to: [Deployment, StatefulSet]                    # kinds; optional (= any)
    recommendation:                     # every key optional, at least one
      prefer: [keda, hpa]               # mechanisms/capabilities, best first
      requires: [resource_requests]     # what must be true before it is applied
      min_replicas: 2
      max_replicas: 10
      target_cpu_utilization: 70        # percent of the cpu request
      target_memory_utilization: 80
      strategy: {max_unavailable: 0, max_surge: 1}    # RollingUpdate; ints or "25%"
      pdb: {min_available: 1}           # or {max_unavailable: 1}
      spread: zone                      # zone | node
      anti_affinity: preferred          # preferred | required
      schedule: "0 2 * * *"             # cron (backups, jobs)
      retention_days: 14
      max_scale_down_fraction: 0.5
      propagation_policy: Foreground    # Foreground | Background | Orphan
      parameters: {scrape_interval: 30s}  # anything else a planner may read: scalars or lists
      steps: ["Check ...", "Then ..."]  # free text, in order
    rationale: Why the team does it this way.

Policies (``./policies``) are read here only to be *found*: id, name, description, effect,
scope, rules and rationale become a document's text. Enforcing them is :mod:`dotop_nb.policy`'s
job, which validates them fully.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from dotop_nb.knowledge.errors import PatternError

Json = dict[str, Any]
Kind = Literal["pattern", "policy"]
KINDS: tuple[Kind, ...] = ("pattern", "policy")
Category = Literal[
    "update",
    "config",
    "resources",
    "scale",
    "autoscale",
    "ha",
    "monitoring",
    "backup",
    "security",
    "rollback",
    "restart",
    "delete",
]

_ID = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_KIND = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_INT_OR_PERCENT = re.compile(r"^(100|[1-9]?[0-9])%$")
_CRON_MACROS = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-?]+$")
# libyaml's safe loader when PyYAML has it: ten times faster for hundreds of files.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HINT = "Fix it in {source}; help(dotop_nb.knowledge.documents) shows the pattern format."


class _Spec(BaseModel):
    # Strict like policies: `"2"` for a number or `yes` for a name is a mistake to report.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _count(value: int | str, what: str) -> int | str:
    if isinstance(value, int) and value < 0:
        raise ValueError(f"{what} must not be negative")
    if isinstance(value, str) and not _INT_OR_PERCENT.match(value):
        raise ValueError(f"{what} is a number or a percentage like '25%', not {value!r}")
    return value


class Strategy(_Spec):
    """A RollingUpdate strategy."""

    max_unavailable: int | str = 0
    max_surge: int | str = 1

    @field_validator("max_unavailable", "max_surge")
    @classmethod
    def _counts(cls, value: int | str) -> int | str:
        return _count(value, "the value")

    @model_validator(mode="after")
    def _moves(self) -> Strategy:
        if self.max_unavailable in (0, "0%") and self.max_surge in (0, "0%"):
            raise ValueError("max_unavailable and max_surge cannot both be 0 (nothing could roll)")
        return self


class Disruption(_Spec):
    """A PodDisruptionBudget: exactly one of ``min_available`` and ``max_unavailable``."""

    min_available: int | str | None = None
    max_unavailable: int | str | None = None

    @field_validator("min_available", "max_unavailable")
    @classmethod
    def _counts(cls, value: int | str | None) -> int | str | None:
        return None if value is None else _count(value, "the value")

    @model_validator(mode="after")
    def _one(self) -> Disruption:
        if (self.min_available is None) == (self.max_unavailable is None):
            raise ValueError("give exactly one of min_available and max_unavailable")
        return self


Scalar = str | int | float | bool


class Recommendation(_Spec):
    """What a pattern recommends. Planners read the typed keys; people read ``steps``."""

    prefer: list[str] = Field(default_factory=list)
    requires: list[str] = Field(default_factory=list)
    min_replicas: int | None = Field(default=None, ge=0)
    max_replicas: int | None = Field(default=None, ge=1)
    target_cpu_utilization: int | None = Field(default=None, ge=1, le=100)
    target_memory_utilization: int | None = Field(default=None, ge=1, le=100)
    strategy: Strategy | None = None
    pdb: Disruption | None = None
    spread: Literal["zone", "node"] | None = None
    anti_affinity: Literal["preferred", "required"] | None = None
    schedule: str | None = None
    retention_days: int | None = Field(default=None, ge=1)
    max_scale_down_fraction: float | None = Field(default=None, gt=0, le=1)
    propagation_policy: Literal["Foreground", "Background", "Orphan"] | None = None
    parameters: dict[str, Scalar | list[Scalar]] = Field(default_factory=dict)
    steps: list[str] = Field(default_factory=list)

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is None or value.strip() in _CRON_MACROS:
            return value
        parts = value.split()
        if len(parts) != 5 or not all(_CRON_FIELD.match(p) for p in parts):
            raise ValueError(f"{value!r} is not a cron schedule (five fields, like '0 2 * * *')")
        return value

    @field_validator("prefer", "requires", "steps")
    @classmethod
    def _no_blanks(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("entries must not be empty")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Recommendation:
        if not self.model_dump(exclude_defaults=True):
            raise ValueError(f"nothing is recommended; give at least one of {_known(self)}")
        low, high = self.min_replicas, self.max_replicas
        if low is not None and high is not None and low > high:
            raise ValueError(f"min_replicas ({low}) is greater than max_replicas ({high})")
        return self


class Pattern(_Spec):
    """One reviewed pattern. ``source`` is the file it came from (set by the loader)."""

    id: str
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    category: Category
    triggers: list[str] = Field(min_length=1)
    applies_to: list[str] = Field(default_factory=list)
    recommendation: Recommendation
    rationale: str = Field(min_length=1)
    source: str = Field(default="", exclude=True, repr=False)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"{value!r}: use lowercase letters, digits and '-' (like db-backups)")
        return value

    @field_validator("triggers")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        if any(not phrase.strip() for phrase in value):
            raise ValueError("a trigger must not be empty")
        return value

    @field_validator("applies_to")
    @classmethod
    def _kinds(cls, value: list[str]) -> list[str]:
        for kind in value:
            if not _KIND.match(kind):
                raise ValueError(f"{kind!r} is not a Kubernetes kind (like Deployment)")
        return value


def _known(model: BaseModel | type[BaseModel]) -> str:
    names = type(model).model_fields if isinstance(model, BaseModel) else model.model_fields
    return ", ".join(name for name in names if name != "source")


# --- the searchable form ------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A pattern or policy as the knowledge base indexes and returns it.

    ``body`` is the document as JSON (a pattern's validated fields, a policy's YAML mapping):
    what a planner receives. ``fields`` are the texts the keyword scorer weighs separately.
    """

    kind: Kind
    id: str
    name: str
    description: str
    source: str
    body: Json
    triggers: tuple[str, ...] = ()
    category: str = ""
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.id}"

    @property
    def text(self) -> str:
        """The text that is embedded: name, description, triggers, then category, kinds and
        preferred mechanisms. Rationale and steps are left to the keyword scorer: in a vector
        they drown the short description that a query paraphrases (measured: top-1 on the dev
        half of benchmarks/retrieval_cases.yaml drops from 100% to 90% with them)."""
        head = ". ".join(
            part for part in (self.name, self.description, "; ".join(self.triggers)) if part
        )
        tail = self.fields.get("category", "")
        return f"{head}. {tail}".strip()

    @property
    def digest(self) -> str:
        """sha256 of the body and the embedded text: a change to either means re-indexing."""
        canonical = json.dumps([self.kind, self.body, self.text], sort_keys=True, default=str)
        return hashlib.sha256(canonical.encode()).hexdigest()


def pattern_document(pattern: Pattern) -> Document:
    rec = pattern.recommendation
    body = pattern.model_dump(mode="json", exclude_none=True)
    return Document(
        kind="pattern",
        id=pattern.id,
        name=pattern.name,
        description=pattern.description,
        source=pattern.source,
        body=body,
        triggers=tuple(pattern.triggers),
        category=pattern.category,
        fields={
            "name": pattern.name,
            "triggers": " ; ".join(pattern.triggers),
            "description": pattern.description,
            "category": f"{pattern.category} {' '.join(pattern.applies_to)} {' '.join(rec.prefer)}",
            "body": " ".join([pattern.rationale, *rec.steps]),
        },
    )


def policy_document(raw: Json, *, source: str) -> Document:
    """A policy mapping (already checked by :func:`_policy_problems`) as a document."""
    rules = raw.get("rules") if isinstance(raw.get("rules"), dict) else {}
    scope = raw.get("scope")
    effect = str(raw.get("effect", ""))
    return Document(
        kind="policy",
        id=str(raw["id"]),
        name=str(raw["name"]),
        description=str(raw.get("description") or ""),
        source=source,
        body=json.loads(json.dumps(raw, default=str)),
        category=effect,
        fields={
            "name": str(raw["name"]),
            "triggers": "",
            "description": str(raw.get("description") or ""),
            "category": f"{effect.replace('_', ' ')} policy",
            "body": " ".join(
                [_flatten(rules), _flatten(scope), str(raw.get("rationale") or "")]
            ).strip(),
        },
    )


def _flatten(value: Any) -> str:
    """Readable words of a YAML value (``min_replicas: 2`` → ``min replicas 2``)."""
    if isinstance(value, dict):
        return " ".join(f"{str(k).replace('_', ' ')} {_flatten(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " ".join(_flatten(v) for v in value)
    return "" if value is None else str(value)


# --- loading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One reason a file is not valid: where (file, document number, field) and what."""

    source: str
    message: str
    document: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.source + (f" (document {self.document})" if self.document else "")
        return f"{where}: {self.field + ': ' if self.field else ''}{self.message}"


@dataclass
class Loaded:
    """Documents of one kind read from a folder, and every problem found on the way."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def raise_first(self) -> None:
        if not self.problems:
            return
        first, more = self.problems[0], len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise PatternError(f"{first}{suffix}", hint=HINT.format(source=first.source))


def yaml_files(folder: Path) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files of a folder, by name (hidden files skipped)."""
    return [
        p
        for p in sorted(folder.iterdir())
        if p.suffix in (".yaml", ".yml") and not p.name.startswith(".") and p.is_file()
    ]


def load_folder(folder: Path, kind: Kind) -> Loaded:
    """Read every document of ``kind`` from a folder, collecting problems instead of stopping."""
    loaded = Loaded()
    for path in yaml_files(folder):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            loaded.problems.append(Problem(str(path), f"cannot be read ({e})"))
            continue
        parsed = parse(text, kind=kind, source=str(path))
        loaded.documents.extend(parsed.documents)
        loaded.problems.extend(parsed.problems)
    _check_unique(loaded)
    return loaded


def parse(text: str, *, kind: Kind, source: str) -> Loaded:
    """The documents of one YAML text; ``source`` names it in problems and ``Document.source``.

    Example::

        loaded = parse(Path("patterns/autoscaling.yaml").read_text(), kind="pattern",
                       source="patterns/autoscaling.yaml")
        loaded.raise_first()      # PatternError naming file, document and field, if any
    """
    loaded = Loaded()
    try:
        raw_documents = list(yaml.load_all(text, Loader=_LOADER))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        loaded.problems.append(Problem(source, f"not valid YAML: {where}{problem}"))
        return loaded
    for number, raw in enumerate(raw_documents, start=1):
        if raw is None:  # an empty document, e.g. after a trailing `---`
            continue
        if not isinstance(raw, dict):
            fields = _known(Pattern) if kind == "pattern" else "id, name, effect, rules, ..."
            message = f"a {kind} is a mapping ({fields}), not {raw!r:.60}"
            loaded.problems.append(Problem(source, message, number))
            continue
        if kind == "pattern":
            _parse_pattern(raw, source=source, number=number, into=loaded)
        else:
            problems = _policy_problems(raw, source=source, number=number)
            loaded.problems.extend(problems)
            if not problems:
                loaded.documents.append(policy_document(raw, source=source))
    _check_unique(loaded)
    return loaded


def _parse_pattern(raw: Json, *, source: str, number: int, into: Loaded) -> None:
    if "source" in raw:  # the loader's own field, never the author's
        message = f"unknown field (known: {_known(Pattern)})"
        into.problems.append(Problem(source, message, number, "source"))
        return
    try:
        pattern = Pattern.model_validate({**raw, "source": source})
    except ValidationError as e:
        found: dict[str, list[str]] = {}
        for err in e.errors():
            loc, message = _describe(err)
            found.setdefault(loc, []).append(message)
        for loc, messages in found.items():
            # A union (int | str) fails once per member: "should be a valid integer or string".
            first, *rest = list(dict.fromkeys(messages))
            message = " or ".join([first, *(m.removeprefix("Input should be ") for m in rest)])
            into.problems.append(Problem(source, message, number, loc or None))
        return
    into.documents.append(pattern_document(pattern))


def _describe(err: ErrorDetails) -> tuple[str, str]:
    loc = err["loc"]
    path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    path = path.lstrip(".")
    # A union (int | str) reports each member; the field and the first reason are enough.
    path = re.sub(
        r"\.(int|str|float|bool|list\[[^\]]*\]|function-after\[[^\]]*\])(?=\.|\[|$)", "", path
    )
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        parents: dict[str, type[BaseModel]] = {
            "recommendation": Recommendation,
            "strategy": Strategy,
            "pdb": Disruption,
        }
        model: type[BaseModel] = Pattern
        for part in loc[:-1]:
            model = parents.get(str(part), model)
        message = f"unknown field (known: {_known(model)})"
    elif err["type"] == "missing":
        message = "missing (required)"
    return path, message


def _policy_problems(raw: Json, *, source: str, number: int) -> list[Problem]:
    # Only what search needs; `dotop-nb policies validate` runs the policy engine's full check.
    problems = []
    for name in ("id", "name"):
        value = raw.get(name)
        if value is None:
            problems.append(Problem(source, "missing (required)", number, name))
        elif not isinstance(value, str) or not value.strip():
            problems.append(Problem(source, f"must be text, not {value!r:.40}", number, name))
    if isinstance(raw.get("id"), str) and not _ID.match(raw["id"]):
        message = f"{raw['id']!r}: use lowercase letters, digits and '-'"
        problems.append(Problem(source, message, number, "id"))
    for name in ("description", "rationale", "effect"):
        if name in raw and not isinstance(raw[name], str):
            problems.append(Problem(source, f"must be text, not {raw[name]!r:.40}", number, name))
    if "rules" in raw and not isinstance(raw["rules"], dict):
        problems.append(Problem(source, "must be a mapping of rules", number, "rules"))
    return problems


def _check_unique(loaded: Loaded) -> None:
    seen: dict[str, Document] = {}
    kept: list[Document] = []
    for document in loaded.documents:
        first = seen.get(document.id)
        if first is None:
            seen[document.id] = document
            kept.append(document)
            continue
        loaded.problems.append(
            Problem(
                document.source,
                f"{document.kind} id {document.id!r} is used twice: in {first.source} and in "
                f"{document.source}",
                None,
                "id",
            )
        )
    loaded.documents = kept
