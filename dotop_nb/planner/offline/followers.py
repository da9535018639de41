"""Is the word right after a workload's name part of the sentence, or maybe of another name?

"scale cart remover to 3" must never scale ``cart``: when ``cart-remover`` is no workload, the
user may mean an object that is elsewhere, of another kind or mistyped, so that is asked. But
most words after a name are plainly the sentence going on — "frontend disruption budget",
"my-api hitting /healthz", "payments and my-api both to 4", "checkout's most recent deploy",
"the cache proxy deployment" (``proxy`` is a container of the Deployment ``cache``). Such a
word is read as the sentence when it is

- a container of the workload named (it says which of several same-named workloads is meant);
- a word of the planner's own vocabulary: a cue word of a registered category, Kubernetes and
  release jargon, a function word or quantifier ("both", "most", "forward");
- a verb form ("picked", "hitting", "quickly"), which names are seldom made of, or any
  inflection of a verb said about services ("exposes", "using", "talks");
- a chat abbreviation ("bc", "rn", "fyi", "incl", "reps") or a contraction typed without its
  apostrophe ("doesnt"): nobody names a workload ``payments-bc``;
- a latency percentile ("checkout p99 doubled") or version jargon ("postgres minor bump");
- a word for the running copies of a service ("payments box", "the my-api servers", "the
  orders dynos"), or for its build artifact ("the new orders jar").

(A word that begins a key of the workload's env or ConfigMap — "orders batch size" with
``BATCH_SIZE`` — is read by :meth:`.Ctx._followed`, which knows the objects.)

Even then an object of another kind named ``<name>-<word>`` (a Service, a CronJob, …) keeps it
a question: "delete cart backup" with a CronJob ``cart-backup`` is not about ``cart``.

>>> plain_word("both")
True
>>> plain_word("remover")
False
"""

from __future__ import annotations

import functools
import re

from dotop_nb.planner.offline import plainwords, statements, voices
from dotop_nb.planner.offline.rx import rx

# Function words, quantifiers and adverbs that follow a name in ordinary sentences and are not
# in the stop words (which end a name already).
_FUNCTION = """both either neither most least many much few lot lots bit whole entire same
    other others own again already still yet ever never always soon today tonight tomorrow
    forward forwards backward backwards ahead along around away behind here there where when
    while since until unless if because though although as like via per about above below
    under after before during against toward towards through across near next right left
    recent recently current currently first second third final previous prior
    is are was were be been being am has have had do does did done will would shall should
    can could may might must need needs needed wants wanted got getting gets keeps kept
    not no nor yes ok okay pls plz please thanks thank asap quick quickly fine good bad
    also too even just really actually currently basically please once twice thrice
    using doing going being
    anyway anyways anyhow regardless instead otherwise meanwhile therefore hence
    anymore
    weekday weekdays workday workdays weeknight weeknights"""
# (Round 40, attack46: "back up postgres weekdays at 6pm": the days said, never a name's rest.)
# Chat abbreviations ("payments bc the tag gets reused", "worker is a SPOF rn").
_CHAT = """bc bcs cuz coz cos rn atm fyi btw imo imho tbh iirc afaik eod eow tmr tmrw pls plz
    thx ty np ok lol hth wip incl excl w wo reps rep"""
# Round 34 (gap37b, gap37d): Filipino function words said between English ones (Taglish: "yung
# trip API (my-api) wag muna", "frontend po"), the sentence going on after a name, never the rest
# of one (an object so named is still asked): :data:`.voices.TAGALOG`'s chat words.
# Round 36 (gap39b, blind39): a word the writer calls the reader by, or a politeness particle,
# said after an order ("restart worker bro", Thai "restart worker krub", "… yaar", "… abeg"):
# the sentence going on, never the rest of a name (:data:`.voices.ADDRESS`, each voice's own).
# :mod:`.workloads` reads it as no noun of a relative change either.
ADDRESS = voices.ADDRESS
# Round 39 (gap42a, blind42): Cajun (and other) English function words said the way they sound
# ("PDB for payments wit minAvailable 1", "dat's the peeler payments"): the sentence going on,
# never the rest of a name.
_SPOKEN = """wit dat dis"""
# Contractions typed without their apostrophe ("checkout doesnt talk to the api").
_BARE_CONTRACTIONS = """dont doesnt didnt isnt arent wasnt werent wont cant couldnt shouldnt
    wouldnt hasnt havent hadnt mustnt neednt"""
# Verbs said about what a service does ("orders exposes envoy stats", "cart talks to db"):
# every inflection of them reads as the sentence going on.
_VERBS = """expose serve read write send receive call talk handle process consume listen emit
    publish return fail crash hang leak spike lag stall retry respond reply connect depend
    rely show seem look start stop die break throw hit pull push run use do go try keep
    struggle choke flap time
    lack miss accept allow mount bind escalate require carry contain ship grant permit trust"""
