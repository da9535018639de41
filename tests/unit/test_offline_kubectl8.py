"""Pasted kubectl commands and terse shell-style notes (issue 11, session 8, helper kubectl).

The rule: a pasted command is read by its verb's table of flags (:data:`kubectl.FLAGS`); what
it says is planned as kubectl would do it — a patch as that patch of that object, a CronJob as
the one ``kubectl create cronjob`` makes, a precondition checked against the live object, a dry
run said to change nothing unless applied after — and what kubectl would do silently but a
person rarely means (a container added by a typo, a merge patch replacing a list, a scheduled
delete) is asked, by name. The phrasings are this module's own.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


def patch(kind: str, name: str, body: object, kind_of: str = "") -> str:
    flag = f" --type={kind_of}" if kind_of else ""
    return f"kubectl patch {kind} {name}{flag} -p '{json.dumps(body, separators=(',', ':'))}'"


def template(**container: object) -> dict[str, object]:
    return {"spec": {"template": {"spec": {"containers": [container]}}}}


# --- kubectl patch: that patch, of that object -------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "target", "kind_of", "value"),
    [
        (
            patch("deployment", "my-api", template(name="api", imagePullPolicy="Always")),
            "Deployment/my-api",
            "strategic",
            '"imagePullPolicy": "Always"',
        ),
        (
            patch("cm", "my-api-config", {"data": {"LOG_LEVEL": "warn"}}),
            "ConfigMap/my-api-config",
            "strategic",
            '"LOG_LEVEL": "warn"',
        ),
        (
            patch("pdb", "orders", {"spec": {"minAvailable": 1}}, "merge"),
            "PodDisruptionBudget/orders",
            "merge",
            '"minAvailable": 1',
        ),
        (
            patch(
                "deploy",
                "worker",
                [{"op": "replace", "path": "/spec/replicas", "value": 3}],
                "json",
            ),
            "Deployment/worker",
            "json",
            '"value": 3',
        ),
        (
            patch(
                "sts",
                "postgres",
                {"spec": {"template": {"spec": {"terminationGracePeriodSeconds": 60}}}},
            ),
            "StatefulSet/postgres",
            "strategic",
            '"terminationGracePeriodSeconds": 60',
        ),
        (
            "kubectl patch deploy checkout -p 'spec: {minReadySeconds: 10}'",
            "Deployment/checkout",
            "strategic",
            '"minReadySeconds": 10',
        ),
    ],
)
def test_a_pasted_patch_is_that_patch_of_that_object(
    op: Operator, intent: str, target: str, kind_of: str, value: str
) -> None:
    proposal, body = plans(op, intent)
    [operation] = proposal.operations
    assert operation.kind == "patch"
    assert f"{operation.target.kind}/{operation.target.name}" == target
    assert operation.patch_type == kind_of
    assert value in body


def test_a_pasted_patch_of_the_pod_template_says_the_pods_roll(op: Operator) -> None:
    proposal, _ = plans(
        op,
        patch(
            "deploy",
            "payments",
            {"spec": {"template": {"spec": {"securityContext": {"runAsNonRoot": True}}}}},
        ),
    )
    assert "rolling update" in proposal.analysis
    assert "runAsNonRoot" in proposal.analysis


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        # A container the workload does not have: strategic merge would ADD it.
        (patch("deploy", "frontend", template(name="nginx", image="nginx:1.27")), "'nginx'"),
        # A merge patch replaces the whole containers list.
        (patch("deploy", "my-api", template(name="api", image="x:1"), "merge"), "whole list"),
        # A directive that deletes more than the fields given.
        (
            patch("deploy", "my-api", {"spec": {"template": {"spec": {"$patch": "replace"}}}}),
            "$patch",
        ),
        # Renaming the object, a JSON patch that removes a whole container, an unknown op.
        (patch("deploy", "my-api", {"metadata": {"name": "my-api-2"}}), "metadata.name"),
        (
            patch(
                "deploy",
                "my-api",
                [{"op": "remove", "path": "/spec/template/spec/containers/0"}],
                "json",
            ),
            "whole container",
        ),
        (
            patch("deploy", "my-api", [{"op": "move", "from": "/a", "path": "/b"}], "json"),
            "add, replace, remove",
        ),
        # An object that is not there, a body that is no patch, a patch from a file.
        (patch("deploy", "billing", {"spec": {"replicas": 2}}), "no Deployment 'billing'"),
        ("kubectl patch deploy my-api -p 'not json at all: ['", "could not read"),
        ("kubectl patch deploy my-api --patch-file=fix.yaml", "--patch-file"),
    ],
)
def test_what_a_patch_would_do_beyond_its_fields_is_asked(
    op: Operator, intent: str, named: str
) -> None:
    assert named in (asks(op, intent).question or "")


# --- the other verbs --------------------------------------------------------------------------


def test_current_replicas_is_a_precondition_checked_against_the_live_count(op: Operator) -> None:
    proposal, _ = plans(op, "kubectl scale deployment/payments --current-replicas=2 --replicas=4")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/payments in shop to 4 replicas"
    ]
    question = asks(op, "kubectl scale deploy frontend --current-replicas 5 --replicas 6").question
    assert "runs 3 replicas now" in (question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deploy/worker --replicas=2 --dry-run=client -o yaml   # then apply it",
        "kubectl set env deploy/my-api LOG_LEVEL=info --dry-run=server -o yaml"
        " | kubectl apply -f -",
        "kubectl autoscale deploy payments --min=2 --max=6 --dry-run=client -o yaml  # and apply",
    ],
)
def test_a_dry_run_applied_after_is_planned(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.operations


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deploy/worker --replicas=2 --dry-run=client -o yaml",
        "kubectl rollout restart deploy/worker --dry-run",
    ],
)
def test_a_dry_run_alone_is_said_to_change_nothing(op: Operator, intent: str) -> None:
    assert "nothing to plan" in (asks(op, intent).question or "")


def test_a_dry_run_said_not_to_be_applied_is_asked(op: Operator) -> None:
    # The comment is read (session 8: a comment is no longer dropped unread): it withholds.
    intent = "kubectl scale deploy/worker --replicas=2 --dry-run=client -o yaml   # don't apply yet"
    assert "don't apply yet" in (asks(op, intent).question or "")


def test_set_env_from_a_configmap_loads_it_whole(op: Operator) -> None:
    proposal, body = plans(op, "kubectl set env deployment/worker --from=configmap/shared-config")
    assert [o.target.name for o in proposal.operations] == ["worker"]
    assert '"configMapRef": {"name": "shared-config"}' in body
    assert "configmap/NAME" in (
        asks(op, "kubectl set env deploy/worker --from=secret/db").question or ""
    )


def test_rollout_restart_by_label_restarts_what_it_selects(op: Operator) -> None:
    proposal, _ = plans(op, "kubectl rollout restart deployments -l tier=frontend")
    assert [o.target.name for o in proposal.operations] == ["frontend"]
    assert "labelled app=billing" in (
        asks(op, "kubectl rollout restart deploy -l app=billing").question or ""
    )
    # Two pairs: a set the restart rule would not read exactly.
    assert "one label" in (
        asks(op, "kubectl rollout restart deploy -l tier=backend,app=orders").question or ""
    )


def test_scale_by_label_scales_what_it_selects(op: Operator) -> None:
    proposal, _ = plans(op, "kubectl scale deployment --selector tier=frontend --replicas=4")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/frontend in shop to 4 replicas"
    ]
    asks(op, "kubectl scale deploy -l app=billing --replicas=2")


def test_create_cronjob_is_the_cronjob_kubectl_makes(op: Operator) -> None:
    proposal, body = plans(
        op,
        "kubectl create cronjob mysql-nightly --image=mysql:8.4 --schedule='30 2 * * *' "
        "-- mysqldump -h mysql --all-databases",
    )
    [operation] = proposal.operations
    assert operation.target.kind == "CronJob"
    assert operation.target.name == "mysql-nightly"
    assert proposal.category == "backup"
    assert '"schedule": "30 2 * * *"' in body
    assert '"command": ["mysqldump", "-h", "mysql", "--all-databases"]' in body
    proposal, body = plans(
        op, "kubectl create cj weekly-report --image ghcr.io/acme/report:2.0 --schedule '0 6 * * 1'"
    )
    assert '"image": "ghcr.io/acme/report:2.0"' in body
    assert proposal.category == "cronjob"


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        (
            "kubectl create cronjob tidy --image=busybox --schedule=@daily"
            " -- sh -c 'rm -rf /data/*'",
            "deletes",
        ),
        (
            "kubectl create cronjob x --image=busybox --schedule='every night'",
            "not a cron schedule",
        ),
        ("kubectl create cronjob x --schedule='0 1 * * *'", "which image"),
    ],
)
def test_a_cronjob_not_read_whole_is_asked(op: Operator, intent: str, named: str) -> None:
    assert named in (asks(op, intent).question or "")


# --- terse notes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "every"),
    [
        ("# svc/my-api, port http, /metrics, 30s -> servicemonitor pls", "30s"),
        ("servicemonitor for frontend: port http, path /metrics, 1m", "1m"),
        ("frontend -> servicemonitor, /metrics on http, 20s", "20s"),
    ],
)
def test_a_bare_duration_in_a_terse_scrape_note_is_the_interval(
    op: Operator, intent: str, every: str
) -> None:
    _, body = plans(op, intent)
    assert f'"interval": "{every}"' in body


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("# my-api -> 1.4.1 pls", "ghcr.io/acme/my-api:1.4.1"),
        ("worker: -> 0.9.1", "ghcr.io/acme/worker:0.9.1"),
        ("cache proxy -> 1.0.1 asap", "ghcr.io/acme/cache-proxy:1.0.1"),
        ("frontend => 2.1.1", "ghcr.io/acme/frontend:2.1.1"),
    ],
)
def test_a_terse_note_of_a_name_going_to_a_full_version_is_an_update(
    op: Operator, intent: str, image: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert f'"{image}"' in body


# ("frontend to 3" is a scale since round 17, chat.verbless: frontend's tags are dotted versions.)
@pytest.mark.parametrize("intent", ["frontend to v3", "roll checkout to 1.0.0 and 1.1.0"])
def test_a_terse_note_without_a_full_version_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "kind_of"),
    [
        # The note names the object ("netpol"); what it says of egress and DNS is the request.
        ("# worker egress -> postgres:5432 + dns only. netpol pls", "egress"),
        ("netpol pls: my-api egress only to postgres on 5432 and dns", "my-api-egress"),
        ("netpol for worker: egress to postgres on 5432 and dns, nothing else", "worker-egress"),
        # An allow-list said with the same word stays security's.
        ("netpol so only frontend may reach payments", "allow-from-frontend"),
    ],
)
def test_a_netpol_note_is_read_by_what_it_says(op: Operator, intent: str, kind_of: str) -> None:
    proposal, _ = plans(op, intent)
    [operation] = proposal.operations
    assert operation.target.kind == "NetworkPolicy"
    assert kind_of in operation.target.name
