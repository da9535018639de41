"""``dotop-nb audit NOTEBOOK_OR_DIR …``: the session records in notebooks, as a table.

One row per session (its last recorded state) across the notebooks and folders given. Exit
codes: 0 every record is intact and signed by a known key; 2 a path is missing or not a notebook;
9 at least one record was edited after dotop-nb wrote it, or is not signed, or something
presents itself as a record without being one (a rendering whose signed record was removed, a
session named without its record, a record missing from a cell that ran ``%operate``; listed
after the table); 11 none was edited, but at least one is signed by a key not known here
(unverified); 12 no record was edited, but the session journal records a change as
unfinished or not restored (interrupted, executing, error, failed) while the notebook shows
another state (a kernel restarted mid-run): an UNFINISHED line after the table says how to
resume or roll it back.
A session decided where it could not update the notebook (another cell, the command line, a
click after a page reload) shows its outcome from the session journal, with a NOTE after the
table; when the journal shows another revision decided instead (refined elsewhere), the row is
``superseded`` and the NOTE names that revision.

Example::

    dotop-nb audit runbooks/ incident-42.ipynb
    dotop-nb audit . --output csv > changes.csv
"""

from __future__ import annotations

import argparse
from typing import Any

EXIT_OK = 0
EXIT_TAMPERED = 9
EXIT_UNVERIFIED = 11
EXIT_UNFINISHED = 12
_TEXT_COLUMNS = (
    "session_id",
    "outcome",
    "decision",
    "approved_by",
    "approved_at",
    "awaits",
    "namespace",
    "notebook",
    "operations",
)


def _missing(value: Any) -> bool:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415

    return bool(pd.isna(value))


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if value is None or _missing(value):
        return "-"
    if hasattr(value, "isoformat"):
        return str(value.isoformat(timespec="seconds"))
    return str(value)


def unfinished(record: dict[str, Any]) -> bool:
    """The journal records a change unfinished or not restored (``lifecycle.ROLLBACKABLE``)
    that the notebook shows otherwise: the notebook tells a reader a story that is not true and
    something needs doing (resume or roll back) — an auditor must not pass that (exit 12, like
    the change itself)."""
    from dotop_nb import lifecycle  # noqa: PLC0415 -- keeps `dotop-nb --help` light

    return (
        record["outcome_from"] != "notebook"
        and record["outcome"] in lifecycle.ROLLBACKABLE
        and record["notebook_outcome"] != record["outcome"]
    )


def render_text(table: Any) -> str:
    """A fixed-width table of the main columns, then every tampered record with its problems."""
    rows = [[_cell(r[c]) for c in _TEXT_COLUMNS] for r in table.to_dict("records")]
    header = [c.replace("_", " ") for c in _TEXT_COLUMNS]
    widths = [max(len(x) for x in col) for col in zip(header, *rows, strict=True)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"{len(rows)} session(s)")
    for record in table.to_dict("records"):
        sid = record["session_id"]
        name = sid if isinstance(sid, str) and sid else "(no session id)"
        if record["outcome_from"] != "notebook" and record["outcome"] == "superseded":
            lines.append(
                f"NOTE {name} in {record['notebook']}: SUPERSEDED — {record['note']} "
                f"(session journal {record['outcome_from']})"
            )
        elif unfinished(record):
            lines.append(
                f"UNFINISHED {name} in {record['notebook']}: the notebook shows "
                f"{record['notebook_outcome']}; the session journal {record['outcome_from']} "
                f"records {record['outcome']}: finish it with `dotop-nb session resume {name}` "
                f"or undo it with `dotop-nb session rollback {name}`"
            )
        elif record["outcome_from"] != "notebook":
            lines.append(
                f"NOTE {name} in {record['notebook']}: the notebook shows "
                f"{record['notebook_outcome']}; the session journal {record['outcome_from']} "
                f"records {record['outcome']} (decided where it could not update the notebook)"
            )
        if record["tampered"]:
            lines.append(f"TAMPERED {name} in {record['notebook']}:")
            lines += [f"  - {p}" for p in record["problems"]]
        elif record["trust"] == "unverified":
            lines.append(
                f"UNVERIFIED {name} in {record['notebook']}: signed by key "
                f"{record['signed_by']}, which is not known here (not edited as far as can be "
                "told; configure the team key to verify it)"
            )
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    from dotop_nb import audit  # noqa: PLC0415 -- pandas loads slowly; keep --help instant

    table = audit.read(args.paths, journals=args.journal)
    if args.output == "json":
        print(table.to_json(orient="records", date_format="iso", indent=2))
    elif args.output == "csv":
        flat = table.assign(
            operations=table["operations"].map("; ".join),
            problems=table["problems"].map("; ".join),
        )
        print(flat.to_csv(index=False), end="")
    else:
        print(render_text(table))
    if bool(table["tampered"].any()):
        return EXIT_TAMPERED
    if any(unfinished(r) for r in table.to_dict("records")):
        return EXIT_UNFINISHED
    return EXIT_UNVERIFIED if bool((table["trust"] == "unverified").any()) else EXIT_OK


def register(sub: Any) -> None:
    """Add ``audit`` to the ``dotop-nb`` subcommands."""
    parser = sub.add_parser(
        "audit",
        help="change records in notebooks, as a table (exit 9: a record was edited; "
        "11: signed by an unknown key; 12: the journal records a change unfinished that the "
        "notebook shows otherwise)",
        description="One row per session recorded in the notebooks (files or folders, searched "
        "recursively): intent, decision, who approved and when, outcome, and whether the "
        "record was edited after dotop-nb wrote it (tampered) or is signed by a key not known "
        "here (unverified).",
    )
    parser.add_argument("paths", nargs="+", metavar="NOTEBOOK_OR_DIR")
    parser.add_argument("--output", choices=["text", "json", "csv"], default="text")
    parser.add_argument(
        "--journal",
        action="append",
        metavar="DIR",
        help="a session journal folder that may hold later outcomes (repeatable; default: "
        "DOTOP_SESSIONS or ./.dotop/sessions, and .dotop/sessions beside each notebook)",
    )
    parser.set_defaults(func=_run)
