"""Round 39, helper gap42a: blind42's misses (Cajun, Basque, Georgian, Tamil and Estonian
English voices) as shapes.

- A greeting of another tongue opening the message ("Vanakkam, …", "Kaixo, …", "Tere, …",
  Cajun "Mais, …"): said to whoever reads; a name after it ("Vanakkam Ravi, …") is still asked.
- The reader called or an end particle after the order ("…, cher", "… vale", "… machan", a
  closing "…, yeah" with no question mark): the order; "…, yeah?" is still a question, and a
  word that names an object here is still one more item.
- "wit" / "dat" / "dis" (Cajun "with", "that", "this"): the sentence going on, never the rest
  of a name.
- A remark beside the order whose subject is a common noun with a word before it ("crawfish
  orders pourin' in", "season orders are heavy") or a version ("1.1.0 burnin' the orders"):
  context, never a second target.
- A note after a pasted kubectl command marked by "<-", "  -- words" or closing brackets: read
  as a "# …" comment is (before the command, by every reader); a note saying the command
  itself did harm is asked.
- "each 15s" is "every 15s"; "may connect X" is "may connect to X"; "when X been down" is "when
  X has been down".
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _planned(op: Operator, intent: str, summary: str, *values: str) -> None:
    proposal, body = plans(op, intent)
    said = [o.summary() for o in proposal.operations]
    assert len(said) == 1, said
    assert summary in said[0], said
    for value in values:
        assert value in body, (value, body[:400])


_SCALE_WORKER_3 = "scale deployment/worker in shop to 3 replicas"
_RESTART_WORKER = "restart the pods of deployment/worker"


# (1) Greetings of other tongues; the end particles after an order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Kaixo, restart worker", _RESTART_WORKER),
        ("Kaixo, please scale worker to 3", _SCALE_WORKER_3),
        ("Gamarjoba, restart the trek API (my-api)", "restart the pods of deployment/my-api"),
        ("Tere, scale the dryer worker (worker) to 3", _SCALE_WORKER_3),
        ("Vanakkam, kindly restart the garland worker (worker)", _RESTART_WORKER),
        ("Vanakkam, scale worker to 3", _SCALE_WORKER_3),
        ("Mais, restart the trap-count worker (worker)", _RESTART_WORKER),
        ("Mais cher, scale worker to 3", _SCALE_WORKER_3),
        ("restart the sagardotegi API (my-api) vale", "restart the pods of deployment/my-api"),
        ("restart my-api vale", "restart the pods of deployment/my-api"),
        ("restart my-api cher", "restart the pods of deployment/my-api"),
        ("restart the pond API (my-api), cher", "restart the pods of deployment/my-api"),
        ("scale worker to 3 machan", _SCALE_WORKER_3),
        ("restart worker, bro", _RESTART_WORKER),
        ("put the trap-count worker (worker) on three pods, yeah", _SCALE_WORKER_3),
        ("restart worker, yeah", _RESTART_WORKER),
        ("scale the barrel worker (worker) to 3, yeah", _SCALE_WORKER_3),
        ("scale frontend to 4, yeah!", "scale deployment/frontend in shop to 4 replicas"),
    ],
)
def test_greetings_and_particles_plan(op: Operator, intent: str, summary: str) -> None:
    _planned(op, intent, summary)


@pytest.mark.parametrize(
    "intent",
    [
        "Vanakkam Ravi, scale worker to 3",
        "Kaixo Miren, restart worker",
        "Tere Mari, restart the dryer worker (worker)",
        "Gamarjoba Nino, scale worker to 3",
        "Bob, scale worker to 3",
        "put the trap-count worker (worker) on three pods, yeah?",
        "restart worker, yeah?",
        "scale payments to 2, yeah?",
        "restart worker, mailer",
        "restart worker, yeah right",
        "delete worker, yeah nah",
    ],
)
def test_names_questions_and_items_still_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (2) "wit" (with) after a name: the sentence going on.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "PDB for the peeler payments (payments) wit minAvailable 1",
            "apply poddisruptionbudget/payments",
            '"minAvailable": 1',
        ),
        (
            "PDB for worker wit maxUnavailable 1",
            "poddisruptionbudget/worker",
            '"maxUnavailable": 1',
        ),
        (
            "PDB for the boil-kit checkout (checkout) wit minAvailable 1",
            "poddisruptionbudget/checkout",
            '"minAvailable": 1',
        ),
    ],
)
def test_wit_is_with(op: Operator, intent: str, summary: str, value: str) -> None:
    _planned(op, intent, summary, value)


# (3) A remark whose subject is a common noun with a word before it, or a version.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Mais cher, bump the pond API (my-api) up to 4 replicas, crawfish orders pourin' in "
            "like the Atchafalaya",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        (
            "bump the pond API (my-api) up to 4 replicas, crawfish orders pouring in",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        (
            "scale the garland worker (worker) to 4, season orders are heavy",
            "scale deployment/worker in shop to 4 replicas",
        ),
        (
            "scale the garland worker (worker) to 4, muhurtham season orders are heavy",
            "scale deployment/worker in shop to 4 replicas",
        ),
        (
            "scale the trek API (my-api) to 5, summer orders piling up",
            "scale deployment/my-api in shop to 5 replicas",
        ),
        ("roll the boil-kit checkout (checkout) back, 1.1.0 burnin' the orders", "checkout"),
        ("roll back the export checkout (checkout), 1.1.0 breaks the orders", "checkout"),
        ("roll back checkout, 1.1.0 crashing the orders", "checkout"),
    ],
)
def test_remark_subjects_are_context(op: Operator, intent: str, summary: str) -> None:
    _planned(op, intent, summary)


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 4, crawfish orders to 3",
        "scale my-api to 4, please orders to 3",
        "roll back checkout, 1.1.0 for orders too",
        "restart my-api, orders too",
    ],
)
def test_second_targets_still_ask_or_plan_both(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    if proposal.status == "proposed":
        said = " ".join(o.summary() for o in proposal.operations)
        assert "orders" in said, said
    else:
        assert proposal.question


# (4) A note after a pasted kubectl command.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "kubectl scale deploy/payments --replicas=4   <- dat's the peeler payments, do it "
            "for me cher",
            "scale deployment/payments in shop to 4 replicas",
            "",
        ),
        (
            "kubectl scale deploy/worker --replicas=3  <- the trap-count worker",
            _SCALE_WORKER_3,
            "",
        ),
        (
            "kubectl rollout restart deployment/orders  -- the seafood orders all hung up",
            "restart the pods of deployment/orders",
            "",
        ),
        (
            "kubectl rollout restart deployment/frontend  -- booking site stuck",
            "restart the pods of deployment/frontend",
            "",
        ),
        (
            "kubectl set image deployment/my-api api=ghcr.io/acme/my-api:1.4.2   (the "
            "sagardotegi API, vale)",
            "deployment/my-api",
            "ghcr.io/acme/my-api:1.4.2",
        ),
        (
            "kubectl rollout restart statefulset/cache   (bed-count redis)",
            "restart the pods of statefulset/cache",
            "",
        ),
        ("kubectl rollout restart deployment/worker (garland worker)", _RESTART_WORKER, ""),
        (
            "kubectl scale deploy/payments --replicas=4   (i.e. four)",
            "scale deployment/payments in shop to 4 replicas",
            "",
        ),
    ],
)
def test_kubectl_notes_plan(op: Operator, intent: str, summary: str, value: str) -> None:
    _planned(op, intent, summary, value)


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl rollout restart deployment/orders  -- and delete payments",
        "kubectl scale deploy/payments --replicas=4   <- bob wants 6",
        "kubectl scale deploy/payments --replicas=4   <- not now",
        "kubectl scale deploy/payments --replicas=4  -- make it 6 actually",
        "kubectl scale deploy/payments --replicas=4  (what do you think?)",
        "kubectl scale deploy/payments --replicas=4  (don't run this)",
        "kubectl rollout restart deployment/orders   (and worker too)",
        "kubectl rollout restart deployment/orders  -- worker hung up",
        "kubectl rollout restart deployment/orders  (in staging)",
        "kubectl scale deploy/payments --replicas=4  <- this broke prod last time",
        "kubectl scale deploy/payments --replicas=4  # it took down checkout",
        "kubectl scale deploy/payments --replicas=4  (maybe)",
    ],
)
def test_kubectl_notes_that_change_things_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (5) "each 15s", "may connect X", "when X been down".
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "Scrape the menu payments (payments) with a ServiceMonitor each 15s",
            "servicemonitor/payments",
            "15s",
        ),
        ("Scrape payments with a ServiceMonitor each 30s", "servicemonitor/payments", "30s"),
        (
            "Only booking site (frontend) and dryer worker (worker) may connect machine API "
            "(my-api) on 8080",
            "networkpolicy/my-api",
            "8080",
        ),
        ("only frontend may connect my-api", "networkpolicy/my-api", "frontend"),
        (
            "Text me when the trap-count worker (worker) been down more than 5 minutes",
            "prometheusrule/worker",
            "5m",
        ),
        ("page me if orders been down 10 minutes", "prometheusrule/orders", '"for": "10m"'),
        # (how long it is down, said without "for": the hold said, never the default 5m)
        ("page me if orders has been down 10 minutes", "prometheusrule/orders", '"for": "10m"'),
        ("Text me when worker has been down more than 7 minutes", "prometheusrule/worker", '"7m"'),
        ("alert if payments is down 3 minutes", "prometheusrule/payments", '"for": "3m"'),
    ],
)
def test_spoken_forms_plan(op: Operator, intent: str, summary: str, value: str) -> None:
    _planned(op, intent, summary, value)


def test_negated_connect_still_asks(op: Operator) -> None:
    assert asks(op, "only frontend may not connect my-api").question
