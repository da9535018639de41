"""Phrasings that change what a whole request means in a way no rule reads, asked before
anything is planned (found by a blind attacker; each was planned as if it were not said):

- a retraction: "restart my-api. scratch that, restart frontend", "restart worker. nvm" —
  what is still wanted is not for the planner to guess;
- a delete with a time still to come: "worker is retired tomorrow, delete it" — the delete
  would run now;
- a delete that keeps its pods: "delete worker but don't delete its pods" — deleting a
  workload deletes its pods (an orphaning delete is not planned);
- one source blocked: "block my-api from payments", "isolate payments from frontend" — a
  NetworkPolicy only allows; the allow-list the rules would write lets in only what was named;
- a sidecar said beside its workload: "set LOG_LEVEL=debug on orders and envoy", "update
  orders to 1.1.0 including envoy" — which containers, and which image for each, is asked;
- a shared ConfigMap or Secret changed for one of its readers: "set LOG_LEVEL=debug in
  shared-config only for my-api" — every workload that reads it would change too;
- a capability switched off or weakened: "stop autoscaling my-api", "turn off the postgres
  backup", "make my-api less available" — the rules only add capabilities, so they would
  plan the very thing asked away (a delete of one by name is a delete, planned as one);
- everyone let in: "allow all traffic to postgres", "let any pod reach my-api" — no policy is
  what allows everyone, and the rules would write one that allows no one;
- not a request: "should I scale my-api to 4?", "cancel: scale my-api to 4" — a question
  for advice, or an order withdrawn, changes nothing.

Pure text; the container check reads the workloads' containers from the cluster view.
"""

from __future__ import annotations

import re

from dotop_nb.models import Target
from dotop_nb.planner.offline import (
    leftout,
    narrowing,
    podsecurity,
    removal,
    speech,
    spoken,
    statements,
    veto,
    workloads,
)
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.rx import rx

