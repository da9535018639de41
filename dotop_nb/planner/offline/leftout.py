"""What a request over a set of workloads leaves out, said any way and anywhere in the message.

The rule: in a request over several workloads — a label ("all backend deployments",
"tier=backend"), "everything", "every deployment", "the whole shop" — a workload said in an
exclusion is taken out of the set. The plan acts on the rest (a set selected by a label) or asks
(a set no label selects, or a delete); it never acts on the excluded one, alone or with others.

An exclusion is read by what it does, not by one phrase:

- a marker before the workload: "except (for)", "excluding", "with the exception of", "other
  than", "apart / aside from", "minus", "save (for)", "bar", "besides", "but (not)", "skipping",
  "sparing", "omitting", "not including", "leave (out)", "exclude", "skip", "spare";
- a predicate after it: "orders excluded", "orders is exempt", "worker is skipped / left out /
  spared / off limits / untouched", "orders stays (untouched / up / as is / out)", "(payments
  stays up)", "orders is fine", "orders doesn't need it";
- a pronoun for a workload named in a fact beside the request: "orders has a strict pdb so
  leave it", "worker is mid-migration, skip it".

The workload is resolved as a target is: by name, by ``app`` label, or by what it runs ("the
db", "the api", "the redis cache", "the queue worker"). A phrase that names two workloads is
asked; one that names none is left to the other readers (a container, a kind, a typo).
Example::

    extract(ctx, "restart everything but the db")   # asks: no label selects "everything"
    extract(ctx, "restart all backend deployments, orders excluded")
    # → ("restart all backend deployments", [Prohibition(words="orders", left_out=True, …)])
"""

from __future__ import annotations

import re

from dotop_nb.models import Target
from dotop_nb.planner.offline import reads, spoken, statements, tongues
from dotop_nb.planner.offline.constraints import Prohibition
from dotop_nb.planner.offline.context import Clarify, Ctx, Json, kinds_said, what_runs
from dotop_nb.planner.offline.rx import rx

# A set said without naming its members. Not "all pods of orders", "everything in orders",
# "everything else", "all ingress": those qualify one workload or are no workloads.
_GENERIC = (
    r"(?:deployments?|deploys?|workloads?|apps?|applications?|services?|microservices?|"
    r"statefulsets?|sts|daemonsets?|components?|things|stuff|pods?)\b"
)
SET = re.compile(
    r"\b(?:everything|anything|(?:all|every|each)\s+(?:(?:of\s+)?(?:the|our|my)\s+)?"
    r"(?:[a-z0-9][\w\-]*\s+){0,2}?" + _GENERIC + r"|(?:the\s+)?(?:whole|entire|full|complete)\s+"
    r"(?:shop|namespace|stack|app|thing|lot|fleet|backend|frontend|platform|system)|"
    # Round 41 (sh47b, attack47): "restart the namespace minus the databases": the namespace
    # said as what the order acts on is its whole set (never "in / of / from the namespace").
    r"(?<![\w\-])(?<!in\s)(?<!on\s)(?<!of\s)(?<!to\s)(?<!from\s)(?<!into\s)(?<!within\s)"
    r"(?<!across\s)(?<!inside\s)(?<!for\s)(?<!throughout\s)(?<!same\s)(?<!other\s)"
    # ("restart frontend, this namespace only": a scope said after the target, no set)
    r"(?<!,\s)(?:the|this|our|my)\s+(?:namespace|ns)(?![\w\-])(?!\s*(?:only|alone)\b)|"
    r"all(?=\s*,?\s+(?:but|except|minus|save|bar|besides|other\s+than|apart\s+from|"
    r"excluding)\b)|"
    # Round 31 (attack36): "all" as the whole object of the order, closed by punctuation or a
    # count ("restart all, worker excluded", "scale all to 3, worker untouched"): read so, the
    # set went unread and the one workload named — the one left out — was the target.
    # (Never a greeting's: "Dear all,", "hi all,", "thanks all,".)
    r"(?<=\s)(?<!dear\s)(?<!hi\s)(?<!hey\s)(?<!hello\s)(?<!thanks\s)(?<!you\s)(?<!morning\s)"
    r"all(?=\s*(?:[,;(]|\s+to\s+\d)))"
    r"(?!\s+(?:else|of|in|on|inside|within|under|belonging|that|which|who|running|reading|"
    r"using|from|for|about|related|around)\b)",
    re.IGNORECASE,
)
# A label pair said as the set ("restart tier=backend, orders excluded"); lower-case only
# (LOG_LEVEL=debug is a variable).
_PAIR = re.compile(
    r"(?<![\w.\-/])[a-z0-9][a-z0-9./\-]*=[a-z0-9](?:[a-z0-9._\-]*[a-z0-9])?(?![\w=])"
)

