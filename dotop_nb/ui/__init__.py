"""Notebook surfaces: the session record as a rich output, and the proposal widget.

* :mod:`dotop_nb.ui.views` — objects with ``_repr_mimebundle_`` (``text/plain``, ``text/html``,
  ``application/vnd.dotop.session+json``) and the display helpers that show and update a
  session's record through its display id (the session id).
* :mod:`dotop_nb.ui.widget` — the ipywidgets proposal view with Approve / Refine / Reject.
* :mod:`dotop_nb.ui.html` — pure HTML rendering.

This package module imports neither IPython nor ipywidgets, so importing it costs nothing.

``SANITIZE_FILE`` is an nbval sanitizer for the volatile parts of the text outputs (session ids,
plan hashes, timestamps, apiserver ports): ``pytest --nbval --nbval-sanitize-with FILE``.
"""

from __future__ import annotations

from pathlib import Path

SANITIZE_FILE = Path(__file__).with_name("nbval-sanitize.cfg")

__all__ = ["SANITIZE_FILE"]