# (the last line: what a security finding says of a workload, "frontend lacks a seccomp
# profile", "postgres accepts connections from every pod", "worker mounts the sa token")
# Release and operations jargon said about a workload ("the worker build", "frontend traffic").
_JARGON = """build builds artifact artifacts pipeline ci cd deploys deployed deploying
    rollouts rollout release releases releasing pods pod replica replicas container
    containers sidecar sidecars image images tag tags version versions revision revisions
    traffic requests latency errors error logs log alerts alert dashboard dashboards
    endpoint endpoints port ports path paths url uri route routes health healthz readyz livez
    metrics stats config settings env vars variable variables secret secrets volume volumes
    cpu memory ram disk storage quota usage load capacity throughput outage incident
    utilisation utilization saturation headroom
    downtime uptime availability disruption disruptions eviction evictions budget budgets
    crash crashes crashloop oom oomkilled restart restarts team owners upgrade upgrades
    migration migrations cutover maintenance minor major patch hotfix bump bumps slo sli qps
    rps tps jar jars war wars binary binaries bundle bundles package packages"""
# Kubernetes spec fields typed after the name they are set on ("pdb my-api minAvailable 50%",
# "hpa worker maxReplicas 8"): nobody names a workload ``my-api-minavailable``.
_FIELDS = """minavailable maxunavailable maxsurge minreplicas maxreplicas replicas
    imagepullpolicy resources requests limits readinessprobe livenessprobe startupprobe
    periodseconds initialdelayseconds timeoutseconds failurethreshold successthreshold
    terminationgraceperiodseconds averageutilization targetcpuutilizationpercentage
    cpupercent topologyspreadconstraints nodeselector tolerations affinity antiaffinity
    maxskew whenunsatisfiable revisionhistorylimit progressdeadlineseconds"""
# Vague nouns for "what belongs to it" ("the orders stuff (app=orders)", "the payments bits"):
# a description of the workload, never the rest of a name.
_VAGUE = """stuff things thing bits pieces side parts"""
# What people call the running copies of a service ("one more payments box", "reboot the my-api
# servers", "the checkout fleet", "all the my-api dynos", "the orders tasks"): the workload
# itself, said as the machines of old or in another platform's word — read from the one table
# of those words, :data:`.plainwords.TABLE` (:func:`.plainwords.copy_word`).
# Words cue patterns contain that are products or names (a workload may be called so).
_NAMES = frozenset(
    """postgres postgresql mysql mysqldumps kafka rabbitmq redis sql mongo mongodb elastic
    nginx envoy memcached host hosts system""".split()
)


@functools.cache
def _cue_words() -> frozenset[str]:
    """The literal words of every registered cue ("disruption", "prometheus", "kick")."""
    from dotop_nb.planner.offline.registry import REGISTRY  # noqa: PLC0415 - import cycle

    words: set[str] = set()
    for capability in REGISTRY.values():
        for cue in capability.cues:
            literal = rx(r"\\[a-zA-Z]").sub(" ", cue.pattern.pattern).lower()
            # A fragment left by a regex ("autoscal" of "autoscal(e|ing)") is no word: that is
            # harmless here, it only ever matches a word that is exactly the fragment.
            words.update(rx(r"(?<![a-z\-])[a-z]{3,}(?![a-z\-])").findall(literal))
    return frozenset(words - _NAMES)


# Words that end workload names far more often than they go on with a sentence.
_NAME_PARTS = frozenset(
    """batch canary consumer consumers exporter remover reports worker workers cron jobs job
    gateway proxy sidecar migrator migrations scheduler""".split()
)


# The parts a running service is made of inside ("worker's tokio runtime", "all 4 worker threads
# pegged", "the orders event loop", "checkout request handlers"): said after the workload's name
# they describe the workload itself, never another object (:func:`inner_part`).
_INNER = frozenset(
    """runtime runtimes thread threads threadpool threadpools loop loops handler handlers
    goroutine goroutines coroutine coroutines fiber fibers executor executors reactor
    interpreter jvm gc heap eventloop callbacks""".split()
)
# Words for what a service does in its process ("the orders consumer loop", "worker listener
# threads"): they end workload names too ("orders-consumer"), so they describe the workload only
# with an inner part after them, or a library the service is built on before it.
_ROLES = frozenset(
    """consumer consumers producer producers listener listeners poller pollers subscriber
    subscribers worker workers dispatcher server event events request requests http grpc
    api""".split()
)


