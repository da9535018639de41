"""A scripted Anthropic Messages API on loopback, to drive the real SDK without a network.

``FakeAnthropic`` is a small threaded HTTP server on 127.0.0.1 (a free port) that answers
``POST /v1/messages`` with full Message objects (id, type, role, model, content blocks,
stop_reason, stop_sequence, usage with cache_creation_input_tokens / cache_read_input_tokens) or
with the API's error JSON (429, 529, 500, 401 …). Each test scripts the conversation as a list of
replies (one per request, in order) or as a function of the request body, and every request body
is recorded for inspection.

Usage (prompt caching is simulated: the first request whose system prompt and tools carry
``cache_control`` writes the cache, later ones with the same prefix read it)::

    with FakeAnthropic([message(tool_use("describe", {...})), message(tool_use(...))]) as api:
        planner = api.planner(max_turns=5)          # the real SDK, base_url = the fake
        result = planner.plan(request, reader)
        api.requests[1]["messages"][-1]             # what the planner sent
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anthropic

from dotop_nb.errors import ClusterError
from dotop_nb.models import ClusterRef, DryRunResult
from dotop_nb.planner.anthropic import AnthropicPlanner, AnthropicSettings

Json = dict[str, Any]


@dataclass(frozen=True)
class Fail:
    """An error answer: HTTP ``status`` with the API's error JSON."""

    status: int
    type: str
    message: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Raw:
    """A body sent as it is (status, bytes, content type): a proxy's page, broken JSON."""

    body: bytes
    status: int = 200
    content_type: str = "application/json"


@dataclass(frozen=True)
class Drip:
    """A complete message whose headers go out at once and whose body then trickles in, one
    byte every ``interval`` seconds (each read is quick; the whole request is not)."""

    reply: Json
    interval: float = 0.5


Reply = Json | Fail | Raw | Drip
Script = Sequence[Reply] | Callable[[Json, int], Reply | None]

_ids = itertools.count(1)


# ------------------------------------------------------------------------------ reply helpers
def text(value: str) -> Json:
    return {"type": "text", "text": value}


def tool_use(name: str, input: Json, *, id: str | None = None) -> Json:
    return {
        "type": "tool_use",
        "id": id or f"toolu_fake_{next(_ids):04d}",
        "name": name,
        "input": input,
    }


def message(*content: Json, stop_reason: str | None = None, usage: Json | None = None) -> Json:
    """An assistant message; ``stop_reason`` defaults to tool_use when it calls a tool."""
    if stop_reason is None:
        stop_reason = "tool_use" if any(b["type"] == "tool_use" for b in content) else "end_turn"
    reply: Json = {"content": list(content), "stop_reason": stop_reason}
    if usage is not None:
        reply["usage"] = usage
    return reply


def rate_limited() -> Fail:
    return Fail(
        429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"
    )


def overloaded() -> Fail:
    return Fail(529, "overloaded_error", "Overloaded")


def server_error() -> Fail:
    return Fail(500, "api_error", "Internal server error")


def unauthorized() -> Fail:
    return Fail(401, "authentication_error", "invalid x-api-key")


