"""The ``%operate`` magic: Day-2 operations from a notebook cell.

Load it with ``%load_ext dotop_nb`` (or for every kernel, in ``ipython_config.py``:
``c.InteractiveShellApp.extensions = ["dotop_nb"]``). Settings are traitlets of
:class:`OperateMagics` (``%config OperateMagics.planner = "offline"``); ``%operate?`` is the help.

Every outcome is an ordinary output (a ``display_data`` with ``text/plain``, ``text/html`` and
``application/vnd.dotop.session+json``, a display id of its own: each cell shows what it did, see
:mod:`dotop_nb.ui.views`) and every failure is a real
exception with a short message, so papermill and nbval see failed cells. A cell never waits for
a click: the widget's buttons act later, in their own callbacks.

The magic parses (:mod:`.parsing`), calls the workflow (:mod:`dotop_nb.app.workflow`) with an
engine from its cache (:mod:`.engines`) and renders the outcome (:mod:`dotop_nb.ui`).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from IPython.core.magic import Magics, line_cell_magic, magics_class, no_var_expand
from traitlets import Bool, CaselessStrEnum, Float, TraitError, Unicode, default, observe, validate
from traitlets.config import Configurable

from dotop_nb import lifecycle
from dotop_nb.errors import ConfigError, DotopError
from dotop_nb.magics.engines import Engines, EngineSettings
from dotop_nb.magics.lazy import Lazy, warm
from dotop_nb.magics.parsing import (
    APPROVE_OPTIONS,
    CAPABILITY_OPTIONS,
    HISTORY_OPTIONS,
    INTENT_OPTIONS,
    RESUME_OPTIONS,
    SUBCOMMANDS,
    VERIFY_OPTIONS,
    Parsed,
    check_hash,
    one_id,
    parse,
)
from dotop_nb.settings import setting

if TYPE_CHECKING:
    from IPython.core.interactiveshell import InteractiveShell

    from dotop_nb import app, audit
    from dotop_nb.app import Approval, Outcome, workflow
    from dotop_nb.app import approval as approvals
    from dotop_nb.models import Session
    from dotop_nb.service import Operator
    from dotop_nb.ui import listings, views
    from dotop_nb.ui.widget import ProposalWidget
else:
    # Imported on first use, so that %load_ext stays quick (see dotop_nb.magics.lazy).
    app = Lazy("dotop_nb.app")
    approvals = Lazy("dotop_nb.app.approval")
    audit = Lazy("dotop_nb.audit")
    listings = Lazy("dotop_nb.ui.listings")
    views = Lazy("dotop_nb.ui.views")
    workflow = Lazy("dotop_nb.app.workflow")


# ------------------------------------------------------------------------------ the magics
@magics_class
class OperateMagics(Magics, Configurable):
    """``%operate`` and its settings. Change a setting with ``%config OperateMagics.NAME = …``;
    the engine (one Operator per kernel) is rebuilt with the new settings on next use."""

    # A trait mapped onto a Settings field spells no default: ``@default`` reads the setting
    # (its variable, else its one default in dotop_nb.settings); '' for a folder or the
    # cluster means "the setting", resolved when the engine is built.
    planner = Unicode(
        help="Planner: auto, offline, anthropic or hybrid (see dotop_nb.planner). Default: "
        "Settings.planner (DOTOP_PLANNER, else auto)."
    ).tag(config=True)
    namespace = Unicode(
        help="Namespace when an intent has no -n. Default: Settings.namespace (DOTOP_NAMESPACE, "
        "else default)."
    ).tag(config=True)
    context = Unicode(help="kubeconfig context ('' = the current one).").tag(config=True)
    kubeconfig = Unicode(help="kubeconfig file ('' = KUBECONFIG or ~/.kube/config).").tag(
        config=True
    )
    sessions_dir = Unicode(
        help="Session journal folder ('' = DOTOP_SESSIONS or ./.dotop/sessions)."
    ).tag(config=True)
    policies_dir = Unicode(
        help="Policy folder, or 'none' ('' = DOTOP_POLICIES, else ./policies, else the starter "
        "policies shipped with dotop-nb).",
    ).tag(config=True)
    patterns_dir = Unicode(help="Pattern folder ('' = DOTOP_PATTERNS or ./patterns).").tag(
        config=True
    )
    validation_timeout = Float(
        help="Seconds execution waits for the cluster to reach the new state (default: "
        "Settings.validation_timeout, DOTOP_VALIDATION_TIMEOUT)."
    ).tag(config=True)
    request_timeout = Float(
        help="Seconds each Kubernetes API request may take (default: Settings.request_timeout, "
        "DOTOP_REQUEST_TIMEOUT)."
    ).tag(config=True)
    api_timeout = Float(
        None,
        allow_none=True,
        help="Seconds each AI planner (model API) request may take (None = DOTOP_API_TIMEOUT, "
        "else the AI planner's default; see docs/planners.md).",
    ).tag(config=True)
    user = Unicode(
        help="Who approves and rejects (default: Settings.user: DOTOP_USER, JUPYTERHUB_USER, the "
        "CI's user variable, else the OS user)."
    ).tag(config=True)
    rollback = Bool(
        help="Roll back automatically when validation fails (default: Settings.rollback)."
    ).tag(config=True)
    widgets = CaselessStrEnum(
        ["auto", "on", "off"],
        default_value="auto",
        help="Show the Approve/Refine/Reject widget: auto = when running in a Jupyter kernel.",
    ).tag(config=True)
    unattended = Bool(
        help="Treat `%operate approve` as an unattended approval (policies that require a person "
        "then refuse it). Default: Settings.unattended (DOTOP_UNATTENDED, else a CI runner)."
    ).tag(config=True)

    def __init__(self, shell: InteractiveShell | None = None, **kwargs: Any) -> None:
        # Set before the configuration is loaded: loading it notifies the observers below.
        self.engines = Engines(self._engine_settings)
        self.views: dict[str, ProposalWidget] = {}
        self.last_session_id: str | None = None
        self.last_outcome: Outcome | None = None
        self.matcher: Any = None  # the tab-completion matcher (dotop_nb.magics.completion)
        self.warming: threading.Thread | None = None
        # This notebook's sessions an earlier kernel left: looked at on the first %operate.
        self.recovered = False
        super().__init__(shell=shell, **kwargs)

    @default("planner")
    def _default_planner(self) -> str:
        return str(setting("planner"))

    @default("namespace")
    def _default_namespace(self) -> str:
        return str(setting("namespace"))

    @default("validation_timeout")
    def _default_validation_timeout(self) -> float:
        return float(setting("validation_timeout"))

    @default("request_timeout")
    def _default_request_timeout(self) -> float:
        return float(setting("request_timeout"))

    @default("user")
    def _default_user(self) -> str:
        return str(setting("user"))

    @default("rollback")
    def _default_rollback(self) -> bool:
        return bool(setting("rollback"))

    @default("unattended")
    def _default_unattended(self) -> bool:
        return bool(setting("unattended"))

    def _ready(self) -> None:
        """Wait for the warm-up imports (dotop_nb.magics.lazy) to finish, so that this thread
        never imports a module while the warm-up thread is importing it too."""
        if self.warming is not None:
            self.warming.join()
            self.warming = None

    @validate("planner")
    def _valid_planner(self, proposal: Any) -> str:
        self._ready()
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
        "api_timeout",
        "user",
    )
    def _settings_changed(self, change: Any) -> None:
        self._retire_all()

    # ------------------------------------------------------------------------------ engine
    def _engine_settings(self) -> EngineSettings:
        return EngineSettings(
            kubeconfig=self.kubeconfig,
            context=self.context,
            planner=self.planner,
            sessions_dir=self.sessions_dir,
            policies_dir=self.policies_dir,
            patterns_dir=self.patterns_dir,
            validation_timeout=self.validation_timeout,
            request_timeout=self.request_timeout,
            user=self.user,
            api_timeout=self.api_timeout,
        )

    def operator(self, *, context: str | None = None, planner: str | None = None) -> Operator:
        """The engine for the current settings (created on first use), or for a per-call
        ``--context`` / ``--planner`` override."""
        return self.engines.get(context=context, planner=planner)

    def _retire_all(self) -> None:
        # A live widget still acts through the engine it was made with.
        self.engines.retire(v.operator for v in self.views.values())

    def close(self) -> None:
        """Close every engine (on ``%unload_ext dotop_nb``)."""
        held = [v.operator for v in self.views.values()]
        self.views = {}
        self.engines.close(held)

    def _operator_for(self, session: Session) -> Operator:
        """The engine connected to the cluster the session was planned against."""
        return self.engines.for_session(session)

    def _approver(self, operator: Operator) -> str:
        return self.user or operator.user

    def _approval(
        self, operator: Operator, *, plan_hash: str = "", in_advance: bool, confirm: str = ""
    ) -> Approval:
        return app.Approval.given(
            "magic",
            by=self._approver(operator),
            by_name="OperateMagics.user",
            plan_hash=plan_hash,
            in_advance=in_advance,
            facts=approvals.Facts.of_shell(self.shell),
            unattended=self.unattended,
            confirm_namespace=confirm,
        )

    def _origin(self) -> str:
        """Where this cell runs: the notebook (Jupyter's ``JPY_SESSION_NAME``) and the cell
        (execution count, and the frontend's cell id when it sends one); '' outside a kernel."""
        kernel = getattr(self.shell, "kernel", None)
        if kernel is None:
            return ""
        try:
            parent = kernel.get_parent("shell")
        except (AttributeError, TypeError):
            parent = None
        metadata = parent.get("metadata") if isinstance(parent, dict) else None
        cell_id = metadata.get("cellId") if isinstance(metadata, dict) else None
        notebook = os.environ.get("JPY_SESSION_NAME", "")
        count = getattr(self.shell, "execution_count", None)
        parts = [notebook] if notebook else []
        parts.append(f"cell [{count}]" + (f" (id {cell_id})" if cell_id else ""))
        return ", ".join(parts)

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

        PROPOSE (a dry-run-validated, policy-checked plan; nothing changes yet)

            %operate INTENT [-n NS] [--context CTX] [--planner NAME] [--approve] [--no-rollback]
            %%operate [options]      with the intent as the whole cell body

        The proposal appears as an output and, in a live kernel, with Approve / Refine / Reject
        buttons. Approve runs the plan in the background (the kernel stays free) with live
        progress and a Cancel button that stops and rolls back. Enter in the text box refines.

            -n NS, --namespace NS   namespace (default: OperateMagics.namespace)
            --context CTX           kubeconfig context for this call
            --planner NAME          auto, offline, anthropic or hybrid, for this call
            --approve               execute at once if every check passes (headless: papermill,
                                    CI); waits for the result; a failure raises
            --no-rollback           leave a change that fails validation as it is
            --                      the rest of the line is intent text

        WHAT THE OFFLINE PLANNER UNDERSTANDS (one change per request; it asks when unsure)

            scale        %operate scale my-api to 5          %operate add 2 replicas to cart
            autoscale    %operate enable autoscaling for my-api between 2 and 10 replicas
            ha           %operate make postgres highly available
            update       %operate update my-api to nginx:1.27
            rollback     %operate roll back my-api to the previous version
            restart      %operate restart cart
            config       %operate set LOG_LEVEL=debug on my-api
            resources    %operate give my-api 256Mi memory and 200m cpu
            monitoring   %operate add prometheus monitoring to my-api
            backup       %operate back up postgres nightly
            security     %operate only frontend may reach my-api
            delete       %operate delete the cart-old service

        A question ("How many replicas?") is answered with Refine: "4" is enough.

        DECIDE AND INSPECT (re-executable cells: they are the change record)

            %operate approve SESSION_ID --hash PLAN_HASH [--no-rollback] [--confirm-namespace NS]
                execute the plan you reviewed (the full hash or its first 12 characters; it
                must still be the current plan). A session that already ran shows its recorded
                outcome and runs nothing again. A production namespace needs its name typed:
                --confirm-namespace NS (also with --approve).
            %operate resume SESSION_ID [--no-rollback]   finish an interrupted execution
            %operate rollback SESSION_ID        restore what an interrupted or failed session
                                                changed, and verify
            %operate refine SESSION_ID TEXT     answer a question or correct the plan
            %operate reject SESSION_ID [REASON]
            %operate status [SESSION_ID]        the session's record
            %operate history [--limit N]        recent sessions, newest first (default 20)
            %operate verify SESSION_ID [--strict]   does the cluster still match the session?
            %operate policies                   the policies in force
            %operate capabilities [--refresh]   what the cluster offers (HPA, KEDA, ...)
            %operate patterns [QUERY]           organisational patterns (the 5 that fit QUERY)
            %operate help                       this text

        Tab completes subcommands, options, namespaces, workloads and session ids.

        SETTINGS  %config OperateMagics.NAME = VALUE  (or c.OperateMagics.NAME in
        ipython_config.py): planner, namespace, context, kubeconfig, sessions_dir,
        policies_dir, patterns_dir, validation_timeout, request_timeout, api_timeout, user,
        rollback, widgets (auto | on | off), unattended. %config OperateMagics lists them.

        {x} and $x in the line are kept literally (no variable expansion); for Python values
        use get_ipython().run_line_magic("operate", f"...") or dotop_nb.Operator.
        """
        self._ready()
        self._earlier()
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

    def _earlier(self) -> None:
        """Once per kernel, in a notebook: say what this notebook's sessions left by an earlier
        kernel are now (interrupted runs, controls that no longer answer), in this output
        (:mod:`dotop_nb.magics.earlier`)."""
        if self.recovered:
            return
        notebook = os.environ.get("JPY_SESSION_NAME", "")
        if not notebook or getattr(self.shell, "kernel", None) is None:
            self.recovered = True
            return
        from dotop_nb.magics import earlier  # noqa: PLC0415

        try:
            found = earlier.recover(self.operator(), notebook)
        except DotopError:
            return  # no cluster or journal yet: looked at again on the next %operate
        self.recovered = True
        if not found:
            return
        rows = [[s.id, s.intent[:60], now] for s, now in found]
        views.show(
            views.TableView(
                f"Sessions of {notebook} left by an earlier kernel",
                ["session", "intent", "now"],
                rows,
            )
        )
        for session, _ in found:
            if session.status == "interrupted":
                views.show_session(session)  # the notebook's record says it too (audit)

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

    # ------------------------------------------------------------------------------ render
    def _render(
        self, outcome: Outcome, *, wanted: Collection[str], widget: ProposalWidget | None = None
    ) -> None:
        """Show the outcome's session (also when it failed), then fail the cell unless it is
        one of ``wanted``. Shown once, at the end: an output updated within its own cell would
        not match what nbval captures when it re-runs the notebook. ``widget``: its controls
        are the same output (one output per session)."""
        self.last_outcome = outcome
        session = outcome.session
        if session is not None:
            self.last_session_id = session.id
            views.show_session(session, replayed=outcome.replayed, widget=widget)
            self._sync_widget(session)
        app.raise_for(outcome, wanted=wanted)

    # ------------------------------------------------------------------------------ propose
    def _propose(self, parsed: Parsed, body: str | None) -> None:
        intent = body.strip() if body is not None else " ".join(parsed.words)
        opts = parsed.options
        operator = self.operator(context=opts.get("context"), planner=opts.get("planner"))
        namespace = opts.get("namespace") or self.namespace
        rollback = self.rollback and not opts.get("no_rollback")
        if opts.get("approve"):
            approval = self._approval(
                operator, in_advance=True, confirm=opts.get("confirm_namespace") or ""
            )
            outcome = workflow.operate(
                operator, intent, namespace=namespace, approval=approval, rollback=rollback
            )
            self._render(outcome, wanted=lifecycle.ACHIEVED)
            return
        outcome = workflow.propose(operator, intent, namespace=namespace, origin=self._origin())
        widget = None
        if outcome.session is not None and outcome.status in lifecycle.PLANNED:
            widget = self._widget(operator, outcome.session, rollback=rollback)
        self._render(outcome, wanted=lifecycle.PLANNED, widget=widget)

    def _widget(
        self, operator: Operator, session: Session, *, rollback: bool
    ) -> ProposalWidget | None:
        """The proposal widget for ``session`` (None with widgets off): displayed by the caller
        as the session's one output (:func:`dotop_nb.ui.views.show_session`)."""
        if not self._widgets_enabled():
            return None
        from dotop_nb.ui.widget import ProposalWidget  # noqa: PLC0415 -- ipywidgets on demand

        widget = ProposalWidget(
            operator, session, approver=self._approver(operator), rollback=rollback
        )
        self.views[session.id] = widget
        return widget

    def _sync_widget(self, session: Session) -> None:
        widget = self.views.get(session.id)
        if widget is not None:
            widget.sync(session)

    # ------------------------------------------------------------------------------ decisions
    def _cmd_approve(self, args: list[str]) -> None:
        parsed = parse(args, APPROVE_OPTIONS, what="%operate approve")
        session_id = one_id(parsed.words, "approve")
        plan_hash = check_hash(parsed.options.get("hash"), session_id)
        operator = self._operator_for(self.operator().session(session_id))
        approval = self._approval(
            operator,
            plan_hash=plan_hash,
            in_advance=False,
            confirm=parsed.options.get("confirm_namespace") or "",
        )
        rollback = self.rollback and not parsed.options.get("no_rollback")
        outcome = workflow.approve(operator, session_id, approval, rollback=rollback, replay=True)
        self._render(outcome, wanted=lifecycle.ACHIEVED)

    def _cmd_resume(self, args: list[str]) -> None:
        parsed = parse(args, RESUME_OPTIONS, what="%operate resume")
        session_id = one_id(parsed.words, "resume")
        operator = self._operator_for(self.operator().session(session_id))
        rollback = self.rollback and not parsed.options.get("no_rollback")
        acting = self._approval(operator, in_advance=False)
        outcome = workflow.resume(operator, session_id, acting, rollback=rollback)
        self._render(outcome, wanted=("executed",))

    def _cmd_rollback(self, args: list[str]) -> None:
        session_id = one_id(parse(args, {}, what="%operate rollback").words, "rollback")
        operator = self._operator_for(self.operator().session(session_id))
        acting = self._approval(operator, in_advance=False)
        outcome = workflow.roll_back(operator, session_id, acting)
        self._render(outcome, wanted=("rolled_back",))

    def _cmd_refine(self, args: list[str], body: str | None = None) -> None:
        session_id = one_id(args[:1], "refine")
        text = body.strip() if body is not None else " ".join(args[1:])
        if body is not None and len(args) > 1:
            raise ConfigError("%%operate refine takes the correction from the cell body only")
        operator = self._operator_for(self.operator().session(session_id))
        outcome = workflow.refine(operator, session_id, text)
        session = outcome.session
        assert session is not None
        self.last_outcome = outcome
        self.last_session_id = session_id
        widget = self.views.get(session_id)
        if widget is not None and widget.operator is operator:
            widget.sync(session)
        else:
            widget = self._widget(operator, session, rollback=self.rollback)
        # The controls move to this cell's output; the earlier one keeps its record only.
        views.show_session(session, buttons=self._widgets_enabled(), widget=widget)

    def _cmd_reject(self, args: list[str], body: str | None = None) -> None:
        session_id = one_id(args[:1], "reject")
        reason = body.strip() if body is not None else " ".join(args[1:])
        operator = self._operator_for(self.operator().session(session_id))
        outcome = workflow.reject(
            operator, session_id, by=self._approver(operator), reason=reason, replay=True
        )
        self._render(outcome, wanted=("rejected",))

    # ------------------------------------------------------------------------------ inspect
    def _cmd_status(self, args: list[str]) -> None:
        words = args or ([self.last_session_id] if self.last_session_id else [])
        if not words:
            raise ConfigError(
                "no session yet in this kernel", hint="pass one: %operate status SESSION_ID"
            )
        session = self.operator().session(one_id(words, "status"))
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
        trust = {s.id: operator.journal.verdict(s.id) for s in sessions}
        folder = operator.journal.folder
        views.show(listings.history(sessions, trust, limit=int(raw), folder=folder))

    def _cmd_verify(self, args: list[str]) -> None:
        parsed = parse(args, VERIFY_OPTIONS, what="%operate verify")
        session = self.operator().session(one_id(parsed.words, "verify"))
        drift = audit.verify(self._operator_for(session), session)
        view = views.DriftView(drift)
        views.show(view)
        if parsed.options.get("strict") and not drift.in_sync:
            raise app.DriftDetected(
                view.verdict(), hint="see the list above; re-plan to restore it"
            )

    def _cmd_policies(self, args: list[str]) -> None:
        from dotop_nb.policy import load_policy_set  # noqa: PLC0415

        if args:
            raise ConfigError("`%operate policies` takes no arguments")
        views.show(listings.policies(load_policy_set(self.policies_dir or None)))

    def _cmd_capabilities(self, args: list[str]) -> None:
        from dotop_nb.cluster.capabilities import discover  # noqa: PLC0415

        parsed = parse(args, CAPABILITY_OPTIONS, what="%operate capabilities")
        if parsed.words:
            raise ConfigError("`%operate capabilities` takes only --refresh")
        operator = self.operator()
        report = discover(operator.gateway.client, refresh=bool(parsed.options.get("refresh")))
        views.show(listings.capabilities(report))

    def _cmd_patterns(self, args: list[str]) -> None:
        # The engine's own knowledge base: a second one in this process could contend for a
        # local Qdrant folder (it is locked to one client).
        views.show(listings.patterns(self.operator().knowledge, " ".join(args)))

    def _cmd_help(self, args: list[str]) -> None:
        print(type(self).operate.__doc__)


# ------------------------------------------------------------------------------ extension
def load(shell: InteractiveShell) -> OperateMagics:
    """Register ``%operate`` in ``shell`` (``%load_ext dotop_nb`` calls this)."""
    from dotop_nb.magics import completion  # noqa: PLC0415

    magics = OperateMagics(shell=shell)
    shell.register_magics(magics)
    magics.matcher = completion.install(shell, magics)
    # The first %operate then finds the workflow, the engine and the views imported.
    magics.warming = warm(also=("dotop_nb.ui.widget",) if magics._widgets_enabled() else ())
    return magics


def unload(shell: InteractiveShell) -> None:
    """Remove ``%operate`` and close its engines (``%unload_ext dotop_nb``)."""
    manager = shell.magics_manager
    magics = manager.registry.pop(OperateMagics.__name__, None)
    for kind in ("line", "cell"):
        manager.magics[kind].pop("operate", None)
    if isinstance(magics, OperateMagics):
        from dotop_nb.magics import completion  # noqa: PLC0415

        completion.remove(shell, magics.matcher)
        magics.close()
        configurables: list[Any] = shell.configurables
        if magics in configurables:
            configurables.remove(magics)
