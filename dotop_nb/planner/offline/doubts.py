"""The last word on a plan: words that put the whole request in doubt (round 12, attack13).

Rule: a plan is held back, and asked about, when the words as sent say that the change is not
being ordered now — whatever the readers before made of the rest:

- the mood of the clause that carries the order is not an order or a wish of the speaker
  (:mod:`.moods`: an inspection, work for someone else, a simulation, another cluster, a
  question without "?", a capability, an opinion, a suspicion, an avoidance);
- a check of the change, not the change: "check / verify / confirm / validate / find out / see
  (that / if / whether) …" at the head of the message or of its last clause ("we expect the
  orders PDB to block the drain; verify");
- a trial or a quotation of it: a dry run ("(dry run)", "--dry-run", "preview:"), or the words
  filed under a label ("testing:", "demo:", "example:", "usage:", "wiki:", "SOP:", "chatgpt:");
- a retraction or a hedge after or around it: a "no" in another language ("bitte nicht",
  "pas maintenant", "нет", "不要"), slang that takes it back ("yeah nah", "psych", "dream on",
  "just messing"), a doubtful emoji (🤔 🤷 😬 🙈 😅, ":shrug:", ":grimacing:");
- a need denied ("payments does not need a PDB", "no HA needed for worker", "an hpa on frontend
  is unnecessary") where the plan adds or changes rather than removes;
- a question without its question mark about the change's cost, impact, risk or timing ("cost
  of scaling payments to 5", "we ok to scale payments to 0", "teach me to restart orders");
- thanks for a change already made ("ta for restarting payments");
- another environment than the cluster's said as where it runs ("in stg", "on my laptop",
  "locally", "[staging]");
- a NetworkPolicy that denies every caller where the words keep some ("block all traffic to
  postgres except payments"): the exception would be dropped;
- a version said with a failure ("payments 3.1.0 CrashLoopBackOff", "release v42 is broken")
  where the plan deploys that version.

Each reads the words as sent; a reply to the question (refinements) is not checked again.
"""

from __future__ import annotations

import re

from dotop_nb.models import ScaleOp, SetImageOp
from dotop_nb.planner.offline import emoji, moods, netpol, veto
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.statements import WRONG_CHARGE
from dotop_nb.planner.offline.timewords import VAGUE_TIME
from dotop_nb.ports import PlanResult

