"""The root of the project's one error tree: :class:`DotopError` (exit code 1 unless a family
says otherwise).

Every failure a user can meet is a :class:`DotopError` with a short message that says what went
wrong and what to do next. Lower-level exceptions are chained (``raise ... from e``) so the cause is
kept for debugging, while the message itself stays short and never carries payloads (which could
hold secrets).

In IPython, ``_render_traceback_`` makes the error print as that short message while still being
a real exception, so papermill and nbval see a failed cell.

Example::

    raise DotopError("the session folder is full", hint="free some space and run it again")
"""

from __future__ import annotations

# Messages longer than this are cut: a payload from a server must never flood a notebook or log.
_MAX_MESSAGE = 2000


def _truncate(text: str, limit: int = _MAX_MESSAGE) -> str:
    if len(text) <= limit:
        return text
    keep = limit - 40
    return text[:keep] + f" … [{len(text) - keep} more characters]"


class DotopError(Exception):
    """Base of every error dotop-nb raises on purpose.

    ``hint`` is the next step for the user; ``exit_code`` is what the command line exits with.
    """

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = _truncate(message)
        self.hint = hint
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  → {self.hint}"
        return self.message

    def _render_traceback_(self) -> list[str]:
        """Show IPython users the message, not a traceback (the cell still fails)."""
        return [f"{type(self).__name__}: {self}"]
