"""The ``dotop-nb`` command line.

Exit codes: an outcome exits with the code of its status in the one table,
:data:`dotop_nb.app.outcomes.EXIT` (0 executed, 3 proposed, 4 needs clarification, 5 blocked or
refused, 6 dry-run failed, 7 failed, 8 rolled back, 12 interrupted); an error exits with its own
``exit_code``; 130/143 for SIGINT/SIGTERM. docs/cli.md has the full list.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence
from typing import Any

from dotop_nb._version import __version__
from dotop_nb.errors import ConfigError, DotopError, Terminated

EXIT_OK = 0
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _cluster(args: argparse.Namespace) -> int:
    from dotop_nb.localcluster import LocalCluster, binaries

    cluster = LocalCluster.default(args.name)
    if args.action == "build":
        from dotop_nb.localcluster.progress import Printer

        printer = Printer(sys.stderr)
        try:
            _, seconds = binaries.build(force=args.force, report=printer)
        finally:
            printer.done()
        where = binaries.cache_dir()
        print(f"binaries ready in {where}" + (f" (built in {seconds:.0f}s)" if seconds else ""))
    elif args.action == "up":
        state = cluster.up(apiserver_port=args.port, timeout=args.timeout)
        print(
            f"local cluster {cluster.name!r} is up at {state.server} ({state.ready_seconds:.1f}s)"
        )
        print(f"export KUBECONFIG={state.kubeconfig}")
    elif args.action == "down":
        stopped = cluster.down(keep_state=args.keep_state)
        print(f"local cluster {cluster.name!r} stopped ({', '.join(stopped) or 'nothing running'})")
    elif args.action == "status":
        report = cluster.status()
        width = max(len(s.name) for s in report)
        for s in report:
            mark = "healthy" if s.healthy else ("running" if s.running else "stopped")
            print(f"{s.name:<{width}}  pid {s.pid:<8} {mark:<8} {s.detail}")
        if not all(s.healthy for s in report):
            return 10
    elif args.action == "env":
        if cluster.state() is None:
            from dotop_nb.errors import ClusterNotRunning

            raise ClusterNotRunning(
                f"local cluster {cluster.name!r} is not running",
                hint="start it with `dotop-nb cluster up`",
            )
        print(f"export KUBECONFIG={cluster.kubeconfig}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from dotop_nb import demo

    return demo.run(down=args.down, out=sys.stdout)


def _operator(args: argparse.Namespace) -> Any:
    """The engine of `operate` / `session`: the flags mapped onto the settings (an unset flag,
    None, keeps the setting: its variable, else its one default in dotop_nb.settings)."""
    from dotop_nb import planner as planners
    from dotop_nb.service import Operator, check_namespace, check_timeout, check_user
    from dotop_nb.settings import Settings

    # Checked here so that the error names the flag as the user typed it.
    if args.timeout is not None:
        check_timeout(args.timeout, name="--timeout")
    if args.namespace is not None:
        check_namespace(args.namespace, name="-n")
    if args.api_timeout is not None:  # whatever the planner
        from dotop_nb.planner.settings import check_api_timeout

        check_api_timeout(args.api_timeout, name="--api-timeout")
    if args.approver is not None:  # also where no approval is given: never silently ignored
        check_user(args.approver, name="--approver")
    settings = Settings.from_env(
        kubeconfig=args.kubeconfig,
        context=args.context,
        planner=args.planner,
        model=args.model,
        validation_timeout=args.timeout,
        namespace=args.namespace,
        rollback=False if args.no_rollback else None,
    )
    options: dict[str, Any] = {"model": settings.model} if settings.model else {}
    planner = planners.make(settings.planner, request_timeout=args.api_timeout, **options)
    return Operator(settings, planner=planner)


def _approval(
    args: argparse.Namespace, *, plan_hash: str = "", in_advance: bool, tty: bool | None = None
) -> Any:
    """The approval this command gives: by ``--approver`` (else the configured user); whether
    it is interactive is decided in one place (:func:`dotop_nb.app.approval.how`) from the facts
    here: a TTY on standard input (``tty`` overrides it), never with ``--approve``."""
    from dotop_nb.app.approval import Approval, Facts

    facts = Facts.of_process() if tty is None else Facts(tty=tty)
    return Approval.given(
        "cli",
        by=args.approver,
        plan_hash=plan_hash,
        in_advance=in_advance,
        facts=facts,
        confirm_namespace=getattr(args, "confirm_namespace", None) or "",
    )


def _stopped(op: Any, session_id: str | None, err: KeyboardInterrupt, *, during: str) -> int:
    """Say what a SIGINT/SIGTERM left behind — with the real session id — and its exit code."""
    from dotop_nb import lifecycle
    from dotop_nb.app.workflow import as_seen

    name = "SIGTERM" if isinstance(err, Terminated) else "SIGINT"
    code = EXIT_TERMINATED if isinstance(err, Terminated) else EXIT_INTERRUPTED
    if session_id is None:
        print(f"interrupted by {name} {during}; nothing was executed", file=sys.stderr)
        return code
    try:
        session = as_seen(op, op.journal.load(session_id, verify=False))
    except DotopError:
        session = None
    # Started and not ended in a verified state: failed, executing (its process gone), interrupted.
    if session is None or session.status not in lifecycle.STARTED - lifecycle.DONE:
        status = session.status if session is not None else "unknown"
        print(
            f"interrupted by {name} {during}; session {session_id} executed nothing "
            f"(status: {status}); nothing was changed",
            file=sys.stderr,
        )
        return code
    print(
        f"interrupted by {name}; session {session_id} is recorded as {session.status}: "
        f"{session.message}\n  → `dotop-nb session resume {session_id}` finishes it, "
        f"`dotop-nb session rollback {session_id}` undoes it",
        file=sys.stderr,
    )
    return code


def _show(session: Any, output: str, outcome: Any = None, *, code: int = EXIT_OK) -> None:
    """Print the session as recorded (and, in JSON, the outcome and its exit code; without an
    outcome — `session show` — the session's status and ``code``, what the command exits with)."""
    from dotop_nb import report

    if output == "json":
        doc = report.to_json(session)
        doc["outcome"] = outcome.status if outcome is not None else session.status
        doc["exit_code"] = outcome.exit_code if outcome is not None else code
        print(json.dumps(doc, indent=2, default=str))
        return
    print(report.session_text(session))
    if outcome is not None and outcome.status != session.status:
        print(f"\nOutcome: {outcome.status} — {outcome.done}")


def _render(outcome: Any, output: str) -> int:
    """Parse → call → render: the outcome's session, its error, its exit code (one table)."""
    if outcome.session is not None:
        _show(outcome.session, output, outcome)
    if outcome.error is not None:
        print(f"error: {outcome.error}", file=sys.stderr)
    code: int = outcome.exit_code
    return code


def _operate(args: argparse.Namespace) -> int:
    from dotop_nb import lifecycle
    from dotop_nb.app import workflow
    from dotop_nb.planner import PlannerError

    intent = " ".join(args.intent)
    with _operator(args) as op:
        try:
            proposed = workflow.propose(op, intent, namespace=op.settings.namespace)
        except PlannerError as err:
            if args.output == "json" and err.session_id:
                _show(op.session(err.session_id), "json", code=err.exit_code)
            raise
        except KeyboardInterrupt as err:
            return _stopped(op, None, err, during="while planning")
        session = proposed.session
        if not args.approve or session is None or proposed.status not in lifecycle.READY:
            return _render(proposed, args.output)
        approval = _approval(args, plan_hash=session.proposal.plan_hash, in_advance=True)
        try:
            outcome = workflow.approve(op, session.id, approval, rollback=op.settings.rollback)
        except KeyboardInterrupt as err:
            return _stopped(op, session.id, err, during="before execution started")
        return _render(outcome, args.output)


def _session(args: argparse.Namespace) -> int:
    from dotop_nb.app.workflow import as_seen

    with _operator(args) as op:
        if args.action == "list":
            for sid in op.sessions():
                # Shown even when its signature fails, marked: it is never acted on like that.
                s = op.journal.load(sid, verify=False)
                verdict = op.journal.verdict(sid)
                mark = "" if verdict.ok else f"  [{verdict.state.upper()}]"
                status = s.status
                if status == "executing" and op.journal.owner(sid) is None:
                    status = "interrupted*"  # its process died: resume or roll back
                print(f"{sid}  {status:<20} {s.namespace:<16} {s.intent[:60]}{mark}")
            return EXIT_OK
        if not args.id:
            raise ConfigError(f"`session {args.action}` needs a session id")
        if args.action == "show":
            problem = op.journal.problem(args.id)
            shown = problem.exit_code if problem is not None else EXIT_OK
            _show(as_seen(op, op.journal.load(args.id, verify=False)), args.output, code=shown)
            if problem is not None:
                print(f"error: {problem}", file=sys.stderr)
                code: int = problem.exit_code
                return code
            return EXIT_OK
        if args.action == "approve" and not args.hash:
            raise ConfigError(
                "`session approve` needs the plan hash: --hash HASH",
                hint="the proposal shows it (Plan hash: …)",
            )
        try:
            return _render(_act(op, args), args.output)
        except KeyboardInterrupt as err:
            return _stopped(op, args.id, err, during=f"before `session {args.action}` started")


def _act(op: Any, args: argparse.Namespace) -> Any:
    """`session approve|reject|resume|rollback`: the workflow's outcome."""
    from dotop_nb.app import workflow
    from dotop_nb.commands import confirm

    if args.action == "reject":
        by = _approval(args, in_advance=False).by
        return workflow.reject(op, args.id, by=by)
    if args.action == "resume":
        acting = _approval(args, in_advance=False)
        return workflow.resume(op, args.id, acting, rollback=op.settings.rollback)
    if args.action == "rollback":
        return workflow.roll_back(op, args.id, _approval(args, in_advance=False))
    approval = _approval(args, plan_hash=args.hash, in_advance=False)
    if approval.interactive:
        approval = _approval(
            args, plan_hash=args.hash, in_advance=False, tty=confirm.confirmed(op.session(args.id))
        )
    return workflow.approve(op, args.id, approval, rollback=op.settings.rollback)


def _confirm_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--confirm-namespace",
        metavar="NS",
        help="the namespace name, typed to confirm approving a plan for a production namespace",
    )