_CHECK = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|just|quickly|first)\s+)*"
    r"(?:(?:double[\s-]?check|check|verify|confirm|validate)\s+(?:that|if|whether)\b|"
    r"find\s+out|see\s+(?:if|whether)|test\s+(?:if|whether|that)\b|"
    r"(?:double[\s-]?check|check|verify|confirm|validate)\s+(?:\S+\s+){1,3}?(?:can|could|is|are|"
    r"has|have|would|will|runs?|blocks?)\b)|"
    r"[.;:,\u2014-]\s*(?:please\s+|pls\s+|then\s+|now\s+)?(?:double[\s-]?check|check|verify|"
    r"confirm|validate)\W*$",
    re.I,
)
_TRIAL = re.compile(
    r"--dry-run\b|(?<![\w_=-])dry[\s-]?run(?![\w_=-])|^\W*(?:(?:the|a|an)\s+)?"
    r"(?:(?:readme|cost|budget|example|chatgpt|gpt|docs?|wiki|runbook)\s+)?"
    r"(?:preview|testing|test|demo|example|e\.g\.|usage|wiki|sop|chatgpt|gpt|copilot|docs?|"
    r"readme|sample|prompt|snippet|cheat\s*sheet|hint|tip|confluence|notion|estimate|"
    r"budget\s+check|quiz|exercise|homework|draft|template|simulation|simulated|hypothetical|"
    # (Round 35, gap38b/gap38d: a hyphen that joins a word is no label's dash — "Sample-tracking
    # API my-api: …" names a workload, "demo-shop frontend" too; "Test - scale …" is a label.)
    r"what\s+if|scenario|drill|tabletop)\s*(?:[:\u2014]|-(?![a-z0-9_]))|"
    r"\(\s*just\s+testing[^)]*\)|\bjust\s+testing\s+the\s+bot\b",
    re.I,
)
# A label that forbids what follows ("NEVER: scale payments to 0", "anti-pattern: …"), or a
# change said to be put off or talked about ("let's postpone the checkout rollback").
_FORBIDDING = re.compile(
    r"^\W*(?:never|avoid|prohibited|forbidden|banned|not\s+allowed|do\s+not|don'?t|anti-?pattern|"
    r"bad\s+idea|wrong|incorrect|root\s+cause|no\s+chance|no\s+way|"
    r"example\s+of\s+what\s+not\s+to\s+do|what\s+not\s+to\s+do)\s*[:\-\u2014]|"
    r"\bthe\s+last\s+thing\s+we\s+need\s+is\b|"
    r"\b(?:postpone|postponed|defer|deferred|shelve|shelved|discuss|debate|talk\s+about|"
    r"vote\s+on|think\s+about|brainstorm|on\s+the\s+agenda|not\s+approved)\b",
    re.I,
)
_RETRACT = re.compile(
    r"\b(?:bitte\s+nicht|noch\s+nicht|nicht\s+jetzt|nein|pas\s+maintenant|surtout\s+pas|"
    r"no\s+por\s+favor|todav[ií]a\s+no|n[aã]o|niet|nee|nej|ikke|nie)\b|"
    r"\b(?:yeah\s+nah|nah\s+yeah|psych|gotcha|having\s+a\s+laugh|taking\s+the\s+piss|"
    r"pulling\s+your\s+leg|just\s+(?:messing|kidding|joking)|jk|in\s+your\s+dreams|"
    r"fat\s+chance|dream\s+on|sod\s+that|lol\s+no)\b|"
    r"[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|"
    r"[\U0001f914\U0001f937\U0001f62c\U0001f648\U0001f605\U0001fae3\U0001fae0\U0001f921"
    r"\U0001f644\U0001f928\U0001f9d0\U0001f615\U0001f61f\U0001f630\U0001f631]|"
    r":(?:thinking(?:_face)?|shrug|grimacing|see_no_evil|sweat_smile|trollface|clown|"
    r"face_with_rolling_eyes|raised_eyebrow|confused|worried|wink):",
    re.I,
)
# What a plan adds that a need denied may name.
_ADDED = (
    r"(?:an?\s+|the\s+|any\s+|to\s+be\s+)?(?:pdbs?|disruption\s+budgets?|budgets?|hpas?|"
    r"autoscal\w*|ha|highly\s+available|high\s+availability|backups?|probes?|readiness\s+probe|"
    r"liveness\s+probe|monitoring|servicemonitor|alerts?|alerting|replicas?|network\s*polic\w*|"
    r"netpol|limits?|requests?|spread|anti-?affinity)"
)
_UNNEEDED = re.compile(
    rf"\b(?:does\s*n[o']?t|do\s*n[o']?t|doesnt|dont)\s+need\s+(?:to\s+be\s+)?{_ADDED}\b|"
    rf"\bno\s+{_ADDED}\s+(?:is\s+)?(?:needed|necessary|required)\b|"
    rf"\b{_ADDED}\s+(?:\w+\s+){{0,3}}?(?:is|are)\s+(?:unnecessary|not\s+needed|overkill)\b",
    re.I,
)
_REMOVAL = re.compile(
    r"\b(?:drop\w*|remov\w*|delet\w*|unset|get\s+rid|disabl\w*|turn\s+\w+\s+off|turn\s+off|"
    r"switch\s+off|take\s+\w*\s*out|strip|clean\s+up|shut\s+\w*\s*down|stop|scale\s+(?:it\s+)?"
    r"(?:down|in))\b",
    re.I,
)
_ASKED = re.compile(
    r"^\W*(?:what(?:'s|\s+is|\s+are|\s+would\s+be)?\s+(?:the\s+)?)?"
    r"(?:any\s+|the\s+)?(?:\w+\s+)?(?:cost|costs|impact|risks?|eta|downsides?|effects?|"
    r"pros\s+and\s+cons|blast\s+radius|harm|side[\s-]?effects?|trade-?offs?|"
    r"estimate)\s+(?:of|for|on|if|in)\b|^\W*how\s+long\s+(?:does|would|will)\b|"
    r"^\W*(?:are\s+we|we|is\s+it|it)\s*(?:'re\s+)?(?:ok|okay|fine|safe|good)\s+to\b|"
    r"^\W*(?:fine|ok|okay|safe)\s+to\b|"
    r"\b(?:teach|show)\s+me\s+(?:how\s+)?to\b",
    re.I,
)
# Round 17 (a18): a noun of change, as a thing to hold, cancel or report on.
_CHANGE = (
    r"(?:restart|rollback|roll-?back|roll\s+back|upgrade|downgrade|scale[\s-]?(?:up|down|out|in)|"
    r"scaling|scale|redeploy|update|deletion|migration|bounce|revert|cutover|rollout\s+restart)s?"
)
# Round 18 (a20): the words of readiness — someone standing by, ready or preparing, or the
# change queued, lined up or staged for later ("Standing by:", "ready to …", "prepping:",
# "teed up:", "on deck:", "in the hopper:"), with who is ready before it ("we're ready to").
_READY = (
    r"(?:(?:i'?m|we'?re|i\s+am|we\s+are|all|be|get|getting|got)\s+)?"
    r"(?:stand(?:ing)?\s*-?by|on\s+stand-?by|ready|prepared|preparing|prepping|prepped|prep|"
    r"prepare|queued(?:\s+up)?|queue\s+up|queuing\s+up|(?:lined|lining|line)\s+up|"
    r"(?:teed|teeing|tee)\s+up|staged|on\s+deck|in\s+the\s+(?:hopper|wings|queue|pipeline)|"
    # Round 18 (a21): poised, primed, all set, gearing up, waiting, holding, on the list, ready
    # for a review or an approval ("Ready for approval:", "poised to", "on the list:").
    r"primed|poised|(?<=all\s)set|(?:gearing|geared|gear)\s+up|waiting|holding|"
    r"on\s+(?:the|my|our)\s+(?:list|radar|plate)|"
    r"ready\s+for\s+(?:approval|review|sign-?off|a\s+(?:review|look|decision)|testing|qa))"
)
# Round 18 (a21): readiness said before the change as a noun ("prepped restart of payments",
# "staged rollback for checkout").
_READY_NOUN = rf"{_READY}\s+(?:the\s+|a\s+|an\s+)?{_CHANGE}\s+(?:of|for|on)\b"
# What readiness is NOT: a go-ahead said with it ("Ready to go: …", "standing by to restart
# payments, go ahead").
_READY_GO = (
    r"(?!\s*go\b\s*(?:[:!\u2014\u2013]|\s-))"
    r"(?![^\n]*[,;.\u2014\u2013]\s*(?:go(?:\s+ahead)?|do\s+it|proceed|execute)\s*[.!]*\s*$)"
)
# Round 17 (a18): words that make the whole message something other than the order, wherever
# they are said, as (pattern, what they make of it). One table, read on every plan:
_NOT_ORDERED: tuple[tuple[re.Pattern[str], str], ...] = (
    # "hold the worker restart", "pause the checkout rollback", "the worker restart is off",
    # "restart is not needed", "… — oops, …": the change held, called off or corrected
    # (never "pause the checkout HPA", an autoscaler paused, or "the cache is not needed", a
    # reason to remove it).
    (
        re.compile(
            # (Round 34, a38a, attack38: in any tense, "would you mind holding off on the
            # worker restart?", "… if we held off restarting worker?", "… if we skipped the
            # worker restart?", "delay the worker restart".)
            r"\b(?:hold(?:s|ing)?|held|pause|freeze|park|halt|delay(?:s|ed|ing)?|"
            r"skip(?:s|ped|ping)?)\s+(?:off\s+(?:on\s+)?)?(?:the|that|this|our|"
            rf"any|on\s+the)\s+(?:[\w-]+\s+){{0,2}}?{_CHANGE}\b|"
            r"\b(?:hold(?:s|ing)?|held)\s+off\s+(?:on\s+)?\w+ing\b|"
            rf"\b{_CHANGE}\s+(?:is|are|'s)\s+(?:not\s+(?:needed|necessary|required|happening)|"
            r"unnecessary|off|cancell?ed|called\s+off|scrapped|on\s+hold|paused)\b|"
            rf"\bno\s+need\s+(?:for\s+(?:a|the|any)\s+{_CHANGE}|to\s+\w+)\b|"
            # ("scale frontend to 3 — oops, payments to 3": a correction, which half stands?)
            r"\b(?:(?:wh)?oops|my\s+bad|scratch\s+that)\s*[,:;.!\u2014\u2013-]|"
            # ("oops wrong window — scale orders to 0": sent to the wrong place.)
            r"\bwrong\s+(?:window|chat|channel|tab|terminal|thread|room|dm|cluster|context)\b",
            re.I,
        ),
        "the change held or called off, not ordered",
    ),
    # "standby to scale orders to 0", "get ready to restart worker", "queue up: …": ready for
    # the change, not making it. Round 18 (a20): one grammar — a word of readiness (standing
    # by, ready, prepping, queued, lined up, teed up, on deck, in the hopper: :data:`_READY`)
    # at the head, then "to" or a colon or a dash.
    (
        re.compile(
            rf"^\W*(?:{_READY}\s*(?:to\b{_READY_GO}|:|[\u2014\u2013]|\s-{{1,2}}\s)|{_READY_NOUN})",
            re.I,
        ),
        "getting ready for the change, not making it",
    ),
    # "who told you to scale frontend to 5? not me", "debating whether to restart worker",
    # "torn between restarting worker and scaling it": a question or a choice not made.
    (
        re.compile(
            r"^\W*who\s+(?:told|asked|wants?|wanted|said|decided|approved|ordered)\b|"
            r"\b(?:debating|torn\s+between|undecided|on\s+the\s+fence|can'?t\s+decide|"
            r"cannot\s+decide|deciding\s+(?:whether|between|if)|weighing\s+(?:up\s+)?whether|"
            r"mulling\s+(?:over\s+)?whether|not\s+sure\s+(?:whether|if)\s+to)\b",
            re.I,
        ),
        "a question or a choice not yet made, not an order",
    ),
    # "the client wants an estimate for scaling frontend to 5", "Finance wants to know the cost
    # of frontend at 5", "estimate the cost of …", "a graph of worker restarts": a report, an
    # estimate or a picture of the change — never the change.
    (
        re.compile(
            r"\b(?:wants?|wanted|needs?|needed|asks?\s+for|asked\s+for|requests?|requested|give\s+"
            r"(?:me|us|them)|send\s+(?:me|us|them)|get\s+(?:me|us|them)|prepare|make|draw|"
            r"to\s+know|to\s+see|show\s+(?:me|us|them))\s+(?:(?:an?|the|some)\s+)?(?:[\w-]+\s+)?"
            r"(?:estimates?|costs?|price|pricing|quote|screenshots?|graphs?|charts?|dashboards?|"
            r"numbers|figures|reports?|forecasts?|breakdown|projections?|diagrams?)\s+"
            r"(?:of|for|on|showing|about|with)\b|"
            r"^\W*(?:please\s+)?(?:estimate|forecast|price\s+out|cost\s+out|quote|project)\s+"
            r"(?:the|what|how)\b",
            re.I,
        ),
        "a report or an estimate about the change, not the change",
    ),
    # "translate to German: restart worker", "write a haiku about restarting worker", "a
    # limerick: …", "add to the runbook: …", "(reading ahead, we're on step 1)": text about
    # the change, or a step read before its turn.
    (
        re.compile(
            r"^\W*(?:please\s+)?(?:translate|rephrase|reword|paraphrase|proofread|spell-?check)\b|"
            r"\b(?:haiku|limerick|poem|sonnet|song|rap|riddle|tweet|slogan|ballad)\b|"
            r"\badd\s+(?:this\s+|it\s+|that\s+)?(?:to|in)\s+(?:the|our|my)\s+(?:[\w-]+\s+)?"
            r"(?:runbook|run\s+book|wiki|docs?|playbook|readme|checklist|notes|sop|faq)\b|"
            r"\b(?:reading|looking|skipping)\s+ahead\b|\bnot\s+(?:there|at\s+that\s+step)\s+yet\b",
            re.I,
        ),
        "text about the change (a translation, a verse, a document), not the change",
    ),
    # "worker's stuck again smh", "frontend 5 pods rn fyi", "… if u have time, otherwise don't
    # bother", "not urgent tho, will look tomorrow": a complaint or news, told — or an errand
    # left to the listener's whim ("fyi it has no requests set, add …" stays an order).
    (
        re.compile(
            # ("kubectl scale … # fyi": a comment that files a pasted command, read by .prose.)
            r"\bsmh\b|(?<!#)(?<!#\s)(?<!#\s\s)\b(?:fyi|fwiw|ftr|for\s+your\s+information)\W*$|"
            r"\b(?:otherwise|else|if\s+not)\s*,?\s+(?:don'?t\s+bother|nbd|no\s+biggie|"
            r"no\s+worries|never\s*mind|nvm|whatever)\b|"
            r"\b(?:i'?ll|i\s+will|will|gonna)\s+(?:take\s+a\s+)?look\s+(?:at\s+it\s+)?"
            r"(?:tomorrow|later|monday|next\s+week|after)\b",
            re.I,
        ),
        "a complaint or news, told — or an errand left open, not an order",
    ),
    # "frontend is elastic enough", "frontend is as elastic as a brick": a verdict on how
    # things are, or sarcasm, with no change said.
    (
        re.compile(
            r"\b(?:is|are|'s|'re)\s+(?:already\s+)?(?!plenty\b|not\b)[a-z]+\s+enough\W*$|"
            r"\b(?:is|are|'s|'re)\s+(?:about\s+)?as\s+\w+\s+as\s+(?:a|an)\s+\w+",
            re.I,
        ),
        "a verdict or a sarcasm about how things are, not an order",
    ),
)


