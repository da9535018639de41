"""The day words are judged on: a date said is past or ahead as of that day (misreads.as_of)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dotop_nb.evaluation.model import JUDGED_ON
from dotop_nb.planner.offline.misreads import as_of, today
from tests.memory import shop_operator

SAID = "scale payments to 3 on 2026-12-10"


def test_a_date_ahead_on_the_judged_day_is_awaited_and_past_a_week_later(tmp_path: Path) -> None:
    op = shop_operator(tmp_path)
    try:
        with as_of(JUDGED_ON):
            ahead = op.analyze(SAID, namespace="shop")
        with as_of(dt.datetime(2026, 12, 20, 12, 0, tzinfo=dt.UTC)):
            past = op.analyze(SAID, namespace="shop")
    finally:
        op.close()
    assert ahead.status == "proposed", ahead.question
    assert "2026-12-10" in (ahead.awaits or "")
    assert past.status == "needs_clarification"
    assert "2026-12-10" in (past.question or "")
    assert past.operations == []


def test_the_pinned_day_is_undone_after_it() -> None:
    with as_of(dt.datetime(2030, 1, 1, tzinfo=dt.UTC)):
        assert today().year == 2030
    assert today() == JUDGED_ON  # the suite's own pin (tests/conftest.py) is back
