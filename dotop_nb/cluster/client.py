"""The one adapter over the Kubernetes client library.

:class:`KubeClient` speaks plain REST through the library's configured ``ApiClient`` (kubeconfig,
contexts, exec plugins, token refresh and in-cluster config all come from the library) and maps
kinds to resource paths with one aggregated-discovery request, so it handles any resource type,
CRDs included, without generated per-kind classes. Every API error becomes part of the project's
error tree with the apiserver's own message kept — scrubbed of every Secret value the client has
seen: each answer that carries Secrets feeds :attr:`KubeClient.secrets`
(:class:`~dotop_nb.cluster.secrets.SecretValues`), the one registry that all redaction by value
uses.
"""

from __future__ import annotations

import hashlib
import json
import os
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

import urllib3
from kubernetes import client as k8s
from kubernetes import config as k8s_config
from kubernetes.client.exceptions import ApiException
from kubernetes.config.config_exception import ConfigException

from dotop_nb.cluster.kubeconfig import check_kubeconfig
from dotop_nb.cluster.secrets import SecretValues
from dotop_nb.errors import (
    ApiError,
    ClusterUnreachable,
    ConfigError,
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
)

Json = dict[str, Any]

_DISCOVERY_ACCEPT = (
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"
)
FIELD_MANAGER = "dotop-nb"


@dataclass(frozen=True)
class Resource:
    """A resource type the apiserver serves."""

    group: str
    version: str
    kind: str
    plural: str
    namespaced: bool
    verbs: tuple[str, ...] = ()

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    def path(self, *, namespace: str | None = None, name: str | None = None, sub: str = "") -> str:
        base = f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"
        if self.namespaced and namespace:
            base += f"/namespaces/{quote(namespace, safe='')}"
        base += f"/{self.plural}"
        if name:
            base += f"/{quote(name, safe='')}"
        if sub:
            base += f"/{sub}"
        return base


@dataclass(frozen=True)
class Identity:
    """Which cluster and context a client talks to (recorded in every proposal).

    ``ca_sha256`` is the sha256 of the cluster CA certificate the client trusts (DER form, the
    first certificate of the bundle), empty when the configuration names none.
    """

    server: str
    context: str
    ca_sha256: str = ""


def ca_fingerprint(path: str | None) -> str:
    """sha256 (hex) of the first certificate in the PEM file ``path``; '' when there is none."""
    if not path:
        return ""
    try:
        text = Path(path).read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    begin, end = "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"
    start = text.find(begin)
    stop = text.find(end, start)
    if start < 0 or stop < 0:
        return ""
    try:
        der = ssl.PEM_cert_to_DER_cert(text[start : stop + len(end)] + "\n")
    except ValueError:
        return ""
    return hashlib.sha256(der).hexdigest()


def _load_configuration(kubeconfig: str | None, context: str | None) -> tuple[Any, str]:
    configuration = k8s.Configuration()
    path = kubeconfig or os.environ.get("KUBECONFIG") or None
    default = Path.home() / ".kube" / "config"
    if path is None and not default.exists() and os.environ.get("KUBERNETES_SERVICE_HOST"):
        k8s_config.load_incluster_config(client_configuration=configuration)
        return configuration, "in-cluster"
    config_file = path.split(os.pathsep)[0] if path else str(default)
    check_kubeconfig(Path(config_file).expanduser(), context)
    try:
        k8s_config.load_kube_config(
            config_file=config_file,
            context=context,
            client_configuration=configuration,
            persist_config=False,
        )
        _, active = k8s_config.list_kube_config_contexts(config_file=config_file)
    except (ConfigException, OSError) as err:
        raise ConfigError(
            f"cannot load Kubernetes configuration from {config_file}: {err}",
            hint="set KUBECONFIG, pass --kubeconfig/--context, or start the local cluster "
            "(`dotop-nb cluster up`)",
        ) from err
    except Exception as err:
        # The library fails on bad input in many ways (e.g. certificate data that is not
        # base64), and its text may quote credentials: only the type is shown.
        raise ConfigError(
            f"cannot load Kubernetes configuration from {config_file}: the file is not a valid "
            f"kubeconfig ({type(err).__name__})",
            hint="check its certificate, key and token entries; set KUBECONFIG or pass "
            "--kubeconfig/--context to a working one",
        ) from err
    return configuration, context or (active or {}).get("name", "")


