"""Live progress of an execution, observed through the session journal.

The service saves the session after every state change (executing, each operation applied,
validated, rolled back), so a journal that tells listeners about each save is a faithful progress
feed without any callback in the service. The notebook surfaces give their Operator this journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dotop_nb.models import Session
from dotop_nb.sessions import Journal

Listener = Callable[[Session], None]


class ProgressJournal(Journal):
    """A :class:`~dotop_nb.sessions.Journal` that calls ``listeners`` after every save."""

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__(folder)
        self.listeners: list[Listener] = []

    def save(self, session: Session) -> None:
        super().save(session)
        for listener in list(self.listeners):
            listener(session)