# A change freeze said in force: "freeze payments.", "payments is frozen until monday", "we are
# in a change freeze", "change freeze on all backend today" ("… when the freeze ends" is a
# time the change waits for, read by waits).
_FROZEN = re.compile(
    r"(?:^|[.;,!:]\s*)(?:please\s+|pls\s+)?freeze\s+(?!window\b|ends\b|is\s+over\b)[\w-]+|"
    r"\b(?:is|are|stays?|remains?)\s+(?:still\s+)?frozen\b|"
    r"\b(?:we(?:'re|\s+are)|we\s+have|there(?:'s|\s+is))\s+(?:still\s+)?(?:in\s+)?(?:a\s+|the\s+)?"
    r"(?:change\s+|code\s+|deploy(?:ment)?\s+|release\s+)?freeze\b|"
    r"\b(?:change|code|deploy(?:ment)?|release)\s+freeze\s+(?:on|is\s+on|in\s+effect|today|now|"
    r"this\s+week|until)\b|\bfreeze\s+is\s+(?:on|in\s+effect)\b"
)
# Forward again, said as a rollout: "roll forward checkout", "roll checkout forward", "undo the
# rollback of checkout" — no revision to go back to; with a version it is an update.
_FORWARD = re.compile(
    r"\broll(?:ing)?\s+(?:(?:the\s+)?[\w-]+\s+)?forward\b|"
    r"\b(?:undo|revert|reverse|back\s+out)\s+(?:the\s+|that\s+|this\s+|my\s+|our\s+)?"
    r"(?:last\s+|latest\s+)?roll-?back\b"
)
_FORWARD_TO = re.compile(r"\bforward\s+to\s+\S*\d|\bto\s+(?:v?\d|[\w./-]+:\S)")
_RETRACTION = re.compile(
    r"\b(?:scratch|cancel|forget|ignore|disregard)\s+(?:that|this|the\s+last\s+(?:one|bit))\b|"
    r"\b(?:nvm|nevermind|never\s+mind)\b|\b(?:no\s+wait|wait,?\s+no|sorry,?\s+i\s+meant|"
    r"i\s+meant|actually,?\s+(?:no|don'?t|instead))\b"
)
# Round 41 (sh47a, attack47): the same taken back in another tongue after the order ("restart
# my-api, pues no", "…, mejor no", "…, ou pas", "…, ja nee", "…, laisse tomber", "…, vergiss
# es", "…, no vale", "…, pensándolo bien no", "delete worker, bueno no"): a "no" after a word of
# second thought, of "or" or of "better", or a "forget it" — at the end of a clause after
# something said. (A tag of assent alone, "…, vale", is the sentence going on.)
_NO_WORD = r"(?:no|non|nee|nein|n[aã]o|niet|nej|nei|ei|nope|nah|pas|nicht|ikke|inte)"
_RETRACTED_ABROAD = re.compile(
    r"(?<=\S)(?:\s*[,;:.!\u2014\u2013]|\s-+|\s)\s*(?P<said>(?:"
    # a word of second thought, "or" or "better", then a "no" ("pues no", "o no", "ou pas",
    # "ja nee", "mejor no", "oder doch nicht", "lieber nicht", "toch maar niet")
    r"(?:pues|bueno|bien|vale|mejor|o|ou|oder|of|eller|ja|na\s+ja|naja|ach|doch|eigentlich|"
    r"lieber|besser|toch(?:\s+maar)?|beter|melhor|meglio(?:\s+di)?|plut[oô]t|en\s+fait|"
    r"finalement|enfin|bon|anzi|(?:pens[aá]ndolo|pensandoci|bien\s+pensado|ahora\s+que\s+lo\s+"
    r"pienso)(?:\s+bien|\s+meglio)?)\s*,?\s+(?:doch\s+)?" + _NO_WORD + r"|"
    r"no\s+vale|nein\s+doch|doch\s+nicht|"
    # "forget it" ("laisse tomber", "vergiss es", "olvídalo", "lascia perdere", "laat maar")
    r"laisse[zr]?\s+tomber|vergiss\s+(?:es|das)|lass\s+(?:es|das)(?:\s+sein)?|"
    r"olv[ií]da(?:lo|te)|d[eé]jalo|esquece|deixa\s+(?:pra|para)\s+l[aá]|lascia\s+(?:perdere|"
    r"stare)|laat\s+maar|vergeet\s+het|glem\s+det|gl[öo]m\s+det|unohda\s+se|zapomnij|"
    r"niewa[zż]ne|nieważne)"
    r")(?=\s*(?:[,;:.!?)\u2014\u2013]|\s-|$))",
    re.I,
)
# "update my-api to 1.5.0, I mean 1.5.1", "set LOG_LEVEL=debug, sorry, info", "(typo: 1.5.1)":
# a value said twice, the second correcting the first. The marker must follow something said in
# the same message (a refinement that starts with "I mean 3" corrects the one before, which
# the planner reads newest first) and be followed at once by a value or a workload's name:
# "i mean the deployment one, not the redis" says which object, and is read as such.
_CORRECTION = re.compile(
    # (one start per run of marks: a start inside the run would try it again, O(n²))
    r"(?<=[^\s,;:(\-])[\s,;:(\-]+(?:i\s+mean|i\s+meant|sorry|err|erm|oops|correction|typo|make\s+that|"
    # "update my-api to 1.5.0 — actually 1.5.1", "… edit: 1.5.1": the later value corrects.
    r"or\s+rather|rather|actually|edit(?=\s*:)|"
    # Round 41 (sh47a, attack47): a "no" of another tongue before the value ("to 4, nein 5",
    # "…, nee toch 5", "…, nej, 5"; "non" only after a mark, never "non-2xx").
    r"(?:nein(?:\s+doch)?|nee(?:\s+toch)?|neen|nope|nej|nei|n[aã]o|nah)(?=[\s,:;])|"
    r"(?<=[,;:]\s)(?:non|ei)(?=[\s,:;]))\b[\s,:;\-]*"
    # "— typo, meant 5", "(typo: should be 5)", "sorry, I meant to say 5": the words of the
    # correction before its value.
    r"(?:(?:i\s+)?meant(?:\s+to\s+(?:say|type|write))?\s+|should\s+(?:have\s+been|be|read)\s+|"
    r"it'?s\s+|was\s+)?"
    r"(?:(?:the|from|on|in|to|for|at)\s+)?(?P<value>[^\s,;.!?)]+)"
)
# Round 35 (gap38a): "the frontend is actually 3 pods, make it to 5" (a Hungarian's "actually",
# currently): after a verb of being or running, "actually" says the state, never a correction.
_STATE_ACTUALLY = re.compile(r"\b(?:is|are|runs?|has|have)\s$")
_CORRECTED_VALUE = re.compile(
    r"['\"`]|[\d/=]|^(?:on|off|true|false|yes|no|enabled?|disabled?|debug|info|warn(?:ing)?|"
    r"error|trace|fatal|always|never|ifnotpresent)$"
)
_FUTURE = re.compile(
    r"\b(?:tomorrow|tonight|later|next\s+(?:week|month|sprint|release|quarter|year|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|soon|going\s+to\s+be|will\s+be|"
    r"in\s+(?:\d+|a|one|two|three|a\s+few)\s+(?:days?|weeks?|months?|hours?))\b"
)
_CLAUSES = re.compile(r"[,.;:!?]\s|\s-\s|\band\b|\bso\b|\bthen\b")
# "drop the budget - I'll set up a stricter one myself later": what the speaker does next.
_SPEAKER_LATER = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to)\b"
)
# "all but my-api", "everything besides worker", "every deployment save payments".
_ALL_BUT = re.compile(
    r"\b(?:all|every|everything|each|whole|entire)\b[^.;,]*?\b(?:but|besides|save|bar|minus|"
    r"other\s+than|apart\s+from|aside\s+from)\s+(?:the\s+)?([a-z0-9][\w\-]*)"
)
# A clause that says what a workload has or uses: "frontend has 2 replicas", "payments uses
# 500m cpu", "the worker image is ghcr.io/…", "checkout runs 3 pods".
_STATED = re.compile(
    r"^\s*(?:the\s+)?([a-z0-9][\w\-]*)(?:'s)?(?:\s+(?:image|pods?|replicas?|deployment|cpu|"
    r"memory|limit|request))?\s+(?:has|have|had|uses|used|is\s+using|runs|is\s+running|is\s+at|"
    r"is\s+on|was|is)\s+(?:only\s+|now\s+|currently\s+|already\s+)?(?:a\s+)?"
    r"(?:\d|ghcr|docker|[a-z0-9.\-]+/|v\d)"
)
# A verb of change in what follows a state: the change it is said for.
_ASKED = re.compile(
    r"\b(?:add|bring|make|scale|set|give|bump|raise|lower|increase|decrease|reduce|run|take|"
    r"double|triple|quadruple|halve|restart|roll|update|cut|drop|put|move)\b"
)
_ONLY_FOR = re.compile(
    r"\b(?:only|just|solely|exclusively)\s+(?:for|on|in|to|by)\s+(?:the\s+)?([a-z0-9][\w\-]*)|"
    r"\bfor\s+(?:the\s+)?([a-z0-9][\w\-]*)\s+(?:only|alone)\b"
)
_KEEP_PODS = re.compile(
    r"\b(?:do\s+not|don'?t|without|never|not)\s+(?:delete|remove|kill|touch|drop)\w*\s+"
    r"(?:its|their|the)\s+pods\b|\b(?:keep|leave)\s+(?:its|their|the)\s+pods\b"
)
_BLOCK_FROM = re.compile(
    r"\b(?:block|isolate|deny|forbid|prevent|stop|cut\s+off|shield|protect|lock)\b"
    # "lock down egress from worker": whose egress, no source blocked (netpol's).
    r"(?:(?!\b(?:except|only|but|unless|allow\w*|other\s+than)\b)[^.;])*?"
    r"(?<!egress )(?<!outbound )(?<!outgoing )\bfrom\s+"
    r"(?:the\s+)?([a-z0-9][\w\-]*)"
)

