"""An order said in a spec's or another platform's words, read as the planner's words (round 24).

Round 24 (blind26's misses): people who know the objects say an order in their field names and
commands, and the readers asked where the order was plain:

- ``cf set-env APP KEY VALUE`` / ``cf unset-env APP KEY`` (Cloud Foundry's env commands) say
  "set KEY=VALUE on APP" / "remove env KEY from APP"; what follows stays as said ("…, and restart
  it so it takes", "-- in k8s terms put it in my-api-config").
- "in cf I'd just do `cf scale worker -i 0`; stop worker the k8s way (…)": another platform's
  command quoted as a comparison before the order. The comparison is dropped, the order read.
- "readinessProbe", "livenessProbe", "startupProbe": the probe, in words.
- "auto scaling", "auto-scaler": autoscaling.
- "memory over 90% of limit": of ITS limit; "returns more than 5% errors": an error rate above
  5% (only in an alert's words).
- "2 instances -> 5": from 2 instances to 5.
- "(no route or service there)": no route and no service (a negation's "or" is no alternative).
- "checkout has 2 instances, never both on one cell -- spread them across nodes": the "never
  both on one node" restates the spread said beside it, dropped only beside that spread.
- "create PodDisruptionBudget for checkout, minAvailable is 1", "ServiceMonitor for my-api,
  port is http": a field's value said with "is" closing a create order (a state with "now",
  "already", "currently" is left as said).

Pure text; anything else is returned as it is.

>>> read("cf unset-env frontend FEATURE_FLAG")
'remove env FEATURE_FLAG from frontend'
>>> read("payments: 2 instances -> 5 for the payroll run")
'payments: from 2 instances to 5 for the payroll run'
"""

from __future__ import annotations

import re

