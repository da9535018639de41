"""What kind of speech a message is: only a present request to act is planned.

The category rules read a change's verb and its values wherever they stand, so "could scaling
payments to 10 break the db?", "alice deleted the payments service earlier", "scaling payments
to 4 is a bad idea" and "delete worker. jk" each planned the very change they speak about. A
careful SRE first reads the mood of what was said, and plans only what the message asks to be
done now. Each clause (cut at sentence ends, new lines, ";", ",", dashes and parentheses) is:

- a **request** — it opens with a verb of change ("scale …", "please restart …"), or says an
  obligation or a wish ("payments should have …", "we need …", "could you …");
- a **question** — a sentence ending with "?" that opens with an auxiliary whose subject is
  not the reader ("is restarting frontend …?", "did you scale …?", "are we …?", "should
  frontend have …?"), with a modal whose subject is a thing or an act ("could scaling … break
  …?", "would a limit … help?") or with a wh-word ("why did …", "how do I …", "who …");
- a **report** — of the past ("worker was removed", "alice deleted … earlier", "bob rolled
  back checkout by accident"), of a habit ("postgres restarts every night"), of an outcome
  ("LOG_LEVEL=debug on my-api filled the disk"), of another place ("staging runs …") or of
  what someone else says ("the runbook says restart payments").

A message with no request clause whose clauses are questions or reports is asked back. Some
kinds are asked whatever else is said, because they change what the request means:

- a verdict against an act ("scaling payments to 4 is a bad idea", "restarting orders was a
  mistake", "adding a pdb is pointless") or an act as the subject of an outcome ("upgrading
  my-api to 1.5.0 broke everything");
- a hypothetical, an example, a how-to or an opinion asked ("suppose we scale …", "e.g. scale
  …", "how to restart …", "thoughts on …", "delete worker — thoughts?", "any objection to …");
- a retraction after the request ("delete worker. sorry wrong cluster", ". jk", "lol no",
  "on second thought, leave it", "hold off on that", "oops", "my bad", "(that was a joke)");
- a second value said to be the better one ("scale payments to 6. 5 is safer", "alice: …
  6\\nme: 4 is enough"): which one is meant is not for the planner to guess;
- an agreement with nothing it refers to ("+1 but for orders instead"), and a thread that
  reports the act done ("bob: done").

A request said politely as a question ("could you scale payments to 4?", "can someone bump
worker to 3?", "will you restart orders?") is addressed to the reader, and stays a request.
Pure text; nothing else changes.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import guard, leftout, mentor, roles, tentative
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.statements import PARTICLE_ORDER, facts_blanked

# Who may be asked to act: the reader, or someone on the team ("can we …" asks the team).
_READER = r"(?:you|u|ya|someone|somebody|anyone|anybody|one\s+of\s+you|y'?all|you\s+guys)"
_FILLER = (
    r"(?:(?:hi|hey|hello|ok|okay|so|and|also|then|now|just|well|right|alright|team|folks|all|"
    r"please|pls|plz|kindly|@[\w\-]+)\b\W*)*"
)
_VERB = (
    rf"(?:{guard.VERBS}|bounce|cycle|redeploy|revert|give|put|pin|move|switch|turn|bring|take|"
    r"get|keep|let|have|go|ship|double|halve|triple|spin|cap|allow|block|rollout|reduce|run|use|"
    r"do)"
)
_GERUND = (
    r"(?:scaling|restarting|rolling|reverting|deleting|removing|dropping|updating|upgrading|"
    r"downgrading|deploying|redeploying|bumping|raising|lowering|increasing|decreasing|"
    r"reducing|adding|setting|changing|patching|autoscaling|bouncing|recycling|killing|"
    r"purging|wiping|draining|moving|pinning|enabling|disabling|applying|creating|putting|"
    r"giving|limiting|capping|doubling|halving|nuking|destroying|undoing|tearing)"
)
_PAST = (
    r"(?:scaled|restarted|rolled|reverted|deleted|removed|dropped|updated|upgraded|downgraded|"
    r"deployed|redeployed|bumped|raised|lowered|increased|decreased|reduced|added|changed|"
    r"patched|autoscaled|bounced|recycled|killed|purged|wiped|drained|moved|pinned|enabled|"
    r"disabled|applied|created|undone|nuked|destroyed|torn|taken|doubled|halved|set)"
)
# An obligation, a wish, or a request addressed to the reader: the clause asks for it.
_ASKS = re.compile(
    r"\b(?:please|pls|plz|kindly|should|must|need|needs|needed|want|wants|wanna|let'?s|"
    r"make\s+sure|ensure|has\s+to|have\s+to|go\s+ahead|asap|(?:i|we)'?d\s+like|"
    r"(?:i|we)\s+would\s+like|would\s+like|(?:is|are)\s+to\s+be|to\s+be\s+\w+ed|"
    # "from now on dump postgres daily": a rule from now on is asked for.
    r"from\s+now\s+on|going\s+forward|henceforth|"
    rf"(?:can|could|would|will)\s+{_READER}|(?:can|could)\s+we|"
    # "autoscaling for orders is wanted", "two pods can be evicted at once": asked, passively.
    r"(?:is|are|was|were|'s)\s+(?:\w+\s+)?(?:wanted|requested|required|needed|expected|"
    r"desired)|(?:can|may|could)\s+be\s+\w+ed)\b",
    re.I,
)
# "relax it", "sort them", "dump the db": a first word with an object after it is an order,
# whatever the verb (the rules know more verbs than this module needs to).
_IMPERATIVE = re.compile(
    r"^(?!(?:it|this|that|there|here|what|who|how|why|which|when|where|i|we|you|they|he|she|"
    r"is|are|was|were|does|did|has|have|had|not|no|never)\b)[a-z]+\s+(?:it|them|this|that|"
    r"these|those|the|a|an|its|their|all|every|everything)\b",
    re.I,
)
# "REGION in shared-config → us-east", "LOG_LEVEL=debug on my-api": a value assigned, unless
# the clause tells of it ("staging has LOG_LEVEL=debug on my-api").
_ASSIGNS = re.compile(
    # "REGION in shared-config → us-east" (the arrow is read as "to"), "frontend to 3".
    # (Round 31, gap34b: kubectl's "sts/cache back to redis:6.2" too.)
    r"^(?:[\w\-./]+\s+){1,4}to\s+[\w\-.:/]+\W*$|"
    r"\s(?:\u2192|->|=>)\s|(?<![\w.])[+-]\d|^[\w\-\s]*\b[A-Za-z_]\w*=[^\s,;]+(?:\s+(?:on|in|for|to)\s+[\w\-]+)?\W*$",
    re.I,
)
# Round 30 (gap33a): a kubectl command said as the order, whatever its comment says of how
# things are ("k delete pdb orders  # … blocks every drain in engineering hours").
_COMMAND = re.compile(
    r"(?:kubectl|k|oc)\s+(?:delete|scale|rollout|set|patch|apply|annotate|label|create|edit|"
    r"autoscale|cordon|uncordon|drain|replace)\b",
    re.I,
)
# Round 40 (gap43a, blind42/43): a rollback said with no verb, a workload's name and where it
# goes back to ("cannery checkout back to revision 1", "checkout to the previous revision"):
# order-shaped, so a reason told in the past beside it ("1.1.0 broke the weights") is no report
# of what was done. Never with a verb or a past time in it ("checkout went back to revision 1",
# "checkout back to 1.0.0 yesterday").
_VERBLESS_BACK = re.compile(
    r"^(?:the\s+)?(?:(?!(?:is|was|were|are|went|got|has|had|have|been|rolled|reverted|came|"
    r"stays?|stayed|remains?|remained|still|already|not|never)\b)[a-z][\w\-]*\s+){1,3}?"
    r"(?:back\s+to\s+(?:the\s+)?(?:revision\s+\d+|v?\d+(?:\.\d+)+[\w.\-]*|(?:previous|prior|"
    r"last(?:\s+good)?|old|earlier)\s+(?:revision|version|release|image|one))|"
    r"to\s+(?:the\s+)?(?:previous|prior|last\s+good|earlier)\s+(?:revision|version|release)|"
    r"to\s+revision\s+\d+)\s*$",
    re.I,
)
_CLAUSE = re.compile(r"\s*(?:[;,()\n]|(?<=[.!?])\s+|\s[-\u2013\u2014]+\s|[\u2013\u2014]|:\s)\s*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_SPEAKER = re.compile(r"^\s*(?:[a-z][\w.\-]{0,20}|me|i)\s*:\s+(?=\S)", re.I)

# Round 12: "can the worker go to three?", "could it get a 250m cpu request?", "could checkout
# have 4 pods?": a modal whose subject is the workload (or "it") getting or going to a value
# said as a number asks for that value — a request said as a question, like "can my-api have 4
# replicas?". Without a number ("could it get OOMKilled?") it stays a question.
_GETS_COUNT = (
    r"(?:the\s+)?[\w.-]+\s+(?:(?:could|can|might)\s+)?(?:get|go|have|run|be\s+given)\b"
    r"(?=[^?]*(?:\d|\b(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|a\s+single)\b))"
    # "could payments go to 0 without breaking checkout?": what it would do, asked.
    r"(?![^?]*\b(?:without|if|unless|whether|break\w*|safe\w*|ok|okay|fine|still|survive\w*|"
    r"handle|cope|risk\w*|happen\w*|affect\w*|impact\w*)\b)"
)
# A sentence that asks how things are or were (it ends with "?"): an auxiliary and a subject
# that is not the reader asked to act, a modal whose subject is a thing or an act, a wh-word.
_QUESTION = re.compile(
    rf"^\W*{_FILLER}(?:"
    r"(?:is|are|was|were|am|does|do|did|has|have|had|should|shall|must|"
    r"isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|shouldn'?t)\s+"
    # "do a rolling restart", "have a look": orders opening so.
    r"(?!(?:a|an|another)\b)(?!it\s+(?:possible|feasible|doable)\b)|"
    rf"(?:could|would|will|can|might|may|won'?t|wouldn'?t|couldn'?t|can'?t)\s+(?!{_READER}\b)"
    # "could payments autoscale on cpu?", "can my-api have 4 replicas?": a workload and a verb
    # of change after the modal is a request (helper polite's reading); "could scaling …
    # break …?", "would worker survive …?" ask.
    rf"(?!we\b|i\b)(?![\w.-]+\s+(?:{guard.VERBS}|autoscale|have)\b)"
    # (Only "could"/"can" ask for a value so: "would payments go to 0 …?" asks what happens;
    # round 32, gap35c: and "may", asked leave for the thing — "(please) may the checkout have
    # a CPU request of 150m?" — never "might", which wonders.)
    rf"(?!(?:(?<=could\s)|(?<=can\s)|(?<=may\s)){_GETS_COUNT})"
    # "could the orders app container get a read-only root fs?", "could checkout be set to
    # runAsNonRoot?": a subject given a setting or set to one is the same request.
    # (Round 26: "can the cache deployment (so not the statefulset) get …?": an aside in
    # brackets after the subject is still the same request.)
    r"(?!(?:the\s+)?(?:[\w.-]+\s+){1,3}?(?:\([^()?]{1,60}\)\s+)?(?:get|be\s+(?:set|given|made|"
    # (Round 28: "can FEATURE_X be turned on for my-api?": a switch said so.)
    r"switched|turned|flipped|moved|changed|"
    # (Round 32, gap35a: "could the postgres be updated to postgres:16.6?", "… be scaled to 4?":
    # a release or a count said after a verb of change in the passive, an image whole.)
    # ("… be scaled to 4 if that is safe?", "… without downtime?": whether, asked.)
    r"(?:updated|upgraded|downgraded|bumped|scaled|rolled\s+back)(?![^?]*\b(?:without|if|unless|"
    r"whether|safe\w*|survive\w*|break\w*|happen\w*|affect\w*|impact\w*|risk\w*|ok|okay|"
    r"fine)\b)|"
    r"configured|locked\s+down|run)\b)\s+(?:to\s+|an?\s+|its\s+|some\s+|more\s+)?[\w.:/@-]*"
    r"(?:[A-Z]|\d|read-?only|non-?root|root|limit|request|replica|pdb|hpa|probe|polic))|"
    r"(?:what|why|how|who|whom|whose|when|where|which)\b)",
    re.I,
)
_FRAMED = re.compile(
    rf"\b(?:(?:can|could|would|will)\s+{_READER}|(?:can|could)\s+we|(?:do|would)\s+you\s+mind)\b|"
    # Round 16 (a17): "mind scaling frontend to 5?" — "would you mind", its subject dropped.
    r"^\W*(?:(?:hey|hi|so|ok|okay)\W+)*mind\s+(?=\w+ing\b)|"
    # Round 30 (gap33b): "could the payments pods please be spread across zones?", "could the
    # cache use a read-only root fs, please?": a "please" in a modal question makes it a
    # request whoever its subject is — unless it asks what would happen ("could payments go to
    # 0 without breaking checkout, please?") or whether ("…, if that is safe?").
    rf"^\W*{_FILLER}(?:could|would|can|will)\s+(?!we\b|i\b)"
    r"(?![^?]*\b(?:without|if|whether|unless|safe\w*|survive\w*|break\w*|happen\w*|affect\w*|"
    r"impact\w*|handle|cope|normal|ok|okay|fine|enough|possible|wise|sensible)\b)"
    r"[^?]*\b(?:please|pls|plz|kindly)\b|"
    # Round 32 (gap35b): the "please" said before the modal, "Please could the exhibits API
    # (my-api) pods be spread across zones …?" (the same exceptions).
    r"^\W*(?:(?:hi|hey|hello|ok|okay|so)\W+)*(?:please|pls|plz|kindly)\W+(?:could|would|can|will)\s+"
    r"(?!we\b|i\b)"
    r"(?![^?]*\b(?:without|if|whether|unless|safe\w*|survive\w*|break\w*|happen\w*|affect\w*|"
    r"impact\w*|handle|cope|normal|ok|okay|fine|enough|possible|wise|sensible)\b)",
    re.I,
)
_COURTESY = re.compile(
    r"^\W*(?:(?:hi|hey|hello|thanks|thank\s+you|thx|ty|cheers|team|all|folks)\W*)+$", re.I
)

# A report of the past: a passive ("worker was removed", "got deleted by argo", "has been
# scaled"), or a subject with a past verb and a time or manner of the past.
_PASSIVE = re.compile(
    r"\b(?:was|were|got|gets|been|is\s+being|are\s+being)\s+(?:\w+ly\s+|just\s+|already\s+|"
    rf"all\s+|then\s+)?{_PAST}\b",
    re.I,
)
_PAST_SAID = re.compile(
    r"\b(?:earlier|yesterday|ago|last\s+(?:night|week|time|deploy\w*|release|sprint|friday|"
    r"monday|tuesday|wednesday|thursday|saturday|sunday)|this\s+morning|today|tonight|overnight|"
    r"by\s+(?:mistake|accident)|accidentally|mistakenly|already|just\s+now|again|twice|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)
_PERSON = r"(?:i|we|he|she|they|someone|somebody|anyone|nobody|ops|the\s+team|a\s+colleague)"
_ACTIVE_PAST = re.compile(
    rf"^(?P<subject>(?:[\w\-']+\s+){{1,3}}?)(?:just\s+|already\s+)?{_PAST}\b", re.I
)
# A habit: "postgres restarts every night", "worker gets restarted daily".
_HABIT = re.compile(
    r"\b(?:restarts|scales|crashes|reboots|rolls\s+back|redeploys|gets\s+\w+ed|is\s+\w+ed)\s+"
    r"(?:\w+\s+){0,2}?(?:every|each|nightly|daily|hourly|weekly|always|sometimes|often|"
    r"randomly|constantly|regularly|all\s+the\s+time|at\s+night|twice|once\s+a)\b|"
    # "the cache proxy crashes when restarted", "loses data on restart".
    r"\b(?:crashes|fails|breaks|hangs|loses\s+\w+)\s+(?:when|whenever|after|on|during)\s+"
    r"(?:being\s+|it'?s\s+|it\s+is\s+)?(?:restart\w*|scal\w+|redeploy\w*|roll\w*)",
    re.I,
)
# An outcome told of a subject: "… filled the disk", "… broke everything", "… caused the outage".
_OUTCOME = (
    r"(?:broke|breaks|caused|causes|killed|kills|took\s+down|takes\s+down|"
    r"filled|fills|lost|loses|crashed|crashes|triggered|triggers|corrupted|corrupts|"
    r"wiped|wipes|led\s+to|leads\s+to|(?:blocked|blocks)\s+(?:the|a|our|every|all)|thrashed|"
    r"thrashes|slowed|slows|"
    r"stalled|starved|left\s+\w+\s+pending|got\s+(?:it|them|\w+)\s+(?:evicted|killed|oomkilled)|"
    r"made\s+\w+\s+worse|makes\s+\w+\s+worse|hurt|hurts|"
    r"(?:won'?t|will\s+not|didn'?t|did\s+not|doesn'?t|does\s+not|never)\s+(?:help|fix|work)\w*)"
)
_OUTCOME_SAID = re.compile(rf"\b{_OUTCOME}\b", re.I)
# An act as a clause's subject ("adding anti-affinity to payments …", "the restart of orders
# …") and a finite verb after it: a statement about the act.
_ACT_SUBJECT = re.compile(
    rf"^\W*(?:{_GERUND}(?!\s+(?:restart|update|upgrade|deploy\w*|rollout)\b)|(?:the|that|this|a|"
    r"our|your|their|his|her)\s+(?:last\s+|recent\s+|nightly\s+)?(?:restart|rollback|roll-?back|"
    r"upgrade|update|deletion|delete|removal|scale(?:[- ]?(?:up|down|out))?|deploy(?:ment)?|"
    r"rollout|backup|bump|change|patch)\s+(?:of|to|on|for|at)\b|"
    # Round 34 (gap37d): "the restart fixed worker", "the rollback did the trick": the act
    # done, told by what it did.
    # (Round 35, a40a, attack39: "the restart cured worker", "a quick restart sorted worker out".)
    r"(?:the|that|this|a|our|your|their|yesterday'?s)\s+(?:last\s+|recent\s+|quick\s+|simple\s+)?"
    r"(?:restart|rollback|roll-?back|upgrade|update|bounce|redeploy|reboot)\s+(?=(?:fixed|helped|"
    r"worked|solved|sorted|cleared|resolved|cured|healed|repaired|restored|unstuck|"
    r"did\s+(?:it|the\s+trick))\b))",
    re.I,
)
# Round 34 (gap37d): a state told with the act it followed as a noun ("worker is working ok
# again after the restart", "frontend is stable since yesterday's rollback", "it runs fine
# following the upgrade"): how things are since an act done, never a request for the act.
_SINCE_ACT = re.compile(
    r"\b(?:is|are|was|were|'s|works?|worked|working|runs?|ran|running|came|comes|looks?|looked|"
    r"seems?|seemed|stays?|stayed|been|behaves?|behaved|recovered|"
    # (Round 35, a40a, attack39: "worker healthy again after restart", "worker's ok again
    # post-restart", "worker is back to normal after being restarted".)
    r"(?:healthy|fine|ok|okay|normal|stable|green)\s+again)\b[^.;!?]{0,60}?"
    r"(?:\b(?:after|since|following)\s+(?:being\s+|getting\s+)?|\bpost-?\s?)"
    r"(?:(?:the|its|their|our|that|this|yesterday'?s|today'?s|"
    r"(?:last\s+)?night'?s|(?:this\s+)?morning'?s)\s+)?(?:last\s+|recent\s+|latest\s+)?"
    r"(?:restart(?:ed)?|reboot(?:ed)?|bounced?|redeploy(?:ment|ed)?|rollback|roll-?back|"
    r"rolled\s+back|upgraded?|updated?|rollout|deploy(?:ment)?|fix|patch(?:ed)?|scale-?up|"
    r"resize)\b",
    re.I,
)
_FINITE = re.compile(
    r"\b(?:is|was|are|were|'s|seems|seemed|looks|looked|sounds|would|will|could|might|may|"
    r"can|did|does|didn'?t|doesn'?t|got|gets|left|leaves|made|makes|took|takes|kept|keeps|"
    r"went|goes|ran|runs|slows|breaks|fails|hurts|kills|fills|loses|blocks|causes|\w{3,}ed|"
    r"stops|handles|helps|fixes|solves|saves|cuts|frees|reduces|improves)\b"
    r"(?!\s+(?:needed|required|requested|wanted|necessary|approved|planned|scheduled|due|"
    r"urgent|allowed)\b)",
    re.I,
)
# What someone else says to do: "the runbook says restart payments".
# The person's own task said as its source ("the lab says scale frontend to 1", "exercise 4
# says …"): the order is theirs to carry out, never a report of someone else's change.
_OWN_TASK = rf"(?!{mentor.TASK}\b)"
_RELAYED = re.compile(
    rf"^(?!(?:i|we|you)\b){_OWN_TASK}(?:[\w\-']+\s+){{1,3}}?(?:says|said|say|suggest|suggests|suggested|recommends|"
    r"recommended|claims|claimed|tells\s+(?:us|me)|told\s+(?:us|me))\s+(?:that\s+)?(?:to\s+|"
    rf"we\s+(?:should\s+)?)?{_VERB}\b",
    re.I,
)
# "the alert says: scale payments to 6": what follows is said by another.
_RELAYING = re.compile(
    rf"^(?!(?:i|we|you)\b){_OWN_TASK}(?:[\w\-']+\s+){{1,3}}?(?:says|said|say|suggests?|suggested|"
    r"recommends?|recommended|reads|states|stated|writes|wrote)\W*$",
    re.I,
)
# Another place told of: "staging runs my-api 1.5.0", "(staging, not prod)".
_PLACE = r"(?:staging|stage|prod|production|preprod|pre-prod|dev|qa|uat|test)"
_ELSEWHERE = re.compile(
    rf"^(?:in\s+)?{_PLACE}(?:\s+(?:cluster|env))?\s+(?:runs|has|uses|is\s+on|is\s+at|is\s+running|"
    rf"still\s+runs)\b",
    re.I,
)
# (Round 32, gap35c: "restart orders (the staging one)": the place said as which one, too.)
_PLACES = re.compile(
    rf"^(?:(?:only|not|just|in|on|for)\s+)?(?:the\s+)?{_PLACE}"
    r"(?:\s+(?:one|copy|instance|env|environment|cluster|version))?(?:\s+only)?\W*$",
    re.I,
)

# A verdict against an act that is the clause's subject.
_VERDICT = re.compile(
    rf"^\W*(?:(?:i\s+think|imo|imho|honestly|tbh|fwiw|but|and|so|just|well|also)\W+)*"
    rf"(?:{_GERUND}\b|the\s+(?:restart|rollback|upgrade|update|deletion|removal|scale)\s+of\b)"
    r".*?\b(?:(?:is|was|are|were|'s|would\s+be|will\s+be|seems|seemed|sounds|looks|feels)\s+"
    r"(?:(?:really|very|just|probably|definitely|clearly|kind\s+of|a\s+bit|way|totally|so)\s+)*"
    r"(?:a\s+)?(?:bad|terrible|awful|risky|dangerous|pointless|premature|unnecessary|needless|"
    r"useless|overkill|mistake|error|wrong|unsafe|waste|wasteful|silly|dumb|stupid|reckless|"
    r"harmful|counterproductive|excessive|no\s+good|not\s+(?:a\s+good|needed|necessary|"
    r"required|worth|safe|the\s+(?:answer|fix|solution)|an\s+option|ok|okay|wise|smart)|"
    r"too\s+(?:much|many|risky|early|soon|aggressive)|off\s+the\s+table|"
    r"out\s+of\s+the\s+question|non-?starter|nonsense)|"
    rf"{_OUTCOME})\b",
    re.I,
)
# A hypothetical or an example: it names a change that is not asked.
_SUPPOSED = re.compile(
    r"^\W*(?:suppose|supposing|imagine|hypothetically|in\s+theory|theoretically|what-?if|"
    r"say\s+we|let'?s\s+say|assuming\s+we|e\.?g\.?|for\s+example|for\s+instance|"
    r"examples?|sample|(?:steps|instructions|guide|docs?|documentation|tutorial|how-?to)\s+"
    r"(?:to|for|on|of)|"
    r"how\s+to|(?:explain|show\s+me|tell\s+me|describe)\s+(?:how|what|why|whether|if)|"
    r"how\s+(?:do|can|could|would|should|does|did)\s+(?:i|we|you|one|someone))\b",
    re.I,
)
# An example names a change only when an act follows it ("e.g. scale …"); "e.g. orders and
# payments" lists which objects.
_EXAMPLE = re.compile(
    r"^\W*(?:e\.?g\.?|for\s+example|for\s+instance|examples?|sample|say)\b\W*", re.I
)
_ACTING = re.compile(rf"\W*(?:(?:we|you|i|they)\s+)?(?:{_VERB}|{_GERUND})\b", re.I)
# An opinion asked for: "thoughts on …", "delete worker — thoughts?", "wondering whether …".
_OPINION = re.compile(
    r"^\W*(?:any\s+)?(?:thoughts|opinions?|objections?|concerns|views|feedback|ideas)"
    r"(?:\s+on\b|\s+to\b|\s+about\b|\W*$)|"
    r"^\W*(?:(?:i'?m|i\s+am|just)\s+)?(?:wondering|curious|unsure|not\s+sure)\s+"
    r"(?:whether|if|about)\b|^\W*i\s+wonder\s+(?:whether|if)\b|"
    r"^\W*(?:what\s+do\s+(?:you|y'?all|we)\s+think|wdyt|sanity\s+check)\b",
    re.I,
)
# A retraction: a clause after the request that only takes it back.
_TAKEN_BACK = (
    r"(?:sorry|oops|whoops|oh|ah|uh|ugh|argh|my\s+bad|my\s+mistake|my\s+fault|"
    r"wrong\s+(?:cluster|namespace|ns|channel|chat|thread|window|tab|env|environment|context|"
    r"service|app|workload|one|server|team|room|person|deployment|terminal|kube-?context)|"
    r"j/?k|just\s+kidding|kidding|joking|lol|lmao|haha|nope|nah|no|not\s+really|"
    r"belay(?:\s+(?:that|this|it))?|hold\s+off(?:\s+on\s+(?:that|this|it))?|hold\s+(?:on|that)|"
    r"wait|stop|on\s+second\s+thought|second\s+thoughts|leave\s+it(?:\s+(?:be|as\s+is|alone))?|"
    r"forget\s+it|ignore\s+(?:that|this|me|it)|(?:that|this)\s+was\s+(?:a\s+)?(?:joke|mistake|"
    r"typo|wrong)|not\s+yet|undo\s+that|retract(?:ed)?|disregard|don'?t\s+do\s+(?:that|it)|"
    # Round 22 (attack 24): "(typo, ignore)", "— typo", "(ignore)": the clause alone.
    r"(?:a\s+)?typo|ignore|strike\s+that|sent\s+(?:by\s+mistake|in\s+error)|"
    # Round 36 (m41b, attack41 F/B): an order taken back in few words ("restart worker; not
    # anymore", "… no longer needed", "… it's fine now", "… OBE", "… moot now", "… fixed
    # itself", "… done already") or laughed off ("… (joke)", "… said no one", "… not in a
    # million years").
    r"not\s+any\s*more|no\s+longer(?:\s+(?:needed|required|necessary|wanted))?|"
    r"(?:it'?s\s+|it\s+is\s+|that'?s\s+|all\s+)?(?:fine|sorted|resolved)\s+now|"
    r"(?:it\s+)?(?:resolved|fixed|sorted|healed)\s+itself|self-?heal(?:ed|ing)|"
    r"(?:it'?s\s+|that'?s\s+)?moot(?:\s+now)?|obe|overtaken\s+by\s+events|"
    r"(?:done|did\s+it|handled)\s+already|already\s+handled|"
    r"(?:just\s+)?(?:a\s+)?joke|said\s+no\s*(?:one|body)|not\s+in\s+a\s+million\s+years)"
)
_RETRACTED = re.compile(rf"^\W*(?:{_TAKEN_BACK}\b\W*)+$", re.I)
# Round 36 (m41b, attack41 B): after a deletion, a clause that says the object stays or is
# needed takes the deletion back ("delete the orders pdb; we need it", "… it stays put", "… we
# keep that one", "— actually it should stay", "… it's load-bearing", "… it's still in use",
# "… it protects orders"). Only after a deletion: "scale payments to 4; we need it" gives a
# reason for the order.
_DELETING = re.compile(
    r"\b(?:delete|remove|drop|rm|nuke|destroy|purge|tear\s+down|get\s+rid\s+of)\b", re.I
)
_KEPT = re.compile(
    r"^\W*(?:(?:but|actually|though|no|wait)\W+)*"
    r"(?:(?:it|that|this)(?:'s|\s+is)\s+(?:still\s+)?(?:needed|required|necessary|"
    r"load[\s-]?bearing|(?:still\s+)?in\s+use|used|important|critical)|"
    r"(?:it|that|this)(?:\s+one)?\s+(?:should|must|has\s+to|needs\s+to)\s+(?:stay|remain|be\s+kept)|"
    r"(?:it|that|this)(?:\s+one)?\s+(?:stays|remains)(?:\s+put)?|"
    r"we\s+(?:still\s+)?(?:need|use|keep|want)\s+(?:it|that|this|that\s+one|this\s+one)|"
    r"(?:it|that|this)\s+(?:protects|guards)\s+[\w-]+|"
    r"keep\s+(?:it|that|this)(?:\s+one)?)\W*$",
    re.I,
)
# "delete worker lol no": a laugh that takes it back, said without a comma.
_LAUGHED_OFF = re.compile(r"\s(?:lol|lmao|haha|jk|j/k|just\s+kidding|kidding)(?:\s+no)?\W*$", re.I)
# Round 23 (negx): a refusal at the end said without a comma or in brackets ("restart payments
# non", "… (nope)", "…: veto", "…: NACK", "… s'il vous plaît non"), or a first word that
# cancels the order ("scrap restart payments").
REFUSED_TAIL = re.compile(
    r"\(\s*(?:nope|nah|naw|no+|non|nein|veto(?:ed)?|nack(?:ed)?|rejected|denied)\s*\)[\s.!]*$|"
    r":\s*(?:non|nein|veto(?:ed)?|nack(?:ed)?|rejected|denied)[\s.!]*$|"
    r"\s(?:non|nein|nack)[\s.!]*$",
    re.I,
)
SCRAPPED = re.compile(
    r"^\W*(?:scrap|nix|axe|ditch|bin)\s+(?:the\s+|that\s+)?(?=(?:restart|rollout|rollback|"
    r"scale|delete|deploy|bump|harden|drain)\b)",
    re.I,
)
# A value said to be the better one: "5 is safer", "4 is enough though", "info is enough".
_VALUE = r"(?:v?\d+(?:\.\d+)*(?:\s?(?:mi|gi|ki|m|g|%))?|debug|info|warn(?:ing)?|error|trace|fatal)"
_FAVOURED = re.compile(
    rf"^\W*(?:but|though|tbh|honestly|imo|i\s+think|actually)?\W*(?P<value>{_VALUE})"
    r"(?:\s+(?:replicas?|pods?|instances?|copies))?\s+"
    r"(?:is|'s|are|would\s+be|should\s+be|seems|sounds|looks|feels)\s+"
    r"(?:(?!not\b|never\b)\w+\s+)?(?:safer|enough|plenty|sufficient|fine|ok|okay|better|good|"
    r"preferable|safest|best|saner|wiser|the\s+(?:right|safe|better|safer)\b)",
    re.I,
)
_VALUES = re.compile(rf"(?<![\w.\-/:])(?:{_VALUE})(?![\w.\-/:])", re.I)
_AGREED = re.compile(
    r"^\W*(?:\+1|\+\s?one|ditto|likewise|me\s+too|same(?:\s+here)?|seconded|agreed)\b"
    r"(?!\s*(?:replicas?|pods?|instances?|more|cpu|cores?)\b)",
    re.I,
)
_DONE = re.compile(
    r"^\W*(?:(?:all\s+|already\s+)?done|did\s+it|finished|completed|it'?s\s+done|"
    r"already\s+did\s+(?:it|that)|\u2705)\W*$",
    re.I,
)


# Round 22 (attack24 S13, S14, S16): a status line that names an act is no order. A symptom
# said with the verb ("worker keeps restarting", "worker pods restarting", "payments stuck at
# 4 replicas"), an act in progress or failed ("bob's restarting worker now", "payments scaling
# to 4", "restart of worker failed", "error scaling payments to 4", "tried to scale …, got a
# quota error"), a bare gerund line ("restarting worker", "deleting cache deployment") and a
# statement of intent ("I plan to scale …") each tell of the act. Asked when no other clause
# asks for something ("worker keeps crashing, restart it" is planned).
_STATUS_ACT = (
    r"(?:restart\w*|reboot\w*|recycl\w+|bounc\w+|crash\w*|scal(?:e|es|ed|ing)|delet\w+|"
    r"remov\w+|redeploy\w*|deploy\w*|roll\w*|revert\w*|upgrad\w+|downgrad\w+|updat\w+|"
    r"kill\w*|drain\w*|evict\w*|oom\w*|fail\w*|flapp\w+|cycl\w+|dying|dies|hang\w*)"
)
_LINE_GERUND = (
    r"(?:restarting|rebooting|bouncing|recycling|redeploying|deploying|deleting|removing|"
    r"dropping|killing|purging|wiping|nuking|destroying|tearing|draining|scaling|reverting|"
    r"rolling\s+back|upgrading|downgrading)"
)
_STATUS_LINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a symptom",
        re.compile(
            # (Not inside a condition: "alert when checkout keeps crashing"; nor with an object:
            # "upgrades keep evicting every frontend pod".)
            r"^(?!.*\b(?:when|whenever|if|once|until|unless|in\s+case)\b)(?:.*?)"
            rf"\b(?:keeps?|kept|keep\s+on|is\s+still|are\s+still)\s+(?:on\s+)?(?:getting\s+|"
            rf"being\s+)?{_STATUS_ACT}\b(?!\s+(?:every|all|each|the|a|an|its|their|our|"
            r"[\w\-]+\s+pods?)\b)|"
            r"\b(?:is|are|'s|was|were|got|gets|seems|looks)?\s*stuck\s+(?:at|on|in|with|while|"
            rf"during|mid-?\w*|{_LINE_GERUND}|restarting|pending|terminating)\b|"
            r"^(?!.*\b(?:when|whenever|if|once|until|unless|in\s+case)\b).*?"
            r"\b(?:in\s+a\s+(?:crash\s*)?loop|crash-?loop\w*|over\s+and\s+over)\b",
            re.I,
        ),
    ),
    (
        "an act told in progress",
        re.compile(
            r"^\W*(?!(?:please|pls|plz|kindly|let'?s|just|now|also|then|and|so|ok|okay|hey|hi|"
            r"stop|start|keep|avoid|try|begin|continue|resume|finish|quit|consider|mind)\b)"
            r"[\w\-.]+(?:\s+(?:pods?|deployment|deploy|containers?|service|app|workers?))?"
            rf"(?:'s|\s+(?:is|are|was|were)(?:\s+(?:still|now|currently|already))?)?\s+"
            # ("sts scaling is just the replica count": the act named, not told in progress.)
            rf"(?:{_LINE_GERUND})\b(?!\s+(?:is|was|are|were|would|will|could|can|should|may|"
            r"might|means|has|had|does|did|isn'?t|wasn'?t)\b)",
            re.I,
        ),
    ),
    (
        "a failed act told",
        re.compile(
            rf"^\W*(?:error|failure|failed|failing|timeout|timed\s+out)\s+(?:while\s+|when\s+|"
            rf"on\s+|in\s+|to\s+)?(?:{_LINE_GERUND}|{_STATUS_ACT})|"
            # "Restart of worker failed", "the scale-up to 4 timed out": the act, then its failure.
            r"^\W*(?:the\s+|a\s+|our\s+|my\s+)?(?:restart|reboot|rollback|roll-?out|scal|deploy|"
            r"redeploy|upgrad|updat|delet|remov|bounc|drain|revert)\w*\b[^,;]{0,60}?\b(?:failed|"
            r"errored|timed\s+out|hung|didn'?t\s+(?:work|finish|complete|go\s+through))\b|"
            r"^\W*(?:(?:i|we|he|she|they|[a-z]+)\s+)?(?:tried|attempted|attempting|trying)\s+to\b",
            re.I,
        ),
    ),
    (
        "a status line",
        re.compile(
            # ("reverting checkout … is requested by QA": the act, the subject of a statement.)
            rf"^\W*{_LINE_GERUND}\b(?![^,;]*\b(?:now|asap|please|pls|is|are|was|were|would|"
            r"will|could|can|should|may|might|means|has|had|isn'?t|wasn'?t)\b)(?![^,;]*'s\b)",
            re.I,
        ),
    ),
    (
        "a statement of intent",
        re.compile(
            r"^\W*(?:i|we|i'm|i\s+am|we're|we\s+are|bob|[a-z]+)\s+(?:plan|plans|planning|"
            r"intend|intends|intending|am\s+going|are\s+going|is\s+going|will\s+be)\s+to\b",
            re.I,
        ),
    ),
)
# A label that files what follows as a report or for later: "Result: …", "Action taken: …",
# "Changes made: …", "Workaround was to …", "Reminder for next sale: …", "set up a cronjob to
# restart …", "automate restarting …". Asked whatever else is said.
_FILED = re.compile(
    r"(?:^|[.!?\n]\s*|\s[-\u2013\u2014]+\s*)(?:actions?\s+taken|outcome|results?|"
    r"changes?\s+(?:made|applied|done)|what\s+(?:we|i)\s+did|verification|"
    r"verified|remediation\s+(?:done|taken|applied)|fix\s+applied|timeline|post-?mortem|"
    # (Round 27: never the colon of a clock time, "Results go live at 08:00 on Thursday: …".)
    r"reminder|note\s+to\s+self)\b[^:\n]{0,40}:(?!\d)|"
    r"\b(?:workaround|fix|mitigation|solution|resolution|remedy|remediation)\s+(?:was|were|"
    r"had\s+been|has\s+been)\s+to\b|"
    r"\b(?:(?:cron\s*-?jobs?|cron|automation|scheduled\s+(?:job|task))\s+(?:to|that|which|"
    r"for)\s+(?:\w+\s+)?|automat(?:e|ing)\s+(?:the\s+)?)(?:restart|reboot|recycl|bounc|scal|"
    r"delet|remov|roll|redeploy|drain|kill)\w*",
    re.I,
)


# A resource field and its value said without a verb ("frontend keeps getting OOMKilled =>
# memory limit 768Mi, request 384Mi"): the change the symptom before it calls for.
_FIELD_VALUE = re.compile(
    r"^\W*(?:(?:the|its|a|an)\s+)?(?:(?:cpu|memory|mem|ram)\s+)?(?:requests?|limits?)\b"
    r"[^,;.\d]{0,20}\d",
    re.I,
)

# A clause that is only a field and its values ("… is starved rendering PDFs: requests cpu
# 500m, memory 1Gi"): the values asked for, as in a form (round 27). Never a value with a verb
# ("memory limit 768Mi was too low": how it was).
_FIELD_ONLY = re.compile(
    r"^\W*(?:(?:cpu|memory|mem)\s+)?(?:requests?|limits?)\s*[:=]?\s*(?:(?:cpu|memory|mem)\s*"
    r"[:=]?\s*)?\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|g|k|cores?)?\s*$",
    re.I,
)


def status(text: str) -> str | None:
    """A clause of ``text`` that tells of an act (a symptom, an act in progress or failed, a
    status line, an intent, a report filed under a label) where nothing else is asked, and what
    it is; else None."""
    if filed := _FILED.search(text):
        return f"{filed.group(0).strip(' .:')!r} files what it names as a report or for later"
    parts = clauses(text)
    found = None
    for part in parts:
        if rx(rf"^\W*{_FILLER}{_VERB}\b(?!(?:-?(?:up|down|out))?\s+of\b)", re.I).match(
            part
        ) or _PLEASE.search(part):
            return None  # "restart the pods stuck in CrashLoopBackOff": an order
        for role, pattern in _STATUS_LINE:
            if pattern.search(part):
                found = found or (part, role)
                break
        else:
            if (requests(part) and not _report(part)) or _FIELD_VALUE.match(part):
                return None
    if found is None:
        return None
    part, role = found
    return f"{part!r} is {role}"


def clauses(text: str) -> list[str]:
    """The clauses of ``text``, each without a speaker's name ("alice: …")."""
    out = []
    lines = text.split("\n")
    for line in lines:
        # A thread pasted line by line names each speaker first.
        for part in _CLAUSE.split(_SPEAKER.sub("", line) if len(lines) > 1 else line):
            if part and part.strip(" .!?"):
                out.append(part.strip().rstrip("."))
    return out


