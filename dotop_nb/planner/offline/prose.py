"""Prose punctuation read as the words it stands for, before the guard looks for shell syntax.

Engineers type "frontend -> ghcr.io/acme/frontend:2.1.1" (an arrow for "to"), "… at all; give it
100m cpu + 128Mi memory" (a semicolon between clauses, a plus between quantities) and
"cart & web". The guard refuses shell metacharacters (:func:`.guard.syntax`), and it must keep
refusing them where they could be shell or part of a value: inside a token (``app:1;touch x``,
``$(…)``, ``a|b``, ``x&&y``), or right after a value (``…:1; touch x``, ``X=1; rm …``). So only
punctuation that cannot be either is rewritten, and only when it stands between words, with
spaces around it:

- `` -> `` / `` => `` / ``→`` → " to ";
- ``; `` between clauses ("at all; give it", "only 100m; kindly …", "(max 8); the …") → ", ",
  and after an image or a version when a closed word of prose opens the next clause
  ("…:1.0.3; leave …");
- step markers "1) … 2) …" → ", then " (when they count 1, 2, 3 … in order);
- "3 reps" → "3 replicas" (a count's chat short form), and "the my-api reps" (reps a workload
  has);
- "req 100m/128Mi, lim mem 256Mi", "req/lim": chat short forms of requests and limits, before
  a quantity (or a resource word and a quantity), or paired with each other;
- `` + `` between quantities or words ("100m cpu + 128Mi memory"; never before a bare number,
  "+ 2 replicas" is relative) and `` & `` between words → " and " (never before a preposition,
  "debug & on my-api": it joins nothing there).

Everything else is left as typed, for the guard to ask about. Pure text; nothing else changes.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import emoji, kubectl, numbers, voices
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

_ARROW = re.compile(r"(?<=\S)\s+(?:->|=>|\u2192)\s+(?=\S)|\s*\u2192\s*")
# Round 35 (gap38d): logic's negation sign, "restart the cache StatefulSet, ¬ the cache
# Deployment", "¬frontend": "not", so what it excludes is read as excluded (never dropped as
# punctuation, which planned the object refused).
_NOT_SIGN = re.compile(r"\u00ac\s*")
# An arrow from what is so to what to do: "worker OOMs rendering PDFs -> memory limit 1Gi,
# request 512Mi", "has no resources at all -> requests 250m cpu": after it a field and its
# value, before it words with no number (never "limit 256Mi -> 512Mi", a value's change). It
# ends a clause ("therefore"), never "to": the fact before it is no value of the change.
_ARROW_THEREFORE = re.compile(
    r"(?<![\w.:/-])(?P<before>[a-z][a-z'-]*\)?)\s+(?:->|=>|\u2192)\s+"
    r"(?=(?:(?:the|its|a|an)\s+)?(?:(?:cpu|memory|mem|ram)\s+)?(?:requests?|limits?|cpu|memory|"
    r"mem|ram)\b[^,;.\d]{0,20}\d)",
    re.I,
)
# A semicolon between clauses, with a space after it and a word (not a command) after that: after
# a plain or hyphenated word ("non-root; the app …"), a change ticket's id ("per CHG-20560; it
# processed …"), a closing parenthesis ("(cpu 70%, max 8); the minimum …") or a lone quantity
# or version ("only 100m; kindly align …", "to v1.31.2; the sidecar …"), which ends at the
# space anyway. Never after a value a shell or a field could continue: an assignment or a
# reference ("my-api:1; touch x", "X=1; rm", "a/b; …"), nor inside a token ("a;b").
_SEMICOLON = re.compile(
    r"((?<![\w\-./:=@$])(?:[a-z]+(?:[-'][a-z]+)*(?:-\d+)?|v?\d+(?:\.\d+)*(?:[a-z]{1,3}|%)?)|\))"
    # (round 24: or a count a clause of prose opens with — "; 1.2 million bills go out Monday")
    r"\s*;\s+(?=[a-z(]|\d[\d.,]*\s+[a-z]{3,}\b)",
    re.I,
)
# After an image or a version ("…/orders:1.0.3; leave the envoy sidecar as is"), a semicolon is a
# clause break only when a closed word of prose opens the next clause — a word that begins an
# instruction or a statement and is no command (a shell would run "touch" or "rm" there, never
# "leave" or "it's"). Never after an assignment ("X=1; leave …": a value may hold ";"), and not
# before a bare noun phrase ("…:1.2; the rest", "…; the old one stays"): still asked.
_VALUE_SEMICOLON = re.compile(
    r"(?<=[\w)\]])\s*;\s+(?=(?:leave|keep|don'?t|do\s+not|not|but|it'?s|we'?re|we'?ve|"
    r"they'?re|i'?m|please|pls|also|otherwise|only|just)\s|"
    # "…:v1.30.2; the app container is out of scope": a container said kept, in a clause.
    r"(?:the|its)\s+(?:[\w-]+\s+)?(?:container|sidecar|proxy)\s+(?:is|are|stays?|remains?|must|"
    r"should|isn'?t)\s)",
    re.I,
)
_TOKEN_BEFORE = re.compile(r"\S*$")
# Round 35 (gap38b): "REGION := chile", a key defined as a mathematician or a Pascal / Go
# programmer writes it: "REGION=chile" (a key in capitals only; never inside a token).
_DEFINED = re.compile(r"(?<![\w\-./:=@$])([A-Z][A-Z0-9_]{1,62})[ \t]*:=[ \t]*(?=[^\s=:])")
# Round 29 (gap32b): objects listed as kubectl lists them, KIND/NAME after KIND/NAME with only a
# space between ("rollout restart deploy/my-api deploy/frontend"): each of them, "… and …" (a
# kubectl line itself is read by :mod:`.kubectl`, which takes the list as typed).
_REF = r"(?:deploy|deployments?|sts|statefulsets?|ds|daemonsets?)/[a-z0-9][a-z0-9\-]*"
_REFS_LISTED = re.compile(rf"(?<![\w\-./])({_REF})[ \t]+(?={_REF}(?![\w\-/]))", re.I)
# Round 29 (gap32b): a semicolon that ends the message after a plain word or a bracket ("Can you
# make the price API one pod less;", "make it x3;"): the Greek question mark (or
# a slip for a stop), nothing after it for a shell to run. Read as "?". Never after a value or
# an assignment ("X=1;", "my-api:1.2;", "a/b;"): still asked.
_END_SEMICOLON = re.compile(r"(?<![\w\-./:=@$])([a-z0-9]+(?:[-'][a-z0-9]+)*|\))\s*;\s*$", re.I)


def _value_semicolon(m: re.Match[str]) -> str:
    """ ", " for a semicolon :data:`_VALUE_SEMICOLON` found, unless an assignment is before it."""
    token = _TOKEN_BEFORE.search(m.string[: m.start()])
    return m.group(0) if token is None or "=" in token.group(0) else ", "


# Commands a shell would run after a separator: never read as the next clause of a sentence.
_COMMAND = re.compile(
    r"(?:touch|rm|curl|wget|sh|bash|zsh|echo|cat|chmod|chown|kill|nc|python|perl|eval|exec|"
    r"sudo|mv|cp|dd|mkfs|shutdown|reboot|kubectl|helm|export|source)\b",
    re.I,
)
# "+ 2 replicas" stays: a plus before a bare number is relative (read by the scale rule).
_ON_FIELD = re.compile(r"(?i)\b(limits?|requests?)\s+(?:\+|plus)\s*(?=\d)")
# Round 40 (attack46): never before a preposition, which joins nothing ("set LOG_LEVEL=debug &
# on my-api": the sign stays, asked by the guard).
_JOIN = re.compile(
    r"(?<=[\w)%])\s+(?:&|\+(?!\s*\d+(?:\s|$)))\s+(?=[\w(])"
    r"(?!(?:on|in|at|to|for|from|of|into|onto|with|by)\b)"
)


# A kubectl command pasted from a terminal or a runbook: the prompt before it ("$ kubectl …"),
# a comment after it ("…   # runbook step 4"), a note in parentheses at its end ("(step 2)"),
# and a read-only command before an arrow ("kubectl rollout history … shows rev 1 was fine ->
# kubectl rollout undo …") are not part of what to run. "$(", "`", "|" and ";" stay, asked.
_PROMPT = re.compile(r"^\s*\$\s+(?=kubectl\s)")
# "`kubectl rollout undo deploy/checkout` # play checkout": the command quoted as inline code
# (markdown's backticks, no shell's: nothing else inside them), round 28.
_CODE = re.compile(r"^\s*`(?P<cmd>\s*(?:\$\s+)?kubectl\s[^`$;|&<>()\\]*)`(?P<rest>[^`]*)$")
# "no time today, can someone run this for me: kubectl …": a request to run the command, in
# words that say nothing else (no name, number or condition), before a colon.
_ASKED_TO_RUN = re.compile(
    r"^\s*(?:(?:hey|hi|hello|team|all|folks|no|time|today|now|busy|sorry|quick(?:ly)?|"
    r"pls|plz|please|kindly|can|could|would|will|someone|somebody|anyone|you|u|one|of|"
    r"run|execute|exec|apply|do|this|that|these|the|following|command|commands|below|line|"
    r"for|me|us|thanks|thx|ty|and)[\s,.!?]*)+:\s*(?=kubectl\s)",
    re.I,
)
_COMMENT = re.compile(
    r"\s+#\s.*$|"
    # Round 39 (gap42a, blind42): a note after the command marked some other way — an arrow
    # pointing back at it ("…   <- dat's the peeler payments, do it for me cher"), a double
    # dash and words after a gap ("…  -- the seafood orders all hung up": never kubectl's own
    # "--", glued to a flag or said after one space), words in brackets closing the line ("…
    # (bed-count redis)"): a comment as "# …" is, read before the command.
    r"\s+(?:<-+|<=+|\u2190)\s.*$|\s{2,}--\s+(?=[a-z])[^\n]*$|"
    r"\s+\((?=[^()\n]*[a-z])[^()\n=/$`|;&<>]*\)\s*$|"
    # Round 40 (oa46, attack45): a note marked as code comments and chat mark one ("…   // as
    # agreed", "…  — we need it"), and a courtesy alone after a gap ("…   takk", "…   pls").
    r"\s+(?://+|[\u2014\u2013])\s*(?=[a-z])[^\n]*$|"
    r"\s{2,}(?=(?:thanks|thank\s+you|please|cheers|ta|ty|thx|pls|plz|"
    + voices.alternation(voices.THANKS | voices.PLEASE)
    + r")\W*$)[^\n]*$",
    re.I,
)
# Round 40 (oa46, attack45): the same note after a double dash and one space ("… --replicas=5 --
# pls", "… -- for the sale"), unless the command takes its own words after "--" (``kubectl
# create cronjob … -- echo hi``, ``exec``, ``run``, ``debug``): read as a comment too.
_DASH_NOTE = re.compile(r"\s--\s+(?=[a-z])[^\n]*$", re.I)
_TAKES_ARGS = re.compile(r"^\s*kubectl\s+(?:.*\s)?(?:create|run|exec|debug|attach)\s", re.I)
# A comment that only files the command ("# runbook step 4", "# see OPS-812", "# fyi"): dropped.
# Any other ("# only if smoke tests fail", "# tonight", "# DO NOT RUN", "# and delete payments")
# may change what or when to run: it is read as a note said before the command, where the
# readings of times, conditions, prohibitions and further actions see it.
_FILING = re.compile(
    r"^(?:(?:runbook|step|stage|phase|see|per|from|ticket|note|ref|cf|fyi|via|source|cc|"
    r"as\s+(?:discussed|agreed|planned)|thanks|thx|ty|"
    # (Round 40, oa46: thanks or please in another tongue, "…   # gracias", "…   takk".)
    + voices.alternation(voices.THANKS | voices.PLEASE)
    + r")\b[\w\s,.:/#()-]*|[\w./-]*\d[\w./-]*)$",
    re.I,
)
# Round 30 (gap33a): a comment that only says why — the object's fault, said in the present ("#
# blocks every drain", "# it blocks node drains", "# too strict, blocks upgrades", "# unused"):
# dropped like a filing, so its words name no other change. Anything with a time, a condition,
# a negation, a number or a further verb of change is a note, as above.
_WHY_NOTE = re.compile(
    r"^(?:(?:it|this|that|they|which)\s+)?(?:(?:is|are|'s|was)\s+)?(?:(?:way|far|much)\s+)?"
    r"(?:too\s+(?:strict|tight|aggressive|noisy|big|slow)|blocks?|blocking|breaks?|breaking|"
    r"stuck|broken|flaky|flapping|useless|obsolete|unused|orphaned|stale|leaking|leaks)\b"
    r"(?:[\s,]+(?:every|all|the|our|node|nodes|drains?|upgrades?|maintenance|rollouts?|evictions?|"
    r"deploys?|patching|anything|everything|too|blocks?|breaks?|and|strict|tight))*\s*$",
    re.I,
)
# A comment that only says what stays: "# keep the statefulset", "# leave its pvc", "# the
# deployment stays". (Nothing else: "# keep it until 17:00" holds a time, and is a note.)
_KEPT_NOTE = re.compile(
    r"^(?:(?:but|and|just|only)\s+)?(?:keep|leave|retain|preserve|spare)\s+(?:the|its|their)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:\s+(?:alone|intact|running|as\s+is))?$|"
    r"^(?:the|its|their)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:stays?|remains?|is\s+kept)$",
    re.I,
)
# Round 39 (gap42a): a note that says the command itself did harm ("<- this broke prod last
# time", "# that took down checkout"): a warning shown with it, never a go-ahead.
_WARNED = re.compile(
    r"^(?:this|that|it|which)(?:\s+(?:one|command|line))?\s+(?:(?:has|had|just|once|also)\s+)?"
    r"(?:broke|breaks|caused|causes|took\s+down|takes\s+down|killed|kills|crashed|crashes|"
    r"failed|fails|nuked|wiped|brought\s+down|blew\s+up)\b",
    re.I,
)
# Round 39 (attack45 on the merge): a note that doubts or changes the command it follows ("#
# actually 5", "(hmm 6?)", "<- never run this in shop", "# ticket says 7"): a correction, a
# question, a negation of the act or of when or where it runs (never "not redis", which only
# says which object it is), or a number beside a command that is given a number of its own. None of
# it is a comment to drop, nor a note to read before the command (a reader could take the
# command alone): it is asked, however the note is marked.
_DOUBTING = re.compile(
    r"\?|\b(?:actually|hmm+|maybe|perhaps|wait|instead|rather|or|never|don'?t|do\s+not|"
    r"doesn'?t|won'?t|shouldn'?t|mustn'?t|can'?t|cannot|unless|until|later|no\s+way|"
    # ("not" of a time, a place or the act; "# the proxy, not redis" only says which it is)
    r"not(?=\s+(?:now|yet|today|tonight|until|till|before|after|in|on|here|there|this|that|it|"
    r"sure|run|to|ok|okay|safe|approved|allowed)\b))\b|"
    # Round 40 (lead, attack47): a change said to last only a while, or to be taken back ("//
    # for an hour", "# temporary", "# for the auction only", "(revert after)"): a change that
    # ends is asked, as in words. (Not durations' reader yet: in words it plans "for now", by
    # decision, and "(for the auction only)", ", roll it back later"; one list wants one policy.)
    r"\b(?:temporar\w*|revert\w*|undo|roll\s+(?:it\s+)?back|then\s+back|"
    r"during|while|for\s+(?:a|an|one|two|three|\d+|a\s+few|a\s+couple\s+of)\s+"
    r"(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|nights?|while|bit|moment)|"
    r"for\s+(?:now|today|tonight|the\s+(?:weekend|night|day)s?)|for\s+the\s+[\w\-]+\s+only|"
    r"only\s+(?:for|during|while|until|till|today|tonight))\b",
    re.I,
)
# A number of its own in the note (not an id's: "OPS-812", "#4521", "step 4", "v1.2").
_NOTE_NUMBER = re.compile(
    r"(?<![\w\-#/.:])(?<!\bstep\s)(?<!\bstage\s)(?<!\bphase\s)(?<!\bline\s)(?<!\bitem\s)"
    r"\d+(?![\w\-/.:])",
    re.I,
)
# A command given a number of its own (a count, a bound, a target, a quantity).
_NUMBERED = re.compile(r"--(?:replicas|min|max|cpu-percent)\b|\b(?:requests|limits)=", re.I)


def _doubting(note: str) -> Clarify:
    return Clarify(
        f"The note after the command, {note!r}, may change or doubt what it does, so I changed "
        f"nothing. Say the command alone if it is to run as it is, or the change you want in words."
    )


def _doubted(said: str, line: str) -> bool:
    return bool(_DOUBTING.search(said)) or bool(
        _NOTE_NUMBER.search(said) and _NUMBERED.search(line)
    )


# Round 32 (gap35b): a comment on a plain delete that only says what the object is, an old one
# ("# old lb for contractor payments", "# legacy svc from the v1 api", "# leftover from the
# migration"): the reason it goes, dropped like a why-note. No digit, time, condition,
# negation or further verb: those stay notes.
_OLD_NOTE = re.compile(
    r"^(?:(?:it'?s|its|this\s+is|that'?s|the|an?)\s+)?(?:old|obsolete|legacy|leftover|"
    r"deprecated|retired|former|dead|orphan(?:ed)?|stale|unused)\b"
    r"(?![^#]*\b(?:if|unless|until|when|after|before|once|tonight|tomorrow|later|not|no|don'?t|"
    r"never|and|then|but|maybe|sure|check|ask|first)\b)[a-z\s/.-]*$",
    re.I,
)
# A pasted delete of one object with no flag: "kubectl delete svc postgres", "… deploy/worker".
_PLAIN_DELETE = re.compile(
    r"^kubectl\s+delete\s+(?P<what>[a-z][\w.\-]*(?:/|\s+)[a-z0-9][\w.\-]*)$", re.I
)
_NOTE = re.compile(r"\s+\((?:runbook|step|see|per|from|ticket|note)\b[\w\s,.#-]*\)\s*$", re.I)
# Round 19: "… FEATURE_FLAG-    (i.e. remove it)", "… --replicas=0 (that is, stop it)": a gloss
# that restates the command in words (a few words, no number, name or value of its own) says
# nothing the command does not: dropped.
_GLOSS = re.compile(
    r"\s+\(\s*(?:i\.?\s?e\.?|that\s+is|meaning|in\s+other\s+words|aka|read)[,:]?\s+"
    r"(?:[a-z']+\s*){1,6}\)\s*$",
    re.I,
)
_THEN = re.compile(r"\s+(?:->|=>|\u2192)\s+(?=kubectl\s)")
_READ_ONLY = re.compile(
    r"^\s*kubectl\s+(?:get|describe|logs|top|rollout\s+(?:history|status))\s[^;|&`$<>\\]*$"
)


# A dry run shown and then made: "… --dry-run=client -o yaml   # then apply it", "… --dry-run=client
# -o yaml | kubectl apply -f -". The change is what the command says, so the dry run goes (the
# plan is dry-run on the server anyway); a dry run alone stays and is said to change nothing.
_DRY_RUN = re.compile(r"\s--dry-run(?:=(?:client|server))?(?=\s|$)")
_APPLIED = re.compile(
    r"\s*(?:\|\s*kubectl\s+apply\s+-f\s*-|#\s*(?:(?:and|then|,)\s*)*(?:kubectl\s+)?apply"
    r"(?:\s+(?:it|that|this|them|the\s+(?:output|result|manifest)))?"
    r"(?:\s+(?:afterwards|after|too|right\s+after))?)[\s.!]*$",
    re.I,
)


def pasted(text: str) -> str:
    """The kubectl command of a line pasted from a terminal or a runbook (see above); any other
    text as it is. Raises :class:`Clarify` when a note after the command doubts or changes it."""
    if code := _CODE.match(text):
        text = f"{code.group('cmd').strip()}{code.group('rest')}"
    line = _PROMPT.sub("", _ASKED_TO_RUN.sub("", kubectl.openshift(text), count=1))
    if not rx(r"^\s*kubectl\s").match(line):
        return text
    if _DRY_RUN.search(line) and (applied := _APPLIED.search(line)):
        line = _DRY_RUN.sub("", line[: applied.start()])
    parts = _THEN.split(line)
    if len(parts) > 1 and all(_READ_ONLY.match(p) for p in parts[:-1]):
        line = parts[-1]
    note = ""
    # (A gloss or a filing in brackets is dropped before a bracket is read as a note, unless
    # it doubts the command: "(ticket says 2)" beside "--replicas=3".)
    if (filed := _NOTE.search(line)) and _doubted(filed.group(0).strip(" ()"), line):
        raise _doubting(filed.group(0).strip())
    line = _GLOSS.sub("", _NOTE.sub("", line))
    if (comment := _COMMENT.search(line)) or (
        not _TAKES_ARGS.match(line) and (comment := _DASH_NOTE.search(line))
    ):
        said = comment.group(0).strip().lstrip("#<=-\u2190/\u2014\u2013").strip(" .")
        if said.startswith("(") and said.endswith(")"):
            said = said[1:-1].strip(" .")
        line = line[: comment.start()]
        if said and _doubted(said, line):
            raise _doubting(said)
        note = "" if not said or _FILING.match(said) or _WHY_NOTE.match(said) else said
        if _WARNED.match(said):
            return text  # (a warning about the command itself: asked as typed)
    line = _GLOSS.sub("", _NOTE.sub("", line)).strip()
    if note and _OLD_NOTE.match(note) and _PLAIN_DELETE.match(line):
        return line
    if note and _KEPT_NOTE.match(note) and (delete := _PLAIN_DELETE.match(line)):
        # "kubectl delete svc postgres   # keep the statefulset": what the delete keeps, said
        # after it in words, where the delete rule reads what stays and checks the plan by it.
        return f"delete {delete.group('what')}, {note}"
    return f"({note}): {line}" if note else line


# Round 43 (blind46): "rolling restart of frontend, don't kill pods manually": killing pods by
# hand is deleting them — the prohibition a restart keeps, said with delete's verb (never a
# scale down, which "kill two pods" is).
_KILL_BY_HAND = re.compile(
    r"\b(?P<neg>(?:don'?t|do\s+not|never|no|without)\s+)kill(?P<ing>ing)?"
    r"(?P<what>\s+(?:any\s+|the\s+|its\s+|their\s+)?pods?\s+(?:manually|by\s+hand|yourself|"
    r"directly|individually|one\s+by\s+one)\b)",
    re.I,
)


def normalize(text: str) -> str:
    """``text`` with its prose punctuation said in words (see the module docstring)."""
    text = emoji.said(text)  # ":scream:" between words ends a clause (:mod:`.emoji`)
    if "kill" in text.lower():
        text = _KILL_BY_HAND.sub(
            lambda m: f"{m['neg']}{'deleting' if m['ing'] else 'delete'}{m['what']}", text
        )
    if "\u00ac" in text:
        text = _NOT_SIGN.sub("not ", text)
    text = _ARROW.sub(" to ", _ARROW_THEREFORE.sub(r"\g<before>, ", numbers.points(text)))
    if ":=" in text:
        text = _DEFINED.sub(r"\1=", text)
    text = _SEMICOLON.sub(lambda m: _unless_command(m, f"{m.group(1)}, "), text)
    text = _VALUE_SEMICOLON.sub(_value_semicolon, text)
    if text.rstrip().endswith(";"):
        text = _END_SEMICOLON.sub(r"\1?", text)
    if "/" in text and not kubectl.is_command(text):
        text = _REFS_LISTED.sub(r"\1 and ", text)
    text = _REPS.sub(r"\1 replicas", text)
    text = _REQ_LIM.sub(lambda m: "requests and limits", text)
    text = _SHORT.sub(
        lambda m: "requests" if m.group(1).lower().startswith("r") else "limits", text
    )
    text = _THE_REPS.sub(r"\1 replicas", text)
    text = _EM.sub("them", text)
    text = _DECOM.sub(lambda m: f"{m.group(1)}decommission", text)
    text = _HOW_IT_IS.sub(r"\1as is", text)
    if "touch" in text or "leave" in text or "Leave" in text or "TOUCH" in text:
        text = _KEPT_FIRST.sub(_kept_first, text)
    # "memory limit + 1Gi", "limit plus 1Gi": a plus after the field is an amount on top of
    # it (sizing), never "and" — the sign is kept glued to the amount.
    text = _ON_FIELD.sub(r"\1 +", text)
    if " %" in text or "\u00a0%" in text or "\u202f%" in text:
        text = _spaced_percent(text)
    if any(c.islower() for c in text):
        # "delete the sts but KEEP the headless svc": a word of the sentence said in capitals
        # for emphasis is that word (never a variable's name: one is said with its value).
        text = _EMPHASIS.sub(lambda m: m.group(0).lower(), text)
    text = _STEP_HEADER.sub(lambda m: f"{m.group('note') or ''} ".lstrip(), _steps(text), count=1)
    return _JOIN.sub(lambda m: _unless_command(m, " and "), text)


# Round 34 (gap37a): "cpu 75 %", the percent sign after a space as Finnish, French or German
# typography sets it: the same percentage as "75%" — never inside quotes (a value as said).
_SPACED_PERCENT = re.compile(r"(?<![\w.])(\d{1,3}(?:[.,]\d+)?)[ \u00a0\u202f]%(?![\w%])")
_QUOTES = re.compile(r"\"[^\"]*\"|'[^'\s][^']*'|`[^`]*`")


def _spaced_percent(text: str) -> str:
    quoted = (
        [(q.start(), q.end()) for q in _QUOTES.finditer(text)] if rx(r"[\"'`]").search(text) else []
    )
    return _SPACED_PERCENT.sub(
        lambda m: m.group(0) if any(a <= m.start() < b for a, b in quoted) else f"{m[1]}%", text
    )


# English words people shout for emphasis in a sentence otherwise in lower case.
_EMPHASIS = re.compile(
    r"(?<![\w\-./$'\"])(?<!\benv\s)(?<!\bvar\s)(?<!\bkey\s)(?<!\bvariable\s)"
    r"(?:KEEP|KEEPS|LEAVE|STAY|STAYS|NOT|NEVER|ONLY|JUST|BUT|EXCEPT|DON'T|DONT|DO|NO|NOTHING|"
    r"ALL|BOTH|MUST|ALSO|NOW|FIRST|THEN|BEFORE|AFTER|ALONE|UNTOUCHED|PLEASE|PLS|ASAP|AND|OR)"
    r"(?![\w\-./'\"]|\s*[=:])"
)


# "decom the worker deployment", "pls decomm the old cache": operations' shorthand for
# decommission, read only as the verb opening a clause before its object ("decom sheet row 3",
# "decom.csv" name a document).
_DECOM = re.compile(
    r"((?:^|[,;:.!]\s*|\b(?:please|pls|plz|then|and|to|can\s+you|let'?s)\s+))decomm?"
    r"(?=\s+(?:the|this|that|these|those|our|my|their|its|deployment|statefulset|daemonset|sts|"
    r"deploy)\b)",
    re.I,
)


# "leave the PDB how it is", "keep the limits the way they are", "leave it like it is" (a
# calque of 'como está'): as is.
_HOW_IT_IS = re.compile(
    r"(\b(?:leave|leaving|keep|keeping)\s+(?:[\w\-']+\s+){0,3}?)(?:how|the\s+way|like)\s+"
    r"(?:it|they)\s+(?:is|are)\b(?!\s+(?:now\s+)?(?:but|except|with|at|to|on)\b)",
    re.I,
)


# Round 36 (gap39b): what stays said first, its verb after, as Czech or Hebrew word order puts
# it ("…. The statefulsets postgres and cache, don't touch", "…, but the PDB of orders leave as
# is"): "don't touch the statefulsets …", "leave the PDB of orders as is". Only an object said
# with an article or by its kind (never a clause opened by a verb: "restart orders, don't touch").
_KEPT_OBJECTS = (
    r"(?:(?:the|its|their)\s+|(?=(?:deployments?|statefulsets?|daemonsets?|sts|pdbs?|services?|svc|"
    r"configmaps?|hpas?)\b))[a-z0-9][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?"
    r"(?!(?:we|i|you|they|please|pls)\b)[a-z0-9][\w\-]*){0,3}?"
    r"(?:(?:\s*,\s*|\s+and\s+)[a-z0-9][\w\-]*){0,4}"
)
_KEPT_FIRST = re.compile(
    r"(?P<lead>(?:^|[.;!]\s+|,\s+)(?:(?:but|and)\s+)?)"
    # (with its subject said too: "the PDB of orders we don't touch")
    rf"(?P<objs>{_KEPT_OBJECTS})\s*,?\s+(?:(?P<who>(?:we|i|you|they)\s+)?"
    r"(?P<neg>don'?t|do\s+not|never)\s+touch|"
    r"leave\s+(?P<how>as\s+(?:it\s+)?is|alone|untouched))(?:\s+(?:please|pls))?"
    r"(?=\s*(?:[.!,;]|$))",
    re.I,
)


def _kept_first(m: re.Match[str]) -> str:
    if m["neg"]:
        return f"{m['lead']}{m['who'] or ''}{m['neg']} touch {m['objs']}"
    return f"{m['lead']}leave {m['objs']} {m['how']}"


# "bounce em", "kick 'em all": them, as said on call (after a verb, ending its clause).
_EM = re.compile(
    r"(?<=[a-z]{3}\s)'?em\b(?!['\-])(?=\s*(?:$|[,.;!?)]|\b(?:all|both|please|pls|plz|now|again|too|"
    r"asap|then|and)\b))",
    re.I,
)


# "req 100m", "lim mem 256Mi", "reqs: 200m/256Mi", "req/lim", "req from 100m to 300m" (an
# arrow, :mod:`.fields`): requests and limits in chat.
_QUANTITY_AFTER = r"(?=\s*[:=]?\s*(?:from\s+)?(?:(?:cpu|mem|memory|ram)\b\s*[:=]?\s*)?\d)"
_REQ_LIM = re.compile(r"\b(?:reqs?|requests?)\s*(?:/|&|\band\b)\s*(?:lims?|limits?)\b", re.I)
_SHORT = re.compile(rf"\b(reqs?|lims?)\b{_QUANTITY_AFTER}", re.I)


# A numbered list of steps: "1) set … 2) verify …", "(1) … (2) …", "1. … 2. …" (each marker
# before a word). Read only when the markers count 1, 2, 3 … in order.
_MARKER = re.compile(r"(?:(?<=\s)|^)(?:\((\d{1,2})\)|(\d{1,2})[).])\s+(?=[a-z])", re.I)


_STEP_END = re.compile(r"(?:\)|(?<![\w=:/@$.\-])[a-z][a-z'\-]*[a-z])\s*[;,]$", re.I)


def _steps(text: str) -> str:
    """``text`` with its step markers said as clause separators ("1) a 2) b" → "a, then b")."""
    marks = list(_MARKER.finditer(text))
    numbers = [int(m.group(1) or m.group(2)) for m in marks]
    if len(marks) < 2 or numbers != list(range(numbers[0], numbers[0] + len(marks))):
        return text
    out, start = [], 0
    if _TITLE.match(text[: marks[0].start()]):
        # "Runbook RB-12 (after cert rotation): 1) …": the list's title, no step of it.
        start = marks[0].start()
    for i, m in enumerate(marks):
        before = text[start : m.start()].rstrip()
        if i and _STEP_END.search(before):
            # (Round 28, gap30: "1) restart …; 2) restart …": the step's own separator goes,
            # after a plain word or a bracket only — never after a value, "X=1; 2) …".)
            before = before[:-1].rstrip()
        if i and _CHECK.match(before):
            # "2) verify pods are coming up 3) close ticket": a step for people, not a change.
            before = ""
        out.append(before + (", then " if i and before else " " if before else ""))
        start = m.end()
    last = text[start:]
    if _CHECK.match(last):
        last = ""
    return rx(r"(?:,\s*then\s*)+$").sub("", "".join(out).rstrip() + " " + last).strip()


# A step that checks, watches or tells someone: nothing to change ("2) verify 3 pods run" is a
# check of what step 1 did, never a count to plan).
_CHECK = re.compile(
    r"^\s*(?:and\s+)?(?:verify|check|confirm|watch|monitor|look|observe|review|test|smoke[- ]test|"
    r"close|resolve|notify|inform|tell|ping|post|announce|document|report|wait|validate)\b",
    re.I,
)
# The title of a list of steps: a document's name and number, and a note, before a colon.
_TITLE = re.compile(
    r"^\s*(?:(?:the|our|my|per)\s+)?(?:runbook|run\s+book|playbook|procedure|checklist|sop|"
    r"steps?|plan|todo|to-do|action\s+items?|rb|pb)\b[^:]{0,60}:\s*$",
    re.I,
)
# A comment or markdown mark may open it ("# step 1:", "- step 2:", "// step 3:"), and a note in
# brackets may follow its number: "# step 7 (only if smoke tests fail): …" keeps the note, which
# says when (waits).
_STEP_HEADER = re.compile(
    r"^\s*(?:(?:#+|//|--|[*>\-]+)\s*)?(?:[\w\-]+\s+){0,3}?(?:step|phase|stage)\s+#?\d{1,3}"
    r"(?:\s+of\s+[^:()]{1,40})?\s*(?P<note>\([^()]{1,80}\))?\s*:\s+",
    re.I,
)


# "give it 4 reps", "payments to 3 reps": the chat short form of replicas, only after a count.
_REPS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+reps?\b(?![\w\-])", re.I
)


# "double the my-api reps", "halve its reps": the replicas a workload has, after a determiner
# (and at most one name); never a word glued to a name ("my-api-reps").
_THE_REPS = re.compile(r"\b((?:the|its|their)(?:\s+[a-z0-9][\w\-]*)?)\s+reps\b(?![\w\-])", re.I)


def _unless_command(m: re.Match[str], said: str) -> str:
    """``said`` for the separator, unless a shell command follows it (then it stays, asked)."""
    return m.group(0) if _COMMAND.match(m.string[m.end() :]) else said