def _translate(
    status: int,
    reason: str,
    raw: bytes | str | None,
    what: str,
    scrub: Callable[[str], str] = str,
) -> ApiError:
    message = ""
    try:
        body = json.loads(raw) if raw else {}
        message = str(body.get("message", ""))
        reason = str(body.get("reason", "") or reason)
    except (ValueError, TypeError, AttributeError):
        message = str(raw or "")[:500]
    # The apiserver echoes values in its errors (an invalid label built from a Secret value …).
    message = scrub(message or what)
    if status == 500 and message.startswith("failed to create typed patch object"):
        # Server-side apply reports a field of the wrong type as an internal error.
        status, reason = 422, "Invalid"
    if status == 404:
        return NotFound(status, reason, message)
    if status == 409:
        return Conflict(status, reason, message)
    if status in (400, 422):
        return Invalid(status, reason, message)
    if status in (401, 403):
        return Forbidden(
            status,
            reason,
            message,
            hint="the credentials in use lack this permission; docs/rbac.md lists what is needed",
        )
    return ApiError(status, reason, message)


@dataclass(frozen=True)
class Response:
    """An apiserver's answer as it came over the wire: status, reason phrase, raw body."""

    status: int
    reason: str
    data: bytes | str | None


class Transport(Protocol):
    """How :meth:`KubeClient.request` reaches an apiserver: the client library's HTTP stack, or
    an in-memory cluster (:mod:`dotop_nb.cluster.memory`). Every status comes back as a
    :class:`Response` (errors too: the client translates them); an unreachable server raises
    ``OSError`` or ``urllib3.exceptions.HTTPError``."""

    def send(
        self,
        method: str,
        path: str,
        *,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: Any,
        timeout: float,
    ) -> Response: ...

    def close(self) -> None: ...


class _LibraryTransport:
    """The Kubernetes client library's configured ``ApiClient`` (auth, TLS, retries)."""

    def __init__(self, api: Any) -> None:
        self._api = api

    def send(
        self,
        method: str,
        path: str,
        *,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: Any,
        timeout: float,
    ) -> Response:
        method_, url, headers_, body_, _ = self._api.param_serialize(
            method=method,
            resource_path=path,
            query_params=query,
            header_params=headers,
            body=body,
            auth_settings=["BearerToken"],
        )
        try:
            response = self._api.call_api(
                method_, url, header_params=headers_, body=body_, _request_timeout=timeout
            )
            response.read()
        except ApiException as err:
            return Response(int(err.status or 0), str(err.reason or ""), err.body)
        return Response(int(response.status), str(response.reason or ""), response.data)

    def close(self) -> None:
        self._api.close()


