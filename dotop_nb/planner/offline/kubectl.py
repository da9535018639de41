"""A pasted kubectl command is an intent too: read it with a tokenizer, never a shell.

``kubectl scale``, ``set image``, ``set env``, ``rollout undo|restart``, ``autoscale``,
``create pdb``, ``create cronjob``, ``delete`` and ``annotate`` with Prometheus' scrape keys are
translated into the sentence the rules read (a ``patch`` is planned as itself: :mod:`.patches`),
with what the sentence cannot carry exactly (the container of ``set image``/``set env -c``, the
name and selector of ``create pdb``) as a hint. Anything else —
another verb, another annotation key, a flag not understood, a namespace other than the
session's, a second resource — is asked about, naming it: a flag is never dropped.

Example::

    translate("kubectl scale deploy/cart --replicas=3 -n atk", "atk")
    # [Command(text='scale deployment cart to 3 replicas', hints={})]
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

_KINDS = {
    "deploy": "deployment",
    "deployment": "deployment",
    "deployments": "deployment",
    "deployment.apps": "deployment",
    "sts": "statefulset",
    "statefulset": "statefulset",
    "statefulsets": "statefulset",
    "ds": "daemonset",
    "daemonset": "daemonset",
    "daemonsets": "daemonset",
    "hpa": "hpa",
    "horizontalpodautoscaler": "hpa",
    "svc": "service",
    "service": "service",
    "services": "service",
    "cm": "configmap",
    "configmap": "configmap",
    "configmaps": "configmap",
    "pdb": "pdb",
    "poddisruptionbudget": "pdb",
}
_WORKLOADS = frozenset({"deployment", "statefulset", "daemonset"})
_NAME = re.compile(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?")


@dataclass(frozen=True)
class Patch:
    """A pasted ``kubectl patch``: the object (kind word of :data:`_KINDS`, name), the patch
    type kubectl sends (strategic, merge or json) and the body as given. No sentence can carry a
    patch exactly, so it is planned as itself (:mod:`.patches`)."""

    kind: str
    name: str
    type: str
    body: Any


@dataclass(frozen=True)
class Command:
    """One action a kubectl command asks for, as the sentence the rules read (or, for a pasted
    patch, the patch itself)."""

    text: str
    hints: dict[str, str] = field(default_factory=dict)
    patch: Patch | None = None
    # A pasted `kubectl create cronjob`: the object kubectl would create, planned as itself.
    manifest: dict[str, Any] | None = None


def tokens(line: str) -> list[str]:
    """Words split on whitespace, a quoted run ('a b' or "a b") kept whole without its quotes.
    No expansion of any kind: ``$HOME`` stays ``$HOME`` (and the guard asks about it)."""
    out: list[str] = []
    current: list[str] = []
    quote = ""
    started = False
    for char in line:
        if quote:
            if char == quote:
                quote = ""
            else:
                current.append(char)
        elif char in "'\"":
            quote, started = char, True
        elif char.isspace():
            if started or current:
                out.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
            started = True
    if quote:
        raise Clarify(f"{line!r} has an unclosed quote: which value did you mean, exactly?")
    if started or current:
        out.append("".join(current))
    return out


def is_command(text: str) -> bool:
    return bool(_CLI.match(text))


# Round 19: OpenShift's CLI takes kubectl's own commands and flags ("oc delete pdb orders", "oc
# set env deployment/frontend FEATURE_FLAG-", "oc scale … --replicas=4"): such a line is the
# kubectl line, read by the same rules and asked about the same way; so are its own commands
# ("oc new-app", "oc start-build", "oc adm …", "oc expose"), which kubectl's reader names and
# asks about (never read as words: "oc new-app <image>" is no update of a workload running it).
# "oc" as a word ("oc is down") is left as said.
_OC = re.compile(
    r"^(?P<lead>\s*(?:\$\s*)?)oc\s+(?=(?:get|describe|logs|top|delete|scale|set|rollout|apply|"
    r"patch|label|annotate|create|autoscale|edit|"
    # OpenShift's own commands: read as kubectl's, so the planner names them and asks.
    r"new-app|new-build|new-project|start-build|cancel-build|adm|expose|process|import-image|"
    r"tag|project|login|policy|debug|rsh|exec|run|idle|rollback|image|status)\s)"
)


# Round 43 (blind46): "kubectl scale --replicas=3 deployment/payments   # the rush": the count
# given before the one object, as kubectl takes it, is written after it, where every reading of
# a pasted scale (and of a note read before it) finds "deployment/payments --replicas=3". (Two
# objects after it, "--replicas=3 deploy a b", are left as typed.)
_COUNT_FIRST = re.compile(
    r"^(?P<lead>\s*(?:\$\s*)?kubectl\s+scale\s+)(?P<count>--replicas(?:=|\s+)\d+)\s+"
    r"(?P<what>[a-z][\w.\-]*/[a-z0-9][\w.\-]*(?=\s*$|\s+(?![\w.\-]+/))|"
    r"[a-z][\w.\-]*\s+(?!-)[a-z0-9][\w.\-]*(?=\s*$|\s+[-#(<]))",
    re.I,
)


def openshift(text: str) -> str:
    """``text`` with an ``oc`` command of kubectl's (or the "k" alias's) written as that
    kubectl command, a scale's count said before its object written after it."""
    text = _K.sub(lambda m: f"{m['lead']}kubectl ", text, count=1)
    text = _OC.sub(lambda m: f"{m['lead']}kubectl ", text, count=1)
    return _COUNT_FIRST.sub(r"\g<lead>\g<what> \g<count>", text, count=1)


