"""How the offline planner finds the targets of an intent (issue 11, item 2): a word after a
workload's name that is the sentence going on (not the rest of another name), a workload named
by one of its containers or by what it runs, a label selector said in words, and several
workloads each with its own value. Over an in-memory namespace unlike the evaluation shop (other
names, kinds and labels), through the real Operator; the danger ("billing report" when only
``billing`` is a workload) stays a question."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.planner.offline import followers
from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)
NS = "ops"


def _with_containers(manifest: dict[str, Any], *pairs: tuple[str, str]) -> dict[str, Any]:
    spec = manifest["spec"]["template"]["spec"]
    spec["containers"] = [
        {"name": name, "image": image, "resources": {"requests": {"cpu": "50m"}}}
        for name, image in pairs
    ]
    return manifest


def _statefulset(name: str, *pairs: tuple[str, str]) -> dict[str, Any]:
    manifest = deployment(name, NS, replicas=1)
    manifest["kind"] = "StatefulSet"
    manifest["spec"]["serviceName"] = name
    return _with_containers(manifest, *pairs)


@pytest.fixture(scope="module")
def op(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", NS))
    _, operator = engine(
        tmp_path_factory.mktemp("targets"),
        _with_containers(
            deployment("billing", NS, labels={"layer": "core"}),
            ("app", "ghcr.io/x/billing:2.0"),
            ("statsd", "prom/statsd-exporter:0.26"),
        ),
        _with_containers(deployment("ledger", NS, labels={"layer": "core"}), ("ledger", "l:1")),
        _with_containers(
            deployment("gateway", NS, replicas=3, labels={"layer": "edge"}), ("edge", "g:1")
        ),
        # One name, two kinds: "queue exporter" is the Deployment, "queue broker" the set.
        _with_containers(deployment("queue", NS, replicas=1), ("exporter", "q/exporter:1")),
        _statefulset("queue", ("broker", "rabbitmq:3.13")),
        _statefulset("sessions", ("memcached", "memcached:1.6")),
        _statefulset("fragments", ("memcached", "memcached:1.6")),
        {
            "apiVersion": "batch/v1",
            "kind": "CronJob",
            "metadata": {"name": "billing-backup", "namespace": NS},
            "spec": {
                "schedule": "0 2 * * *",
                "jobTemplate": {
                    "spec": {"template": {"spec": {"containers": [{"name": "b", "image": "b"}]}}}
                },
            },
        },
        cluster=cluster,
    )
    yield operator
    operator.close()


def _ops(op: Operator, intent: str) -> list[str]:
    proposal = op.analyze(intent, namespace=NS)
    assert proposal.status == "proposed", proposal.question
    return [o.summary().replace(f" in {NS}", "") for o in proposal.operations]


def _asks(op: Operator, intent: str) -> str:
    proposal = op.analyze(intent, namespace=NS)
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    return str(proposal.question)


# ------------------------------------------------------------ a word after a name
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("ledger disruption budget: maxUnavailable 1", "poddisruptionbudget/ledger"),
        ("gateway traffic doubled overnight, scale it to 6", "deployment/gateway to 6"),
        ("ledger quickly to 4 replicas please", "deployment/ledger to 4"),
        ("restart ledger's most recent pods", "deployment/ledger"),
        ("gateway struggling again, give it 5 replicas", "deployment/gateway to 5"),
        ("the gateway build ghcr.io/x/gateway:2 is out, ship it", "deployment/gateway to g"),
    ],
)
def test_a_plain_word_after_a_name_is_the_sentence_going_on(
    op: Operator, intent: str, wanted: str
) -> None:
    planned = _ops(op, intent)
    assert len(planned) == 1, planned
    target, _, value = wanted.partition(" to ")
    assert target in planned[0], planned
    assert value in planned[0], planned


@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("scale ledger remover to 3", "remover"),  # no ledger-remover: never ledger
        ("restart gateway canary", "canary"),
        ("scale billing worker to 2", "worker"),
        # "backup" is a word the planner knows, but a CronJob billing-backup exists.
        ("scale billing backup to 2", "backup"),
        ("restart billing backup", "backup"),
    ],
)
def test_a_word_that_may_continue_a_name_is_asked(op: Operator, intent: str, word: str) -> None:
    question = _asks(op, intent)
    assert f"{word!r} follows it" in question or f"-{word} is another object" in question


def test_the_vocabulary_reads_function_words_and_verb_forms_not_name_parts() -> None:
    for word in ("both", "most", "forward", "disruption", "picked", "hitting", "builds"):
        assert followers.plain_word(word), word
    # (Round 15: "pool" after a workload's name is that workload, a load balancer's word:
    # lbwords.py; "the orders pool" is orders.)
    for word in ("remover", "cleaner", "canary", "gateway", "redis", "postgres"):
        assert not followers.plain_word(word), word


# ------------------------------------------------------------ containers and what it runs
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("billing's statsd container needs a 128Mi memory limit", "patch deployment/billing"),
        ("bump the queue exporter deployment to q/exporter:2", "container exporter in deploy"),
        ("restart the queue exporter", "deployment/queue"),
        ("restart the queue broker", "statefulset/queue"),
        ("restart the rabbitmq statefulset", "statefulset/queue"),
        ("give the rabbitmq pods 3 replicas", "statefulset/queue to 3"),
    ],
)
def test_a_workload_named_by_its_container_or_what_it_runs(
    op: Operator, intent: str, wanted: str
) -> None:
    planned = _ops(op, intent)
    assert len(planned) == 1, planned
    assert wanted in planned[0], planned


def test_what_it_runs_must_name_one_workload(op: Operator) -> None:
    question = _asks(op, "restart the memcached statefulset")
    assert "statefulset/sessions" in question
    assert "statefulset/fragments" in question
    assert "named 'nginx'" in _asks(op, "restart the nginx statefulset")
    # A sidecar is not what the workload runs: scaling "statsd" would scale billing's app too.
    assert "named 'statsd'" in _asks(op, "scale statsd to 3")


# ------------------------------------------------------------ label selectors in words
@pytest.mark.parametrize(
    "intent",
    [
        "scale every layer=core deployment to 3",
        "restart all layer=core workloads",
        "restart each core-layer deployment",
        "scale all core layer deployments to 3",
        "restart the deployments where layer=core",
    ],
)
def test_a_label_selector_said_in_words(op: Operator, intent: str) -> None:
    planned = _ops(op, intent)
    targets = sorted(re.search(r"\w+/[\w\-]+", s).group(0) for s in planned)  # type: ignore[union-attr]
    assert targets == ["deployment/billing", "deployment/ledger"], planned


def test_a_pair_that_is_set_is_no_selector(op: Operator) -> None:
    # "with key=value" after pods is what to set on them, not which to select.
    question = _asks(op, "annotate gateway pods with prometheus.io/scrape=true")
    assert "labelled" not in question
    assert "port" in question  # gateway has no port to scrape
    assert "layer=nowhere" in _asks(op, "restart every layer=nowhere deployment")


# ------------------------------------------------------------ several workloads, own values
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "scale ledger to 4 and gateway to 5",
            ["scale deployment/ledger to 4 replicas", "scale deployment/gateway to 5 replicas"],
        ),
        (
            "ship ghcr.io/x/billing:2.1 to billing, and l:2 to ledger",
            [
                "set image of container app in deployment/billing to ghcr.io/x/billing:2.1",
                "set image of container ledger in deployment/ledger to l:2",
            ],
        ),
        (
            "ledger and gateway both need a restart",
            ["restart the pods of deployment/ledger", "restart the pods of deployment/gateway"],
        ),
        (
            "gateway and ledger both to 2 replicas",
            ["scale deployment/gateway to 2 replicas", "scale deployment/ledger to 2 replicas"],
        ),
    ],
)
def test_several_workloads_each_with_its_value(
    op: Operator, intent: str, wanted: list[str]
) -> None:
    assert _ops(op, intent) == wanted


@pytest.mark.parametrize(
    "intent",
    [
        "scale ledger to 4 and gateway",  # no value for gateway
        "scale ledger to 4 and gateway to 5 and ledger to 6",  # ledger twice
        "delete ledger and gateway's pdb",  # deletions are never distributed
        "restart ledger, it talks to gateway",  # context, not a second target
    ],
)
def test_several_workloads_without_a_value_each_are_asked(op: Operator, intent: str) -> None:
    _asks(op, intent)


def test_a_statement_about_another_workload_lends_no_value(op: Operator) -> None:
    # "gateway handles 2 regions" says how gateway runs (statements.py: a rate or load is a
    # statement); its number is never gateway's count, and ledger is scaled as said.
    assert _ops(op, "scale ledger to 4, gateway handles 2 regions") == [
        "scale deployment/ledger to 4 replicas"
    ]
