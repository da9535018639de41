"""Schedules said by the month, and an evening hour said with "every night" (issue 11, blind7's
first run: "every night at half past eleven" became 11:30 in the morning and "monthly … on the
1st" a daily backup — a different time than said). Phrasings of our own, not the blind set's."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import schedules
from dotop_nb.planner.offline.context import Clarify


@pytest.mark.parametrize(
    ("said", "cron"),
    [
        ("dump the db every night at half past ten", "30 22 * * *"),
        ("nightly at 11", "0 23 * * *"),
        ("each night at nine", "0 21 * * *"),
        ("every evening at 7", "0 19 * * *"),
        ("nightly at 2", "0 2 * * *"),
        ("every night at 3:15", "15 3 * * *"),
        ("every night at 11am", "0 11 * * *"),
        ("nightly at 10 in the morning", "0 10 * * *"),
        ("every day at 9", "0 9 * * *"),
        ("once a month", "0 2 1 * *"),
        ("monthly at midnight", "0 0 1 * *"),
        ("on the 15th at 3am", "0 3 15 * *"),
        ("every month on the 2nd at 04:30", "30 4 2 * *"),
        ("the first day of each month at 1am", "0 1 1 * *"),
        ("on the 28th of every month", "0 2 28 * *"),
    ],
)
def test_time_of_day_and_day_of_month(said: str, cron: str) -> None:
    assert schedules.cron(said) == cron


@pytest.mark.parametrize(
    "said",
    [
        "on the last day of the month",
        "monthly on the 31st",
        "on the 30th of each month at 2am",
        "monthly on sundays",
    ],
)
def test_a_day_of_month_cron_cannot_keep_is_asked(said: str) -> None:
    with pytest.raises(Clarify):
        schedules.cron(said)