# "kubectl rollout undo deployment/checkout after the taproom closes at 23:00": a time said in
# words after the pasted command is when to run it, as one said before it is ("after 23:00,
# kubectl …" plans and waits on it). Only a one-line command, and only words after it that open
# with a word of time and hold no flag, path, pipe or shell character.
_TIME_AFTER = re.compile(
    r"^(?P<command>[^\n|;&`$<>]*?\S)\s+(?P<time>(?:after|once|when|as\s+soon\s+as|tonight|"
    r"tomorrow|at\s+\d{1,2}(?::\d{2})?\b)(?:(?!\s-)[^\n|;&`$<>/=])*?)[\s.!]*$",
    re.I,
)


def time_first(line: str) -> str:
    """``line`` with a time said after a pasted command moved before it (:data:`_TIME_AFTER`);
    any other line as it is."""
    if not is_command(line) or not (m := _TIME_AFTER.match(line)):
        return line
    return f"{m['time'].strip()}, {m['command'].strip()}"


# Round 29 (U15): "kubectl scale deployment my-api --replicas=12 -n shop and keep payments
# untouched": a pasted command followed by words joined with "and"/"but" is a command and a
# sentence, never more names of the command (kubectl itself would look for a deployment called
# "and"). The command is read as the sentence it means and the words after it kept, so the
# whole is read as prose ("scale deployment my-api to 12 replicas and keep payments untouched"):
# an exclusion, a second order or a time after it mean what they mean in words. Only a one-line
# command without quotes or shell characters, whose words before the joiner read as exactly one
# command with nothing but its sentence (no hint, patch or manifest); any other is left as it is.
_PROSE_TAIL = re.compile(
    r"^(?P<command>[^\n'\"`|;&$<>#]*?[^\s,])\s*,?\s+(?P<tail>(?:and|but|while|though|although|"
    r"whereas)\s+[^\s\-][^\n]*)$",
    re.I,
)
_JOINERS = ("and", "but", "while", "though", "although", "whereas")
# Round 31 (gap34b): "k delete svc my-api. deploy/my-api keeps running": a pasted command ended
# by a full stop and followed by a sentence is the command and that sentence (kubectl would look
# for a service called "my-api."), read as the joined sentence above is. The command is the text
# up to the first full stop followed by a space (a dot inside a word — an image tag — is kept).
_SENTENCE_TAIL = re.compile(
    r"^(?P<command>(?:[^\n'\"`|;&$<>#.]|\.(?!\s))*?[^\s,.])\.\s+(?P<tail>\S[^\n]*)$"
)


def tailed(line: str, namespace: str) -> str:
    """``line`` with a pasted command followed by a joined sentence (:data:`_PROSE_TAIL`), or by
    a sentence after a full stop (:data:`_SENTENCE_TAIL`), written as the command's sentence and
    that sentence; any other line as it is."""
    if not is_command(line):
        return line
    if ". " in line and (m := _SENTENCE_TAIL.match(line.strip())):
        said = _plain_sentence(m["command"], namespace)
        return line if said is None else f"{said}. {m['tail'].strip()}"
    if not any(f" {j} " in line.lower() for j in _JOINERS):
        return line
    if not (m := _PROSE_TAIL.match(line.strip())):
        return line
    said = _plain_sentence(m["command"], namespace)
    return line if said is None else f"{said} {m['tail'].strip()}"


def _plain_sentence(command: str, namespace: str) -> str | None:
    """The sentence of ``command`` when it translates to one plain order (no hints, patch or
    manifest); None otherwise."""
    try:
        commands = translate(command, namespace)
    except Clarify:
        return None
    if len(commands) != 1 or commands[0].hints or commands[0].patch or commands[0].manifest:
        return None
    return commands[0].text


