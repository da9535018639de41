"""Deletions as engineers say them, read as the one imperative the delete rule plans.

"the worker deployment can be deleted", "payments is decommissioned: remove it with its
service", "clean up web: deployment + service", "delete the cart deployment only. Its Service
is kept for the new version": the same request as "delete the worker deployment", "delete
payments with its service", "delete web deployment along with its service" and "delete the cart
deployment only but keep its service". Only these shapes are rewritten; every other sentence is
left as said, and the delete rule (:mod:`.removal`) still asks about whatever it cannot place.
A clause of the shape that holds a second action verb is left alone (then asked about).

The target may come first and the verb last, with a pronoun or a kind for it: "checkout is
retired, delete the deployment", "worker and checkout can both go, delete them", "we no longer
need worker, remove it", "FEATURE_FLAG on frontend isn't used anymore, drop that variable" (a
variable: "remove FEATURE_FLAG from frontend"). A reason after the delete that only says the
target is unused ("…, nobody uses it anymore") is dropped; a label ("Request:") too; the list
after the workload may be in brackets with what stays ("decommission my-api (deployment, service;
shared-config stays)"). A reason whose negation is not one of disuse is left as said (asked).
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import guard, kindwords
from dotop_nb.planner.offline.rx import rx

# Kinds a delete may name; a named kind deletes only that object, never the workload's stack
# (:mod:`.removal` reads them; it imports this module, so the table is kept here). Every kind's
# word but a workload's (:data:`.kindwords.OBJECT_NOUNS`, the one table of kind words).
KINDS = kindwords.OBJECT_NOUNS

# Kinds a delete lists beside its workload ("its PDB and its ConfigMap").
_KIND = (
    r"(?:service|svc|pdb|poddisruptionbudget|(?:pod\s+)?disruption budget|budget|hpa|"
    r"horizontalpodautoscaler|autoscaler|configmap|config map|cm|secret|scaledobject|"
    r"scaled object|servicemonitor|service monitor|networkpolicy|network policy|netpol)s?"
)
_WORKLOAD_KIND = r"(?:deployment|deploy|statefulset|sts|daemonset|ds)s?"
_GONE = (
    r"(?:deleted|removed|dropped|torn down|decommissioned|cleaned up|nuked|scrapped|"
    r"gotten rid of|got rid of)"
)
_VERB = r"(?:delete|remove|drop|nuke|scrap|decommission|tear down|get rid of|clean up|kill off)"
# Verbs of other actions: a clause holding one is not only a reason, so nothing is rewritten.
_OTHER = re.compile(
    r"\b(?:scal|restart|updat|upgrad|set|roll|add|creat|patch|bump|expos|make|mak|chang|"
    r"enabl|disabl|mov|migrat|resiz|rollback|revert|redeploy)(?:e|es|ed|ing|s|d)?\b",
    re.I,
)
# "removed from the mesh", "dropped out of the rotation": taken out of something, never the
# workload deleted — left as said (and asked about by the delete rule).
_FROM = re.compile(r"^\s*(?:from|out of|off)\b", re.I)
# What a pod's security settings take away: capabilities are dropped, never deleted.
_SETTINGS = re.compile(r"\b(?:capabilit(?:y|ies)|caps|privileges?|cap_[a-z_]+)\b", re.I)
# Adjectives said of a kind that pick nothing ("its headless service": the one it has).
_ADJECTIVES = re.compile(
    rf"\b(its|their|the)\s+(?:headless|own|old|current|existing)\s+(?={_KIND}\b)", re.I
)

# "X can be deleted", "X should be dropped", "X is to be removed" (after "We no longer need
# postgres:" — a context whose workload the subject's kinds belong to).
_PASSIVE = re.compile(
    r"^\W*(?:(?P<context>[^:;]+?)\s*[:;]\s*)?(?P<subject>[^:;]+?)\s+"
    # "… both to be removed": the modal left out, as in a ticket's heading.
    r"(?:(?:can|could|should|shall|may|must|will|is to|are to|has to|have to|needs? to|"
    r"ought to)\s+(?:both\s+)?|(?:both\s+|all\s+)to\s+)"
    rf"(?:now\s+|safely\s+|also\s+|just\s+)?(?:all\s+)?be\s+{_GONE}\b(?P<rest>.*)$",
    re.I,
)
# What a pronoun after the subject stands for: "delete it", "remove them", "drop both of them".
_PRONOUN = (
    r"(?:it|them|both(?:\s+of\s+them)?|all(?:\s+of\s+them)?|the\s+(?:two|three)(?:\s+of\s+them)?|"
    r"those(?:\s+two|\s+three)?|these(?:\s+two|\s+three)?|the\s+lot)"
)
# A variable or key named as what the verb takes ("drop that variable", "remove the env var").
_SETTING = r"(?:env(?:ironment)?\s+)?(?:var(?:iable)?|setting|key|flag|entry)|env"
_OBJECT = (
    rf"(?:(?P<it>{_PRONOUN})|(?:the|its|their|that|this|those|these|both)\s+(?:(?:two|three|"
    rf"old|legacy)\s+)?(?:(?P<kind>{_WORKLOAD_KIND}|{_KIND})|(?P<setting>{_SETTING})))\b"
)
_LEAD = (
    r"(?:(?:so|just|please|pls|plz|kindly|then|and|go ahead and|ok|okay|now|you can|"
    r"feel free to)\s+)*"
)
_SEP = r"\s*(?:[:;,.]|\s[\u2014\u2013-]+)\s*"
# "X is dead code, delete it", "payments is decommissioned: remove it together with its
# service", "checkout's retired, delete the deployment", "worker and checkout can both go,
# delete them": the subject, what is the case, then the delete of it.
_BEFORE = re.compile(
    # "frontend's FEATURE_FLAG is obsolete": a possessive, when a verb of state follows.
    r"^\W*(?P<subject>[^:;,.]+?)(?:(?P<copula>'s(?![^:;,.]*\s(?:is|are|was|were|has|have|isn'?t)\s)|"
    r"'re|\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been|had\s+been|got|became|is\s+now|are\s+now|isn'?t|aren'?t|wasn'?t))\s+"
    r"(?P<why>[^:;,.]+?)|\s+(?:can|could|may|should|will|must)\s+(?:now\s+|safely\s+|both\s+|"
    r"all\s+|also\s+|just\s+|finally\s+)*(?:go|be\s+gone|go\s+away|disappear))"
    rf"{_SEP}{_LEAD}{_VERB}\s+{_OBJECT}(?P<rest>.*)$",
    re.I,
)
# "we no longer need worker, remove it", "nobody uses checkout anymore - delete the deployment":
# why first, naming the subject last.
_AFTER = re.compile(
    r"^\W*(?:(?:we|i)(?:'ve|\s+have)?\s+)?(?P<why>no\s+longer\s+(?:need|use)|don'?t\s+(?:need|use)|"
    r"do\s+not\s+(?:need|use)|are\s+done\s+with|(?:have\s+)?(?:retired|sunset|sunsetted|"
    r"deprecated|replaced|stopped\s+using|moved\s+off(?:\s+of)?|migrated\s+off(?:\s+of)?)|"
    r"(?:nobody|no\s*one)\s+(?:uses|needs|calls)(?:\s+the)?)\s+(?P<subject>[^:;,.]+?)"
    r"(?:\s+(?:any\s?more|now|already|these\s+days|last\s+\w+|this\s+\w+|yesterday))?"
    rf"{_SEP}{_LEAD}{_VERB}\s+{_OBJECT}(?P<rest>.*)$",
    re.I,
)
# A negation said of the subject that is only its disuse ("isn't used anymore", "is no
# longer needed"): any other ("worker is not retired yet, delete it") is left as said.
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing)\b|n't\b", re.I)
_DISUSED = re.compile(
    r"^(?:(?:not|no\s+longer)\s+(?:being\s+)?(?:used|needed|required|in\s+use|referenced|read|"
    r"called)(?:\s+(?:any\s?more|now|these\s+days|by\s+anything|by\s+anyone))?)$",
    re.I,
)
_NOT_A_SUBJECT = frozenset({"it", "this", "that", "we", "i", "you", "they", "there", "he", "she"})
_KEY = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\b")
# A ticket's label before the request: "Request: …", "TODO - …". A label that names a cleanup
# may say whose, with up to three words before it and a phrase after it ("clean up after the
# POC:", "post-demo cleanup:", "teardown of the trial env -", "Friday housekeeping:"): the
# delete after it is what the cleanup is. Never with a number, a negation or a word of when
# or of state in it ("cleanup after the POC wraps at 17:00:", "no cleanup yet:"): left as said.
_CLEANUP = (
    r"(?:clean(?:[\s-]?up)|tidy(?:[\s-]?up)|tear(?:[\s-]?down)|housekeeping|decommission(?:ing)?)"
)
_LABEL_WORD = (
    r"(?!(?:not|no|never|yet|until|till|once|when|if|unless|before|after|then|today|tonight|"
    r"tomorrow|later|soon|now|is|are|was|were|has|have|had|be|been|done|over|ends?|ended|"
    r"wraps?|wrapped|finish\w*|complete\w*|clos\w+|please|delete|remove|drop)\b)"
    r"[a-z][a-z'\-]*"
)
_LABEL = re.compile(
    # (Round 35, gap38c: a lab notebook's "Action:" — the step it takes, blind38.)
    r"^\W*(?:(?:request|ticket|task|todo|to-do|action\s+item|action|chore|cleanup|clean-up|req|"
    r"ask|ops)|"
    rf"(?:{_LABEL_WORD}\s+){{0,3}}?{_CLEANUP}(?:\s+(?:after|of|for|from)\s+"
    rf"(?:(?:the|this|that|our|my|a)\s+)?(?:{_LABEL_WORD}\s*){{1,3}})?)"
    r"\s*(?::|\s[\u2014\u2013-]+)\s*",
    re.I,
)
_DELETE_FIRST = re.compile(
    rf"^\W*(?:(?:please|pls|plz|just|now|then|go ahead and)\s+)*{_VERB}\b", re.I
)
# A reason after the delete that only says the target is unused: "…, nobody uses it anymore",
# "… - it's dead", "…; we don't need them any more". Anything else said there is kept (asked).
_UNUSED_AFTER = re.compile(
    r"(?:\s*(?:[,;.]|\s[\u2014\u2013-]+)\s*(?:(?:since|because|as|cuz|coz|bc)\s+)?|"
    r"\s+(?:since|because|as|cuz|coz|bc)\s+)(?:"
    r"(?:nobody|no\s*one|nothing)\s+(?:uses|needs|calls|reads|hits|depends\s+on|talks\s+to|"
    r"references)\s+(?:it|them|that|this)|"
    r"(?:we|i)\s+(?:don'?t|do\s+not|no\s+longer)\s+(?:need|use)\s+(?:it|them|that|this)|"
    # "…, the cache proxy is not using it anymore": what used it, said to have stopped.
    r"(?:the\s+)?[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*){0,2}?\s+(?:(?:is|are)(?:n'?t|\s+not|\s+no\s+"
    r"longer)\s+(?:using|reading|calling|talking\s+to)|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+"
    r"(?:use|need|read|call)|no\s+longer\s+(?:uses|needs|reads|calls)|(?:has\s+)?stopped\s+using)"
    r"\s+(?:it|them|that|this)|"
    r"(?:it|they|that|this)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been)\s+"
    r"(?:(?:not|no\s+longer)\s+(?:used|needed|in\s+use|referenced)|unused|dead(?:\s+code)?|"
    r"obsolete|deprecated|retired|orphaned|abandoned|eol|end[- ]of[- ]life|legacy|gone|"
    r"decommissioned|sunset)|"
    r"(?:not|no\s+longer)\s+(?:used|needed|in\s+use)|unused|obsolete|dead\s+code"
    r")(?:\s+(?:any\s?more|now|these\s+days|already|for\s+(?:a\s+while|months|ages|weeks)))?"
    r"[\s.!]*$",
    re.I,
)


# A reason after the delete that names what took its place: "remove worker, orders replaced
# it", "…; it was superseded by new-frontend", "- checkout took over from it last sprint". The
# replacement is never what is deleted (and what is said to stay after it is still read).
_REPLACED = re.compile(
    r"(?:\s*(?:[,;]|\.(?=\s)|\s[\u2014\u2013-]+)\s*(?:(?:since|because|as|cuz|coz|bc)\s+)?|"
    r"\s+(?:since|because|as|cuz|coz|bc)\s+)(?:"
    r"(?:the\s+)?[a-z0-9][\w\-]*(?:\s+(?:deployment|statefulset|service|one))?\s+"
    r"(?:has\s+|have\s+|already\s+|now\s+|fully\s+)*(?:replaced|replaces|superseded|supersedes|"
    r"obsoleted|took\s+over\s+from|takes\s+over\s+from|has\s+taken\s+over\s+from|"
    r"made\s+redundant)\s+(?:it|them|that|this)|"
    # "…; orders does its job now", "checkout handles that work these days".
    r"(?:the\s+)?[a-z0-9][\w\-]*(?:\s+(?:deployment|statefulset|service|one))?\s+(?:now\s+)?"
    r"(?:does|handles|covers|took\s+over|has\s+taken\s+over|takes\s+over)\s+(?:its|their|that|"
    r"this|the)\s+(?:job|jobs|work|role|traffic|duties)|"
    # (Round 32, gap35b: "its replaced by …", the "it's" of phone typing: a participle after it.)
    r"(?:(?:it|they|that|this)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been|"
    r"\s+got)|its|thats|theyre)\s+(?:now\s+|already\s+|fully\s+)?(?:replaced|superseded)\s+by\s+"
    # (What replaced it in up to four words: "by the new ticketing vendor".)
    r"(?:the\s+|a\s+|an\s+|our\s+)?(?:(?!(?:and|or|but|then|plus|also)\b)[a-z0-9][\w\-]*\s+){0,3}?"
    r"[a-z0-9][\w\-]*(?:\s+(?:deployment|statefulset|service))?"
    r")(?:\s+(?:any\s?more|now|already|last\s+\w+|this\s+\w+|yesterday|a\s+while\s+ago))?"
    r"(?=\s*(?:[,;.!]|\s[\u2014\u2013-]|$))",
    re.I,
)


_SPLIT_VERB = re.compile(
    r"^(?P<lead>\W*(?:(?:please|pls|plz|just|now|then|go ahead and)\s+)*)"
    r"(?:(?P<tear>tear)|(?P<clean>clean))\s+"
    rf"(?P<what>(?:the\s+)?[a-z0-9][\w\-]*(?:\s+{_WORKLOAD_KIND})?)\s+"
    r"(?(tear)down|up)\b",
    re.I,
)
_RM = re.compile(r"^(\W*(?:(?:please|pls|plz|just|now|then|go ahead and)\s+)*)rm\s+(?!-)", re.I)
# "…, we will create a new one later": what the speaker does afterwards, never this request.
_OURS_LATER = re.compile(
    r"\s*(?:[,;.]|\s[\u2014\u2013-]+)\s*(?:and\s+)?(?:we|i)(?:'ll|\s+will|\s+are\s+going\s+to|"
    r"'re\s+going\s+to|'m\s+going\s+to|\s+plan\s+to)\s+(?:re-?)?(?:create|add|set\s+up|make|write|"
    r"deploy|apply)\s+[^,;.]*?\b(?:later|afterwards|ourselves|myself|separately|tomorrow|soon|"
    r"next\s+(?:week|sprint|release))\b[\s.!]*$",
    re.I,
)
_INCLUDING = re.compile(r"(?<=\s)(?:incl\.?|including|inclusive\s+of)\s+(?=(?:its|their)\s)", re.I)


# "clean up web: deployment + service", "Remove orders completely: the deployment, its PDB and
# its ConfigMap", "decommission my-api (deployment, service; shared-config stays)": the
# workload, then the list of what goes (and of what stays).
_LISTED = re.compile(
    rf"^\W*(?:(?:please|pls|just|now|then|go ahead and)\s+)*{_VERB}\s+(?P<name>[a-z0-9][\w\-]*)"
    r"(?:\s+(?:completely|entirely|fully|for good|whole))?\s*(?::|\(|\s[\u2014\u2013-]+)\s*"
    # "tear down my-api (service and its configmap too) but shared-config must stay": what
    # is said after the brackets is read on by the delete rule, as said.
    r"(?P<items>[^()]+?)\s*(?:\)(?P<tail>\s*[,;]?\s+(?:but|and|while|keep|leave)\b[^()]*?)|"
    r"\)?)[\s.!]*$",
    re.I,
)
# Why something a delete keeps is kept, said after it: "keep payments-config for the auditors",
# "… for now", "… for the rollback window". Never what is kept, nor a time ("for 30 days").
KEPT_FOR = (
    r"for\s+(?:now|the\s+moment|the\s+time\s+being|later|"
    r"(?:the|a|an|our|their)\s+[a-z][\w\-]*(?:\s+(?:window|period|phase|team))?)"
)
# An item of the list that stays: "shared-config stays", "keep its pdb", "not the service",
# "keep payments-config for the auditors".
_STAYING = re.compile(
    r"^(?:but\s+)?(?:(?:keep|leave|spare|not)\s+(?P<kept>.+?)(?:\s+(?:alone|intact|running|"
    r"in place|as is|untouched))?|(?P<subject>.+?)\s+(?:stays?(?:\s+put)?|remains?|"
    r"(?:is|are)\s+(?:kept|staying|left\s+alone)|(?:must|should|can|will)\s+(?:stay|remain|"
    rf"be kept)|survives?))(?:\s+(?:as is|too|{KEPT_FOR}))?$",
    re.I,
)
# (Any case: "Deployment, keep Service" names the kinds as "deployment, keep service" does.)
_ITEM = re.compile(
    rf"^(?:the|its|their)?\s*(?:(?P<workload>{_WORKLOAD_KIND})|(?P<kind>{_KIND}))$", re.I
)
# "Its Service and ConfigMap are kept for the new version", "the service stays": kinds kept.
_KEPT = re.compile(
    rf"[.;,]?\s*(?:but\s+|and\s+)?(?P<kinds>(?:its|their|the)\s+{_KIND}"
    # Joined by "and" only: in "its configmap, the service stays" the comma ends a clause.
    rf"(?:\s*,?\s*and\s*(?:(?:its|their|the)\s+)?{_KIND})*)\s+"
    r"(?:(?:is|are)\s+(?:kept|staying|retained|preserved|left(?:\s+alone|\s+in place)?)|"
    r"stays?|remains?|(?:must|should|can|will|shall)\s+(?:stay|remain|be kept))"
    # "… for now", "… for the rewrite", "… until the migration": when, not what.
    r"(?:\s+(?:for|until|during|as|through)\s+[^.;,]{1,40}?)?(?=\W*$|[.;])",
    re.I,
)

# Round 40 (gap43b, blind41-43): a closing list of what stays that mixes kinds of the stack
# with objects named ("…; its Service and payments-config stay", "…, orders-config and the PDB
# stay", "… Service and payments-config stay", "…, keep orders-config and the PDB"): read as
# "but keep its service and payments-config" (kinds first, as :mod:`.removal` reads them). A
# kind's owner or name said with it ("the orders PDB", "the Service payments") is the kind.
_NOT_ITEM = r"(?!(?:and|but|stays?|remains?|must|should|is|are|can|will|shall|only|keep)\b)"
_KEPT_ITEM = (
    rf"(?:(?:(?:its|their|the)\s+)?(?:{_NOT_ITEM}[a-z0-9][\w\-]*\s+)??{_KIND}"
    rf"(?:\s+{_NOT_ITEM}[a-z0-9][\w\-]*)?|[a-z0-9]+(?:-[a-z0-9]+)+)"
)
_KEPT_LISTED = re.compile(
    r"(?P<sep>\s*[.;,]\s*|\s+but\s+)(?:but\s+|and\s+)?(?:"
    rf"(?P<subject>{_KEPT_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_KEPT_ITEM})+)\s+"
    r"(?:(?:is|are)\s+(?:kept|staying|retained|preserved|left(?:\s+alone|\s+in place)?)|"
    r"stays?|remains?|(?:must|should|can|will|shall)\s+(?:stay|remain|be kept))|"
    rf"(?:keep|leave|spare)\s+(?P<kept>{_KEPT_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"{_KEPT_ITEM})+)(?:\s+(?:alone|intact|in place|as is))?)"
    r"(?:\s+(?:for|until|during|as|through)\s+[^.;,]{1,40}?)?[\s.!]*$",
    re.I,
)


def _kept_listed(text: str) -> str:
    """``text`` with a closing mixed list of what stays read as "but keep its <kind> … and
    <name>", or unchanged: when no kind is in it, when no delete is said before it, or when it
    keeps a kind or a name the words before it say (what goes said to stay is asked)."""
    m = _KEPT_LISTED.search(text)
    if m is None or not rx(rf"\b(?:{_VERB}|destroy|tear)\b", re.I).search(text[: m.start()]):
        return text
    items = rx(r"\s*,\s*(?:and\s+)?|\s+and\s+").split(m.group("subject") or m.group("kept"))
    kinds: list[str] = []
    names: list[str] = []
    before = text[: m.start()].lower()
    for item in items:
        if kind := rx(rf"\b{_KIND}", re.I).search(item):
            word = kind.group(0).lower()
            if rx(rf"\b{_KIND}").search(before) and _kind_of(word) in {
                _kind_of(k.group(0)) for k in rx(rf"\b{_KIND}").finditer(before)
            }:
                return text  # "delete the payments service, its Service and … stay": asked
            kinds.append(word)
        else:
            name = item.strip().lower()
            if rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])").search(before):
                return text  # the object said to go is said to stay: asked
            names.append(name)
    if not kinds:
        return text
    listed = " and ".join([*(f"its {k}" for k in kinds), *names])
    return f"{text[: m.start()].rstrip(' ,;:-')} but keep {listed}"


def without_kept_list(text: str) -> str:
    """``text`` less a closing mixed list of what stays that :func:`_kept_listed` reads as
    kept ("…, orders-config and the PDB stay"): never more objects to delete; else ``text``."""
    if _kept_listed(text) == text:
        return text
    m = _KEPT_LISTED.search(text)
    return text[: m.start()] if m else text


# "Delete the orders deployment, and its PDB goes with it", "— its pdb and its configmap can go
# with it, they're only for orders": the kinds that go with the workload are its companions, as
# in "delete the orders deployment and its PDB" (said after a delete only; a reason that they
# belong only to the workload named before is dropped, any other is kept and asked about).
_GOES_WITH = re.compile(
    rf"\s*(?:[.;,]|\s[\u2014\u2013-]+)?\s*(?:and\s+)?(?P<kinds>(?:its|their)\s+{_KIND}"
    rf"(?:\s*,?\s*and\s*(?:(?:its|their)\s+)?{_KIND})*)\s+"
    r"(?:goes|go|can\s+go|should\s+go|may\s+go|must\s+go|ha(?:s|ve)\s+to\s+go|can\s+be\s+"
    r"deleted|should\s+be\s+deleted)\s+(?:with\s+it|with\s+them|too|as\s+well|along\s+with\s+it)"
    r"(?P<why>\s*[,;]\s*(?:they(?:'re|\s+are)|it(?:'s|\s+is))\s+only\s+(?:for|used\s+by)\s+"
    r"(?P<owner>[a-z0-9][\w\-]*))?(?=[\s.!]*$|\s*[,;])",
    re.I,
)


# "[my-api] delete Deployment, keep Service", "cleanup(frontend): delete deployment + service",
# "frontend: delete the deployment and the service": the workload said as the topic before the
# delete, whose object is only its kinds — the same request as "delete frontend: deployment +
# service" (read item by item by :data:`_LISTED`). Never when the delete names no workload kind.
_TOPIC = re.compile(
    r"^\W*(?:\[(?P<a>[a-z0-9][\w\-]*)\]\s*:?|[a-z]+\((?P<b>[a-z0-9][\w\-]*)\)\s*:|"
    rf"(?P<c>[a-z0-9][\w\-]*)\s*:)\s*(?P<verb>{_VERB})\s+"
    rf"(?P<items>(?:the\s+|its\s+)?{_WORKLOAD_KIND}\b[^:]*)$",
    re.I,
)


def _topic(text: str) -> str:
    if (m := _TOPIC.match(text)) is None:
        return text
    name = m.group("a") or m.group("b") or m.group("c")
    items = m.group("items")
    # "…, keep Service (other teams resolve its DNS name)": why it is kept, which only keeps
    # (dropped, it can add no deletion).
    if kept := rx(r"(?P<head>.*\b(?:keep|leave)\s[^()]*?)\s*\([^()]*\)[\s.!]*$", re.I).match(items):
        items = kept.group("head")
    return f"{m.group('verb')} {name}: {items}"


def _goes(m: re.Match[str]) -> str:
    why = m.group("why") or ""
    if m.group("owner") and rx(rf"\b{re.escape(m.group('owner'))}\b").search(m.string[: m.start()]):
        why = ""
    return f" and {m.group('kinds')}{why}"


# "delete it together with its pdb and its config": a workload's "config" is the ConfigMaps it
# alone reads — said of what a delete takes ("with", "and", a list), never what something is
# taken from or put in ("remove the TTL key from its config").
_OWN_CONFIG = re.compile(
    r"(?<!\bfrom\s)(?<!\bin\s)(?<!\binto\s)(?<!\bof\s)(?<!\bon\s)(?<!\bto\s)"
    r"\b(?P<its>its|their)\s+(?:own\s+)?config(?:uration)?(?P<s>s?)\b(?!\s*maps?\b|[\-_.=/])",
    re.I,
)

_LISTED_CONFIG = re.compile(
    rf"(?P<head>\b(?:its|their)\s+(?:own\s+)?{_KIND}(?:\s*(?:,|&|\+|\band\b|,\s*and\b)\s*"
    rf"(?:(?:its|their)\s+)?{_KIND})*\s*(?:,|&|\+|\band\b|,\s*and\b)\s*)"
    r"config(?:uration)?(?P<s>s?)\b(?!\s*maps?\b|[\-_.=/])",
    re.I,
)


# "delete postgres (the service)", "delete orders (the pdb)": the kind in brackets says which
# object of that name is meant — "delete the postgres service", never the workload too.
_KIND_IN_BRACKETS = re.compile(
    rf"(?<![\w\-])(?P<name>[a-z][\w\-]*)\s*\(\s*(?:(?:the|its|a|an|just\s+the|only\s+the)\s+)?"
    rf"(?P<kind>{_KIND}|{_WORKLOAD_KIND})(?:\s+(?:only|alone))?\s*\)",
    re.I,
)


# Round 28 (gap31): "the orders PDB (PodDisruptionBudget orders)": the kind and the name said
# again in brackets, spelled out — one object, written once ("the orders PDB").
_SAID_AGAIN_IN_BRACKETS = re.compile(
    rf"(?<![\w\-])(?P<name>[a-z][\w\-]*)\s+(?P<kind>{_KIND}|{_WORKLOAD_KIND})\s*\(\s*(?:the\s+)?"
    rf"(?P<again>{_KIND}|{_WORKLOAD_KIND})\s+(?P=name)\s*\)",
    re.I,
)
# The workload kinds' own spellings (:data:`_WORKLOAD_KIND`), beside those of :data:`KINDS`.
_WORKLOAD_SPELLINGS = kindwords.WORKLOAD_NOUNS
# Each spelling of a kind, written without its spaces, to the kind it names.
_SPELLED_KIND = {k.replace(" ", ""): kind for k, (_, kind) in KINDS.items()} | _WORKLOAD_SPELLINGS


def _spelled_kind(said: str) -> str:
    """The kind ``said`` (one of :data:`_KIND`, :data:`_WORKLOAD_KIND`) spells ('': none)."""
    said = rx(r"\s+").sub("", said.lower())
    # ("sts", "ds" end in an "s" of their own: said as they are when the plural's is no kind.)
    return _SPELLED_KIND.get(said.removesuffix("s")) or _SPELLED_KIND.get(said, "")


def _said_again(m: re.Match[str]) -> str:
    kind = _spelled_kind(m.group("kind"))
    same = bool(kind) and kind == _spelled_kind(m.group("again"))
    return f"{m.group('name')} {m.group('kind')}" if same else m.group(0)


# Round 24 (gap B): "the Service in front of payments", "the svc fronting checkout": a Service
# named by the workload it fronts, as "the payments Service".
_FRONTING = re.compile(
    r"\b(?:the\s+)?(?P<kind>service|svc)\s+(?:(?:that\s+)?(?:sits?\s+)?in\s+front\s+of|"
    r"(?:that\s+)?fronts|fronting)\s+(?:the\s+)?(?P<name>[a-z0-9][\w\-]*)(?=[\s,.;:!)]|$)",
    re.I,
)


def canonical(text: str) -> str:
    """``text`` as the delete imperative it says, or ``text`` unchanged."""
    text = _KIND_IN_BRACKETS.sub(r"\g<name> \g<kind>", text)
    if "(" in text:
        text = _SAID_AGAIN_IN_BRACKETS.sub(_said_again, text)
    if rx(rf"\b(?:{_VERB}|destroy|tear)\b", re.I).search(text):
        text = _FRONTING.sub(r"the \g<name> \g<kind>", text)
    said = text
    if rx(rf"\b(?:{_VERB}|retire|destroy|wipe|purge|tear)\b", re.I).search(text):
        text = _OWN_CONFIG.sub(r"\g<its> configmap\g<s>", text)
        # "with its service and config": the bare last item of a list of its kinds.
        text = _LISTED_CONFIG.sub(r"\g<head>configmap\g<s>", text)
    text = _ADJECTIVES.sub(r"\1 ", text)
    text = _OWNED_LIST.sub(_owned, text)
    if (label := _LABEL.match(text)) and (
        _DELETE_FIRST.match(text[label.end() :]) or _first(text[label.end() :]) is not None
    ):
        text = text[label.end() :]
    text = _topic(text)
    # "rm the checkout deploy": the shell's verb said as the delete.
    text = _RM.sub(r"\1delete ", text)
    # "tear my-api down (…)": the verb's particle after its object, as in "tear down my-api".
    text = _SPLIT_VERB.sub(
        lambda m: f"{m['lead']}{'tear down' if m['tear'] else 'clean up'} {m['what']}", text
    )
    if _DELETE_FIRST.match(text):
        text = _UNUSED_AFTER.sub("", text)
        text = _REPLACED.sub("", text)
        text = _OURS_LATER.sub("", text)
        # "tear down payments incl its svc and cm": what belongs to it, listed.
        text = _INCLUDING.sub("along with ", text)
        text = _GOES_WITH.sub(_goes, text, count=1)
    if (listed := _listed(text)) != text:
        return listed  # the list says what goes and what stays, item by item
    if "stay" in text.lower() or "remain" in text.lower() or "keep" in text.lower():
        text = _kept_listed(text)
    text = _KEPT.sub(_keep, text)
    if m := _PASSIVE.match(text):
        subject, context = m.group("subject").strip(), (m.group("context") or "").strip()
        if _OTHER.search(subject + " " + context + " " + m.group("rest")):
            return said
        if rx(r"\b(?:no|not|never|none|nothing|nobody)\b", re.I).search(subject):
            # "no pod may be removed until its replacement is ready": a rule, not a delete.
            return said
        if _FROM.match(m.group("rest")) or _SETTINGS.search(subject):
            # "all the Linux capabilities are to be dropped for my-api": a pod security
            # setting, never a delete.
            return said
        if context and rx(rf"(?:(?:the|its)\s+)?{_WORKLOAD_KIND}\b.*", re.I).fullmatch(subject):
            # "We no longer need postgres: the statefulset and its service can be deleted".
            name = _name_of(context)
            if name is None:
                return said
            subject = name + " " + rx(r"^(?:the|its)\s+", re.I).sub("", subject)
        text = f"delete {subject}{m.group('rest')}"
    elif (first := _first(text) or _after_context(text)) is not None:
        # A subject first that cannot be read may still be a context said before its delete.
        if not first:
            return said
        text = first
    text = _listed(text)
    return text if text != said else said


def _first(text: str) -> str | None:
    """The target said before its delete, as the imperative; None when the shape is not this
    one, "" when it is but cannot be read (then the sentence is left as said)."""
    m = _BEFORE.match(text) or _AFTER.match(text)
    if m is None:
        return None
    subject, rest = m.group("subject").strip(), m.group("rest")
    why = m.group("why") or ""
    if _OTHER.search(f"{subject} {why} {rest}") or _FROM.match(rest):
        return ""
    if subject.lower() in _NOT_A_SUBJECT or len(subject.split()) > 6:
        return ""
    if m.re is _BEFORE and (m.group("copula") or "").lower().endswith(("n't", "nt")):
        why = f"not {why}"
    if m.re is _BEFORE and _NEGATION.search(why) and not _DISUSED.match(why.strip()):
        return ""  # "worker is not retired yet, delete it": not a reason to delete
    if key := _KEY.search(subject):
        # "FEATURE_FLAG on frontend isn't used anymore, drop that variable".
        if m.group("kind"):
            return ""
        where = _KEY.sub(" ", subject)
        where = rx(rf"'s\b|\b(?:the|on|in|of|for|from|at|its|{_SETTING})\b", re.I).sub(" ", where)
        where = " ".join(where.split())
        return (
            f"remove {key.group(0)} from {where}{rest}" if where else f"remove {key.group(0)}{rest}"
        )
    if m.group("setting"):
        return ""
    kind = m.group("kind") or ""
    if kind and (own := rx(rf"\b(?:{_WORKLOAD_KIND}|{_KIND})$", re.I).search(subject)):
        if _kind_of(own.group(0)) != _kind_of(kind):
            return ""  # "the my-api service is not used, remove the deployment": which?
        kind = ""  # "the worker deployment is dead, delete the deployment"
    return f"delete {subject}{' ' + kind if kind else ''}{rest}"


def _kind_of(word: str) -> str:
    """One spelling per kind: "svc", "services" -> "service"; "deploy" -> "deployment"."""
    return kindwords.canonical(word)


# "with its service and configmap": each kind of the list is its own ("its configmap").
# Only bare kinds after the first, and never a list that is then said to stay ("its configmap,
# the service stays" is two clauses).
_OWNED_LIST = re.compile(
    rf"\b(?P<its>its|their)\s+(?P<list>{_KIND}(?:\s*(?:,|&|\+|\band\b|,\s*and\b)\s*"
    rf"{_KIND})+)\b(?!\s+(?:stays?|remains?|is|are|must|should|will|can|survives?)\b)",
    re.I,
)


def _owned(m: re.Match[str]) -> str:
    kinds = rx(rf"\b{_KIND}\b", re.I).findall(m.group("list"))
    return " and ".join(f"{m.group('its')} {k}" for k in kinds)


def _keep(m: re.Match[str]) -> str:
    kinds = rx(_KIND, re.I).findall(m.group("kinds"))
    return " but keep " + " and ".join(f"its {k}" for k in kinds)


def _name_of(context: str) -> str | None:
    """The one workload-like word a context names ("we no longer need postgres")."""
    m = rx(
        r"(?:we\s+)?(?:no longer need|don'?t need|do not need|are done with|retire[sd]?|"
        r"are retiring|have retired|decommission(?:ed|ing)?(?:\s+of)?|drop(?:ped)?)\s+(?:the\s+)?"
        r"(?P<name>[a-z0-9][\w\-]*)",
        re.I,
    ).fullmatch(context.strip())
    return m.group("name") if m else None


# "postgres moved to managed RDS last month, so: kubectl delete sts postgres", "frontend is
# replaced by new-frontend, kindly delete the frontend deployment": what is the case, then the
# delete as its own imperative. The context only says why: one that holds an action verb in its
# base form ("scale frontend to 4, delete worker") is a second change, and left as said.
_CONTEXT_THEN = re.compile(
    r"^(?P<context>[^:;,]*[^:;,\s](?:\s*[,;:]\s*[^:;,]*[^:;,\s])*?)\s*(?:[,;:]|\.(?=\s)|"
    r"\s[\u2014\u2013-]+)\s*"
    r"(?:(?:so|therefore|hence|thus|then|and|please|pls|plz|kindly|just|now|ok|okay|"
    r"go ahead and|you can|feel free to|can you|could you)\s*[,:]?\s+)*"
    rf"(?:kubectl\s+)?(?P<verb>{_VERB}|rm)\s+(?P<rest>.+)$",
    re.I,
)
# "its budget to minAvailable 1", "it to 2": what "drop" lowers, to an amount of its field or a
# count (guard asks about a "drop" with any other object).
_TO_AMOUNT = re.compile(
    r"(?:(?:the|its|their|it|them)\s+)?(?:[\w\-]+\s+){0,2}?(?:down\s+|back\s+)?to\s+"
    r"(?:(?:min|max)\w*\s*[:=]?\s*)?\d",
    re.I,
)
# "the worker deployment" in the context: what "it" stands for.
# "the orders PodDisruptionBudget keeps blocking node drains, remove it": an object of a kind
# a delete may name is "it" as well.
_KIND_PHRASE = re.compile(
    rf"\b(?:the\s+)?(?P<name>[a-z0-9][\w\-]*)\s+(?:{_WORKLOAD_KIND}|{_KIND})\b", re.I
)
_NOT_NAMES = frozenset(
    """the its their with and along together plus also a an of too as well svc service
    services cm configmap configmaps pdb hpa deployment deploy deployments statefulset sts
    daemonset ds thanks thx please to from in on at for by into onto is are be was were it this
    that""".split()
)
# A condition or a time in the context: the delete would not be what was said (asked).
_WHEN = re.compile(
    r"\b(?:if|when|whenever|unless|once|after|before|until|till|in\s+case|as\s+soon\s+as|"
    r"tomorrow|tonight|later|next|soon)\b",
    re.I,
)
_PAST = re.compile(r"(?:ed|d)$", re.I)
# The base form of a verb of :data:`_OTHER` (an order's), never its -s, -ed or -ing form.
_BASE = re.compile(
    r"(?:scale|restart|update|upgrade|set|roll|add|create|patch|bump|expose|make|change|enable|"
    r"disable|move|migrate|resize|rollback|revert|redeploy)",
    re.I,
)


# A clause that opens with an order ("back up worker", "take a snapshot of it", "first grab a
# dump"): the verbs that start an action (guard.VERBS) and the ways a copy is taken.
_ORDER_FIRST = re.compile(
    r"^\W*(?:(?:please|pls|plz|first(?:ly)?|ok(?:ay)?|so|now|just|kindly)\s*,?\s+)*"
    rf"(?:{guard.VERBS}|take|grab|capture|dump|export|save|copy|archive|keep)\b",
    re.I,
)


def _after_context(text: str) -> str | None:
    """The delete said after its context, as the imperative; None when the shape is not this
    one, "" when it is but cannot be read (then the sentence is left as said)."""
    m = _CONTEXT_THEN.match(text)
    if m is None or _DELETE_FIRST.match(text):
        return None
    context, rest = m.group("context"), m.group("rest").strip()
    if m.group("verb").lower() == "drop" and _TO_AMOUNT.match(rest):
        return None  # "…, drop its budget to minAvailable 1": lowered to an amount, not deleted
    if any(_BASE.fullmatch(verb.group(0)) for verb in _OTHER.finditer(context)):
        # "scale frontend to 4, delete worker": two changes. A form no order takes ("keeps
        # blocking node upgrades", "scaling", "rolled") says what is the case.
        return ""
    if _DELETE_FIRST.match(context) or _OTHER.search(rest) or "?" in text:
        return ""
    if _ORDER_FIRST.match(context):
        # "take a velero backup of worker, then delete worker": an order of its own before the
        # delete, never context to drop (the delete after it is asked about on its own).
        return ""
    if _WHEN.search(context):
        return ""  # "if the worker deployment is idle, delete it": a condition, never dropped
    pronoun = rx(rf"{_PRONOUN}\b", re.I).match(rest)
    if pronoun is None:
        # The context is about what goes: "worker is retired, delete checkout" is asked.
        # (Names, never the words between them: "can't be drained due to the pdb; drop its
        # budget to 1" shares only "to" with what goes.)
        words = {w for w in rx(r"[a-z0-9][\w\-]*").findall(rest.lower()) if not w.isdigit()}
        words -= _NOT_NAMES
        said = set(rx(r"[a-z0-9][\w\-]*").findall(context.lower()))
        return f"delete {rest}" if words & said else ""
    found = {
        (k.group("name").lower(), k.group(0).split()[-1].lower())
        for k in _KIND_PHRASE.finditer(context)
        if k.group("name").lower() not in {"the", "a", "this", "that", "its", "new", "old"}
    }
    if len(found) != 1 or (_NEGATION.search(context) and not _DISUSED_SAID.search(context)):
        return ""  # whose "it" is not one workload said with its kind, or not said as unused
    ((name, kind),) = found
    return f"delete the {name} {kind}{rest[pronoun.end() :]}"


# A negation in a context that says only disuse: "worker is not used anymore".
_DISUSED_SAID = re.compile(
    r"\b(?:is|are|was|were|isn'?t|aren'?t)\s+(?:not\s+|no\s+longer\s+)?(?:being\s+)?"
    r"(?:used|needed|required|in\s+use)\b|"
    # Round 32 (gap35b): said of who used it, "the cache deployment we not use anymore", "we
    # don't need it any more" (the negation of "use" or "need" only, with nothing after it
    # but "it", "anymore" or "now": "we don't use the proxy for images" is no disuse).
    r"\b(?:we|i|they|nobody|no\s*one)\s+(?:(?:do|does)\s*(?:n'?t|\s+not)|not|no\s+longer|never)\s+"
    r"(?:use|need)(?:\s+(?:it|them|this|that))?(?:\s+(?:any\s?more|now|these\s+days))?"
    r"(?=\s*(?:$|[,.;!]))",
    re.I,
)


def _listed(text: str) -> str:
    m = _LISTED.match(text)
    if m is None:
        return text
    items = [
        rx(r"\s+(?:too|as\s+well|also)$", re.I).sub("", i.strip())
        for i in rx(
            r"\s*(?:[,;+&]|\s[\u2014\u2013-]+)\s*(?:and\s+)?|\s+and\s+|"
            r"\s+(?=but\s+(?:keep|leave|spare|not)\b)"
        ).split(m.group("items"))
    ]
    workload: list[str] = []
    kinds: list[str] = []
    kept_kinds: list[str] = []
    kept_names: list[str] = []
    for item in filter(None, items):
        if stays := _STAYING.match(item):
            what = (stays.group("kept") or stays.group("subject")).strip()
            if kind := _ITEM.match(what):
                if kind.group("workload"):
                    return text  # the workload itself kept: asked by the delete rule
                kept_kinds.append(kind.group("kind").lower())
            elif rx(r"(?:the\s+)?[a-z0-9][\w\-]*", re.I).fullmatch(what):
                kept_names.append(rx(r"^the\s+", re.I).sub("", what))
            else:
                return text
            continue
        found = _ITEM.match(item)
        if found is None:
            return text  # not only kinds: left as said, and asked about
        if found.group("workload"):
            workload.append(found.group("workload").lower())
        else:
            kinds.append(found.group("kind").lower())
    if len(workload) > 1 or not (workload or kinds):
        return text
    head = f"delete {m.group('name')}" + (f" {workload[0]}" if workload else "")
    if kinds:
        head += " along with " + " and ".join(f"its {k}" for k in kinds)
    if kept_kinds:
        head += " but keep " + " and ".join(f"its {k}" for k in kept_kinds)
    if kept_names:
        # Checked against the plan by the delete rule: what stays is never deleted.
        head += ", keep " + " and ".join(kept_names)
    return head + (m.group("tail") or "")


# What a delete keeps, said by any predicate: "service stays", "the service must not go", "its
# service is off limits", "the config is protected", "deleting the service is forbidden",
# "never delete the service", "keep the pdb". The part said to stay is never what is deleted:
# the clause is read as the delete rule's own "but keep its <kind>" (a workload kind kept then
# asks there: "delete frontend; deleting the deployment is forbidden" keeps nothing to delete).
_PART = rf"(?:{_KIND}|{_WORKLOAD_KIND}|config(?:uration)?s?)"
_GOES = (
    r"(?:delet(?:e|ed|ing)|remov(?:e|ed|ing)|drop(?:ped|ping)?|destroy(?:ed|ing)?|touch(?:ed|ing)?)"
)
_STAYS_BY_ANY = (
    r"(?:stays?(?:\s+put)?|remains?|survives?|(?:is|are)\s+(?:kept|staying|retained|preserved|"
    r"protected|excluded|spared|exempt|untouchable|sacred|off[\s-]*limits|out\s+of\s+scope|"
    rf"not\s+(?:to\s+be\s+)?{_GOES}|(?:not\s+)?to\s+(?:stay|remain)|to\s+be\s+kept)|"
    r"(?:must|should|shall|will|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to)\s+(?:stay|remain|"
    r"be\s+kept|survive|be\s+left(?:\s+alone)?)|"
    r"(?:must|should|shall|may|can|will)\s*(?:not|n't|'t)\s+(?:go|be\s+" + _GOES + r")|"
    r"(?:cannot|can't|mustn't|shouldn't|won't|isn't\s+going\s+to)\s+(?:go|be\s+" + _GOES + r"))"
)
_KEPT_CLAUSE = re.compile(
    r"(?P<sep>\s*(?:[;,:.]|\s[\u2014\u2013]|\s--?)\s*|\s+)(?:(?:but|and|while|however|note)\s*,?\s+)?"
    r"(?:"
    # "the service must not go", "frontend service stays", "its config is protected"
    rf"(?:(?:the|its|their)\s+)?(?:(?P<owner>[a-z0-9][\w\-]*)(?:'s)?\s+)??(?P<a>{_PART})\s+"
    # Round 38 (m44b, attack44): the owner said after the kind ("the Service of payments is
    # staying", "keep the pdb of orders").
    r"(?:of\s+(?:the\s+)?(?P<owner_d>[a-z0-9][\w\-]*)\s+)?"
    rf"{_STAYS_BY_ANY}|"
    # "deleting the service is forbidden", "removing its pdb is not allowed"
    rf"(?:{_GOES})\s+(?:the\s+|its\s+|their\s+)?(?:(?P<owner_b>[a-z0-9][\w\-]*)(?:'s)?\s+)??"
    rf"(?P<b>{_PART})\s+(?:is|are|would\s+be)\s+(?:(?:strictly|absolutely)\s+)?"
    r"(?:forbidden|prohibited|banned|not\s+(?:allowed|permitted|ok(?:ay)?|an\s+option|wanted)|"
    r"off[\s-]*limits|out\s+of\s+the\s+question|a\s+no[\s-]*go)|"
    # "never delete the service", "don't remove its config", "keep the pdb", "spare the svc"
    r"(?:(?:(?:but\s+)?(?:never|don't|dont|do\s+not|please\s+don't|must\s+not|mustn't)\s+"
    rf"{_GOES})|keep|leave|spare|retain|preserve)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?P<owner_c>[a-z0-9][\w\-]*)(?:'s)?\s+)??(?P<c>{_PART})"
    r"(?:\s+of\s+(?:the\s+)?(?P<owner_e>[a-z0-9][\w\-]*))?"
    r"(?:\s+(?:alone|intact|in\s+place|as\s+is|untouched))?"
    r")(?:\s+(?:please|pls|thanks|for\s+now|though))?[\s.!]*$",
    re.I,
)
_KEPT_NAMED = re.compile(
    r"\s*(?:[;,:.]|\s[\u2014\u2013]|\s--?)\s*(?:(?:but|and|while|however)\s*,?\s+)?(?:"
    rf"(?P<said>[a-z0-9][\w\-]*)\s+(?!stays?\b|remains?\b){_STAYS_BY_ANY}|"
    r"(?:(?:but\s+)?(?:never|don't|dont|do\s+not|please\s+don't|must\s+not|mustn't)\s+"
    rf"{_GOES})\s+(?P<object>[a-z0-9][\w\-]*)"
    r")(?:\s+(?:please|pls|thanks|for\s+now|though))?[\s.!]*$",
    re.I,
)
# Words in the place of a name that name nothing (left as said, and asked).
_NAMING_NOTHING = {"they", "them", "everything", "anything", "nothing", "all", "none"}
_DELETE_NAMED = re.compile(
    rf"^\W*(?:(?:please|pls|plz|just|now|then|go ahead and|kubectl)\s+)*{_VERB}\s+"
    r"(?:the\s+)?(?P<name>[a-z0-9][\w\-]*)\b",
    re.I,
)


_COUNT_LOWERED = re.compile(guard.DROP_TO, re.I)


_KEPT_FOR = re.compile(
    r"\b(?P<stay>stays?|remains?|(?:must|should|will|can)\s+(?:stay|remain))\s+(?:up\s+)?"
    r"(?:until|till|til|through)\s+[^,.;!?]*?(?=\s*(?:[,.;!?]|$))",
    re.I,
)


_POLITE_KEEP = re.compile(
    r"(?P<lead>(?:[,;]|\b(?:but|and|while))\s*,?\s+(?:(?:but|and)\s+)?)(?:please|pls|plz|kindly)\s+"
    r"(?=(?:keep|leave|spare|retain|preserve)\b)",
    re.I,
)


# Round 39 (sh45, attack45): a second thing kept by an elliptic clause after a keep ("checkout
# stays and so does my-api", "checkout stays, my-api too"): each is said to stay.
_NOT_NAME = r"(?:its|their|it|this|that|they|them|the|and|but|everything|all)\b"
_SO_DOES = re.compile(
    r"\b(?P<stay>stays?|remains?)(?:\s+(?:put|as\s+is|untouched))?\s*,?\s+(?:and\s+|but\s+)?"
    rf"(?:so\s+(?:does|do|will|must|should)\s+(?:the\s+)?(?!{_NOT_NAME})(?P<so>[a-z0-9][\w\-]*)|"
    rf"(?:the\s+)?(?!{_NOT_NAME})(?P<too>[a-z0-9][\w\-]*)\s+(?:too|as\s+well|also))\b",
    re.I,
)


def _so_does(m: re.Match[str]) -> str:
    """The elliptic keep ``m`` said whole: "stays, <name> stays"."""
    return f"{m['stay']}, {m['so'] or m['too']} {m['stay']}"


def kept_said(text: str) -> str:
    """``text`` with a closing clause that keeps a part of the deleted workload, said by any
    predicate, read as "but keep its <kind>"; else ``text`` unchanged. A clause that names
    another owner ("delete my-api; frontend service stays") is left as said."""
    delete = _DELETE_NAMED.match(text)
    if delete is None or _COUNT_LOWERED.match(text, delete.start("name") - 1):
        # (Round 33, gap36a: "drop orders down to 1 replica, leave its pdb alone": a scale.)
        return text
    # Round 24 (gap B): "…, but please keep orders-config": the politeness of the keep is no
    # order of its own.
    text = text[: delete.end()] + _POLITE_KEEP.sub(r"\g<lead>", text[delete.end() :])
    # "…; the Deployment stays until the CDN switch": how long it stays, never when to delete.
    text = text[: delete.end()] + _KEPT_FOR.sub(r"\g<stay>", text[delete.end() :])
    text = text[: delete.end()] + _SO_DOES.sub(_so_does, text[delete.end() :])
    m = _KEPT_CLAUSE.search(text, delete.end())
    if m is None:
        # "delete my-api; shared-config is protected": an object by its name, read by the
        # delete rule's own "X stays" (which asks when X names nothing).
        named = _KEPT_NAMED.search(text, delete.end())
        if named is None:
            return text
        name = named.group("said") or named.group("object")
        if name.lower() in _NAMING_NOTHING:
            return text
        if name.lower() in {"it", "this", "that"}:
            # "delete my-api; it must not go": the workload said to go and to stay, asked by
            # the delete rule.
            name = delete.group("name")
        return f"{text[: named.start()].rstrip(' ,;:-')}, {name} stays"
    owner = next(
        (m.group(g) for g in ("owner", "owner_b", "owner_c", "owner_d", "owner_e") if m.group(g)),
        None,
    )
    if owner and owner.lower() != delete.group("name").lower():
        return text
    part = (m.group("a") or m.group("b") or m.group("c")).lower()
    kind = "configmap" if part.startswith("config") and "map" not in part else part
    if kind.endswith("s") and kind not in {"ds", "sts"}:
        kind = kind[:-1]
    return f"{text[: _clause_start(text, m, delete.end())].rstrip(' ,;:-')} but keep its {kind}"


_CLAUSE_END = re.compile(r"[;,:.]\s|\s[\u2014\u2013]\s|\s--?\s")


def _clause_start(text: str, kept: re.Match[str], after: int) -> int:
    """Where the kept clause ``kept`` starts: its match, or — when it began after a bare space
    inside a clause — that clause's start, when the words before it there are only what
    describes the part kept (round 34, gap37c: "…. Route redis cache statefulset is NOT to be
    touched": "route redis" is the StatefulSet's nickname, kept with it, never left to read)."""
    if kept.group("sep").strip():
        return kept.start()
    ends = [e.end() for e in _CLAUSE_END.finditer(text, after, kept.start())]
    if not ends:
        return kept.start()
    words = text[ends[-1] : kept.start()]
    if len(words.split()) > 3 or rx(rf"\b(?:{_VERB})\b").search(words) or _OTHER.search(words):
        return kept.start()
    return ends[-1]