class KubeClient:
    """Plain REST access to one cluster. Thread-safe for concurrent requests.

    ``transport`` (with its ``identity``) replaces the kubeconfig: e.g. an in-memory cluster,
    ``KubeClient(transport=cluster, identity=cluster.identity)`` (see
    :mod:`dotop_nb.cluster.memory`); everything above the transport — discovery, error
    translation, Secret learning — is the same code either way.
    """

    def __init__(
        self,
        *,
        kubeconfig: str | None = None,
        context: str | None = None,
        timeout: float = 30.0,
        transport: Transport | None = None,
        identity: Identity | None = None,
    ) -> None:
        if transport is None:
            configuration, context_name = _load_configuration(kubeconfig, context)
            # One quick retry for connection errors: a stopped apiserver must surface in seconds.
            configuration.retries = 1
            transport = _LibraryTransport(k8s.ApiClient(configuration))
            identity = Identity(
                server=str(configuration.host),
                context=context_name,
                ca_sha256=ca_fingerprint(configuration.ssl_ca_cert),
            )
        elif identity is None:
            raise ConfigError(
                "a client over a given transport needs the identity of its cluster",
                hint="pass identity=Identity(server=..., context=..., ca_sha256=...)",
            )
        self._transport = transport
        self.identity = identity
        self.timeout = timeout
        self.requests_made = 0
        self._count_lock = threading.Lock()
        self._resources: dict[tuple[str, str], Resource] | None = None
        self._discovery_lock = threading.Lock()
        self._discovered_at: float | None = None  # time.monotonic() of the last discovery
        self.secrets = SecretValues(loader=self._read_secrets, loader_all=self._read_all_secrets)

    def _read_secrets(self, namespace: str) -> None:
        # The answer passes through request(), which feeds it to self.secrets.
        self.list("v1", "Secret", namespace)

    def _read_all_secrets(self) -> None:
        # One request for the whole cluster (Forbidden when the credentials may not).
        self.list("v1", "Secret")

    def close(self) -> None:
        self._transport.close()

    # ------------------------------------------------------------------------- raw requests
    def request(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, str] | None = None,
        body: Any = None,
        content_type: str | None = None,
        accept: str = "application/json",
        timeout: float | None = None,
    ) -> Any:
        """One API request; returns the decoded JSON body (or text for non-JSON answers)."""
        headers = {"Accept": accept}
        if body is not None:
            headers["Content-Type"] = content_type or "application/json"
        with self._count_lock:
            self.requests_made += 1
        try:
            response = self._transport.send(
                method,
                path,
                query=list((query or {}).items()),
                headers=headers,
                body=body,
                timeout=timeout or self.timeout,
            )
        except (urllib3.exceptions.HTTPError, OSError) as err:
            raise ClusterUnreachable(
                f"the Kubernetes API at {self.identity.server} did not answer: "
                f"{type(err).__name__}",
                hint="check that the cluster is running (`dotop-nb cluster status` for the "
                "local one) and that KUBECONFIG/--context point at it",
            ) from err
        data = response.data
        if response.status >= 400 or response.status == 0:
            raise _translate(
                response.status, response.reason, data, f"{method} {path}", self.secrets.scrub_text
            )
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not data:
            return {}
        text = data.decode("utf-8", errors="replace")
        try:
            answer = json.loads(text)
        except ValueError:
            return text
        self.secrets.learn_answer(answer)
        return answer

    # ------------------------------------------------------------------------- discovery
    def _discover(self) -> dict[tuple[str, str], Resource]:
        found: dict[tuple[str, str], Resource] = {}
        for root in ("/api", "/apis"):
            doc = self.request("GET", root, accept=_DISCOVERY_ACCEPT)
            for group in doc.get("items", []):
                group_name = group.get("metadata", {}).get("name", "")
                for version in group.get("versions", []):
                    for res in version.get("resources", []):
                        kind = res.get("responseKind", {}).get("kind") or res.get("resource")
                        item = Resource(
                            group=group_name,
                            version=version["version"],
                            kind=kind,
                            plural=res["resource"],
                            namespaced=res.get("scope") == "Namespaced",
                            verbs=tuple(res.get("verbs", [])),
                        )
                        found.setdefault((item.api_version, kind), item)
        return found

    def resources(
        self, *, refresh: bool = False, max_age: float | None = None
    ) -> dict[tuple[str, str], Resource]:
        """Every served (apiVersion, kind) → :class:`Resource` (one discovery round per
        refresh). ``max_age``: discover again when the answer held is older than that (s)."""
        with self._discovery_lock:
            stale = max_age is not None and (
                self._discovered_at is None or time.monotonic() - self._discovered_at > max_age
            )
            if self._resources is None or refresh or stale:
                self._resources = self._discover()
                self._discovered_at = time.monotonic()
            return self._resources

    def resource(self, api_version: str, kind: str) -> Resource:
        """The resource for ``apiVersion``/``kind``; rediscovers once on a miss (a new CRD)."""
        key = (api_version, kind)
        found = self.resources().get(key) or self.resources(refresh=True).get(key)
        if found is None:
            raise NotFound(
                404,
                "NotFound",
                f"the cluster does not serve {kind} in {api_version}",
                hint="check the apiVersion and kind, or install the CRD that provides it",
            )
        return found

    # ------------------------------------------------------------------------- verbs
    def get(self, api_version: str, kind: str, name: str, namespace: str | None = None) -> Json:
        res = self.resource(api_version, kind)
        result: Json = self.request("GET", res.path(namespace=namespace, name=name))
        return result

    def list(
        self,
        api_version: str,
        kind: str,
        namespace: str | None = None,
        *,
        label_selector: str | None = None,
        field_selector: str | None = None,
        limit: int | None = None,
        stale_ok: bool = False,
    ) -> list[Json]:
        """Objects of a kind. A consistent list (the default) can wait up to ~100 ms for the
        apiserver's cache to catch up with etcd; ``stale_ok`` reads the cache as it is."""
        res = self.resource(api_version, kind)
        query: dict[str, str] = {"resourceVersion": "0"} if stale_ok else {}
        if label_selector:
            query["labelSelector"] = label_selector
        if field_selector:
            query["fieldSelector"] = field_selector
        if limit:
            query["limit"] = str(limit)
        doc = self.request("GET", res.path(namespace=namespace), query=query)
        items: list[Json] = doc.get("items", [])
        for item in items:
            item.setdefault("apiVersion", res.api_version)
            item.setdefault("kind", kind)
        return items

    def apply(self, manifest: Json, *, dry_run: bool = False, force: bool = True) -> Json:
        """Server-side apply with field manager ``dotop-nb`` and strict field validation."""
        meta = manifest.get("metadata", {})
        res = self.resource(manifest["apiVersion"], manifest["kind"])
        query = {"fieldManager": FIELD_MANAGER, "fieldValidation": "Strict"}
        if force:
            query["force"] = "true"
        if dry_run:
            query["dryRun"] = "All"
        result: Json = self.request(
            "PATCH",
            res.path(namespace=meta.get("namespace"), name=meta["name"]),
            query=query,
            body=manifest,
            content_type="application/apply-patch+yaml",
        )
        return result