# The question answered by its asker ("is it ok to scale worker to 4? if so go ahead").
_GO_AHEAD = re.compile(r"\b(?:if\s+(?:so|yes)|go\s+ahead|please\s+do)\b", re.I)
_THANKS = re.compile(
    r"^\W*(?:ta|thanks|thank\s+you|thx|ty|cheers|kudos|nice\s+work|great\s+job|"
    # (Round 37, en41, attack41: "mad props for restarting worker", "big ups to bob for …")
    r"(?:mad\s+)?props|big\s+ups?|shout-?outs?|hats\s+off|bravo|respect|well\s+done|"
    r"nice\s+one|(?:good|great|nice)\s+(?:job|work|call|catch))\s+"
    r"(?:(?:to\s+)?(?:the\s+)?@?[\w.\-]+\s+)?for\s+\w+ing\b|"
    # Round 35 (a40a, attack39): praise for a change made, with or without "for" ("kudos on
    # restarting worker", "nice job scaling payments to 4", "good call restarting worker",
    # "props for the restart of worker", "praise: nice restart of worker").
    r"^\W*(?:praise\s*:\s*)?(?:kudos|props|(?:nice|great|good|awesome|excellent|solid|"
    r"brilliant|well)\s+(?:work|job|call|one|move|catch|done))\s+(?:(?:on|for|with)\s+)?"
    r"(?:\w+ing\b|the\s+\w+\s+of\b)|"
    # Round 36 (m41c, attack41): praise of a change named as a noun ("well done on the worker
    # restart", "nice work on the payments scale-up", "love the worker restart").
    r"^\W*(?:(?:thanks|thank\s+you|cheers|kudos|props|(?:nice|great|good|awesome|excellent|solid|"
    r"brilliant|well)\s+"
    r"(?:work|job|one|done))\s+(?:on|for|with)|love)\s+(?:the|that|this)\s+[\w-]+\s+"
    r"(?:restart|rollout|rollback|scale(?:-?(?:up|down))?|scaling|update|upgrade|bump|fix|"
    r"change|deploy(?:ment)?)\b|"
    r"^\W*praise\s*:\s*(?:a\s+)?(?:nice|great|good|awesome|excellent|solid|brilliant)\s+\w+\s+of\b",
    re.I,
)
_ELSEWHERE = re.compile(
    r"(?:\b(?:in|on|at)|@)\s+(?:the\s+)?(?:stg|staging|stage|test|testing|dev|qa|uat|"
    r"sandbox|prd|prod|production|preprod|kind|minikube|k3d|docker\s+desktop)"
    r"(?:\s+(?:cluster|env(?:ironment)?|namespace))?(?![\w-])(?=\W*$)|"
    r"\b(?:locally|on\s+my\s+(?:laptop|machine|box|mac)|on\s+localhost)\b(?=\W*$)|"
    r"^\W*[\[(]\s*(?:stg|staging|test|dev|qa|uat|prd|prod)\s*[\])]|"
    r"^\W*(?:stg|staging|dev|qa|uat|prd|prod)\s*:",
    re.I,
)
_EXCEPT = re.compile(
    r"\b(?:except|but\s+(?:not\s+)?(?:for\s+)?|apart\s+from|other\s+than|besides|save\s+for|"
    r"keeps?\s+(?:its\s+)?access|still\s+(?:reach|talk|connect|call)|only\s+from)\b",
    re.I,
)
_BROKEN = re.compile(
    r"\b(?:crash\s*loop\w*|crashloopbackoff|imagepullbackoff|errimagepull|oomkill\w*|"
    r"is\s+broken|broke|broken|failing|fails|failed|throws?|throwing|stuck|bad\s+release|"
    rf"500s|5xx|errors?|{WRONG_CHARGE}|"
    # "frontend 2.2.0 should be rolled back": the version said to be undone (round 15).
    r"(?:should|must|needs?\s+to|has\s+to|is\s+to|ought\s+to)\s+be\s+(?:rolled\s+back|reverted|"
    r"undone|pulled|yanked|backed\s+out))\b",
    re.I,
)