# Verbs that end or weaken something ("turn autoscaling off for my-api" too), never a delete's.
_ENDING = (
    r"(?:stop|stopping|disable|disabling|deactivate|pause|pausing|suspend|halt|cease|quit|"
    r"no\s+longer|(?:turn|switch|shut)(?:ing)?\s+off|(?:turn|switch|shut)(?:ing)?\s+\S+\s+off|"
    # Round 25 (negate): "prune postgres backups": fewer of them kept, never a new schedule;
    # "shut down postgres backups": ended.
    r"prune|pruning|shut(?:ting)?\s+down)"
)
# Round 25 (negate): the capability said first, then switched off by a pronoun: "checkout's
# autoscaling is flapping, turn it off", "postgres backups are failing; stop them".
_OFF_BY_PRONOUN = (
    r"(?:(?:turn|switch|shut)\s+(?:it|them|that|those|these|this)\s+off|(?:turn|switch|shut)\s+off\s+"
    r"(?:it|them|that|those|these|this)|(?:stop|disable|deactivate|pause|suspend|halt|prune|kill)\s+"
    r"(?:it|them|that|those|these|this))"
)
# Round 26 (negations): protections the rules add, which a switch-off or a loosening must never
# build or tighten: "disable default deny", "payments HA = false", "payments read-only fs off",
# "seccomp on payments is too strict; relax it".
_HARDENING = (
    r"default[\s-]*deny(?:[\s-]*(?:all|ingress|egress))?(?:\s+polic(?:y|ies))?|deny[\s-]*all|"
    r"ha|read[\s-]*only(?:\s+root)?(?:\s+(?:fs|file\s*system|rootfs))?|seccomp(?:\s+profiles?)?|"
    r"apparmor"
)
# Capabilities the rules add: autoscaling, backups, monitoring, spreading, probes, non-root, HA.
_CAPABILITY = (
    r"(?:autoscal\w*|hpas?|keda|scaled\s*objects?|scaling|backups?|backing\s+up|"
    r"(?:backup\s+)?schedules?|snapshots?|monitor\w*|metrics|scrap\w+|service\s*monitors?|"
    r"pod\s*monitors?|alert\w*|spread\w*|topology|anti-?affinity|probes?|liveness|readiness|startup|"
    r"health\s*checks?|non-?root|high(?:ly)?\s+availab\w+|availability|redundan\w+|"
    rf"disruption\s+budgets?|pdbs?|{_HARDENING}|"
    # Round 27 (parts): a feature of the workload switched off ("switch off payments' rate
    # limiter", "turn off rate limiting for payments" read a resource limit).
    r"rate[\s-]*limit\w*|circuit[\s-]*break\w*)"
)
# Round 26 (negations): loosened, lifted or relaxed — "lift autoscaling on frontend", "the
# anti-affinity on payments is too strict; relax it". Not a budget's ("the PDB of orders blocks
# drains, relax it" lowers it), nor a bound or a value said ("lift the hpa max to 10").
_LOOSEN = r"(?:lift|lifting|relax|relaxing|loosen|loosening|ease|easing|soften|softening)"
_LOOSENABLE = (
    r"(?:autoscal\w*|hpas?|monitor\w*|backups?|spread\w*|topology|anti-?affinity|affinity|"
    rf"probes?|liveness|readiness|startup|non-?root|{_HARDENING})"
)
_NO_VALUE = (
    r"(?!\s+(?:max\w*|min\w*|ceiling|floor|limits?|targets?|thresholds?|bounds?|range|to|from)\b)"
    r"(?![^,;.!?]*\bto\s+\d)"
)
_SWITCHED_OFF = re.compile(
    rf"\b{_LOOSEN}\s+(?:the\s+|its\s+|their\s+|[\w-]+'s\s+)?(?:[\w-]+\s+){{0,2}}?{_LOOSENABLE}\b"
    rf"{_NO_VALUE}|"
    rf"\b{_LOOSENABLE}\b[^!?]{{0,80}}?(?:[,;:.\u2014\u2013]|\s-+)\s*(?:(?:so|just|please|pls|then|"
    rf"and|can\s+you|could\s+you)\s+)*{_LOOSEN}\s+(?:it|them|that|those|these|this)\b{_NO_VALUE}|"
    # "default deny -> off", "payments HA = false", "default deny: disable" (not a variable
    # set: "set METRICS=false").
    # (Backups said off are the veto's, which names the schedule: :mod:`.veto`.)
    r"(?<!set\s)(?<!export\s)\b(?!backups?\b|backing\b|(?:backup\s+)?schedules?\b|snapshots?\b)"
    rf"{_CAPABILITY}\s*(?:->|=>|\u2192|=|:)\s*"
    r"(?:off|false|disabled?|deactivated?|no|none)(?=\s*$|\s*[,.;!)]|\s+(?:for|on|in|please|now)\b)|"
    rf"\b{_ENDING}\b(?:\s+(?!and\b|then\b)[\w\-/'.]+){{0,4}}?\s+{_CAPABILITY}\b|"
    rf"\b{_ENDING}\s+{_CAPABILITY}\b|"
    rf"\b{_CAPABILITY}\b[^!?]{{0,80}}?(?:[,;:.\u2014\u2013]|\s-+)\s*(?:(?:so|just|please|pls|then|and|"
    rf"can\s+you|could\s+you)\s+)*{_OFF_BY_PRONOUN}\b|"
    rf"\b{_CAPABILITY}\s+(?:\w+\s+){{0,3}}?(?:(?<!\bhands\s)off|disabled|paused|suspended|stopped)"
    r"(?=\s*$|\s*[,.;!]|\s+(?:for|on|in|please|now)\b)|"
    r"\b(?:less|fewer|lower|reduce|decrease|weaken|lessen)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:available|availability|resilien\w+|redundan\w+|reliab\w+|fault[\s-]toleran\w+)\b|"
    # "unmonitor payments", "de-autoscale my-api", "unbackup postgres": a capability's verb made
    # its opposite (a state said, "payments is unmonitored", is no order and not matched).
    r"\b(?:un|de|dis)-?(?:monitor|autoscale|scale|backup|protect|replicate|spread|probe|secure|"
    r"harden|isolate|expose)s?\b"
)
# "allow all traffic to postgres", "let any pod reach my-api", "open my-api to everyone".
# (Only as the verb's object: "registration opened and everyone is paying at once" — a word of
# the next clause, or the subject of its own verb — opens nothing.)
_EVERYONE = re.compile(
    r"\b(?:allow|let|permit|open|accept|grant)\w*\b"
    r"(?:\s+(?!(?:and|but|so|or|then|while|as|because|since|when)\b)[\w\-]+){0,3}?\s+"
    r"(?:to\s+|from\s+)?"
    r"(?:everyone|everybody|anyone|anybody|anything|everything|anywhere|the\s+world|"
    r"(?:all|any|every)\s+(?:other\s+)?(?:incoming\s+|inbound\s+)?(?:pods?|traffic|sources?|"
    r"workloads?|clients?|callers?|connections?|ips?|hosts?|namespaces?|services?|ingress))\b"
    r"(?!\s+(?:with|labell?ed|that|which|from\s+(?!anywhere)|of|in\s+(?!the\s+namespace)|"
    r"(?:is|are|was|were|has|have|had|will|would|keeps?|kept|seems?|wants?|needs?)\b))"
)
# "accept connections from anyone except checkout", "permit all … and deny all …": everyone
# narrowed or closed again in the same request is the allow-list's (or asked as both).
_NARROWED = re.compile(
    r"\b(?:except|but|other\s+than|apart\s+from|besides|deny|denies|block|lock|isolate|not|never|"
    r"no|\w+n't)\b|"
    # "postgres accepts connections from every pod. Only pods labelled tier=backend may reach
    # postgres": the finding, then the allow-list that closes it.
    r"\bonly\s+(?:from\s+)?(?:the\s+)?(?:pods?\s+)?(?:labell?ed\s+|with\s+)?[\w=.-]+(?:\s+(?:and|,)\s*"
    r"[\w=.-]+)*(?:\s+(?:pods?|workloads?|services?))?\s+(?:may|can|should|must|is\s+allowed\s+to|"
    r"are\s+allowed\s+to)\b|\bonly\s+from\b"
)
# "should I scale my-api to 4?", "is it safe to restart payments?": advice asked, not a change.
_ADVICE = re.compile(
    r"^\W*(?:(?:should|shall|must|do|would)\s+(?:i|we)\b|do\s+(?:i|we)\s+(?:need|have)\s+to\b|"
    r"is\s+it\s+(?:a\s+good\s+idea|safe|ok|okay|wise|worth|better|fine)\b|"
    r"would\s+it\s+(?:be|help|make)\b|what\s+(?:if|happens)\b|does\s+it\s+make\s+sense\b|"
    r"why\s+(?:not|should|would|do)\b|whether\s+to\b)"
)
# "cancel: scale my-api to 4", "scale my-api to 4 -- cancelled": a withdrawal with no object.
# Round 31 (a35a): after a slash or in square brackets too ("scale my-api to 5 / cancel",
# "… [withdrawn]").
_WITHDRAWN = re.compile(
    r"(?:^|[,.;:!?(\[\u2014\u2013]|\s-+|\s/+)\s*(?:cancel(?:l?ed)?|abort(?:ed)?|scrap(?:ped)?|"
    r"ignore|disregard|skip|not\s+now|don'?t|do\s+not|void|withdrawn|retracted)\s*"
    r"(?:$|[:,.;!?)\]\u2014\u2013]|-+\s)"
)
# Round 29 (m33b): a header that withdraws or bins what it labels — "forget it: update my-api
# to 1.4.2", "scratch that: …", "revoke — …", "toss the following: …", "bin - add 2 replicas to
# my-api". A word that throws away ("trash", "bin", "drop", "delete" …) labels a deletion when
# only an object follows ("delete: the worker deployment"); before a change, it withdraws it.
# Round 30 (a34a): "strike that: …", "not needed anymore: …" withdraw too; "cancel the switch -
# switch frontend to 2.2.0" withdraws the order its noun names (only the order said after it:
# "forget the rollback - just scale payments to 4" orders the scale); "rm: …", "get rid of: …"
# throw away like "delete: …".
_WITHDRAW_HEADER = re.compile(
    r"^\W*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+|just\s+)?)?"
    r"(?:(?P<gone>cancel(?:l?ed)?|abort(?:ed)?|scratch(?:ed)?|scrap(?:ped)?|"
    r"forget(?:\s+about)?|revoke[sd]?|withdraw(?:n)?|ditch(?:ed)?|ignore|disregard|skip|void|"
    r"never\s*mind|nvm|strike(?:\s+(?:out|through))?|(?:(?:not|no\s+longer)\s+(?:needed|required|"
    r"wanted|necessary)|unneeded)(?:\s+any\s*more)?|"
    # Round 32 (a36b): an order held back or taken back by its head ("hold off: …", "belay
    # that: …", "no need: …", "not now: …", "no longer: …", "unnecessary: …", "pause: …",
    # "rescind: …", "retract: …"), with an acknowledgement before it too ("yep, hold off: …").
    r"hold(?:\s+off)?|belay|no\s+need|not\s+now|no\s+longer|unnecessary|paused?|"
    r"rescind(?:ed)?|retract(?:ed)?|"
    # (Round 32, lead, attack37: "hang on: …", "park this: …", "pause on this: …", "hold your
    # horses: …", "keep on hold: …", "on hold: …".)
    r"hang\s+on|park(?:ed)?|pause\s+on|hold\s+(?:your|the)\s+horses|(?:keep\s+|put\s+)?on\s+hold|"
    # (Round 33, a37b, attack37: "wait: …", "wait - …" hold what they label.)
    r"wait)|"
    r"(?P<bin>trash|toss|bin|axe|nuke|kill|drop|remove|delete|undo|dump|junk|rm|get\s+rid\s+of|"
    r"purge|destroy|erase|wipe|uninstall|decommission|tear\s+down|throw\s+away))"
    r"(?P<that>\s+(?:it|this|that|these|those|all\s+that|the\s+(?:following|above|below|"
    r"next\s+one)))?(?:\s+(?:the|this|that|my|our)\s+(?P<noun>[a-z][a-z\-]*))?"
    r"\s*(?::|[-\u2013\u2014]+\s)(?=\s*(?P<rest>\S.*)?$)"
)
# A longer object said after a throwing word, no verb and no number in it ("delete: the noisy
# frontend cpu alert"): the readers of deletions read it (a part of a workload is asked there);
# an order after it ("toss: add monitoring to frontend", "bin: my-api should never go below 3")
# is withdrawn.
_AN_OBJECT = re.compile(
    r"\W*(?:(?:the|a|an|our|its)\s+)?(?:[a-z][\w\-]*\s+){0,4}(?:alert|rule|monitor|"
    r"servicemonitor|podmonitor|pdb|hpa|budget|autoscaler|scaledobject|policy|netpol|"
    r"networkpolicy|service|svc|configmap|cm|cronjob|job|backup|schedule|deployment|deploy|"
    r"statefulset|sts|pvc|volume|secret|ingress|poddisruptionbudget|horizontalpodautoscaler|"
    r"daemonset)s?\W*"
)
# The kinds an object of a deletion is said by, first or last ("delete: pdb orders", "drop:
# poddisruptionbudget/orders", "rm: the orders PodDisruptionBudget").
_KIND_WORD = (
    r"(?:poddisruptionbudget|pdb|horizontalpodautoscaler|hpa|deployment|deploy|statefulset|sts|"
    r"daemonset|ds|service|svc|configmap|cm|secret|cronjob|job|networkpolicy|netpol|"
    r"servicemonitor|ingress|pvc|persistentvolumeclaim)s?"
)
# Only the object of a deletion after a binning header ("nuke: worker", "delete: the orders pdb").
_BINNED_OBJECT = re.compile(
    r"\W*(?:the\s+)?(?:[a-z0-9][\w.\-]*(?:\s+(?:deployment|deploy|pdb|hpa|service|svc|configmap|"
    r"pods?|statefulset|sts|app|networkpolicy|netpol|servicemonitor|cronjob|job|"
    r"poddisruptionbudget|horizontalpodautoscaler|daemonset))?|"
    rf"{_KIND_WORD}(?:/|\s+)[a-z0-9][\w.\-]*|"
    # (Round 31, a35c: "delete: the pdb of orders", "rm: the hpa for my-api".)
    rf"{_KIND_WORD}\s+(?:of|for)\s+[a-z0-9][\w.\-]*)\W*"
)
_KIND_FIRST = re.compile(rf"\W*(?:the\s+)?{_KIND_WORD}(?:/|\s+)[a-z0-9][\w.\-]*\W*")
# What may follow the object a binning header labels: the next order, said on its own ("remove:
# the orders pdb and restart worker").
_NEXT_ORDER = re.compile(r"\s*(?:[,;]\s*|\s(?:and|then|also|plus)\s+)(?:then\s+)?")
# "abort! checkout 1.1.0 fell over, go back to the previous revision": a game day's abort
# called, then the undo that carries it out — the undo is the request, nothing is withdrawn.
# ("cancel: scale my-api to 4", "abort: restart worker" still withdraw what they label.)
_ABORT_UNDONE = re.compile(
    r"^\W*(?:abort|abandon|stop\s+the\s+experiment)(?:\s+abort)*\s*!+\s+"
    r"(?=.*\b(?:go\s+back|roll\w*\s+(?:[\w-]+\s+)?back|rollback|revert|undo|restore)\b)",
    re.I,
)


