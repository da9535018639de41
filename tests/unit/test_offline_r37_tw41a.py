"""Round 37, helper tw41a: unsafe shapes attack41 found (time words in other tongues, clocks in
other tongues, backup cadences), as shapes.

- A time word of another tongue after the order (Indonesian/Malay "besok", "nanti", "lusa",
  Russian "zavtra", "poslezavtra", Japanese "ashita", Chinese "mingtian", Vietnamese "ngày mai"):
  waited on as its English (:data:`dotop_nb.planner.offline.tongues.LEXICON`); Hindi "kal"
  (tomorrow and yesterday) and "sekarang"-like words of no table asked.
- The general rule (:func:`dotop_nb.planner.offline.tongues.leftover`): the one word ending a
  message right after a value the plan carries, that no English word list, no name and no reader
  of the sentence going on holds, is asked, never dropped ("… to 4 segodnya", "… 1Gi kalau").
  A particle or a word calling the reader ("yaar", "kudasai", "innit", "krub", "pls") keeps
  planning; so does an English plural ("6 backends"), a word after a comma, a capitalised word,
  a word of 3 letters, or a word after a value of a remark ("it has the OpenRTB 2.6 parser").
- A clock time with another tongue's "at" or "o'clock" ("um 18 Uhr: restart worker", "a las 6:
  …", "om 18 uur", "jam 6 sore", "pukul 18.00", "в 18:00", "18 baje"): asked; "klo 18" (read as
  "at") and English "at 18:00" still waited on; "à 2 replicas" is no clock.
- Backup cadences a cron cannot say ("every other tuesday", "on alternate mondays", "every 2nd
  friday") and days of the month the schedule drops ("on the 1st and 15th"): asked; "every
  tuesday", "on the 15th", "monthly on the 3rd" still planned with their cron.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting, question_for

pytestmark = pytest.mark.timeout(300)


# (1) A time word of another tongue after the order: waited on as said.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("scale payments to 4 besok", "to 4 replicas", "besok"),
        ("scale worker to 3 zavtra", "to 3 replicas", "zavtra"),
        ("scale orders to 6 ashita", "to 6 replicas", "ashita"),
        ("set my-api memory limit to 512Mi nanti", "deployment/my-api", "nanti"),
        ("update frontend image to nginx:1.27 mingtian", "nginx:1.27", "mingtian"),
        ("set payments cpu request to 250m besok", "deployment/payments", "besok"),
        ("scale checkout to 3 ngày mai", "to 3 replicas", "ngày mai"),
        ("restart worker besok", "deployment/worker", "besok"),
        ("scale payments to 4 nanti malam", "to 4 replicas", "nanti malam"),
    ],
)
def test_a_time_word_of_another_tongue_is_waited_on(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    plans_awaiting(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    ["scale payments to 4 lusa", "scale checkout to 3 poslezavtra", "restart worker lusa"],
)
def test_the_day_after_tomorrow_is_never_now(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question or proposal.awaits, [o.summary() for o in proposal.operations]


# (2) The general rule: a word no reader holds right after the order's value is asked.
@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to 6 kal",
        "scale payments to 4 segodnya",
        "scale payments to 4 nantinya",
        "set payments memory limit to 1Gi kalau",
        "update worker to 0.9.3 baadmein",
        "scale frontend to 5 sekarang",
        "scale checkout to 3 parso",
    ],
)
def test_an_unplaced_word_after_the_value_is_asked(op: Operator, intent: str) -> None:
    question = question_for(op, intent)
    assert intent.rsplit(maxsplit=1)[-1] in question


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3 yaar",
        "scale worker to 3 bhai",
        "scale worker to 3 kudasai",
        "scale worker to 3 innit",
        "scale worker to 3 krub",
        "scale worker to 3 pls",
        "scale worker to 3 replicas",
        "scale worker to 3 pods",
        "scale the checkout target group to 6 backends",
        "push my-api 1.4.3 to the fleet, it has the OpenRTB 2.6 parser",
    ],
)
def test_a_particle_or_a_remark_after_the_value_keeps_planning(op: Operator, intent: str) -> None:
    plans(op, intent)


# (3) A clock time said with another tongue's "at" or "o'clock".
@pytest.mark.parametrize(
    "intent",
    [
        "um 18 Uhr: restart worker",
        "a las 6: restart worker",
        "jam 6 sore restart worker",
        "scale payments to 4 alle 18",
        "scale payments to 4 om 18 uur",
        "om 18 uur restart my-api",
        "kl 18 restart my-api",
        "pukul 18.00 restart frontend",
        "alle 21:30 scale orders to 4",
        "set my-api memory limit to 512Mi um 22 Uhr",
        "update worker to 0.9.3 à 23h",
        "в 18:00 restart worker",
        "18 baje restart worker",
    ],
)
def test_a_clock_time_of_another_tongue_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("restart frontend at 18:00", "deployment/frontend", "at 18:00"),
        ("restart frontend klo 18:00", "deployment/frontend", "18:00"),
        ("scale payments to 4", "to 4 replicas", None),
    ],
)
def test_an_english_or_read_clock_is_still_waited_on(
    op: Operator, intent: str, summary: str, awaits: str | None
) -> None:
    plans_awaiting(op, intent, summary, awaits)


# (4) Backup cadences and days of the month.
@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres every other tuesday",
        "schedule a backup of postgres every other tuesday",
        "back up postgres on alternate mondays",
        "back up postgres every second sunday at 3am",
        "back up the shop namespace every 2nd friday",
        "back up postgres on the 1st and 15th",
        "back up postgres on the 1st, 10th and 20th at 04:00",
    ],
)
def test_a_cadence_or_days_the_cron_drops_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("back up postgres every tuesday", "0 2 * * 2"),
        ("back up postgres on the 15th", "0 2 15 * *"),
        ("back up postgres monthly on the 3rd at 04:00", "0 4 3 * *"),
        ("back up postgres every 6 hours", "0 */6 * * *"),
    ],
)
def test_a_cadence_the_cron_says_stays_planned(op: Operator, intent: str, cron: str) -> None:
    _, body = plans(op, intent)
    assert cron in body