def _deploys_broken(words: str, result: PlanResult) -> str | None:
    for op in result.operations:
        if isinstance(op, SetImageOp) and (tag := op.image.rpartition(":")[2]):
            # The failure said right after the version ("3.1.0 CrashLoopBackOff", "v42 is
            # broken"), never one said of another ("1.6.0, 1.5.9 broke login", "back to 2.9.4,
            # 3.0 broke apple pay": no word between them is a number).
            said = rx(
                rf"(?<![\w.])v?{re.escape(tag.removeprefix('v'))}(?![\w.])\W+"
                rf"(?:(?!v?\d)\w+\W+){{0,2}}?"
                rf"(?:{_BROKEN.pattern})",
                re.I,
            ).search(words)
            if said:
                return f"{said.group(0).strip()!r}: a failing release is reported, not asked for"
            # Round 28 (a31rest): the release's state or verdict told, or release jargon that
            # withdraws it (:data:`_RELEASE_TOLD`), unless a deploy is said too.
            version = rf"v?{re.escape(tag.removeprefix('v'))}(?![\w.])"
            for template, reading in _RELEASE_TOLD:
                m = rx(template.format(v=version), re.I).search(words)
                if m and not _DEPLOY_SAID.search(words):
                    return (
                        f"{m.group(0).strip()!r}: {reading} (to deploy it say 'update "
                        f"{op.target.name} to {tag}'; to go back from it, 'rollback "
                        f"{op.target.name}')"
                    )
    return None


