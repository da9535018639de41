"""Round 18, helper verbs: orders said with the verbs of another trade (a mainframe operator's
"IPL", "quiesce", "vary … offline", "regress"; a VM admin's "stop and start", "take it down and
bring it back up", "respin"; a release manager's "cut over to"), read through the one table
:data:`dotop_nb.planner.offline.plainwords.VERBS`.

The shape: a verb (or verb phrase) that means one of the planner's changes in an operator's
dialect, with the object and the numbers in the usual places. Each is written as the planner's
verb before any check reads the request; a verb that may stop or destroy is written as the
planner's word that still needs its zero ("quiesce" is "stop", "drain X" is "take X offline");
a one-word verb with no object after it ("the IPL is tonight", "regress testing found …") and a
verb whose object is no workload ("cut over to the new DNS", "drain the node") are left as said.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import plainwords
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("stop and start my-api", "my-api"),
        ("stop/start the worker please", "worker"),
        ("frontend needs a stop-start", "frontend"),
        ("shut the worker down and start it back up", "worker"),
        ("stop my-api, then start it again", "my-api"),
        ("take payments down and bring it back up", "payments"),
        ("Cycle orders: stop and restart its pods one by one.", "orders"),
        ("re-IPL the worker", "worker"),
        ("can you IPL frontend now", "frontend"),
        ("respin my-api", "my-api"),
        ("cold start the payments deployment", "payments"),
    ],
)
def test_a_restart_said_in_another_trades_words_restarts_that_workload(
    shop: Operator, said: str, name: str
) -> None:
    assert summaries(shop, said) == [f"restart the pods of deployment/{name} in shop"]


def test_bring_it_back_up_after_a_take_down_is_no_backup(shop: Operator) -> None:
    # "back up" read alone was a Velero backup: the two steps are one restart.
    ops = summaries(shop, "take the worker down and bring it back up again")
    assert ops == ["restart the pods of deployment/worker in shop"]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("quiesce worker: zero instances", "worker"),
        ("please quiesce the my-api task, 0 instances", "my-api"),
        ("vary payments offline (0 instances)", "payments"),
        ("vary off-line worker for the weekend (zero replicas)", "worker"),
        ("drain frontend to zero replicas", "frontend"),
        ("Quiesce the cache proxy (the Deployment) for the DR test: zero instances.", "cache"),
    ],
)
def test_a_stop_in_another_trades_words_scales_to_zero_only_with_the_zero_said(
    shop: Operator, said: str, name: str
) -> None:
    assert summaries(shop, said) == [f"scale deployment/{name} in shop to 0 replicas"]


@pytest.mark.parametrize(
    "said",
    [
        "quiesce worker",
        "quiesce the cache proxy",
        "vary payments offline",
        "drain worker",
        "drain the frontend",
        "stop worker",
        "kill payments",
        "purge my-api",
    ],
)
def test_a_stop_without_a_count_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_drain_of_a_workload_is_no_disruption_budget(shop: Operator) -> None:
    proposal = shop.analyze("drain worker", namespace="shop")
    assert not any("poddisruptionbudget" in o.summary() for o in proposal.operations)


@pytest.mark.parametrize(
    "said",
    [
        "regress checkout to the previous level",
        "regress checkout one level",
        "please regress the checkout deployment",
    ],
)
def test_regress_is_a_rollback(shop: Operator, said: str) -> None:
    assert summaries(shop, said) == ["roll deployment/checkout in shop back to revision 1"]


@pytest.mark.parametrize(
    ("said", "image"),
    [
        ("cut worker over to 0.9.1", "ghcr.io/acme/worker:0.9.1"),
        ("cut over frontend to 2.2.0", "ghcr.io/acme/frontend:2.2.0"),
        ("then cut the my-api deployment over to 1.5.0", "ghcr.io/acme/my-api:1.5.0"),
    ],
)
def test_a_cut_over_to_a_version_is_an_update(shop: Operator, said: str, image: str) -> None:
    _, body = plans(shop, said)
    assert f'"image": "{image}"' in body


@pytest.mark.parametrize(
    "said",
    [
        "the IPL is tonight",
        "regress testing found a bug in frontend",
        "regress testing found a bug in checkout",
        "we cut over to the new DNS last week",
        "stop and start is what the runbook says for worker",
        "don't stop and start payments",
        "IPL window: 02:00 to 04:00",
    ],
)
def test_the_words_without_their_object_or_as_a_noun_stay_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_node_drained_is_left_as_said() -> None:
    known = frozenset({"worker", "frontend"})
    assert plainwords.verbs("drain the node worker-1 now", known) == "drain the node worker-1 now"
    assert plainwords.verbs("drain worker now", known) == "take worker offline now"


def test_the_table_is_read_by_the_veto() -> None:
    assert "regress" in plainwords.verb_words("roll back")
    assert "quiesce" in plainwords.verb_words("stop")


@pytest.mark.parametrize(
    "said",
    [
        "Apply the maintenance level to postgres: image postgres:16.6.",
        "update postgres to 16.5.",
        "bump redis in the cache sts to redis:7.4.",
    ],
)
def test_a_full_stop_after_a_version_as_long_as_the_running_tag_ends_the_sentence(
    shop: Operator, said: str
) -> None:
    plans(shop, said)


@pytest.mark.parametrize(
    "said",
    [
        "update frontend to 2.2.",
        "update my-api to 1.5.",
        "set worker image to ghcr.io/acme/worker:1.0.",
    ],
)
def test_a_version_shorter_than_the_running_tag_before_a_full_stop_is_still_cut(
    shop: Operator, said: str
) -> None:
    assert "cut off" in str(asks(shop, said).question)


@pytest.mark.parametrize(
    "said",
    [
        "the hot upgrade on payments went sideways, pin it to ghcr.io/acme/payments:2.9.3 again",
        "that upgrade of payments broke checkout; put payments on 2.9.3 again",
        "our last upgrade of payments failed, set payments back to 2.9.3",
    ],
)
def test_an_upgrade_named_as_a_past_event_is_no_direction(shop: Operator, said: str) -> None:
    _, body = plans(shop, said)
    assert '"image": "ghcr.io/acme/payments:2.9.3"' in body


@pytest.mark.parametrize(
    "said",
    [
        "upgrade payments to 2.9.3",
        "do the upgrade of payments to 2.9.3",
        "the upgrade went fine, now upgrade payments to 2.9.3",
    ],
)
def test_an_upgrade_ordered_to_an_older_version_is_still_asked(shop: Operator, said: str) -> None:
    assert "older" in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("remove the my-api svc, keep the pods", "service/my-api"),
        ("drop the orders pdb but leave the pods alone", "poddisruptionbudget/orders"),
        ("delete the frontend service but keep its pods up", "service/frontend"),
    ],
)
def test_an_object_beside_a_workload_deleted_with_its_pods_kept(
    shop: Operator, said: str, target: str
) -> None:
    assert summaries(shop, said) == [f"delete {target} in shop"]


@pytest.mark.parametrize(
    "said",
    [
        "delete payments but keep the pods running",
        "delete the payments deployment and the service but keep the pods",
        "delete the payments service and worker, keep the pods",
        "delete worker, keep its pods",
    ],
)
def test_a_workload_deleted_with_its_pods_kept_is_still_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    "said",
    [
        "orders' app container to ghcr.io/acme/orders:1.1.0, envoy sidecar left on v1.30.1",
        "update orders app to 1.1.0 and keep envoy at v1.30.1",
        "bump the app in orders to ghcr.io/acme/orders:1.1.0 but leave envoy on v1.30.1",
    ],
)
def test_the_version_another_container_keeps_is_no_second_candidate(
    shop: Operator, said: str
) -> None:
    assert summaries(shop, said) == [
        "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.1.0"
    ]


def test_two_new_versions_for_one_workload_still_ask(shop: Operator) -> None:
    asks(shop, "orders to 1.1.0 and v1.30.2")


@pytest.mark.parametrize(
    "said",
    [
        "back up the whole namespace nightly and keep 7 days of them",
        "velero schedule of the entire namespace every 12 hours, retain a week of them",
        "snapshot the whole namespace daily, keep a week of them",
    ],
)
def test_backups_of_the_whole_namespace_counted_by_them(shop: Operator, said: str) -> None:
    _, body = plans(shop, said)
    assert '"includedNamespaces": ["shop"]' in body
    assert "168h" in body


def test_a_backup_of_it_with_nothing_named_still_asks(shop: Operator) -> None:
    asks(shop, "take a backup of it")


@pytest.mark.parametrize(
    ("said", "name", "n"),
    [
        ("worker count to 3", "worker", 3),
        ("cache proxy pod count to 2, the deployment not the sts", "cache", 2),
        ("frontend instance count = 4", "frontend", 4),
    ],
)
def test_a_workloads_count_set_to_a_number_is_its_replicas(
    shop: Operator, said: str, name: str, n: int
) -> None:
    assert summaries(shop, said) == [f"scale deployment/{name} in shop to {n} replicas"]


@pytest.mark.parametrize(
    "said", ["my-api connection count to 50", "worker count to 3.5", "the worker count is 3"]
)
def test_a_count_of_something_else_or_not_whole_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_the_object_of_a_surrounding_verb_never_starts_with_a_joining_word() -> None:
    known = frozenset({"worker"})
    assert plainwords.verbs("drain and delete worker", known) == "drain and delete worker"
    assert plainwords.verbs("cut over to the new queue for worker", known) == (
        "cut over to the new queue for worker"
    )
