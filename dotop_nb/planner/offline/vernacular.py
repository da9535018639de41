"""Orders told of in Jamaican Patois, Nigerian Pidgin, Singlish and Scots (round 38, m44a).

attack44 found the readers of reports, negations and plans (:mod:`.hearsay`, :mod:`.negated`,
:mod:`.roles`) read English words, so an order said with a dialect's particle of hearsay,
negation or another's plan was planned as if asked for now. This module reads the particle
before an order's verb and asks; whether or not the dialect's other words are read elsewhere
(:mod:`.tongues`), the question stands:

- hearsay: Patois "seh" (says) and "mi hear seh", Pidgin "talk say", "X tell mi fi …",
  Singlish "X say must …" — "dem seh fi restart worker", "Bob seh fi set LOG_LEVEL=debug on
  my-api", "oga talk say make we restart orders", "boss say must scale payments to 4";
- another's plan or one's own for later: Patois "a go" (going to) and "gwine", "X fi …" (X is
  to …), Pidgin "na X go …" and "we go …", Scots "X's gonnae …", "I'm gaun tae …" — "mi hear
  seh dem a go scale worker to 6", "Marcia fi scale orders tomorrow", "na Tunde go scale
  orders to 2", "we go scale checkout to 6 tomorrow by God's grace", "Morag's gonnae scale
  worker tae 8";
- a negation or a past act before the verb: Patois "nuh", "doan", "nah", "neva", "nuh badda",
  "mi nuh waan", Pidgin "no", "don" (has) — "nuh restart worker", "doan scale orders to 9",
  "nuh badda delete frontend", "no scale payments o";
- a thought of a change with its g dropped: "thinkin' 'bout scalin' frontend to 4", "fixin' to
  restart worker".

A particle closing a clause is a softener of the order, never one of these ("tek worker to 3
replicas nuh", "gi checkout a restart nuh"), and a particle whose words run to no order's verb
tells of something else ("restart now, bredda seh it a lag": planned).
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import guard, kindwords, voices
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

# An order's verb, as said or with its dialect's spelling ("gi", "tek", "mek … run").
_VERB = (
    rf"(?:{guard.VERBS}|put|gi|give|gie|tek|take|bring|move|turn|switch|run|kick|reboot|cycle|"
    r"redeploy|roll\s+back|bounce|start|stop|pause|resume|touch|bump|pin)"
)
_END = r"(?![\w\-'])"
# Words that may stand between a particle and the verb it is about: who does it, "fi" (to),
# "mek"/"make" (let), a modal, "a go" (going to).
_BETWEEN = (
    r"(?:fi|fe|mek|make|dem|wi|we|unu|una|yuh|you|mi|me|him|im|she|he|they|us|a\s+go|ago|go|"
    r"must|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to|haffi|hafi|should|shud|want\s+to|"
    r"wan|waan|to|tae|di|de|the|can|will|just|also|quickly)"
)
_I = re.I

# Hearsay: what follows the particle is another's word.
_SAID = rx(
    rf"(?<![\w\-'])(?P<mark>{voices.PATOIS.hearsay}|{voices.PIDGIN.hearsay}|"
    r"tell\s+(?:mi|me|wi|us|dem|yuh|unu|una)\s+"
    r"(?:fi|fe|mek|make)|(?<=[a-z] )(?<!\bi )(?<!\byou )(?<!\bu )(?<!\bwe )(?<!\bto )"
    r"(?<!\bjust )(?<!\bplease )(?<!\bcan )say(?=\s+(?:must|need|needs|have|has|got|should|"
    rf"want|wan|make|mek|to|fi|{_VERB}){_END}))"
    rf"(?:\s+{_BETWEEN}{_END})*\s+(?P<verb>{_VERB}){_END}",
    _I,
)
# Another's plan, or one's own for later: "a go" / "gwine" (going to), "na X go", "we go",
# "X's gonnae", "X fi VERB" (X is to do it).
_PLANNED = rx(
    r"(?P<mark>(?<![\w\-'])"
    r"(?<!\bhave )(?<!\bgive )(?<!\bgi )(?<!\bhad )(?<!\btake )(?<!\btek )(?<!\bof )"
    r"(?<=[a-z] )a\s+go|(?<![\w\-'])ago(?=\s)|(?<![\w\-'])(?:gwine|gwaine)|"
    r"(?<![\w\-'])na\s+[a-z][\w\-]*\s+(?:go|wan|wey\s+go|dey\s+go)|"
    r"(?:^|(?<=[\s,;:.!?]))(?:we|wi|dem|e|una|unu|he|she|they|im|him|i|mi|them)\s+go|"
    rf"(?<=[a-z])(?:'s|'re|'m|'ll\s+be)\s+(?:{voices.SCOTS.plan})|"
    r"(?<![\w\-'])(?:is|are|am|was|were|will\s+be)\s+"
    rf"(?:{voices.SCOTS.plan})|"
    r"(?<![\w\-'])(?!(?:need|needs|waan|want|wan|haffi|hafi|have|seh|say|tell|time|ready|mek|"
    r"make|gwaan|den|then|and|an|please|pls|yuh|unu|una|you|u|a|di|de|the|now|it|am|just|"
    r"nuh|so|jus|sure|cause|because|cos|bredren|bredda|ok|okay|yes|yeah|ya)\s)[a-z][\w\-]*\s+"
    r"(?:fi|fe)(?=\s))"
    rf"(?:\s+{_BETWEEN}{_END})*\s+(?P<verb>{_VERB}){_END}",
    _I,
)
# A negation or a past act said before the verb ("nuh restart", "doan scale", "don restart").
_NOT = rx(
    rf"(?<![\w\-'])(?P<mark>{voices.PATOIS.negation}|{voices.PIDGIN.negation})"
    r"(?:\s+(?:badda|bodda|bother|fi|fe|go|a|deh|dey|need|need\s+fi|need\s+to|anyhow|ever|"
    r"haffi|hafi|try)(?![\w\-']))*"
    rf"\s+(?P<verb>{_VERB}){_END}",
    _I,
)
# "ain't" before the act said as a doing, or as a plan ("I ain't restartin' my-api", "we ain't
# gonna scale worker to 3"): a refusal, not an order. (English "not", "isn't" are read by the
# negation readers; "ain't using it anymore" says why, not what.)
_DOING = (
    r"(?:restart|scal|delet|remov|updat|upgrad|downgrad|deploy|redeploy|roll|rollin|bounc|bump|"
    r"kill|drop|rais|lower|chang|sett|patch|touch|kick|cycl|reboot|wip|nuk|tear|tearin)"
    r"(?:ing|in')"
)
_AINT = rx(
    r"(?<![\w\-'])(?P<mark>ain'?t)"
    r"(?:\s+(?:gonna|gon|going\s+to|goin'?\s+to|fixin'?\s+to|about\s+to)"
    rf"\s+(?P<verb>{_VERB})|\s+(?P<doing>{_DOING}))(?![\w\-])",
    _I,
)
# A thought or a plan of a change, the g dropped ("thinkin' 'bout scalin'", "fixin' to").
_MULLED = rx(
    r"(?<![\w\-'])(?P<mark>(?:thinkin|plannin|fixin|figurin|mullin|considerin|talkin|lookin)"
    r"'?\s+(?:'bout|bout|about|on|of|to|at|into))"
    rf"\s+(?P<verb>{_VERB}|\w+in'|\w+ing){_END}",
    _I,
)
_STOPS = ",.;:!?\n"
# A want of the speaker's before "X fi …" ("mi need worker fi run 3 replica"): X is what is
# wanted, not who acts.
_WANTED = rx(r"(?<![\w\-'])(?:need|needs|waan|want|wan|mek|make|let|get|gi|give)(?![\w\-'])")
_PRONOUNS = rx(r"(?<![\w\-'])(?:it|am|dem|them|di\s+pods|the\s+pods|all|everything)(?![\w\-'])")


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``text`` around ``start``..``end`` begins and ends (between stops)."""
    begin = max(text.rfind(stop, 0, start) for stop in _STOPS) + 1
    ends = [e for stop in _STOPS if (e := text.find(stop, end)) >= 0]
    return begin, min(ends, default=len(text))