# Round 31 (a35a): an acknowledgement or a hesitation before the header ("yep, drop it: …",
# "hmm, strike that: …", "actually, cancel that: …", "oh wait, scrap that: …", "ok yep, forget
# it: …", "Yep! forget it: …"): the header still withdraws what it labels (only a header that
# withdraws: "yep, delete: worker" is left to the readers of deletions).
_ACK_BEFORE = re.compile(
    r"^\W*(?:(?:y[eu]p+|yes+|yeah+|yea|ya|k+|aha|ah+|hmm+|hm+|nope|nah|no(?!\s+(?:need|longer)\b)|"
    r"well|actually|wait|"
    r"hold\s+on|oh+|erm*|um+|uh+|noted|understood|fine|ugh+|lol|sorry|ok(?:ay)?|alright|right|"
    r"sure|cool|oops|whoops|hey|so|then|never\s*mind\s+that|on\s+second\s+thoughts?)"
    r"(?:[\s,!.;]+|\s*[-\u2013\u2014]+\s*))+"
)


# Round 32 (a36b): a switch set and switched back in one breath ("set FEATURE_X=on and off",
# "FEATURE_X=true, then false"): the plan set the first value only, the second was dropped.
_SWITCH_VALUE = r"(?:on|off|true|false|yes|no|enabled?|disabled?)"
_TWO_SWITCHES = re.compile(
    rf"\b[a-z_][a-z0-9_.-]*\s*=\s*(?P<a>{_SWITCH_VALUE})(?:\s*,\s*|\s*/\s*|\s+)"
    r"(?:(?:and|or)\s+)?(?:then\s+|later\s+|back\s+)?(?:to\s+)?"
    # (The second value closes its clause, or a place or a time follows it: "FEATURE_X=off on
    # my-api" sets it off on my-api, "FEATURE_X=on, no restart" is no second value.)
    rf"(?P<b>{_SWITCH_VALUE})(?=\s*(?:$|[,.;!)])|\s+(?:again|later|tonight|tomorrow|at|after|"
    r"in|when|once)\b|\s+on\s+(?!(?:$|[,.;!)])))"
)


