"""What the offline planner can plan: every category, its builder and the words that cue it.

One :func:`~.registry.register` call per capability (see :mod:`.registry`). Weights replace the
old first-match order: where two categories' words meet, the more specific phrase weighs more
("remove LOG_LEVEL" is config at 1.3, over a delete's 0.75; "remove 2 replicas" is a scale at
1.3). Kubernetes jargon (hpa, pdb, netpol, svcmonitor, requests/limits, rollout) is cued here
as well; the nearest labelled examples (:mod:`.understand`) weigh in beside these.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import (
    addons,
    alerts,
    budgets,
    config,
    envs,
    monitors,
    netpol,
    parties,
    placement,
    podsecurity,
    probes,
    pulls,
    removal,
    scaling,
    sizing,
    statements,
    strategy,
    text,
    workloads,
)
from dotop_nb.planner.offline.numbers import DOUBLED_WORDS, NTH_VERBS
from dotop_nb.planner.offline.registry import register
from dotop_nb.planner.offline.timewords import GOING_BACK, WHEN_NEXT

_KINDS = (
    r"service|svc|pdb|poddisruptionbudget|disruption budget|budget|hpa|horizontalpodautoscaler|"
    r"autoscaler|configmap|config map|cm|replicasets?|rs"
)

register(
    "scale",
    workloads.scale,
    cues={
        # "remove 2 replicas" / "kill one pod" scale down; they are not deletions.
        r"\b(?:remove|drop|kill)\s+\S+\s+(?:replicas?|pods?|instances?)\b": 1.3,
        # "can be scaled down to zero", "scaling web to 4": the verb in any form.
        r"\bscal(?:e|ed|ing)\b(?!.*\b(?:automatically|with (?:the )?load|itself|on demand|"
        r"on (?:cpu|memory))\b)": 0.7,
        r"\breplicas?\b|\binstances?\b|--replicas": 0.6,
        # "worker should be at 0", "frontend needs to be at 5": a workload at a bare whole
        # number is its count (a version has a dot: "should be at 1.4").
        r"^\W*[a-z0-9][\w\-]*\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+be\s+at\s+"
        r"\d+(?![.\w])\W*$": 0.9,
        # Round 43 (blind46): "my-api one pod is enough now", "2 replicas will do for worker":
        # a count said to be enough is the count to run.
        r"^(?!.*(?:auto-?scal|\bhpa\b|\bkeda\b)).*\b(?:\d+|one|two|three|four|five|six|seven|"
        r"eight|nine|ten|a\s+single)\s+(?:replicas?|instances?|pods?|copies)\s+(?:is|are|'s)\s+"
        # (Not "… enough for orders": what is enough for something, asked as modal.py asks.)
        r"(?:enough|sufficient|plenty)\b(?!\s+(?:if|when|once|unless|for)\b)": 0.95,
        # A count of replicas said with its unit is a scale whatever the verb ("bump … to 5
        # replicas"), but not an autoscaler's bound ("let web autoscale up to 20 pods").
        r"^(?!.*(?:auto-?scal|\bhpa\b|\bkeda\b)).*\b(?:to|=)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:replicas?|instances?|pods?|copies)\b": 0.95,
        # "frontend and payments to four each": a count per workload listed is a scale.
        r"^(?!.*(?:auto-?scal|\bhpa\b|\bkeda\b|\b(?:cpu|memory|mem)\b)).*\bto\s+(?:\d+|one|two|"
        r"three|four|five|six|seven|eight|nine|ten)\s+(?:each|apiece|a piece)\b": 0.95,
        # Not a probe's "times out after 2s" or "fails 3 times".
        # "payments x10", "3\u00d7 the pods": a factor, its sign said before or after it.
        # (Not "like a standard-2x": a factor glued to a word by a hyphen is part of a name.)
        rf"\bdouble\b(?![\s-]?(?:{DOUBLED_WORDS})\b|-)|\bhalve\b|\btriple\b(?![\s-]?check\b|-)|"
        r"(?<![\w\-.])\d+\s*[x\u00d7]\b|(?<![\w.\-])[x\u00d7]\s?\d+\b|"
        r"(?<!\bfails\s)(?<!\bfail\s)\b(?<!\bfail\s\w\s)(?<!\bfails\s\w\s)"
        r"times\b(?!\s+(?:out|in a row)\b)": 0.5,
        # Round 24: "2.5x what it runs now", "1.5 times its current size": a decimal factor of
        # the count it runs (never a version's "1.2.5x" or a bare "to 2.5").
        r"(?<![\w\-.])\d+\.\d+\s*(?:x|times)\s+"
        r"(?:what\s+(?:it|they)\b|(?:its|their)\s+current\b)": 0.5,
        # Round 31 (gap34b): "worker make it 2 pod", "make them three instance": a count made
        # with its unit said in the singular (as some write it) weighs as "pods" does.
        # (Round 33: the workload said in place of "it": "make the check-in worker (worker) 3 pod".)
        r"\bmake\s+(?:it|them|(?:the\s+)?[a-z][\w\-]*)\s+(?:\d+|two|three|four|five|six|seven|"
        r"eight|nine|ten)\s+(?:pod|instance)\b": 0.5,
        # Not "the envoy sidecar in the orders pods to v1.31.2": a dotted version is no count.
        r"\bmore (?:pods|replicas|instances)|"
        r"^(?!.*\bto\s+v?\d+\.\d+)(?:.*\s)?(?:pods|copies)\b": 0.5,
        # "the pod count of worker should get halved": the count said as what happens to it.
        r"\b(?:replicas?|pods?|instances|replica\s+count|pod\s+count)\b[^,.;]{0,30}?"
        r"\b(?:doubled|tripled|halved)\b": 0.9,
        # "payments please half of now", "worker double pls": the factor said after the
        # workload, as its verb ("half" for "halve"), of the count it runs now.
        r"^(?!.*\b(?:cpus?|cores?|memory|mem|ram|limits?|requests?|disk|storage|heap|budget|"
        r"pdb|timeouts?|max\w*|min\w*)\b)(?:.*\s)?[a-z][\w\-]*\s+(?:(?:please|pls|plz|kindly)\s+)?"
        r"(?:half|double|triple)(?:\s+(?:of\s+)?(?:now|today|(?:the\s+)?current|what\s+(?:it|they)\s+"
        r"(?:is|are|runs?|has|have)))?(?=\s*(?:$|[,.;!?]|\bplease\b|\bpls\b|\bnow\b))": 0.9,
        # "make frontend twice as big": a size as a multiple, read like "2x bigger".
        r"\b(?:twice|half|thrice)\s+as\s+(?:big|large|many)\b": 0.5,
        r"\b(?:increase|decrease|reduce|raise|lower|grow|shrink|cut|trim|shave|slash|pare|boost|"
        r"expand)\b.*\bby\b": 0.45,
        # "one more worker pls", "two extra payments": a count of more of a workload.
        r"^(?!.*\b(?:cpus?|cores?|memory|mem|ram|[a-z]?i?b)\b)(?:.*\s)?(?:one|two|three|an?|\d+)\s+"
        r"(?:more|extra|additional|fewer|less)\s+(?!(?:time|thing|day|week|hour|minute|try)s?\b)"
        r"[a-z][\w\-]*": 0.5,
        # Round 29 (gap32b): the count said before "more"/"less" ("make my-api one pod less",
        # "worker two replicas more please"): a count of pods moved, whatever the verb.
        r"(?:^|\s)(?:one|two|three|an?|\d+)\s+(?:pods?|replicas?|instances?)\s+"
        r"(?:more|extra|fewer|less)\b(?!\s+(?:than|of)\b)": 0.9,
        # "frontend could lose a replica", "shed two pods" (not beside drains or a budget: the
        # pods a disruption may take, numbers.pod_role).
        r"^(?!.*\b(?:drains?|draining|drained|pdbs?|budgets?|disruptions?|evict\w*|"
        r"maintenance)\b).*\b(?:lose|shed|gain)\s+(?:an?|one|two|three|\d+)\s+"
        r"(?:replicas?|pods?|instances?)\b": 0.9,
        # "park worker at zero for now", "keep web at 2 overnight".
        r"\b(?:park|keep|hold|leave|pin|put|run)\b(?:\s+[\w\-']+){0,2}?\s+at\s+(?:zero|0|one|two|"
        r"three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?:pods?|replicas?|instances?))?\s*"
        rf"(?:$|[,.;!]|\bfor\b|\bplease\b|\bpls\b|\b{WHEN_NEXT})": 0.8,
        r"(?<![\w.])\+\s?\d+\b": 0.45,
        # "worker is a single point of failure: run 2 and spread them across zones": a bare
        # count to run, said as a clause of its own (never "run 2 jobs", "run 2 migrations").
        r"(?:^|[:,;\u2014\u2013]\s*|\.\s+|\s-\s|\band\s+|\bthen\s+)(?:just\s+|please\s+)?run\s+"
        r"(?:it\s+|them\s+|it\s+with\s+|it\s+on\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
        r"(?:\s+(?:pods?|replicas?|instances?|copies))?\s*(?=$|[,;.!]|\band\b|\bthen\b)": 0.9,
        # Said without "scale": "take web down by one pod", "worker can go to zero", "bring
        # web back up to four".
        r"\b(?:up|down)\s+by\s+(?:\d+|an?|one|two|three|four|five|six)\s+"
        r"(?:pods?|replicas?|instances?|copies|copy)\b": 0.9,
        # "bump orders by two pods", "grow worker by 3 replicas": a count moved by an amount of
        # pods, whatever the verb (not a budget's or a rollout's pods "at a time").
        r"^(?!.*\b(?:drains?|draining|pdbs?|budgets?|disruptions?|evict\w*|surge|maxsurge|"
        r"unavailable|maxunavailable|at\s+a\s+time)\b).*\bby\s+(?:\d+|an?|one|two|three|four|"
        r"five|six)\s+(?:more\s+|extra\s+)?(?:pods?|replicas?|instances?|copies)\b": 0.9,
        # "orders up by 50%", "frontend down by one": a workload's count moved by an amount with
        # no unit, where nothing else in the sentence has an amount to move.
        r"^(?!.*\b(?:cpus?|cores?|memory|mem|ram|limits?|requests?|timeouts?|threshold|target|"
        r"heap|disk|storage|retries|period|delay|budget|pdb|max\w*|min\w*)\b)"
        r"(?:.*\s)?[a-z0-9][\w\-]*\s+(?:up|down)\s+by\s+(?:\d+\s*%?|an?|one|two|three|four|"
        r"five|six)(?=\s*(?:$|[,.;!?]|\bfor\b|\bnow\b|\bplease\b|\bpls\b|\bthanks?\b))": 0.9,
        # "my-api from 2 down to 1", "go from 2 to 3": a count said as a change, no unit.
        r"^(?!.*(?:auto-?scal|\bhpa\b|\bkeda\b|\b(?:cpus?|cores?|memory|mem|ram|limits?|"
        r"requests?|max\w*|min\w*|timeouts?|threshold)\b))"
        r".*\bfrom\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        # "take worker from one replica to three": the unit said after the first count.
        r"(?:(?:replicas?|pods?|instances?|copies)\s+)?(?:(?:down|up|back)\s+)?to\s+"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
        r"(?![\w.%:])": 0.9,
        # "add a third rather than upsizing", "run it with a second replica": one more pod.
        rf"\b{NTH_VERBS}\s+(?:second|third|fourth|fifth)\b"
        r"(?!\s+of\b)(?!\s+(?!(?:[\w\-]+\s+)?(?:replica|pod|instance|copy)\b)[\w\-]+\s+"
        r"(?!replica|pod|instance|copy)[\w\-]+)": 0.9,
        # "bring the cache proxy down to 0": up to three words name the workload ("pop it up
        # to 5", "crank worker up to 6", "knock it down to 2": chat verbs of moving a count).
        r"\b(?:go|drop|come|get|bring|take|wind|turn|spin|shrink|dial|pop|crank|knock|ramp|"
        # (Round 16: a name said beside it in parentheses, "take my-api (the bidder) to 8",
        # "take the playback API (my-api) to 6".)
        r"nudge)\b(?:\s+[\w\-']+){0,3}?(?:\s+\([\w\s\-']{1,30}\))?"
        r"\s+(?:back\s+)?(?:down\s+|up\s+)?to\s+(?:zero|0|nothing|no pods|(?:a\s+)?single|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|\d+(?!\.\d|\w))"
        r"(?:\s+(?:pods?|replicas?|instances?))?\s*"
        rf"(?:$|[,.;!?]|\bfor\b|\bplease\b|\b{WHEN_NEXT}|"
        # "take my-api to 6 and the frontend to 9": another workload's count said after it.
        r"\band\s+(?:[\w\-']+\s+){1,3}?to\s+(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"\d+(?![.\w%:])))": 0.9,
        # Round 42 (blind45): "After 04:45 …, put the Rungis orders (orders) to 1": "put" with a
        # workload's bare count, as "bring" is (never beside a resource, a level or a bound:
        # "put the memory limit to 512", "put the log level to 3").
        r"^(?!.*\b(?:cpus?|cores?|memory|mem|ram|heap|limits?|requests?|disk|storage|budget|"
        r"pdb|timeouts?|threshold|max\w*|min\w*|target|conn\w*|rate|levels?|logs?|log_level|"
        r"retries|ttl|interval|period|weight|priority|port)\b)"
        # (Opening its clause: "why put worker to 3", "I'd put worker to 3" ask — attack49.)
        r"(?:.*[,;:]\s*)?(?:(?:then|and|so|now|pls|please|just|ok|okay)\s+)*"
        r"put\s+(?:[\w\-']+\s+){0,3}?[\w\-']+(?:\s+\([\w\s\-']{1,30}\))?"
        r"\s+(?:back\s+)?(?:down\s+|up\s+)?to\s+(?:zero|0|(?:a\s+)?single|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|\d+(?!\.\d|\w))(?:\s+(?:pods?|replicas?|instances?))?\s*"
        rf"(?:$|[,.;!?]|\bfor\b|\bplease\b|\b{WHEN_NEXT})": 0.9,
        # Round 20 (times): "box office frontend back down to 2 once …", "worker back up to 3
        # after the batch": a count said with no verb, moved "(back) down/up to" it, opening the
        # request (never a resource's amount: "memory back down to 256Mi" has a unit; never an
        # autoscaler's bound: "let frontend autoscale up to 20 pods"; never "up to" alone:
        # "frontend up to 8" is a ceiling, not a count).
        r"^(?!.*(?:auto-?scal|\bhpa\b|\bkeda\b|\b(?:cpus?|cores?|memory|mem|ram|heap|limits?|"
        r"requests?|disk|storage|budget|pdb|timeouts?|threshold|max\w*|min\w*|target|conn\w*|"
        r"rate)\b))\W*(?:[\w\-']+\s+){1,3}?"
        r"(?:back\s+(?:down|up)|down)\s+to\s+(?:zero|(?:a\s+)?single|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|\d+(?![.\w%]))(?:\s+(?:pods?|replicas?|instances?))?\s*"
        rf"(?:$|[,.;!?]|\bfor\b|\bplease\b|\b{WHEN_NEXT})": 0.9,
        # Round 15: "reduce worker to zero after the batch", "cut orders to 2 tonight": a verb of
        # changing an amount, with a workload's bare count (never of a resource said).
        r"^(?!.*\b(?:cpus?|cores?|memory|mem|ram|heap|limits?|requests?|disk|storage|budget|"
        r"pdb|timeouts?|threshold|max\w*|min\w*|target|conn\w*|rate)\b)(?:.*\s)?(?:reduce|decrease|"
        r"lower|cut|trim|pare|raise|increase)\s+[\w\-']+(?:\s+[\w\-']+)?\s+(?:back\s+)?(?:down\s+|up\s+)?"
        r"to\s+(?:zero|0|(?:a\s+)?single|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"\d+(?![.\w%]))\s*"
        rf"(?:$|[,.;!?]|\bfor\b|\bplease\b|\b{WHEN_NEXT})": 0.9,
    },
)
register(
    "config",
    config.config,
    cues={
        # "remove LOG_LEVEL from cart" removes a variable: a config change, never a delete.
        re.compile(
            rf"(?i:\b(?:{config.REMOVE_VERBS})\s+(?:the\s+|its\s+)?"
            rf"(?:{config.SETTING_NOUN}\s+)?)"
            r"(?!(?:HPA|PDB|SVC|CM|RS|KEDA|VPA|CPU|GPU|RAM|MEM|QOS)\b)[A-Z][A-Z0-9_]{2,}\b"
            # ("delete the CDR worker deployment": a nickname before a workload and its kind.)
            r"(?!\s+[a-z0-9][\w\-]*\s+(?i:deployment|statefulset|daemonset|sts|deploy)\b)"
        ): 1.3,
        # "get rid of the QUEUE_URL variable", "take the old env var out": a setting named by
        # its noun is what the verb removes, whatever its name looks like.
        re.compile(
            rf"(?i:\b(?:{config.REMOVE_VERBS})\b(?:\s+(?:the|its|an?|that|this))?\s+"
            rf"[\w\-.]+\s+(?:{config.SETTING_NOUN})\b)"
        ): 1.3,
        # "TZ=UTC": a two-letter key is a key too.
        re.compile(r"\b[A-Z][A-Z0-9_]{1,}\s*=|(?i:\bconfigure\b).*\b[A-Z][A-Z0-9_]{2,}"): 0.9,
        # "payments needs STRIPE_TIMEOUT_MS set to 5000", "point ORDERS_QUEUE at orders-priority".
        re.compile(
            r"\b[A-Z][A-Z0-9_]{2,}\s+(?i:(?:set|changed|updated|switched|bumped)\s+to)\b|"
            r"(?i:\bpoint\s+)[A-Z][A-Z0-9_]{2,}\b"
        ): 0.95,
        r"\benv\b|\benv var|environment variable|\bconfigmap\b|-config\b|config key|\bunset\b": 0.9,
        # "flip FEATURE_X to on", "turn LOG_LEVEL up to debug", "switch PROVIDER from stripe
        # to adyen": a verb that changes a setting, the key, then its value.
        re.compile(
            r"(?i:\b(?:set|change|update|make|switch|flip|turn|toggle|bump|put|move|raise|lower)"
            rf"\s+(?:the\s+)?)(?!{text.NOT_KEYS}\b)[A-Z][A-Z0-9_]{{2,}}\s+"
            r"(?i:(?:up|down|over|back)\s+)?(?i:from\s+\S+\s+)?(?i:to|as)\b"
        ): 0.95,
        # "add TIMEOUT_MS 3000 to frontend", "env TIMEOUT_MS 3000": a key and its value.
        re.compile(text.ENV_SPACED.pattern): 0.95,
        # "FEATURE_X for my-api is to be switched on".
        re.compile(text.ENV_SWITCHED.pattern): 0.95,
        # Round 40 (gap43b, blind43): "LOG_LEVEL debug for my-api and restart my-api after": a
        # clause that is only keys each with its value, then the workload, is a config change
        # of its own — never words the restart beside it plans over.
        re.compile(text.ENV_LISTED.pattern): 0.95,
        # "set the REGION of my-api to us": the key, its workload, the value.
        # (Round 28, gap30: an object's capitals name no key — "HPA for worker from 1 to 4".)
        re.compile(rf"\b(?!{text.NOT_KEYS}\b){text.KEY_IN_TO.pattern[2:]}"): 0.95,
        # "switch the orders QUEUE to orders-v2", "set the cache proxy's EVICTION_POLICY to
        # …": the key after the workload's name (or what it is called). An object's capitals
        # ("set the orders PDB to minAvailable 1") name no key.
        re.compile(
            r"(?i:\b(?:set|change|switch|flip|point|turn|toggle|bump|make|move)\s+"
            r"(?:the\s+|its\s+)?(?:[a-z0-9][\w\-]*\s+){0,2}[a-z0-9][\w\-]*'?s?\s+)"
            rf"(?!{text.NOT_KEYS}\b)[A-Z][A-Z0-9_]{{2,}}\s+(?i:(?:up|down|over|back)\s+)?(?i:to|at)\b"
        ): 0.95,
        # "my-api: FEATURE_X on, …": a flag said with its switch word, a clause of its own.
        re.compile(text.ENV_FLAGGED.pattern): 0.95,
        # "worker needs MAX_RETRIES five": a key with a count.
        re.compile(text.ENV_COUNT.pattern): 0.95,
        # A key named in capitals (never a Kubernetes object's short name) given its value by a
        # word that says so, whatever stands around it: "read ORDERS_QUEUE as the literal value
        # orders-v2", "the CACHE_MODE env to lru", "give RETENTION the value 7d".
        re.compile(rf"\b(?!{text.NOT_KEYS}\b){text.ENV_TO.pattern[2:]}"): 0.95,
        re.compile(rf"\b(?!{text.NOT_KEYS}\b){text.ENV_WITH.pattern[2:]}"): 0.95,
        # "use adyen as its PROVIDER": the value first, then the key it is for.
        re.compile(text.ENV_AS_KEY.pattern): 0.95,
        # "turn FEATURE_X on", "LOG_LEVEL should be warn", "CACHE_TTL with value 300".
        re.compile(
            # (Round 19: "switch the FEATURE_X flag on": an article and what the key is called.)
            rf"(?i:\b(?:turn|switch|flip)\s+)(?:(?i:the)\s+)?[A-Z][A-Z0-9_]{{2,}}{text.KEY_NOUN}?"
            r"\s+(?i:on|off)\b|"
            # (Round 43, blind46: never a kind's short name, "the PDB of orders should be
            # minAvailable 1".)
            rf"\b(?!{text.NOT_KEYS}\b)[A-Z][A-Z0-9_]{{2,}}{text.KEY_CLAUSE}\s+"
            r"(?i:(?:should|must|has to|needs to) (?:be|become)|with (?:the |a )?value)\b"
        ): 0.95,
    },
)
register(
    "delete",
    removal.delete,
    per_workload=False,
    cues={
        # "delete the cart service", "remove the HPA on my-api": a delete of that one object.
        r"^\W*(?:(?:please|kindly|can|could|you|just|now|then|go|ahead|and|i|want|to|need)\s+)*"
        r"(?:delete|remove|drop|destroy|get rid of|tear down|uninstall)\b"
        # "drop the budget to minAvailable 1": a budget lowered to an amount, not removed.
        r"(?!.*\b(?:down\s+|back\s+)?to\s+(?:(?i:min|max)\w*\s*[:=]?\s*)?\d)"
        r".*"
        # A full stop after the kind ends the sentence ("delete the orders pdb.").
        rf"(?<![\w\-./])(?:{_KINDS})s?(?![\w\-]|[./][\w\-])": 1.1,
        r"\bdelete\b|\bremove\b|tear down|get rid of|decommission|\buninstall\b|\bdestroy\b": 0.75,
        # "delete my-api-config", "remove the payments-config": the ConfigMap named as what the
        # verb removes (its name's "-config" is no change of a key; a key named is).
        r"^\W*(?:(?:please|kindly|just|now|then|go|ahead|and)\s+)*(?:delete|remove|destroy|"
        r"get rid of|tear down)\s+(?:the\s+)?[a-z0-9][\w\-]*-config(?![\w\-])"
        r"(?!.*(?-i:\b[A-Z][A-Z0-9_]{2,}\b))(?!\s+(?:from|of|in|on)\b)": 1.1,
        r"\bnuke\b|\bwipe out\b|\bscrap\b|\bkill off\b|\btake down for good\b": 0.75,
        # Round 26 (gap28): "throw away the worker deployment", "throw it away" (Dutch
        # "weggooien"): the object thrown away is deleted.
        r"\bthrow\s+(?:away\b|(?:it|them|this|that|[a-z0-9][\w\-]*)\s+away\b)": 0.75,
        # "drop the cache statefulset": a workload named with its kind is what the verb removes.
        r"^\W*(?:(?:please|just|now|then|go|ahead|and)\s+)*(?:drop|ditch|scrap|kill|nuke)\s+"
        r"(?:the\s+)?(?:[a-z0-9][\w\-]*\s+(?:deployment|statefulset|daemonset|sts|deploy)s?\b|"
        # "drop deployment checkout": the kind first, as kubectl says it.
        r"(?:deployment|statefulset|daemonset|sts|deploy)s?\s+[a-z0-9][\w\-]*\W*$)": 0.75,
        # "remove orders along with its pdb and its configmap": what belongs to it, listed.
        r"\b(?:delete|remove|decommission|get rid of|tear down|nuke|scrap|drop)\b.*"
        r"\b(?:along with|together with|with|and|plus)\s+(?:all\s+)?(?:its|their)\s+"
        rf"(?:own\s+)?(?:{_KINDS}|secret)s?\b": 1.2,
        # "drop envoy from orders", "take the sidecar out of orders": a part taken from a
        # workload, which the delete rule plans as that part's removal (parts.py) or asks.
        # "take connections from payments" is who may connect (security), nothing taken away.
        r"\b(?:drop|strip|take|pull|rip)\b(?!\s+(?:only\s+|in\s+)?(?:connections?|traffic|"
        # (Round 33, gap36c: nor a "one off" said apart, "take a one off pg_dump".)
        r"requests?|calls?|ingress|queries)\b).*"
        r"\b(?:from|out of|(?<!-)(?<!one\s)off|of its)\b": 0.75,
        # "decommission cart but keep its configmap", "delete my-api but keep shared-config":
        # what is kept is part of the delete.
        r"\b(?:delete|remove|decommission|get rid of|tear down|nuke|scrap)\b.*"
        rf"\b(?:but|and)\s+(?:keep|leave|preserve|retain|spare)\s+(?:(?:its|their|the)\s+"
        rf"(?:{_KINDS})s?\b|[a-z0-9][\w\-]*\W*$)": 1.2,
    },
)
register(
    "rollback",
    workloads.rollback,
    cues={
        r"\broll\s*back|\brollback|\brevert|\bundo\b|\bgo back\b": 1.0,
        # Round 15: the version before, a change backed out by its ticket, its way back
        # invoked ("back out CHG-20433", "invoke the back-out plan": timewords.GOING_BACK).
        GOING_BACK: 1.0,
        # "back out checkout's last rollout": a release taken back is a rollback.
        r"\bback(?:ing)?\s+out\s+(?:(?:of\s+)?(?:the|that|this|our|its|[a-z0-9][\w\-]*'s)\s+)?"
        r"(?:(?:last|latest|recent|bad|new|newest)\s+)?(?:[a-z0-9][\w\-]*\s+)?(?:rollout|roll-out|release|deploy(?:ment)?|"
        r"upgrade|update|change|version|image|push)\b": 1.0,
        # "prev rev", "the last good image", "the image it had before the last rollout": the
        # revision said by what it was, which only the rollout history knows.
        # (the version before: timewords.VERSION_BEFORE, in GOING_BACK above)
        r"\b(?:image|version|tag|build|release)\s+(?:it|they|[a-z0-9][\w\-]*)\s+(?:had|ran|"
        r"used|was\s+on|was\s+running)\s+before\b|"
        # The same with its time read apart as a condition: "back on the image it had".
        r"\bback\b.*\b(?:image|version|tag|build|release)\s+(?:it|they)\s+(?:had|ran|used)\b": 1.0,
        # (round 24, gap C: "roll the my-api back to 1.3.9", a name said with its article.)
        r"\broll (?:the |our )?(?:it|them|that|this|[a-z0-9][\w\-]*) back\b": 1.0,
        # Round 26 (gap28): "give me the old version back", "bring the previous release of
        # checkout back": the version before, wanted back.
        r"\b(?:give|bring|get|put|want|need)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:old|previous|prior|"
        r"earlier)\s+(?:version|release|build|image)\s+(?:of\s+[a-z0-9][\w\-]*\s+)?back\b": 1.0,
        # Round 28 (gap31): the workload after its nickname's words ("roll the e-ticket mailer
        # worker back", "take the growers' portal frontend back to 2.0.9"), or the old version
        # returned to ("Please return to old version", "return checkout to the previous one").
        r"\b(?:roll|take|bring|put|move)\s+(?:the\s+|our\s+)?(?:[\w\-']+\s+){0,3}?[a-z0-9][\w\-]*\s+"
        r"back\s+to\s+v?\d+\.\d+|"
        # (Round 29, gap32a: "Return the checkout to the old version", with its article.)
        r"\breturn\s+(?:(?:the|our)\s+)?(?:[a-z0-9][\w\-]*\s+)?to\s+(?:the\s+|its\s+)?(?:old|previous|prior|earlier|"
        r"last\s+good)\s+(?:version|release|build|image|revision|one)\b": 1.0,
        # "take checkout back a single release", "bring cart back one version".
        r"\b(?:take|bring|put|set|move) (?:it|them|[a-z0-9][\w\-]*) back\b"
        r"(?=.*\b(?:releases?|versions?|revisions?|deploys?|deployments?)\b)": 1.0,
        # "back to the image before 1.1.0": the version before one, which only history knows.
        r"\b(?:image|version|release|build|tag|one|revision|whatever\s+ran)\s+"
        r"(?:before|prior\s+to|preceding)\s+(?:version\s+)?v?\d+\.\d+": 1.0,
        # "back to revision nine", "two releases back", "undone": a revision said in words too.
        r"\b(?:to|back)\s+(?:the\s+)?(?:revision|rev)\s+\w+|\bundone\b|"
        r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:releases?|revisions?|versions?)\s+(?:back|ago|earlier)\b": 1.0,
    },
)
# A credential named by its kind, after up to two words of whose it is ("the stripe api key").
_CREDENTIAL = (
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:keys?|passwords?|tokens?|"
    r"secrets?|certs?|certificates?|credentials|creds)\b"
)
# "cycle" said as a period's noun, never the verb: "for the quarterly billing cycle", "each
# release cycle", "the payroll cycle" (round 24).
_NOT_A_PERIOD = (
    r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\blast\s)(?<!\beach\s)(?<!\bevery\s)"
    r"(?<!\bper\s)(?<!\ba\s)(?<!\bone\s)(?<!ing\s)(?<!\bquarterly\s)(?<!\bmonthly\s)"
    r"(?<!\bweekly\s)(?<!\bdaily\s)(?<!\bnightly\s)(?<!\byearly\s)(?<!\bannual\s)"
    r"(?<!\bpayroll\s)(?<!\brelease\s)(?<!\bsales\s)(?<!\bbusiness\s)(?<!\bsprint\s)"
    r"(?<!\brenewal\s)(?<!\bpayment\s)(?<!\bpayments\s)(?<!\bbudget\s)(?<!\blife\s)"
)
register(
    "restart",
    workloads.restart,
    cues={
        # Not "the node is recycled": a node's life, which HA outlives.
        r"\brestart|\bbounce|(?<!\bnode\s)(?<!\bnodes\s)(?<!\bnode is\s)(?<!\bnodes are\s)"
        r"\brecycle|\breboot the pods": 0.95,
        # Round 24 (gap B): "please reboot frontend pods", "reboot postgres at 3 o'clock": reboot
        # as the order on a workload (never a node's, a host's or the cluster's reboot).
        r"(?:^|[,;:.!]\s*|\b(?:and|then|please|pls|kindly|just|now|to|you|we)\s+)reboot\s+"
        r"(?!(?:the\s+|a\s+|an\s+|all\s+|every\s+|each\s+|our\s+)?(?:[\w-]+\s+)?(?:nodes?|"
        r"hosts?|machines?|vms?|servers?|cluster|box(?:es)?|instances?|kubelets?)\b)": 0.95,
        # Round 19: "roll payments so it picks it up", "roll the frontend pods": "roll" alone on
        # a name is a rolling restart (never "roll back", "roll out", "roll it to 3.1.0").
        # Only as an order: it opens the request or a clause ("we'll roll the pods tomorrow"
        # says what someone does later).
        r"(?:^|[,;:.!]\s*|\b(?:and|then|please|pls|just|now)\s+)"
        r"roll\s+(?:the\s+)?(?!back\b|out\b|forward\b|over\b|it\b|them\b)[a-z0-9][\w\-]*"
        r"(?:\s+(?:pods?|deployment|deploy|app))?"
        r"(?=\s*(?:$|[,;.!)](?:\s|$)|"
        r"\s(?:so|to\s+pick|now|please|pls|again|afterwards|after)\b))": 0.95,
        # "restart whatever reads shared-config": the ConfigMap names the set, it is not changed.
        r"\b(?:restart|bounce|recycle|cycle|redeploy|roll|kick)\w*\b.*"
        r"\b(?:whatever|everything|anything|all|every\s+\w+|the\s+\w+|workloads?|deployments?|"
        r"pods?)\s+(?:that\s+|which\s+)?(?:reads?|uses?|mounts?|consumes?|loads?|references?|"
        r"depends?\s+on)\b": 1.2,
        # Said without the word: new pods, same spec ("cycle the pods", "redeploy as is").
        # (round 24: never a period's noun — "the quarterly billing cycle", "each release cycle")
        rf"{_NOT_A_PERIOD}\bcycle\b|\bkick\b(?!\s+off\b)|\bredeploy|\bre-deploy|\brespawn|"
        r"\bfresh pods\b|"
        # The outcome said instead of the verb: "a fresh set of pods", "replaced with new ones",
        # "the pods should be recreated" (never the Recreate strategy, which strategy owns).
        r"\b(?:fresh|brand[- ]new)\s+(?:set\s+of\s+|batch\s+of\s+)?(?:pods?|ones|replicas|"
        r"containers|instances)\b|\b(?:pods?|them|they|replicas)\s+(?:\w+\s+){0,2}?"
        r"(?:be\s+|get\s+|getting\s+)?(?:recreated|re-created|replaced)\b"
        r"(?!\s+(?:by|with)\s+(?!(?:fresh|new)\b))|"
        r"\bpick up (?:the )?(?:new |latest |changed |updated )?"
        r"(?:config|configuration|settings|changes|secrets?|configmap)": 0.95,
        # "do the needful so it reads the new value", "make my-api reload its config": the
        # pods re-read what they read at start, said as the outcome.
        # Not beside the value it is to pick up ("REGION should become eu-west, make sure they
        # pick up the new value"): that is the config change, which restarts its readers.
        r"^(?!.*(?:\w=\w|\b(?:should|must|has\s+to|needs\s+to|shall)\s+(?:be|become)\s+\S))"
        # (Round 35, gap38d: the ConfigMap said by its name too — "it must read the new
        # shared-config", "so it reloads payments-config".)
        r".*\b(?:reads?|loads?|picks?\s+up|sees?|uses?|gets?)\s+(?:the\s+)?(?:new|latest|changed|"
        r"updated|current|fresh)\s+(?:[a-z0-9][a-z0-9.]*-)*(?:values?|config|configuration|"
        r"settings?|secrets?|keys?|log\s*levels?|env(?:ironment)?|variables?)\b|"
        r"\bre-?(?:read|load)s?\s+(?:the\s+|its\s+)?(?:[a-z0-9][a-z0-9.]*-)*"
        r"(?:config|configuration|configmap|settings|secrets?|values?|env(?:ironment)?)\b": 1.0,
        # "we rotated the stripe key, payments has to pick it up", "payments must load the
        # rotated db password": a credential its pods read at start, changed outside the plan.
        rf"\b(?:rotated|renewed|regenerated|reissued|changed|replaced)\s+{_CREDENTIAL}.*"
        r"\b(?:picks?|picking)\s+(?:it|them|that|those)\s+up\b|"
        r"\b(?:picks?\s+up|re-?(?:load|read)s?|loads?|sees?|gets?)\s+(?:the\s+)?(?:new|rotated|"
        rf"renewed|regenerated|reissued|changed|updated|fresh)\s+{_CREDENTIAL}|"
        # "the rotated db password has to be picked up by orders": said of the credential.
        r"\b(?:new|rotated|renewed|regenerated|reissued|changed|updated)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:keys?|passwords?|tokens?|secrets?|certs?|certificates?|credentials|creds)\s+"
        r"(?:has|have|needs?|must|should)\s+(?:to\s+)?be\s+"
        r"(?:picked\s+up|re-?loaded|re-?read)\b": 1.0,
    },
)
# An autoscaler's bounds said in words (read by hpa.bounds).
_FLOOR_WORD = (
    r"never (?:go |drop |fall )?(?:below|under|lower than)|never (?:fewer|less) than|"
    r"no (?:fewer|less) than|at least|min(?:imum)?|floor"
)
_CEILING_WORD = (
    r"up to|never more than|no more than|never (?:go )?above|at most|max(?:imum)?|ceiling|"
    r"(?:grow|burst|scale (?:out|up)) to"
)
register(
    "autoscale",
    scaling.autoscale,
    compatible=("scale",),
    cues={
        r"auto-?scal|\bhpa\b|\bkeda\b|automatic(ally)? scal|horizontal(ly)? (pod )?autoscal|"
        r"horizontal autoscaling|scales? (by )?(itself|on demand)|"
        # "let it grow to 8 pods on its own": it scales itself.
        r"\b(?:scale|grow|shrink)s?\b.{0,40}\b(?:on its own|by itself|automatically)\b": 0.9,
        # Round 21 (counts): "payments scales alone between 2 and 6 pods" (a calque of "tout
        # seul"): the verb then "alone" with a range of counts after it ("scale payments alone
        # to 3", only payments, is no autoscaler).
        r"\b(?:scale|grow|shrink)s?\s+alone\b(?=.*\b(?:between\s+\d+\s+and|from\s+\d+\s+"
        r"(?:up\s+)?to)\s+\d+)": 0.9,
        # Round 25 (gap27): "make that checkout scales alone from 2 to 6 replicas", "checkout
        # should scale automatically from 2 to 6": the verb, then how it scales, then the range
        # — an autoscaler's bounds, over a scale's "from 2 to 6 replicas" (0.95).
        r"\b(?:scale|grow|shrink)s?\s+(?:alone|automatically|by\s+itself|on\s+its\s+own)\s+"
        r"(?:between\s+\d+\s+and|from\s+\d+\s+(?:up\s+)?to)\s+\d+\b": 1.25,
        r"\b(?:scale|grow|shrink)\b.*\b(automatically|(?:with|under|on) "
        r"(?:the |heavy |high |more )?load|itself|on demand|"
        r"on (?:both |the )?(cpu|memory|mem))": 0.9,
        # "keep it between 3 and 9 at 80% mem", "2 to 10 pods, 75% cpu": a range with the
        # utilisation it holds is an autoscaler (a scale takes one number).
        r"(?=.*\b(?:between \d+ and|\d+ (?:to|-) )\s*\d+\b)(?=.*\d+\s*(?:%|percent))"
        r".*\b(?:cpu|memory|mem)\b": 1.1,
        # "let worker scale from one to five replicas based on cpu": the signal makes it an
        # autoscaler, over a scale's "from 1 to 5 replicas" (0.95).
        r"\bscal\w*\b.*\b(?:based on|according to|depending on|driven by|following|in line "
        r"with|with)\s+(?:the\s+|its\s+)?(?:cpu|memory|mem|load|traffic|demand|utili[sz]ation)"
        r"\b": 1.1,
        # "payments between 2 and 6 instances depending on load": a range of replicas that
        # follows the load is an autoscaler, said without a scale verb (:mod:`.plainwords`).
        r"\b(?:between\s+\d+\s+and|from\s+\d+\s+to)\s+\d+\s+(?:replicas|pods)\b.{0,20}"
        r"\b(?:based on|according to|depending on|driven by|with)\s+(?:the\s+)?"
        r"(?:load|traffic|demand)\b": 1.1,
        # A KEDA ScaledObject or its trigger: "prometheus" there is the metric source.
        r"\bscaled ?objects?\b|\b(prometheus|cron|kafka|rabbitmq) (trigger|scaler)\b": 1.2,
        # "autoscale worker with keda from prometheus at …, query …": prometheus is the source.
        r"\b(?:keda|auto-?scal\w*)\b.*\bprometheus\b.*(?:\b(?:query|threshold)\b|"
        # "… prometheus http://… on sum(jobs_pending) above 20": a PromQL call, a threshold.
        r"\b(?:sum|rate|avg|max|count)\s*\(|\b(?:above|past|over|beyond)\s+\d)": 1.2,
        # "scale on the prometheus metric q_depth", "keda …, prometheus metric …, prom at
        # http://…": what the workload scales on, and where it is read, are the trigger's
        # parameters — the verb (autoscale, scale on, keda) says the change; no monitor is asked.
        r"\b(?:keda|auto-?scal\w*|scaled ?objects?)\b.*\b(?:prom(?:etheus)?|metric)\b|"
        r"\b(?:prom(?:etheus)?|metric)\b.*\b(?:keda|auto-?scal\w*|scaled ?objects?)\b|"
        r"\bscal(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:on|by|from|off|with|using|based\s+on|"
        r"driven\s+by)\s+(?:the\s+|a\s+|its\s+)?(?:prom(?:etheus)?\s+(?:metric|query|gauge|"
        r"counter)|promql|prometheus)\b": 1.2,
        # "…, cpu utilization 75": an autoscaler's target, never a cpu quantity (resources 0.7).
        r"\b(?:cpu|memory|mem)\s+(?:utili[sz]ation|usage|target)\b|"
        r"\btarget(?:ing)?\s+(?:(?:average|avg)\s+)?(?:cpu|memory|mem)\b|"
        r"\b(?:utili[sz]ation|usage)\s+(?:of\s+|at\s+)?\d+\s*(?:%|percent)?": 1.0,
        # A floor and a ceiling with the metric it scales on: "never below 3 but up to 15 when
        # cpu is high", "at least 2, never more than 5, at 75% cpu" (a scale takes one number).
        # "… burst up to 9 pods with the load, never fewer than 2": the load is the signal.
        rf"(?=.*\b(?:{_FLOOR_WORD})\b)(?=.*\b(?:{_CEILING_WORD})\b).*\b(?:cpu|memory|mem|load|"
        r"traffic|demand)\b": 1.1,
    },
)
register(
    "ha",
    scaling.high_availability,
    family="addon",
    cues={
        # Said outright, HA is the plan (its budget is part of it: "HA: 3 replicas + a pdb").
        r"highly available|high availability|\bha\b": 1.0,
        # (Not a load outlived: "scale my-api to 4 so it survives Friday's peak" says capacity,
        # and spread constraints with a budget were never asked.)
        # (Nor a survive whose object a reader took out as a time: "… survives Friday's peak".)
        r"survive(?!s?\s*(?:$|[,;.!?])|s?\s+(?:[\w']+\s+){0,3}?(?:peaks?|rush(?:es)?|traffic|load|spikes?|surges?|"
        r"bursts?|demand|launch(?:es)?|campaigns?|promos?|promotions?|black\s+friday|"
        r"cyber\s+monday|holidays?|season|stampede|crowds?|influx)\b)|redundan|zone goes down|"
        r"node (failure|goes down)|resilien|fault[- ]toleran|keeps? running if|fragile|"
        r"single point of failure|\bspof\b|brittle|\brobust\b|\bfall(?:s|ing)? over\b": 0.85,
        # An outage said as what must be outlived: "ride out a whole zone going down".
        # Not while nodes are drained: staying up through a drain is a disruption budget.
        r"\b(?:ride out|withstand|tolerate|outlive|weather|live through|cope with|stay up)"
        r"\b(?!.*\b(?:drain\w*|evict\w*|maintenance|voluntary)\b)"
        r".*\b(?:zones?|azs?|nodes?|outages?|failures?)\b|"
        r"\b(?:a|an|one|whole|entire|single)\s+(?:availability\s+)?(?:zone|az|node)\s+"
        r"(?:going|goes|went|being)\s+(?:down|away|offline|dark)\b|"
        r"\b(?:zone|az|node)\s+(?:outages?|failures?|loss)\b|\bzone[- ]redundan|"
        # "keep serving if we lose a zone": the loss is what must be outlived.
        r"\b(?:if|when|should|in\s+case)\s+(?:we|you)\s+(?:lose|lost)\s+(?:a|an|one|the|any)\s+(?:whole\s+|entire\s+|single\s+)?"
        r"(?:availability\s+)?(?:zone|az|node|machine|host)\b": 0.9,
        # "worker is a single pod, one node reboot and the queue stalls": one pod, and what
        # losing it (or its node) does.
        r"\b(?:single|one|lone|lonely|only one|just one)\s+(?:pod|replica|instance)\b"
        # (Round 20: "only one pod, if the node fall we lose all": its node falling.)
        r"(?=.*\b(?:stall\w*|stals|reboot\w*|recycl\w*|dies|crash\w*|outage|goes down|falls?|"
        # (Round 33, gap36c: "… if the node goes we lose the tank readings".)
        r"(?:is|are|get|gets)\s+lost|losing|(?:we|you|they)\s+lose)\b)|"
        r"\bnodes?\s+(?:is\s+|are\s+|gets?\s+)?(?:reboots?|rebooted|recycled|replaced|"
        r"rotated|dies|died)\b(?=.*\b(?:stall\w*|stals|los(?:e|es|ing|t)|down|outage)\b)": 0.9,
    },
)
register(
    "monitoring",
    monitors.monitoring,
    family="addon",
    # "scrape the frontend pods": "pods" is a scale's word, not a second action.
    compatible=("scale",),
    cues={
        # "annotate redis for scraping": every form of the verb (never "scrap", a delete).
        r"monitor|metrics|prometheus|observab|\bscrap(?:e|es|ed|ing)\b|\bscrape|"
        r"use annotations": 0.8,
        r"\bsvc ?monitor\b|\bservicemonitor\b": 1.0,
        # "alert if payments has fewer than 2 ready pods": an alerting rule (alerts.py).
        alerts.ASKED.pattern: 1.3,
    },
)
register(
    "backup",
    addons.backup,
    family="addon",
    # "back up pods labelled app=x": "pods" is a scale's word, not a second action.
    compatible=("scale",),
    cues={
        # "bring web back up to four" is a count, not a backup.
        r"back(ed)?[- ]?up(?!\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
        r"backups?|snapshot|\bvelero\b": 0.8,
        # "the orders deployment and its configmap backed up by Velero": what is backed up is
        # named with its kinds, which other categories' words are.
        r"\bback(?:ed)?[- ]?up\b.*\bvelero\b|\bvelero\b.*\b(?:back(?:ed)?[- ]?up|schedule)\b": 1.0,
        r"pg_?dumps?|mysqldumps?|\b(?:database|db|sql|postgres|mysql)\s+dumps?\b|"
        r"\bdump (?:the |a |my )?(?:database|db)\b": 1.0,
        # "nightly dump of ledger": a dump on a schedule (a heap dump names no database: asked).
        r"\bdumps?\b.*\b(?:nightly|daily|hourly|weekly|every|at)\b|"
        r"\b(?:nightly|daily|hourly|weekly)\s+dumps?\b": 0.85,
    },
)
register(
    "security",
    addons.security,
    family="addon",
    # One policy over a relation: "the db … from payments and orders" names its sources as a
    # list, never a policy per workload named.
    per_workload=False,
    # "only tier=frontend pods into the backend tier": "pods" is a scale's word, not an action.
    compatible=("scale",),
    cues={
        r"\bonly\b.*\b(may|can|should)\b.*\b(reach|call|access|talk|connect)|network ?polic|"
        r"deny .*ingress|restrict access|lock down|allow traffic only|isolate": 0.8,
        # "allow only payments to reach postgres", "let only web call api".
        r"\b(?:allow|let|permit)\s+only\b.*\b(?:reach|call|access|talk|connect)": 0.9,
        # "no traffic to ledger except from orders": an allow-list said as its exception.
        r"\b(?:no|nothing|deny|block)\b.*\b(?:traffic|ingress|connections?)\b.*\bexcept\b": 0.85,
        r"\bnetpol\b": 1.0,
        # Round 30 (a34b): "deny traffic to postgres from outside the cluster", "refuse …",
        # "block external traffic to payments", "cut postgres off from outside the cluster",
        # "keep outside traffic away from postgres": the cluster's outside kept out.
        r"\b(?:block|den(?:y|ies)|refus|reject|drop|cut|keep|no\b|stop)\w*[^.;]{0,60}?\b(?:"
        r"outside[\s-]+(?:of[\s-]+)?the[\s-]+cluster|(?:outside|external|public)\s+(?:traffic|"
        r"callers|clients|requests|connections|access)|from\s+the\s+(?:public\s+)?internet)\b": 0.9,
        # Round 31 (a35c): "only allow in-cluster traffic to postgres": the inside let in.
        r"\bonly\s+(?:allow|permit|accept)\w*\s+in-?cluster\s+(?:traffic|access|callers|"
        r"clients|requests|connections)\b": 0.9,
        # "nothing but checkout can call payments", "no one except orders may reach postgres".
        r"\b(?:nothing|no\s*one|nobody|none|no\s+(?:other\s+)?(?:pods?|workloads?|services?))\s+"
        r"(?:but|except|other\s+than|besides)\b.*\b(?:reach|call|access|talk|connect)": 0.9,
        # "payments should only accept traffic from checkout", "postgres reachable only from
        # my-api": an allow-list said of the workload that receives.
        r"\b(?:accept|receive|take|allow)s?\s+(?:only\s+)?(?:traffic|connections?|requests|ingress)"
        r"\s+(?:only\s+)?from\b|\b(?:reachable|accessible)\s+(?:only\s+)?(?:from|by)\b|"
        r"\bonly\s+(?:be\s+)?(?:reachable|accessible)\b": 0.9,
        # "postgres ingress only from tier=backend pods", "only pods in our own namespace should
        # be allowed in", "pods from other namespaces can reach payments": who may connect.
        r"\b(?:ingress|inbound|incoming)\b(?:\s+(?:traffic|connections?))?\s+(?:is\s+|should\s+be\s+)?"
        r"(?:only\s+)?(?:allowed\s+)?(?:only\s+)?from\b|"
        r"\bonly\b[^.;]*\b(?:allowed|let)\s+in\b|\b(?:allowed|let)\s+in\s+only\b|"
        r"\b(?:other|another|foreign|different)\s+namespaces?\b[^.;]*\b(?:reach|call|access|talk|"
        r"connect)|\b(?:reach|call|access|talk|connect)\w*\b[^.;]*\b(?:from|by)\s+(?:other|another|"
        r"foreign|different)\s+namespaces?\b": 0.9,
        parties.TRAFFIC_OWN: 0.9,
        # "allow ingress to orders only on port 8080 and only from checkout": the receiver
        # after "to", the allow-list after "only".
        r"\b(?:allow|permit|let|restrict|limit)\s+(?:only\s+)?(?:ingress|inbound|incoming|traffic|"
        r"connections?)\s+(?:traffic\s+)?(?:to|into)\b[^.;]*\bonly\b|"
        # "restrict ingress to postgres to pods with tier=backend".
        r"\b(?:restrict|limit)\s+(?:ingress|inbound|incoming|traffic|connections?|access)\s+"
        r"(?:traffic\s+)?(?:to|into|for|of)\s+(?:the\s+)?[\w-]+\s+(?:to|from)\b": 0.9,
    },
)
register(
    "resources",
    config.resources,
    cues={
        r"\b(cpu|memory|mem|ram)\b.*\b(request|limit|\d)|\b(request|limit)s?\b.*\b(cpu|memory)\b|"
        r"\d+(mi|gi|m)\b.*\b(cpu|memory|request|limit)|\b(limit|give)\b.*\d+(mi|gi|m)\b": 0.7,
        r"\brequests?/limits?\b|\blimits?/requests?\b": 0.8,
        # Quantities said in words ("cap web at one full core", "two gigs of memory"): the unit
        # word says a resource; a version ("1.5") never follows it.
        # "core" only as a quantity ("one full core", "2 cores"): a label value may be "core".
        r"\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|six|eight|half|quarter|full|whole|single)"
        r"\s+(?:full\s+|whole\s+|single\s+)?(?:cores?|vcpus?)\b|"
        r"\b(?:millicores?|gigs?|megs?|gigabytes?|megabytes?|gib|mib)\b"
        r"(?!\s+(?:nodes?|machines?))": 0.8,
        r"\b(?:cap|limit|reserve|give)\b.*\b(?:cpu|memory|mem|ram)\b": 0.75,
        # "gets a limit of two cpus", "a request of 512Mi": the field and its value.
        r"\b(?:limit|request)s?\s+of\s+(?:\d|an?\s|one|two|three|four|six|eight|half)": 0.8,
        # "redis sts needs requests, 200m / 512Mi": the field, then quantities with their units.
        r"\b(?:limit|request)s?\b[^.]*?(?<![\w.])\d+(?:\.\d+)?\s?(?:mi|gi|m)\b": 0.7,
    },
)
# Nouns that go "to" a number without being a workload (a field, a resource, a count). Only
# words already in the planner's vocabulary: a cue's literal words are read as the sentence
# going on after a workload's name (followers.plain_word), and "frontend timeout" must still ask.
_NOT_A_NAME = (
    r"(?:cpus?|cores|memory|mem|ram|heap|replicas?|pods?|instances?|requests?|limits?|"
    r"min|max|minimum|count|it|them|up|down|back|from|percent|threshold|"
    r"size|value|rate|target|reps?|copies|dynos?|nodes?|scale|capacity)"
)
_COPIES = r"(?:pods?|replicas?|reps?|instances?|copies|dynos?|nodes?|x\b|times\b|cores?|cpus?|%)"
register(
    "update",
    workloads.update,
    cues={
        # "label release=prom": a label's key, never a release to roll out.
        r"\bimage\b|\bversion\b|\bupgrade|\bupdate\b|\brelease\b(?!=)|roll ?out|\bbump\b|"
        r"(?<![\w-])switch .* to|\btag\b|\bdowngrade|"
        # "deploy" the verb; "the cache proxy deploy is a spof" says the Deployment by its noun,
        # and "deploy/worker" (kubectl's kind/name) names one (round 29: "…, keep deploy/orders").
        r"\bdeploy\b(?!\s*(?:[,.;:!?)]|$)|/|'s\b|\s+(?:is|are|was|has|needs|should|must|keeps|"
        r"runs|gets|can't|cannot|highly|ha|redundant|resilient|spof)\b)": 0.5,
        r"\b(?:move|put|ship|promote)\b.*(?<![\w.])v?\d+\.\d+(?:\.\d+)?\b": 0.5,
        # "checkout should go to 1.2.0", "worker can move up to v0.9.1": a workload going to a
        # full version (three parts: never a count of replicas).
        r"\b(?:go|goes|going|move|moves|jump|jumps|get|gets|land|be)\s+(?:up\s+|over\s+|straight\s+)?"
        r"(?:to|on|onto)\s+v?\d+\.\d+\.\d+(?![\w.%])": 0.5,
        # "the cache proxy needs 1.0.1, can someone roll it": a full version a workload needs.
        r"\b(?:needs?|requires?|wants?)\s+(?:version\s+)?v?\d+\.\d+\.\d+\b": 0.5,
        # "checkout 1.1.1 has the fix, roll it out": a full version said, then released as "it".
        # So is a particle that ends the order ("…, swap it in", "…, cut it over").
        r"^(?=.*(?<![\w.])v?\d+\.\d+\.\d+(?![\w.%])).*(?:\b(?:roll|push)\s+(?:it|that|this|them)\s+"
        rf"out\b|{statements.PARTICLE_ORDER.pattern})": 0.5,
        # "the envoy sidecar is to be updated to v1.31.2", "new build 1.0.1 of the app container":
        # the verb in another form, or a build said with its version, is an update.
        r"\bupdat(?:ed|ing)\b(?:\s+[\w\-]+){0,3}?\s+to\s+v?\d+\.\d+(?:\.\d+)?(?![\w.%])|"
        r"\b(?:build|release)\s+v?\d+\.\d+(?:\.\d+)?(?![\w.%])|"
        # "I need the envoy in orders on v1.31.2", "take the envoy sidecar up to v1.31.2".
        r"\b(?:needs?|requires?|wants?)\b(?:\s+[\w\-]+){0,4}?\s+(?:on|at)\s+v?\d+\.\d+\.\d+(?![\w.%])|"
        r"\b(?:take|bring|get)\b(?:\s+[\w\-]+){0,5}?\s+up\s+to\s+v?\d+\.\d+\.\d+(?![\w.%])": 0.5,
        # "orders app container -> ghcr.io/acme/orders:1.1.0" (an arrow read as "to"), "new
        # worker build is out (ghcr.io/acme/worker:0.9.1), ship it": an image reference with
        # its registry path and tag.
        r"(?<![\w./:=@-])[a-z0-9][\w.\-]*\.[a-z]{2,}(?::\d+)?/[\w.\-/]+:[\w][\w.\-]*": 0.5,
        # "envoy on orders -> envoyproxy/envoy:v1.31.2", "move to redis:7.2": an image of the
        # default registry, its tag a version (never a quantity's "memory:1.5Gi"); a sentence's
        # full stop may close it ("… back to redis:6.2.", round 28).
        r"(?<![\w./:=@-])(?!(?:cpus?|memory|mem|ram|requests?|limits?):)[a-z0-9][\w.\-]*"
        r"(?:/[\w.\-]+)*:v?\d+(?:\.\d+)+(?:-[\w.]+)?(?!\w|\.\w)": 0.5,
        # "pin payments back to 2.9.1": a workload held at a version.
        r"\b(?:pin|pinned|lock|freeze)\b[^,;]*?(?<![\w.])v?\d+\.\d+(?:\.\d+)?(?![\w.%])": 0.5,
        # "redis 7 -> 7.2 on the sts", "postgres 16.4 to 16.6": a version to a version said
        # without a verb (an arrow is read as "to"). Not a quantity's "cpu 0.5 to 1.5".
        r"^(?!.*\b(?:cpus?|cores?|memory|mem|ram|replicas?|pods?|instances?|millicores?|gi|mi)\b)"
        r".*(?<![\w.])v?\d+(?:\.\d+){0,2}\s+(?:to|->|\u2192)\s+v?\d+\.\d+(?:\.\d+)?(?![\w.%])": 0.5,
        # "# my-api -> 1.4.1 pls", "payments => v3.1.0": a terse note that is only a name (one
        # or two words) going to a full version (an arrow is read as "to").
        r"^\W*(?!(?:roll|revert|back|go)\b)[a-z][\w.-]*(?:\s+(?!back\b)[a-z][\w.-]*)?:?\s+"
        r"(?:to|->|=>|\u2192)\s+v?\d+\.\d+\.\d+(?![\w.%])"
        r"(?:[\s,.!]+(?:pls|plz|please|thx|thanks|ty|asap))*[\s.!]*$": 0.5,
        # Round 16: "checkout 1.2.0 when the Q4 freeze lifts", "apply postgres 16.6 in tonight's
        # window", "ship worker v0.9.1 after the drain": a name and its full version with a time
        # after it, or a name and version after a verb of putting a release out.
        r"^\W*(?!{_NOT_A_NAME}\b)[a-z][\w-]*\s+v?\d+\.\d+\.\d+(?![\w.%])"
        # (Said alone, "checkout 1.1.0" may be the failing release a rollback is about: only
        # with its time after it.)
        rf"\s+(?!then\b|now\b){WHEN_NEXT}|"
        rf"\b(?:apply|ship|install|roll\s+out)\s+(?:the\s+)?(?!{_NOT_A_NAME}\b)[a-z][\w-]*\s+"
        rf"v?\d+\.\d+(?:\.\d+)?(?![\w.%])(?!\s*(?:{_COPIES}|[kmg]i?b?\b|percent\b))": 0.5,
        # "postgres to 16.6 for the security patch", "run frontend on 2.1.1-chaos": a name
        # going to (or run on) a version of two or more parts, wherever it is said; never a
        # field or a quantity's noun ("memory to 1.5", "replicas to 2.0").
        rf"(?<![\w.-])(?!{_NOT_A_NAME}\b)[a-z][\w-]*\s+(?:to|->|=>|\u2192)\s+"
        rf"v?\d+\.\d+(?:\.\d+)?(?:-[a-z][\w.]*)?(?![\w.%])(?!\s*{_COPIES})|"
        r"\bruns?\s+(?:the\s+)?[a-z][\w-]*\s+(?:on|at)\s+v?\d+\.\d+(?:\.\d+)?(?:-[a-z][\w.]*)?"
        r"(?![\w.%])": 0.5,
    },
)

# ---- Coverage (issue 11 item 4): capabilities of their own, each a more specific phrase than
# the general category it refines, so it weighs more than that category's words (by more than
# understand.MARGIN) and never appears in phrasings those categories already own.
_REPLACES_PODS = ("update", "restart", "config", "resources", "scale", "probes", "sizing", "env")
register(
    "probes",
    probes.probe,
    # "remove the readiness probe from cache" changes a probe: over a delete's 0.75.
    cues={probes.CUE.pattern: 1.1},
    examples=("add a readiness probe to cart on /healthz port 8080",),
)
register(
    "pdb",
    budgets.budget,
    # Below a delete of a named kind (1.1): "delete the payments pdb" deletes it.
    # A scale said in its own clause ("run 3 replicas of cart and give it a pdb") is a second
    # action, planned beside the budget.
    compatible=("ha",),
    cues={
        budgets.CUE.pattern: 0.9,
        # "payments can't go down during node upgrades on patch day, keep at least one pod up",
        # "never run fewer than 2 frontend pods during node maintenance": a floor kept while
        # the NODES are disrupted is a budget's, never a rollout's (over strategy's floor, 1.0).
        r"^(?!.*\b(?:roll ?outs?|deploys?|deployments|releases?|rolling|surge)\b)"
        r"(?=.*\b(?:at\s+least|(?:no|not|never)\s+(?:\w+\s+)?(?:fewer|less)\s+than|minimum|"
        r"can'?t\s+go\s+down|cannot\s+go\s+down|(?:stay|stays|remain|keep\s+\S+\s+pods?)\s+up)\b)"
        r".*\b(?:nodes?\s+(?:upgrades?|updates?|maintenance|drains?|draining|patch\w*|reboots?|"
        r"rotations?|replacements?|recycl\w*)|patch(?:ing)?\s+(?:day|window|night|tuesday)|"
        r"node\s+pool\s+(?:upgrades?|rotations?))\b": 1.2,
    },
    examples=("add a pdb to cart with maxUnavailable 1",),
)
register(
    "placement",
    placement.placement,
    cues={placement.CUE.pattern: 1.0},
    examples=("never run two cart pods on the same node",),
)
register(
    "sizing",
    sizing.sizing,
    # Relative to the current value, one key removed, Guaranteed QoS: over resources (0.7),
    # a scale's "double"/"raise … by" and a delete's "remove".
    cues={
        sizing.CUE.pattern: 1.0,
        # "double the cpu of my-api", "triple payments' memory": a resource multiplied, never
        # the replica count (a scale's "double" would otherwise win).
        r"\b(?:double|triple|quadruple|halve|twice)\b[^,.;]*\b(?:cpu|memory|mem|ram)\b|"
        r"\b(?:cpu|memory|mem|ram)\b[^,.;]*\b(?:double|doubled|triple|tripled|halved?)\b": 1.2,
    },
    examples=("raise the memory limit of cart by 50%",),
)
register(
    "env",
    envs.envs,
    cues={
        # envFrom and a ConfigMap mounted at a path: over config's "configmap" / "env" (0.9).
        re.compile(rf"{envs.ENV_FROM}|{envs.MOUNT}.*\b(?:at|under|in)\s+/", re.I): 1.1,
        # A variable on every container: over config's KEY= (0.9).
        re.compile(
            rf"[A-Z][A-Z0-9_]{{1,}}\s*=.*{envs.ALL}|{envs.ALL}.*[A-Z][A-Z0-9_]{{1,}}\s*="
        ): 1.1,
    },
    examples=("load cart-config into the environment of cart",),
)
register(
    "pull-policy",
    pulls.pull_policy,
    cues={pulls.CUE.pattern: 1.0},
    examples=("set imagePullPolicy of cart to Always",),
)
register(
    "netpol",
    netpol.network_policy,
    # Egress of one workload to the others named ("payments egress: nothing except dns and
    # postgres on 5432"): one policy over a relation, never one per workload named.
    per_workload=False,
    # "… only redis on 6379 (+dns). netpol pls": security's "netpol" names the object both
    # make; the finer reading (DNS egress, default deny, 1.1 and over) is the request.
    compatible=("security",),
    # Default deny and DNS-only egress: over security's "deny … ingress" (0.8). "deny all
    # ingress to postgres except from my-api" protects one workload: security's.
    cues={
        netpol.DNS_EGRESS.pattern: 1.1,
        # An access rule in a network engineer's words ("ACL on postgres: allow tcp/5432 from
        # my-api only", "permit frontend -> my-api on 8080"): netpol's grammar reads it.
        netpol.ACCESS_CUE.pattern: 1.2,
        # "default deny for all ingress … with a netpol", "deny all incoming traffic by default
        # for every pod here": over security's "netpol", "deny … ingress" and the own namespace.
        r"\bdefault[- ]deny\b|\bdeny[- ]by[- ]default\b|\bdeny[- ]all\s+by\s+default\b|"
        r"\b(?:deny|denies|denied|block|blocks|blocked|drop|reject)\b.*\bby\s+default\b|"
        r"\bby\s+default\b.*\b(?:deny|denies|denied|block|blocked|drop|reject)\b|"
        + netpol.NAMESPACE_WIDE: 1.3,
        r"\bdeny (?:all|every)\b"
        r"(?!.*\b(?:except|to|for|from|on|of)\s+(?!(?:the|this)\s+namespace\b))"
        r".*\b(?:traffic|ingress|egress|connections?)\b": 1.0,
    },
    examples=("default deny ingress in this namespace",),
)
register(
    "strategy",
    strategy.zero_downtime,
    # "make payments zero-downtime": the strategy alone. Beside a change that replaces pods
    # ("restart web without downtime") it is part of that change (the planner adds the patch).
    compatible=_REPLACES_PODS,
    cues={
        r"\bmax ?surge\b|\brolling update strategy\b|\bupdate strategy\b": 1.0,
        # "frontend rollout strategy -> maxSurge 2 / maxUnavailable 0": over a PDB's
        # maxUnavailable (0.9); "worker must use the Recreate strategy".
        r"\b(?:rollout|rolling|deploy(?:ment)?|update)\s+strategy\b": 1.3,
        strategy.RECREATE.pattern: 1.5,
        # "deploys should add at most one extra pod at a time and never go below the current
        # count": the surge and the floor said in words.
        strategy.IN_WORDS.pattern: 1.5,
        strategy.ZERO_DOWNTIME.pattern: 0.4,
        strategy.ROLLOUTS_WITHOUT_DOWNTIME.pattern: 1.2,
        # The rule said in words ("never take an old pod away before its replacement is ready").
        strategy.NO_POD_BEFORE_READY: 1.5,
        # "frontend rollouts must never dip below 3 ready pods": a floor during rollouts.
        rf"\b(?:roll ?outs?|deploys?|updates?|releases?)\b.*{strategy.FLOOR}|"
        rf"{strategy.FLOOR}.*\b(?:during|in|through|while)\s+(?:a\s+)?(?:roll ?outs?|deploys?|"
        r"updates?|releases?|rolling)": 1.5,
        # caps' wider floor phrasings ("keep 3 pods ready while deploying").
        strategy.ROLLOUT_FLOOR.pattern: 1.0,
        # "for frontend rolling updates: surge 1, maxUnavailable 0": the rollout's fields, over
        # a budget's maxUnavailable (0.9) — not with a budget's words (drains, maintenance).
        strategy.ROLLOUT_FIELDS.pattern: 1.3,
    },
    examples=("make cart zero-downtime",),
)

# ---- Security, monitoring, backup and HA gaps of the blind run (helper fixA).
register(
    "podsecurity",
    podsecurity.pod_security,
    # A named securityContext setting: over security's network words (0.8) and a delete's
    # "drop"/"remove" (0.75).
    cues={
        podsecurity.CUE.pattern: 1.1,
        # "drop NET_RAW", "drop ALL caps": a capability by name, over config's "drop KEY" (1.3).
        podsecurity.DROP_NAMED.pattern: 1.5,
        podsecurity.TOKEN_OFF.pattern: 1.5,
    },
    examples=("run cart as a non-root user with a read-only root filesystem",),
)