_DET = r"(?:(?:the|our|its|my|that|this)\s+)?"
# The words of a workload said in an exclusion: up to four, the last a name, a role or a kind.
_PHRASE = r"[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*){0,3}?"
_LIST = rf"{_DET}{_PHRASE}(?:\s*(?:,|&|\band\b|\bor\b|\bnor\b)\s*{_DET}{_PHRASE})*?"
# A list said before its predicate holds no comma: the clause before it would be read as one.
_SUBJECTS = rf"{_DET}{_PHRASE}(?:\s*(?:&|\band\b|\bor\b|\bnor\b)\s*{_DET}{_PHRASE})*?"
# Where the words of the excluded end: punctuation, a clause word, or a complement of the
# change ("scale everything but the api to 0").
_STOP = (
    r"(?=\s*(?:[,;.!?()\[\]\u2014\u2013:]|\s-+\s|$)|\s+(?:to|by|at|on|in|with|from|for|too|as|"
    r"then|so|because|since|please|pls|now|though|and\s+(?:then|also|scale|restart|"
    r"update|set|add)|tonight|today)\b|\s+\d)"
)
# Markers that leave out whatever follows them anywhere a set is said.
_BEFORE = re.compile(
    r"(?<![\w\-])(?P<marker>except(?:\s+for)?|excluding|exclusive\s+of|with\s+the\s+exception\s+"
    r"of|other\s+than|apart\s+from|aside\s+from|minus|save(?:\s+for)?|bar(?:ring)?|besides|"
    r"but(?:\s+not)?(?:\s+(?:leave|skip|spare|exclude|omit))?|skipping|sparing|omitting|"
    r"leaving(?:\s+out)?|not\s+including|leave\s+out|sans|without|excl\.?|w/o|"
    # (Round 34, a38b: "…, don't include worker", "…, do not include worker".)
    r"(?:don'?t|do\s+not)\s+include|"
    # (Round 35, a40a: "…, hold back frontend", "…, no need for frontend".)
    r"(?:hold|keep)(?:ing)?\s+back|no\s+need\s+for|"
    # (Round 36, a41d: "all tier=backend deployments less cache".)
    r"(?<=\s)less(?!\s+than\b)|"
    # (Round 32, a36a: "…, ex worker", "… (ex. worker)".)
    r"(?<=[,(]\s)ex\.?|(?<=[,(])ex\.?|"
    # (Round 33, a37c: "… to 3 ex worker", "… ignoring worker", "— hands off worker", "… not
    # worker": the same markers said with no comma before them; never "not just / only …".)
    r"ex\.?(?!-)|ignoring|hands\s+off(?:\s+of)?|"
    r"not(?!\s+(?:just|only|merely|simply|even|yet|now|all|both|before|after|until|till|later|"
    r"today|tonight|sure|really|quite|so|too|very|much)\b)|"
    # (Round 31, a35c: "restart tier=backend, nothing on payments".)
    r"(?<=[,;(]\s)nothing\s+(?:on|for|to)|(?<=[,;(])nothing\s+(?:on|for|to)|"
    r"(?:(?:and|just|please)\s+)?"
    r"(?:skip|spare|exclude|omit|ignore))\s+(?!from\b|for\b|it\b|them\b|that\b|this\b|the\s+rest\b)"
    rf"(?P<said>{_LIST}){_STOP}",
    re.IGNORECASE,
)
# Predicates that leave out what they follow: "orders excluded", "(payments stays up)".
_AFTER = re.compile(
    r"(?:^|(?<=[,;(\[\u2014\u2013:])|(?<=\s-)|(?<=\.\s)|\b(?:but|and|while|though|although)\b)"
    # (Round 33, a37c: "[worker excluded]", "worker: hands off.", "worker: out of scope.")
    # (Round 35, a40a: "…, frontend's done", "…, frontend's off the list": the copula said
    # as "'s" joins the name, read as "is".)
    rf"\s*(?P<said>{_SUBJECTS})(?:\s*:\s*|\s+|(?='s\s))"
    r"(?P<marker>(?:(?:is|are|'s|being|gets?|got|should\s+be|must\s+be|to\s+be|can\s+be|will\s+be|"
    r"stays?|remains?)\s+)?(?:excluded|excepted|exempt(?:ed)?|left\s+(?:out|alone)|skipped|spared|ignored|"
    r"(?:held|kept|carved)\s+(?:back|out)|"
    r"omitted|off[\s\-]limits|not\s+included|untouched|unaffected|unchanged|dropped|"
    # (Round 36, a41d: "…, frontend is excused", "…; payments is pinned", "…, frontend's off
    # the hook / off today", "…, frontend gets a pass".)
    r"excused(?:\s+from\s+(?:this|it|that))?|pinned|off\s+(?:the\s+hook|today|tonight|this\s+time)|a\s+pass|"
    # (Round 35, a40a: "…, frontend is off the list / all set / covered / locked".)
    r"off\s+the\s+list|all\s+set|covered|locked)|"
    r"(?:isn'?t|aren'?t)\s+included|"
    # (Round 32, a36a: "…, worker out".)
    r"out|"
    # (Round 33, lead, attack38: "…, orders as is", "…, worker is out", "…, worker aside",
    # "…, worker under freeze", "…, worker not this time", "…, worker being the exception",
    # "…, worker keeps its pods".)
    r"(?:(?:is|are|'s|stays?)\s+)?(?:as\s+(?:it\s+)?is|aside|out|(?:under|in)\s+(?:a\s+|the\s+)?freeze|"
    r"frozen|the\s+exception|not\s+this\s+time)|being\s+the\s+exception|"
    r"keeps?\s+(?:its|their)\s+(?:pods|replicas|count|image|version|tag)|"
    # (Round 35, a40a: "…, frontend keeps the old image", "…, frontend already has it",
    # "…, frontend got it already", "…, frontend has had it", "…, frontend has no need",
    # "…, frontend not now", "…, frontend can wait": the one left out of the rest.)
    r"keeps?\s+the\s+(?:old|current|same)\s+(?:image|version|tag)|"
    # (Round 36, a41d: "…, frontend keeps the old pods", "payments: keep old image",
    # "payments: old image", "…, frontend sits out / opted out / passes".)
    r"keeps?\s+(?:the\s+|its\s+|their\s+)?(?:old|current|same)\s+(?:pods|replicas|count|image|"
    r"version|tag)|(?:(?:on|stays?\s+on)\s+)?(?:the\s+|its\s+)?old\s+(?:image|version|tag)|"
    r"sits?\s+out|opt(?:s|ed)?\s+out|passes|"
    r"already\s+(?:has|got|had)\s+(?:it|that|this)|(?:has|got|had)\s+(?:it|that|this)\s+already|"
    r"has\s+had\s+(?:it|that|this)|(?:has|have)\s+no\s+need|not\s+now|can\s+wait|"
    # (Round 34, a38b: "…, payments is done already", "…, orders was already done": the one
    # done before is left out of the rest, never done again.)
    r"(?:is|are|'s|was|were|has|have)\s+(?:already\s+)?(?:been\s+)?(?:done|handled|"
    r"taken\s+care\s+of)"
    r"(?:\s+(?:already|earlier|before))?|"
    # (Round 33, a37c: "worker: hands off", "worker is out of scope", "worker: skip", "worker:
    # no", "…, worker not".)
    r"(?:(?:is|are|'s)\s+)?(?:out\s+of\s+scope|hands[\s\-]+off|not\s+in\s+scope)|skip|no|not|"
    r"(?:stays?|remains?|(?:(?:is|are|'s)\s+)?staying|(?:can|should|must|will|may|could|gets?\s+to)\s+"
    r"(?:stay|remain)|keeps?\s+running|sits?\s+(?:this(?:\s+one)?|it)\s+out)(?:\s+(?:untouched|"
    r"unchanged|alone|up|as\s+is|as\s+it\s+is|put|where\s+it\s+is|out(?:\s+of\s+(?:it|this))?|"
    r"running|the\s+same|on\s+(?:its|their|the\s+(?:old|current|same))\s+(?:image|version|tag)|"
    r"on|at\s+(?:its|their|the)\s+(?:current\s+)?(?:count|size|scale|replicas|"
    r"replica\s+count)|on\s+v?\d+(?:\.\d+)*))?|(?:is|are|'s|seems?|looks?)\s+(?:already\s+)?"
    r"(?:fine|ok|okay|good|healthy)(?:\s+as\s+"
    r"(?:it\s+)?is)?|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:it|one|that|this|to\s+be))"
    r"(?=\s*(?:[,;.!?()\[\]\u2014\u2013]|\s-+\s|$)|\s+(?:either|please|pls|thanks|[a-z]+ed)\b)",
    re.IGNORECASE,
)
# "leave the db out (of it)", "keep worker out of this", "keep payments running": the workload
# between the verb and what keeps it as it is.
_AROUND = re.compile(
    r"(?<![\w\-])(?P<marker>leave|keep|leaving|keeping|hold|holding)\s+"
    rf"(?P<said>{_LIST})\s+(?:out(?:\s+of\s+(?:it|this|that|the\s+\w+))?|running|up|alone|back|"
    # (Round 35, a40a: "…, keep frontend off the list"; round 36, a41d: "…; leave frontend off".)
    r"off(?:\s+the\s+list)?|"
    r"untouched|as\s+(?:it\s+)?is|be)"
    r"(?=\s*(?:[,;.!?()\u2014\u2013]|\s-+\s|$)|\s+(?:please|pls|too)\b)",
    re.IGNORECASE,
)
# "…, keep orders", "; leave payments", "…, hold orders", "…, protect orders", "…, ignore
# orders": the keep said bare, as its own clause (its verb first, the workload last). Never a
# keep said with a value ("keep orders at 2" is a change to orders, read by the rules).
_BARE = re.compile(
    r"(?:^|(?<=[,;\u2014\u2013:])|(?<=\s-)|(?<=\.\s)|\b(?:but|and)\b)\s*(?:please\s+|pls\s+|just\s+|"
    r"but\s+)?(?P<marker>keep|leave|hold|protect|ignore|preserve|retain|exempt)\s+"
    rf"(?P<said>{_LIST})"
    r"(?=\s*(?:[,;.!?()\u2014\u2013]|\s-+\s|$)|\s+(?:please|pls|thanks|though)\b)",
    re.IGNORECASE,
)
# "… to 0 - orders is critical", "(payments is prod-critical)": a reason said of one workload
# to spare it, beside a set that holds it. Whether it stays out or goes with the rest is asked.
_SPARING_REASON = re.compile(
    r"(?:^|(?<=[,;(\u2014\u2013:])|(?<=\s-)|(?<=\.\s)|\b(?:but|and|since|because|as)\b)"
    rf"\s*(?P<said>{_SUBJECTS})\s+(?:is|are|'s)\s+(?:(?:very|really|super|business|mission|"
    r"prod(?:uction)?|revenue)[\s\-]+)?(?P<marker>critical|essential|vital|important|sacred|"
    r"load[\s\-]bearing|(?:still\s+)?(?:in\s+use|needed|serving(?:\s+traffic)?|live))"
    r"(?=\s*(?:[,;.!?()\u2014\u2013]|\s-+\s|$))",
    re.IGNORECASE,
)
# "orders has a strict pdb so leave it", "worker is mid-migration, skip it": the workload of the
# fact before the pronoun.
_PRONOUN = re.compile(
    r"(?:\bso\b|\bthen\b|\band\b|[,;\u2014\u2013]|\s-\s)\s*(?:please\s+|just\s+)?"
    r"(?:leave|skip|spare|exclude|omit|keep|don'?t\s+touch)\s+(?:it|that\s+one|this\s+one)"
    r"(?:\s+(?:alone|out(?:\s+of\s+(?:it|this))?|be|untouched|as\s+is))?"
    r"(?=\s*(?:[,;.!?()\u2014\u2013]|$))",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;.!?()\u2014\u2013:]|\s-+\s|\bbut\b|\bso\b")
