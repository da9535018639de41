"""The knowledge base: pattern and policy folders, indexed (in memory, or in Qdrant when one is
configured), searched by hybrid score.

Cheap to construct; the folders are read and indexed on first use (and re-indexed, incrementally,
when their files change). Search fuses three scores, each exposed on the :class:`Hit`:

- ``vector``: cosine similarity of query and document embeddings (the index: in memory,
  :mod:`~dotop_nb.knowledge.memory`, or Qdrant, :mod:`~dotop_nb.knowledge.store`);
- ``keyword``: BM25F over name, triggers, description, category and body (in memory);
- ``trigger``: the query contains the document's trigger phrases.

``score = 0.45 · vector / best vector + 0.35 · keyword + 0.20 · trigger`` (the vector score is
taken relative to the best one of the query so that embedders with different similarity ranges
fuse alike).

Example::

    kb = KnowledgeBase.from_env()
    [hit, *_] = kb.search("make checkout survive a node failure", kind="pattern")
    hit.id, hit.scores      # ('stateless-ha', {'vector': 0.41, 'keyword': 0.52, ...})
    hit.document["recommendation"]["min_replicas"]   # 3
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml

from dotop_nb import lexical as analysis
from dotop_nb.knowledge.documents import (
    HINT,
    KINDS,
    Document,
    Kind,
    Loaded,
    Problem,
    load_folder,
    parse,
    yaml_files,
)
from dotop_nb.knowledge.embeddings import Embedder, embedder_name, make_embedder
from dotop_nb.knowledge.errors import KnowledgeError, PatternError
from dotop_nb.knowledge.keyword import KeywordIndex
from dotop_nb.knowledge.location import Location, Stored, point_id
from dotop_nb.settings import IMPLICIT_PATTERNS, setting

Mode = Literal["hybrid", "vector", "keyword"]
_ENV = {"pattern": "DOTOP_PATTERNS", "policy": "DOTOP_POLICIES"}  # named in hints only
WEIGHTS = {"vector": 0.45, "keyword": 0.35, "trigger": 0.20}
# Aliases: inside KnowledgeBase, `list` is the method.
Documents = list[Document]
Problems = list[Problem]


@dataclass(frozen=True)
class Hit:
    """One search result. ``document`` is the body a planner receives (``PlanRequest.patterns``)."""

    kind: Kind
    id: str
    name: str
    score: float
    scores: dict[str, float]
    document: dict[str, Any]
    source: str

    def __str__(self) -> str:
        parts = " ".join(f"{k} {v:.2f}" for k, v in self.scores.items())
        return f"{self.score:.3f}  {self.kind}/{self.id}  {self.name}  ({parts})"


Hits = list[Hit]


class Store(Protocol):
    """A vector index: :class:`~dotop_nb.knowledge.memory.MemoryStore` (in memory, the default)
    or :class:`~dotop_nb.knowledge.store.VectorStore` (Qdrant: a local folder or a server)."""

    def stored(self) -> dict[str, Stored]: ...

    def upsert(self, items: Sequence[tuple[str, list[float], str, str]]) -> None: ...

    def delete(self, point_ids: Sequence[str]) -> None: ...

    def query(
        self,
        vector: list[float],
        *,
        kind: str | None = None,
        keys: Sequence[str] | None = None,
        limit: int = 10,
    ) -> list[tuple[str, float]]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SyncReport:
    """What a sync changed in the index."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    seconds: float = 0.0

    @property
    def embedded(self) -> int:
        return len(self.added) + len(self.updated)

    def __str__(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged ({self.seconds * 1000:.0f} ms)"
        )


@dataclass(frozen=True)
class Relevance:
    """When a hit is relevant enough to show a planner (see :meth:`KnowledgeBase.retrieve`)."""

    ratio: float = 0.6
    """Its score is at least this share of the best hit's."""
    min_keyword: float = 0.3
    """Its keyword score (BM25F, 0-1) reaches this, or one of its trigger phrases matched."""


RELEVANCE = Relevance()


def relevant(hits: Hits, rule: Relevance = RELEVANCE) -> Hits:
    """``hits`` (best first) without those below ``rule``."""
    if not hits:
        return []
    floor = rule.ratio * hits[0].score
    return [
        h
        for h in hits
        if h.score >= floor
        and (h.scores.get("trigger", 0.0) > 0 or h.scores.get("keyword", 0.0) >= rule.min_keyword)
    ]