# ------------------------------------------------------------------------------ the server
class FakeAnthropic:
    """The scripted Messages API (see the module docstring)."""

    def __init__(self, script: Script, *, cache_messages: bool = False) -> None:
        self.script = script
        # False: only the system prompt and tools are cached (simple, stable numbers). True:
        # the API's prefix cache over tools, system and message blocks, with every
        # cache_control mark a breakpoint and a 20-block look-back for earlier entries.
        self.cache_messages = cache_messages
        self.requests: list[Json] = []
        self.headers: list[dict[str, str]] = []
        self.exhausted = False
        self.stopping = threading.Event()  # ends dripping answers when the server stops
        self._cached: set[str] = set()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits for it, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeAnthropic:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -------------------------------------------------------------------------- clients
    def client(self, *, max_retries: int = 1) -> anthropic.Anthropic:
        return anthropic.Anthropic(
            api_key="sk-ant-test-not-a-key", base_url=self.base_url, max_retries=max_retries
        )

    def settings(self, **overrides: Any) -> AnthropicSettings:
        values: Json = {
            "api_key": "sk-ant-test-not-a-key",
            "base_url": self.base_url,
            "max_retries": 1,
            "request_timeout": 10.0,
        }
        values.update(overrides)
        return AnthropicSettings.from_env({}, **values)

    def planner(self, **overrides: Any) -> AnthropicPlanner:
        """The real planner with the real SDK, pointed at this server."""
        return AnthropicPlanner(self.settings(**overrides))

    # -------------------------------------------------------------------------- answers
    def _next(self, body: Json) -> tuple[int, Json | Raw | Drip, dict[str, str]]:
        with self._lock:
            index = len(self.requests)
            self.requests.append(body)
            if callable(self.script):
                reply: Reply | None = self.script(body, index)
            elif index < len(self.script):
                reply = self.script[index]
            else:
                reply = None
        if reply is None:
            self.exhausted = True
            reply = Fail(500, "api_error", "fake server: the script has no reply for this request")
            reply.headers["x-should-retry"] = "false"
        request_id = f"req_fake_{index:03d}"
        if isinstance(reply, Raw):
            return reply.status, reply, {"request-id": request_id}
        if isinstance(reply, Drip):
            done = Drip(self._complete(body, reply.reply, index), reply.interval)
            return 200, done, {"request-id": request_id}
        if isinstance(reply, Fail):
            headers = {"request-id": request_id, "retry-after-ms": "5", **reply.headers}
            error = {"type": reply.type, "message": reply.message}
            return (
                reply.status,
                {"type": "error", "error": error, "request_id": request_id},
                headers,
            )
        return 200, self._complete(body, reply, index), {"request-id": request_id}

    def _complete(self, body: Json, reply: Json, index: int) -> Json:
        content = [dict(b) for b in reply["content"]]
        for b in content:
            if b["type"] == "tool_use" and not b.get("id"):
                b["id"] = f"toolu_fake_{next(_ids):04d}"
        usage = reply.get("usage") or self._usage(body, content)
        return {
            "id": f"msg_fake_{index:03d}",
            "type": "message",
            "role": "assistant",
            "model": body.get("model", "claude-test"),
            "content": content,
            "stop_reason": reply["stop_reason"],
            "stop_sequence": None,
            "usage": {
                "input_tokens": 0,
                "output_tokens": 0,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                **usage,
            },
        }

    def _usage(self, body: Json, content: list[Json]) -> Json:
        """Deterministic token counts (characters / 4), with a simulated prompt cache."""
        if self.cache_messages:
            return self._block_usage(body, content)
        prefix = json.dumps([body.get("system"), body.get("tools")], sort_keys=True)
        marked = '"cache_control"' in prefix
        prefix_tokens = len(prefix) // 4 if marked else 0
        write = read = 0
        if marked:
            key = hashlib.sha256(prefix.encode()).hexdigest()
            with self._lock:
                if key in self._cached:
                    read = prefix_tokens
                else:
                    self._cached.add(key)
                    write = prefix_tokens
        return {
            "input_tokens": max(1, len(json.dumps(body.get("messages"))) // 4),
            "output_tokens": max(1, len(json.dumps(content)) // 4),
            "cache_creation_input_tokens": write,
            "cache_read_input_tokens": read,
        }

    def _block_usage(self, body: Json, content: list[Json]) -> Json:
        blocks: list[Json] = list(body.get("tools") or [])
        system = body.get("system") or []
        blocks += [{"type": "text", "text": system}] if isinstance(system, str) else list(system)
        for m in body.get("messages") or []:
            parts = m["content"]
            parts = [{"type": "text", "text": parts}] if isinstance(parts, str) else parts
            blocks += [{"role": m["role"], **b} for b in parts]
        plain = [{k: v for k, v in b.items() if k != "cache_control"} for b in blocks]
        tokens = [max(1, len(json.dumps(b, sort_keys=True)) // 4) for b in plain]
        keys = [
            hashlib.sha256(json.dumps(plain[: i + 1], sort_keys=True).encode()).hexdigest()
            for i in range(len(plain))
        ]
        marks = [i for i, b in enumerate(blocks) if "cache_control" in b]
        hit = -1
        with self._lock:
            for mark in marks:
                for j in range(mark, max(-1, mark - 20), -1):
                    if keys[j] in self._cached:
                        hit = max(hit, j)
                        break
            last = marks[-1] if marks else -1
            self._cached.update(keys[m] for m in marks)
        read = sum(tokens[: hit + 1])
        write = sum(tokens[hit + 1 : last + 1]) if last > hit else 0
        return {
            "input_tokens": max(1, sum(tokens[last + 1 :])),
            "output_tokens": max(1, len(json.dumps(content)) // 4),
            "cache_creation_input_tokens": write,
            "cache_read_input_tokens": read,
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.split("?")[0] != "/v1/messages":
                    self._send(
                        404,
                        {
                            "type": "error",
                            "error": {"type": "not_found_error", "message": self.path},
                        },
                        {},
                    )
                    return
                with fake._lock:
                    fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                status, payload, headers = fake._next(json.loads(raw or b"{}"))
                self._send(status, payload, headers)

            def _send(
                self, status: int, payload: Json | Raw | Drip, headers: dict[str, str]
            ) -> None:
                kind = "application/json"
                data: bytes
                if isinstance(payload, Raw):
                    data, kind = payload.body, payload.content_type
                else:
                    plain = payload.reply if isinstance(payload, Drip) else payload
                    data = json.dumps(plain).encode()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if not isinstance(payload, Drip):
                    self.wfile.write(data)
                    return
                self.wfile.flush()
                for i in range(len(data)):
                    if fake.stopping.is_set():
                        return
                    try:
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                    except OSError:
                        return  # the client gave up
                    fake.stopping.wait(payload.interval)

        return Handler


# ------------------------------------------------------------------------------ inspection
def tool_results(body: Json) -> list[Json]:
    """The tool_result blocks of the last message of a recorded request."""
    content = body["messages"][-1]["content"]
    return [b for b in content if isinstance(b, dict) and b.get("type") == "tool_result"]


def result_text(block: Json) -> str:
    content = block.get("content")
    if isinstance(content, str):
        return content
    return "".join(c.get("text", "") for c in content or [])


# ------------------------------------------------------------------------------ a stand-in cluster
class StubCluster:
    """An in-memory :class:`~dotop_nb.ports.ClusterReader` for unit tests of the loop: objects by
    (kind, name), events per object, and a dry-run that accepts operations on existing objects
    (``reject`` maps an operation kind to the apiserver message to answer instead)."""

    def __init__(
        self,
        objects: list[Json] | None = None,
        *,
        events: dict[str, list[Json]] | None = None,
        reject: dict[str, str] | None = None,
    ) -> None:
        self.objects = {(o["kind"], o["metadata"]["name"]): o for o in objects or []}
        self._events = events or {}
        self.reject = reject or {}
        self.dry_runs: list[Any] = []

    @property
    def identity(self) -> Any:
        return ClusterRef(server="https://stub.invalid:6443", context="stub")

    def get(self, target: Any) -> Json | None:
        return self.objects.get((target.kind, target.name))

    def list_objects(
        self,
        api_version: str,
        kind: str,
        namespace: str | None = None,
        *,
        label_selector: str | None = None,
        limit: int | None = None,
        stale_ok: bool = False,
    ) -> list[Json]:
        return [o for (k, _), o in sorted(self.objects.items()) if k == kind][: limit or None]

    def namespace_exists(self, namespace: str) -> bool:
        return True

    def history(self, target: Any) -> list[Json]:
        return []

    def dry_run(self, operation: Any) -> Any:
        self.dry_runs.append(operation)
        if operation.kind in self.reject:
            return DryRunResult(ok=False, message=self.reject[operation.kind])
        if operation.kind != "apply" and self.get(operation.target) is None:
            return DryRunResult(ok=False, message=f"{operation.target.describe()} does not exist")
        return DryRunResult(ok=True, action="update", message="accepted")

    def capabilities(self) -> list[str]:
        return ["hpa", "pdb"]

    def events(self, target: Any, *, limit: int = 50) -> list[Json]:
        return self._events.get(f"{target.kind}/{target.name}", [])[-limit:]

    def logs(
        self,
        pod: str,
        namespace: str,
        *,
        container: str | None = None,
        tail_lines: int = 100,
        limit_bytes: int = 64_000,
    ) -> str:
        raise ClusterError(f"the logs of pod {pod} are not available: no kubelet")

    def api_resources(self) -> list[Json]:
        return [
            {"apiVersion": "apps/v1", "kind": "Deployment", "namespaced": True, "verbs": ["get"]},
            {"apiVersion": "v1", "kind": "ConfigMap", "namespaced": True, "verbs": ["get"]},
        ]

    def crd_schema(self, kind: str, *, group: str | None = None) -> Json | None:
        return None


def deployment(name: str = "my-api", namespace: str = "shop", *, replicas: int = 2) -> Json:
    """A Deployment as the apiserver returns it (enough for summaries)."""
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {"app": name},
            "resourceVersion": "100",
        },
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {
                "metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": "app", "image": "nginx:1.25"}]},
            },
        },
        "status": {"readyReplicas": replicas, "replicas": replicas},
    }


def scale_op(replicas: int, *, name: str = "my-api", namespace: str = "shop") -> Json:
    """A scale operation as the model would write it in a tool call."""
    return {
        "kind": "scale",
        "target": {"kind": "Deployment", "name": name, "namespace": namespace},
        "replicas": replicas,
        "reason": "requested",
    }


def submit(
    *operations: Json,
    question: str | None = None,
    analysis: str = "ok",
    rollback_plan: list[str] | None = None,
) -> Json:
    """A ``submit_proposal`` tool call (with a rollback plan when it has operations)."""
    payload: Json = {"analysis": analysis, "operations": list(operations), "category": "scale"}
    if operations:
        payload["rollback_plan"] = (
            ["scale my-api back to its previous replicas"]
            if rollback_plan is None
            else rollback_plan
        )
    if question:
        payload["question"] = question
    return tool_use("submit_proposal", payload)