_DELETE = re.compile(
    r"\b(?:delete|remove|drop|destroy|decommission|retire|tear\s+down|get\s+rid\s+of|nuke|purge|"
    r"wipe|uninstall|rm)\b",
    re.IGNORECASE,
)
_BACKUP = re.compile(r"\b(?:velero|back\s*up|backups?|snapshots?)\b", re.IGNORECASE)
# A policy's allow-list ("nothing may reach postgres except my-api") picks, never leaves out.
_TRAFFIC = re.compile(
    r"\b(?:reach\w*|talk\w*|call\w*|connect\w*|traffic|ingress|egress|access\w*|allow\w*|"
    r"deny|block\w*|netpol|network\s*polic\w+|firewall)\b",
    re.IGNORECASE,
)
_VERBS = frozenset(
    "scale restart update set add delete remove roll rollback bounce deploy patch make run "
    "bump put give change upgrade monitor spread autoscale back drop keep leave".split()
)
_FILLER = frozenset("the our its my that this one deployment deployments statefulset sts".split())


# Round 36 (a41d, attack40): a set's difference said by a sign — the set minus (U+2216)
# "{cache}", the minus sign (U+2212) "cache", "- cache", "!cache", "~cache", "-cache" — closing
# the clause after a space: "minus", so the one it takes out is left out (read past, the sign
# was dropped and the whole set acted on).
_SIGNS = ("\u2216", "\u2212", " -", " !", " ~")
_SIGN_LESS = re.compile(
    r"(?<=\s)(?:[\u2216\u2212]\s*|-\s+|[!~\-](?=[a-z0-9]))\{?\s*(?P<name>[a-z0-9][\w\-]*)\s*\}?"
    r"(?=\s*(?:[,;.!?)]|$))",
    re.IGNORECASE,
)
# "all tier=backend deployments cache excepted": the predicate said right after the set, with
# no comma before it.
_RIGHT_AFTER = re.compile(
    r"(?:\s+" + _GENERIC + r")?\s+(?P<said>[a-z0-9][\w\-]*)\s+"
    r"(?P<marker>excepted|excluded|exempted|omitted|aside|spared)"
    r"(?=\s*(?:[,;.!?)]|$))",
    re.IGNORECASE,
)


