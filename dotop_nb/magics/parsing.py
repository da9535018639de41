"""The ``%operate`` line parser: options and words, kept literally (no variable expansion)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dotop_nb.errors import ConfigError

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

Spec = dict[str, tuple[str, bool]]  # option → (name, takes a value)

INTENT_OPTIONS: Spec = {
    "-n": ("namespace", True),
    "--namespace": ("namespace", True),
    "--context": ("context", True),
    "--planner": ("planner", True),
    "--approve": ("approve", False),
    "--no-rollback": ("no_rollback", False),
    "--confirm-namespace": ("confirm_namespace", True),
}
APPROVE_OPTIONS: Spec = {
    "--hash": ("hash", True),
    "--no-rollback": ("no_rollback", False),
    "--confirm-namespace": ("confirm_namespace", True),
}
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


def one_id(words: list[str], command: str) -> str:
    """The one session id a subcommand takes, checked."""
    from dotop_nb.sessions import check_id  # noqa: PLC0415

    if len(words) != 1:
        raise ConfigError(
            f"`%operate {command}` needs exactly one session id",
            hint=f"e.g. %operate {command} op-20261126-1a2b3c4d (see `%operate history`)",
        )
    return check_id(words[0])


MIN_HASH = 12
"""The shortest plan-hash prefix an approval accepts (the proposal shows 12 characters)."""


def check_hash(value: object, session_id: str) -> str:
    """The ``--hash`` of ``%operate approve``: required, so that a cell approves the plan its
    author reviewed — never whatever the current revision is (someone may have refined it)."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if len(text) < MIN_HASH or not all(c in "0123456789abcdef" for c in text):
        shown = "missing" if not text else f"{text[:20]!r} is not one"
        raise ConfigError(
            f"`%operate approve` needs the plan hash you reviewed: --hash ({shown})",
            hint=f"copy the line the proposal shows: %operate approve {session_id} --hash "
            f"PLAN_HASH (the full hash or its first {MIN_HASH} characters)",
        )
    return text