# Round 30 (a34b): "kubectl rollout restart deploy my-api payments worker, except worker", "…
# minus worker", "… (without payments)", "… # except worker", "…; excluding worker", "…, leave
# worker alone", "… -- not worker": a pasted restart or scale of several objects followed by
# some of them excluded is the command without them. Only names the command itself lists are
# taken out (any other word — "not now", "except orders" not listed — leaves the line as it is,
# read as before), and at least one object must be left.
_EXCEPT_TAIL = re.compile(
    r"^(?P<command>[^\n'\"`|;&<>#()]*?[^\s,;.(#-])\s*(?:[,;.]\s*|\s--\s+|\s#\s*|\s)\(?\s*"
    r"(?:(?:but|and)\s+)?(?:except(?:\s+for)?|excluding|exclude|not|skip(?:ping)?|minus|without|"
    r"leave|(?:don'?t|do\s+not)\s+(?:touch|restart|scale)|"
    # (Round 31, a35c: "…, nothing on worker", "…, all but worker".)
    r"nothing\s+(?:on|for|to)|(?:all|everything|every\s+one)\s+but)\s+"
    r"(?P<names>(?:the\s+)?[a-z0-9][\w./-]*(?:\s*(?:,|\band\b|&)\s*(?:the\s+)?[a-z0-9][\w./-]*)*)"
    r"(?:\s+alone)?\s*\)?\s*[.!]?$|"
    # Round 31 (a35c): the names first, "…, worker excluded", "… (worker stays as is)", "…,
    # worker untouched".
    r"^(?P<command2>[^\n'\"`|;&<>#()]*?[^\s,;.(#-])\s*(?:[,;.]\s*|\s--\s+|\s#\s*|\s)\(?\s*"
    r"(?:(?:but|and)\s+)?(?P<names2>(?:the\s+)?[a-z0-9][\w./-]*(?:\s*(?:,|\band\b|&)\s*"
    r"(?:the\s+)?[a-z0-9][\w./-]*)*)\s+(?:(?:is|are|gets?|should\s+be|stays?)\s+)?"
    r"(?:excluded|untouched|skipped|left\s+(?:alone|out|as\s+is)|stays?\s+as\s+is|"
    r"not\s+(?:included|touched))\s*\)?\s*[.!]?$",
    re.I,
)
_SEVERAL = re.compile(r"\b(?:rollout\s+restart|scale)\s", re.I)
_SELECTS = re.compile(r"(?<!\S)(?:-l|--selector|--all|-A|--all-namespaces)(?![\w-])", re.I)


def excepted(line: str, namespace: str, workloads: Callable[[], frozenset[str]]) -> str:
    """``line`` with the objects a pasted command lists and then excludes taken out of it (see
    above); any other line as it is. A workload of the namespace (``workloads``) excluded but
    not listed ("kubectl rollout restart deploy my-api worker, except orders") is left out
    already: nothing to take out."""
    if not is_command(line) or not (m := _EXCEPT_TAIL.match(line.strip())):
        return line
    command = m["command"] or m["command2"]
    if not _SEVERAL.search(command) or _SELECTS.search(command):
        # ("kubectl rollout restart deploy -l tier=backend except worker": a set the names
        # said are not taken out of here — read as before.)
        return line
    out = [
        rx(r"^the\s+").sub("", n.strip()).lower()
        for n in rx(r"\s*(?:,|\band\b|&)\s*").split(m["names"] or m["names2"])
    ]
    words = command.split()
    for name in out:
        if name in _KINDS:
            return line
        said = {name, *(f"{k}/{name}" for k in _KINDS)}
        hits = [i for i, w in enumerate(words) if w.lower() in said]
        if not hits and name.rsplit("/", 1)[-1] in workloads():
            continue
        if len(hits) != 1:
            return line
        del words[hits[0]]
    kept = " ".join(words)
    try:
        commands = translate(kept, namespace)
    except Clarify:
        return line
    return kept if commands else line


def translate(line: str, namespace: str) -> list[Command]:
    """The actions of a kubectl command line (see the module docstring); asks on the rest."""
    words = tokens(_CLI.sub("", line, count=1))
    args, flags = _flags(words, namespace)
    if not args:
        raise Clarify(f"{line!r}: which kubectl command? I read none.")
    verb, rest = args[0], args[1:]
    _dry_run(flags, line)
    if verb == "set" and rest[:1] in (["image"], ["env"], ["resources"]):
        verb, rest = f"set {rest[0]}", rest[1:]
    elif verb == "rollout" and rest:
        verb, rest = f"rollout {rest[0]}", rest[1:]
    handler = _VERBS.get(verb)
    if handler is not None and verb in FLAGS:
        _known(verb, flags, line)
    if handler is None:
        raise Clarify(
            f"I read the kubectl command {verb!r}, which the offline planner does not plan "
            "(it plans scale, set image, set env, set resources, rollout undo/restart, autoscale, "
            "patch, create pdb/cronjob, delete and Prometheus scrape annotations). "
            "Say the change in words."
        )
    return handler(rest, flags, line)


# Flags that change nothing in the cluster, for every verb: how the client reports (-o yaml,
# -o name, --v=6 logging), whether and how long it blocks until the change is done (--wait,
# --timeout), and the deprecated --record (an annotation of the command, which the plan's own
# record replaces). They are read and dropped, and the analysis says so. Every other flag is read
# into the plan by its verb (:data:`FLAGS`) or asked about, naming it: --dry-run, --force,
# --all, --selector … change what happens.
_HARMLESS = frozenset({"record", "wait", "output", "o", "timeout", "v"})
# Switches take no separate value: "--record deploy/x" names the object after it.
_SWITCHES = frozenset({"record", "wait", "overwrite", "now", "ignore-not-found"})
# --cascade is a switch too (bare, it means background) unless a mode follows it; ``delete``
# reads its own flags (--cascade, --grace-period, --now, --ignore-not-found): see :func:`_delete`.
_CASCADES = frozenset({"foreground", "background", "orphan", "true", "false"})
# The flags each verb reads into its plan (beside -n/--namespace, which every verb reads). One
# table, so that a flag a verb cannot carry is asked about rather than dropped.
FLAGS: dict[str, frozenset[str]] = {
    "scale": frozenset({"replicas", "current-replicas", "selector"}),
    "set image": frozenset({"containers"}),
    "set env": frozenset({"containers"}),
    "set resources": frozenset({"containers", "requests", "limits"}),
    "rollout undo": frozenset({"to-revision"}),
    "rollout restart": frozenset(),
    "rollout status": frozenset({"revision", "watch", "w"}),
    "rollout history": frozenset({"revision"}),
    "autoscale": frozenset({"min", "max", "cpu-percent", "name"}),
    "annotate": frozenset({"overwrite"}),
    "create": frozenset(
        {"selector", "min-available", "max-unavailable", "image", "schedule", "restart"}
    ),
    "patch": frozenset({"patch", "type"}),
}
FLAGS["set env"] |= {"from"}
FLAGS["rollout restart"] |= {"selector"}
# Short flags and the long flag each one is.
_SHORT = {"n": "namespace", "c": "containers", "l": "selector", "p": "patch"}