# Round 32 (a36b): a courtesy word closing a report asks for nothing ("frontend 2.2.0 was
# deployed by argo pls", "… was rolled back, thanks"): the report, told.
_COURTESY_WORDS = ("please", "pls", "plz", "kindly", "thanks", "thx", "ty", "asap")
_COURTESY_TAIL = re.compile(
    r"(?:[\s,.!-]*\b(?:please|pls|plz|kindly|thanks|thx|ty|asap))+\W*$", re.I
)


def requests(clause: str) -> bool:
    """Whether ``clause`` asks for an act: it opens with a verb of change or says a wish."""
    if (
        clause.rstrip(" .!?,-)").lower().endswith(_COURTESY_WORDS)
        and (bare := _COURTESY_TAIL.sub("", clause)) != clause
        and bare.strip()
        and _PASSIVE.search(bare)
        and not requests(bare)
    ):
        return False
    words = rx(rf"^\W*{_FILLER}", re.I).sub("", clause)
    if rx(rf"{_VERB}\b", re.I).match(words) or _ASKS.search(clause):
        return True
    if _COMMAND.match(words):
        return True  # "kubectl delete pdb orders" beside "(it blocks every drain)": pasted, run

    if _IMPERATIVE.match(words) and not _report(words):
        return True
    if rx(r"(?:no|zero|never|without)\s+[a-z]", re.I).match(words):
        return True  # "no downtime on its deploys now": a requirement, asked for
    return bool(_ASSIGNS.search(clause)) and not _report(clause)


