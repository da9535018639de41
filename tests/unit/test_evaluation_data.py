"""The evaluation's data files: the scenarios and the shop they plan against ship as package
data, load into the namespace asked for, and agree with each other."""

from __future__ import annotations

from dotop_nb import evaluation

# Operations that act on an object that must already be there.
ON_EXISTING = {"scale", "set_image", "rollout_undo", "rollout_restart", "patch", "delete"}


def _shop(ns: str) -> list[dict]:
    return evaluation.shop_manifests(ns) + evaluation.checkout_revisions(ns)


def test_the_shop_loads_into_the_namespace_asked_for() -> None:
    manifests = _shop("dotop-eval-x")
    assert {m["metadata"]["namespace"] for m in manifests} == {"dotop-eval-x"}
    names = [(m["kind"], m["metadata"]["name"]) for m in evaluation.shop_manifests("n")]
    assert (
        len(names) == len(set(names)) == 17
    )  # orders, its ConfigMap and its PDB: the coverage scenarios
    assert ("Deployment", "my-api") in names
    assert ("StatefulSet", "postgres") in names
    # Each call is a fresh copy: one namespace's shop never leaks into another's.
    assert evaluation.shop_manifests("a")[0]["metadata"]["namespace"] == "a"


def test_checkout_has_two_revisions_that_differ_only_in_the_image() -> None:
    first, second = evaluation.checkout_revisions("n")
    images = [r["spec"]["template"]["spec"]["containers"][0].pop("image") for r in (first, second)]
    assert images == ["ghcr.io/acme/checkout:1.0.0", "ghcr.io/acme/checkout:1.1.0"]
    assert first == second


def test_the_scenarios_ship_in_the_package_and_name_objects_the_shop_has() -> None:
    path = evaluation.scenarios_path()
    assert path.parts[-3:] == ("evaluation", "data", "intents.yaml")
    cases = evaluation.load_scenarios()
    assert {c.split for c in cases} == {"dev", "holdout"}
    shop = {(m["kind"], m["metadata"]["name"]) for m in _shop("n")}
    checked = 0
    for case in cases:
        for want in case.expect if case.expect != "clarify" else []:
            kind, _, name = str(want["target"]).partition("/")
            if want["kind"] in ON_EXISTING and not set("*?[") & set(kind + name):
                assert (kind, name) in shop, (case.intent, want)
                checked += 1
    assert checked > 30
