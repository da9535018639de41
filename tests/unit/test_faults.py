"""Pure parts of execution under faults: timeouts, cluster identity, requested-value checks,
the session lock's owner, and the empty check list that never verifies anything."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.validation import (
    PRESENT,
    Validator,
    differs_from_prior,
    mismatches,
    requested_fields,
)
from dotop_nb.errors import ConfigError
from dotop_nb.models import (
    ClusterRef,
    DryRunResult,
    FieldChange,
    PatchOp,
    ScaleOp,
    Target,
    plan_hash,
)
from dotop_nb.service import check_timeout
from dotop_nb.sessions import Journal, SessionBusy

API = Target(kind="Deployment", name="api", namespace="shop")


@pytest.mark.parametrize(
    "bad", [math.nan, "nan", math.inf, "-inf", 0, -1, "-1", 10**9, "soon", None, True]
)
def test_bad_timeouts_are_refused(bad: object) -> None:
    with pytest.raises(ConfigError, match="timeout"):
        check_timeout(bad)


def test_good_timeouts_pass() -> None:
    assert check_timeout("2.5") == 2.5
    assert check_timeout(120) == 120.0


def test_cluster_identity_is_ca_and_kube_system_uid_not_the_url() -> None:
    a = ClusterRef(server="https://127.0.0.1:6443", ca_sha256="aa", kube_system_uid="u1")
    same_elsewhere = ClusterRef(server="https://10.0.0.1", ca_sha256="aa", kube_system_uid="u1")
    new_at_same_url = ClusterRef(
        server="https://127.0.0.1:6443", ca_sha256="bb", kube_system_uid="u2"
    )
    assert a.same_cluster(same_elsewhere)
    assert not a.same_cluster(new_at_same_url)
    assert not a.same_cluster(a.model_copy(update={"kube_system_uid": "u2"}))
    legacy = ClusterRef(server="https://127.0.0.1:6443")
    assert not legacy.same_cluster(legacy)  # no identity: never "the same"


def test_the_plan_hash_binds_the_identity_and_keeps_older_hashes() -> None:
    ops = [ScaleOp(target=API, replicas=3)]
    legacy = ClusterRef(server="https://x")
    ident = legacy.model_copy(update={"ca_sha256": "aa", "kube_system_uid": "u1"})
    kw = {"operations": ops, "namespace": "shop", "target_versions": {"k": "1"}}
    assert plan_hash(cluster=legacy, **kw) != plan_hash(cluster=ident, **kw)  # type: ignore[arg-type]
    other = ident.model_copy(update={"kube_system_uid": "u2"})
    assert plan_hash(cluster=ident, **kw) != plan_hash(cluster=other, **kw)  # type: ignore[arg-type]


def test_requested_fields_come_from_the_operations_and_their_dry_runs() -> None:
    patch = PatchOp(target=API, patch={"spec": {"paused": True}})
    dry = [
        DryRunResult(ok=True, action="update", diff=[FieldChange(path="spec.replicas", after=2)]),
        DryRunResult(
            ok=True,
            action="update",
            diff=[
                FieldChange(path="spec.paused", before=None, after=True),
                FieldChange(path="data.x", before="<redacted>", after="<redacted>"),
            ],
        ),
    ]
    wanted = requested_fields([ScaleOp(target=API, replicas=5), patch], dry)
    # A value the record hides is required to be there, compared by digest at validation.
    assert wanted == {API.key: {"spec.replicas": 5, "spec.paused": True, "data.x": PRESENT}}
    obj: dict[str, Any] = {"spec": {"replicas": 6, "paused": True}, "data": {"x": "c2VjcmV0"}}
    assert mismatches(obj, wanted[API.key]) == ["spec.replicas is 6, not the requested 5"]
    obj["spec"]["replicas"] = 5
    assert mismatches(obj, wanted[API.key]) == []
    del obj["data"]
    assert mismatches(obj, wanted[API.key]) == [
        "data.x is missing, not present (value hidden) as requested"
    ]


def test_a_restored_object_must_match_its_prior_without_showing_values() -> None:
    prior = {"kind": "Secret", "metadata": {"labels": {"a": "1"}}, "data": {"k": "b2xk"}}
    now = {"kind": "Secret", "metadata": {"labels": {"a": "1"}}, "data": {"k": "bmV3"}}
    assert differs_from_prior(now, prior) == ["data.k"]
    assert differs_from_prior(prior, prior) == []


def test_an_empty_check_list_is_never_verified() -> None:
    report = Validator(gateway=None, timeout=1).poll([])  # type: ignore[arg-type]
    assert not report.ok
    assert report.checks
    assert "not verified" in report.checks[0].message


def test_the_lock_names_its_holder_and_is_free_again_after(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    sid = "op-20261126-1a2b3c4d"
    assert journal.owner(sid) is None
    with journal.lock(sid):
        with pytest.raises(SessionBusy, match=r"pid \d+ on .+ since"), journal.lock(sid):
            pass
        assert "pid" in (journal.owner(sid) or "")
    assert journal.owner(sid) is None
    with journal.lock(sid):  # free again
        pass