def _verbless_back(clause: str, parts: list[str]) -> bool:
    """Whether ``clause`` is a rollback said with no verb (:data:`_VERBLESS_BACK`): "checkout
    back to revision 1" beside "1.1.0 broke the weights" is the order. Never after a word alone
    opening the message ("Bob, checkout back to revision 1, …"): maybe said to someone else."""
    words = rx(rf"^\W*{_FILLER}", re.I).sub("", clause)
    opener = parts[0].strip(" .!") if parts else ""
    alone = bool(rx(r"[A-Za-z][\w'-]*").fullmatch(opener)) and clause is not parts[0]
    # (Round 40, lead, attack47: never beside a way forward again or a time, "…, forward again
    # tomorrow", "…, re-roll 1.1.0 after the fix": the rollback's own end, asked as in words.)
    ahead = any(_AHEAD.search(p) for p in parts if p is not clause)
    return bool(_VERBLESS_BACK.match(words)) and not _report(words) and not alone and not ahead


_AHEAD = re.compile(
    r"\b(?:tomorrow|tonight|later|again|after|afterwards|until|till|then|forward|re-?roll\w*|"
    r"redeploy\w*|re-?deploy\w*|next|soon|once|when|today|this\s+(?:morning|evening|afternoon|week))\b",
    re.I,
)