def _harmless(word: str) -> bool:
    name = word.lstrip("-").partition("=")[0]
    return word.startswith("-") and (
        name in _HARMLESS
        or (name[:1] in ("v", "o") and not word.startswith("--") and len(name) > 1)
    )


def ignored(line: str) -> tuple[list[str], str]:
    """The harmless flags of a pasted command (see :data:`_HARMLESS`) as typed, and the line
    without them (their numbers, "--timeout=30s", "-v=6", are no quantity of the plan): the
    analysis says they were read and left out."""
    if not is_command(line):
        return [], line
    left: list[str] = []
    kept: list[str] = []
    words = line.split()
    i = 0
    while i < len(words):
        word = words[i]
        if _harmless(word):
            left.append(word)
            # "-o name", "--timeout 30s", "--v 6": a flag with its value in the next word.
            valued = word.lstrip("-") in ("o", "v", "output", "timeout")
            if valued and i + 1 < len(words) and not words[i + 1].startswith("-"):
                i += 1
                left[-1] += f" {words[i]}"
        else:
            kept.append(word)
        i += 1
    return left, " ".join(kept)


def _flags(words: list[str], namespace: str) -> tuple[list[str], dict[str, str]]:
    args: list[str] = []
    flags: dict[str, str] = {}
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            # "create cronjob x --image=… -- pg_dumpall -h db": what follows is the command
            # the container runs, its own words (no flag of kubectl's).
            args += words[i:]
            break
        if word.startswith("-") and len(word) > 1 and not word.endswith("-"):
            name, eq, value = word.lstrip("-").partition("=")
            if not eq and word.startswith("-") and not word.startswith("--") and len(name) > 1:
                name, value, eq = name[0], name[1:], "="  # -nprod, -oyaml, -v6
            if (
                not eq
                and name not in _SWITCHES
                and i + 1 < len(words)
                and not words[i + 1].startswith("-")
                and (name != "cascade" or words[i + 1].lower() in _CASCADES)
            ):
                value = words[i + 1]
                i += 1
            flags[_SHORT.get(name, name)] = value
        else:
            args.append(word)
        i += 1
    for name in _HARMLESS:
        flags.pop(name, None)
    if (ns := flags.pop("namespace", namespace)) != namespace:
        raise Clarify(
            f"The command names namespace {ns!r}, but this session works in {namespace!r}. "
            f"Run it with -n {ns} (or drop -n to act in {namespace!r})."
        )
    return args, flags


def _dry_run(flags: dict[str, str], line: str) -> None:
    """``--dry-run`` (client or server) asks kubectl only to show what it would send: the
    command changes nothing, and the plan would. Said so, never planned (``--dry-run=none`` is
    an ordinary run). Pasted with "then apply it" or piped into ``kubectl apply -f -``, the
    flag is gone before this (:func:`.prose.pasted`)."""
    mode = flags.pop("dry-run", None)
    if mode is not None and mode.lower() != "none":
        raise Clarify(
            f"{line!r} has --dry-run{'=' + mode if mode else ''}: kubectl would only show the "
            "change and the cluster stays as it is, so there is nothing to plan. Say 'then "
            "apply it' (or drop --dry-run) if the change should be made."
        )


def _known(verb: str, flags: dict[str, str], line: str) -> None:
    """Ask about every flag ``verb`` does not read (see :data:`FLAGS`), naming them."""
    _unread({k: v for k, v in flags.items() if k not in FLAGS.get(verb, frozenset())}, line)


def _resource(rest: list[str], line: str) -> tuple[str, str, list[str]]:
    """``deploy/cart`` or ``deployment cart`` → (kind word, name, the words after)."""
    if not rest:
        raise Clarify(f"{line!r}: which object? Name it, e.g. deployment/cart.")
    first = rest[0].lower()
    if "/" in first:
        kind, _, name = first.partition("/")
        after = rest[1:]
    elif len(rest) > 1:
        kind, name, after = first, rest[1].lower(), rest[2:]
    else:
        raise Clarify(f"{line!r}: which {first}? Name it, e.g. {first}/NAME.")
    if kind not in _KINDS:
        raise Clarify(f"{line!r}: I do not plan changes to {kind!r} with this command.")
    if not _NAME.fullmatch(name):
        raise Clarify(f"{name!r} is not an object name.")
    return _KINDS[kind], name, after


