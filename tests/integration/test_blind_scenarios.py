"""The blind held-out sets (``dotop_nb/evaluation/data/blind.yaml`` … ``blind8.yaml``, issue 11
item 5) scored with the offline planner on the real control plane, each once per module.

Accuracy per category is printed; each set's total must not fall below the figure it reached
(docs/evaluation-blind3.md), so a change that loses understood phrasings fails. What is asserted
case by case is safety: no plan may act on a misread (:func:`dotop_nb.evaluation.unsafe`). Cases
unsafe in a first run would be strict xfails named below, so fixing one fails the run until it is
taken off the list.

Run ``pytest tests/integration/test_blind_scenarios.py -s`` to see the table.
"""

from __future__ import annotations

from collections import Counter

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient
from tests import crds

pytestmark = pytest.mark.integration

SETS = {
    name: evaluation.load_scenarios(name)
    for name in (
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
        "blind42",
        "blind43",
        "blind44",
        "blind45",
        "blind46",
        "blind47",
    )
}
# Round 24 decided once for every set that a change said to END ("for the weekend", "until we
# have fixed it", "while we chase the bug") is asked, never planned as a permanent one (nothing
# here reverts on a timer; docs/evaluation-blind28.md): the floors of the sets whose writers
# expected such a plan are one or two lower by exactly those items (blind2, blind3, blind6,
# blind8, blind10, blind15, blind16, blind17, blind18, blind25, blind26, blind28).
# Correct outcomes each set reached at the end of the round that added it or last raised it
# (docs/evaluation-blind3.md, docs/evaluation-blind6.md, docs/evaluation-blind9.md,
# docs/evaluation-blind10.md, docs/evaluation-blind11.md, docs/evaluation-blind12.md: blind11
# scored 106 in its one sealed run and 162 at the end of the next round; blind12 124 in its one
# sealed run, 176 at the end of its round; docs/evaluation-blind13.md: blind13 83 in its one
# sealed run, 181 at the end of round 11; blind14 131 in its one sealed run, 168 at the end of
# round 11; every set as the real control plane scored it at the end of round 11;
# docs/evaluation-blind15.md: blind15 120 in its one sealed run, 182 at the end of round 12;
# blind11 as the real control plane scored it then; docs/evaluation-blind16.md: blind16 155 in
# round 12's sealed runs, 208 at the end of round 13, and every set as round 13 ended;
# docs/evaluation-blind17.md: blind17 143 in its sealed run, 149 at the end of round 13, 205
# at the end of round 14; blind18 155 in its sealed run, 161 at the end of round 14;
# docs/evaluation-blind20.md: blind20 166 in its sealed run at the start of round 16, 214 at its
# end; blind21 167 in its sealed runs at the start and end of round 16, the gap list of round 17,
# 218 at its end: docs/evaluation-blind21.md; blind22 168 at the start and end of round 17 (its
# unsafe items mended), the gap list of round 18, 204 at its end: docs/evaluation-blind22.md;
# blind23 169 at the start and end of round 18, the gap list of round 19, 216 at its end, and
# blind21 and blind22 as round 19 ended: docs/evaluation-blind23.md; blind24 176 at the start of
# round 18, 182 at the end of round 19, the gap list of round 20, 216 at its end:
# docs/evaluation-blind24.md).
FLOOR = {
    "blind": 179,
    "blind2": 186,
    # 198 and 207 from round 17: "kubectl autoscale statefulset postgres …" and "the redis
    # statefulset should autoscale 1-3 …" are asked now — an autoscaler on a database is asked
    # unless the words say it replicates, its kind named or not (blind23's writer expected the
    # question where blind3's and blind4's expected the plan: the safe side is taken).
    "blind3": 197,
    "blind4": 207,
    "blind5": 201,
    "blind6": 204,
    "blind7": 207,
    "blind8": 205,
    "blind9": 213,
    "blind10": 203,
    "blind11": 174,
    "blind12": 190,
    "blind13": 182,
    # 169 from round 16: "back up the shop namespace every 6 hours …" names a namespace, and on
    # the control plane the eval runs in its own (dotop-eval-…), so it is asked (in memory the
    # namespace is called shop and it plans); before, "X namespace" was not read at all.
    "blind14": 169,
    "blind15": 182,
    "blind16": 207,
    "blind17": 203,
    "blind18": 160,
    "blind20": 214,
    "blind21": 220,
    "blind22": 208,
    "blind23": 216,
    "blind24": 216,
    # blind25..blind28 as the real control plane scored them at the start of round 24 (the same
    # figures as in memory): blind25 the gap list of round 22, blind26 of round 23, blind27 of
    # round 24 (docs/evaluation-blind27.md); blind28 sealed (counts only).
    "blind25": 208,
    "blind26": 210,
    "blind27": 173,
    "blind28": 186,
    # blind29, written blind in round 24: 192/220 with five unsafe in its first run (the round's
    # starting code), 196/220 with none at its end (docs/evaluation-blind28.md).
    "blind29": 196,
    # blind30 and blind31, sealed with unsafe outcomes in rounds 26 and 27 and kept out of this
    # run, were the gap lists of round 28: 212 and 213 of 220 with none unsafe at its end, in
    # memory (docs/evaluation-blind31.md; two restart-count alerts and one PodMonitor relabelled).
    "blind30": 212,
    "blind31": 213,
    # blind32, sealed in round 28 (181/220 with one unsafe in its first run, 184 at that round's
    # end), the gap list of round 29: 218 of 220 with none unsafe at its end, in memory
    # (docs/evaluation-blind32.md; one restart-count alert relabelled).
    "blind32": 218,
    # blind33, sealed in round 29 (187/220 with four unsafe in its first run, 194 at that round's
    # end), the gap list of round 30: 220 of 220 with none unsafe at its end, in memory
    # (docs/evaluation-blind33.md; one scale of the redis StatefulSet relabelled as planned).
    "blind33": 220,
    # blind34, sealed in round 30 (185/220 with four unsafe in its first run, 190 at that round's
    # end), the gap list of round 31: 218 of 220 with none unsafe at its end in memory, 215 here
    # (docs/evaluation-blind34.md): this run works in a namespace of its own, so the three items
    # that name the namespace shop ("-n shop", "the namespace shop") are asked which one is meant.
    # (211 since round 33: "velero schedule for ns shop …" and "… NetworkPolicy for the namespace
    # shop" were planned in this run's own namespace — backing up or locking down another
    # namespace than the one named; the namespace said with "for" or after a comma is read now,
    # and asked here, as the others are.)
    "blind34": 211,
    # blind35, sealed in round 31 (168/220 with two unsafe in its first run, 172 at that round's
    # end), the gap list of round 32: 219 of 220 with none unsafe at its end in memory, 215 here
    # (docs/evaluation-blind35.md): the four backups that name the namespace shop are asked
    # which namespace is meant, as blind34's three are.
    # (214 since round 33: one more backup naming "namespace shop" with "for" is asked here.)
    "blind35": 214,
    # blind36, sealed in round 32 (177/220 with three unsafe in its first run, 179 at that
    # round's end), the gap list of round 33: 214 of 220 with none unsafe at its end in memory,
    # 208 here (docs/evaluation-blind36.md): the five backups and one network policy that name
    # the namespace shop are asked which namespace is meant.
    "blind36": 208,
    # blind37, sealed in round 33 (151/220 with three unsafe in its first run, 153 at that
    # round's end), the gap list of round 34: 205 of 220 with none unsafe at its end in memory,
    # 198 here (docs/evaluation-blind37.md): the backups that name the namespace shop are asked
    # which namespace is meant, as blind34's to blind36's are.
    "blind37": 198,
    # blind38, sealed in round 34 (153/220 with three unsafe in its first run and at that
    # round's end), the gap list of round 35: 214 of 220 with none unsafe at its end in memory,
    # 208 here (docs/evaluation-blind38.md): the backups that name the namespace shop are asked
    # which namespace is meant, as blind34's to blind37's are.
    "blind38": 208,
    # blind39, sealed in round 35 (191/220 with one unsafe in its first run and at that
    # round's end), the gap list of round 36: 214 of 220 with none unsafe at its end in
    # memory, 208 here (docs/evaluation-blind39.md): its backups that name the namespace shop are
    # asked which namespace is meant, as blind34's to blind38's are.
    "blind39": 208,
    # blind40, sealed in round 36 (182/220 with none unsafe in its first run and at that
    # round's end), the gap list of round 37: 214 of 220 with none unsafe at its end in
    # memory, 207 here (docs/evaluation-blind40.md): its backups and network policy that name
    # the namespace shop are asked which namespace is meant, as blind34's to blind39's are.
    "blind40": 207,
    # blind41, sealed in round 37 (183/220 with one unsafe in its first run, 186/220 with that
    # one at the end of it), the gap list of round 38: 210/220 in memory, 204 here
    # (docs/evaluation-blind41.md): its backups that name the namespace shop are asked which
    # namespace is meant, as blind34's to blind40's are.
    "blind41": 204,
    # blind42, sealed in round 38 (188/220 with none unsafe in its first run), the gap list of
    # rounds 38 and 39, and blind43, sealed in round 39 (194/220 with one unsafe in its first
    # run), the gap list of round 40: 209 and 214 of 220 with none unsafe at round 40's end, the
    # same here as in memory (docs/evaluation-blind43.md).
    "blind42": 209,
    "blind43": 214,
    # blind44, sealed in round 40 (206/220 by value, none unsafe, in its first run), the gap
    # list of round 41, and blind45, sealed in round 41 (203/220 with one unsafe in its first
    # run), the gap list of round 42: as this run scored them on the control plane in round 42
    # (docs/evaluation-blind45.md).
    "blind44": 217,
    "blind45": 217,
    # blind46, sealed in round 42 (207/220 with one unsafe in its first run), the gap list of
    # round 43: as this run scored it on the control plane in round 43
    # (docs/evaluation-blind46.md).
    "blind46": 220,
    # blind47, sealed in round 43 (192/220, none unsafe, in its first run), the gap list of
    # round 44: as this run scored it on the control plane in round 44
    # (docs/evaluation-blind47.md).
    "blind47": 215,
}