class KnowledgeBase:
    """Patterns and policies from their folders, searchable.

    ``patterns`` / ``policies``: folders (``policies`` may be ``"none"``; default: the settings
    ``patterns`` / ``policies``, see :mod:`dotop_nb.settings`; only the implicit ``./patterns``
    and ``./policies`` may be missing). ``embedder``: an
    :class:`Embedder` or a name (default ``$DOTOP_EMBEDDER``, else ``hashing``). ``location``:
    where the index lives (default :meth:`Location.from_env`). ``collection``: the Qdrant
    collection (default the location's, ``$DOTOP_QDRANT_COLLECTION``, else one per embedder).
    """

    def __init__(
        self,
        *,
        patterns: Path | None = None,
        policies: Path | str | None = None,
        embedder: Embedder | str | None = None,
        location: Location | None = None,
        collection: str | None = None,
    ) -> None:
        self.folders: dict[Kind, Path | None] = {
            "pattern": _folder("pattern", patterns),
            "policy": _folder("policy", policies),
        }
        if embedder is None or isinstance(embedder, str):
            embedder = embedder_name(embedder)  # a wrong name fails now, not at a first search
        self._embedder_choice = embedder
        self._embedder: Embedder | None = embedder if not isinstance(embedder, str | None) else None
        self.location = location or Location.from_env()
        self._collection = _collection_name(collection or self.location.collection)
        self._store: Store | None = None
        self._documents: dict[str, Document] | None = None
        self._keywords: KeywordIndex | None = None
        self._indexed: tuple[Any, ...] | None = None

    @classmethod
    def from_env(
        cls,
        *,
        patterns: Path | None = None,
        policies: Path | str | None = None,
        embedder: Embedder | str | None = None,
    ) -> KnowledgeBase:
        """The knowledge base the environment describes (folders, embedder, Qdrant location).
        Cheap: nothing is read until the first search."""
        return cls(patterns=patterns, policies=policies, embedder=embedder)

    # ------------------------------------------------------------------------------ lifecycle
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            choice = self._embedder_choice
            self._embedder = make_embedder(choice if isinstance(choice, str) else None)
        return self._embedder

    @property
    def collection(self) -> str:
        return self._collection or f"dotop-knowledge-{self.embedder.name}"

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
            self._indexed = None

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ reading
    def list(self, kind: Kind | None = None) -> Documents:
        """The documents (of ``kind``), patterns first, each kind in file and document order.
        Raises :class:`PatternError` if any file is invalid."""
        return [d for d in self._load().values() if kind is None or d.kind == kind]

    def show(self, id: str, *, kind: Kind | None = None) -> Document:
        """The document with this id (patterns before policies when both use it)."""
        for document in self.list(kind):
            if document.id == id:
                return document
        known = ", ".join(d.id for d in self.list(kind)) or "none"
        raise KnowledgeError(
            f"no {kind or 'pattern or policy'} with id {id!r} (known: {known})",
            hint="`dotop-nb patterns list` and `dotop-nb policies list` show the ids",
        )

    def validate(self, kind: Kind | None = None) -> Problems:
        """Every problem in every file (of ``kind``); empty when all are valid. Policies are
        checked only as far as search needs them (``dotop_nb.policy`` checks the rest)."""
        return [p for k in _kinds(kind) for p in self._read(k).problems]

    def add(self, path: Path, *, replace: bool = False) -> Documents:
        """Validate a pattern file and copy it into the pattern folder; returns its patterns.

        Refused (nothing copied) if the file is invalid, if one of its ids is used by another
        file, or if a file of that name exists (unless ``replace``).
        """
        folder = self.folders["pattern"] or IMPLICIT_PATTERNS
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise KnowledgeError(f"{path}: cannot be read ({e})", hint="check the path") from e
        if path.suffix not in (".yaml", ".yml"):
            raise KnowledgeError(
                f"{path}: a pattern file ends in .yaml or .yml", hint="rename the file"
            )
        target = folder / path.name
        parsed = parse(text, kind="pattern", source=str(path))
        parsed.raise_first()
        if not parsed.documents:
            raise PatternError(f"{path}: holds no pattern", hint=HINT.format(source=path))
        if target.exists() and not replace:
            raise KnowledgeError(
                f"{target} exists already", hint="pass replace=True (--replace) to overwrite it"
            )
        others = self._read("pattern") if folder.is_dir() else Loaded()
        taken = {d.id: d.source for d in others.documents if Path(d.source) != target}
        for document in parsed.documents:
            if document.id in taken:
                raise PatternError(
                    f"{path}: pattern id {document.id!r} is used already, in {taken[document.id]}",
                    hint="give the pattern its own id, or change that file instead",
                )
        folder.mkdir(parents=True, exist_ok=True)
        self.folders["pattern"] = folder
        partial = target.with_name(f".{target.name}.partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
        self._documents = None
        return parse(text, kind="pattern", source=str(target)).documents

    # ------------------------------------------------------------------------------ indexing
    def sync(self) -> SyncReport:
        """Bring the index up to date: embed and upsert new or changed documents (by content
        digest), delete removed ones. Raises :class:`PatternError` if any file is invalid."""
        started = time.perf_counter()
        self._documents = None
        documents = self._load()
        store = self._open()
        stored = store.stored()
        wanted = {point_id(key): doc for key, doc in documents.items()}
        changed = [
            d for pid, d in wanted.items() if pid not in stored or stored[pid].digest != d.digest
        ]
        removed = [pid for pid in stored if pid not in wanted]
        if changed:
            vectors = self.embedder.embed([d.text for d in changed])
            store.upsert(
                [(d.key, v, d.digest, d.kind) for d, v in zip(changed, vectors, strict=True)]
            )
        store.delete(removed)
        self._keywords = KeywordIndex(list(documents.values()))
        self._indexed = self._fingerprint()
        return SyncReport(
            added=[d.key for d in changed if point_id(d.key) not in stored],
            updated=[d.key for d in changed if point_id(d.key) in stored],
            removed=sorted(stored[pid].key for pid in removed),
            unchanged=len(wanted) - len(changed),
            seconds=time.perf_counter() - started,
        )

    def _open(self) -> Store:
        if self._store is None:
            if self.location.path is None and self.location.url is None:
                # In memory: exact cosine in this process, without qdrant-client (see
                # dotop_nb.knowledge.memory; the same results, seconds less to start).
                from dotop_nb.knowledge.memory import MemoryStore  # noqa: PLC0415

                self._store = MemoryStore(dimension=self.embedder.dimension)
                return self._store
            # Imported here: qdrant-client takes seconds to import, and listing, showing,
            # validating documents or an in-memory index do not need it.
            from dotop_nb.knowledge.store import VectorStore  # noqa: PLC0415

            self._store = VectorStore(
                self.location, collection=self.collection, dimension=self.embedder.dimension
            )
        return self._store

    def _fingerprint(self) -> tuple[Any, ...]:
        stats: list[Any] = []
        for kind in KINDS:
            folder = self.folders[kind]
            if folder is None or not folder.is_dir():
                stats.append((kind, None))
                continue
            for path in yaml_files(folder):
                st = path.stat()
                stats.append((kind, path.name, st.st_mtime_ns, st.st_size))
        return tuple(stats)

    # ------------------------------------------------------------------------------ search
    def search(
        self, query: str, *, kind: Kind | None = None, k: int = 5, mode: Mode = "hybrid"
    ) -> Hits:
        """The ``k`` best documents (of ``kind``) for a query, best first.

        ``mode``: ``hybrid`` (default), or ``vector`` / ``keyword`` alone (for comparison).
        Indexes first if the folders changed since the last sync.

        Example::

            kb.search("nightly backups for postgres", kind="pattern", k=3)
        """
        if mode not in ("hybrid", "vector", "keyword"):
            raise KnowledgeError(f"unknown search mode {mode!r}", hint="hybrid, vector or keyword")
        if self._store is None:
            # No documents, nothing to find: the vector store (a slow import) is not opened.
            # Read afresh each time: a document added since is found by the next search.
            self._documents = None
            if not self._load():
                return []
        if self._indexed is None or self._indexed != self._fingerprint():
            self.sync()
        documents = self._load()
        keywords = self._keywords
        assert keywords is not None  # set by sync
        lexical = keywords.scores(analysis.terms(query), analysis.stems(query), kind=kind)
        pool = len(lexical)
        if not pool or k < 1:
            return []
        vector: dict[str, float] = {}
        if mode != "keyword":
            [qv] = self.embedder.embed([query])
            store = self._open()
            depth = min(pool, max(4 * k, 32))
            vector = dict(store.query(qv, kind=kind, limit=depth))
            if mode == "hybrid":
                best_lexical = sorted(lexical, key=lambda key: -sum(lexical[key]))[:depth]
                missing = [key for key in best_lexical if key not in vector]
                vector.update(store.query(qv, kind=kind, keys=missing, limit=len(missing)))
        best_vector = max([v for v in vector.values() if v > 0], default=1.0)
        hits: Hits = []
        for key in vector if mode == "vector" else lexical:
            document = documents.get(key)
            if document is None:  # stale point of a document removed meanwhile
                continue
            kw, trig = lexical.get(key, (0.0, 0.0))
            cos = vector.get(key, 0.0)
            if mode == "vector":
                score = cos
            elif mode == "keyword":
                score = (WEIGHTS["keyword"] * kw + WEIGHTS["trigger"] * trig) / (
                    WEIGHTS["keyword"] + WEIGHTS["trigger"]
                )
            else:
                score = (
                    WEIGHTS["vector"] * max(cos, 0.0) / best_vector
                    + WEIGHTS["keyword"] * kw
                    + WEIGHTS["trigger"] * trig
                )
            scores = {"vector": round(cos, 4), "keyword": round(kw, 4), "trigger": round(trig, 4)}
            hits.append(
                Hit(
                    kind=document.kind,
                    id=document.id,
                    name=document.name,
                    score=round(score, 4),
                    scores=scores,
                    document=copy.deepcopy(document.body),  # the caller may change it
                    source=document.source,
                )
            )
        hits.sort(key=lambda h: (-h.score, h.kind, h.id))
        return hits[:k]

    def retrieve(self, query: str, *, kind: Kind = "pattern", k: int = 5) -> Hits:
        """The documents relevant enough to show a planner: :meth:`search`'s best ``k``, cut at
        :data:`RELEVANCE`. Every query has a best hit (the vector score counts relative to the
        best one), so relevance needs evidence of its own: a trigger phrase or real keyword
        overlap, and a score close to the best hit's.

        Example::

            [h.id for h in kb.retrieve("scale my-api to 3")]   # ['gradual-scaling', 'autoscaling']
        """
        hits = self.search(query, kind=kind, k=k)
        return relevant(hits)

    # ------------------------------------------------------------------------------ internals
    def _read(self, kind: Kind) -> Loaded:
        folder = self.folders[kind]
        if folder is None:
            return Loaded()
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "does not exist"
            raise KnowledgeError(
                f"{kind} folder {folder} {what}",
                hint=f"create it, or pass (or set {_ENV[kind]} to) the folder holding your {kind}s",
            )
        return load_folder(folder, kind)

    def _load(self) -> dict[str, Document]:
        if self._documents is None:
            found: dict[str, Document] = {}
            for kind in KINDS:
                loaded = self._read(kind)
                loaded.raise_first()
                found.update((d.key, d) for d in loaded.documents)
            self._documents = found
        return self._documents


def _kinds(kind: Kind | None) -> Sequence[Kind]:
    return KINDS if kind is None else (kind,)


_COLLECTION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,254}")


def _collection_name(name: str | None) -> str | None:
    """``name`` if Qdrant accepts it as a collection name (checked here, before any search, so a
    bad setting is a clear error rather than the client's ValueError mid-analysis)."""
    if name is not None and not _COLLECTION.fullmatch(name):
        raise KnowledgeError(
            f"{name[:80]!r} is not a valid Qdrant collection name",
            hint="use letters, digits, '.', '_' and '-' (DOTOP_QDRANT_COLLECTION or collection=)",
        )
    return name


def _folder(kind: Kind, given: Path | str | None) -> Path | None:
    """The folder to read, or None for none (``policies="none"``, or no pattern folder).
    Unset, it is the setting (:mod:`dotop_nb.settings` decides the defaults: policies fall
    back to the starter set shipped in the package, as the policy engine's do)."""
    chosen = (
        given if given is not None else setting("patterns" if kind == "pattern" else "policies")
    )
    return chosen if isinstance(chosen, Path) else None


class _Dumper(yaml.SafeDumper):
    """Multi-line text as a ``|`` block, as authors write rationales."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(document: Document) -> str:
    """A document as YAML, as its author would write it."""
    return yaml.dump(document.body, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
