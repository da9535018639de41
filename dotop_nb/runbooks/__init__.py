"""Parametrized runbook notebooks, run headless through papermill (CI, cron, a CronJob).

The notebooks live in the top-level ``runbooks/`` folder. Each has a ``parameters`` cell
with safe defaults (``approve = False``: propose and stop) and calls :func:`operate` — the same
engine and the same session record as ``%operate`` in JupyterLab. The executed notebook is the
change record; :func:`run` writes it and reports the session's outcome.

Example::

    from dotop_nb import runbooks
    result = runbooks.run("operate", {"intent": "scale my-api to 3", "namespace": "shop"})
    print(result.notebook, result.status)
"""

from __future__ import annotations

import ast
import contextlib
import json
import math
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import ValidationError
from traitlets.config import Config

from dotop_nb import audit, lifecycle
from dotop_nb.app import Approval, OutcomeError, RunbookFailed, raise_for, workflow
from dotop_nb.app.errors import exit_code_of
from dotop_nb.errors import ConfigError
from dotop_nb.intents import StructuredIntent
from dotop_nb.models import Session
from dotop_nb.service import Operator
from dotop_nb.settings import check_timeout, check_user
from dotop_nb.ui import views

# The top-level runbooks/ folder, shipped as dotop_nb.runbooks.notebooks (pyproject package-dir).
HERE = Path(str(resources.files("dotop_nb.runbooks.notebooks")))
# papermill copies parameters into the output notebook: nothing secret may be one. A parameter
# NAME that says secret is refused; a VALUE only when it has a credential's shape (ordinary
# intents may well mention "the rotated tls secret").
_SECRET_NAME = re.compile(r"(pass(word)?|secret|token|api[_-]?key|credential|private)", re.I)
_CREDENTIAL = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----"  # PEM private keys
    r"|\bsk-(ant-)?[A-Za-z0-9_-]{20,}"  # Anthropic / OpenAI API keys
    r"|\bgh[pousr]_[A-Za-z0-9]{30,}"  # GitHub tokens
    r"|\bglpat-[A-Za-z0-9_-]{20,}"  # GitLab personal access tokens
    r"|\b(AKIA|ASIA)[0-9A-Z]{16}\b"  # AWS access key ids
    r"|\bxox[abposr]-[A-Za-z0-9-]{10,}"  # Slack tokens
    r"|\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+"  # JWTs (SA tokens)
    r"|\b(password|passwd|token|api[_-]?key|secret)\s*[=:]\s*\S{6,}",  # key=value credentials
    re.I,
)
# Parameters whose default is None, and the type a value must have: None keeps the setting.
_NONE_DEFAULT_TYPES: dict[str, type] = {
    "namespace": str,
    "rollback": bool,
    "validation_timeout": float,
}
_KIND = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


@dataclass(frozen=True)
class Runbook:
    name: str
    path: Path
    title: str
    parameters: dict[str, Any]


@dataclass(frozen=True)
class RunResult:
    notebook: Path
    status: str  # the session's status, or "done" for runbooks without a session
    session_ids: list[str]
    seconds: float


