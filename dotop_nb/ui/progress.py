"""Live progress of an execution, observed through the session journal.

Every :class:`~dotop_nb.sessions.Journal` tells its ``listeners``
(:class:`~dotop_nb.ports.ProgressListener`) about each save, and the service saves the session
after every state change, so listeners are a faithful progress feed without any callback in the
executor. :class:`ProgressJournal` is the journal the notebook surfaces give their Operator; the
widget adds its listener for the time of one execution.
"""

from __future__ import annotations

from dotop_nb.ports import ProgressListener
from dotop_nb.sessions import Journal

Listener = ProgressListener


class ProgressJournal(Journal):
    """A :class:`~dotop_nb.sessions.Journal` that a widget may report progress through (every
    journal calls its ``listeners`` after each save; this type marks one the surfaces own)."""
