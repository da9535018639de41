"""``dotop-nb runbook list | run NAME -p KEY VALUE …`` (papermill behind the runbooks module)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml


def _value(raw: str) -> Any:
    # Like papermill's -p: YAML scalars ("true", "3", "1.5"); -r keeps the text as it is.
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw


def _list(_args: argparse.Namespace) -> int:
    from dotop_nb import runbooks  # noqa: PLC0415 - papermill loads slowly

    for book in runbooks.available():
        params = ", ".join(f"{k}={v}" for k, v in book.parameters.items())
        print(f"{book.name:<14} {book.title}\n{'':<14} parameters: {params}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from dotop_nb import runbooks  # noqa: PLC0415
    from dotop_nb.app import RunbookFailed, exit_code  # noqa: PLC0415
    from dotop_nb.settings import check_timeout, check_user  # noqa: PLC0415

    # Checked here so that the error names the flag as typed.
    check_timeout(args.timeout, name="--timeout")
    if args.approver is not None:
        check_user(args.approver, name="--approver")

    params: dict[str, Any] = {}
    for key, value in args.param or []:
        params[key] = _value(value)
    for key, value in args.raw or []:
        params[key] = value
    try:
        result = runbooks.run(
            args.name, params, output=args.output, timeout=args.timeout, approver=args.approver
        )
    except RunbookFailed as err:
        # Bad input or a refusal changed nothing: "refused", not "failed" (exit 2 or 5).
        said = err.status or ("refused" if err.exit_code in (2, 5) else "failed")
        print(f"runbook {args.name}: {said}")
        print(f"change record: {err.notebook}")
        raise
    print(f"runbook {args.name}: {result.status} in {result.seconds:.1f}s")
    print(f"change record: {result.notebook}")
    for sid in result.session_ids:
        print(f"session: {sid}")
    # The same table as `dotop-nb operate` (docs/cli.md): executed 0, proposed 3.
    return 0 if result.status == "done" else exit_code(result.status)


def register(sub: Any) -> None:
    parser = sub.add_parser("runbook", help="parametrized runbook notebooks, run headless")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the runbooks and their parameters")
    listing.set_defaults(func=_list)
    run = actions.add_parser("run", help="execute a runbook; the output notebook is the record")
    run.add_argument("name")
    run.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        metavar=("KEY", "VALUE"),
        help="a parameter, read as YAML (true, 3, 1.5); never a secret",
    )
    run.add_argument(
        "-r",
        "--raw",
        nargs=2,
        action="append",
        metavar=("KEY", "VALUE"),
        help="a parameter kept as text",
    )
    run.add_argument(
        "-o", "--output", type=Path, help="executed notebook (default ./runs/<time>-<name>.ipynb)"
    )
    run.add_argument("--timeout", type=float, default=900.0, help="seconds per cell")
    run.add_argument(
        "--approver",
        metavar="NAME",
        help="who the run's approvals are recorded as given by (default: DOTOP_USER, "
        "JUPYTERHUB_USER, the CI's user variable, else the OS user)",
    )
    run.set_defaults(func=_run)
