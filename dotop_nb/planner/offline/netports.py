"""The port of an ingress allowance is the pod's port, with the protocol said.

Rule: a NetworkPolicy matches the port the pod listens on, never a Service's, so the port said
is checked against the guarded workload's container ports. A port one of its containers
declares (by number or name) is used; a Service port whose targetPort differs ("my-api on port
80", where the Service sends 80 to the pods' 8080) is asked, naming both; a port no container
declares ("payments on 9999", it declares 8080) is read as said here, and asked by the last
word on the plan (:func:`.netpol.check`): the policy would cut the port the pods serve. The
protocol said (UDP, SCTP) is carried, TCP otherwise; a port declared with another protocol is
asked. A workload that declares no ports is taken as said.

Example::

    rule(ctx, payments, 8080)   # [{"protocol": "TCP", "port": 8080}]
    rule(ctx, my_api, 80)       # Clarify: 80 is Service my-api's port; its pods listen on 8080
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline.context import Clarify, Ctx, containers, pod_labels

Json = dict[str, Any]
_PROTOCOL = re.compile(r"\b(udp|sctp|tcp)\b", re.I)


def _services(ctx: Ctx, obj: Json) -> list[Json]:
    labels = pod_labels(obj)
    return [
        svc
        for svc in ctx.cluster.list_objects("v1", "Service", ctx.namespace)
        if (sel := (svc.get("spec") or {}).get("selector") or {})
        and all(labels.get(k) == v for k, v in sel.items())
    ]


def rule(ctx: Ctx, obj: Json | None, port: int | str) -> list[Json]:
    """The ``ports`` of an ingress rule for ``port`` said of the workload ``obj``."""
    protocols = {p.upper() for p in _PROTOCOL.findall(ctx.text)}
    if len(protocols) > 1:
        raise Clarify(
            f"I read the protocols {', '.join(sorted(protocols))}: which one should the allowed "
            "traffic use? Say one, e.g. 'on tcp 8080'."
        )
    protocol = protocols.pop() if protocols else "TCP"
    if obj is None:
        return [{"protocol": protocol, "port": port}]
    declared = [p for c in containers(obj) for p in c.get("ports") or []]
    if not declared:
        return [{"protocol": protocol, "port": port}]
    mine = [p for p in declared if port in (p.get("containerPort"), p.get("name"))]
    name = obj["metadata"]["name"]
    listed = ", ".join(
        f"{p.get('containerPort')}" + (f" ({p['name']})" if p.get("name") else "") for p in declared
    )
    if not mine:
        for svc in _services(ctx, obj):
            for sp in (svc.get("spec") or {}).get("ports") or []:
                if sp.get("port") == port and sp.get("targetPort", port) != port:
                    to = sp.get("targetPort")
                    pod: Json = next(
                        (p for p in declared if to in (p.get("name"), p.get("containerPort"))), {}
                    )
                    number = pod.get("containerPort", to)
                    raise Clarify(
                        f"I read port {port}: that is Service {svc['metadata']['name']}'s port, "
                        f"which sends it to targetPort {to} ({number}) on the pods. A "
                        f"NetworkPolicy matches the pod's port ({listed}): allow that port "
                        "instead? Say e.g. "
                        f"'on port {number}'."
                    )
        # A declared containerPort is informational (a pod may listen on others): an
        # undeclared port said is taken as said ("…from checkout, 8443").
        return [{"protocol": protocol, "port": port}]
    if any((p.get("protocol") or "TCP") != protocol for p in mine):
        raise Clarify(
            f"I read {protocol} port {port}, but {name} declares port {port} as "
            f"{mine[0].get('protocol') or 'TCP'}: which protocol should the policy allow?"
        )
    return [{"protocol": protocol, "port": port}]
