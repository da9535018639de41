"""Who approves, how, and from where — decided in one place for every surface.

*Interactive* means: **a person can be asked right now**, and approves a plan they have been
shown. The surfaces only report the facts they have (:class:`Facts`); :func:`how` decides:

- ``widget``: the Approve button clicked in a live frontend (the kernel is handling the
  frontend's ``comm_msg``); a click made by code in a cell (``button.click()``, which a notebook
  run headless can do) arrives inside an ``execute_request`` and is unattended;
- ``magic`` in a Jupyter kernel: the cell's ``execute_request`` allows input
  (``allow_stdin``): JupyterLab, Notebook and VS Code send true for a cell a person runs;
  nbclient, papermill and ``jupyter execute`` send false — a notebook run headless is
  unattended, whatever its cells say;
- ``magic`` outside a kernel (terminal IPython, an ``InteractiveShell`` in a script) and ``cli``:
  standard input is a terminal (a TTY). The CLI also asks the person to confirm, on the
  terminal, an approval that a ``require_approval`` policy gates (docs/cli.md).

Everything else is *unattended*: an approval given in advance, before the plan existed
(``--approve`` on the command line or in ``%operate``, ``approve=True`` in a runbook); any runbook;
and any approval in a process marked unattended (``DOTOP_UNATTENDED=1``, a CI runner:
``Settings.unattended``; ``OperateMagics.unattended``) — on every surface, the widget included.
A policy with ``effect: require_approval`` and the built-in unattended guard refuse unattended
approvals.

Example::

    facts = Facts.of_shell(get_ipython())       # in a magic: the kernel's allow_stdin
    how("magic", in_advance=False, facts=facts, unattended=False)   # 'interactive' or not
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Literal

from dotop_nb.errors import ConfigError
from dotop_nb.settings import setting

How = Literal["interactive", "unattended"]
Where = Literal["cli", "magic", "widget", "runbook"]
WHERE: tuple[Where, ...] = ("cli", "magic", "widget", "runbook")


def stdin_is_tty() -> bool:
    """Whether this process's standard input is a terminal."""
    stream = sys.stdin
    try:
        return stream is not None and bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # closed, replaced, or no isatty
        return False


@dataclass(frozen=True)
class Facts:
    """What a surface knows about whether a person can be asked right now.

    ``allow_stdin``: in a Jupyter kernel, the current ``execute_request``'s ``allow_stdin``
    (None: not in a kernel); ``tty``: standard input is a terminal (and, for the CLI, the
    person confirmed on it when asked).
    """

    allow_stdin: bool | None = None
    tty: bool = False
    clicked: bool | None = None
    """For the widget, in a Jupyter kernel: whether the click came from a frontend (the
    kernel is handling a ``comm_msg``) rather than from code a cell runs (``button.click()``
    inside an ``execute_request``, which papermill runs headless). None: not in a kernel."""

    @classmethod
    def of_process(cls) -> Facts:
        """The facts of a process without a kernel: is standard input a terminal?"""
        return cls(tty=stdin_is_tty())

    @classmethod
    def of_shell(cls, shell: Any) -> Facts:
        """The facts of an IPython shell: in a kernel, the ``allow_stdin`` of the request being
        executed (a request that is not an ``execute_request``, e.g. a comm message, allows
        none); else (terminal IPython, a script) whether standard input is a terminal."""
        kernel = getattr(shell, "kernel", None)
        if kernel is None:
            return cls.of_process()
        return cls(allow_stdin=_allow_stdin(kernel))

    @classmethod
    def of_click(cls, shell: Any) -> Facts:
        """The facts of a widget's button callback: in a kernel, whether the message being
        handled is a frontend's ``comm_msg`` (a person's click) — a click made by a cell's code
        runs inside that cell's ``execute_request``; outside a kernel, nothing is known."""
        kernel = getattr(shell, "kernel", None)
        if kernel is None:
            return cls()
        header, _ = _parent(kernel)
        return cls(clicked=header.get("msg_type") == "comm_msg")


def _parent(kernel: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and content of the message the kernel is handling ({} when unknown)."""
    try:
        parent = kernel.get_parent("shell")
    except (AttributeError, TypeError):  # an ipykernel before 6 keeps it on the kernel
        parent = getattr(kernel, "_parent_header", None)
    if not isinstance(parent, dict):
        return {}, {}
    header = parent.get("header") or {}
    content = parent.get("content") or {}
    if not isinstance(header, dict) or not isinstance(content, dict):
        return {}, {}
    return header, content


def _allow_stdin(kernel: Any) -> bool:
    header, content = _parent(kernel)
    return header.get("msg_type") == "execute_request" and content.get("allow_stdin") is True


def how(where: Where, *, in_advance: bool, facts: Facts, unattended: bool) -> How:
    """The one definition of an interactive approval (see the module docstring).

    ``in_advance``: given with the request, before the plan was shown (``--approve``);
    ``facts``: what the surface knows about a person being there (:class:`Facts`);
    ``unattended``: the process is marked unattended (setting, DOTOP_UNATTENDED, CI).
    """
    if where not in WHERE:
        raise ConfigError(f"unknown approval surface {where!r}", hint=f"one of {WHERE}")
    if where == "runbook" or in_advance or unattended:
        return "unattended"
    if where == "widget":
        return "unattended" if facts.clicked is False else "interactive"
    if facts.allow_stdin is not None:
        return "interactive" if facts.allow_stdin else "unattended"
    return "interactive" if facts.tty else "unattended"


@dataclass(frozen=True)
class Approval:
    """An approval as given: ``by`` whom, ``how``, ``where`` and for which ``plan_hash``
    (empty: the plan just proposed in the same call — only for in-advance approvals)."""

    by: str
    how: How
    where: Where
    plan_hash: str = ""
    confirm_namespace: str = ""
    """The namespace name the approver typed: a plan for a production namespace runs only when
    it equals the session's namespace (the widget's box, ``--confirm-namespace NS`` on the
    magic and the CLI, the runbook parameter ``confirm_namespace``)."""

    @property
    def interactive(self) -> bool:
        return self.how == "interactive"

    @classmethod
    def given(
        cls,
        where: Where,
        *,
        by: str | None = None,
        by_name: str = "--approver",
        plan_hash: str = "",
        in_advance: bool = False,
        facts: Facts | None = None,
        unattended: bool | None = None,
        confirm_namespace: str = "",
    ) -> Approval:
        """An approval from ``where``; ``by`` defaults to the configured user (never a constant;
        an explicit ``by``, even empty, is checked and named ``by_name`` in the error),
        ``facts`` to this process's (:meth:`Facts.of_process`), ``unattended`` to the
        process's setting."""
        from dotop_nb.service import check_user  # noqa: PLC0415 -- the engine loads on use

        marked = bool(setting("unattended")) if unattended is None else unattended
        who = check_user(setting("user") if by is None else by, name=by_name)
        seen = Facts.of_process() if facts is None else facts
        decided = how(where, in_advance=in_advance, facts=seen, unattended=marked)
        return cls(
            by=who,
            how=decided,
            where=where,
            plan_hash=plan_hash,
            confirm_namespace=(confirm_namespace or "").strip(),
        )
