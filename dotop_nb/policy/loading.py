"""Reading policies: YAML files (one policy per document) into checked :class:`Policy` objects.

The only I/O of the policy engine. Every problem becomes a :class:`PolicyError` that names the
file, the document and the field, with a hint on what to do next.

Which set applies is always said (:class:`PolicySet`): a folder given explicitly or by
``DOTOP_POLICIES``, else ``./policies`` if it exists, else the starter set shipped in the package.
"No policies" is a choice one makes explicitly (``none``), never what a missing folder means, nor
a ``./policies`` folder holding something else (OPA ``.rego`` files): that is an error.

Example::

    policies = load_policies(Path("policies"))
    [p.id for p in policies]   # ['no-cluster-admin', 'production-approval', ...]
    load_policy_set(None).describe()   # 'starter policies shipped with dotop-nb (…): 8'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from dotop_nb.config import NO_POLICIES, STARTER_POLICIES
from dotop_nb.errors import ConfigError
from dotop_nb.models import Json, PolicySetRef
from dotop_nb.policy.builtin import with_builtin_policies
from dotop_nb.policy.model import Policy, PolicyRules, PolicyScope, field_names
from dotop_nb.scoping import NamespaceGrant
from dotop_nb.settings import IMPLICIT_POLICIES, resolve_policies, setting

_HINT = "Fix it in {source}; help(dotop_nb.policy) shows the policy format."


class PolicyError(ConfigError):
    """A policy file cannot be read, is not valid YAML, or does not describe valid policies."""


@dataclass(frozen=True)
class PolicySet:
    """The policies in force and where they came from (recorded in every proposal)."""

    policies: list[Policy]
    source: str  # a folder, or "none"
    origin: str  # "folder" | "starter" | "none"

    @property
    def ref(self) -> PolicySetRef:
        return PolicySetRef(
            source=self.source,
            origin=self.origin,
            count=len(self.policies),
            ids=[p.id for p in self.policies],
        )

    def describe(self) -> str:
        return self.ref.describe()

    @property
    def in_force(self) -> list[Policy]:
        """The loaded policies plus the built-in default policies they do not replace."""
        return with_builtin_policies(self.policies)


def policy_choice(folder: Path | str | None = None) -> Path | str:
    """The folder a policy set comes from, or :data:`~dotop_nb.config.NO_POLICIES`.

    ``folder`` (or ``"none"``), else the ``policies`` setting (``$DOTOP_POLICIES``, else
    ``./policies`` if it is there, else the starter policies shipped in the package: decided in
    :func:`dotop_nb.settings.resolve_policies`).
    """
    if folder is None or (isinstance(folder, str) and not folder.strip()):
        chosen: Path | str = setting("policies")
        return chosen
    return resolve_policies(folder)


def load_policy_set(folder: Path | str | None = None) -> PolicySet:
    """The policy set :func:`policy_choice` names, loaded now (see :class:`PolicySet`).

    Example::

        load_policy_set("none").describe()   # 'NO POLICIES (explicitly chosen: none)'
    """
    choice = policy_choice(folder)
    if isinstance(choice, str):
        return PolicySet([], source=NO_POLICIES, origin="none")
    policies = load_policies(choice)
    if not policies and choice == IMPLICIT_POLICIES:
        # A ./policies folder of something else (OPA .rego files, notes) must not silently
        # replace the starter set with nothing.
        raise PolicyError(
            f"the folder ./policies ({choice.resolve()}) holds no dotop-nb policy files "
            "(*.yaml, *.yml), so no policy would be checked",
            hint="Set DOTOP_POLICIES=none to run explicitly without policies, or point "
            "DOTOP_POLICIES at the folder holding your dotop-nb policies (the starter set "
            "applies only when there is no ./policies folder).",
        )
    origin = "starter" if choice == STARTER_POLICIES else "folder"
    return PolicySet(policies, source=str(choice.resolve()), origin=origin)


def load_policies(folder: Path | str | None = None) -> list[Policy]:
    """Load every policy from the ``*.yaml``/``*.yml`` files of a folder, in file-name order.

    ``None`` means ``$DOTOP_POLICIES``, else ``./policies``, else the starter set shipped in the
    package; ``"none"`` means no policies. Policy ids must be unique across all files.

    Example::

        policies = load_policies(Path("policies"))
        [p.id for p in policies]   # ['no-cluster-admin', 'production-approval', ...]
    """
    choice = policy_choice(folder)
    if isinstance(choice, str):
        return []
    folder = choice
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise PolicyError(
            f"policy folder {folder} {what}",
            hint="Create it, or pass (or set DOTOP_POLICIES to) the folder holding your policies "
            "(or `none` to run explicitly without policies).",
        )
    try:
        entries = sorted(folder.iterdir())
    except OSError as e:
        raise PolicyError(
            f"policy folder {folder} cannot be read ({e.strerror or type(e).__name__})",
            hint="Give yourself read access to it, or pass (or set DOTOP_POLICIES to) another "
            "folder.",
        ) from e
    found: list[tuple[Policy, str]] = []
    for path in entries:
        if path.suffix not in (".yaml", ".yml") or path.name.startswith(".") or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise PolicyError(f"{path}: cannot be read ({e})", hint="Check the file.") from e
        found.extend(_parse(text, source=str(path)))
    return _unique(found)


def parse_policies(text: str, *, source: str) -> list[Policy]:
    """Parse the policies of one YAML text; ``source`` names it in errors and ``Policy.source``.

    Example::

        [policy] = parse_policies("id: no-deletes\\nname: No Deletes\\neffect: deny\\n"
                                  "rules: {forbidden_operations: [delete]}", source="inline")
    """
    return _unique(_parse(text, source=source))


def _parse(text: str, *, source: str) -> list[tuple[Policy, str]]:
    try:
        documents = list(yaml.safe_load_all(text))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise PolicyError(
            f"{source}: not valid YAML: {where}{problem}", hint=_HINT.format(source=source)
        ) from e
    out: list[tuple[Policy, str]] = []
    for number, document in enumerate(documents, start=1):
        where = f"{source} (document {number})"
        if document is None:  # an empty document, e.g. after a trailing `---`
            continue
        if not isinstance(document, dict):
            problem = (
                f"a policy is a mapping ({', '.join(field_names(Policy))}), not {document!r:.60}"
            )
            raise PolicyError(f"{where}: {problem}", hint=_HINT.format(source=source))
        if "source" in document:  # the loader's own field, never the author's
            problem = f"source: unknown field (known: {', '.join(field_names(Policy))})"
            raise PolicyError(f"{where}: {problem}", hint=_HINT.format(source=source))
        try:
            policy = Policy.model_validate({**document, "source": source})
        except ValidationError as e:
            errors = e.errors()
            problems = "; ".join(_describe(err, document) for err in errors[:5])
            problems += f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
            raise PolicyError(f"{where}: {problems}", hint=_HINT.format(source=source)) from None
        out.append((policy, where))
    return out


def _describe(err: ErrorDetails, document: Json) -> str:
    loc = err["loc"]
    if loc[:2] == ("scope", 0) and not isinstance(document.get("scope"), list):
        loc = ("scope", *loc[2:])  # the author wrote one selector, not a list
    path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        model: type[BaseModel] = Policy
        if len(loc) > 1:
            model = PolicyScope if loc[0] == "scope" else PolicyRules
        if loc[:2] == ("rules", "allow_namespaces") and len(loc) > 3:
            model = NamespaceGrant
        message = f"unknown field (known: {', '.join(field_names(model))})"
    return f"{path.lstrip('.')}: {message}" if path else message


def _unique(found: list[tuple[Policy, str]]) -> list[Policy]:
    seen: dict[str, str] = {}
    for policy, where in found:
        if policy.id in seen:
            raise PolicyError(
                f"policy id {policy.id!r} is used twice: in {seen[policy.id]} and in {where}",
                hint="Give each policy its own id.",
            )
        seen[policy.id] = where
    return [policy for policy, _ in found]
