"""``dotop-nb patterns list|show|add|validate|search`` and ``dotop-nb policies
list|show|validate|search``.

Exit codes: 0 done; 2 an invalid document or bad input (``validate`` prints every problem first).

Example::

    dotop-nb patterns search "make checkout survive a node failure" -k 3
    dotop-nb patterns add ~/drafts/canary.yaml
    dotop-nb policies validate
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dotop_nb.knowledge import Document, Hit, KnowledgeBase

EXIT_OK = 0
EXIT_INVALID = 2
PLURAL = {"pattern": "patterns", "policy": "policies"}


def _kb(args: argparse.Namespace) -> KnowledgeBase:
    from dotop_nb.knowledge import KnowledgeBase  # noqa: PLC0415 - keeps --help instant

    return KnowledgeBase.from_env(
        patterns=args.patterns_dir, policies=args.policies_dir, embedder=args.embedder
    )


def _row(document: Document) -> dict[str, Any]:
    return {
        "kind": document.kind,
        "id": document.id,
        "name": document.name,
        "category": document.category,
        "description": document.description,
        "source": document.source,
    }


def _list(args: argparse.Namespace) -> int:
    with _kb(args) as kb:
        documents = kb.list(args.kind)
    if args.output == "json":
        print(json.dumps([_row(d) for d in documents], indent=2))
        return EXIT_OK
    if not documents:
        folder = kb.folders[args.kind]
        print(f"no {PLURAL[args.kind]}" + (f" in {folder}" if folder else " (no folder)"))
        return EXIT_OK
    width = max(len(d.id) for d in documents)
    label = max(len(d.category) for d in documents)
    for d in documents:
        print(f"{d.id:<{width}}  {d.category:<{label}}  {d.name}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from dotop_nb.knowledge import dump  # noqa: PLC0415

    with _kb(args) as kb:
        document = kb.show(args.id, kind=args.kind)
    if args.output == "json":
        print(json.dumps({**_row(document), "body": document.body}, indent=2))
    else:
        print(f"# {document.source}")
        print(dump(document), end="")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from dotop_nb.policy import PolicyError, load_policies  # noqa: PLC0415

    with _kb(args) as kb:
        folder = kb.folders[args.kind]
        problems = [str(p) for p in kb.validate(args.kind)]
        count = 0
        if not problems and folder is not None:
            count = len(kb.list(args.kind))
        if args.kind == "policy" and not problems and folder is not None:
            # Search needs little of a policy; the policy engine checks every field it enforces.
            try:
                count = len(load_policies(folder))
            except PolicyError as err:
                problems.append(err.message)
    for problem in problems:
        print(f"invalid: {problem}", file=sys.stderr)
    if problems:
        many = "s" if len(problems) > 1 else ""
        print(f"{len(problems)} problem{many} in the {args.kind} files", file=sys.stderr)
        return EXIT_INVALID
    where = f" in {folder}" if folder else " (no folder)"
    print(f"{count} {args.kind if count == 1 else PLURAL[args.kind]} valid{where}")
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    with _kb(args) as kb:
        added = kb.add(args.file, replace=args.replace)
    for document in added:
        print(f"added pattern {document.id} ({document.source})")
    return EXIT_OK


def _hit(hit: Hit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "id": hit.id,
        "name": hit.name,
        "score": hit.score,
        "scores": hit.scores,
        "source": hit.source,
    }


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query).strip()
    if not query:
        from dotop_nb.errors import ConfigError  # noqa: PLC0415

        raise ConfigError("the search text is empty", hint='e.g. patterns search "autoscaling"')
    with _kb(args) as kb:
        hits = kb.search(query, kind=args.kind, k=args.k, mode=args.mode)
    if args.output == "json":
        print(json.dumps([_hit(h) for h in hits], indent=2))
        return EXIT_OK
    if not hits:
        print(f"no {PLURAL[args.kind]} to search")
    for hit in hits:
        parts = "  ".join(f"{name} {value:.2f}" for name, value in hit.scores.items())
        print(f"{hit.score:.3f}  {hit.id}  {hit.name}\n       {parts}")
    return EXIT_OK


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--patterns-dir", type=Path, help="pattern folder (default DOTOP_PATTERNS, ./patterns)"
    )
    parser.add_argument(
        "--policies-dir", type=Path, help="policy folder (default DOTOP_POLICIES, ./policies)"
    )
    parser.add_argument(
        "--embedder", help="hashing (default), minilm-onnx, minilm-torch (or DOTOP_EMBEDDER)"
    )


def _output(parser: argparse.ArgumentParser, *choices: str) -> None:
    parser.add_argument("--output", choices=choices, default=choices[0])


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``patterns`` and ``policies`` to the ``dotop-nb`` subcommands."""
    for kind, plural, helptext in (
        ("pattern", "patterns", "operational patterns: list, show, add, validate, search"),
        ("policy", "policies", "policies as documents: list, show, validate, search"),
    ):
        parser = sub.add_parser(plural, help=helptext)
        actions = parser.add_subparsers(dest="action", required=True)

        listing = actions.add_parser("list", help=f"the {plural}, by file")
        _output(listing, "text", "json")
        listing.set_defaults(func=_list)

        show = actions.add_parser("show", help=f"one {kind} as YAML")
        show.add_argument("id")
        _output(show, "yaml", "json")
        show.set_defaults(func=_show)

        if kind == "pattern":
            add = actions.add_parser("add", help="validate a YAML file and copy it into the folder")
            add.add_argument("file", type=Path)
            add.add_argument("--replace", action="store_true", help="overwrite a file of that name")
            add.set_defaults(func=_add)

        validate = actions.add_parser(
            "validate", help=f"check every {kind} file; exit 2 and list the problems if invalid"
        )
        validate.set_defaults(func=_validate)

        search = actions.add_parser("search", help=f"the {plural} that best match a text")
        search.add_argument("query", nargs="+", help='e.g. "make checkout survive a node failure"')
        search.add_argument("-k", type=int, default=5, help="how many (default 5)")
        search.add_argument("--mode", choices=["hybrid", "vector", "keyword"], default="hybrid")
        _output(search, "text", "json")
        search.set_defaults(func=_search)

        for action in (listing, show, validate, search, *([add] if kind == "pattern" else [])):
            _common(action)
            action.set_defaults(kind=kind)