def question(sentence: str) -> bool:
    """Whether ``sentence`` asks how things are or were (not a request said as a question)."""
    if _FRAMED.search(sentence):
        return False  # "when you have a minute, could you restart …?": a request
    return sentence.rstrip().endswith("?") and bool(_QUESTION.match(sentence))


# Round 35 (a40a, attack39): a tracker's item closed beside a state ("worker healthy again
# after restart, closing the ticket"): a note of the writer's, never a change to plan.
_TRACKED = re.compile(
    r"^\W*(?:(?:and|so|now|i'?m|we'?re)\s+)?(?:closing|resolving)\s+(?:the|this|my|our)\s+"
    r"(?:ticket|issue|incident|jira|bug|card|task)\b"
)


def _report(clause: str) -> bool:
    """Whether ``clause`` tells of the past, a habit, an outcome, another place or what
    someone else says."""
    if _PASSIVE.search(clause) or _HABIT.search(clause) or _RELAYED.match(clause):
        return True
    if _ELSEWHERE.match(clause):
        return True
    low = clause.lower()
    if _TRACKED.match(low):
        return True
    if (
        "after" in low or "since" in low or "following" in low or "post" in low
    ) and _SINCE_ACT.search(clause):
        return True
    if (m := _OUTCOME_SAID.search(clause)) and not rx(rf"\W*{_FILLER}{_VERB}\b", re.I).match(
        clause[: m.start()]
    ):
        # "LOG_LEVEL=debug on my-api filled the disk": what a value did, told.
        return True
    if _ACT_SUBJECT.match(clause) and _FINITE.search(clause):
        # "autoscaling frontend 2-10 thrashed yesterday", "the restart of orders was bad": an
        # act that is the subject of a statement.
        return True
    if (m := _ACTIVE_PAST.match(clause)) and not rx(
        rf"{_FILLER}(?:{_VERB}|to|not|never|don'?t)\b", re.I
    ).match(m.group("subject")):
        person = rx(rf"{_PERSON}\s+", re.I).fullmatch(m.group("subject"))
        return bool(person or _PAST_SAID.search(clause))
    return False