def _unread(flags: dict[str, str], line: str) -> None:
    if flags:
        names = ", ".join(f"--{k}" for k in flags)
        raise Clarify(
            f"I did not understand {names} in {line!r}; I act on nothing I would leave out. "
            "Drop it, or say the change in words."
        )


def _nothing_more(after: list[str], line: str) -> None:
    if after:
        raise Clarify(
            f"I did not understand {' '.join(after)!r} in {line!r}: one object per command."
        )


def _workload(kind: str, line: str) -> None:
    if kind not in _WORKLOADS:
        raise Clarify(f"{line!r}: this command applies to a Deployment, StatefulSet or DaemonSet.")


def _scale(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    selector = flags.pop("selector", None)
    named = _resources(rest, line) if selector is None else []
    for kind, _ in named:
        _workload(kind, line)
    replicas = flags.pop("replicas", "")
    current = flags.pop("current-replicas", None)
    _unread(flags, line)
    if not rx(r"\d+").fullmatch(replicas):
        raise Clarify(f"--replicas {replicas!r} is not a whole number of replicas: how many?")
    if current is not None and not rx(r"\d+").fullmatch(current):
        raise Clarify(f"--current-replicas {current!r} is not a whole number.")
    # --current-replicas is a precondition kubectl checks, not a count of the plan: the scale
    # rule compares it with the live count (:func:`.workloads.scale`).
    hints = {"current-replicas": current} if current is not None else {}
    if selector is not None:
        # "kubectl scale deploy -l app=orders --replicas=3": each workload the label selects.
        kind = _labelled(rest, selector, line)
        return [Command(f"scale every {kind} labelled {selector} to {replicas} replicas", hints)]
    return [Command(f"scale {kind} {name} to {replicas} replicas", hints) for kind, name in named]


def _set_image(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    kind, name, pairs = _resource(rest, line)
    _workload(kind, line)
    _unread(flags, line)
    if not pairs:
        raise Clarify(f"{line!r}: which container and image? e.g. web=nginx:1.27.")
    out = []
    for pair in pairs:
        container, eq, image = pair.partition("=")
        if not eq or not image or not _NAME.fullmatch(container):
            raise Clarify(f"{pair!r} is not CONTAINER=IMAGE.")
        out.append(Command(f"update {kind} {name} to {image}", {"container": container}))
    return out


def _set_env(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    kind, name, pairs = _resource(rest, line)
    _workload(kind, line)
    hints = {"container": c} if (c := flags.pop("containers", "")) else {}
    source = flags.pop("from", None)
    _unread(flags, line)
    out = []
    if source is not None:
        # "--from=configmap/shared-config": every key of the ConfigMap, as envFrom.
        what, _, held = source.lower().partition("/")
        if what not in ("configmap", "cm", "configmaps") or not _NAME.fullmatch(held):
            raise Clarify(
                f"--from={source} in {line!r}: I load a ConfigMap's keys (--from=configmap/NAME); "
                "which ConfigMap?"
            )
        out.append(Command(f"load configmap {held} into the environment of {kind} {name}", hints))
    if not pairs and not out:
        raise Clarify(f"{line!r}: which variable? e.g. LOG_LEVEL=debug, or LOG_LEVEL- to remove.")
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq and key.endswith("-") and rx(r"[A-Za-z_][A-Za-z0-9_]*").fullmatch(key[:-1]):
            out.append(Command(f"remove {key[:-1]} from {kind} {name}", hints))
        elif eq and rx(r"[A-Za-z_][A-Za-z0-9_]*").fullmatch(key):
            quoted = f"'{value}'" if rx(r"[\s,]").search(value) or not value else value
            if "'" in value:
                raise Clarify(f"{pair!r}: a value with a quote in it is not planned offline.")
            # The container's own variable, said so (never the ConfigMap it may load).
            out.append(Command(f"set the env var {key}={quoted} on {kind} {name}", hints))
        else:
            raise Clarify(f"{pair!r} is not KEY=value or KEY-.")
    return out


def _set_resources(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    """``kubectl set resources deploy/x --limits=cpu=1,memory=512Mi --requests=cpu=100m``."""
    kind, name, after = _resource(rest, line)
    _workload(kind, line)
    _nothing_more(after, line)
    hints = {"container": c} if (c := flags.pop("containers", "")) else {}
    said = []
    for flag, word in (("requests", "request"), ("limits", "limit")):
        for item in filter(None, flags.pop(flag, "").split(",")):
            resource, eq, quantity = item.partition("=")
            if (
                not eq
                or resource not in ("cpu", "memory")
                or not rx(r"\d+(?:\.\d+)?(?:m|[KMGT]i?)?").fullmatch(quantity)
            ):
                raise Clarify(f"{item!r} in {line!r} is not cpu=QUANTITY or memory=QUANTITY.")
            said.append(f"the {resource} {word} to {quantity}")
    _unread(flags, line)
    if not said:
        raise Clarify(f"{line!r}: which requests or limits? e.g. --limits=memory=512Mi.")
    return [Command(f"set {', '.join(said)} on {kind} {name}", hints)]


def _undo(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    kind, name, after = _resource(rest, line)
    _workload(kind, line)
    _nothing_more(after, line)
    revision = flags.pop("to-revision", None)
    _unread(flags, line)
    if revision is None or revision == "0":
        return [Command(f"roll back {kind} {name}")]
    if not rx(r"\d+").fullmatch(revision):
        raise Clarify(f"--to-revision {revision!r} is not a revision number.")
    return [Command(f"roll back {kind} {name} to revision {revision}")]


def _resources(rest: list[str], line: str) -> list[tuple[str, str]]:
    """Every object a command names, as kubectl reads them: ``TYPE/NAME TYPE/NAME …`` or
    ``TYPE NAME NAME …`` (never the two forms mixed) — "kubectl rollout restart
    deployment/frontend deployment/payments" restarts both."""
    kind, name, after = _resource(rest, line)
    out = [(kind, name)]
    slashed = "/" in rest[0]
    for word in after:
        if slashed != ("/" in word):
            _nothing_more([word], line)
        if slashed:
            kind, name, more = _resource([word], line)
            _nothing_more(more, line)
        else:
            name = word.lower()
            if not _NAME.fullmatch(name):
                raise Clarify(f"{name!r} is not an object name.")
            if name in _JOINERS:
                # "… deployment my-api and keep payments untouched": words, never a name.
                raise Clarify(
                    f"I read {' '.join(after[after.index(word) :])!r} after the command "
                    f"{line!r}: is that part of the command? Say the change in words, or "
                    "paste the command alone."
                )
        out.append((kind, name))
    if len(set(out)) < len(out):
        raise Clarify(f"{line!r} names one object twice: which others did you mean?")
    return out


def _labelled(rest: list[str], selector: str, line: str) -> str:
    """The one workload kind of ``KIND -l KEY=VALUE`` (the rules find what the label selects,
    and ask when it selects nothing)."""
    kind = _KINDS.get(rest[0].lower(), "") if len(rest) == 1 else ""
    _workload(kind, line)
    if not rx(r"[a-z0-9][a-z0-9./-]*=[a-z0-9][a-z0-9._-]*").fullmatch(selector):
        # Several pairs, "!=", "in (…)": a set the rules would not read exactly.
        raise Clarify(
            f"-l {selector!r} in {line!r}: I select by one label, KEY=VALUE. Which workloads "
            "did you mean?"
        )
    return kind


def _restart(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    if (selector := flags.pop("selector", None)) is not None:
        # "rollout restart deploy -l app=orders": every workload of that kind the selector
        # selects, found in the cluster by the restart rule (asked when it selects none).
        kind = _labelled(rest, selector, line)
        _unread(flags, line)
        return [Command(f"restart every {kind} labelled {selector}")]
    named = _resources(rest, line)
    for kind, _ in named:
        _workload(kind, line)
    _unread(flags, line)
    return [Command(f"restart {kind} {name}") for kind, name in named]


def _annotate(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    """``kubectl annotate deploy/x prometheus.io/scrape=true prometheus.io/port=8080``: the
    scrape annotations Prometheus reads, planned on the pod template (where pod discovery
    reads them). Any other key, a removal, or scrape not ``true`` is asked."""
    kind, name, pairs = _resource(rest, line)
    _workload(kind, line)
    flags.pop("overwrite", None)
    _unread(flags, line)
    said: dict[str, str] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq or key not in (
            "prometheus.io/scrape",
            "prometheus.io/port",
            "prometheus.io/path",
        ):
            raise Clarify(
                f"I read {pair!r} in {line!r}: the offline planner annotates only Prometheus' "
                "scrape keys (prometheus.io/scrape, /port, /path). Say the change in words."
            )
        said[key.rpartition("/")[2]] = value
    if said.get("scrape") != "true":
        raise Clarify(f"{line!r}: should Prometheus scrape {name}? Say prometheus.io/scrape=true.")
    port, path = said.get("port"), said.get("path")
    if port is not None and not rx(r"\d{1,5}").fullmatch(port):
        raise Clarify(f"prometheus.io/port={port!r} is not a port number: which port?")
    if path is not None and not rx(r"/[A-Za-z0-9._~\-/]*").fullmatch(path):
        raise Clarify(f"prometheus.io/path={path!r} is not an HTTP path: which path?")
    text = f"annotate {kind} {name} for prometheus scraping"
    text += f" on port {port}" if port else ""
    text += f" at {path}" if path else ""
    return [Command(text)]


def _create(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    """``kubectl create pdb NAME --selector=app=X --min-available=50%``: a PodDisruptionBudget
    over the pods of workload X (its name and selector as given). Any other kind is asked."""
    kind = rest[0].lower() if rest else ""
    if kind in ("cronjob", "cj"):
        return _cronjob(rest[1:], flags, line)
    if kind not in ("pdb", "poddisruptionbudget"):
        raise Clarify(
            f"I read 'kubectl create {kind}'. Of the create commands the offline planner plans "
            "only `kubectl create pdb` (a PodDisruptionBudget) and `kubectl create cronjob`; "
            "say the change in words."
        )
    if len(rest) != 2 or not _NAME.fullmatch(rest[1].lower()):
        raise Clarify(f"{line!r}: which name should the budget have? e.g. create pdb web-pdb.")
    name = rest[1].lower()
    selector = flags.pop("selector", "")
    low, high = flags.pop("min-available", None), flags.pop("max-unavailable", None)
    _unread(flags, line)
    m = rx(r"(app|app\.kubernetes\.io/name)=([a-z0-9]([-a-z0-9.]*[a-z0-9])?)").fullmatch(selector)
    if not m:
        raise Clarify(
            f"--selector {selector!r} in {line!r}: I create budgets over one workload's pods, "
            "selected by app=NAME. Which workload?"
        )
    if (low is None) == (high is None):
        raise Clarify(f"{line!r}: --min-available or --max-unavailable (one of them): how many?")
    field, value = ("minAvailable", low) if low is not None else ("maxUnavailable", high)
    if not rx(r"\d{1,3}%|\d+").fullmatch(value or ""):
        raise Clarify(f"{value!r} in {line!r} is not a count or a percent: how many pods?")
    return [
        Command(
            f"add a pdb to {m.group(2)} with {field} {value}",
            {"pdb-name": name, "pdb-selector": selector},
        )
    ]


# A cron schedule: five fields of digits, *, /, - and , (names of months and days too), or a
# macro. "15 1 * * *", "*/10 * * * *", "@daily".
_CRON = re.compile(
    r"(?:[\w*/,-]+\s+){4}[\w*/,-]+|@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)"
)


def _cronjob(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    """``kubectl create cronjob NAME --image=IMG --schedule='…' [--restart=…] -- CMD ARGS``:
    the CronJob kubectl would create, as itself (its one container is called NAME and runs
    CMD ARGS as its command; without them, the image's own)."""
    name = rest[0].lower() if rest else ""
    if not _NAME.fullmatch(name) or (len(rest) > 1 and rest[1] != "--"):
        raise Clarify(f"{line!r}: which name should the CronJob have? e.g. create cronjob db-dump.")
    command = rest[2:] if len(rest) > 1 else []
    image = flags.pop("image", "")
    schedule = flags.pop("schedule", "").strip()
    restart = flags.pop("restart", "OnFailure")
    _unread(flags, line)
    if not rx(r"[a-z0-9][\w./:@-]*").fullmatch(image):
        raise Clarify(f"{line!r}: which image should the CronJob run? Give --image=IMAGE:TAG.")
    if not _CRON.fullmatch(schedule):
        raise Clarify(
            f"--schedule {schedule!r} in {line!r} is not a cron schedule I read: when should it "
            "run? e.g. --schedule='15 1 * * *'."
        )
    if restart not in ("OnFailure", "Never"):
        raise Clarify(f"--restart={restart} in {line!r}: OnFailure or Never?")
    container: dict[str, Any] = {"name": name, "image": image}
    if command:
        container["command"] = command
    manifest = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": name},
        "spec": {
            "schedule": schedule,
            "jobTemplate": {
                "metadata": {"name": name},
                "spec": {
                    "template": {"spec": {"containers": [container], "restartPolicy": restart}}
                },
            },
        },
    }
    return [Command(f"create cronjob {name}", manifest=manifest)]


def _read_only(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    raise Clarify(
        f"{line!r} only reads; the planner plans changes. Run it yourself, or say what to change."
    )


def _autoscale(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    kind, name, after = _resource(rest, line)
    _workload(kind, line)
    _nothing_more(after, line)
    low, high = flags.pop("min", None), flags.pop("max", None)
    percent = flags.pop("cpu-percent", None)
    hpa_name = flags.pop("name", None)
    _unread(flags, line)
    if hpa_name is not None and not _NAME.fullmatch(hpa_name):
        raise Clarify(f"--name {hpa_name!r} is not an object name: what should the HPA be called?")
    if high is None:
        raise Clarify(f"{line!r}: --max is required (the most replicas).")
    # `kubectl autoscale` makes a HorizontalPodAutoscaler, whatever else is installed.
    words = [f"autoscale {kind} {name} with an hpa"]
    words.append(f"min={low} max={high}" if low is not None else f"max={high}")
    if percent is not None:
        words.append(f"cpu-percent={percent}")
    return [Command(" ".join(words), {"hpa-name": hpa_name} if hpa_name else {})]


def unvalued(line: str) -> str:
    """``line`` less the numbers of flags read without a value in the plan (a pasted delete's
    ``--grace-period=30``, said in its analysis; the precondition ``--current-replicas=2`` of a
    scale): no quantity for the accounting to place."""
    if not is_command(line):
        return line
    return rx(r"\s--(?:grace-period|current-replicas)(?:=|\s+)\d+\b").sub(" ", line)


def _delete(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    """``kubectl delete KIND NAME`` with the flags that say how, each read:

    - ``--cascade=foreground|background`` (``true``, or bare: background) deletes the same
      objects, the owner first or its dependents first: the propagation is planned as said;
    - ``--cascade=orphan`` (``false``) leaves the ReplicaSets and pods running without an owner:
      asked, as a delete that keeps its pods is in words;
    - ``--ignore-not-found``, ``--wait``: how the client reports, nothing deleted differs;
    - ``--grace-period=N`` / ``--now``: the object's own grace, which a workload does not use
      (its pods end by their ``terminationGracePeriodSeconds``): said in the analysis;
      ``--grace-period=0`` (with ``--force``) is a forced delete and stays asked, like --force.
    """
    kind, name, after = _resource(rest, line)
    _nothing_more(after, line)
    hints: dict[str, str] = {}
    cascade = flags.pop("cascade", None)
    if cascade is not None:
        mode = {"": "Background", "true": "Background", "background": "Background"}.get(
            cascade.lower(), cascade.capitalize()
        )
        if mode in ("Orphan", "False"):
            raise Clarify(
                f"I read --cascade={cascade} in {line!r}: that leaves the {kind}'s ReplicaSets "
                "and pods running without an owner, and a delete that keeps its pods is not "
                f"planned. Say 'scale {name} to 0' to stop it, or drop --cascade to delete it "
                "with its pods."
            )
        if mode not in ("Foreground", "Background"):
            raise Clarify(f"I did not understand --cascade={cascade} in {line!r}.")
        hints["propagation"] = mode
    flags.pop("ignore-not-found", None)
    if "force" in flags:
        _unread(flags, line)  # a forced delete is asked, whatever grace is said with it
    grace = flags.pop("grace-period", None)
    now = flags.pop("now", None)
    if grace is not None and (not rx(r"-?\d+").fullmatch(grace) or int(grace) == 0):
        raise Clarify(
            f"I read --grace-period={grace} in {line!r}: a forced or invalid grace is not "
            "planned. Drop it to delete with the pods' own grace period."
        )
    if grace is not None or now is not None:
        said = "--now" if now is not None else f"--grace-period={grace}"
        hints["note"] = (
            f"{said} is not passed: the pods end by their own terminationGracePeriodSeconds "
            "(the same objects are deleted)."
        )
    _unread(flags, line)
    if kind in _WORKLOADS:
        # kubectl deletes the one object (its ReplicaSets and pods follow), nothing beside it.
        return [Command(f"delete the {kind} {name} alone", hints)]
    return [Command(f"delete the {kind} {name}", hints)]


def _patch(rest: list[str], flags: dict[str, str], line: str) -> list[Command]:
    """``kubectl patch KIND NAME -p BODY [--type strategic|merge|json]``: the body as kubectl
    reads it (JSON, or YAML), planned as that patch of that object (:mod:`.patches` checks it
    against the live object). A patch from a file, of a subresource, or of any other kind is
    asked (:data:`FLAGS`)."""
    kind, name, after = _resource(rest, line)
    _nothing_more(after, line)
    given = flags.pop("patch", None)
    kind_of = flags.pop("type", "strategic").lower()
    _unread(flags, line)
    if not given:
        raise Clarify(f"{line!r}: which patch? Give it with -p, e.g. -p '{{\"spec\": …}}'.")
    if kind_of not in ("strategic", "merge", "json"):
        raise Clarify(f"--type {kind_of!r} in {line!r}: strategic, merge or json?")
    try:
        body = json.loads(given)
    except ValueError:
        try:
            body = yaml.safe_load(given)
        except yaml.YAMLError:
            body = None
    if kind_of == "json":
        shaped = isinstance(body, list) and bool(body) and all(isinstance(o, dict) for o in body)
    else:
        shaped = isinstance(body, dict) and bool(body)
    if not shaped:
        raise Clarify(
            f"I could not read the patch {given!r} in {line!r} as a "
            f"{'list of JSON patch operations' if kind_of == 'json' else 'JSON or YAML object'}"
            ": which change, exactly?"
        )
    return [Command(f"patch {kind} {name}", patch=Patch(kind, name, kind_of, body))]


_VERBS = {
    "patch": _patch,
    "scale": _scale,
    "set image": _set_image,
    "set env": _set_env,
    "set resources": _set_resources,
    "rollout undo": _undo,
    "rollout restart": _restart,
    "rollout status": _read_only,
    "rollout history": _read_only,
    "autoscale": _autoscale,
    "delete": _delete,
    "annotate": _annotate,
    "create": _create,
}


# A line that is an `oc` command of kubectl's verbs (:func:`openshift` writes it as kubectl's
# before planning; a line read on its own, e.g. by :func:`is_command`, is read the same way).
_OC_VERB = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS)
# Round 27: "k", the shell alias of kubectl ("k delete deploy worker", "k scale sts/cache
# --replicas=2"): a kubectl line when one of its verbs and then a kind of :data:`_KINDS` follow
# ("k delete worker" names no kind: left as said, "k" may be "ok").
_K_KIND = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
_K_ALIAS = rf"k(?=\s+(?:{_OC_VERB})\s+(?:{_K_KIND})(?:/|\s))"
_K = re.compile(rf"^(?P<lead>\s*(?:\$\s*)?){_K_ALIAS}\s+")
_CLI = re.compile(rf"^\s*(?:\$\s*)?(?:kubectl|oc(?=\s+(?:{_OC_VERB})(?:\s|$))|{_K_ALIAS})\s+")
