"""Round 34, helper gap37b: blind37's misses in config and security.

blind37 (the thirty-seventh blind set, opened as a gap list) was asked about clear intents:
- a code-review comment's label ("nit: add seccompProfile …") was read as a person addressed;
- Taglish: "Paki-drop ng ALL capabilities" read "drop" inside a name, "… sa trip API (my-api)
  po" lent "sa" to the nickname and read "po" / "lang" after a name as the rest of another
  name, "TRIP_CUTOFF_MINUTES=30 sa …" asked whether the value went on, "PROVIDER sa
  payments-config to paymongo" was no assignment, "Tanggalin … FEATURE_X" no removal;
- "take away FEATURE_FLAG env var" was no removal, and "To be clear, that's a value" was one;
- "FEATURE_FLAG on client portal frontend -> ga. Execute." and "LOG_LEVEL warn on route API
  my-api via my-api-config" (a nickname before the name, a ConfigMap after "via", a one-word
  sentence after the value) were asked;
- "s/stripe/adyen/ on PROVIDER in payments-config" (sed, said of a key) was a correction;
- "Only timber web shop frontend may talk to …" (three words of nickname) asked which is guarded;
- "run it as uid 10001. no daemons as root, ever" read the state the change makes as a refusal.
Each mend is tested on several phrasings of its shape and on near misses that stay asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)

_PAYCFG = "patch configmap/payments-config in shop (merge)"
_APICFG = "patch configmap/my-api-config in shop (merge)"
_WORKER = "patch deployment/worker in shop (strategic)"
_API = "patch deployment/my-api in shop (strategic)"
_FRONT = "patch deployment/frontend in shop (strategic)"
_PAYMENTS = "patch deployment/payments in shop (strategic)"
_ORDERS = "patch deployment/orders in shop (strategic)"


# A code-review label names no person.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "nit: add seccompProfile RuntimeDefault to the tutor-booking service (orders) pods.",
            _ORDERS,
        ),
        ("nit: set runAsNonRoot on payments", _PAYMENTS),
        ("minor: drop ALL capabilities on frontend", _FRONT),
        ("nitpick: worker needs readOnlyRootFilesystem", _WORKER),
    ],
)
def test_a_review_label_is_no_addressee(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    ["bob: add seccompProfile RuntimeDefault to orders", "@nit add seccompProfile to orders"],
)
def test_a_person_addressed_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Taglish: "Paki-VERB" is "please VERB"; its particles and prepositions go on with the sentence.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        ("Paki-drop ng ALL capabilities sa booking site (frontend) po.", _FRONT, '"ALL"'),
        ("Paki-drop po ng ALL capabilities sa payments", _PAYMENTS, '"ALL"'),
        ("Paki-set ng env TRIP_CUTOFF_MINUTES=30 sa trip API (my-api) po.", _API, '"30"'),
        (
            "Paki-dagdag ng env MAX_SEATS_PER_BOOKING=6 sa seat-lock worker (worker) po.",
            _WORKER,
            '"6"',
        ),
        ("Paki-set po ng LOG_LEVEL=debug sa payments", _PAYMENTS, '"debug"'),
        (
            "Paki-palitan po yung PROVIDER sa payments-config to paymongo, para sa e-wallet "
            "payments (payments). Wag i-restart yung iba.",
            _PAYCFG,
            '"PROVIDER": "paymongo"',
        ),
        ("set PROVIDER sa payments-config to paymongo", _PAYCFG, '"PROVIDER": "paymongo"'),
        (
            "Tanggalin na po yung FEATURE_X sa my-api-config, hindi na ginagamit ng trip API "
            "(my-api).",
            _APICFG,
            '"FEATURE_X": null',
        ),
        ("alisin po yung LOG_LEVEL sa my-api-config", _APICFG, '"LOG_LEVEL": null'),
    ],
)
def test_taglish_is_read(op: Operator, intent: str, summary: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert summary in [o.summary() for o in proposal.operations]
    assert value in body


@pytest.mark.parametrize(
    ("intent", "guarded", "allowed"),
    [
        (
            "NetworkPolicy po: yung e-wallet payments (payments) lang pwede maka-connect sa "
            "passenger db (postgres), port 5432.",
            "postgres",
            ["payments"],
        ),
        (
            "yung my-api at worker lang pwede maka-connect sa postgres",
            "postgres",
            ["my-api", "worker"],
        ),
        ("yung frontend lang pwede maka-connect sa my-api", "my-api", ["frontend"]),
    ],
)
def test_taglish_only_as_a_network_policy(
    op: Operator, intent: str, guarded: str, allowed: list[str]
) -> None:
    proposal, body = plans(op, intent)
    [operation] = proposal.operations
    assert operation.target.kind == "NetworkPolicy"
    assert all(f'"app": "{name}"' in body for name in [guarded, *allowed])


def test_taglish_allowance_without_lang_is_asked(op: Operator) -> None:
    asks(op, "yung frontend pwede maka-connect sa my-api")


@pytest.mark.parametrize(
    "intent",
    [
        "Paki-drop po yung payments",  # drop what? never a delete
        "Tanggalin yung worker",  # a key's verb, never a delete of a workload
        "restart payments lang po",
        "restart pa-config",
        "set GREETING to hello, world on worker",
    ],
)
def test_taglish_near_misses_stay_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "take away" removes a variable; "clear" only as a verb.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "Timber web shop frontend: take away FEATURE_FLAG env var, beta is over.",
            _FRONT,
            "FEATURE_FLAG",
        ),
        ("take away FEATURE_FLAG env var from frontend", _FRONT, "FEATURE_FLAG"),
        ("frontend: take away the FEATURE_FLAG env var", _FRONT, "FEATURE_FLAG"),
        ("take away the LOG_LEVEL key from my-api-config", _APICFG, '"LOG_LEVEL": null'),
        ("clear FEATURE_FLAG from frontend", _FRONT, "FEATURE_FLAG"),
    ],
)
def test_take_away_removes(op: Operator, intent: str, summary: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert value in body
    if summary == _FRONT:
        assert '"$patch": "delete"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "blocking: the audio-transcode worker (worker) needs CLEANUP=remove-temp-files as an env "
        "var. To be clear, that's a value; nothing gets deleted.",
        "worker needs CLEANUP=remove-temp-files. to be clear, it is a value",
        "worker needs CLEANUP=remove-temp-files. To be clear, nothing gets deleted.",
    ],
)
def test_to_be_clear_removes_nothing(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [_WORKER]
    assert '"CLEANUP"' in body
    assert '"remove-temp-files"' in body
    assert '"$patch": "delete"' not in body


@pytest.mark.parametrize("intent", ["take away worker", "take away 1 replica from frontend"])
def test_take_away_of_no_variable_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A nickname before the name, a ConfigMap after "via", a one-word sentence after the value.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        ("Task: FEATURE_FLAG on client portal frontend -> ga. Execute.", _FRONT, '"ga"'),
        ("FEATURE_FLAG on client portal frontend -> ga", _FRONT, '"ga"'),
        ("set FEATURE_FLAG on the web shop frontend to ga", _FRONT, '"ga"'),
        ("LOG_LEVEL on my-api to warn. Out.", _APICFG, '"LOG_LEVEL": "warn"'),
        (
            "Task: LOG_LEVEL warn on route API my-api via my-api-config.",
            _APICFG,
            '"LOG_LEVEL": "warn"',
        ),
        ("LOG_LEVEL warn via my-api-config", _APICFG, '"LOG_LEVEL": "warn"'),
        ("LOG_LEVEL warn on the lessons api my-api", _APICFG, '"LOG_LEVEL": "warn"'),
    ],
)
def test_a_key_with_a_nickname_is_read(op: Operator, intent: str, summary: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "FEATURE_X on my-api",  # a place, no value
        "LOG_LEVEL warn on my-api is too noisy",
        "set MOTD=hello. World",
    ],
)
def test_a_key_near_miss_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# sed's substitution said of a key.
@pytest.mark.parametrize(
    "intent",
    [
        "s/stripe/adyen/ on PROVIDER in payments-config",
        "payments-config: s/stripe/adyen/ in PROVIDER",
        "s/stripe/adyen/ for PROVIDER in payments-config, thanks",
    ],
)
def test_a_substitution_of_a_key(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [_PAYCFG]
    assert '"PROVIDER": "adyen"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "s/braintree/adyen/ on PROVIDER in payments-config",  # not its value now
        "update frontend to 2.2.0 s/2.2.0/2.2.1/",  # a correction
        "set PROVIDER to adyen s/adyen/braintree/ on PROVIDER",
    ],
)
def test_a_substitution_near_miss_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "Only <nickname of three words> NAME may talk to …".
@pytest.mark.parametrize(
    ("intent", "guarded", "allowed"),
    [
        ("Only timber web shop frontend may talk to log-intake API my-api.", "my-api", "frontend"),
        ("only the old web shop frontend may reach payments", "payments", "frontend"),
        ("Only frontend may talk to the log-intake API my-api.", "my-api", "frontend"),
    ],
)
def test_only_a_nicknamed_source(op: Operator, intent: str, guarded: str, allowed: str) -> None:
    proposal, body = plans(op, intent)
    [operation] = proposal.operations
    assert operation.target.kind == "NetworkPolicy"
    assert f'"app": "{guarded}"' in body
    assert f'"app": "{allowed}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "only the admin console and worker may reach postgres",
        "Only timber web shop pods may talk to my-api.",
    ],
)
def test_only_an_unnamed_source_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Nothing as root, beside a change that runs the pods as another user.
@pytest.mark.parametrize(
    "intent",
    [
        "service-contract payments (payments): run it as uid 10001. no daemons as root, ever",
        "run payments as uid 10001. no containers as root",
        "run payments as non-root, no processes running as root",
        "set runAsUser 10001 on payments, never as root again",
    ],
)
def test_nothing_as_root_is_the_state_made(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_PAYMENTS]


@pytest.mark.parametrize(
    "intent",
    ["run payments as uid 10001, not worker as root", "run payments as uid 0. no daemons as root"],
)
def test_nothing_as_root_near_misses_stay_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Taglish's words of a relative count: never a count of their own (blind37: "Dagdag 2 replicas
# sa booking site (frontend) po" once scaled frontend to 2).
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Dagdag 2 replicas sa booking site (frontend) po, ang daming nagbo-book para sa undas.",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("Dagdag 2 replicas sa frontend", "scale deployment/frontend in shop to 5 replicas"),
        ("Paki-dagdag ng 2 replicas sa worker", "scale deployment/worker in shop to 3 replicas"),
        ("dagdagan ng 1 replica yung frontend", "scale deployment/frontend in shop to 4 replicas"),
        ("bawas 1 replica sa frontend po", "scale deployment/frontend in shop to 2 replicas"),
    ],
)
def test_taglish_relative_count(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]