def _names(result: PlanResult) -> dict[str, set[str]]:
    """The names the plan's changes are said by, each with the kinds it is planned as: each
    target's name, and an owned ConfigMap's workload ("my-api" for my-api-config)."""
    names: dict[str, set[str]] = {}
    for op in result.operations:
        name = op.target.name.lower()
        names.setdefault(name, set()).add(op.target.kind)
        if name.endswith("-config"):
            names.setdefault(name.removesuffix("-config"), set()).update(kindwords.WORKLOADS)
    return names


def _named(clause: str, names: dict[str, set[str]]) -> bool:
    """Whether ``clause`` names one of ``names`` or refers to it ("it", "am", "dem")."""
    return bool(_PRONOUNS.search(clause)) or any(
        rx(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])").search(clause) for n in names
    )


# A kind said beside a name ("di orders Deployment", "the Deployment orders").
_KIND_WORD = kindwords.ALTERNATION


def _object(words: str, names: dict[str, set[str]]) -> bool:
    """Whether ``words`` (what follows a negated verb) open with one of ``names`` or a
    pronoun of it: the verb's object ("nuh restart it", "doan scale orders to 9"). A name said
    with another kind than the one planned is another object ("delete di pdb orders, nuh
    touch di orders Deployment")."""
    if rx(r"\s+(?:(?:di|de|the|dem)\s+)?(?:it|am|them)(?![\w\-])").match(words):
        return True
    for name, kinds in names.items():
        m = rx(
            rf"\s+(?:(?:di|de|the|dem)\s+)?(?:(?P<before>{_KIND_WORD})\s+)?{re.escape(name)}"
            rf"(?:\s+(?P<after>{_KIND_WORD}))?(?![\w\-])"
        ).match(words)
        if m is None:
            continue
        said = m["before"] or m["after"]
        if said is None or kindwords.NOUNS[said.lower()] in kinds:
            return True
    return False