def extract(ctx: Ctx, raw: str) -> tuple[str, list[Prohibition]]:
    """``raw`` without the exclusions said of a set, and each as a prohibition that leaves its
    workload out of the set (``left_out``). Asks when the set is not selected by a label,
    when the request deletes, when an excluded phrase names two workloads, and when a set is
    said beside a workload name that no exclusion or qualifier explains."""
    text = raw.replace("\u2019", "'")
    if any(sign in text for sign in _SIGNS) and _SIGN_LESS.search(text):
        text = _SIGN_LESS.sub(lambda m: f"minus {m.group('name')}", text)
    lowered = text.lower()
    said_set = set_said(ctx, lowered)
    # Round 33 (a37c): names said as a list ("scale my-api, payments and worker to 3 save
    # worker") are a set too: one of them left out is left out of the list, never changed.
    in_list: frozenset[str] = frozenset()
    if said_set is not None:
        set_start, set_end = said_set.span()
    elif (listed := _list_said(ctx, lowered)) is not None:
        set_start, set_end, in_list = listed
    else:
        return raw, []
    if _TRAFFIC.search(lowered):
        return raw, []
    found: list[tuple[int, int, str, list[tuple[Target, Json]]]] = []
    if said_set is not None:
        _sparing_asked(ctx, lowered, said_set)
    for pattern in (_AROUND, _BEFORE, _AFTER, _BARE, _RIGHT_AFTER):
        # Of a list, only an exclusion said after it.
        for m in (
            pattern.finditer(lowered, set_end if in_list else 0)
            if pattern is not _RIGHT_AFTER
            else [r]
            if not in_list and (r := _RIGHT_AFTER.match(lowered, set_end))
            else []
        ):
            if any(m.start() < e and s < m.end() for s, e, _, _ in found):
                continue
            if in_list and _WEAK_KEEP.search(m.group(0)) and not _FIRM_KEEP.search(m.group(0)):
                # A keep that may be a wish for the change ("restart my-api and worker, keep
                # worker up": left out, or restarted a pod at a time?) is asked.
                if (kept := _items(ctx, m.group("said"))) and all(
                    t.name in in_list for t, _ in kept
                ):
                    raise Clarify(
                        f"You said {m.group(0).strip(' ,;.')!r} of {kept[0][0].describe()}, "
                        f"which the list names too: should {kept[0][0].name} be left out, or "
                        f"changed with the rest? Say e.g. '… except {kept[0][0].name}'."
                    )
                continue
            if (
                m.group("marker").split()[0] in ("but", "besides", "save", "bar", "barring")
                and m.start() < set_start
            ):
                # "besides orders, restart payments too": in addition, not left out.
                continue
            items = _items(ctx, m.group("said"))
            if in_list and not all(t.name in in_list for t, _ in items):
                continue  # a list's exclusion leaves out what it lists, or is read elsewhere
            if items:
                end = m.end()
                if pattern is _BEFORE:
                    # "except orders, payments": the list runs on over every name it lists.
                    end, items = _listed_on(ctx, lowered, end, items)
                if why := _WHY_LEFT.match(lowered, end):
                    # "except checkout, which is mid-rollout": why it is left out goes with it.
                    end = why.end()
                found.append((m.start(), end, lowered[m.start() : end].strip(" ,;"), items))
    for m in _PRONOUN.finditer(lowered) if not in_list else ():
        if any(m.start() < e and s < m.end() for s, e, _, _ in found):
            continue
        before = [c for c in _CLAUSE.split(lowered[: m.start()]) if c.strip()]
        fact = before[-1] if before and not SET.search(before[-1]) else ""
        named = _items(ctx, fact, whole=False) if fact else []
        if len(named) == 1:
            found.append((m.start(), m.end(), f"{fact.strip()} {m.group(0).strip(' ,;')}", named))
    if not found:
        if not in_list:
            _unexplained(ctx, lowered)
        return raw, []
    said = found[0][2]
    if _DELETE.search(lowered):
        raise Clarify(
            f"I read {said!r}: a deletion of a set less what it leaves out. A delete is planned "
            "only for the workloads it names: name each one to delete (e.g. 'delete worker and "
            "cache')."
        )
    if _BACKUP.search(lowered):
        raise Clarify(
            f"I read {said!r}: a workload left out of a backup of a set. Name the workloads to "
            "back up, or leave out kinds of objects (e.g. 'except the secrets')."
        )
    prohibitions: list[Prohibition] = []
    for start, end, phrase, items in sorted(found, reverse=True):
        text = f"{text[:start]} , {text[end:]}"
        for target, _ in items:
            prohibitions.append(
                Prohibition(
                    said=phrase,
                    kinds=None,
                    words=target.name
                    if _unique(ctx, target)
                    else f"{target.name} {target.kind.lower()}",
                    left_out=True,
                    excluded=True,
                    targets=frozenset({target.key}),
                )
            )
    text = rx(r"\s*,\s*(?:,\s*)+").sub(" , ", text)
    text = rx(r"(?:\s*,\s*)+$").sub("", rx(r"^(?:\s*,\s*)+").sub("", text)).strip()
    return text, prohibitions