# What is told of a version after it: a verdict or a state ("approved by QA", "fixes it").
_TOLD_OF = (
    r"(?:(?:is|was|has\s+been|got)\s+)?(?:approved|signed\s+off|validated|verified|tested|"
    r"qa'?d|green-?lit|greenlit|released|live|out|shipped)(?:\s+(?:by|in|on)\s+\S+)?[\s.!]*$|"
    r"(?:fixes|fixed|solves|solved|resolves|resolved)\s+(?:it|this|that|the\s+\w+)[\s.!]*$|"
    r"(?:passed|passes)\s+(?:qa|tests?|ci|review)[\s.!]*$"
)
_PERMISSION = re.compile(
    r"\b(?:if|whether)\s+(?:that|this|it)(?:'s|\s+is|\s+would\s+be|\s+'d\s+be)\s+(?:ok|okay|"
    r"fine|alright|all\s+right|cool|good|acceptable|allowed|safe)\b",
    re.I,
)
# ("pull 2.2.0 for frontend and roll it out": the image fetched, then deployed as said; "roll
# ghcr.io/acme/payments:1.3.0 out", r9_context.)
_DEPLOY_SAID = re.compile(
    r"\b(?:deploy|roll\s+(?:\S+\s+){0,2}?out|rollout|update|upgrade|bump|put|move|switch|set|ship)\b",
    re.I,
)
_WITHDRAW = (
    r"(?<![\w\-])(?:un-?ship|un-?release|un-?publish|un-?deploy|pull|yank|withdraw|retract|"
    r"recall|revoke|take\s+down)(?![\w\-])"
)
# Round 28 (a31rest): what is said of a version the plan would deploy that does not ask for it
# ({v}: the version): its state or a verdict ("frontend now on 2.2.0", "payments 3.0.1 fixes
# it", "… approved by QA"), or release jargon that withdraws it ("unship frontend 2.2.0",
# "pull frontend 2.2.0", "yank payments v3.0.1"; never "pull the 2.2.0 image").
_RELEASE_TOLD = (
    (
        r"\bnow\s+(?:on|at|running)\s+{v}|(?<![\w.]){v}\s+(?:" + _TOLD_OF + ")",
        "the release's state told, not asked for",
    ),
    (
        # ("pull frontend back to 2.0.0": a version gone back to, the rollback itself; "back
        # out payments 2.9.4" is the rollback readers' own question.)
        _WITHDRAW + r"(?:\s+(?!to\b)\S+){{0,3}}?\s+{v}(?!\s*(?:image|tag|container)\b)",
        "a release withdrawn, not deployed",
    ),
)