# Things a workload uses, sits behind or is run by, said after its name in the order ("restart
# the payments db", "the frontend ingress", "the orders queue", "the worker VM", "the checkout
# job"): another object — in the cluster or outside it — never the workload itself, unless the
# workload runs one (the postgres db is postgres): asked (:func:`other_thing`). Each noun maps
# to what a workload that IS such a thing runs (matched against its name and images).
_DATABASES = ("postgres", "mysql", "mariadb", "mongo", "cockroach", "redis", "cassandra")
_PROXIES = ("nginx", "envoy", "haproxy", "traefik", "ingress", "gateway", "proxy")
_QUEUES = ("rabbitmq", "kafka", "nats", "redis", "activemq", "queue", "broker")
_OTHER_THINGS: dict[str, tuple[str, ...]] = {
    "db": _DATABASES,
    "dbs": _DATABASES,
    "database": _DATABASES,
    "databases": _DATABASES,
    "ingress": _PROXIES,
    "lb": _PROXIES,
    "gateway": _PROXIES,
    "cdn": (),
    "dns": (),
    "queue": _QUEUES,
    "queues": _QUEUES,
    "broker": _QUEUES,
    "cronjob": (),
    "job": (),
    "backup": (),
    "backups": (),
    "vm": (),
    "vms": (),
    "mesh": (),
    "exporter": ("exporter",),
    "pool": (),
}
_OTHER_PAIRS: dict[tuple[str, str], tuple[str, ...]] = {
    ("load", "balancer"): _PROXIES,
    ("service", "mesh"): (),
    ("api", "gateway"): _PROXIES,
    ("feature", "flag"): (),
    ("feature", "flags"): (),
    ("connection", "pool"): (),
    ("read", "replica"): (),
    ("read", "replicas"): (),
    ("metrics", "exporter"): ("exporter",),
    ("message", "queue"): _QUEUES,
    ("cron", "job"): (),
}


def other_pair(word: str, then: str) -> bool:
    """Whether ``word then`` is one two-word thing of :func:`other_thing` ("load balancer")."""
    return (word, then) in _OTHER_PAIRS


def other_thing(word: str, then: str = "") -> tuple[str, ...] | None:
    """What a workload that IS the thing ``word`` (``then``) says would run, when the words
    after a workload's name say another thing it uses or sits behind ("db", "ingress", "load
    balancer", "connection pool"); None when they say no such thing."""
    if (word, then) in _OTHER_PAIRS:
        return _OTHER_PAIRS[(word, then)]
    return _OTHER_THINGS.get(word)


def inner_part(word: str, then: str = "") -> bool:
    """Whether ``word`` (and ``then``, the word after it) say a part of the named workload's own
    process: an inner part ("threads", "runtime", "handlers"), or a role or a library followed
    by one ("consumer loop", "tokio runtime", "axum handlers"). A role alone ("orders
    consumer") or any other word ("payments gateway") may end another workload's name: no."""
    if word in _INNER:
        return True
    from dotop_nb.planner.offline import frameworks  # noqa: PLC0415 - import cycle

    return then in _INNER and (word in _ROLES or frameworks.library(word))


# Round 19: what a workload keeps, said after its name in a request to back it up: "back up
# the postgres data", "snapshot the cache volume", "a backup of the orders storage" — what a
# backup of the workload takes. Never in a request that deletes (then it is asked).
_HELD = frozenset("data volume volumes storage disk disks state".split())
_BACKED_UP = re.compile(
    r"\b(?:back(?:ing|ed)?[\s-]?ups?|snapshot(?:s|ted|ting)?|dump(?:s|ed|ing)?|velero)\b"
)


def held_word(word: str, text: str) -> bool:
    """Whether ``word`` after a workload's name says what it keeps, in ``text`` (lower-case)
    that asks for a backup (see the rule above)."""
    return word in _HELD and bool(_BACKED_UP.search(text))


def plain_word(word: str) -> bool:
    """Whether ``word`` is the sentence going on rather than the rest of a name."""
    from dotop_nb.planner.offline.context import STOP  # noqa: PLC0415 - import cycle

    vocabulary = STOP | _cue_words() | _WORDS
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    if word in _NAME_PARTS or stem in _NAME_PARTS:
        return False  # "payments batch" may be payments-batch, even if a cue uses the word
    if word in vocabulary or stem in vocabulary or plainwords.copy_word(word):
        return True
    if statements.measured(word):
        return True  # what a measure did ("checkout burns 40% more CPU", "the SLI dipped")
    if rx(r"p\d{2}(?:\.\d+)?").fullmatch(word):
        return True  # a latency percentile ("checkout p99 doubled")
    if rx(r"[x\u00d7]\d{1,4}|\d{1,4}[x\u00d7]").fullmatch(word):
        return True  # a factor ("payments x10", "web 3x"); another object so named is asked
    # Verb forms ("picked", "hitting") and adverbs ("quickly"); short words ("bed") are not.
    return len(word) >= 6 and bool(rx(r"[a-z]+(?:ed|ing|ly)").fullmatch(word))


def _inflected(verbs: str) -> frozenset[str]:
    """Each verb with its -s, -es, -ed, -d and -ing forms ("expose": "exposes", "exposing")."""
    forms: set[str] = set()
    for verb in verbs.split():
        base = verb[:-1] if verb.endswith("e") else verb
        forms.update({verb, f"{verb}s", f"{verb}es", f"{verb}ed", f"{verb}d", f"{base}ing"})
    return frozenset(forms)


_WORDS = (
    frozenset(_FUNCTION.split())
    | frozenset(_JARGON.split())
    | frozenset(_CHAT.split())
    | voices.TAGALOG.chat
    | frozenset(_SPOKEN.split())
    | ADDRESS
    | frozenset(_BARE_CONTRACTIONS.split())
    | frozenset(_FIELDS.split())
    | frozenset(_VAGUE.split())
    | _inflected(_VERBS)
)