def _cluster_options(parser: argparse.ArgumentParser) -> None:
    """The engine's flags. Each defaults to None, "the setting": its help states the default
    as dotop_nb.settings has it (never restated here)."""
    from dotop_nb.planner import PLANNERS
    from dotop_nb.settings import describe

    parser.add_argument("-n", "--namespace", help=f"namespace (default: {describe('namespace')})")
    parser.add_argument("--context", help="kubeconfig context (default: the current one)")
    parser.add_argument(
        "--kubeconfig", help="kubeconfig file (default: KUBECONFIG, ~/.kube/config)"
    )
    parser.add_argument(
        "--planner",
        choices=list(PLANNERS),
        help="auto: anthropic when ANTHROPIC_API_KEY is set, else offline "
        f"(default: {describe('planner')})",
    )
    parser.add_argument("--model", help="model id for the AI planner (default: DOTOP_MODEL)")
    parser.add_argument(
        "--api-timeout",
        type=float,
        help="seconds per model API request (default: DOTOP_API_TIMEOUT)",
    )
    parser.add_argument("--no-rollback", action="store_true", help="leave a failed change as is")
    parser.add_argument(
        "--timeout",
        type=float,
        help=f"validation timeout, seconds (default: {describe('validation_timeout')})",
    )
    parser.add_argument("--output", choices=["text", "json"], default="text")
    parser.add_argument(
        "--approver",
        metavar="NAME",
        help="who approves, rejects, resumes or rolls back, as recorded (default: DOTOP_USER, "
        "JUPYTERHUB_USER, the CI's user variable, else the OS user)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dotop-nb",
        description="Day-2 operations on Kubernetes applications, driven from notebooks.",
    )
    parser.add_argument("--version", action="version", version=f"dotop-nb {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    cluster = sub.add_parser("cluster", help="the real local control plane (no containers)")
    cluster.add_argument(
        "action",
        choices=["build", "up", "down", "status", "env"],
        help="build the binaries; start; stop; show health; print the KUBECONFIG export",
    )
    cluster.add_argument("--name", default="default", help="which local cluster (default: default)")
    cluster.add_argument("--port", type=int, help="apiserver port for `up` (default: a free one)")
    cluster.add_argument(
        "--timeout", type=float, help="seconds `up` may take (default: the launcher's)"
    )
    cluster.add_argument("--keep-state", action="store_true", help="`down` keeps logs and data")
    cluster.add_argument("--force", action="store_true", help="`build` even when cached")
    cluster.set_defaults(func=_cluster)

    demo = sub.add_parser(
        "demo", help="the main job: local control plane + the sample app my-api, running"
    )
    demo.add_argument("--down", action="store_true", help="stop the local cluster at the end")
    demo.set_defaults(func=_demo)

    operate = sub.add_parser("operate", help="plan (and with --approve, run) a Day-2 operation")
    operate.add_argument("intent", nargs="+", help='what to do, e.g. "scale my-api to 5"')
    operate.add_argument(
        "--approve", action="store_true", help="execute the plan if it passes every check"
    )
    _confirm_option(operate)
    _cluster_options(operate)
    operate.set_defaults(func=_operate)

    session = sub.add_parser(
        "session",
        help="recorded sessions: list, show, approve, reject; resume or roll back an "
        "interrupted one",
    )
    session.add_argument(
        "action", choices=["list", "show", "approve", "reject", "resume", "rollback"]
    )
    session.add_argument("id", nargs="?", help="session id (op-YYYYMMDD-xxxxxxxx)")
    session.add_argument("--hash", help="plan hash to approve (shown with the proposal)")
    _confirm_option(session)
    _cluster_options(session)
    session.set_defaults(func=_session)

    # Subcommands that live in their own modules (each adds its parsers and handlers).
    from dotop_nb.commands import audit as audit_commands
    from dotop_nb.commands import eval as eval_commands
    from dotop_nb.commands import knowledge as knowledge_commands
    from dotop_nb.commands import runbook as runbook_commands

    for module in (knowledge_commands, runbook_commands, audit_commands, eval_commands):
        module.register(sub)
    return parser


def _terminate(signum: int, frame: object) -> None:
    # Raised where the process is, like Ctrl-C: an execution records itself as interrupted.
    raise Terminated(signum)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        previous: Any = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (an embedding application): leave SIGTERM alone
        previous = None
    try:
        code: int = args.func(args)
    except DotopError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except Exception as err:  # the last resort must still say what happened
        print(f"error: unexpected {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as err:
        # `operate` and `session` say themselves what was left; here, another command stopped.
        name = "SIGTERM" if isinstance(err, Terminated) else "SIGINT"
        print(
            f"interrupted by {name}; `dotop-nb session list` shows any session left "
            "interrupted (`session resume ID` finishes it, `session rollback ID` undoes it)",
            file=sys.stderr,
        )
        return EXIT_TERMINATED if isinstance(err, Terminated) else EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return code


if __name__ == "__main__":
    sys.exit(main())
