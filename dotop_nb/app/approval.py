"""Who approves, how, and from where — decided in one place for every surface.

*Interactive* means a person approves a plan they have been shown, now:

- ``widget``: the Approve button (only a person can click it);
- ``magic``: ``%operate approve ID`` typed in a notebook;
- ``cli``: ``dotop-nb session approve ID --hash HASH`` at a terminal (standard input is a TTY).

Everything else is *unattended*: an approval given in advance, before the plan existed
(``--approve`` on the command line or in ``%operate``, ``approve=True`` in a runbook); any runbook
(papermill, CI, cron); and any approval in a process marked unattended (``DOTOP_UNATTENDED=1``,
a CI runner: ``Settings.unattended``; ``OperateMagics.unattended``). A policy with
``effect: require_approval`` and the built-in unattended guard refuse unattended approvals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dotop_nb.errors import ConfigError
from dotop_nb.settings import setting

How = Literal["interactive", "unattended"]
Where = Literal["cli", "magic", "widget", "runbook"]
WHERE: tuple[Where, ...] = ("cli", "magic", "widget", "runbook")


def how(where: Where, *, in_advance: bool, present: bool, unattended: bool) -> How:
    """The one definition of an interactive approval (see the module docstring).

    ``in_advance``: given with the request, before the plan was shown (``--approve``);
    ``present``: a person is at the surface (the CLI's TTY; the magic and the widget: always);
    ``unattended``: the process is marked unattended (setting, DOTOP_UNATTENDED, CI).
    """
    if where not in WHERE:
        raise ConfigError(f"unknown approval surface {where!r}", hint=f"one of {WHERE}")
    if where == "widget":
        return "interactive"
    if where == "runbook" or in_advance or unattended or not present:
        return "unattended"
    return "interactive"


@dataclass(frozen=True)
class Approval:
    """An approval as given: ``by`` whom, ``how``, ``where`` and for which ``plan_hash``
    (empty: the plan just proposed in the same call — only for in-advance approvals)."""

    by: str
    how: How
    where: Where
    plan_hash: str = ""

    @property
    def interactive(self) -> bool:
        return self.how == "interactive"

    @classmethod
    def given(
        cls,
        where: Where,
        *,
        by: str | None = None,
        plan_hash: str = "",
        in_advance: bool = False,
        present: bool = True,
        unattended: bool | None = None,
    ) -> Approval:
        """An approval from ``where``; ``by`` defaults to the configured user (never a constant),
        ``unattended`` to the process's setting."""
        from dotop_nb.service import check_user  # noqa: PLC0415 -- the engine loads on use

        marked = bool(setting("unattended")) if unattended is None else unattended
        who = check_user(by or setting("user"))
        decided = how(where, in_advance=in_advance, present=present, unattended=marked)
        return cls(by=who, how=decided, where=where, plan_hash=plan_hash)