def foreign_left_out(ctx: Ctx, raw: str) -> None:
    """Rule (round 36): ask when a word of another tongue that says "not", "without" or
    "except" (:data:`.tongues.EXCEPT_WORDS`) stands before a workload's name ("delete
    orders-config, si orders", "restart frontend and worker, bila worker"): that workload may be
    the one left out, and no table reads the word — never dropped, never acted on."""
    lowered = raw.lower()
    if tongues.EXCEPT_WORDS.isdisjoint(lowered.replace("(", " ").replace(",", " ").split()):
        return  # (a cheap look first: this runs for every request)
    for m in tongues.EXCEPT_BEFORE.finditer(lowered):
        if m.group("name") in spoken.workload_names(ctx.cluster, ctx.namespace):
            raise Clarify(
                f"I read {m.group(0)!r}, and {m.group('word')!r} is not English: it may say "
                f"{m.group('name')} is left out ('not', 'without', 'except'), so I changed "
                f"nothing. Say it in English, e.g. '… except {m.group('name')}', or name only "
                "what to change."
            )


# Two or more names said as a list: "my-api, payments and worker", "cart & web", "a/b".
_LIST_RUN = re.compile(
    r"(?<![\w\-/=])[a-z0-9][\w\-]*(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*[&/+]\s*)"
    r"[a-z0-9][\w\-]*)+(?![\w\-/=])"
)
# A keep that may be what the change should keep ("keep worker up", "worker stays running").
_WEAK_KEEP = re.compile(
    r"\b(?:up|running|on|available|serving|online|keep|keeps|hold|protect|preserve|retain)\b"
)