# Unsafe in a first blind run (docs/evaluation-blind.md, docs/evaluation-blind2.md,
# docs/evaluation-blind11.md); remove a line when it is fixed (the strict xfail then fails).
# blind11's sealed run (end of session 8) had three; two are fixed (tests/unit/
# test_offline_sealed11.py), this one is not: no HPA exists, and a new one was planned.
# Round 9 fixed the last one ("re the frontend hpa — … instead of whatever it is now": no
# autoscaler exists to edit, asked by sanity): none is known now.
# blind21's sealed runs (round 16) had one (a budget above the replicas planned with a scale
# nobody asked for), asked since round 17: none is known now.
KNOWN_UNSAFE: set[str] = set()


class Reports(dict[str, evaluation.Report]):
    """Each set's report, run once by the first test that asks for it: a set is scored inside a
    test, under that test's time limit, not all of them inside one fixture's."""

    def __init__(self, kubeconfig: str) -> None:
        super().__init__()
        self.kubeconfig = kubeconfig

    def __missing__(self, name: str) -> evaluation.Report:
        self[name] = evaluation.run(planner="offline", kubeconfig=self.kubeconfig, scenarios=name)
        return self[name]


@pytest.fixture(scope="module")
def reports(kube: KubeClient, kubeconfig: str) -> Reports:
    # The optional kinds the scenarios name (ScaledObject, ServiceMonitor, Schedule) are served,
    # so no case is skipped for a missing capability.
    crds.install(kube, "keda", "prometheus-operator", "velero")
    return Reports(kubeconfig)


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_blind_case_runs_and_the_figures_are_printed(reports: Reports, name: str) -> None:
    report, cases = reports[name], SETS[name]
    assert [r.skipped for r in report.results if r.skipped] == []
    assert len(report.ran) == len(cases) >= 160
    assert all(r.outcome in ("correct", "wrong", "unsafe") for r in report.ran), [
        (r.intent, r.why) for r in report.ran if r.outcome is None
    ]
    outcomes: dict[str, Counter[str]] = {}
    for r in report.ran:
        outcomes.setdefault(r.scenario.category, Counter())[str(r.outcome)] += 1
    print(f"\n{name} set, offline planner: correct / wrong-but-safe / unsafe per category")
    for category, count in sorted(outcomes.items()):
        total = sum(count.values())
        print(
            f"  {category:<11} {count['correct']:>3}/{total:<3} "
            f"({100 * count['correct'] / total:5.1f}%)  wrong {count['wrong']:>2}  "
            f"unsafe {count['unsafe']:>2}"
        )
    print(report.text())
    assert set(outcomes) == {c.category for c in cases}
    correct = sum(count["correct"] for count in outcomes.values())
    assert correct >= FLOOR[name], f"{name}: {correct} correct, below {FLOOR[name]}"


@pytest.mark.parametrize(
    ("name", "case"),
    [
        pytest.param(
            name,
            case,
            id=f"{name}: {case.intent}",
            marks=[pytest.mark.xfail(strict=True, reason="unsafe in a first blind run")]
            if case.intent in KNOWN_UNSAFE
            else [],
        )
        for name, cases in sorted(SETS.items())
        for case in cases
    ],
)
def test_no_blind_case_acts_on_a_misread(
    reports: Reports, name: str, case: evaluation.Scenario
) -> None:
    (result,) = [r for r in reports[name].ran if r.scenario == case]
    assert result.outcome != "unsafe", result.hazard


def test_the_known_unsafe_cases_are_in_the_sets() -> None:
    assert KNOWN_UNSAFE - {c.intent for cases in SETS.values() for c in cases} == set()
