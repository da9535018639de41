"""The magic's engine cache: one Operator per settings (and per ``--context``/``--planner``
override), rebuilt when a setting changes, closed on ``%unload_ext``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dotop_nb.errors import ConfigError

if TYPE_CHECKING:
    from dotop_nb.models import Session
    from dotop_nb.service import Operator


@dataclass(frozen=True)
class EngineSettings:
    """What an engine is built from: the magic's traits ('' = the default of
    :class:`dotop_nb.settings.Settings`), every one given."""

    kubeconfig: str
    context: str
    planner: str
    sessions_dir: str
    policies_dir: str
    patterns_dir: str
    validation_timeout: float
    request_timeout: float
    user: str
    api_timeout: float | None = None
    """Seconds per AI planner API request (None: the AI planner's own setting,
    ``DOTOP_API_TIMEOUT``, else its default)."""


def build(settings: EngineSettings) -> Operator:
    """An engine whose journal reports every save as a progress event (for the widget), and
    whose planner has the AI planner's request timeout of the settings."""
    from dotop_nb import planner as planners  # noqa: PLC0415 -- keeps %load_ext fast
    from dotop_nb.service import Operator  # noqa: PLC0415
    from dotop_nb.ui.progress import ProgressJournal  # noqa: PLC0415

    operator = Operator(
        kubeconfig=settings.kubeconfig or None,
        context=settings.context or None,
        planner=planners.make(settings.planner, request_timeout=settings.api_timeout),
        sessions=Path(settings.sessions_dir).expanduser() if settings.sessions_dir else None,
        policies=settings.policies_dir or None,
        patterns=Path(settings.patterns_dir).expanduser() if settings.patterns_dir else None,
        validation_timeout=settings.validation_timeout,
        request_timeout=settings.request_timeout,
        user=settings.user or None,
    )
    operator.journal = ProgressJournal(operator.journal.folder)
    return operator


@dataclass
class Engines:
    """Engines by settings. ``in_use`` names engines a live widget still acts through: they are
    not closed when the settings change."""

    settings: Callable[[], EngineSettings]
    make: Callable[[EngineSettings], Operator] = build
    _engines: dict[EngineSettings, Operator] = field(default_factory=dict)

    def get(self, *, context: str | None = None, planner: str | None = None) -> Operator:
        """The engine for the current settings, or for a per-call context / planner."""
        base = self.settings()
        key = _with(base, context=context or base.context, planner=planner or base.planner)
        if key not in self._engines:
            self._engines[key] = self.make(key)
        return self._engines[key]

    def retire(self, in_use: Iterable[Operator]) -> None:
        """Forget every engine (settings changed); close those no widget uses."""
        busy = {id(o) for o in in_use}
        retired, self._engines = list(self._engines.values()), {}
        for operator in retired:
            if id(operator) not in busy:
                operator.close()

    def close(self, also: Iterable[Operator] = ()) -> None:
        """Close every engine, and ``also`` (those held by widgets)."""
        engines = {id(o): o for o in (*self._engines.values(), *also)}
        self._engines = {}
        for operator in engines.values():
            operator.close()

    def for_session(self, session: Session) -> Operator:
        """The engine connected to the cluster the session was planned against."""
        operator = self.get()
        if not session.proposals:
            return operator
        want = session.proposal.cluster
        # Only the URL here (no request): the executor checks the cluster's real identity.
        have = operator.client.identity
        if want.server == have.server:
            return operator
        if want.context and want.context != have.context:
            try:
                other = self.get(context=want.context)
            except ConfigError:
                other = None
            if other is not None and other.client.identity.server == want.server:
                return other
        raise ConfigError(
            f"session {session.id} was planned against {want.server} (context "
            f"{want.context or 'none'}), but this notebook is connected to {have.server}",
            hint="point OperateMagics.context / kubeconfig at the session's cluster",
        )


def _with(settings: EngineSettings, **changes: Any) -> EngineSettings:
    return replace(settings, **changes)