# A keep that can only leave out ("keep worker out of it", "hold worker back", "worker keeps
# its pods"): never a wish for how the change is made (round 34, a38b).
_FIRM_KEEP = re.compile(
    r"\b(?:out|back|off\s+the\s+list)\b|\bkeeps?\s+(?:(?:its|their|the)\s+(?:(?:old|current|"
    r"same)\s+)?|(?:old|current|same)\s+)(?:pods|replicas|count|image|version|tag)\b|"
    r"\b(?:stays?|remains?)\s+on\s+(?:v?\d|(?:its|their|the\s+(?:old|current|same))\s+"
    r"(?:image|version|tag)\b)"
)


def _list_said(ctx: Ctx, text: str) -> tuple[int, int, frozenset[str]] | None:
    """Where the first list of two or more workload names in ``text`` starts and ends (its
    first and last name), and the names in it."""
    if "," not in text and " and " not in text and "&" not in text and "/" not in text:
        return None
    names = spoken.workload_names(ctx.cluster, ctx.namespace)
    for m in _LIST_RUN.finditer(text):
        said: list[re.Match[str]] = []
        for w in _WORD.finditer(text, m.start(), m.end()):
            if w.group(0) in names:
                if any(w.group(0) == s.group(0) for s in said):
                    break  # "…, orders and worker, worker stays": the list ended before
                said.append(w)
        if len(said) >= 2:
            return said[0].start(), said[-1].end(), frozenset(w.group(0) for w in said)
    return None


def list_left_out(ctx: Ctx, text: str) -> frozenset[str]:
    """The names an exclusion said after a list of workload names leaves out of it ("restart
    my-api, payments and worker, skip worker": worker); empty when none, or when it is asked."""
    if set_said(ctx, text.lower()) is not None:
        return frozenset()
    return left_out_names(ctx, text)


def noted_out(ctx: Ctx, text: str, word: str) -> bool:
    """Whether ``word`` ("skip") closes a note that leaves a workload out of the set or the list
    ``text`` acts on ("restart all tier=backend deployments; worker: skip"), not the whole
    request withdrawn."""
    word = word.strip(" .,;:!?")
    if not word or ":" not in text:
        return False
    lowered = text.lower()
    return any(
        rx(
            rf"(?<![\w\-]){re.escape(name)}\s*:\s*{re.escape(word)}\W*$|"
            rf"(?<![\w\-]){re.escape(name)}\s*:\s*{re.escape(word)}\s*[.;,]"
        ).search(lowered)
        for name in left_out_names(ctx, text)
    )


def left_out_names(ctx: Ctx, text: str) -> frozenset[str]:
    """The names any exclusion of a set or a list in ``text`` leaves out (:func:`extract`);
    empty when none, or when it is asked."""
    try:
        _, said = extract(ctx, text)
    except Clarify:
        return frozenset()
    return frozenset(name for p in said for name in (p.words,))


_WORD = re.compile(r"[a-z0-9][\w\-]*")


def _sparing_asked(ctx: Ctx, text: str, said_set: re.Match[str]) -> None:
    """Rule: a workload said critical (essential, in use …) beside a set over several
    workloads is asked about: spared by that reason, or changed with the rest? Never planned
    either way on a guess."""
    for m in _SPARING_REASON.finditer(text):
        if said_set.start() <= m.start() < said_set.end():
            continue
        items = _items(ctx, m.group("said"))
        if items:
            names = ", ".join(t.describe() for t, _ in items)
            raise Clarify(
                f"You said {m.group(0).strip(' ,;')!r} beside a change to a set of workloads: "
                f"should {names} be left out of it, or changed with the rest? Say e.g. "
                f"'… except {items[0][0].name}'."
            )


# Why a workload is left out, said right after it: ", which is mid-rollout", "as it is busy".
_WHY_LEFT = re.compile(
    r"\s*,?\s*(?:which|who|since\s+it|as\s+it|because\s+it|it)\s+(?:is|was|has|'s|are|were|"
    r"just|still|already|got)\b[^,;.!?()\u2014\u2013]*"
)
# One more item of an exclusion list: ", payments", ", and worker", "& cache".
_MORE = re.compile(rf"\s*(?:,\s*(?:(?:and|or|nor|&)\s+)?|&\s*)(?P<said>{_LIST}){_STOP}", re.I)


def _listed_on(
    ctx: Ctx, text: str, end: int, items: list[tuple[Target, Json]]
) -> tuple[int, list[tuple[Target, Json]]]:
    """Rule: an exclusion list leaves out every workload it lists. The marker's match ends at
    the first comma ("except orders, payments"), so each next item said after a comma that
    names a workload and nothing else joins the list; the first that does not ends it."""
    while (m := _MORE.match(text, end)) and (more := _items(ctx, m.group("said"))):
        end, items = m.end(), [*items, *more]
    return end, items