def available() -> list[Runbook]:
    """The runbooks that ship with dotop-nb, with their parameters and defaults."""
    found = []
    for path in sorted(HERE.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        title = next(
            (
                "".join(c["source"]).splitlines()[0].lstrip("# ").strip()
                for c in cells
                if c.get("cell_type") == "markdown" and "".join(c.get("source", "")).strip()
            ),
            path.stem,
        )
        params = _papermill().inspect_notebook(str(path))
        found.append(
            Runbook(
                name=path.stem,
                path=path,
                title=title,
                parameters={k: _literal(v.get("default")) for k, v in params.items()},
            )
        )
    return found


def _literal(source: Any) -> Any:
    # papermill reports a default as its source text ("False", '"my-api"').
    try:
        return ast.literal_eval(str(source))
    except (ValueError, SyntaxError):
        return source


def find(name: str) -> Runbook:
    for runbook in available():
        if runbook.name == name:
            return runbook
    names = ", ".join(r.name for r in available())
    raise ConfigError(f"no runbook named {name!r}", hint=f"available: {names}")


def check_parameters(runbook: Runbook, parameters: dict[str, Any]) -> None:
    """Refuse, before anything runs: a parameter that looks secret, one the runbook lacks, and
    one whose value is not of its default's type (``approve`` must be a real bool: the text
    ``"false"`` is true in Python, and would approve)."""
    secret = [
        k
        for k, v in parameters.items()
        if _SECRET_NAME.search(k) or (isinstance(v, str) and _CREDENTIAL.search(v))
    ]
    if secret:
        raise ConfigError(
            f"refusing parameter(s) {', '.join(secret)}: they look like secrets, and papermill "
            "copies every parameter into the output notebook",
            hint="give credentials through KUBECONFIG, a service account or the environment",
        )
    unknown = sorted(set(parameters) - set(runbook.parameters))
    if unknown:
        raise ConfigError(
            f"runbook {runbook.name} has no parameter {', '.join(unknown)}",
            hint=f"its parameters: {', '.join(runbook.parameters)}",
        )
    for key, value in parameters.items():
        check_type(key, value, default=runbook.parameters[key])


def expected_type(name: str, default: Any) -> type | None:
    """The type a runbook parameter's value must have: its default's (None: see
    ``_NONE_DEFAULT_TYPES``; unknown → anything)."""
    if default is None:
        return _NONE_DEFAULT_TYPES.get(name)
    return type(default) if type(default) in _KIND else None


def check_type(name: str, value: Any, *, default: Any) -> None:
    """``value`` for parameter ``name`` has its default's type (None allowed where the default
    is None; an int where a float is expected); else a ConfigError naming the parameter."""
    wanted = expected_type(name, default)
    if wanted is None or (value is None and default is None):
        return
    if wanted is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        ok = ok and math.isfinite(value)
    elif wanted is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, wanted)
    if ok:
        return
    how = (
        f"use -p {name} true|false (a YAML boolean); text such as {str(value)[:20]!r} is "
        "not one, and any non-empty text counts as true in Python"
        if wanted is bool
        else f"use -p {name} VALUE with {_KIND[wanted]}"
    )
    raise ConfigError(
        f"runbook parameter {name} must be {_KIND[wanted]}, not {type(value).__name__} "
        f"{str(value)[:40]!r}",
        hint=how,
    )


def run(
    name: str,
    parameters: dict[str, Any] | None = None,
    *,
    output: Path | None = None,
    kernel: str = "python3",
    timeout: float = 900.0,
    approver: str | None = None,
) -> RunResult:
    """Execute runbook ``name`` with ``parameters`` and write the executed notebook.

    The kernel runs unattended (``DOTOP_UNATTENDED=1``: nobody is there to approve), and an
    approval it records names ``approver`` (``--approver``; default: the configured user —
    DOTOP_USER, JUPYTERHUB_USER, the CI's user variable, else the OS user).

    Raises :class:`RunbookFailed` (with the notebook path) when a cell fails — the notebook is
    written either way, so a failed run leaves an accurate record. Its exit code is the one the
    CLI gives the same outcome (:data:`dotop_nb.app.EXIT`).
    """
    papermill = _papermill()
    from papermill.exceptions import PapermillExecutionError  # noqa: PLC0415

    seconds = check_timeout(timeout, name="timeout")
    runbook = find(name)
    params = dict(parameters or {})
    check_parameters(runbook, params)
    kernel_env = {"DOTOP_UNATTENDED": "1"}
    if approver is not None:
        kernel_env["DOTOP_USER"] = check_user(approver, name="approver")
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = output or Path.cwd() / "runs" / f"{stamp}-{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        with _environment(kernel_env):
            papermill.execute_notebook(
                str(runbook.path),
                str(target),
                parameters=params,
                kernel_name=kernel,
                progress_bar=False,
                execution_timeout=math.ceil(seconds),
                cwd=str(Path.cwd()),
                config=kernel_config(),
            )
    except PapermillExecutionError as err:
        evalue = err.evalue or ""
        first_line = (evalue.splitlines() or [""])[0]
        outcomes = _outcomes(target)
        # The outcome the failed cell raised ("refused: …"), else the last record's status.
        status = OutcomeError.status_in(evalue) or (outcomes[-1][1] if outcomes else None)
        code = exit_code_of(err.ename, evalue)
        verb = "refused" if status == "refused" or code in (2, 5) else "failed"
        raise RunbookFailed(
            f"runbook {name} {verb}: {err.ename}: {first_line}",
            notebook=target,
            status=status,
            exit_code=code,
        ) from err
    outcomes = _outcomes(target)
    return RunResult(
        notebook=target,
        status=outcomes[-1][1] if outcomes else "done",
        session_ids=[sid for sid, _ in outcomes],
        seconds=round(time.monotonic() - started, 2),
    )


