"""Who a message is addressed to: an order written to someone else is no order to the planner.

Rule: a message that names someone other than the planner as the one it speaks to — an
@mention that is not ours ("@bob restart payments", "cc @sre scale …", "restart payments @bob"),
a name greeted ("hey bob, restart payments") or a name asked in the second person ("bob: can
you scale orders to 4", "alice, could you restart frontend?", "bob please bounce worker") — is
asked back, naming the addressee: the planner does not take over what was asked of a person.

Not an addressee: our own name ("@dotop scale …"), the team or everyone ("hey, …", "hi team,
…", "folks: can you …"), a workload or a label that opens the line ("payments: please …",
"Request: please …", "OPS-12: …"), a copy for information after the request ("restart
payments, cc @bob"), a cron macro or an image digest ("@daily", "image@sha256:…"), an e-mail
address, and the speakers of a thread pasted line by line ("alice: …\\nme: …"). Quoted lines
("> @bob can you …?") are context (:mod:`.thread`), never the address. Pure text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from dotop_nb.planner.offline import courtesy, guard, typos, voices
from dotop_nb.planner.offline.rx import rx

# Our own names: a message addressed to the planner is addressed to the reader.
_OURS = re.compile(r"dotop[\w\-]*|dotop_nb", re.I)
# "@daily", "@every 5m": cron macros; never a person.
_MACRO = re.compile(
    r"(?:yearly|annually|monthly|weekly|daily|midnight|hourly|reboot|every|sha\d+|latest)", re.I
)
# An environment after "@" ("restart worker @staging"): a place (:mod:`.scope` reads it).
_PLACE = re.compile(
    r"(?:staging|stage|prod|production|preprod|pre-prod|dev|development|qa|uat|sandbox)"
    r"(?:-[a-z0-9]+)*",
    re.I,
)
# An @mention: "@" after a start, a space or an opening mark, then a handle that opens with a
# letter ("bob@acme.com", "repo@sha256:…", "--schedule=@daily" are no mentions).
_MENTION = re.compile(r"(?<![\w.@/=:+\-])@(?P<who>[a-z][\w.\-]*[\w])", re.I)
# A copy for information at the end of the message: "…, cc @bob @alice", "(fyi @sre)".
_COPY = re.compile(
    r"[\s,;.(\[\-\u2014\u2013]*(?:/?cc|fyi|h/t|looping\s+in|loop\s+in|\+)\s*:?\s*"
    r"(?:@[\w.\-]+[\s,&]*(?:and\s+)?)+[)\]]?\W*$",
    re.I,
)
# Everyone, the team, or a word that opens a message as a label or a filler, never a person.
_NOBODY = frozenset(
    """team all folks everyone everybody anyone anybody someone somebody guys people yall y'all
    there friends again oncall on-call ops sre sres devops platform infra here channel crew
    request req ticket task todo howto story chore bug issue note notes ask action urgent asap fyi
    reminder change fix hotfix incident handover context update followup follow-up title
    summary goal plan step next then also ps edit q question help hi hey hello yo morning
    evening ok okay so and but well now please pls plz thanks cheers quick quickly prod
    production staging stage dev qa uat test preprod velero keda netpol hpa pdb cronjob kubectl
    helm argo argocd flux k8s kubernetes cluster namespace ns yes yeah yep no nope sure right
    alright re subject sub topic important heads problem solution fixed done status just maybe
    perhaps actually honestly seriously first finally meanwhile afterwards tonight today
    tomorrow later btw fwiw sorry thx ty what why how when where who which urgently
    ideally definitely really cleanup housekeeping maintenance hygiene tidy tidyup reliability
    resilience security sec perf performance capacity cost costs finops launch golive rollout
    release deploy migration mitigation remediation workaround recommendation suggestion
    proposal idea finding findings result outcome decision resolution prune alerting monitoring
    observability backup backups scaling autoscaling config networking storage ingress
    compliance audit emergency critical blocker priority prio answer reply response rollback
    tldr warning caution important cool great nice perfect fine good instead otherwise anyway
    anyways besides still oh ah hmm um uh welp whoops oops ugh damn dang sigh lol noted roger
    ack understood correct yup weekend weekends afternoon night midnight noon overnight eod
    ready standby staged queued prepping prepped
    rejected declined denied vetoed refused nacked nixed withdrawn revoked rescinded blocked
    rejection refusal denial veto objection
    client clients customer vendor prometheus grafana alertmanager loki tempo jaeger kafka
    rabbitmq nginx envoy istio linkerd traefik redis postgres mysql terraform ansible jenkins
    oadp openshift ocp
    fall""".split()
    # Round 29 (a32rest): a word of temporariness opening the request as its label ("Temp: …",
    # "Stopgap - …", "Interim: …"): how long, never a person (durations asks).
    + "temp tmp temporary temporarily stopgap stop-gap interim provisional provisionally".split()
    + "short-term shortterm bandaid band-aid".split()
    # Round 30 (gap33b): a verb of telling someone that opens an order as it is said in some
    # tongues ("Alert please when worker restarts …", "Notify please if …"): the request to me.
    + "alert notify page warn monitor scrape".split()
    # Round 33 (gap36a): a greeting in another tongue opening the message ("Salam, please make
    # frontend 6 pods", "Hola, scale …", "Namaste - …"): said to whoever reads, never a name.
    + "salam salaam salamat assalamualaikum marhaba marhaban ahlan namaste".split()
    + "namaskar hola ciao hallo moin servus bonjour salut shalom merhaba selam".split()
    + "howdy greetings aloha hej privet".split()
    # Round 36 (gap39b, blind39): more of them — Czech "Ahoj" / "Nazdar", South African
    # "Howzit" / "Sawubona" / "Molo", Thai "Sawasdee", and the Hebrew "yalla" (come on) that
    # opens a request the same way ("Ahoj, please scale …", "yalla, restart …").
    + "ahoj nazdar howzit sawubona molo sawasdee sawadee sawatdee yalla yallah".split()
    # Round 39 (gap42a, blind42): greetings of Tamil ("Vanakkam, kindly scale …"), Basque
    # ("Kaixo, …"), Georgian ("Gamarjoba, …") and Estonian ("Tere, …"), and Cajun "Mais"
    # (well) opening a message: said to whoever reads, never a name.
    + "vanakkam vanakam kaixo gamarjoba gamardjoba tere mais".split()
    # Round 34 (gap37b, gap37c): a code review's own labels opening a comment ("nit: …",
    # "blocking: …", "minor: …", the Conventional Comments words): how much it matters, the
    # reviewer's, never a person.
    + "nit nits nitpick nitpicking blocking non-blocking nonblocking optional minor major".split()
    + ["praise"]
    # Round 40 (oa46, attack45): every greeting of :data:`.voices.GREETINGS` ("Jambo, restart
    # …", "Talofa, …", "Sveiki - …", "Oi, …"), each word of one ("Buenas tardes, …"): said to
    # whoever reads, never a name.
    # (Round 42, lex42: never a word left out of the classes, said in one of their phrases:
    # "malo" of "malo e lelei", "boas" of "boas tardes" — "Malo, restart …" is asked as before.)
    + [w for g in voices.GREETINGS for w in g.split() if w not in courtesy.EXCLUDED]
    # Round 42 (lex42): a word of urging of :data:`.voices.URGING` opening the line ("davai,
    # restart …", "vamos, scale …", "Allez - …", "ajò, …"): "come on", said to whoever reads,
    # never a name ("Bob, restart worker" is still asked).
    + [u for u in voices.URGING if " " not in u]
)
# Round 18 (a20): the go-ahead words — a label that gives the order rather than withholding
# it ("Decided: …", "Approved: …", "Go: …", "Green light -", "Resolution: …"): never a person,
# and never a status (:mod:`.roles` reads the same table).
GO_AHEAD = (
    r"decided|decision|approved|approval|agreed|go|go-?ahead|green[\s-]?light(?:ed)?|greenlit|"
    r"resolution|signed[\s-]?off|sign-?off|authori[sz]ed|confirmed|final|verdict|lgtm"
)
_GO_AHEAD = re.compile(GO_AHEAD, re.I)
# A greeting, then a name and a comma: "hey bob, …", "hi alice - …", "morning sam: …".
_GREETED = re.compile(
    r"^\W*(?:hi|hey|hello|yo|morning|good\s+morning|evening|dear|ok|okay|"
    # (Round 36, gap39b: a greeting of another tongue before the name, "Ahoj Pepa, …")
    r"ahoj|howzit|shalom|hola|ciao|salut|bonjour|sawubona|sawasdee|namaste|salam|merhaba|"
    # (Round 39, gap42a, dialect words: "Vanakkam Ravi, …", "Kaixo Miren, …", "Tere Mari, …";
    # round 40, oa46: any of :data:`.voices.GREETINGS`, "Jambo Ravi, …", "Ni hao Wei - …")
    r"vanakkam|vanakam|kaixo|gamarjoba|gamardjoba|tere|"
    # (Round 42, lex42: a word of urging before the name, "Davai Bob, …", "Vamos Luis - …":
    # said to that person as "Hey Bob, …" is.)
    + voices.alternation(voices.GREETINGS | voices.URGING)
    + r")\s+"
    r"(?P<who>[a-z]+)\s*(?:[,:!\u2014\u2013]|\s-\s)",
    re.I,
)
# Round 38 (m44b, attack44): the greeted name with no mark before the order ("yo Jo restart
# my-api pls", "hey bob scale orders to 3"): said to that person all the same. (A word of the
# reader's or a manner is no name: "hey bot restart …", "ok lastly restart …": :data:`_READER`.)
_GREETED_BARE = re.compile(
    r"^\W*(?:hi|hey|hello|yo|morning|good\s+morning|evening|dear|ok|okay)\s+(?P<who>[a-z]+)\s+"
    rf"(?=(?:(?:please|pls|plz|kindly)\s+)?(?:{guard.VERBS}|roll|bounce|kick|cycle)\b)",
    re.I,
)
_READER = frozenset(
    "man dude bro bruh pal fam chief mister mr sir madam bud buddy".split()
    # Round 44 (blind47): a title of respect said with no name ("Namaste hajur, add …", Nepali;
    # "Namaste ji, …", "salaam sahib, …", "hello ma'am, …") calls whoever reads: the reader.
    + "hajur huzur huzoor ji sahib saab sahab maam ma'am".split()
)
# Round 41 (sh47a, attack47): a thanks or a friendly word, then a capitalised name or a team,
# then the order ("thanks Bob, scale …", "takk Ola. scale …", "cheers Anna, …", "cool Bob, …",
# "nice one Bob, …", "compadre Luis, …", "amigo Luis, …", "gracias Pedro, …"), or a greeting
# before a team ("Hola frontend team, scale …"): said to that person or team, as "Hi Bob," is.
# ("thanks, restart …", "thanks! scale …", "cheers mate, …" name nobody: planned.)
_FRIENDLY = (
    r"compadre|comadre|compa|hermano|hermana|amigo|amiga|mano|pana|parce|cuate|chamo|hermanito|"
    r"habibi|bratan|brother|sister|my\s+friend|dear|querido|querida|cher|ch[eè]re"
)
_THANKS_WORD = (
    r"thanks(?:\s+(?:a\s+lot|again|so\s+much))?|thank\s+you|thx|ty|tyvm|tysm|cheers|ta|kudos|"
    r"props|cool|nice(?:\s+one)?|great|awesome|sweet|lovely|brilliant|perfect|good\s+job|"
    r"well\s+done|congrats|bravo|" + voices.alternation(voices.THANKS)
)
_NAME = r"(?-i:[A-Z\u00c0-\u00de][^\W\d_A-Z]+)"
_THANKED = re.compile(
    rf"^\W*(?:(?:{_THANKS_WORD}|{_FRIENDLY})\s+(?P<who>{_NAME})|"
    rf"(?:{_THANKS_WORD}|{_FRIENDLY}|{voices.alternation(voices.GREETINGS)})\s+"
    # ("great work team", "nice job team": praise of the work, then the team addressed: us)
    r"(?P<team>(?!(?:work|job|effort|stuff|going|one)\s)[a-z][\w\-]*\s+team))\s*"
    rf"(?:[,:;.!\u2014\u2013]|\s-\s|(?=\s*(?:(?:please|pls|plz|kindly)\s+)?"
    rf"(?:{guard.VERBS}|roll|bounce|kick|cycle)\b))",
    re.I,
)
# The name, then a friendly word before the order ("Luis, compadre, restart …", "Luis compadre
# restart …").
_NAME_FRIENDLY = re.compile(
    rf"^\W*(?P<who>{_NAME})\s*,?\s+(?:{_FRIENDLY})\s*[,:;!\u2014\u2013]?\s*"
    rf"(?=(?:(?:please|pls|plz|kindly)\s+)?(?:{guard.VERBS}|roll|bounce|kick|cycle)\b)",
    re.I,
)
# A name asked in the second person: "bob: can you …", "alice, could you …", "bob please …".
_ASKED = re.compile(
    r"^\W*(?P<who>[a-z]+)(?:\s*[,:]\s*(?:(?:can|could|would|will)\s+(?:you|u)\b|"
    r"(?:please|pls|plz|kindly)\b|you\s+(?:need|should|must|have)\s+to\b|"
    r"(?:when|if)\s+you\s+(?:get|have)\s+a\b)|\s+(?:(?:can|could|would|will)\s+(?:you|u)|"
    r"please|pls|plz|kindly)\b)",
    re.I,
)
# Round 16 (a17): a lower-case name, a colon, then an order — "bob: restart payments", "alice:
# scale worker to 0": a chat line said to that person or by them (never a label: _NOBODY).
# (A word made as a noun of a thing, "capabilities:", "simulation:", "rollout:", is a label.)
_CHAT_LINE = re.compile(
    r"^\W*(?P<who>(?![a-z]*(?:ies|tion|sion|ment|ity|ness|ing|ance|ence|ure|ship|ism|ogy|out|"
    rf"ups?|ies)\b)[a-z]+)\s*:\s+(?=(?:{guard.VERBS})\b)"
)


# Round 17 (a18): a line handed to a named person or a channel — "[sam] restart worker",
# "sam -> restart worker", "assign to sam: …", "reply to sam: …", "Note for Sam: …", "TODO for
# Sam: …" — and a chat line opened by a capitalised name ("Sam: restart worker"; a workload, a
# label or a verb is no name: :func:`_person`).
_HANDED = re.compile(
    r"^\W*(?:\[(?P<b>[a-z]+)\]\s*(?=\S)|(?P<a>[a-z]+)\s*(?:->|=>|\u2192)\s*"
    # ("redis → 3 replicas": a thing and its new value; only an order after the arrow is handed.)
    rf"(?=(?:{guard.VERBS}|roll|bounce)\b)|"
    r"(?:(?:re)?assign(?:ed)?\s+to|reply\s+to|respond\s+to|answer|note\s+for|notes?\s+to|"
    r"todo\s+for|to-?do\s+for|task\s+for|action\s+for|message\s+(?:to|for))\s+@?"
    r"(?P<c>[a-z]+)\s*[:\-\u2014]\s)",
    re.I,
)
# Round 18 (a20): a capitalised name, then a comma or a dash, then an order — "Sam, restart
# payments", "Priya - scale worker to 0", "Dana — roll back checkout": said to that person (a
# filler, a label, a workload or a word made as an adverb is no name: :func:`_person`).
# Round 18 (a21): the same name with no mark before the order ("Sam restart payments"), or
# with what the person is to do said in the third person ("Sam should restart payments", "Priya
# needs to scale worker to 3", "Dana will roll back checkout"): the order is theirs.
_VOCATIVE = re.compile(
    r"^\W*(?P<who>(?-i:[A-Z][a-z]+))\s*(?:,|[\u2014\u2013]|\s-{1,2}\s|"
    r"\s(?:should|must|(?:needs|has|have|got|ought)\s+to|will|'ll|(?:is|are)\s+(?:going\s+)?to|"
    r"can|could)\s|(?=\s[\w-]+\s+\w)"
    # (with no mark, the verb is no noun: "Last deploy of checkout has to be undone")
    r"(?!\s[\w-]+\s+(?:of|for|is|was|were|has|had|have|needs|to\s+be)\b))\s*"
    rf"(?=(?i:{guard.VERBS}|roll|bounce|kick|cycle)\b)"
)
# Round 40: the same, with where the change goes said before its verb ("Bob, in shared-config
# set REGION to eu-west", "Sam - on the orders deployment, set BATCH_SIZE=40"): still said to
# that person (main planned it, as if the name were a greeting).
_VOCATIVE_PLACED = re.compile(
    r"^\W*(?P<who>(?-i:[A-Z][a-z]+))\s*(?:,|[\u2014\u2013]|\s-{1,2}\s)\s*"
    r"(?i:in|on|for|inside|within)\s+(?:the\s+)?[\w./-]+"
    r"(?:\s+(?i:configmap|config\s*map|cm|deployment|deploy|statefulset|sts|namespace|ns))?"
    r"\s*[,:]?\s*"
    rf"(?=(?i:{guard.VERBS}|roll|bounce|kick|cycle)\b)"
)
# Round 18 (a21): the name said after the order, after a comma or a "please"/"thanks" ("restart
# payments, Sam", "scale worker to 3 please Priya", "roll back checkout, thanks Dana").
# (A name after a sign-off, "Thanks and regards, Priya", "BR, Juergen", "Thanks, Sam", signs
# the message: the speaker, not the one addressed.)
_VOCATIVE_END = re.compile(
    r"(?<!regards)(?<!\bbr)(?<!thanks)(?<!thank\syou)(?<!cheers)(?<!best)(?<!rgds)(?<!thx)"
    r"(?<!\bta)(?<!\bty)(?<!wishes)(?<!\bkr)"
    r"(?:,\s*(?:(?:please|pls|plz)\s*,?\s*)?|\s(?:please|pls|plz)\s*,?\s*)"
    r"@?(?P<who>(?-i:[A-Z][a-z]+))\s*[.!]*\s*$",
    re.I,
)
_NAMED_LINE = re.compile(
    r"^\W*(?P<who>(?![A-Za-z]*(?:ies|tion|sion|ment|ity|ness|ing|ance|ence|ure|ship|ism|ogy|"
    rf"out|ups?)\b)[A-Z][a-z]+)\s*:\s+(?=(?i:{guard.VERBS})\b)"
)
# Round 41 (sh47b, attack47): a chat line of a person said after the workload it is about
# ("my-api in shop, Bob: scale to 4", "frontend, Alice: restart"), and a person's line that
# says a state to keep from now on ("Alice: from now frontend runs 5 replicas"): said by or to
# that person, not to me (the topic must be a workload, the name no label: :func:`_person`).
_TOPIC_THEN_NAMED = re.compile(
    r"^\W*(?P<topic>[a-z0-9][\w\-]*)(?:\s+(?:in|on)\s+[\w\-]+)?\s*,\s*"
    r"(?P<who>[A-Za-z][a-z]+)\s*:\s+(?=\S)"
)
# Round 41 (lead, gap44's find): a person named, then a workload's wanted state ("Bob, worker
# needs 2 pods", "Anna — my-api should run 4 replicas"): said to that person, as "Bob, scale
# worker to 2" is (a comma or dash only: "Sale: frontend needs 6 pods" is a label's line).
_VOCATIVE_STATE = re.compile(
    r"^\W*(?P<who>(?-i:[A-Z][a-z]+))\s*(?:,|[\u2014\u2013]|\s-{1,2}\s)\s*(?:the\s+)?"
    r"(?P<topic>[a-z0-9][\w\-]*)(?:'s)?\s+(?:needs?|should|must|has\s+to|have\s+to|ought\s+to|"
    r"is\s+to|wants?)\b"
)
_NAMED_STANDING = re.compile(
    r"^\W*(?P<who>[A-Za-z][a-z]+)\s*:\s+(?i:from\s+(?:now|today)|going\s+forward|henceforth)\b"
)
# A channel the words are to be posted in: "slack #ops: restart worker", "#ops-channel: …";
# round 25 (reports): a team named as one ("team-payments: …", "payments team: …").
_CHANNEL = re.compile(
    r"^\W*(?:(?:slack|teams|mattermost|discord|irc|chat)\s+)?(?P<who>#[a-z][\w\-]*|"
    r"team[-_][a-z][\w\-]*|[a-z][\w\-]*[-_\s]team)\s*:\s",
    re.I,
)
# Round 25 (reports): a lower-case name, then a comma or a dash, then an order ("alice, restart
# payments"), or an action handed to that name as meeting notes write it ("alice to restart
# payments", "bob to scale checkout to 4"). A word that opens an order before "to" is no name
# (:data:`_LEADS_TO`), nor a filler, a label or a workload (:func:`_person`).
_LOWER_VOCATIVE = re.compile(
    rf"^\W*(?P<who>[a-z]+)\s*(?:,|[\u2014\u2013]|\s-{{1,2}}\s|\s+to\s)\s*(?=(?:{guard.VERBS}|"
    r"roll|bounce|kick|cycle)\b)"
)
_LEADS_TO = frozenset(
    """need needs want wants have has got going gonna able about time try remember forget
    proceed continue plan ok okay safe fine free sure due ready way how where what whether
    meant supposed allowed told like love prefer hope wish decide agree order reason attempt
    chance goal aim steps instructions bot assistant agent robot computer buddy mate boss sir
    regardless nevertheless nonetheless however therefore hence thus otherwise wait nvm
    correction likewise whatever cool kk alright right howto imho tbh afaik say necessary
    unnecessary mandatory important essential better best easier faster cheaper quicker simpler
    safer worth enough harmless pointless useless needless wise smart good bad great nice""".split()
)


# Round 25 (gap27): "Per change control CC-2026-0418, please scale …", "Per SOP-112, …", "per
# the runbook, …": "per" opening a reference (a record with its number, or a document named)
# says on whose authority, never a person addressed ("Per, please scale …" still is).
_PER_REFERENCE = re.compile(
    r"^\W*(?:as\s+)?per\s+(?=[^,;:]*?(?:\d|\b(?:change|runbook|sop|ticket|policy|procedure|"
    r"process|plan|request|cab|review|standard|guidance|doc|docs|documentation|spec)\b))"
    r"[^,;:]+,",
    re.I,
)


def addressee(text: str, names: Callable[[], Set[str]]) -> str | None:
    """Who ``text`` is addressed to when it is someone other than the planner, else None.

    ``names`` gives the namespace's workload names (a workload opening the line is its topic).
    """
    lines = [ln for ln in text.replace("\u2019", "'").split("\n") if ln.strip()]
    said = [ln for ln in lines if not rx(r"^\s*>").match(ln)]
    if not said:
        return None
    body = "\n".join(said)
    body = _COPY.sub("", body)
    for m in _MENTION.finditer(body):
        who = m.group("who")
        # "@staging", "@prod-eu": a place, not a person; asked by :mod:`.scope` as a namespace.
        if not (_OURS.fullmatch(who) or _MACRO.fullmatch(who) or _PLACE.fullmatch(who)):
            return f"@{who}"
    if len(said) > 1:
        return None  # a thread pasted line by line names its speakers, not an addressee
    line = said[0]
    if reference := _PER_REFERENCE.match(line):
        line = " " * reference.end() + line[reference.end() :]
    if channel := _CHANNEL.match(line):
        return channel.group("who")
    if (
        (lower := _LOWER_VOCATIVE.match(line))
        and (who := lower.group("who")) not in _LEADS_TO
        and not who.endswith("ed")
        and _person(who, names, label=True)
    ):
        return who
    for pattern in (
        *(_GREETED, _ASKED, _CHAT_LINE, _NAMED_LINE, _VOCATIVE, _VOCATIVE_PLACED, _VOCATIVE_END),
    ):
        named = pattern.search(line) if pattern is _VOCATIVE_END else pattern.match(line)
        label = pattern in (_NAMED_LINE, _VOCATIVE, _VOCATIVE_PLACED, _VOCATIVE_END)
        if named and pattern is _GREETED and _greeting_goes_on(named):
            continue
        if (
            named
            and pattern is _GREETED
            and (title := named.group("who").lower()) in _READER
            # (attack52: never a title said again as someone's, "hello sir, the sir asked me
            # to …", "Namaste hajur, hajur le … bhannu bhayo": a person of that title.)
            and not rx(rf"\b{re.escape(title)}\b", re.I).search(line, named.end())
        ):
            continue  # (round 44: "Namaste hajur, …", "hello sir, …": the reader greeted)
        if named and _person(named.group("who"), names, label=label):
            return named.group("who")
    if (
        (bare := _GREETED_BARE.match(line))
        and (who := bare.group("who")).lower() not in _LEADS_TO | _READER
        and _person(who, names, label=True)
    ):
        return who
    if thanked := _THANKED.match(line) or _NAME_FRIENDLY.match(line):
        who = thanked.groupdict().get("who")
        team = thanked.groupdict().get("team")
        if who and who.lower() not in _READER | voices.ADDRESS and _person(who, names, label=True):
            return who
        if team and team.split()[0].lower() not in _NOBODY:
            return team
    if (
        (topic := _TOPIC_THEN_NAMED.match(line))
        and topic.group("topic") in names()
        and _person(topic.group("who"), names, label=True)
    ):
        return topic.group("who")
    if (
        (state := _VOCATIVE_STATE.match(line))
        and state.group("topic") in names()
        and _person(state.group("who"), names, label=True)
    ):
        return state.group("who")
    if (standing := _NAMED_STANDING.match(line)) and _person(
        standing.group("who"), names, label=True
    ):
        return standing.group("who")
    if handed := _HANDED.match(line):
        who = handed.group("a") or handed.group("b") or handed.group("c")
        if _person(who, names, label=True):
            return who
    return None


def _greeting_goes_on(greeted: re.Match[str]) -> bool:
    """Whether the word read as the name greeted is the greeting's own last word (round 42,
    lex42: "Jamme ja, …", "Vamos la, …", "Hajde pra, …" are "come on", said to no one)."""
    said = " ".join(greeted.string[: greeted.end("who")].split()).strip(" \t!,.:;-").lower()
    return said in voices.GREETINGS | voices.URGING


# A word made as an adverb, a plural or a noun of a thing ("Optionally", "emergencies",
# "Yesterday", "rollout"; round 18, a21: its plural too, "Instructions:", "Operations:") or
# a label of when or whether: never a person's name.
_NO_NAME = re.compile(
    r"[a-z]*(?:ly|ies|(?:tion|sion|ment|ity|ness|ing|ance|ence|ure|ship|ism|ogy|out|day|al)s?)|"
    r"previous|earlier|later|before|after|optional|emergency|prereq|pre|post|step|phase|stage|"
    # Round 18 (a21): the manner of a change said before its verb ("Hard restart payments",
    # "Full rollback of checkout"), never a name.
    r"hard|soft|full|graceful|clean|fast|safe|rolling|partial|manual|forced|cold|warm|"
    r"immediate|instant|single|one|another|second|last|first|next|new|old|latest|current|"
    # Round 29 (gap32b): a field or resource said before its noun ("Memory limit on my-api
    # 256Mi -> 512Mi", "Storage request of postgres …", "Image tag of worker …"), never a name.
    r"memory|storage|disk|image|version|replicas?|heap|probes?|liveness|readiness|startup",
    re.I,
)


def _person(word: str, names: Callable[[], Set[str]], label: bool = False) -> bool:
    """Whether ``word`` may name a person: no label, filler, collective, our name or workload
    (nor, where a label may stand — ``label`` — a word made as one: :data:`_NO_NAME`)."""
    low = word.lower()
    if (
        low in _NOBODY
        or _OURS.fullmatch(low)
        or _GO_AHEAD.fullmatch(low)
        or rx(guard.VERBS).fullmatch(low)
    ):
        return False
    if label and _NO_NAME.fullmatch(low):
        return False
    if len(low) > 4 and typos.distance(low, "please", 1) <= 1:
        return False  # "Plese add a ServiceMonitor …", "Pleas scale …": "please" mistyped
    return low not in {n.lower() for n in names()}


def check(text: str, names: Callable[[], Set[str]]) -> str | None:
    """The question to ask when ``text`` is addressed to someone else, else None."""
    if (who := addressee(text, names)) is None:
        return None
    return (
        f"This is addressed to {who}, not to me, so I changed nothing. Should I do it? If so, "
        "say the request to me again, without the address."
    )