def _unexplained(ctx: Ctx, text: str) -> None:
    """Ask when a set said by no name ("everything", "every deployment") stands beside a
    workload's name that no exclusion read and no qualifier ties to it ("restart everything
    sans the db"): the name is the one thing the rules would act on, and it may be the one
    left out."""
    # "baseline policy is that every workload runs as non-root. start with worker": a set said
    # only in a clause of how things are (a rule, a state) is context, not what is acted on.
    said = unselected(ctx, statements.facts_blanked(text), acted_on=True)
    if said is None or _PAIR.search(text) or set(said.split()) & _label_values(ctx):
        return  # "all backend deployments but orders first": a set a label selects
    try:
        named = ctx.workloads(text) or ctx.running([], text)
    except Clarify:
        return  # the target reader asks about the names itself
    if not named:
        return
    raise Clarify(
        f"I read {said!r} beside {', '.join(t.describe() for t, _ in named)}: is that a set "
        f"less {named[0][0].name}, or {named[0][0].name} alone? Name the workloads to change, or "
        f"select them by a label (e.g. 'all tier=backend deployments except {named[0][0].name}')."
    )


_WHERE_CUE = re.compile(r"\s(?:in|on|within|across)\s")


def _blank_namespace(text: str, namespace: str) -> str:
    """``text`` with the namespace a set is said in blanked out, at the same length ("all
    deployments in shop", "everything in the shop namespace", "every pod in this ns")."""
    where = rx(
        rf"\s(?:in|on|within|across)\s+(?:(?:the|this|our)\s+)?(?:(?:{re.escape(namespace)})"
        r"(?:\s+(?:namespace|ns))?|namespace|ns)(?![\w\-])"
    )
    return where.sub(lambda m: " " * len(m.group(0)), text)


def set_said(ctx: Ctx, text: str) -> re.Match[str] | None:
    """Where ``text`` says a set of workloads: a quantifier over workloads, a label pair, or a
    label value said as a noun ("the backend"). None when it says none."""
    if m := SET.search(text):
        return m
    # Round 32 (lead, attack37): "restart all deployments in shop; worker stays": the set said
    # with its namespace ("in shop", "in the namespace") is the whole set; read without it, the
    # one workload named — the one left out — was the target.
    if _WHERE_CUE.search(text) and (m := SET.search(_blank_namespace(text, ctx.namespace))):
        return m
    if m := _PAIR.search(text):
        return m
    values = _label_values(ctx)
    for m in rx(r"(?<![\w\-])[a-z0-9][\w\-]*(?![\w\-=])").finditer(text):
        if m.group(0) in values and not ctx.workloads(m.group(0)):
            return m
    return None


def unselected(ctx: Ctx, text: str, *, acted_on: bool = False) -> str | None:
    """The words that say a set of workloads by no name ("everything", "every deployment", "the
    whole shop"), if any: never "all payments pods", whose words name the workload. With
    ``acted_on`` only a set the request acts on: never "anything" nor one a negation governs
    ("don't delete anything", "without changing everything")."""
    lowered = text.lower()
    for m in _sets(ctx, lowered):
        inner = rx(r"^(?:everything|anything|all|every|each)\s+").sub("", m.group(0))
        if lowered.startswith("/", m.end()) and (ref := _REF_NAME.match(lowered, m.end())):
            # (Round 29, gap32b: "capabilities drop ALL on deploy/worker": the set's last word
            # is the kind of kubectl's KIND/NAME, whose name follows.)
            inner = _REF_KIND.sub(ref.group(1), inner)
        if (
            acted_on
            and (
                m.group(0).startswith("any")
                # "back up the namespace with velero, before we break postgres": the namespace
                # backed up or guarded is its own object, never a set of workloads (round 41).
                or (
                    _BARE_NAMESPACE.fullmatch(m.group(0))
                    and (_BACKUP.search(lowered) or _TRAFFIC.search(lowered))
                )
                # "its pdb wants every pod up": pods are said of one workload far more often.
                or rx(r"\bpods?$").search(m.group(0))
                or _NEGATED.search(lowered[max(0, m.start() - 40) : m.start()])
                # "1.5.0 broke everything", "everything is down": a symptom, no set acted on.
                or _SUFFERED.search(lowered[max(0, m.start() - 40) : m.start()])
                or _STATE_AFTER.match(lowered[m.end() :])
                # "the scheduler packs it next to everything", "worse than everything else":
                # where a workload is, or what it is compared with — no set acted on.
                or _BESIDE.search(lowered[max(0, m.start() - 40) : m.start()])
            )
        ):
            continue
        if not _named(ctx, inner):
            return m.group(0)
    return None


_BARE_NAMESPACE = re.compile(r"(?:the|this|our|my)\s+(?:namespace|ns)")


def _sets(ctx: Ctx, lowered: str) -> list[re.Match[str]]:
    """The sets ``lowered`` says (:data:`SET`); with none, those said with the namespace they
    are in ("everything in the namespace but leave the databases", round 41: read without
    it, the one workload left out was the target)."""
    found = list(SET.finditer(lowered))
    if not found and _WHERE_CUE.search(lowered):
        found = list(SET.finditer(_blank_namespace(lowered, ctx.namespace)))
    return found