def _outcomes(notebook: Path) -> list[tuple[str, str]]:
    """(session id, status) of every session recorded in the executed notebook."""
    if not notebook.exists():
        return []
    rows = [audit.row(item) for item in audit.latest(audit.records(notebook))]
    return [(str(r["session_id"]), str(r["outcome"])) for r in rows]


def _papermill() -> ModuleType:
    """papermill, imported on first use (a runbook's own kernel, which imports this module,
    never needs it) and without the slowest part of its import.

    papermill imports nbformat, which imports jsonschema, whose format checkers import
    ``rfc3987_syntax`` when it is installed (JupyterLab's jupyter-events brings it) to check the
    ``iri`` string format: it compiles 38 lark grammars at import, 2-7 s of every `dotop-nb
    runbook` command. No notebook schema uses a string format, so jsonschema is imported here
    without it; the block is lifted once jsonschema is in, so anything else may still import it.
    """
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # "not installed"
    try:
        import papermill  # noqa: PLC0415
    finally:
        if blocked and sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]
    module: ModuleType = papermill
    return module


def kernel_config() -> Config:
    """How the runbook's kernel is started: over IPC sockets on POSIX, so no TCP port is open
    and the kernel has no reason to warn "Kernel is running over TCP without encryption" (it
    did, into every `dotop-nb runbook run`). Windows has no IPC transport: its kernel keeps
    jupyter_client's default (TCP on 127.0.0.1).
    """
    if os.name == "posix":
        return Config({"KernelManager": {"transport": "ipc"}})
    return Config()


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` in the environment while papermill starts its kernel (which inherits it)."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# ------------------------------------------------------------------------------ inside notebooks
def names(text: str) -> list[str]:
    """``"my-api, payments"`` → ``["my-api", "payments"]`` (a runbook parameter is text)."""
    return [n.strip() for n in text.split(",") if n.strip()]


def structured(action: str, workloads: str | list[str], **slots: Any) -> StructuredIntent:
    """The typed intent of a runbook from its parameters; a value that does not fit (a bad
    name, 0 as a maximum, a missing image) is a ConfigError naming it, before anything runs.
    Slots given as None, "" or 0 for an optional value are left out (not said)."""
    given = {k: v for k, v in slots.items() if v is not None and v != ""}
    targets = names(workloads) if isinstance(workloads, str) else list(workloads)
    try:
        return StructuredIntent.model_validate(
            {"action": action, "targets": [{"name": n} for n in targets], **given}
        )
    except ValidationError as err:
        problem = err.errors()[0]
        where = ".".join(str(p) for p in problem.get("loc", ())) or "the intent"
        raise ConfigError(
            f"runbook parameters do not make a valid {action}: {where}: {problem.get('msg')}",
            hint="check the -p values against the runbook's parameters cell",
        ) from None


def operate(
    intent: str,
    *,
    namespace: str | None = None,
    approve: bool = False,
    planner: str | None = None,
    context: str | None = None,
    rollback: bool | None = None,
    validation_timeout: float | None = None,
    confirm_namespace: str | None = None,
) -> Session:
    """The body of every operating runbook: propose, show, and (if approved) execute.

    ``namespace``, ``planner``, ``context``, ``rollback`` and ``validation_timeout`` map onto
    :class:`~dotop_nb.settings.Settings`: None (a runbook parameter left at ``None``) keeps the
    setting — its ``DOTOP_*`` variable, else its one default. ``confirm_namespace``: the
    namespace name typed to confirm approving a plan for a production namespace.

    Headless semantics: without ``approve`` the runbook proposes and stops (the record shows
    the plan and its hash). With it, the plan executes unless a policy requires an interactive
    human approval — a runbook's approval is always unattended (dotop_nb.app.approval), given
    by the configured user, never a constant. Every outcome other than "proposed" or
    "executed" raises, so papermill exits non-zero with the reason in the notebook.
    """
    # papermill run directly (not through run()) injects whatever it was given: a non-bool
    # approve (the text "false" is true) must never approve.
    check_type("approve", approve, default=False)
    check_type("rollback", rollback, default=None)
    # One output per session, shown when the cell's outcome is known: an nbval re-run compares
    # outputs as first displayed, so an early "proposed" record would not match an executed one.
    approval = (
        Approval.given("runbook", in_advance=True, confirm_namespace=confirm_namespace or "")
        if approve
        else None
    )
    with Operator(
        context=context,
        planner=planner,
        namespace=namespace,
        rollback=rollback,
        validation_timeout=validation_timeout,
    ) as op:
        outcome = workflow.operate(
            op,
            intent,
            namespace=op.settings.namespace,
            approval=approval,
            rollback=op.settings.rollback,
        )
    if outcome.session is not None:
        views.show_session(outcome.session)
    if outcome.status == "refused":  # the status travels in the message to `runbook run`
        raise OutcomeError.of(outcome) from outcome.error
    raise_for(outcome, wanted=lifecycle.READY | lifecycle.ACHIEVED)
    assert outcome.session is not None  # proposed or executed: a session was recorded
    return outcome.session


def fleet_audit(namespace: str | None = None, *, context: str | None = None) -> list[list[Any]]:
    """Capabilities, workloads and policy findings of one namespace, shown as tables.

    Each workload is checked against the policies as if it were applied as it is now, so the
    findings are what the policy engine would say about a change that keeps it unchanged.
    Returns the findings rows (policy, effect, workload, reason).
    """
    from dotop_nb import policy  # noqa: PLC0415 - only this runbook needs the engine directly
    from dotop_nb.models import ApplyOp, Target  # noqa: PLC0415

    with Operator(context=context, namespace=namespace) as op:
        namespace = op.settings.namespace
        labels = op.gateway.namespace_labels(namespace)
        if labels is None:
            raise ConfigError(
                f"namespace {namespace!r} does not exist",
                hint="pass the namespace the application runs in: -p namespace NAME",
            )
        names = op.gateway.capabilities(refresh=True)
        views.display_table(views.TableView("Capabilities", ["capability"], [[n] for n in names]))
        workloads = []
        for kind in ("Deployment", "StatefulSet", "DaemonSet"):
            workloads += op.client.list("apps/v1", kind, namespace)
        rows, findings = [], []
        for obj in sorted(workloads, key=lambda o: (o["kind"], o["metadata"]["name"])):
            status = obj.get("status") or {}
            containers = obj["spec"]["template"]["spec"]["containers"]
            rows.append(
                [
                    obj["kind"],
                    obj["metadata"]["name"],
                    f"{status.get('readyReplicas', 0)}/{obj['spec'].get('replicas', '-')}",
                    ", ".join(c.get("image", "") for c in containers),
                ]
            )
            manifest = {k: obj[k] for k in ("apiVersion", "kind", "spec")}
            manifest["metadata"] = {
                "name": obj["metadata"]["name"],
                "namespace": namespace,
                "labels": obj["metadata"].get("labels") or {},
            }
            as_is = ApplyOp(target=Target.of(obj), manifest=manifest)
            for decision in policy.evaluate(
                op.policies,
                [as_is],
                states={as_is.target.key: obj},
                namespace=namespace,
                namespace_labels=labels,
            ):
                if decision.effect in ("warn", "deny"):
                    findings.append(
                        [decision.policy_id, decision.effect, as_is.target.ref, decision.reason]
                    )
        views.display_table(
            views.TableView(f"Workloads in {namespace}", ["kind", "name", "ready", "images"], rows)
        )
        views.display_table(
            views.TableView(
                "Policy findings",
                ["policy", "effect", "workload", "reason"],
                findings,
                note=f"{len(op.policies)} policies checked; require_approval policies apply to "
                "changes, not to the state as it is",
            )
        )
        return findings


# The step-by-step helpers (imported last: they import this package's check_type).
from dotop_nb.runbooks import fleet, maintenance, velero  # noqa: E402
from dotop_nb.runbooks.procedure import Procedure  # noqa: E402

__all__ = [
    "Procedure",
    "RunResult",
    "Runbook",
    "available",
    "check_parameters",
    "find",
    "fleet",
    "fleet_audit",
    "maintenance",
    "names",
    "operate",
    "run",
    "structured",
    "velero",
]
