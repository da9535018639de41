"""Round 22, helper report: a message that tells of an act is no order to make it.

The shapes (black-box attack 24): (S13) a SYMPTOM said with the verb ("worker keeps
restarting", "worker pods restarting", "payments stuck at 4 replicas") planned the verb;
(S14) a REPORT of an act done, failed or in progress ("Result: payments scaled to 4",
"Bob's restarting worker now", "Restart of worker failed", "Tried to scale …, got quota
error") planned it again; (S16) a SCHEDULE or a reminder ("set up a cronjob to restart
worker", "Reminder for next sale: …") planned a one-off change now. Statements of intent ("I
plan to …") and bare gerund status lines ("deleting cache deployment") ask too. The nearest
orders ("worker keeps crashing, restart it", "restarting worker now please") still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        # S13: the attack's samples, then phrasings of our own.
        "worker keeps restarting",
        "worker is restarting in a loop",
        "worker restarting",
        "worker pods restarting",
        "worker pods keep restarting",
        "worker keeps getting restarted",
        "worker restarting every few minutes",
        "payments restarting over and over",
        "payments stuck at 4 replicas",
        "payments stuck scaling to 4",
        "the orders pods keep crashing",
        "checkout stuck at 1 replica",
        "frontend is stuck rolling back",
        "worker pods are restarting again",
        "frontend restarting constantly",
    ],
)
def test_a_symptom_said_with_the_verb_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # S14: the attack's samples, then phrasings of our own.
        "INC-4412 — Summary: payments slow. Action taken: scaled payments to 4.",
        "Outcome: worker restarted",
        "Result: payments scaled to 4",
        "Changes made: payments replicas 2 -> 4",
        "Workaround was to restart worker",
        "Verification: payments at 4 replicas",
        "Bob's restarting worker now",
        "payments scaling to 4",
        "Restart of worker failed",
        "Scale of payments to 4 failed",
        "Error scaling payments to 4",
        "Attempted to restart worker but it hung",
        "Tried to scale payments to 4, got quota error",
        "alice is scaling payments to 6",
        "frontend upgrading to 2.2.0",
        "Rollback of checkout failed",
        "failed to restart orders",
        "error deleting worker deployment",
        "we tried to delete worker but it was blocked",
        "Actions taken: restarted worker, scaled payments to 4",
        "Resolution: payments scaled to 6",
        "Fix was to bounce orders",
        "Post-mortem: restarted worker at 14:00",
        "scale-up of payments to 4 timed out",
        # Statements of intent and gerund status lines (the attack's borderline list).
        "I plan to scale payments to 4",
        "we plan to restart worker",
        "I'm going to delete worker",
        "restarting worker",
        "deleting cache deployment",
        "bouncing orders",
        "scaling frontend to 5",
    ],
)
def test_a_report_of_an_act_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # S16: the attack's samples, then phrasings of our own.
        "set up a cronjob to restart worker",
        "automate restarting worker",
        "Reminder for next sale: scale payments to 4",
        "reminder for the cutover: restart worker",
        "schedule a cronjob that restarts worker every night",
        "automate scaling payments to 4 on weekends",
    ],
)
def test_a_schedule_or_a_reminder_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "worker keeps crashing, restart it",
        "payments is stuck at 2, scale it to 4",
        "orders keeps crashing, bounce it",
        "the worker is stuck, restart it",
        "restart worker again, it keeps crashing",
        "restarting worker now please",
        "scaling frontend to 5 please",
        "restarting orders asap",
        "rolling restart of worker",
        "restart worker",
        "scale payments to 4",
        "create a cron job that dumps postgres every 3 hours",
        "restart checkout because the pods look stuck",
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)