def _header(text: str) -> re.Match[str] | None:
    """The header of ``text`` that withdraws or bins what it labels, if any (see above)."""
    if ":" not in text and "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return None
    header = _WITHDRAW_HEADER.match(text.lower())
    if header is None and (ack := _ACK_BEFORE.match(text.lower())):
        header = _WITHDRAW_HEADER.match(text.lower()[ack.end() :])
        if header is not None and not (header["gone"] or header["that"]):
            return None
    if header is None or not header["noun"]:
        return header
    # "cancel the switch - switch frontend to 2.2.0": the noun names the order after it (its
    # verb's stem); any other noun ("forget the rollback - just scale …") withdraws nothing.
    said = (header["rest"] or "").split(maxsplit=1)
    noun = header["noun"]
    if header["gone"] and said and said[0][:4] == noun[:4] and len(noun) >= 3:
        return header
    return None


def _object_said(rest: str) -> int:
    """Where the object a binning header labels ends in ``rest`` (0: no object said there)."""
    if (order := removal.AN_ORDER.match(rest)) and rest[order.end() : order.end() + 1] != "-":
        return 0  # ("delete: scale-test job" names a job)
    if _BINNED_OBJECT.fullmatch(rest) or _AN_OBJECT.fullmatch(rest):
        return len(rest)
    # (An object said with its kind only, before the next order: "delete: worker and scale
    # payments to 4" stays a header over both.)
    for m in _NEXT_ORDER.finditer(rest):
        if _AN_OBJECT.fullmatch(rest[: m.start()]) or _KIND_FIRST.fullmatch(rest[: m.start()]):
            return m.start()
    return 0