def kind(text: str, namespace: str = "") -> str | None:
    """What ``text`` is when it is no present request (a phrase saying so), else None."""
    sentences = [s for s in _SENTENCE.split(text.strip()) if s.strip()]
    said = [s for s in sentences if not _COURTESY.match(s)]
    parts = clauses(text)
    if not said or not parts:
        return None
    for i, part in enumerate(parts):
        if _PLACES.match(part) and namespace.lower() not in part.lower():
            # "delete worker (staging, not prod)": said for another environment.
            return f"{part!r} names an environment other than namespace {namespace!r}"
        if (m := _EXAMPLE.match(part)) and not _ACTING.match(
            part[m.end() :] or (parts[i + 1] if i + 1 < len(parts) else "")
        ):
            continue  # "restart the backend ones, e.g. orders and payments": which ones
        if _SUPPOSED.match(part) or _OPINION.match(part):
            return f"{part!r} asks about a change (a how-to, an example or an opinion)"
    if (
        _AGREED.match(parts[0])
        and not rx(rf"\b{_VERB}\b", re.I).search(parts[0])
        and not any(requests(p) for p in parts[1:])
    ):
        return f"{parts[0]!r} agrees with something this message does not say"
    if all(question(s) for s in said):
        return f"{' '.join(said)!r} asks a question"
    asked = []
    for s in said:
        if question(s):
            continue
        relayed = False
        for p in clauses(s):
            if (requests(p) or _FIELD_ONLY.match(p) or _verbless_back(p, parts)) and not relayed:
                asked.append(p)
            relayed = bool(_RELAYING.match(p))
    if not asked and (verdict := next((p for p in parts if _VERDICT.match(p)), None)):
        # Beside a request a verdict is a prohibition (forbidden.py reads it against the plan).
        return f"{verdict!r} judges the act it names; it does not ask for it"
    if not asked and any(_report(p) or _RELAYING.match(p) for p in parts):
        return f"{text.strip()!r} tells what happened or how things are"
    return None


