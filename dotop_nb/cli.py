"""The ``dotop-nb`` command line.

Exit codes (each reason its own; docs/cli.md has the table):

====  =====================================================================
0     done: executed and validated (``operate --approve``), or the command did what it says
1     unexpected error
2     bad input or settings (nothing was changed)
3     proposed only: a plan was made and recorded, nothing was executed
4     needs clarification: the planner asks a question (see the message)
5     blocked: a policy denies it, or execution was refused (approval, changed target, a 409,
      the session is being executed by another process, …)
6     a server-side dry-run rejected an operation (nothing was executed)
7     execution or validation failed and the state was left as it is (or rollback failed)
8     validation failed and the changes were rolled back (prior state verified)
9     a record (session file, notebook output) was edited after dotop-nb signed it, or is not
      signed: it is not trusted, nothing was executed (``audit``: at least one such record)
10    the local control plane could not be built, started, stopped or read
11    a record is signed by a key not known here (another user's, or a team key not configured):
      it cannot be verified, nothing was executed
12    interrupted part-way (lost answer, unreachable apiserver, unwritable session record): the
      session is recorded and
      resumable — ``session resume ID`` finishes it, ``session rollback ID`` undoes it
20    the Kubernetes API refused a request
21    the Kubernetes API could not be reached
30    the AI planner stopped without a plan (a limit, a refusal, malformed proposals)
31    the model API was unavailable after retries (429, 529, 5xx, timeout, connection)
130   interrupted by SIGINT (Ctrl-C); 143 by SIGTERM — the message names the session; an
      execution in progress is recorded as ``interrupted`` and can be resumed or rolled back
====  =====================================================================
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
STATUS_EXIT = {
    "executed": 0,
    "proposed": 3,
    "needs_clarification": 4,
    "blocked": 5,
    "rejected": 5,
    "dry_run_failed": 6,
    "failed": 7,
    "error": 7,
    "executing": 12,
    "interrupted": 12,
    "rolled_back": 8,
}


def _cluster(args: argparse.Namespace) -> int:
    from dotop_nb.localcluster import LocalCluster, binaries

    cluster = LocalCluster.default(args.name)
    if args.action == "build":
        _, seconds = binaries.build(force=args.force)
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
    from dotop_nb import planner as planners
    from dotop_nb.service import Operator, check_timeout

    check_timeout(args.timeout, name="--timeout")  # named as the user typed it
    return Operator(
        kubeconfig=args.kubeconfig,
        context=args.context,
        planner=planners.make(args.planner, model=args.model, request_timeout=args.api_timeout),
        validation_timeout=args.timeout,
    )


def _as_seen(op: Any, session: Any) -> Any:
    """``session`` as it stands: one still ``executing`` whose process is gone (its lock is free:
    killed, crashed) is shown as interrupted, with the commands that finish or undo it."""
    if session.status != "executing" or op.journal.owner(session.id) is not None:
        return session
    shown = session.model_copy(deep=True)
    shown.status = "interrupted"
    applied = sum(1 for r in session.execution if r.status == "applied")
    total = len(session.proposal.operations) if session.proposals else 0
    shown.message = (
        f"its executing process ended without recording an outcome (killed or crashed) after "
        f"{applied} of {total} operation(s) were applied; finish it with `dotop-nb session "
        f"resume {session.id}` or undo it with `dotop-nb session rollback {session.id}`"
    )
    return shown


def _stopped(op: Any, session_id: str | None, err: KeyboardInterrupt, *, during: str) -> int:
    """Say what a SIGINT/SIGTERM left behind — with the real session id — and its exit code."""
    name = "SIGTERM" if isinstance(err, Terminated) else "SIGINT"
    code = EXIT_TERMINATED if isinstance(err, Terminated) else EXIT_INTERRUPTED
    if session_id is None:
        print(f"interrupted by {name} {during}; nothing was executed", file=sys.stderr)
        return code
    try:
        session = _as_seen(op, op.journal.load(session_id, verify=False))
    except DotopError:
        session = None
    if session is None or session.status not in ("interrupted", "executing", "failed"):
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


def _emit(session: Any, output: str) -> int:
    from dotop_nb import report

    if output == "json":
        print(json.dumps(report.to_json(session), indent=2, default=str))
    else:
        print(report.session_text(session))
    return STATUS_EXIT.get(session.status, 1)


def _operate(args: argparse.Namespace) -> int:
    from dotop_nb.planner import PlannerError

    intent = " ".join(args.intent)
    with _operator(args) as op:
        try:
            proposal = op.analyze(intent, namespace=args.namespace)
        except PlannerError as err:
            if args.output == "json" and err.session_id:
                _emit(op.session(err.session_id), "json")
            raise
        except KeyboardInterrupt as err:
            return _stopped(op, None, err, during="while planning")
        try:
            return _execute(op, args, proposal)
        except KeyboardInterrupt as err:
            return _stopped(op, proposal.session_id, err, during="before execution started")


def _execute(op: Any, args: argparse.Namespace, proposal: Any) -> int:
    """`operate --approve`: run the proposal (or just show it)."""
    if args.approve and proposal.status == "proposed":
        # A person at a terminal approving on the command line is an interactive approval;
        # the same flag in CI (no terminal) is unattended.
        interactive = sys.stdin is not None and sys.stdin.isatty()
        try:
            session = op.execute(
                proposal.session_id,
                approve=proposal.plan_hash,
                interactive=interactive,
                rollback=not args.no_rollback,
            )
        except DotopError as err:
            return _refused(op, proposal.session_id, err, args.output)
    else:
        session = op.session(proposal.session_id)
    return _emit(session, args.output)


def _refused(
    op: Any, session_id: str, err: DotopError, output: str, *, approving: bool = True
) -> int:
    """A refused (or stopped) execution: the session as recorded, then the error."""
    try:
        session = _as_seen(op, op.journal.load(session_id, verify=False))
    except DotopError:
        session = None
    code = 1
    if session is not None:
        if approving and session.status == "proposed":
            session.status = "blocked"
            session.message = str(err)
        code = _emit(session, output)
    print(f"error: {err}", file=sys.stderr)
    return err.exit_code if err.exit_code != 1 else code


def _session(args: argparse.Namespace) -> int:
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
            _emit(_as_seen(op, op.journal.load(args.id, verify=False)), args.output)
            if problem is not None:
                print(f"error: {problem}", file=sys.stderr)
                code: int = problem.exit_code
                return code
            return EXIT_OK
        if args.action == "reject":
            return _emit(op.reject(args.id), args.output)
        if args.action == "approve" and not args.hash:
            raise ConfigError(
                "`session approve` needs the plan hash: --hash HASH",
                hint="the proposal shows it (Plan hash: …)",
            )
        try:
            return _emit(_act(op, args), args.output)
        except KeyboardInterrupt as err:
            return _stopped(op, args.id, err, during=f"before `session {args.action}` started")
        except DotopError as err:
            if args.output != "json":
                raise
            return _refused(op, args.id, err, args.output, approving=args.action == "approve")


def _act(op: Any, args: argparse.Namespace) -> Any:
    """`session resume|rollback|approve`: the session after it."""
    if args.action == "resume":
        return op.resume(args.id, rollback=not args.no_rollback)
    if args.action == "rollback":
        return op.rollback(args.id)
    return op.execute(
        args.id,
        approve=args.hash,
        interactive=sys.stdin is not None and sys.stdin.isatty(),
        rollback=not args.no_rollback,
    )


def _cluster_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-n", "--namespace", default="default", help="namespace (default: default)")
    parser.add_argument("--context", help="kubeconfig context (default: the current one)")
    parser.add_argument(
        "--kubeconfig", help="kubeconfig file (default: KUBECONFIG, ~/.kube/config)"
    )
    parser.add_argument(
        "--planner",
        default="auto",
        choices=["auto", "offline", "anthropic", "hybrid"],
        help="auto: anthropic when ANTHROPIC_API_KEY is set, else offline",
    )
    parser.add_argument("--model", help="model id for the AI planner (default: DOTOP_MODEL)")
    parser.add_argument("--api-timeout", type=float, help="seconds per model API request")
    parser.add_argument("--no-rollback", action="store_true", help="leave a failed change as is")
    parser.add_argument("--timeout", type=float, default=120.0, help="validation timeout, seconds")
    parser.add_argument("--output", choices=["text", "json"], default="text")


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
    cluster.add_argument("--timeout", type=float, default=120.0, help="seconds `up` may take")
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
