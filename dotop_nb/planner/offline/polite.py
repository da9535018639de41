"""A request said politely is the order it frames; a question about how things are is none.

People ask for a change the way they ask a colleague: "Would it be possible to set X on my-api?",
"Could you please remove …?", "Is it possible to take checkout back …?", "We'd like to keep …",
"I'd appreciate it if you could …", "We'd like the FEATURE_X key dropped from my-api-config".
Each is a request addressed to the reader. A question about the system is not: "is payments
autoscaling?", "does my-api have 4 replicas?", "was worker deleted?", "would it be possible
that the HPA fights the VPA?", "will restarting payments drop requests?".

The rule that tells the two apart is the sentence's frame, read before anything else:

- **A request frame** — a modal addressed to the reader ("could/would/can/will you",
  "could someone", "can we"), a wish or a possibility of doing ("would it be possible/ok to",
  "is it possible to", "we'd like (you) to", "any chance you could") — followed at once by a
  verb of doing, is the order that verb starts: the frame is dropped and the sentence's "?"
  becomes a full stop, so every later reader sees the imperative it means. A verb of finding
  out ("tell", "check", "explain" …) after the frame is no change, and is left as said.
- **A wish with its verb last** — "we'd like/want/need X dropped …", "please have X restarted"
  — is the verb's order on X ("drop X …"); a wish said of a workload ("it would be nice if
  payments had a pdb") is what it should ideally have ("payments should ideally have a pdb":
  a preference where the rule reads one, placement).
- **A question about state** — the whole message is questions, each opening with an auxiliary
  and a subject that is not the reader ("is payments …", "does my-api …", "was worker …",
  "are there …"), with a wh-word ("what image …", "how many …"), or with a modal whose subject
  is a thing or an act ("could this …", "will restarting …") — changes nothing and is asked
  back, saying so. A modal with a workload as its subject ("could payments autoscale on cpu?",
  "can my-api have 4 replicas?") asks for that change, and is left to the rules. Advice asked
  ("should I …", "is it safe to …", "would it make sense to …") is :data:`.hazards._ADVICE`'s.

Pure text; nothing else changes. Example::

    read("Would it be possible to set imagePullPolicy to Always on my-api? We re-push it.")
    # 'set imagePullPolicy to Always on my-api. We re-push it.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dotop_nb.planner.offline import guard, roles
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

# Who may be asked to act: the reader, someone on the team, or the team with the speaker.
_READER = r"(?:you|u|ya|someone|somebody|anyone|anybody|one\s+of\s+you|y'?all|you\s+guys)"
_SOFT = r"(?:\s+(?:please|pls|plz|kindly|maybe|perhaps|possibly|just|quickly|also|still))*"
_ABLE = r"(?:possible|feasible|doable|ok|okay|alright|all\s+right|fine|cool|acceptable|an\s+option)"
# The frames a request is said in, each ending where the verb of doing starts.
_FRAME = (
    # Round 32 (gap35c): "would you mind running worker with two replicas?": the gerund after
    # "mind" is the order's verb (:func:`_base_form`), read before "would you" alone.
    rf"(?:would|do|will)\s+{_READER}\s+(?:please\s+)?mind(?=\s+[a-z]+ing\b)|"
    # Round 33 (a37b, attack37): "would you mind if we restart worker?", "do you mind if I
    # scale payments to 4?": leave asked for, the order after "if we" / "if I".
    rf"(?:would|do|will)\s+{_READER}\s+(?:please\s+)?mind\s+if\s+(?:we|i)"
    r"(?:\s+(?:just|quickly|go\s+ahead\s+and))?|"
    rf"(?:(?:perhaps|maybe)\s+)?(?:(?:would|could|can|will)\s+{_READER}|(?:could|can)\s+we|"
    rf"(?:perhaps|maybe)\s+{_READER}\s+(?:could|can|would)){_SOFT}"
    r"(?:\s+(?:be\s+(?:so\s+kind\s+as|able|willing)|kindly|try)\s+to)?|"
    rf"(?:would|will)\s+it\s+be\s+{_ABLE}(?:\s+for\s+(?:you|someone|us|me))?\s+to|"
    # (Round 38, gap41b: "Is possible to put worker on two pods?": a learner's "is it possible
    # to", the "it" left out as Romanian, Spanish or Italian do.)
    r"is\s+(?:it\s+)?(?:possible|feasible|doable)(?:\s+for\s+(?:you|someone|us|me))?\s+to|"
    rf"(?:any|is\s+there\s+(?:any|a))\s+chance\s+(?:(?:that\s+)?{_READER}\s+(?:could|can|would)"
    r"|to)|"
    # Round 32 (gap35a): "Please may I update payments to 3.0.5?", "please can I roll worker
    # back …?", "please may I ask you to scale …?": "please" before "may I" / "can I" makes the
    # polite British request (alone,
    # "May I restart frontend?" stays a poll: roles.py; "may I have/get …" is read there).
    r"(?:please|pls|plz|kindly)[,\s]+(?:may|can)\s+i(?:\s+ask\s+(?:you|someone)\s+to)?"
    r"(?!\s+(?:have|get)\b)|"
    rf"(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)\s+(?:(?:you|someone)\s+)?to|"
    # Round 32 (gap35c): "may I ask you to scale …?", "could I ask someone to restart …".
    rf"(?:may|might|can|could)\s+i\s+(?:please\s+)?ask\s+{_READER}(?:\s+(?:please|kindly))?\s+to|"
    rf"(?:i|we)(?:'d|\s+would)\s+(?:appreciate\s+it|be\s+(?:grateful|thankful|glad|happy))\s+"
    rf"if\s+{_READER}\s+(?:could|would|can)"
)
# A greeting or a "please" before the frame ("Hi team, could you …", "please, would you …").
_OPENING = (
    r"(?:(?:hi|hey|hello|morning|team|all|folks|so|ok|okay|sorry)\W+)*"
    r"(?:(?:please|pls|plz|kindly)\W+)?"
)
# Verbs of finding out: after a frame they ask for an answer, not a change.
_FINDING_OUT = (
    r"tell|explain|know|see|check|find|show|say|confirm|verify|understand|learn|list|look|"
    r"describe|inspect|investigate|review|read|view|print|compare|estimate|predict|answer|"
    r"figure|guess|think|help|advise|recommend|suggest|clarify|ask|be|have\s+a\s+look|"
    # "would you like me to …": the reader's wish, asked; never an order.
    r"like|prefer|want"
)
# Round 34 (a38a, attack38): verbs of NOT doing after the frame, a polite refusal ("would you
# mind if we held off restarting worker?", "… holding off on the worker restart?", "… if we
# skipped the worker restart?"): no order; left as said (:data:`.roles._REMARK` asks).
_NOT_DOING = (
    r"not|never|didn'?t|did\s+not|don'?t|do\s+not|hold|held|holding|skip|skipped|skipping|"
    r"postpone[sd]?|postponing|delay(?:ed|ing)?"
)
_REQUEST = re.compile(
    rf"(?P<frame>^\W*{_OPENING}(?:{_FRAME}))\s+(?:(?:please|pls|plz|kindly|just)\s+)*"
    rf"(?=[a-z])(?!(?:{_FINDING_OUT}|{_NOT_DOING})\b)",
    re.I,
)
_REQUEST_LATER = re.compile(
    rf"(?<=[,;:])\s+(?P<frame>(?:{_FRAME}))\s+(?:(?:please|pls|plz|kindly|just)\s+)*"
    rf"(?=[a-z])(?!(?:{_FINDING_OUT}|{_NOT_DOING})\b)",
    re.I,
)
# "We'd like the FEATURE_X key dropped from …", "please have my-api restarted": the verb's
# participle after its object. Only verbs of doing, each with the form a request starts with.
_PARTICIPLES = {
    "dropped": "drop",
    "removed": "remove",
    "deleted": "delete",
    "restarted": "restart",
    "bounced": "bounce",
    "recycled": "recycle",
    "scaled": "scale",
    "set": "set",
    "unset": "unset",
    "updated": "update",
    "upgraded": "upgrade",
    "downgraded": "downgrade",
    "bumped": "bump",
    "raised": "raise",
    "lowered": "lower",
    "increased": "increase",
    "decreased": "decrease",
    "reduced": "reduce",
    "reverted": "revert",
    "rolled": "roll",
    "added": "add",
    "doubled": "double",
    "halved": "halve",
    "changed": "change",
    "moved": "move",
    "spread": "spread",
    "backed": "back",
    "monitored": "monitor",
    "scraped": "scrape",
    "capped": "cap",
    "limited": "limit",
    "pinned": "pin",
    "exposed": "expose",
    "enabled": "enable",
    "patched": "patch",
    "configured": "configure",
    "autoscaled": "autoscale",
    "secured": "secure",
    "locked": "lock",
    "restricted": "restrict",
}
_WISH = re.compile(
    r"(?P<frame>^\W*" + _OPENING + r"(?:(?:i|we)(?:'d|\s+would)?\s+(?:like|want|need|prefer)|"
    r"(?:please\s+)?(?:have|get))\s+)"
    # Never a person ("have you restarted payments?" asks what was done).
    rf"(?!(?:{_READER}|we|i|they|he|she)\b)"
    r"(?P<object>(?:(?!(?:to|not|no|never|it's|is|are|was|were|be|been|that)\b)[\w\-./:'\"=]+\s+)"
    r"{1,6}?)(?P<verb>" + "|".join(_PARTICIPLES) + r")\b"
    # "backed up", "scaled down", "rolled back": the particle goes with its verb.
    r"(?:\s+(?P<particle>up|down|out|in(?=\s+(?:to|by)\b)|back(?=\s|$|[,.;!?])))?",
    re.I,
)
# "it would be nice if payments had a pdb", "would be great if frontend could run 4 replicas":
# a wish said of a workload, in the past or with a modal — what it should have, as a wish
# ("should ideally", which the placement rule reads as preferred). Never of a deletion.
_WISHED = re.compile(
    rf"^\W*{_OPENING}(?:(?:it|that|this)\s*(?:'d|'ll|\s+would|\s+will)?\s+be|would\s+be|it'?s)\s+"
    r"(?:really\s+|so\s+|very\s+)?(?:nice|great|good|ideal|better|awesome|helpful|lovely|cool|"
    r"perfect|best)\s+if\s+"
    r"(?P<subject>(?!(?:you|u|someone|somebody|anyone|we|i)\b)(?:[\w\-.']+\s+){1,4}?)"
    r"(?:(?:could|would|can)\s+(?P<base>[a-z]+)|(?P<past>ran|had|used|were|was|got|stayed|kept))\b",
    re.I,
)
_PAST = {
    "ran": "run",
    "had": "have",
    "used": "use",
    "were": "be",
    "was": "be",
    "got": "get",
    "stayed": "stay",
    "kept": "keep",
}
_DESTRUCTIVE = re.compile(rf"(?<![a-z])(?:{t.DESTRUCTIVE})", re.I)
# The end of a sentence: ". ", "? ", "! " (or the end of the message).
_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=\S)")
_WH = r"(?:what|which|how|when|where|who|whose|why)\b(?!\s+(?:about|not)\b)"
# A question about how things are: an auxiliary and a subject that is not the reader, a
# wh-word, or a modal whose subject is a thing or an act.
_STATE_QUESTION = re.compile(
    rf"^\W*{_OPENING}(?:"
    r"(?:is|are|was|were|does|do|did|has|have|had|isn'?t|aren'?t|wasn'?t|doesn'?t|"
    r"didn'?t|hasn'?t|haven'?t)\s+(?!(?:you|u|we|i)\b)"
    # "do a rolling restart of my-api", "have a look": an order that opens with the verb.
    r"(?!(?:a|an|another|it|this|that)\b)"
    r"(?!it\s+(?:possible|feasible|doable|ok|okay|safe|a\s+good\s+idea|wise|worth|better|fine)\b)"
    # (Round 38, gap41b: "is possible to …", the frame with its "it" left out.)
    r"(?!(?<=is\s)(?:possible|feasible|doable)\s+(?:for\s+(?:you|someone|us|me)\s+)?to\b)|"
    # "did you restart orders?", "have we added a pdb?": what was done, asked.
    r"(?:did|has|have|had|was|were)(?:n'?t)?\s+(?:you|u|we|i)\s+(?!to\b)|"
    rf"{_WH}|"
    r"(?:could|would|will|can|might|may)\s+(?:this|that|these|those|there|an?|[a-z]+ing)\b|"
    # "could you tell me which image my-api runs?", "can you check if orders has a pdb?": an
    # answer asked for (a change said beside it is a request, read by the rules).
    rf"(?:{_FRAME})\s+(?:(?:please|pls|plz|kindly|just)\s+)*(?:{_FINDING_OUT})\b"
    rf"(?!.*\b(?:{guard.VERBS})\b))",
    re.I,
)
# A wh-word opens a question only when the sentence ends with "?" ("when frontend hangs,
# restart it" is a condition).
_WH_OPENS = re.compile(rf"^\W*{_OPENING}{_WH}", re.I)
_DOING = re.compile(rf"\b(?:{guard.VERBS})\b", re.I)
# Sentences that say nothing of the request: a greeting or thanks.
_COURTESY = re.compile(
    r"^\W*(?:(?:hi|hey|hello|thanks|thank\s+you|thx|ty|cheers|team|all|folks)\W*)+$", re.I
)


# Round 34 (gap37b): Taglish's "please" glued to an English verb ("Paki-drop ng ALL
# capabilities …", "Paki-set ng env …", "Pa-scale down …"): the verb's order, said politely.
# Only before a verb of the planner's, with its hyphen ("pa-config" stays a name).
_PAKI = re.compile(rf"(?<![\w\-])(?:paki|pa)-(?=(?:{guard.VERBS})\b)", re.I)


# Taglish's words of a relative count ("Dagdag 2 replicas sa frontend" is two more, "bawas 1
# replica" one fewer): said as "add" / "remove", never a count of their own.
_RELATIVE = re.compile(
    r"(?<![\w\-])(?:paki-?|pa-)?i?(?P<w>dagdag|bawas)(?:an)?(?:\s+ng)?(?=\s+\d)", re.I
)


def _paki(text: str) -> str:
    """``text`` with "Paki-VERB" / "Pa-VERB" said as "please VERB", and Taglish's words of a
    relative count as "add" / "remove"."""
    low = text.lower()
    if "dagdag" in low or "bawas" in low:
        text = _RELATIVE.sub(lambda m: "add" if m["w"].lower() == "dagdag" else "remove", text)
    if "-" not in text or "pa" not in low:
        return text
    return _PAKI.sub("please ", text)


def read(text: str, *, answers: Sequence[str] = (), first: bool = True) -> str:
    """``text`` with each request frame said as the order it frames (see the module docstring).

    Raises :class:`Clarify` when the whole message asks how things are (a ``first`` message:
    an answer to the planner's question is read as the answer it gives), unless one of its
    ``answers`` says a change in words of doing ("add an hpa to it"): "yes" or "no" after "was
    worker deleted?" is no request to delete it.
    """
    text = _paki(text)
    sentences = _SENTENCE.split(text.strip())
    out = [_ordered(s, " ".join(sentences[:i])) for i, s in enumerate(sentences)]
    said = [s for s in sentences if not _COURTESY.match(s)]
    changed = any(_DOING.search(a) for a in answers)
    # "did worker restart at half time? saw a blip": a remark beside the questions (what the
    # speaker saw, with no word of doing, no number and no wish) asks nothing more of them.
    # (Only beside questions that open with an auxiliary: "could you advise on the orders pdb?
    # it blocks drains" is advice asked, read by :mod:`.hearsay`.)
    asked = [s for s in said if not _remark(s)] if len(said) > 1 else said
    relaxed = len(asked) < len(said)
    if (
        first
        and not changed
        and asked
        and all(
            _asks_state(s, alone=len(said) == 1) and (not relaxed or _AUX_OPENS.match(s))
            for s in asked
        )
    ):
        question = " ".join(said)
        raise Clarify(
            f"I read {question!r} as a question about how things are, not as a change, so I "
            "changed nothing. Say the change itself (e.g. 'scale my-api to 4') if you want one "
            "planned."
        )
    return " ".join(out) if out != sentences else text


# "I'm about to run a migration, can someone back up postgres first?": the speaker's own next
# step, and the change to make before it — said as "before I run a migration, back up
# postgres", a deadline the plan meets now (:mod:`.beforehand`, which still asks when that step
# is a change the planner would make: "I'm about to delete worker, …").
_ABOUT_TO = re.compile(
    r"^\W*(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:just\s+)?(?:about|going)\s+to\s+"
    r"(?P<event>[^,;:.?!]+?)\s*[,;:.]\s*(?P<request>[^,;:.?!]+?)\s+(?:first|beforehand|before\s+that)"
    r"\s*(?:,?\s*(?:please|pls|thanks?))?\s*(?P<end>[.?!]*)\s*$",
    re.I,
)


# "back up postgres right now, I'm about to touch the schema by hand": the same step said
# after the request, as its reason — the request comes first and opens with an order.
_ABOUT_TO_AFTER = re.compile(
    r"^\W*(?P<request>(?:please\s+)?(?:back\s+up|backup|snapshot|dump|scale|restart|bounce|"
    r"pause|add|set|raise|bump)\b[^,;:.?!]+?)\s*[,;:]\s*(?:because\s+|since\s+|as\s+|cause\s+)?"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:just\s+)?about\s+to\s+(?P<event>[^,;:.?!]+?)"
    r"\s*(?P<end>[.!]*)\s*$",
    re.I,
)


# Round 27 (gapask): "could the memory limit on payments go up to 384Mi?", "can my-api's
# LOG_LEVEL go to warn?", "could BATCH_SIZE in orders-config go to 25, please?": a setting (a
# request, a limit, a KEY in capitals) asked to take a value is that value set ("the memory limit
# on payments up to 384Mi."). Only a value and a "please" may follow: "… go to 0 without …?"
# asks what would happen, and stays a question.
_SETTING_GOES = re.compile(
    rf"^\W*{_OPENING}(?:could|can)\s+"
    r"(?P<subject>(?!(?:you|u|we|i|someone|somebody|anyone|it|this|that)\b)"
    r"(?=[^?]*?(?:\b(?:memory|cpu|mem)\s+(?:limit|request)s?\b|(?-i:\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)))"
    r"(?:[\w\-./']+\s+){1,6}?)"
    r"go\s+(?P<dir>(?:up|down)\s+)?to\s+(?P<value>[\w.\-:/]+)"
    r"\s*(?:,?\s*(?:please|pls|plz))?\s*\?+\s*$",
    re.I,
)


# "could ticket payments (payments) be doubled?": a workload said to be multiplied is that
# scale's order ("double payments."). Only the verb and a "please" may follow ("… be doubled
# without downtime?" asks what happens); never another verb ("can postgres be backed up?" may
# ask what is possible; a deletion, a rollback or a restart is asked as said).
_BE_DONE = {"doubled": "double", "tripled": "triple", "halved": "halve"}
_IS_DONE = re.compile(
    rf"^\W*{_OPENING}(?:could|can)\s+"
    r"(?P<object>(?!(?:you|u|we|i|someone|somebody|anyone|it|this|that|there)\b)"
    r"(?:[\w\-./']+\s+|\([^()?]{1,60}\)\s+){1,4}?)be\s+"
    r"(?P<verb>" + "|".join(_BE_DONE) + r")"
    r"\s*(?:,?\s*(?:please|pls|plz))?\s*\?+\s*$",
    re.I,
)


# "Would a KEDA ScaledObject on the worker, 1 to 5 replicas, be possible?", "would a pdb for
# payments be ok?": an object asked for by its kind, said possible, is that object added. Only
# the kinds the planner adds (never "would a restart of …", "would deleting … be ok?"), with
# nothing that makes it a condition or a choice.
_ADDED_KIND = (
    r"(?:keda\s+)?scaled\s*object|hpa|horizontal\s+pod\s+autoscaler|pdb|"
    r"pod\s*disruption\s*budget|service\s*monitor|pod\s*monitor|network\s*policy|netpol|"
    r"(?:liveness|readiness|startup)\s+probe"
)
_POSSIBLE = re.compile(
    rf"^\W*{_OPENING}(?:would|could|will|is)\s+(?P<thing>an?\s+(?:{_ADDED_KIND})\b"
    r"(?![^?]*\b(?:if|unless|without|instead|or|not|whether|when|while|until)\b)[^?]{0,120}?)"
    r",?\s+be\s+(?:possible|feasible|doable|ok|okay)\s*(?:,?\s*(?:please|pls|plz))?\s*\?+\s*$",
    re.I,
)


# Round 32 (gap35b): "Would it be possible for the exhibits API (my-api) to run as non-root?",
# "is it possible for my-api to get 3 replicas?": the possibility asked of a thing, not of the
# reader, is the change let happen to it ("let my-api run as non-root."). Never a person, a verb
# of finding out, or a question of what would happen ("… to scale without downtime?").
_POSSIBLE_FOR = re.compile(
    rf"^\W*{_OPENING}(?:(?:would|will)\s+it\s+be\s+{_ABLE}|"
    r"is\s+it\s+(?:possible|feasible|doable))\s+for\s+"
    r"(?P<subject>(?!(?:you|u|someone|somebody|anyone|us|me|we|them|him|her|i)\b)"
    r"(?:[\w\-./]+\s+){0,4}?[\w\-./]+(?:\s*\([^()?]{1,60}\))?)\s+to\s+"
    rf"(?P<rest>(?!(?:{_FINDING_OUT}|not|never)\b)[a-z]"
    r"(?![^?]*\b(?:without|if|whether|unless|safe\w*|survive\w*|break\w*|happen\w*|"
    r"affect\w*|impact\w*|handle|cope|normal|enough)\b)[^?]*?)"
    r"\s*(?:,?\s*(?:please|pls|plz))?\s*\?+\s*$",
    re.I,
)


def _ordered(sentence: str, before: str = "") -> str:
    """One sentence with its request frame dropped, or its wish said with the verb first."""
    if m := _ABOUT_TO.match(sentence.replace("\u2019", "'")):
        return _ordered(f"before I {m['event']}, {m['request']}{m['end']}", before)
    if m := _ABOUT_TO_AFTER.match(sentence.replace("\u2019", "'")):
        return _ordered(f"before I {m['event']}, {m['request']}{m['end']}", before)
    if (end := roles.own_frame(sentence, before)) is not None:
        # "alright folks, let's scale frontend to 5", "we'll set a CPU limit of 500m on
        # payments": the speaker's (or the team's) own order, said as it is.
        return sentence[end:]
    if m := _POSSIBLE.match(sentence):
        return f"add {m['thing'].strip()}."
    if "for" in sentence and (m := _POSSIBLE_FOR.match(sentence)):
        return f"let {m['subject'].strip()} {m['rest'].strip()}."
    if m := _IS_DONE.match(sentence):
        return f"{_BE_DONE[m['verb'].lower()]} {m['object'].strip()}."
    if m := _SETTING_GOES.match(sentence):
        return f"{m['subject'].strip()} {m['dir'] or ''}to {m['value']}."
    if m := _REQUEST.match(sentence):
        rest = sentence[m.end() :]
        if m["frame"].rstrip().lower().endswith("mind"):
            rest = _base_form(rest)
        return _stated(rest)
    if m := _REQUEST_LATER.search(sentence):
        # "throttling hurts, we'd like to keep the memory limit": a frame opens a clause too.
        return _stated(sentence[: m.start("frame")] + sentence[m.end() :])
    if (m := _WISHED.match(sentence)) and not _DESTRUCTIVE.search(sentence):
        verb = m.group("base") or _PAST[m.group("past").lower()]
        return _stated(f"{m.group('subject')}should ideally {verb}{sentence[m.end() :]}")
    if m := _WISH.match(sentence):
        verb = _PARTICIPLES[m.group("verb").lower()]
        if (particle := m.group("particle")) and (particle != "back" or verb == "roll"):
            verb = f"{verb} {particle}"
        elif particle:
            # "LOG_LEVEL set back to info": "back" is where the value returns, kept in place.
            return _stated(f"{verb} {m.group('object').strip()} {sentence[m.start('particle') :]}")
        rest = sentence[m.end() :]
        return _stated(f"{verb} {m.group('object').strip()}{rest}")
    return sentence


def _base_form(rest: str) -> str:
    """``rest`` with the gerund that opens it said as the verb it is ("running worker …" is
    "run worker …", "scaling" "scale", "setting" "set"), when that verb is one of doing; else as
    said."""
    m = rx(r"([a-z]+)ing\b", re.I).match(rest)
    if m is None:
        return rest
    stem = m.group(1)
    for verb in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if verb and _DOING.fullmatch(verb):
            return verb + rest[m.end() :]
    return rest


def _stated(sentence: str) -> str:
    """A request that was framed as a question, ended as an order ("…?" → "….")."""
    return rx(r"\s*\?+\s*$").sub(".", sentence)


# What makes a sentence more than a remark: a number, a wish or a word of who should act.
_NO_REMARK = re.compile(
    r"\d|\b(?:please|pls|plz|need|needs|want|wants|wanna|should|must|can|could|would|will|"
    r"let'?s|make|keep|go|get|give|put|stay|only|more|less|fewer|up|down|instead|asap|now|"
    r"rn|today|tonight)\b",
    re.I,
)


_AUX_OPENS = re.compile(
    rf"^\W*{_OPENING}(?:is|are|was|were|does|do|did|has|have|had|isn'?t|aren'?t|wasn'?t|"
    r"doesn'?t|didn'?t|hasn'?t|haven'?t)\b",
    re.I,
)


def _remark(sentence: str) -> bool:
    """Round 32 (gap35b): whether ``sentence`` only remarks (a short statement, never a
    question, with no word of doing and nothing of :data:`_NO_REMARK`): "saw a blip", "users
    noticed it", "just curious"."""
    return (
        not sentence.rstrip().endswith("?")
        and len(sentence.split()) <= 8
        and not _DOING.search(sentence)
        and not _NO_REMARK.search(sentence)
    )


def _asks_state(sentence: str, *, alone: bool) -> bool:
    """Whether ``sentence`` asks how things are (it must end with "?", unless it is all that
    was said)."""
    if not _STATE_QUESTION.match(sentence) or _POSSIBLE.match(sentence):
        return False
    if sentence.rstrip().endswith("?"):
        return True
    # Unmarked, only a sentence that cannot be an order ("is payments autoscaling"): "do …",
    # "have …" and a wh-word may start one ("have frontend at 3", "when it hangs restart it").
    return (
        alone
        and not _WH_OPENS.match(sentence)
        and not rx(rf"^\W*{_OPENING}(?:do|have|had)\b", re.I).match(sentence)
        # A clock's colon ("did worker restart at 02:10") opens no clause.
        and not rx(r"[,;]|:(?!\d)").search(sentence)
    )