def _taken_back(text: str) -> str | None:
    """A retraction said after the request, or a thread's reply that it is done."""
    parts = clauses(text)
    for i, part in enumerate(parts[1:], start=2):
        if (_RETRACTED.match(part) or _DONE.match(part)) and not any(
            requests(p) for p in parts[i:]
        ):
            # "worker was deleted yesterday? no: restart worker": a request after it stands.
            return part
    if len(parts) > 1 and _DELETING.search(parts[0]) and (kept := _KEPT.match(parts[-1])):
        return kept.group(0).strip(" ,;:.!-\u2014\u2013")
    if len(parts) > 0 and (m := _LAUGHED_OFF.search(parts[-1])):
        return m.group(0).strip()
    return None


def _rival(text: str) -> str | None:
    """A value said to be the better one while another of its kind is asked for. (A value
    said in a fact is how things are, asked for by no one: "frontend runs 3 instances like our
    3 app servers, 2 are enough".)"""
    parts = clauses(text)
    asked = clauses(facts_blanked(text))
    for part in parts:
        if not (m := _FAVOURED.match(part)):
            continue
        favoured = rx(r"\s+").sub("", m.group("value")).lower()
        others = {
            rx(r"\s+").sub("", v).lower() for p in asked if p != part for v in _VALUES.findall(p)
        }
        if favoured not in others and _same_kind(favoured, others):
            return part
    return None


def _same_kind(value: str, others: set[str]) -> bool:
    """Whether ``others`` holds a value of the kind ``value`` is (a number, a version, a level)."""

    def of(v: str) -> str:
        if rx(r"v?\d+(?:\.\d+){1,}").fullmatch(v):
            return "version"
        if rx(r"\d+(?:\.\d+)?").fullmatch(v):
            return "number"
        if v[0].isdigit():
            return "quantity"
        return "level"

    return any(of(o) == of(value) and o != value for o in others)


# "DO NOT RUN", "don't run this yet", "(do not apply)": the request says not to run what it
# shows. Only with nothing after the verb but what it points at and when ("don't run it as root"
# is a security request).
_WITHHELD = re.compile(
    r"\b(?:do\s+not|don'?t|never|not\s+to\s+be|not\s+to|must\s+not|mustn'?t|should\s+not|"
    r"shouldn'?t)\s+(?:be\s+)?(?:run|ran|execute[d]?|appl(?:y|ied)|merge[d]?)\b"
    r"(?:\s+(?:this|it|that|these|them|the\s+(?:command|above|below|change|plan|line)|yet|now|"
    r"today|blindly|as\s+is))*\s*(?:[).!,;:]|$)",
    re.I,
)


# An order said with a question mark ("scale payments to 4?", "restart orders again?"): the
# speaker asks whether to do it, and the answer is theirs. A request framed for the reader
# ("could you …?") is an order (polite.py has made it one); a "yes" said after it (in the
# message or as an answer) settles it.
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|definitely|absolutely|go\s+ahead|do\s+it|"
    r"please\s+do|confirmed|\U0001f44d)\b",
    re.I,
)


# An order after the question settles it ("… ? yes, do it", "…? no — scale it to 3").
_ORDERS = re.compile(
    rf"^\W*{_FILLER}(?!let\s+me\b|let'?s\s+(?:think|see|wait|discuss|talk)\b)"
    rf"(?:{guard.VERBS}|do\s+it|go\s+(?:ahead|for\s+it)|ship\s+it|{_VERB}\s+(?:it|them)\b)",
    re.I,
)
_AUXILIARY = re.compile(
    rf"^\W*{_FILLER}(?:is|are|was|were|am|do|does|did|has|have|had|should|shall|must|could|"
    r"would|will|can|might|may|what|why|how|who|whom|whose|when|where|which)\b",
    re.I,
)
# Round 12: "I think frontend needs 200m of cpu requested instead of 100m?": what a workload
# needs, told by a tentative speaker whose voice rises at the end — the obligation is the
# request (as without the mark), not a question whether to do it.
_UPTALK = re.compile(
    r"^\W*i\s+(?:think|believe)\s+(?:that\s+)?(?!(?:we|i|you|they)\b)(?:the\s+)?[\w\-']+\s+"
    r"(?:really\s+)?"
    r"(?:needs|should|must|has\s+to|ought\s+to)\s+(?!we\b|i\b)",
    re.I,
)
# The last clause of a sentence, after a remark, opening with a modal whose subject gets or
# goes to a number (:data:`_GETS_COUNT`), or one addressed to the reader.
_MODAL_LAST = re.compile(
    rf"(?:,|;|\bbut|\bso)\s+(?:(?:but|so|and|then|just)\s+)?(?:(?:could|can)\s+{_GETS_COUNT}|"
    rf"(?:could|can|would|will)\s+(?:{_READER}\b|we\b))[^,;]*\?\s*$|"
    # "any chance worker could go to 2?": the same request, framed as a chance.
    rf"^\W*any\s+chance\s+(?:that\s+)?(?!{_READER}\b|we\b|i\b){_GETS_COUNT}[^,;]*\?\s*$",
    re.I,
)
_NAY = re.compile(r"^\W*(?:no|nope|nah|not|never|-1)\b", re.I)
# Round 32 (a36b): what asks again after the question, never answering it ("…? Please advise",
# "…? pls advise", "…? Advise pls", "…? should we", "…? Please confirm", "…? thoughts?").
_ASKED_AGAIN = re.compile(
    r"^\W*(?:(?:please|pls|plz|kindly)\s+)?(?:advi[sc]e|confirm|let\s+(?:me|us)\s+know|lmk|"
    r"thoughts|wdyt|should\s+(?:we|i)(?:\s+(?:do\s+it|go\s+ahead))?|yes\s+or\s+no|ok|okay|right)"
    r"(?:\s+(?:please|pls|plz|thanks|thx|asap))?\W*$",
    re.I,
)
_PLEASE = re.compile(r"\b(?:please|pls|plz|kindly)\b", re.I)