def told(said: str, result: PlanResult) -> tuple[str, str] | None:
    """The particle of ``said`` that tells of the planned change instead of ordering it, with
    what it says (hearsay, a plan, a negation or past act, a thought), or None."""
    text = said.replace("\u2019", "'").replace("\u2018", "'")
    lowered = text.lower()
    names = _names(result)
    for what, pattern in (
        ("someone else's word, not an order of yours", _SAID),
        ("a plan of someone's, or one for later, not an order to make now", _PLANNED),
        ("a negation or a change made already, not an order", _NOT),
        ("a refusal or a state, not an order", _AINT),
        ("a thought of a change, not an order", _MULLED),
    ):
        for m in pattern.finditer(lowered):
            begin, end = _bounds(lowered, m.start(), m.end())
            if m["mark"].endswith(("fi", "fe")) and _WANTED.search(lowered, begin, m.start()):
                continue  # ("mi need worker fi run 3 replica": the speaker's want of a state)
            if pattern in (_NOT, _AINT) and not _object(lowered[m.end() : end], names):
                continue  # ("scale orders to 3, no restart": a part left out of the order)
            if (
                pattern is _MULLED
                or pattern in (_NOT, _AINT)
                or _named(lowered[begin:end], names)
                or not any(stop in lowered for stop in _STOPS)
            ):
                return text[m.start() : m.end()], what
    return None


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when ``said`` tells of the change with a
    dialect's particle of hearsay, plan, negation or thought (:func:`told`)."""
    if answered or not result.operations:
        return result
    if (found := told(said, result)) is None:
        return result
    words, what = found
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"I read {words!r} as {what}, so I changed nothing (the plan would: {changes}). If you "
        "want it done now, say the change as an order of your own (e.g. 'restart worker')."
    )