def held(said: str, result: PlanResult) -> str | None:
    """Why the words put the plan in doubt, or None (see the module docstring)."""
    words = said.replace("\u2019", "'")
    if (m := _TRIAL.search(words)) and not rx(r"-o\s*(?:yaml|json)\b").search(words):
        return f"{m.group(0).strip()!r}: a trial or a quotation, not an order"
    if m := _FORBIDDING.search(words):
        return f"{m.group(0).strip(' :')!r}: the change forbidden, put off or only talked about"
    if m := _CHECK.search(words):
        return f"{m.group(0).strip(' ,.;:!?')!r}: a check of how things are, not the change"
    # "scale payments to 0 \U0001f480", "🛑 …", "… (sarcasm)": a mark that withholds the order.
    if m := emoji.withheld(words):
        return f"{m.group(0).strip()!r}: a mark that stops, warns, doubts or mocks the order"
    for pattern, reading in _NOT_ORDERED:
        if m := pattern.search(words):
            return f"{m.group(0).strip(' ,.;:!?')!r}: {reading}"
    # "frontend 2.2.0 should be avoided", "ask the payments team to …": the mood (:mod:`.moods`).
    if frame := moods.framed(words):
        return f"{frame[1]!r}: {frame[2]}"
    # "I'm restarting payments now, can you scale frontend": the told act is not planned again.
    for clause in moods.narrated(words):
        if any(op.target.name.lower() in clause.lower() for op in result.operations):
            return f"{clause!r}: the speaker's own act in progress, told — not an order to repeat"
    if any(isinstance(op, ScaleOp) for op in result.operations) and (w := moods.doubled(words)):
        return f"{w!r}: a word made with double/triple, not a number of replicas"
    # What a retraction or a hedge must stop (a patch to zero replicas is not read here).
    destructive = any(veto.destructive(op, patched=False) for op in result.operations)
    # ("worker to 0 for now, its spamming the queue \U0001f62c": unease at the situation is
    # mood, :func:`.emoji.situational` — but never beside a deletion, which cannot be undone: a
    # question costs a message, a wrong delete the data.)
    deletes = any(op.kind == "delete" for op in result.operations)
    if destructive and (m := _RETRACT.search(words if deletes else emoji.situational(words))):
        return f"{m.group(0).strip()!r}: words that take the request back or doubt it"
    # Round 28 (a31rest): "delete worker, if that's ok": leave asked before a change that
    # cannot be undone (a polite "if that's fine" beside another change still plans, polite8).
    if destructive and (m := _PERMISSION.search(words)):
        return f"{m.group(0).strip()!r}: a question whether the change is all right, not the order"
    if (m := _UNNEEDED.search(words)) and not _REMOVAL.search(words):
        return f"{m.group(0).strip()!r}: a need denied, and the plan would add or change it"
    if (m := _ASKED.search(words)) and not _GO_AHEAD.search(words):
        return f"{m.group(0).strip()!r}: a question about the change, not the order"
    if not result.awaits and (m := VAGUE_TIME.search(words)):
        return f"{m.group(0).strip()!r}: a time too vague to wait for"
    if m := _THANKS.search(words):
        return f"{m.group(0).strip()!r}: thanks for a change already made"
    if m := _ELSEWHERE.search(words):
        return f"{m.group(0).strip()!r}: another environment than this cluster's namespace"
    if netpol.denies_all(result) and (m := _EXCEPT.search(words)):
        return (
            f"{m.group(0).strip()!r}: some callers are kept, but the policy would deny every caller"
        )
    return _deploys_broken(words, result)


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when the words put it in doubt."""
    if answered or not result.operations or (why := held(said, result)) is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {why}. I would {changes}: say the change "
        "itself, as an order for this cluster, to plan it."
    )