def asked_order(text: str, answers: list[str]) -> str | None:
    """The first sentence of ``text`` that is an order or a proposal said as a question ("scale
    payments to 4?", "4 payments replicas?"), unless a request said after it, or an answer to
    the planner's question, settles it ("roll back checkout? yes, do it"). A bare "yes", "hmm"
    or "no way" after it is no order: the message may be a question and its answer pasted."""
    # (A label's reader closes what it dropped with a full stop, "TODO: restart payments?" ->
    # "restart payments?.": the question mark is still the sentence's end.)
    sentences = [
        s.strip().removesuffix(".") if s.strip().endswith("?.") else s.strip()
        for s in _SENTENCE.split(text.strip())
        if s.strip()
    ]
    for i, s in enumerate(sentences):
        if not s.endswith("?") or question(s) or _FRAMED.search(s) or _PLEASE.search(s):
            continue
        if tentative.HEDGED_TASK.match(s):
            continue  # "I think I'm meant to deploy checkout 1.2.0?": a tentative request
        if _AUXILIARY.match(s):
            continue  # "could my-api autoscale …?": a request said as a question (polite.py)
        if _UPTALK.match(s):
            continue  # "I think frontend needs 200m of cpu?": a need told, tentatively
        if _MODAL_LAST.search(s):
            # "no worries if not, but can the worker go to three?", "my-api's a bit starved,
            # could it get a 250m cpu request?": the modal request after a remark (round 12).
            continue
        last = (clauses(s) or [s])[-1]
        if rx(r"\W*(?:could|would|can|will)\b", re.I).match(last) and not question(last):
            # "the onboarding doc says …, could checkout be set to runAsNonRoot?": the clause
            # that asks is the request, said as one; what comes before it is why.
            continue
        later = [c for r in sentences[i + 1 :] for c in clauses(r) if not _ASKED_AGAIN.match(c)]
        settled = any(_ORDERS.match(c) or (_ASKS.search(c) and not _NAY.match(c)) for c in later)
        if not (settled or any(_YES.match(a) for a in answers)):
            return s
    return None


# A verdict said of the request right after it: "scale payments to 0 is a terrible idea",
# "delete worker — no way", "restart postgres would be too risky", "zero payments replicas =
# disaster", "delete worker → outage". Said after a comma of another subject ("restart payments,
# the old setup was a mistake") it is a reason, not a verdict on the act.
_BAD = (
    r"(?:(?:a|an|the|way|really|very|just|too|so|kind\s+of|totally|probably|definitely|"
    r"clearly|complete|total)\s+)*"
    r"(?:bad|terrible|awful|horrible|dumb|stupid|silly|wrong|mistake|overkill|pointless|useless|"
    r"risky|dangerous|unsafe|reckless|too\s+(?:much|many|risky|far|aggressive|early)|outage|"
    r"disaster|catastroph\w*|no\s+way|(?:no|not\s+a)\s+chance|not\s+happening|"
    r"over\s+my\s+dead\s+body|not\s+on\s+my\s+watch|(?:hell|heck|god)\s+no|"
    r"no\s+thanks?(?:\s+you)?|(?:hard\s+)?pass|nope|nah(?:\s+\w+)?|nay|negative|nein|non|-1|"
    r"yeah\s+no|no\s+sir|non-?starter|not\s+(?:the|a)\s+(?:answer|fix|solution|way|good\s+idea)|"
    r"not\s+(?:needed|necessary|worth\s+it|wise|ok|okay|safe))"
    r"(?:\s+(?:idea|fix|move|call|option|plan|mistake))?"
)
_JUDGED_AFTER = re.compile(
    rf"^(?:(?!\s[-\u2014\u2013]+\s)[^,.;:!?\n\u2014\u2013])*?\s(?:is|was|would\s+be|will\s+be|seems|"
    r"sounds|=|\u2192|->|=>)\s*"
    rf"(?:{_BAD}|(?:the\s+|a\s+)?(?:safe|safer|safest|best|right|only|obvious)\s+(?:option|fix|"
    r"move|call|choice|bet|way))\W*$|"
    rf"(?:[,:\u2014\u2013]|\s-+)\s*(?:(?:it|that|this)?\s*(?:is|was|would\s+be|'s|'d\s+be)\s+)?"
    rf"{_BAD}\W*$|"
    # "delete worker → outage" (the arrow read as "to"): what the act leads to.
    r"\s(?:to|leads?\s+to|means?|causes?)\s+(?:an?\s+)?(?:outage|disaster|downtime|data\s+loss|"
    r"incident|catastrophe)\W*$",
    re.I,
)


