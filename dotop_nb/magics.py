"""The ``%operate`` magic: Day-2 operations from a notebook cell.

Load it with ``%load_ext dotop_nb`` (or for every kernel, in ``ipython_config.py``:
``c.InteractiveShellApp.extensions = ["dotop_nb"]``). Settings are traitlets of
:class:`OperateMagics` (``%config OperateMagics.planner = "offline"``); ``%operate?`` is the help.

Every outcome is an ordinary output (a ``display_data`` with ``text/plain``, ``text/html`` and
``application/vnd.dotop.session+json``, a display id of its own: each cell shows what it did, see
:mod:`dotop_nb.ui.views`) and every failure is a real
exception with a short message, so papermill and nbval see failed cells. A cell never waits for
a click: the widget's buttons act later, in their own callbacks.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from IPython.core.magic import Magics, line_cell_magic, magics_class, no_var_expand
from traitlets import Bool, CaselessStrEnum, Float, TraitError, Unicode, default, observe, validate
from traitlets.config import Configurable

from dotop_nb import audit
from dotop_nb.errors import ConfigError, DotopError
from dotop_nb.models import Session
from dotop_nb.ui import views

if TYPE_CHECKING:
    from IPython.core.interactiveshell import InteractiveShell

    from dotop_nb.service import Operator
    from dotop_nb.ui.widget import ProposalWidget

SUBCOMMANDS = (
    "approve",
    "resume",
    "rollback",
    "refine",
    "reject",
    "status",
    "history",
    "patterns",
    "policies",
    "capabilities",
    "verify",
    "help",
)
_EXECUTED = ("executed", "failed", "rolled_back")
_MIN_HASH_PREFIX = 12


class ChangeFailed(DotopError):
    """The approved change ran but did not end well (validation failed, rolled back, error)."""

    exit_code = 7


class NotExecutable(DotopError):
    """``--approve`` was given but the proposal cannot run (question, dry-run, policy)."""

    exit_code = 5


class DriftDetected(DotopError):
    """``%operate verify --strict``: the cluster no longer matches what the session applied."""

    exit_code = 11


# ------------------------------------------------------------------------------ parsing
Spec = dict[str, tuple[str, bool]]  # option → (name, takes a value)

INTENT_OPTIONS: Spec = {
    "-n": ("namespace", True),
    "--namespace": ("namespace", True),
    "--context": ("context", True),
    "--planner": ("planner", True),
    "--approve": ("approve", False),
    "--no-rollback": ("no_rollback", False),
}
APPROVE_OPTIONS: Spec = {"--hash": ("hash", True), "--no-rollback": ("no_rollback", False)}
RESUME_OPTIONS: Spec = {"--no-rollback": ("no_rollback", False)}
HISTORY_OPTIONS: Spec = {"--limit": ("limit", True)}
VERIFY_OPTIONS: Spec = {"--strict": ("strict", False)}
CAPABILITY_OPTIONS: Spec = {"--refresh": ("refresh", False)}


@dataclass
class Parsed:
    options: dict[str, Any] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)


def _is_option(token: str) -> bool:
    return len(token) > 1 and token.startswith("-") and not token[1].isdigit()


def parse(tokens: list[str], spec: Spec, *, what: str) -> Parsed:
    """Options (``-n NS``, ``--namespace=NS``, flags) and the other words, kept literally.

    Everything after ``--`` is a word. An unknown option is an error rather than part of the
    intent: a mistyped ``--namspace`` must not silently plan in another namespace.
    """
    parsed = Parsed()
    rest = list(tokens)
    while rest:
        word = rest.pop(0)
        if word == "--":
            parsed.words += rest
            break
        if not _is_option(word):
            parsed.words.append(word)
            continue
        name, _, inline = word.partition("=")
        if name not in spec:
            known = ", ".join(sorted(spec)) or "none"
            raise ConfigError(
                f"unknown option {name!r} for {what}",
                hint=f"options: {known}; text that starts with '-' goes after `--`",
            )
        dest, takes_value = spec[name]
        if not takes_value:
            if inline:
                raise ConfigError(f"{name} takes no value")
            parsed.options[dest] = True
            continue
        value = inline or (rest.pop(0) if rest and not _is_option(rest[0]) else "")
        if not value:
            raise ConfigError(f"{name} needs a value", hint=f"e.g. {name} VALUE")
        parsed.options[dest] = value
    return parsed


def _one_id(words: list[str], command: str) -> str:
    from dotop_nb.sessions import check_id  # noqa: PLC0415

    if len(words) != 1:
        raise ConfigError(
            f"`%operate {command}` needs exactly one session id",
            hint=f"e.g. %operate {command} op-20261126-1a2b3c4d (see `%operate history`)",
        )
    return check_id(words[0])


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


# ------------------------------------------------------------------------------ the magics
@magics_class
class OperateMagics(Magics, Configurable):
    """``%operate`` and its settings. Change a setting with ``%config OperateMagics.NAME = …``;
    the engine (one Operator per kernel) is rebuilt with the new settings on next use."""

    planner = Unicode(
        "auto", help="Planner: auto, offline, anthropic or hybrid (see dotop_nb.planner)."
    ).tag(config=True)
    namespace = Unicode("default", help="Namespace when an intent has no -n.").tag(config=True)
    context = Unicode("", help="kubeconfig context ('' = the current one).").tag(config=True)
    kubeconfig = Unicode("", help="kubeconfig file ('' = KUBECONFIG or ~/.kube/config).").tag(
        config=True
    )
    sessions_dir = Unicode(
        "", help="Session journal folder ('' = DOTOP_SESSIONS or ./.dotop/sessions)."
    ).tag(config=True)
    policies_dir = Unicode(
        "",
        help="Policy folder, or 'none' ('' = DOTOP_POLICIES, else ./policies, else the starter "
        "policies shipped with dotop-nb).",
    ).tag(config=True)
    patterns_dir = Unicode("", help="Pattern folder ('' = DOTOP_PATTERNS or ./patterns).").tag(
        config=True
    )
    validation_timeout = Float(
        120.0, help="Seconds execution waits for the cluster to reach the new state."
    ).tag(config=True)
    request_timeout = Float(30.0, help="Seconds each Kubernetes API request may take.").tag(
        config=True
    )
    user = Unicode(
        help="Who approves and rejects ('' = DOTOP_USER, JUPYTERHUB_USER or the OS user)."
    ).tag(config=True)
    rollback = Bool(True, help="Roll back automatically when validation fails.").tag(config=True)
    widgets = CaselessStrEnum(
        ["auto", "on", "off"],
        default_value="auto",
        help="Show the Approve/Refine/Reject widget: auto = when running in a Jupyter kernel.",
    ).tag(config=True)
    unattended = Bool(
        help="Treat `%operate approve` as an unattended approval (policies that require a person "
        "then refuse it). Default: DOTOP_UNATTENDED=1 in the environment, e.g. in scheduled runs."
    ).tag(config=True)

    def __init__(self, shell: InteractiveShell | None = None, **kwargs: Any) -> None:
        # Set before the configuration is loaded: loading it notifies the observers below.
        self._operator: Operator | None = None
        self._overrides: dict[tuple[str, str], Operator] = {}
        self.views: dict[str, ProposalWidget] = {}
        self.last_session_id: str | None = None
        super().__init__(shell=shell, **kwargs)

    @default("user")
    def _default_user(self) -> str:
        return os.environ.get("DOTOP_USER") or os.environ.get("JUPYTERHUB_USER") or ""

    @default("unattended")
    def _default_unattended(self) -> bool:
        return _truthy(os.environ.get("DOTOP_UNATTENDED"))

    @validate("planner")
    def _valid_planner(self, proposal: Any) -> str:
        from dotop_nb.planner import PLANNERS  # noqa: PLC0415

        value = str(proposal["value"])
        if value not in PLANNERS:
            raise TraitError(f"unknown planner {value!r}; choose one of: {', '.join(PLANNERS)}")
        return value

    @observe(
        "planner",
        "context",
        "kubeconfig",
        "sessions_dir",
        "policies_dir",
        "patterns_dir",
        "validation_timeout",
        "request_timeout",
        "user",
    )
    def _settings_changed(self, change: Any) -> None:
        self._retire_all()

    # ------------------------------------------------------------------------------ engine
    def operator(self, *, context: str | None = None, planner: str | None = None) -> Operator:
        """The engine for the current settings (created on first use), or for a per-call
        ``--context`` / ``--planner`` override."""
        key = (context or self.context, planner or self.planner)
        if key == (self.context, self.planner):
            if self._operator is None:
                self._operator = self._make(*key)
            return self._operator
        if key not in self._overrides:
            self._overrides[key] = self._make(*key)
        return self._overrides[key]

    def _make(self, context: str, planner: str) -> Operator:
        from dotop_nb.service import Operator  # noqa: PLC0415 -- keeps %load_ext fast
        from dotop_nb.ui.progress import ProgressJournal  # noqa: PLC0415

        operator = Operator(
            kubeconfig=self.kubeconfig or None,
            context=context or None,
            planner=planner,
            sessions=Path(self.sessions_dir).expanduser() if self.sessions_dir else None,
            policies=self.policies_dir or None,
            patterns=Path(self.patterns_dir).expanduser() if self.patterns_dir else None,
            validation_timeout=self.validation_timeout,
            request_timeout=self.request_timeout,
            user=self.user or None,
        )
        # Every save of the session is a progress event for the widget.
        operator.journal = ProgressJournal(operator.journal.folder)
        return operator

    def _retire_all(self) -> None:
        retired = [o for o in (self._operator, *self._overrides.values()) if o is not None]
        self._operator = None
        self._overrides = {}
        for operator in retired:
            # A live widget still acts through the engine it was made with.
            if not any(v.operator is operator for v in self.views.values()):
                operator.close()

    def close(self) -> None:
        """Close every engine (on ``%unload_ext dotop_nb``)."""
        engines = {id(o): o for o in (self._operator, *self._overrides.values()) if o}
        engines.update({id(v.operator): v.operator for v in self.views.values()})
        self._operator = None
        self._overrides = {}
        self.views = {}
        for operator in engines.values():
            operator.close()

    def _operator_for(self, session: Session) -> Operator:
        """The engine connected to the cluster the session was planned against."""
        operator = self.operator()
        if not session.proposals:
            return operator
        want = session.proposal.cluster
        # Only the URL here (no request): the executor checks the cluster's real identity.
        have = operator.client.identity
        if want.server == have.server:
            return operator
        if want.context and want.context != have.context:
            try:
                other = self.operator(context=want.context)
            except ConfigError:
                other = None
            if other is not None and other.client.identity.server == want.server:
                return other
        raise ConfigError(
            f"session {session.id} was planned against {want.server} (context "
            f"{want.context or 'none'}), but this notebook is connected to {have.server}",
            hint="point OperateMagics.context / kubeconfig at the session's cluster",
        )

    def _approver(self, operator: Operator) -> str:
        return self.user or operator.user

    def _widgets_enabled(self) -> bool:
        if self.widgets == "off":
            return False
        if self.widgets == "on":
            return True
        in_kernel = getattr(self.shell, "kernel", None) is not None
        return in_kernel and importlib.util.find_spec("ipywidgets") is not None

    # ------------------------------------------------------------------------------ the magic
    @no_var_expand
    @line_cell_magic
    def operate(self, line: str, cell: str | None = None) -> None:
        """Plan, review, approve and audit Day-2 operations on Kubernetes.

        Propose (a dry-run-validated, policy-checked plan; nothing changes yet)::

            %operate INTENT [-n NS] [--context CTX] [--planner NAME] [--approve] [--no-rollback]
            %%operate [-n NS] [--context CTX] [--planner NAME] [--approve] [--no-rollback]
            INTENT (the whole cell body)

        The proposal appears as an output (display id = the session id) and, in a live kernel,
        as a widget with Approve / Refine / Reject. Options:

            -n NS, --namespace NS   namespace (default: OperateMagics.namespace)
            --context CTX           kubeconfig context for this call
            --planner NAME          planner for this call (auto, offline, anthropic, hybrid)
            --approve               execute at once if every check passes: an unattended,
                                    headless approval (papermill, CI); a failure raises
            --no-rollback           leave a change that fails validation as it is
            --                      the rest of the line is intent text, even words starting
                                    with '-'

        Decide and inspect (re-executable cells: they are the change record)::

            %operate approve SESSION_ID [--hash PLAN_HASH] [--no-rollback]
                execute the session's current plan (--hash: the full hash or its first 12
                characters, as shown; it must be the current plan). A session that already ran
                shows its recorded outcome, clearly labelled, and runs nothing again.
            %operate resume SESSION_ID [--no-rollback]
                finish a session whose execution was interrupted (kernel restart, signal, lost
                answer, outage), with its recorded approval checked again
            %operate rollback SESSION_ID          restore what an interrupted or failed session
                                                  changed to the state before it, and verify
            %operate refine SESSION_ID TEXT       re-plan with a correction (history is kept)
            %%operate refine SESSION_ID           ... with the cell body as the correction
            %operate reject SESSION_ID [REASON]   (or %%operate reject SESSION_ID, body = reason)
            %operate status [SESSION_ID]          the session's record (and refresh its outputs)
            %operate history [--limit N]          recent sessions in the journal (default 20)
            %operate verify SESSION_ID [--strict] does the cluster still match what the session
                                                  applied? (--strict: raise on drift)
            %operate policies                     the policies in force
            %operate capabilities [--refresh]     what the cluster offers (HPA, KEDA, ...)
            %operate patterns [QUERY]             organisational patterns (knowledge engine); with
                                                  a query, the 5 that fit it best
            %operate help                         this text

        Settings (``%config OperateMagics.NAME = VALUE``; in ipython_config.py as
        ``c.OperateMagics.NAME``): planner, namespace, context, kubeconfig, sessions_dir,
        policies_dir, patterns_dir, validation_timeout, request_timeout, user, rollback, widgets
        (auto | on | off), unattended. ``%config OperateMagics`` lists them with their help.

        ``{x}`` and ``$x`` in the line are kept literally (no variable expansion). To use Python
        values, call ``get_ipython().run_line_magic("operate", f"...")`` or the Python API
        (``dotop_nb.Operator``).
        """
        tokens = line.split()
        if cell is not None:
            self._cell(tokens, cell)
            return
        if not tokens:
            raise ConfigError(
                "say what to do: %operate INTENT, or a subcommand",
                hint="e.g. %operate scale my-api to 3 -n shop; %operate help lists everything",
            )
        head = tokens[0].lower()
        if head in SUBCOMMANDS:
            getattr(self, f"_cmd_{head}")(tokens[1:])
            return
        self._propose(parse(tokens, INTENT_OPTIONS, what="%operate"), None)

    def _cell(self, tokens: list[str], body: str) -> None:
        head = tokens[0].lower() if tokens else ""
        if head in ("refine", "reject"):
            getattr(self, f"_cmd_{head}")(tokens[1:], body=body)
            return
        if head in SUBCOMMANDS:
            raise ConfigError(
                f"`%%operate {head}` is not a cell magic",
                hint=f"use the line form: %operate {head} ...",
            )
        parsed = parse(tokens, INTENT_OPTIONS, what="%%operate")
        if parsed.words:
            raise ConfigError(
                "%%operate takes the intent from the cell body; its line holds only options",
                hint="move the words into the body, or use %operate INTENT on one line",
            )
        self._propose(parsed, body)

    # ------------------------------------------------------------------------------ propose
    def _propose(self, parsed: Parsed, body: str | None) -> None:
        intent = body.strip() if body is not None else " ".join(parsed.words)
        opts = parsed.options
        operator = self.operator(context=opts.get("context"), planner=opts.get("planner"))
        proposal = operator.analyze(intent, namespace=opts.get("namespace") or self.namespace)
        session = operator.session(proposal.session_id)
        self.last_session_id = session.id
        rollback = self.rollback and not opts.get("no_rollback")
        if opts.get("approve"):
            self._approve_now(operator, session, rollback=rollback)
            return
        views.show_session(session, buttons=self._widgets_enabled())
        self._show_widget(operator, session, rollback=rollback)

    def _approve_now(self, operator: Operator, session: Session, *, rollback: bool) -> None:
        # Shown once, at the end: an output updated within its own cell would not match what
        # nbval captures when it re-runs the notebook.
        if session.status != "proposed":
            views.show_session(session)
            raise NotExecutable(
                f"session {session.id} was not executed: {session.status}: {session.message}",
                hint="refine it (%operate refine ID TEXT) or change the intent",
            )
        try:
            result = operator.execute(
                session.id,
                approve=session.proposal.plan_hash,
                interactive=False,
                approver=self._approver(operator),
                rollback=rollback,
            )
        except DotopError:
            views.show_session(operator.session(session.id))
            raise
        views.show_session(result)
        _raise_if_failed(result)

    def _show_widget(self, operator: Operator, session: Session, *, rollback: bool) -> None:
        if not self._widgets_enabled():
            return
        from dotop_nb.ui.widget import ProposalWidget  # noqa: PLC0415 -- ipywidgets on demand

        widget = ProposalWidget(
            operator, session, approver=self._approver(operator), rollback=rollback
        )
        self.views[session.id] = widget
        views.show(widget)

    def _sync_widget(self, session: Session) -> None:
        widget = self.views.get(session.id)
        if widget is not None:
            widget.sync(session)

    # ------------------------------------------------------------------------------ decisions
    def _cmd_approve(self, args: list[str]) -> None:
        parsed = parse(args, APPROVE_OPTIONS, what="%operate approve")
        session_id = _one_id(parsed.words, "approve")
        session = self.operator().session(session_id)
        operator = self._operator_for(session)
        given = str(parsed.options.get("hash") or "").lower()
        if session.status in _EXECUTED:
            approved = session.approval.plan_hash if session.approval else ""
            if given and not approved.startswith(given):
                from dotop_nb.service import ExecutionRefused  # noqa: PLC0415

                raise ExecutionRefused(
                    f"session {session_id} was executed with plan {approved[:12]}, "
                    f"not {given[:12]}",
                    hint="check the session id and hash in this cell",
                )
            views.show_session(session, replayed=True)
            self._sync_widget(session)
            return
        plan = _resolve_hash(session, given)
        try:
            result = operator.execute(
                session_id,
                approve=plan,
                interactive=not self.unattended,
                approver=self._approver(operator),
                rollback=self.rollback and not parsed.options.get("no_rollback"),
            )
        except DotopError:
            current = operator.session(session_id)
            views.show_session(current)
            self._sync_widget(current)
            raise
        self.last_session_id = session_id
        views.show_session(result)
        self._sync_widget(result)
        _raise_if_failed(result)

    def _cmd_resume(self, args: list[str]) -> None:
        parsed = parse(args, RESUME_OPTIONS, what="%operate resume")
        session_id = _one_id(parsed.words, "resume")
        operator = self._operator_for(self.operator().session(session_id))
        rollback = self.rollback and not parsed.options.get("no_rollback")
        self._finish(operator, session_id, lambda: operator.resume(session_id, rollback=rollback))

    def _cmd_rollback(self, args: list[str]) -> None:
        session_id = _one_id(parse(args, {}, what="%operate rollback").words, "rollback")
        operator = self._operator_for(self.operator().session(session_id))
        self._finish(
            operator, session_id, lambda: operator.rollback(session_id), wanted="rolled_back"
        )

    def _finish(
        self,
        operator: Operator,
        session_id: str,
        call: Callable[[], Session],
        *,
        wanted: str = "executed",
    ) -> None:
        """Run ``call`` (resume or rollback) and render the session, also when it raises; the
        cell fails unless the session ends ``wanted``."""
        try:
            result = call()
        except DotopError:
            current = operator.session(session_id)
            views.show_session(current)
            self._sync_widget(current)
            raise
        self.last_session_id = session_id
        views.show_session(result)
        self._sync_widget(result)
        if result.status != wanted:
            raise ChangeFailed(f"session {session_id} {result.status}: {result.message}")

    def _cmd_refine(self, args: list[str], body: str | None = None) -> None:
        session_id = _one_id(args[:1], "refine")
        text = body.strip() if body is not None else " ".join(args[1:])
        if body is not None and len(args) > 1:
            raise ConfigError("%%operate refine takes the correction from the cell body only")
        session = self.operator().session(session_id)
        operator = self._operator_for(session)
        operator.refine(session_id, text)
        session = operator.session(session_id)
        self.last_session_id = session_id
        views.show_session(session, buttons=self._widgets_enabled())
        widget = self.views.get(session_id)
        if widget is not None and widget.operator is operator:
            widget.sync(session)
            views.show(widget)
        else:
            self._show_widget(operator, session, rollback=self.rollback)

    def _cmd_reject(self, args: list[str], body: str | None = None) -> None:
        session_id = _one_id(args[:1], "reject")
        reason = body.strip() if body is not None else " ".join(args[1:])
        session = self.operator().session(session_id)
        operator = self._operator_for(session)
        if session.status == "rejected":
            views.show_session(session, replayed=True)
            self._sync_widget(session)
            return
        session = operator.reject(session_id, reason=reason)
        views.show_session(session)
        self._sync_widget(session)

    # ------------------------------------------------------------------------------ inspect
    def _cmd_status(self, args: list[str]) -> None:
        words = args or ([self.last_session_id] if self.last_session_id else [])
        if not words:
            raise ConfigError(
                "no session yet in this kernel", hint="pass one: %operate status SESSION_ID"
            )
        session = self.operator().session(_one_id(words, "status"))
        views.show_session(session)
        self._sync_widget(session)

    def _cmd_history(self, args: list[str]) -> None:
        parsed = parse(args, HISTORY_OPTIONS, what="%operate history")
        if parsed.words:
            raise ConfigError("`%operate history` takes only --limit N")
        raw = str(parsed.options.get("limit", "20"))
        if not raw.isdigit() or int(raw) < 1:
            raise ConfigError(f"--limit must be a positive number, not {raw!r}")
        operator = self.operator()
        # Listed even when a signature fails, marked; such a session is never acted on.
        sessions = [operator.journal.load(sid, verify=False) for sid in operator.sessions()]
        sessions.sort(key=lambda s: s.created_at, reverse=True)
        trust = {s.id: operator.journal.verdict(s.id) for s in sessions}
        rows = [
            [
                s.id,
                s.created_at.isoformat(timespec="seconds"),
                s.status if trust[s.id].ok else f"{s.status} [{trust[s.id].state.upper()}]",
                s.namespace,
                s.approval.by if s.approval else (s.rejected_by or ""),
                s.intent if len(s.intent) <= 60 else s.intent[:59] + "…",
            ]
            for s in sessions[: int(raw)]
        ]
        columns = ["session", "created", "status", "namespace", "decided by", "intent"]
        folder = operator.journal.folder
        note = f"{len(rows)} of {len(sessions)} sessions in {folder}"
        views.show(views.TableView("Sessions", columns, rows, note=note))

    def _cmd_verify(self, args: list[str]) -> None:
        parsed = parse(args, VERIFY_OPTIONS, what="%operate verify")
        session = self.operator().session(_one_id(parsed.words, "verify"))
        drift = audit.verify(self._operator_for(session), session)
        view = views.DriftView(drift)
        views.show(view)
        if parsed.options.get("strict") and not drift.in_sync:
            raise DriftDetected(view.verdict(), hint="see the list above; re-plan to restore it")

    def _cmd_policies(self, args: list[str]) -> None:
        from dotop_nb.policy import load_policy_set  # noqa: PLC0415

        if args:
            raise ConfigError("`%operate policies` takes no arguments")
        folder = self.policies_dir or None
        rows = []
        chosen = load_policy_set(folder)
        for p in chosen.in_force:
            scope = "; ".join(
                ", ".join(f"{k}={v}" for k, v in s.model_dump(exclude_defaults=True).items())
                or "everything"
                for s in p.scope
            )
            rules = ", ".join(
                f"{k}={v}" for k, v in p.rules.model_dump(exclude_defaults=True).items()
            )
            rows.append([p.id, p.effect, p.name, scope, rules])
        views.show(
            views.TableView(
                "Policies",
                ["id", "effect", "name", "scope", "rules"],
                rows,
                note=f"{chosen.describe()}; plus the built-in safety rules",
            )
        )

    def _cmd_capabilities(self, args: list[str]) -> None:
        from dotop_nb.cluster.capabilities import discover  # noqa: PLC0415

        parsed = parse(args, CAPABILITY_OPTIONS, what="%operate capabilities")
        if parsed.words:
            raise ConfigError("`%operate capabilities` takes only --refresh")
        operator = self.operator()
        report = discover(operator.gateway.client, refresh=bool(parsed.options.get("refresh")))
        rows = [
            [c.name, "yes" if c.present else "no", c.description, ", ".join(c.evidence)]
            for c in report.capabilities
        ]
        views.show(
            views.TableView(
                "Capabilities",
                ["name", "present", "description", "evidence"],
                rows,
                note=f"cluster {report.server}",
            )
        )

    def _cmd_patterns(self, args: list[str]) -> None:
        # The engine's own knowledge base: a second one in this process could contend for a
        # local Qdrant folder (it is locked to one client).
        kb = self.operator().knowledge
        if args:
            query = " ".join(args)
            hits = kb.search(query, kind="pattern", k=5)
            rows = [
                [h.id, f"{h.score:.3f}", h.name, h.document.get("description", "")] for h in hits
            ]
            columns = ["id", "score", "name", "description"]
            title = f"Patterns for: {query}"
        else:
            rows = [[d.id, d.category, d.name, d.description] for d in kb.list("pattern")]
            columns = ["id", "category", "name", "description"]
            title = "Patterns"
        where = kb.folders.get("pattern")
        note = f"from {where}" if where else "no pattern folder (DOTOP_PATTERNS or ./patterns)"
        views.show(views.TableView(title, columns, rows, note=note))

    def _cmd_help(self, args: list[str]) -> None:
        print(type(self).operate.__doc__)


def _resolve_hash(session: Session, given: str) -> str:
    """The plan hash to approve: the current one, or the one given (in full or 12+ characters)."""
    if not session.proposals:
        return given
    current = session.proposal.plan_hash
    if not given:
        return current
    if len(given) == len(current):
        return given
    if len(given) >= _MIN_HASH_PREFIX and current.startswith(given):
        return current
    from dotop_nb.service import ExecutionRefused  # noqa: PLC0415

    raise ExecutionRefused(
        f"the approval is for plan {given[:12] or '(empty)'}, but session {session.id}'s current "
        f"plan is {current[:12]} (revision {session.proposal.revision})",
        hint="review the current proposal and approve its plan hash (at least 12 characters)",
    )


def _raise_if_failed(session: Session) -> None:
    if session.status in ("failed", "rolled_back", "error", "interrupted"):
        raise ChangeFailed(f"session {session.id} {session.status}: {session.message}")


# ------------------------------------------------------------------------------ extension
def load(shell: InteractiveShell) -> OperateMagics:
    """Register ``%operate`` in ``shell`` (``%load_ext dotop_nb`` calls this)."""
    magics = OperateMagics(shell=shell)
    shell.register_magics(magics)
    return magics


def unload(shell: InteractiveShell) -> None:
    """Remove ``%operate`` and close its engines (``%unload_ext dotop_nb``)."""
    manager = shell.magics_manager
    magics = manager.registry.pop(OperateMagics.__name__, None)
    for kind in ("line", "cell"):
        manager.magics[kind].pop("operate", None)
    if isinstance(magics, OperateMagics):
        magics.close()
        configurables: list[Any] = shell.configurables
        if magics in configurables:
            configurables.remove(magics)
