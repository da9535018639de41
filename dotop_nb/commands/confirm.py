"""A person's confirmation on the terminal, for a CLI approval that a policy gates.

``dotop-nb session approve ID --hash HASH`` at a terminal is an interactive approval. When the
plan is gated by ``require_approval`` (a starter policy such as ``production-approval``, or the
unattended guard), or was said with a time or condition (``awaits``), the command also asks
the person, on the controlling terminal (``/dev/tty``, not standard input), to type the first
characters of the plan hash. Without that answer (no terminal, end of input, a wrong answer)
the approval counts as unattended, and it is refused (exit 5, nothing changed).

The limit, stated honestly (docs/policies.md): a program can always drive a pseudo-terminal
and type the answer. This stops a headless job that merely wraps the command in ``script(1)``
and makes skipping the person a deliberate act; separation of duties needs credentials or
RBAC that the automation does not hold.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from dotop_nb import lifecycle
from dotop_nb.models import Session

CONFIRM_CHARS = 6
"""How many leading characters of the plan hash the person types."""

TTY = "/dev/tty"


def ask_terminal(prompt: str) -> str | None:
    """``prompt`` on the controlling terminal and the line typed there; None without a
    terminal or at end of input."""
    try:
        fd = os.open(TTY, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:  # no controlling terminal (cron, CI, nohup, Windows)
        return None
    try:
        os.write(fd, prompt.encode())
        line = b""
        while not line.endswith(b"\n") and len(line) < 1024:
            chunk = os.read(fd, 1024)
            if not chunk:  # end of input (^D, a closed terminal) is no answer
                return None
            line += chunk
    except OSError:
        return None
    finally:
        os.close(fd)
    return line.decode(errors="replace")


def confirmed(session: Session, *, ask: Callable[[str], str | None] = ask_terminal) -> bool:
    """Whether the person at the terminal confirmed approving ``session``'s current plan —
    True without asking when no ``require_approval`` policy gates it and it awaits nothing (a
    plan said with a time or condition is confirmed, so a job wrapping the command in
    ``script(1)`` is refused for it too)."""
    if session.status not in lifecycle.READY or not session.proposals:
        return True
    proposal = session.proposal
    if not proposal.needs_interactive_approval and not proposal.awaits:
        return True
    gates = sorted({d.policy_id for d in proposal.policy if d.effect == "require_approval"})
    why = [f"A person must approve this plan ({', '.join(gates)})."] if gates else []
    if proposal.awaits:
        why.append(
            f"It was said with {proposal.awaits!r} and runs now: approve it only if that holds."
        )
    prompt = (
        f"{session.id} in namespace {session.namespace}: {session.intent}\n"
        + "\n".join(why)
        + f"\nType the first {CONFIRM_CHARS} characters of its plan hash to approve it: "
    )
    answer = ask(prompt)
    if answer is not None and answer.strip().lower() == proposal.plan_hash[:CONFIRM_CHARS]:
        return True
    print(
        "not confirmed on the terminal: the approval counts as unattended "
        f"({'no answer' if answer is None else 'wrong characters'})",
        file=sys.stderr,
    )
    return False
