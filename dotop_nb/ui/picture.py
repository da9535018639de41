"""The session's pictures as HTML: where the pods run, per zone and node, before and after; a
rollout's ReplicaSets with their ready/desired counts, old and new.

Plain elements and inline styles only (notebook renderers strip scripts and most CSS), colours
from JupyterLab's theme variables with light fallbacks, so it reads in light and dark themes and
on GitHub. Every value is escaped. The data is :class:`~dotop_nb.models.Picture` (computed by
:mod:`dotop_nb.topology`); the text form is :func:`dotop_nb.topology.text`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from dotop_nb.models import Picture, ReplicaSetCount

_BORDER = "var(--jp-border-color2,#d0d7de)"
_MUTED = "color:var(--jp-content-font-color2,#6e7781)"
_READY = "var(--jp-success-color1,#1a7f37)"
_WAITING = "var(--jp-warn-color1,#9a6700)"
_MAX_DOTS = 12
_NO_SETS = "<tr><td colspan=5><em>no ReplicaSets</em></td></tr>"


def e(value: Any) -> str:
    return escape(str(value), quote=True)


def dots(ready: int, pods: int) -> str:
    """One dot per pod (filled: ready, ring: not ready), a count beyond a dozen."""
    shown = min(pods, _MAX_DOTS)
    up = min(ready, shown)
    out = f'<span style="color:{_READY}">{"●" * up}</span>' if up else ""
    if shown > up:
        out += f'<span style="color:{_WAITING}">{"○" * (shown - up)}</span>'
    if pods > shown:
        out += f"+{pods - shown}"
    return out


def grid(p: Picture, label: str) -> str:
    """A column per zone, a row per node: the node, its pods as dots and their count."""
    zones: dict[str, list[str]] = {}
    for row in p.nodes:
        cell = (
            f'<div class="dotop-node" data-node="{e(row.node)}" data-pods="{row.pods}">'
            f'<span style="{_MUTED}">{e(row.node)}</span> '
            f"{dots(row.ready, row.pods)} <strong>{row.pods}</strong></div>"
        )
        zones.setdefault(row.zone, []).append(cell)
    columns = "".join(
        f'<div class="dotop-zone" data-zone="{e(zone)}" style="border:1px solid {_BORDER};'
        f'border-radius:4px;padding:2px 6px;min-width:9em">'
        f"<div><strong>{e(zone)}</strong> "
        f'<span style="{_MUTED}">{sum(r.pods for r in p.nodes if r.zone == zone)} pod(s)</span>'
        f"</div>{''.join(cells)}</div>"
        for zone, cells in zones.items()
    )
    total = sum(r.pods for r in p.nodes)
    ready = sum(r.ready for r in p.nodes)
    note = f'<div style="{_MUTED}">{e(p.note)}</div>' if p.note else ""
    return (
        f'<div class="dotop-placement" data-when="{e(label)}" style="margin:2px 0">'
        f'<div style="{_MUTED}">{e(label)}: {total} pod(s), {ready} ready</div>'
        f'<div style="display:flex;flex-wrap:wrap;gap:6px">'
        f"{columns or '<em>no pods</em>'}</div>{note}</div>"
    )


def _bar(rs: ReplicaSetCount) -> str:
    width = 8 * max(rs.desired, rs.ready, 1)
    filled = 8 * rs.ready
    return (
        f'<span style="display:inline-block;width:{min(width, 160)}px;height:8px;'
        f'border:1px solid {_BORDER};vertical-align:middle">'
        f'<span style="display:block;height:8px;width:{min(filled, 160)}px;'
        f'background:{_READY}"></span></span>'
    )


def rollout(p: Picture, label: str) -> str:
    """The ReplicaSets, oldest first: old or new, revision, ready/desired with a bar, images."""
    rows = "".join(
        f'<tr class="dotop-rs" data-rs="{e(rs.name)}" data-ready="{rs.ready}" '
        f'data-desired="{rs.desired}"><td>{"new" if rs.newest else "old"}</td>'
        f"<td>{e(rs.name)}</td><td>{e(rs.revision or '?')}</td>"
        f"<td>{_bar(rs)} {rs.ready}/{rs.desired}</td><td>{e(', '.join(rs.images))}</td></tr>"
        for rs in p.replica_sets
    )
    head = "".join(
        f"<th>{h}</th>" for h in ("", "ReplicaSet", "revision", "ready/desired", "images")
    )
    return (
        f'<div class="dotop-rollout" data-when="{e(label)}" style="margin:2px 0">'
        f'<div style="{_MUTED}">{e(label)}</div>'
        f"<table><tr>{head}</tr>{rows or _NO_SETS}</table></div>"
    )


def pictures(before: list[Picture], after: list[Picture], *, failed: bool) -> str:
    """Each target's picture before, and after beside it (``failed``: the change ran and did
    not validate, so there is no "after" to read — said, not left blank)."""
    later = {p.target.key + p.kind: p for p in after}
    blocks = []
    for b in before:
        a = later.get(b.target.key + b.kind)
        draw = grid if b.kind == "placement" else rollout
        title = (
            f"Pods of {b.target.describe()} by zone and node"
            if b.kind == "placement"
            else f"Rollout of {b.target.describe()}: ReplicaSets"
        )
        if a is not None:
            after_html = draw(a, "after (read back once validated)")
        elif failed:
            after_html = (
                f'<div style="{_MUTED}">after: not read (the change did not validate)</div>'
            )
        else:
            after_html = (
                f'<div style="{_MUTED}">after: read back once the change is validated</div>'
            )
        blocks.append(
            f'<div class="dotop-picture" data-target="{e(b.target.describe())}" '
            f'data-kind="{e(b.kind)}" style="margin-top:4px">'
            f"<div><strong>{e(title)}</strong></div>"
            f'<div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">'
            f"{draw(b, 'before (when proposed)')}{after_html}</div></div>"
        )
    return "".join(blocks)


__all__ = ["dots", "grid", "pictures", "rollout"]
