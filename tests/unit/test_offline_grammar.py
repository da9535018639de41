"""Prose around a request is read, not asked about (issue 11): punctuation that stands for words,
context clauses (a reason, the current state, chat), negations that are the specification, and
several settings of one patch. Every attack on the same checks stays a question. Over the
in-memory shop, through the real Operator; the phrasings are this file's own (not the blind
sets')."""

from __future__ import annotations

import json

import pytest

from dotop_nb.models import Proposal
from dotop_nb.planner.offline import asides, prose
from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(60)


def proposed(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return proposal


def asks(op: Operator, intent: str) -> str:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    return str(proposal.question)


def dump(p: Proposal) -> str:
    return json.dumps([o.model_dump(mode="json") for o in p.operations])


# ---------------------------------------------------------------- 1. prose punctuation
@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("frontend -> ghcr.io/acme/frontend:2.2.0", "frontend to ghcr.io/acme/frontend:2.2.0"),
        ("payments => v3 \u2192 now", "payments to v3 to now"),
        ("it has none at all; give it 1 cpu", "it has none at all, give it 1 cpu"),
        ("100m cpu + 128Mi memory", "100m cpu and 128Mi memory"),
        ("restart cart & web", "restart cart and web"),
        # Relative counts and shell syntax stay as typed, for the rules and the guard.
        ("scale web + 2 replicas", "scale web + 2 replicas"),
        ("update web to ghcr.io/a/web:1;touch x", "update web to ghcr.io/a/web:1;touch x"),
        ("update web to ghcr.io/a/web:1; touch x", "update web to ghcr.io/a/web:1; touch x"),
        ("scale web to 3; rm -rf /", "scale web to 3; rm -rf /"),
        ("restart web now; touch x", "restart web now; touch x"),
        ("scale web to 3 & touch x", "scale web to 3 & touch x"),
        ("scale web to 3 && x", "scale web to 3 && x"),
        ("a->b", "a->b"),
    ],
)
def test_prose_punctuation_is_said_in_words_and_shell_syntax_is_left(said: str, read: str) -> None:
    assert prose.normalize(said) == read


@pytest.mark.parametrize(
    ("said", "image"),
    [
        ("payments => ghcr.io/acme/payments:3.3.0 please", "ghcr.io/acme/payments:3.3.0"),
        ("my-api -> ghcr.io/acme/my-api:1.7.0", "ghcr.io/acme/my-api:1.7.0"),
        ("hotfix for my-api is built (ghcr.io/acme/my-api:1.5.1), roll it out", "1.5.1"),
    ],
)
def test_an_arrow_or_a_bare_image_reference_is_an_update(
    shop: Operator, said: str, image: str
) -> None:
    (op,) = proposed(shop, said).operations
    assert op.kind == "set_image"
    assert op.image.endswith(image)  # type: ignore[attr-defined]


def test_a_semicolon_and_a_plus_between_clauses_are_one_resources_change(shop: Operator) -> None:
    p = proposed(shop, "frontend has no limits yet; give it 300m cpu + 256Mi memory requests")
    body = dump(p)
    assert all(q in body for q in ('"300m"', '"256Mi"', "requests"))


@pytest.mark.parametrize(
    "said",
    [
        "update my-api to ghcr.io/acme/my-api:1;touch x",
        "update my-api to ghcr.io/acme/my-api:1; touch x",
        "scale frontend to 3 now; rm -rf /",
        "restart frontend please; touch x",
        "scale frontend to 3 & touch x",
        "scale frontend to 3 && delete worker",
        "set LOG_LEVEL=$(whoami) on my-api",
        "update my-api to `id`",
        "scale frontend to 3 | tee x",
        "set MODE=a;b on my-api",
    ],
)
def test_shell_syntax_in_or_after_a_value_is_still_asked(shop: Operator, said: str) -> None:
    assert "shell syntax" in asks(shop, said)


# ---------------------------------------------------------------- 2. unquoted values
@pytest.mark.parametrize(
    ("said", "target", "value"),
    [
        ("LOG_LEVEL=info on worker thx", "worker", '"info"'),
        ("set LOG_LEVEL to trace on my-api asap", "my-api-config", '"trace"'),
        ("payments LOG_LEVEL=warn, we are drowning in logs", "payments", '"warn"'),
        ("frontend DEBUG=1 pls, need more output", "frontend", '"1"'),
    ],
)
def test_chat_and_a_clause_after_a_value_are_not_part_of_it(
    shop: Operator, said: str, target: str, value: str
) -> None:
    p = proposed(shop, said)
    assert [o.target.name for o in p.operations] == [target]
    assert value in dump(p)


@pytest.mark.parametrize(
    "said",
    ["set GREETING=good morning on frontend", "set MOTD=hello, world on my-api"],
)
def test_a_value_that_may_go_on_is_still_asked(shop: Operator, said: str) -> None:
    assert "does it go on" in asks(shop, said)


# ---------------------------------------------------------------- 3. negations that specify
@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("payments rollouts: don't kill old pods until the new ones are ready", "payments"),
        ("never take a frontend pod down before its replacement is up", "frontend"),
        ("worker must not remove a ready pod before the new one is healthy", "worker"),
    ],
)
def test_no_pod_before_its_replacement_is_zero_downtime(
    shop: Operator, said: str, target: str
) -> None:
    p = proposed(shop, said)
    assert {o.kind for o in p.operations} == {"patch"}
    assert p.operations[0].target.name == target
    assert '\\"maxUnavailable\\": 0' in dump(p) or '"maxUnavailable": 0' in dump(p)