def binned(text: str) -> str:
    """``text`` with the mark of a binning header dropped when only an object follows it (and
    maybe the next order): "delete: pdb orders" is "delete pdb orders", "remove - the orders pdb
    and restart worker" the deletion and the restart (round 30, a34a: the mark read as a
    withdrawn order or a second clause asked)."""
    header = _header(text)
    if header is None or header["gone"] or header["that"] or not header["rest"]:
        return text
    if not _object_said(header["rest"]):
        return text
    return f"{text[: header.end('bin')]} {text[header.start('rest') :]}"


# Round 33 (attack38): a pause asked for before the order, said with a comma or nothing after it
# ("one sec: …", "wait a sec, scale …", "give me a minute - …", "hang tight, …"): the order is
# held, as "hang on: …" is. ("hold on, restart worker" and "hang on, …" with a comma are the
# speaker's lead-in, planned: rounds 17 and 32.)
_HELD_FIRST = re.compile(
    r"^\W*(?:hold\s+on(?=\s*(?::|[-\u2013\u2014]+\s))|hang\s+tight|one\s+sec(?:ond)?|"
    r"just\s+a\s+(?:sec(?:ond)?|"
    r"minute|moment)|wait\s+a\s+(?:sec(?:ond)?|minute|moment|bit)|give\s+me\s+a\s+(?:sec(?:ond)?|"
    r"minute|moment|bit))\b\s*(?:[,:;.!]|[-\u2013\u2014]+)?\s+(?=\S)",
    re.I,
)


def withdrawn(text: str) -> str | None:
    """A question when ``text`` opens with a header that withdraws what it labels
    (:data:`_WITHDRAW_HEADER`), else None."""
    header = _header(text)
    if header is None and (held := _HELD_FIRST.match(text)):
        return (
            f"I read {held.group(0).strip()!r}: the order after it is held, not given, so I "
            "changed nothing. Say the change itself as an order (e.g. 'scale my-api to 4') when "
            "it should be planned."
        )
    if header is None:
        return None
    rest = header["rest"] or ""
    if not header["gone"] and _object_said(rest) == len(rest):
        # "nuke: worker", "delete: the orders pdb": the deletion it labels; "delete: the checkout
        # latency alert": a longer object, left to the readers of deletions (a part of a
        # workload is asked there, by name) — a throwing word withdraws only an order.
        return None
    return (
        f"I read {header.group(0).strip()!r}: this reads as an order withdrawn or thrown away, "
        "not as a change, so I changed nothing. Say the change itself as an order (e.g. "
        "'scale my-api to 4') if you want it planned."
    )


_EVERY_CONTAINER = re.compile(
    r"\b(?:both|each|every|all)\s+(?:one\s+)?(?:of\s+)?(?:its\s+|their\s+|the\s+)?"
    r"(?:[a-z][\w\-]*(?:'s|s')\s+|pods?\s+)?(?:containers?|sidecars?)\b|"
    r"\b(?:containers?|sidecars?)\s+(?:alike|too|both)\b"
)


def _corrected(ctx: Ctx) -> str | None:
    """The correction said inside one message (:data:`_CORRECTION`), if any."""
    names: frozenset[str] | None = None
    for said in ctx.said():
        for m in _CORRECTION.finditer(said.lower()):
            value = m.group("value")
            if "actually" in m.group(0) and _STATE_ACTUALLY.search(said.lower(), 0, m.start() + 1):
                continue  # "frontend is actually 3 pods, make it 5": what it runs now, said
            if not _CORRECTED_VALUE.search(value):
                if names is None:
                    names = spoken.workload_names(ctx.cluster, ctx.namespace)
                if not any(value == n or value.startswith(f"{n}-") for n in names):
                    continue
            return m.group(0).strip(" ,;:(-")
    return None