_CUT_OFF = "a message cut off"
# What is said around an order that makes it none: a hesitation or a hedge before it ("hmm,
# scale …", "possibly roll back …", "… and maybe restart …"), a negation mistyped before it
# ("dnt restart …", "nah scale …"), a question without its mark ("who scaled payments to 0",
# "how about rolling back …"), the order told as a cause ("scale payments to 0 caused the
# outage"), a discretion left to the reader ("… as needed", "… should things go south"), and a
# message cut off ("restart payments but", "scale payments to 3 and then").
_UNORDERED: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a hesitation or a hedge before the change",
        re.compile(
            r"(?:^\W*|\b(?:and|or|then)\s+)(?:hmm+|umm*|uhh*|erm+|possibly|potentially|"
            rf"conceivably|arguably|maybe|perhaps|might\s+as\s+well)\b\W*(?:{_VERB})\b|"
            r"^\W*i\s+(?:guess|suppose|reckon)\b|"
            r"\b(?:might|may|could|would)\s+(?:help|work|do\s+the\s+trick|fix\s+it)\W*$|"
            # Round 26 (reports): an act as the subject of a hope ("upgrading frontend to 2.2.0
            # should fix it").
            r"^\W*[a-z]+ing\b[^,;:\n]*\b(?:should|ought\s+to)\s+(?:help|work|do\s+the\s+trick|"
            r"fix|solve|sort)\b[^,;:\n]*$",
            re.I,
        ),
    ),
    (
        "a negation before the change",
        re.compile(
            rf"^\W*(?:no{{2,}}|nope|nah|naw|don|dnt|do\s+nt|don[\u00b4\u2018`]t)\W*(?:{_VERB})\b",
            re.I,
        ),
    ),
    (
        "a question about the change",
        re.compile(
            rf"^\W*(?:who|whoever|what|which\s+\w+)\s+(?:just\s+|already\s+)?(?:{_PAST}|keeps|"
            r"approved)\b|^\W*(?:how\s+come|how\s+about|what\s+about)\b",
            re.I,
        ),
    ),
    (
        "a cause or an outcome told of the change",
        re.compile(
            # Round 26 (reports): an order-shaped phrase as the subject of a verdict ("update
            # frontend to 2.2.0 caused the outage", "set PROVIDER=adyen … broke payments", "give
            # worker 1Gi didn't fix the OOM", "update payments to 3.1.0 is the root cause",
            # "autoscale frontend 3-10 made it flap"); a version's dots stay inside the phrase.
            # (Never past a relative or a reason: "roll back the release that broke checkout",
            # "restart payments because the deploy broke it", nor a clause after ",", ":", "—".)
            r"^(?![^,;:!?\n]*\b(?:that|which|who|what|since|because|as|so|after|when|if|once|"
            r"until|while|or|and|then)\b)"
            # (Round 33, gap36c: nor a verdict with a subject of its own, said unpunctuated: "put
            # frontend back on 2.0.9 the new one broke the booking calendar".)
            r"(?![^,;:!?\n]*\b(?:the|this|that)\s+(?:new|newer|newest|latest|current)\s+(?:one|"
            r"version|release|build|image|tag|deploy(?:ment)?|update|rollout)\s+(?:caused|causes|"
            r"broke|breaks|triggered|took|led|filled|slowed|made|makes|is|was|did|didn'?t|does|"
            r"doesn'?t|never)\b)"
            r"(?:[^,.;:!?\n(\u2014\u2013]|\.(?=\w))*?"
            r"(?<!\s-)(?<!\s--)\s(?:is\s+what\s+)?"
            r"(?:(?:caused|causes|broke|triggered|took\s+down|led\s+to)\s+(?:the|an?|our|this)\s+"
            r"\w+(?:\s+\w+)?|(?:broke|filled|slowed)\s+(?:the\s+|our\s+)?[\w\-]+(?:\s+down)?|"
            r"(?:made|makes)\s+(?:it|them|things|everything|[\w\-]+)\s+(?:(?:a\s+lot|much|even|"
            r"way)\s+)?(?:worse|slower|flap\w*|flaky|unstable|crash\w*|fail|oom\w*|better|faster)|"
            r"(?:is|was)\s+(?:(?:the|a|our)\s+)?(?:(?:root|likely|real|probable|main)\s+)?"
            r"(?:root\s+cause|cause|culprit|trigger)(?:\s+of\s+[\w\s\-]+)?|"
            r"(?:didn'?t|did\s+not|doesn'?t|does\s+not|never)\s+(?:help|fix|work|solve)\w*"
            r"(?:\s+(?:the\s+|our\s+|it\b|anything\b)?[\w\-]*){0,2}|"
            # Round 27 (reports): what the act did, told after it ("scale frontend to 10
            # resolved it", "restart payments did nothing", "… had no effect", "… worked").
            r"(?:resolved|fixed|solved|sorted)\s+(?:it|this|that|things|the\s+[\w\-]+(?:\s+[\w\-]+)?)|"
            r"did\s+(?:nothing|the\s+trick)|had\s+(?:no|zero|little)\s+effect|helped|worked)\W*$",
            re.I,
        ),
    ),
    (
        "a change left to the reader's judgement or to a case that may never come",
        re.compile(
            # (round 18: "if needed", "when necessary", "if need be", "if required": who decides
            # is not said — asked, never made a wait only the approver could judge)
            r"\b(?:at\s+your\s+discretion|where\s+appropriate|as\s+(?:needed|appropriate|"
            r"necessary|required)|(?:if|when|where|whenever)\s+(?:(?:it\s+is|it'?s|really|"
            r"absolutely|strictly)\s+)?(?:needed|necessary|required|appropriate|warranted|"
            r"need\s+be)|"
            r"should\s+things\s+go\s+(?:south|wrong|bad|sideways)|in\s+the\s+worst\s+case|"
            r"if\s+all\s+else\s+fails|as\s+a\s+last\s+resort|if\s+it\s+comes\s+to\s+(?:that|it))"
            r"\W*$|^\W*your\s+call\s+(?:whether|if)\b",
            re.I,
        ),
    ),
    (
        _CUT_OFF,
        re.compile(
            # A particle closes a sentence whole: "watch the new pods come in", "wait for the
            # traffic to roll in", "let the change sink in".
            r"(?<!\S)(?!(?:come|comes|coming|came|roll|rolls|rolling|rolled|kick|kicks|kicking|"
            r"kicked|phase|phased|fade|fades|pour|pours|pouring|chime|settle|settles|settling|"
            r"stream|streams|streaming|trickle|trickles|trickling|flood|floods|flooding|pile|"
            r"piles|piling|sink|sinks|sinking|spin|spins|spinning|"
            # "1.5.0 has the model baked in", "nothing else gets in": a verb whose particle
            # needs no object (never "deployed in", which may have lost where).
            r"bake|bakes|baked|build|builds|built|get|gets|getting|got|gotten|let|lets|letting|"
            r"sneak|sneaks|snuck|sneaking|creep|creeps|crept|creeping|log|logs|logged|logging|"
            r"sign|signs|signed|signing|opt|opts|opted|opting|plug|plugs|plugged|plugging|lock|"
            r"locks|locked|locking|cave|caves|caved|caving|fit|fits|fitted|fitting|check|checks|"
            r"checked|checking|move|moves|moved|moving)\s+in\s*$)"
            r"\S+\s(?:and|or|but|if|unless|when|whenever|and\s+then|because|with|without|for|of|"
            r"the|a|an|in|into|than|until|till|except)\s*$",
            re.I,
        ),
    ),
)


# A preposition left at the end of a relative clause, after its subject and a verb that takes
# it: "the endpoint the PIs asked for", "the fix we've been waiting for", "the feature customers
# paid for", "the bug everyone complained about" — the sentence is whole; its noun is the
# verb's object. (A subject is a pronoun, or a noun after a determiner or in the plural.)
_STRANDED = re.compile(
    r"\b(?:we|they|you|i|he|she|people|everyone|everybody|customers|users|(?:the|our|their|my|"
    r"your|his|her|its|some|many|all)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+|[a-z][\w\-]*s)\s+"
    r"(?:(?:have|has|had|'ve|'d|were|was|are|is|'re|'s|kept|keep|keeps)\s+)?(?:been\s+)?"
    r"(?:(?:ask|wait|pay|paid|hope|wish|call|look|vote|push|beg|appl(?:y|ie)|sign\w*\s+up|"
    r"budget|plan|account|care|complain|talk|argu|dream|hear|heard|think|thought|rel(?:y|ie)|"
    r"count|depend|deal|dealt|work|agree|liv|fight|fought|search|lobb(?:y|ie)|press|clamou?r|"
    r"screa?m|shout|yell|beat|request)(?:ed|ing|s|d)?)\s+(?:for|of|about|on|with)\W*$",
    re.I,
)


def _ends_whole(intent: str) -> bool:
    """Whether ``intent`` ends with an order whose particle closes it ("swap it in",
    :data:`statements.PARTICLE_ORDER`), not with a message cut off."""
    return any(m.end() == len(intent.rstrip(" .!")) for m in PARTICLE_ORDER.finditer(intent))


def check(ctx: Ctx) -> None:
    """Raise :class:`Clarify` when the message is no present request to act."""
    intent = ctx.request.intent.lower().replace("\u2019", "'")
    if withheld := _WITHHELD.search(intent):
        raise Clarify(
            f"I read {withheld.group(0).strip(' ).!,;:')!r}: the message says not to run what it "
            "shows, so I planned nothing. Say the change without it when it should be planned."
        )
    for said in ctx.said():
        back = _taken_back(said.lower().replace("\u2019", "'"))
        # (Round 35, a40a: "restart payments, worker and frontend; frontend: no" leaves
        # frontend out of the list, as "frontend: skip" does — :func:`.leftout.noted_out`.)
        if back and not leftout.noted_out(ctx, said, back):
            raise Clarify(
                f"I read {back!r} after the request: it takes the request back, so I changed "
                "nothing. Say only what should change now, in one request."
            )
    if (m := REFUSED_TAIL.search(intent)) or (m := SCRAPPED.match(intent)):
        raise Clarify(
            f"I read {m.group(0).strip(' (:)')!r} with the request: it refuses or cancels it, so "
            "I changed nothing. Say only what should change now, in one request."
        )
    # A clause whose role is a status, a tag, a report, advice … names no change to plan.
    roles.check(ctx)
    if told := status(intent):
        raise Clarify(
            f"I read this as no request to act now: {told}, not an order. I changed nothing. "
            "Say the change itself as an order (e.g. 'restart worker') if you want it planned."
        )
    if rival := _rival(intent):
        raise Clarify(
            f"I read {rival!r} beside another value of its kind: which one is meant? Say the "
            "request once, with the value to use."
        )
    # "is payments autoscaling?" answered with "add an hpa to it": the answer is the request.
    answered = any(requests(c) for r in ctx.request.refinements for c in clauses(r.lower()))
    if not answered and (why := kind(intent, ctx.namespace)):
        raise Clarify(
            f"I read this as no request to act now: {why}. I changed nothing. Say the change "
            "itself as an order (e.g. 'scale my-api to 4') if you want it planned."
        )
    # Round 10: the readings of roles.py and of this module that name no-request messages
    # speech.py's rules above do not.
    roles.check(ctx, late=True)
    for role, pattern in _UNORDERED:
        if role == _CUT_OFF and _STRANDED.search(intent):
            continue  # "… the endpoint the PIs asked for": the relative clause is whole
        if (around := pattern.search(intent)) and not _ends_whole(around.string):
            raise Clarify(
                f"I read {around.group(0).strip()!r} as {role}, not as an order, so I changed "
                "nothing. Say the change as an order, alone, if you want it planned."
            )
    if judged := _JUDGED_AFTER.search(intent):
        raise Clarify(
            f"I read {judged.group(0).strip()!r} as a verdict on the change it names, not as a "
            "request for it, so I changed nothing. Say the change as an order, alone, if you "
            "want it planned."
        )
    if asked := asked_order(intent, list(ctx.request.refinements)):
        raise Clarify(
            f"I read {asked!r} as a question (an order that ends with '?'): should I do it? I "
            "changed nothing. Say it as an order, without the question mark, to have it planned."
        )