@pytest.mark.parametrize(
    ("said", "target", "unavailable"),
    [
        ("payments deploys should never drop below two available pods", "payments", 0),
        ("my-api must never go below 1 pod during a rollout", "my-api", 1),
    ],
)
def test_a_floor_of_ready_pods_during_rollouts_is_max_unavailable(
    shop: Operator, said: str, target: str, unavailable: int
) -> None:
    (op,) = proposed(shop, said).operations
    assert op.target.name == target
    rolling = op.patch["spec"]["strategy"]["rollingUpdate"]  # type: ignore[attr-defined]
    assert rolling["maxUnavailable"] == unavailable


@pytest.mark.parametrize(
    ("said", "named"),
    [
        # worker runs 1: a floor of 3 cannot hold; no rollout word: a budget or a strategy?
        ("worker rollouts must never fall under 3 ready pods", "runs 1 replicas"),
        ("frontend must never dip below 3 pods", "negation"),
    ],
)
def test_a_floor_that_cannot_hold_or_is_unclear_is_asked(
    shop: Operator, said: str, named: str
) -> None:
    assert named in asks(shop, said)


def test_only_restated_as_a_negation_is_the_allow_list(shop: Operator) -> None:
    p = proposed(shop, "frontend must accept traffic only from my-api, no other ingress")
    assert [o.kind for o in p.operations] == ["apply"]


@pytest.mark.parametrize(
    ("said", "container"),
    [
        ("orders app -> ghcr.io/acme/orders:1.2.0 but keep envoy as is", "app"),
        ("set image of orders app to ghcr.io/acme/orders:1.2.0, leave the envoy alone", "app"),
    ],
)
def test_leave_alone_is_a_constraint_kept(shop: Operator, said: str, container: str) -> None:
    (op,) = proposed(shop, said).operations
    assert op.container == container  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("orders app -> ghcr.io/acme/orders:1.2.0, leave the app container alone", "alone"),
        ("scale frontend to 4 and leave frontend alone", "alone"),
        ("don't scale worker", "only a negation"),
        ("restart frontend but never take its pods down", "negation"),
    ],
)
def test_a_negation_that_forbids_the_action_is_asked(shop: Operator, said: str, named: str) -> None:
    assert named in asks(shop, said)


# ---------------------------------------------------------------- 4. context clauses, wishes
@pytest.mark.parametrize(
    ("said", "kind", "target"),
    [
        ("restart checkout because the pods look stuck", "rollout_restart", "checkout"),
        ("bounce payments, it has been acting up all morning", "rollout_restart", "payments"),
        ("frontend crashed twice today, restart it", "rollout_restart", "frontend"),
        ("get rid of the worker deployment, we replaced it with a cronjob", "delete", "worker"),
    ],
)
def test_a_reason_or_a_state_beside_the_request_is_set_aside(
    shop: Operator, said: str, kind: str, target: str
) -> None:
    p = proposed(shop, said)
    assert [(o.kind, o.target.name) for o in p.operations] == [(kind, target)]


def test_an_aside_keeps_its_subject_and_never_a_value() -> None:
    def names(words: str) -> bool:
        return any(w in words.split() for w in ("worker", "payments"))

    said = "worker runs with no limits at all, give it 1 cpu"
    assert asides.extract(said, names) == (
        "worker, give it 1 cpu",
        [said.split(", ", maxsplit=1)[0]],
    )
    # A number, a KEY, a condition or a request verb: never an aside.
    for kept in ("we run 3 pods", "it has LOG_LEVEL", "when traffic drops", "restart payments"):
        assert asides.extract(f"scale worker to 2, {kept}", names)[1] == []
    # The statement is what to fix: it stays.
    assert asides.extract("worker is a single point of failure, fix that", names)[1] == []


@pytest.mark.parametrize(
    "said",
    [
        "ideally keep my-api pods on separate nodes, if there is room",
        "spread frontend pods across nodes if the scheduler is able to",
    ],
)
def test_a_wish_is_preferred_placement_not_a_condition(shop: Operator, said: str) -> None:
    assert "preferredDuringSchedulingIgnoredDuringExecution" in dump(proposed(shop, said))


def test_a_real_condition_is_still_asked(shop: Operator) -> None:
    assert "condition" in asks(shop, "keep my-api pods on separate nodes when traffic drops")


# ---------------------------------------------------------------- 5. one change, several verbs
def test_several_settings_of_one_patch_are_one_change(shop: Operator) -> None:
    p = proposed(shop, "make payments run as non-root and make its root filesystem read-only")
    assert '"runAsNonRoot": true' in dump(p).replace('\\"', '"')
    assert '"readOnlyRootFilesystem": true' in dump(p).replace('\\"', '"')
    p = proposed(shop, "give worker 200m cpu and 256Mi memory requests and give it a 512Mi limit")
    assert all(q in dump(p) for q in ('"200m"', '"256Mi"', '"512Mi"'))


def test_a_delete_with_what_belongs_to_it_is_one_delete(shop: Operator) -> None:
    p = proposed(shop, "decommission orders together with its pdb")
    deleted = {(o.target.kind, o.target.name) for o in p.operations if o.kind == "delete"}
    # The kinds listed, and nothing else of its stack (its ConfigMap was not named).
    assert deleted == {("Deployment", "orders"), ("PodDisruptionBudget", "orders")}
    assert {o.kind for o in p.operations} == {"delete"}
    p = proposed(shop, "remove orders along with its pdb and its configmap")
    assert ("ConfigMap", "orders-config") in {(o.target.kind, o.target.name) for o in p.operations}


def test_two_actions_of_different_kinds_are_still_asked(shop: Operator) -> None:
    # Of the same workload (of another, said as its own order, it is planned whole).
    assert "delet" in asks(shop, "remove orders and scale orders to 3")