def check(ctx: Ctx) -> None:
    """Raise :class:`Clarify` for a phrasing of the module docstring."""
    text = ctx.text
    if m := _RETRACTION.search(text):
        raise Clarify(
            f"I read {m.group(0)!r}: part of this request takes back another part. Say only "
            "what should change now, in one request."
        )
    if m := _RETRACTED_ABROAD.search(text):
        raise Clarify(
            f"I read {m.group('said')!r}: part of this request takes back another part. Say "
            "only what should change now, in one request."
        )
    if corrected := _corrected(ctx):
        raise Clarify(
            f"I read {corrected!r}: a value or object said, then corrected. Say the request "
            "once, as it should be (or refine it with the corrected value alone)."
        )
    if "=" in text and (m := _TWO_SWITCHES.search(text)) and m["a"] != m["b"]:
        raise Clarify(
            f"I read {m.group(0).strip()!r}: two values for one setting, one after the other. "
            "Which one should it hold? Say the change once, with that value (and a later change "
            "back on its own, when it is due)."
        )
    # "delete worker and frontend. Actually just worker.": the order narrowed after it.
    narrowing.check(ctx)
    # "could scaling payments to 10 break the db?", "delete worker. jk": no request to act now.
    speech.check(ctx)
    withdrawn = _WITHDRAWN.search(text)
    if withdrawn and (called := _ABORT_UNDONE.match(text)) and withdrawn.start() < called.end():
        withdrawn = _WITHDRAWN.search(text, called.end())  # "abort! … go back": the undo
    if withdrawn and leftout.noted_out(ctx, text, withdrawn.group(0)):
        withdrawn = None  # "…; worker: skip": worker left out of the set (round 33, a37c)
    if (m := withdrawn) or (m := _ADVICE.search(text)):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: this reads as a question or as an order withdrawn, "
            "not as a change, so I changed nothing. Say the change itself as an order (e.g. "
            "'scale my-api to 4') if you want it planned."
        )
    # (The words as typed too: "turn off checkout metrics" is read as a scale to 0 by then.)
    if m := _SWITCHED_OFF.search(text) or _SWITCHED_OFF.search(ctx.said_all().lower()):
        raise Clarify(
            f"I read {m.group(0)!r}: switching a capability off or weakening it is not planned "
            "here (the rules only add one, so they would plan the opposite). Delete the object "
            "that provides it by name (e.g. 'delete the hpa my-api', 'delete the schedule "
            "postgres-shop'), or say the exact change."
        )
    if (m := _EVERYONE.search(text)) and not _NARROWED.search(text):
        raise Clarify(
            f"I read {m.group(0)!r}: a NetworkPolicy only allows what it names, so no policy I "
            "could write lets everyone in (one would cut every caller off). To open a workload "
            "to all, delete the NetworkPolicies that select it, by name."
        )
    clauses = _CLAUSES.split(text)
    if (
        (m := _FUTURE.search(text))
        and any(veto.DELETES.search(c) and not _FUTURE.search(c) for c in clauses)
        and not any(_FUTURE.search(c) and _SPEAKER_LATER.search(c) for c in clauses)
    ):
        # "worker is retired tomorrow, delete it": the time is in the reason, not the delete
        # ("delete worker tomorrow" is the guard's: a time on the change itself).
        raise Clarify(
            f"I read {m.group(0)!r} beside a deletion: I delete when you approve, not later, "
            "and a reason still to come is not one yet. Ask for the deletion when it is due."
        )
    if (m := _KEEP_PODS.search(text)) and not removal.BESIDE_DELETED.search(text):
        raise Clarify(
            f"I read {m.group(0)!r}: deleting a workload deletes its pods, and a delete that "
            "leaves them running is not planned. Say 'scale <name> to 0' to stop it, or "
            "delete it with its pods."
        )
    if (m := _BLOCK_FROM.search(text)) and _names(ctx, m.group(1)):
        raise Clarify(
            f"I read {m.group(0)!r}: a NetworkPolicy cannot block one source — it allows only "
            "what it names, so the policy would let in only what you want kept out. Say who "
            "may reach the workload instead (e.g. 'only frontend may reach payments')."
        )
    if (m := _ALL_BUT.search(text)) and _names(ctx, m.group(1)) and not _label_set(ctx, m):
        # "restart all but my-api": planned as a restart of my-api alone before.
        raise Clarify(
            f"I read {m.group(0)!r}: a set less one workload. Name the workloads to change "
            "(e.g. 'restart frontend and payments'), or select them by a label and leave "
            f"{m.group(1)} out with 'except {m.group(1)}'."
        )
    if (m := _ALL_BUT.search(text)) and (owner := _container_of(ctx, m.group(1))):
        # "set TZ=UTC on all containers of orders but envoy": the rules change every one.
        raise Clarify(
            f"I read {m.group(0)!r}: {m.group(1)} is a container of {owner}, and a change of "
            "the whole workload changes each of its containers. Name the containers to change "
            "(e.g. 'set TZ=UTC on container app of orders')."
        )
    parts = _CLAUSES.split(text)
    for i, clause in enumerate(parts[1:], start=1):
        rest = " ".join(parts[i + 1 :])
        stated = _STATED.match(clause)
        if (
            statements.fact(clause)
            and _ASKED.search(rest)
            and not {t.name for t, _ in ctx.workloads(rest)} - {stated.group(1) if stated else ""}
        ):
            # "worker runs 1, bring it to 2", "frontend is at 450ms p99; add two pods": the
            # state of the workload the change after it acts on, naming no other (round 34,
            # gap37a: or naming it again, "…: orders runs 2 pods …. Scale orders to 3").
            continue
        if (m := _STATED.match(clause)) and _names(ctx, m.group(1)):
            # "restart my-api, frontend has 2 replicas": how things are, never a change.
            raise Clarify(
                f"I read {clause.strip()!r} as how things are, not as a change: what should "
                "change? Say only the change (the state beside it is not read)."
            )
    if (m := _FROZEN.search(text)) and not _frozen_left_out(ctx, text, m):
        # "payments is frozen until monday; scale payments to 3": a freeze forbids the change.
        raise Clarify(
            f"I read {m.group(0).strip(' .;,!')!r}: a change freeze forbids changes, and no "
            "rule plans one through it. Ask again once the freeze is lifted (or say it is)."
        )
    if (m := _FORWARD.search(text)) and not _FORWARD_TO.search(text):
        # "roll forward checkout", "undo the rollback of checkout": not a rollback — the way
        # back to a newer revision is a version to say.
        raise Clarify(
            f"I read {m.group(0)!r}: forward again, not back, and a rollback would go the other "
            "way. Say the version to run (e.g. 'update checkout to 1.2.0')."
        )
    _sidecar_beside(ctx)
    _shared_for_one(ctx)