_KEY = r"[A-Z][A-Z0-9_]{1,62}"
_APP = r"[a-z0-9][a-z0-9-]*"
_VALUE = r"(?:'[^']*'|\"[^\"]*\"|[^\s'\",;]+)"
# What may follow the command: a clause, or a time or a connective that the other readers read.
_REST = (
    r"(?:\s*(?:[,;.]|--|\u2014).*|\s+(?:for|until|till|while|during|on|at|before|after|"
    r"tomorrow|tonight|and|then|but)\b.*)?"
)
_SET_ENV = re.compile(
    rf"^\s*cf\s+set-env\s+(?P<app>{_APP})\s+(?P<key>{_KEY})\s+(?P<value>{_VALUE})"
    rf"(?P<rest>{_REST})$",
    re.S,
)
_UNSET_ENV = re.compile(
    rf"^\s*cf\s+unset-env\s+(?P<app>{_APP})\s+(?P<key>{_KEY})(?P<rest>{_REST})$",
    re.S,
)
# "in cf I'd just do `…`;": another platform's command, quoted as what one would do there.
_COMPARED = re.compile(
    r"^\s*(?:in|on|with)\s+(?:cf|cloud\s*foundry|heroku|nomad|swarm|docker(?:\s+compose)?|"
    r"compose|ecs|fly(?:\.io)?|render)\s*,?\s+(?:i'?d|i\s+would|we'?d|we\s+would|you'?d)\s+"
    r"(?:just\s+|simply\s+)?(?:do|run|type|say|use)\s+`[^`\n]+`\s*(?:[;:,.]|--|\u2014)\s*",
    re.I,
)
_PROBE = re.compile(r"\b(readiness|liveness|startup)Probe\b(?![.:]\S)", re.I)
_AUTO = re.compile(r"\bauto[\s-]+(scal(?:ing|ed|er|ers|es|e))\b", re.I)
_ALERT = re.compile(r"\balert", re.I)
_OF_LIMIT = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?\s*%)\s+of\s+(?:the\s+)?(?P<what>limit|request)\b"
    r"(?!\s+(?:of|or|and)\b)",
    re.I,
)
_ERRORS = re.compile(
    r"\b(?:returns?|returning|has|have|throws?|serves?|gives?|produces?|shows?|sees?)\s+"
    r"(?:more\s+than|over|above)\s+(?P<pct>\d+(?:\.\d+)?\s*%)\s+(?:of\s+)?(?:errors?|5xx(?:\s+"
    r"errors?)?|failures?|failed\s+requests?|error\s+responses?)\b",
    re.I,
)
_ARROW_COUNT = re.compile(
    r"\b(?P<a>\d+)\s+(?P<unit>instances?|replicas?|pods?|copies)\s*(?:->|-->|=>|\u2192)\s*"
    r"(?P<b>\d+)\b(?!\s*(?:instances?|replicas?|pods?|copies)?\s*(?:->|=>|\u2192))",
    re.I,
)
_NEITHER = re.compile(r"\(\s*no\s+(?P<a>[a-z][\w-]*)\s+or\s+(?P<b>[a-z][\w-]*)", re.I)
_NEVER_TOGETHER = re.compile(
    r"\s*(?:,|;|--|\u2014)?\s*\b(?:never|not)\s+(?:both|two|two\s+of\s+them|more\s+than\s+one)\s+"
    r"(?:on|in)\s+(?:one|the\s+same|a\s+single)\s+(?:cell|node|host|machine|box|server|vm)\b",
    re.I,
)
_SPREAD = re.compile(
    r"\bspread\b[^.;\n]*\b(?:across|over|among)\s+(?:the\s+|different\s+|separate\s+)?"
    r"(?:nodes|hosts|machines|servers|vms)\b",
    re.I,
)
_CREATE = re.compile(
    r"^\s*(?:(?:please|pls|kindly)\s*,?\s+)?(?:create|make|add|set\s+up|configure|give)\b", re.I
)
_FIELD_IS = re.compile(
    r",\s*(?P<field>minAvailable|maxUnavailable|min\s+available|max\s+unavailable|port|path|"
    r"interval|scrape\s+interval|minReplicas|maxReplicas)\s+is\s+(?P<value>[\w/%:-]+(?:\.\w+)*)"
    r"(?P<end>(?=\s*,)|\s*[.!]?\s*$)",
    re.I,
)
# "…; the PDB stays as configured": the object said to stay, beside a scale or a restart that
# deletes nothing, is "keep the PDB" (what :mod:`.constraints` reads). A delete's kept parts are
# :mod:`.deletions`' to read.
_STAYS = re.compile(
    r"\s*[;,.]\s+(?:(?:and|but)\s+)?the\s+(?P<kind>pdb|hpa|service|svc|disruption\s+budget|"
    r"network\s*policy|netpol)\s+(?:stays|remains|is\s+to\s+stay|must\s+stay|should\s+stay)"
    r"(?:\s+(?:as\s+(?:configured|it\s+is|is)|unchanged|untouched|the\s+same|in\s+place))?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.I,
)
# Only beside a count or a restart ("raise it to 3 replicas; the PDB stays"): a change that may
# be the budget's own ("minimum healthy percent to 50; the PDB stays") is left, and asked.
_COUNT_OR_RESTART = re.compile(
    r"\b(?:scale|replicas?|pods?|instances?|restart|bounce)\b(?!\s+(?:healthy|percent))", re.I
)
_DELETE = re.compile(
    r"\b(?:delet|remov|decommission|drop|destroy|tear|get\s+rid|nuke|scrap|uninstall)", re.I
)
# "the orders pdb blocks every node drain -> let one pod go down at a time instead": an arrow
# from what is wrong to the order that mends it is a clause break (never an arrow to a value).
_ARROW_TO_ORDER = re.compile(
    r"^(?P<fact>[^\n>]*\b(?:blocks?|blocked|is|are|was|were|keeps?|fails?|failing|breaks?|"
    r"broke|prevents?|causes?|hangs?|crash(?:es|ed|ing)?|stuck)\b[^\n>]*?)\s+(?:->|=>|\u2192)\s+"
    r"(?=(?:please\s+|pls\s+|so\s+)?(?:let|make|set|scale|add|give|raise|lower|bump|allow|change|"
    r"switch|move|put|spread|create|run)\b)",
    re.I,
)


def _env(text: str) -> str:
    if m := _SET_ENV.match(text):
        return f"set {m['key']}={m['value']} on {m['app']}{m['rest']}"
    if m := _UNSET_ENV.match(text):
        return f"remove env {m['key']} from {m['app']}{m['rest']}"
    return text


def read(text: str) -> str:
    """``text`` with the spec's and other platforms' words above said as the planner's."""
    text = _env(text)
    if (m := _COMPARED.match(text)) and text[m.end() :].strip():
        text = text[m.end() :]
    text = _PROBE.sub(lambda m: f"{m[1]} probe", text)
    text = _AUTO.sub(lambda m: f"auto{m[1]}", text)
    if _ALERT.search(text):
        text = _OF_LIMIT.sub(lambda m: f"{m['pct']} of its {m['what']}", text)
        text = _ERRORS.sub(lambda m: f"error rate above {m['pct']}", text)
    text = _ARROW_TO_ORDER.sub(lambda m: f"{m['fact']}: ", text, count=1)
    text = _ARROW_COUNT.sub(lambda m: f"from {m['a']} {m['unit']} to {m['b']}", text)
    text = _NEITHER.sub(lambda m: f"(no {m['a']} and no {m['b']}", text)
    if _SPREAD.search(text):
        text = _NEVER_TOGETHER.sub("", text)
    if not _DELETE.search(text) and _COUNT_OR_RESTART.search(text):
        text = _STAYS.sub(lambda m: f", but keep the {m['kind']}{m['end']}", text)
    if _CREATE.match(text):
        text = _FIELD_IS.sub(lambda m: f", {m['field']} {m['value']}{m['end']}", text)
    return text