_REF_NAME = re.compile(r"/([a-z0-9][a-z0-9\-]*)")
_REF_KIND = re.compile(r"\b(?:deploy|deployments?|sts|statefulsets?|ds|daemonsets?)$")
# What befell a set, said before or after it: a symptom or a state, not the request's object.
_SUFFERED = re.compile(
    r"\b(?:broke|breaks|broken|killed|kills|took|takes|affected|affects|hit|hits|impacted|"
    r"impacts|slowed|crashed|froze|flooded|spammed)(?:\s+down)?\s*$"
)
_BESIDE = re.compile(
    r"\b(?:next\s+to|beside|besides|alongside|among|amongst|near|than|like|unlike|"
    r"on\s+top\s+of)\s*$"
)
_STATE_AFTER = re.compile(r"\s+(?:is|was|are|were|went|goes|seems|looks|got|keeps)\b")
# A negation right before a set: what it governs is not what the request acts on.
_NEGATED = re.compile(
    r"(?:\b(?:don'?t|do\s+not|never|without|not|no|nor|won'?t|shouldn'?t|mustn'?t|can'?t|"
    r"cannot)\b|n't)(?:\s+[\w\-']+){0,2}\s*$"
)


def _named(ctx: Ctx, words: str) -> bool:
    try:
        return bool(ctx.narrowed(words, refinements=False).workloads())
    except Clarify:
        return True  # a name the target reader asks about is a name


def _label_values(ctx: Ctx) -> set[str]:
    """The values of the workloads' labels other than ``app`` ("backend" of tier=backend),
    gathered once per list (:func:`reads.derived`)."""
    found: set[str] = set()
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        items = ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, limit=2001)
        found |= reads.derived(ctx.cluster, "label values", items, _values_of_labels)
    return found


def _values_of_labels(items: list[Json]) -> frozenset[str]:
    return frozenset(
        str(value)
        for obj in items
        for key, value in ((obj.get("metadata") or {}).get("labels") or {}).items()
        if key != "app"
    )


def _items(ctx: Ctx, said: str, *, whole: bool = True) -> list[tuple[Target, Json]]:
    """The workloads a list said in an exclusion names, each resolved as a target is. With
    ``whole`` every word must belong to a workload's phrase (else [], never a guess); asks
    when one phrase names two workloads."""
    if not whole:
        try:
            return [f for f in ctx.narrowed(said, refinements=False).workloads()]
        except Clarify:
            return []
    found: list[tuple[Target, Json]] = []
    for phrase in rx(r"\s*(?:,|&|\band\b|\bor\b|\bnor\b)\s*").split(said.strip()):
        words = phrase.split()
        if not words or any(w in _VERBS for w in words) or len(words) > 4:
            return []
        hits = _resolve(ctx, phrase)
        if not hits:
            return []
        if len(hits) > 1 and not any(h[0].name == phrase.split()[-1] for h in hits):
            options = " or ".join(t.describe() for t, _ in hits)
            raise Clarify(
                f"I read {phrase!r} as left out, but it names {options}: which one stays out? "
                "Name it with its kind."
            )
        found += hits
    return found


def _resolve(ctx: Ctx, phrase: str) -> list[tuple[Target, Json]]:
    """The workloads ``phrase`` names, as a target would be read: a name, an ``app`` label, or
    what runs ("the db", "the api", "the redis cache")."""
    sub = ctx.narrowed(phrase, refinements=False)
    try:
        # (The phrase's own words: read as the whole order, a fact of the message around it
        # could pick another name — "… to 3 excluding worker" gave my-api.)
        found = sub.workloads(sub.raw)
    except Clarify:
        return []
    kinds = kinds_said(phrase)
    if len(found) > 1 and kinds:
        found = [f for f in found if f[0].kind in kinds] or found
    if len(found) > 1:
        found = sub._bywhat_runs(found)  # the target reader's own narrowing
    if not found:
        found = sub.running(kinds)
    if found and not _covered(phrase, found):
        return []
    return found


def _covered(phrase: str, found: list[tuple[Target, Json]]) -> bool:
    """Whether ``phrase`` is no more than a name of what it found: the determiner, a kind word
    and at most one describing word before the name ("the queue worker", "the redis cache"),
    never a word after it ("orders first" says an order, not orders)."""
    names = {part for t, _ in found for part in rx(r"[-_]").split(t.name)} | {
        t.name for t, _ in found
    }
    names |= {w for _, obj in found for w in what_runs(obj)} | {"db", "database"}
    words = [w for w in phrase.split() if w not in _FILLER]
    rest = [w for w in words if w not in names]
    return bool(words) and words[-1] in names and len(rest) <= 1


def _unique(ctx: Ctx, target: Target) -> bool:
    """Whether no workload of another kind shares ``target``'s name."""
    return all(
        k == target.kind or ctx.get(k, target.name) is None
        for k in ("Deployment", "StatefulSet", "DaemonSet")
    )