def _frozen_left_out(ctx: Ctx, text: str, m: re.Match[str]) -> bool:
    """Whether the freeze ``m`` is said of one workload an exclusion after a list leaves out
    ("scale payments, worker and frontend to 4. frontend is frozen": the rest is planned,
    frontend left alone — round 35, a40a)."""
    said = rx(r"([a-z0-9][\w\-]*)\s+$").search(text[: m.start()].lower())
    return said is not None and said.group(1) in leftout.list_left_out(ctx, text)


def _shared_for_one(ctx: Ctx) -> None:
    """ "set LOG_LEVEL=debug in shared-config only for my-api": a ConfigMap (or Secret) that
    other workloads read too, changed for one of them."""
    m = _ONLY_FOR.search(ctx.text)
    if m is None or not _names(ctx, one := m.group(1) or m.group(2)):
        return
    for word in set(rx(r"(?<![\w.\-])[a-z0-9][a-z0-9\-.]*[a-z0-9](?![\w.\-])").findall(ctx.text)):
        for kind in ("ConfigMap", "Secret"):
            if ctx.get(kind, word) is None:
                continue
            others = [t.name for t in removal._users(ctx, kind, word) if t.name != one]
            if others:
                raise Clarify(
                    f"I read {m.group(0)!r}, but {kind} {word} is read by "
                    f"{', '.join(sorted(others))} too: a change to it changes each. Set it on "
                    f"{one} alone (e.g. 'set KEY=value on {one}'), or say the change is "
                    "for all of them."
                )


def _sidecar_beside(ctx: Ctx) -> None:
    """ "orders and envoy", "orders including envoy": a container named beside its workload."""
    try:
        named = ctx.workloads()
    except Clarify:
        return  # the rules ask about the names themselves
    for target, obj in named:
        names = [c.get("name", "") for c in containers(obj)]
        if len(names) < 2:
            continue
        every = _EVERY_CONTAINER.search(ctx.text)
        if every:
            _listed_are_there(ctx.text[every.end() : every.end() + 60], target, names)
        if every or (
            podsecurity.CUE.search(ctx.text)
            and all(rx(rf"\b{re.escape(n)}\b").search(ctx.text) for n in names)
        ):
            # "no privilege escalation in orders, both app and envoy", "set TZ=UTC on every
            # container in orders (app and envoy)": a change said for every container is each
            # container's (the rules set it on each, or ask which one).
            continue
        # "… and the app container left alone": a container said beside a keep is not joined in.
        kept = workloads.kept_words(rx(r"\bapplication\b").sub("app", ctx.text), names, target.name)
        for name in names:
            if name == target.name or rx(rf"\b{re.escape(name)}\b").search(kept):
                continue
            joined = (
                rf"\b{re.escape(target.name)}\b(?:[^.;]|\.(?=\S)){{0,40}}?\b(?:and|plus|including|incl\.?|"
                rf"with|as\s+well\s+as|&)\s+(?:(?:its|the)\s+)?{re.escape(name)}\b|"
                rf"\b{re.escape(name)}\s+too\b"
            )
            if m := rx(joined).search(ctx.text):
                raise Clarify(
                    f"I read {m.group(0)!r}: {name} is a container of {target.describe()}. "
                    f"Which should change (which one of {', '.join(names)}, or each)? Say "
                    "the change for each container by name."
                )


# "(app and envoy)", ", app + envoy": the containers listed after "every container in orders".
_LISTED = re.compile(
    r"^[^(,:]{0,30}[(,:]\s*((?:the\s+)?[a-z][\w\-]*(?:\s*(?:,|\band\b|\+|&)\s*(?:the\s+)?"
    r"[a-z][\w\-]*)+)"
)
_ROLES = frozenset(
    "and the app application main sidecar sidecars proxy container containers".split()
)


def _listed_are_there(tail: str, target: Target, names: list[str]) -> None:
    """ "every container in orders (app and nginx)" where orders runs app and envoy: a
    container listed that the pod does not have is asked, never read as every container."""
    if (m := _LISTED.match(tail)) is None:
        return
    for word in rx(r"[a-z][\w\-]*").findall(m.group(1)):
        if word not in _ROLES and word not in names and word != target.name:
            raise Clarify(
                f"I read {m.group(1)!r}: {target.describe()} has no container {word!r} (it "
                f"has: {', '.join(names)}). Which containers should change?"
            )


def _label_set(ctx: Ctx, m: re.Match[str]) -> bool:
    """ "all backend deployments but orders", "every tier=backend deployment but orders": the
    set is selected by a label (a ``key=value`` or a value of a label other than ``app``), so
    the name after the marker is left out of it like after "except" (:func:`as_except`)."""
    head = m.group(0)[: m.start(1) - m.start(0)]
    if rx(r"[\w.\-/]+=[\w.\-]+").search(head):
        return True
    values = {
        value
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        for key, value in ((obj.get("metadata") or {}).get("labels") or {}).items()
        if key != "app"
    }
    return any(word in values for word in rx(r"[a-z0-9][\w\-]*").findall(head))


def as_except(ctx: Ctx, raw: str) -> str:
    """``raw`` with a label set's "but"/"besides"/"save" said as "except", which the
    constraints leave out of the set; any other sentence unchanged."""
    m = _ALL_BUT.search(raw.lower())
    if m is None or not _names(ctx, m.group(1)) or not _label_set(ctx, m):
        return raw
    marker = rx(
        r"\b(?:but|besides|save|bar|minus|other\s+than|apart\s+from|aside\s+from)\s+"
        r"(?:the\s+)?$",
        re.I,
    ).search(raw[m.start() : m.start(1)])
    if marker is None:
        return raw
    at = m.start() + marker.start()
    return f"{raw[:at]}except {raw[m.start(1) :]}"


def _container_of(ctx: Ctx, word: str) -> str:
    """The workload named in the request that has a container ``word`` (not its only one)."""
    try:
        named = ctx.workloads()
    except Clarify:
        return ""
    for target, obj in named:
        names = [c.get("name", "") for c in containers(obj)]
        if word in names and len(names) > 1:
            return target.describe()
    return ""


def _names(ctx: Ctx, word: str) -> bool:
    try:
        return bool(ctx.workloads(word))
    except Clarify:
        return False
