"""The words of the voices people here write English in: one table a voice (round 39, voices39).

Words only (reads nothing of the planner, like :mod:`.kindwords`): each voice is a
:class:`Voice` — its words as the English they mean (:func:`phrase_table` builds a table from
``{meaning: "a|b|c"}``), its strong marks (one makes a message plainly of it), its weak marks
(two do), the words it calls the reader by or softens an order with (the sentence going on),
and the marks that tell of something not an order: hearsay, another's plan, a negation. The
readers take them by name: :mod:`.tongues` reads the voices' words as English, :mod:`.followers`
the words calling the reader (:data:`ADDRESS`), :mod:`.vernacular`, :mod:`.pledges` and
:mod:`.roles` the marks of hearsay, plans and negations.

>>> PATOIS.words["pon"], SCOTS.words["the morra"], SWAHILI.words["futa"]
('on', 'tomorrow', 'delete')
>>> phrase_table({"later": "nanti|ntar"})
{'nanti': 'later', 'ntar': 'later'}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dotop_nb.planner.offline import courtesy


def phrase_table(
    said: dict[str, str], into: dict[str, str] | None = None, *, keep: bool = False
) -> dict[str, str]:
    """``into`` (a new table if None) with each phrase of ``said``'s ``{meaning: "a|b|c"}`` as
    its meaning — a phrase already there keeps its first meaning where ``keep``."""
    table: dict[str, str] = {} if into is None else into
    for meaning, phrases in said.items():
        for phrase in phrases.split("|"):
            if keep:
                table.setdefault(phrase, meaning)
            else:
                table[phrase] = meaning
    return table


def phrases(said: str) -> frozenset[str]:
    """The phrases of ``said`` ("a|b c|d", lines broken anywhere), each with single spaces."""
    return frozenset(" ".join(p.split()) for p in said.split("|") if p.strip())


def alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, the longest first, a space in one as any run of spaces."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@dataclass(frozen=True)
class Voice:
    """One voice: its words as their English, its strong and weak marks, the words it calls the
    reader by or softens an order with, and its marks of hearsay, of a plan and of a negation
    (regex alternations, each followed by the order's verb where a reader takes it)."""

    name: str
    words: dict[str, str] = field(default_factory=dict)
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()
    chat: frozenset[str] = frozenset()
    hearsay: str = ""
    plan: str = ""
    negation: str = ""


# Round 35 (gap38c, blind38): two more tongues written into English, read as Taglish is (above):
# the words as the English they mean, quoted text and the namespace's names kept, only in a
# message that is plainly that tongue.
# - Kenyan Swahili-English ("Futa deployment ya payments lakini payments-config ibaki", "my-api
#   rudisha to 1.3.8, 1.4.0 ina bug", "upgrade to postgres:16.5 baada ya 02:00"): one word of
#   :data:`_SW_STRONG` (no English word) makes it so; its verbs of change ("futa" delete,
#   "rudisha" roll back), its function words ("ya" of, "na" and, "lakini" but, "kwa" for) and
#   its times ("baada ya" after, "kabla ya" before, "jana" yesterday, "sasa hivi" right now).
#   ("kwa" is "to" before a version, "rudisha my-api kwa 1.3.9"; "for" otherwise.)
# - colloquial Scots ("update my-api tae 1.5.0", "roll payments back tae 2.9.6", "on tae 0.9.3
#   the morra efter 06:00", "bin the Service o the visitor-centre site"): one word of
#   :data:`_SCO_STRONG`, or two of its words that are English too ("bin", "o", "wi", "fur").
#   "bin" is "delete" only as a clause's first word, before "the" or a name.
_SW_WORDS = phrase_table(
    {
        "delete": "futa|ifute|ifutwe",
        "set": "weka",
        "roll back": "rudisha|irudishe|irudishwe",
        "don't touch": "usiguse|msiguse",
        "don't delete": "usifute|msifute",
        "but": "lakini|ila",
        "stays": "ibaki|ibakie|ibaki hivyo|zibaki|zibakie",
        "after": "baada ya|baada",
        "before": "kabla ya",
        "of": "ya|za|wa",
        "and": "na",
        "has": "ina",
        "has no": "haina",
        "for": "kwa",
        "yesterday": "jana",
        "today": "leo",
        "tomorrow": "kesho",
        "right now": "sasa hivi|sasa hivi hivi",
        "now": "sasa",
        "please": "tafadhali|tafadali",
        "thanks": "asante sana|asante|asanteni",
        "we don't use it anymore": "hatuitumii tena|hatuutumii tena|haitumiki tena|hatutumii tena",
        "we don't use it": "hatuitumii|hatuutumii|haitumiki|hatutumii",
        # (Round 35, gap38b at the merge: "orders lazima i-run as non-root", "badilisha PROVIDER
        # iwe adyen", "Ni my-api peke yake inaweza kufika postgres": only my-api may reach it.)
        "must": "lazima",
        "change": "badilisha",
        "to": "iwe",
        "then": "halafu",
        "alone": "peke yake|peke yao",
        "can reach": "inaweza kufika|wanaweza kufika|anaweza kufika",
        # (Round 35, gap38a and gap38d at the merge: "Punguza orders from 2 to 1", "weka replicas
        # tatu", "usibadilishe PDB yake", "Alert kama … iko juu ya 1% …", "Restart my-api na
        # frontend, zote mbili", "Weka PDB yenye minAvailable 1", "pods 2 ziko node moja".)
        "increase": "ongeza",
        # (Round 36, a41b: "ongeza payments kutoka 2 hadi 4", "punguza frontend hadi 2": from, to
        # before a number and until otherwise; "ongeza payments kwa mbili": by, after a verb of
        # more or less.)
        "from": "kutoka",
        "until": "hadi|mpaka",
        "reduce": "punguza",
        "don't change": "usibadilishe|msibadilishe",
        "its": "yake",
        "is": "iko",
        "are": "ziko",
        "is above": "iko juu ya|iko juu",
        "above": "juu ya",
        "if": "kama",
        "with": "yenye",
        "both": "zote mbili|wote wawili",
        "very": "sana",
        "gets": "ipatiwe|ipewe",
        "there is no": "hakuna",
        "this week": "wiki hii",
        "are many": "ni wengi",
        "one": "moja",
        "two": "mbili",
        "three": "tatu",
        "four": "nne",
        "five": "tano",
        "six": "sita",
    }
)
# (Never "jana", "leo", "kesho" alone: people are called so — "Leo says restart worker".)
_SW_STRONG = frozenset(
    "futa ifute ifutwe weka rudisha irudishe irudishwe usiguse msiguse usifute msifute lakini "
    "ibaki ibakie zibaki zibakie baada kabla haina sasa tafadhali tafadali asante asanteni "
    "hatuitumii hatuutumii haitumiki hatutumii lazima badilisha halafu peke inaweza "
    "wanaweza anaweza kufika kwa ongeza punguza usibadilishe msibadilishe ziko hakuna "
    "ipatiwe ipewe yenye mbili"
    # Round 36 (a41a, attack40): its times, days and hedges, no English word nor a name ("scale
    # payments to 4 jioni", "… hadi Ijumaa", "… kama bob anakubali", "kila Jumapili saa tatu
    # asubuhi"): the message is Swahili, and what no table reads of it is asked (dialect_unread).
    " baadaye jioni usiku mchana asubuhi labda pengine mpaka kutwa ijayo kama saa jumatatu "
    "jumanne jumatano alhamisi ijumaa jumamosi jumapili".split()
)
_SCO_WORDS = phrase_table(
    {
        "to": "tae",
        "from": "fae|frae",
        "after": "efter",
        "before": "afore",
        # (Round 36, a41a: "the morn" is tomorrow and "the morn's morn" the day after; "in a wee
        # while" is later, "fur a wee while" how long it holds; "mebbe" maybe.)
        "the day after tomorrow": "the morn's morn|the morra's morn",
        "tomorrow": "the morra|the morn",
        "a while": "a wee while",
        "maybe": "mebbe|mibbe",
        "now": "the noo",
        "don't": "dinnae|dinna",
        "can't": "cannae|canna",
        "won't": "willnae|winnae|winna|wullnae|wullna",
        "no": "nae",
        "of": "o",
        "with": "wi",
        "off": "aff",
        "out": "oot",
        "down": "doon",
        "alone": "alane",
        "what": "whit",
        "was": "wis",
        "more": "mair",
        "for": "fur",
        "itself": "itsel",
        "anything": "anythin",
        "nothing": "naethin|nuthin",
        "nobody": "naebody",
        "please": "gonnae",
        # (Round 35, gap38a at the merge.)
        "doesn't": "disnae",
        "can you": "can ye|could ye",
        "yes": "aye",
    }
)
_SCO_STRONG = frozenset(
    "tae fae efter afore morra noo dinnae dinna cannae canna willnae winnae winna wullnae wullna "
    "nae aff oot doon alane mair itsel anythin naethin naebody gonnae frae disnae aye morn wee "
    "mebbe mibbe fur".split()
)
# (Round 36, a41a: "fur" is strong — "scale payments to 4 fur the day" is how long it holds.)
_SCO_WEAK = frozenset("o wi whit wis bin".split())

# Round 37 (gap40b, blind40): four more voices whose words carry no change of their own, read as
# Scots is (the words as the English they mean, quoted text, values and names kept), each only in
# a message plainly of it:
# - Nigerian Pidgin ("Abeg restart fare payments (payments)", "worker dey struggle, double am",
#   "make una add 2 more pods … sharp sharp", "no touch the app container", "keep am 30 days"):
#   one word of :data:`_PCM_STRONG`, or "o" closing a clause ("rolling restart o, no delete").
#   "am" is "it" (never after "I": "I am"); "o" is taken out only where it closes a clause.
# - Singlish ("add two more lah", "coming liao", "Don't touch payments ah"): one word of
#   :data:`_SGL_STRONG`; "ah" is taken out only where it closes a clause. A closing "can?" after
#   an order ("… daily 03:15 can?", "my-api go 4 can?") asks whether it may be done — the
#   order itself, read in any message (:data:`.tongues._CAN_TAG`; never "… if you can?").
# - Newfoundland English ("Storm comin' tonight b'y", "anythin'"): "b'y" (a word the writer
#   calls the reader by) out, a word with its final g dropped spelled with it — so no
#   apostrophe of theirs is read as an unclosed quote.
# - Swedish-English ("Restart herder map (frontend), tack", "Hej, …"): "tack" closing a clause
#   is "thanks"; "hej" is "hi".
_PCM_WORDS: dict[str, str] = {
    "abeg": "please",
    # (Round 39, voices39 — attack44: Igbo "biko" (please) and Yoruba "jare" (an emphasis closing
    # the order) in Pidgin: "biko scale my-api go 8", "abeg bounce worker jare".)
    "biko": "please",
    "jare": "",
    "make una": "please",
    "sharp sharp": "quickly",
    "now now": "right now",
    "no touch": "don't touch",
    "dey": "is",
    "don": "has",
    "am": "it",
    "o": "",
    "wahala": "trouble",
    "wetin": "what",
    "oga": "boss",
    "una": "you",
}
_PCM_STRONG = frozenset("abeg una wahala wetin oga dey abi biko jare".split())
_SGL_WORDS: dict[str, str] = {
    "lah": "",
    "leh": "",
    "lor": "",
    "liao": "already",
    "ah": "",
    "alamak": "oh no",
    "shiok": "great",
    "tabao": "takeaway",
    "hor": "",  # (round 39, voices39: "help me restart worker hor": a particle asking assent)
    # (Round 39, voices39: "restart worker can or not? just do it lah": "can?", may it be done.)
    "can or not": "can",
}
_SGL_STRONG = frozenset("lah leh lor liao alamak shiok tabao hor".split())
_NL_WORDS: dict[str, str] = {
    "b'y": "",
    "yes b'y": "",  # (an exclamation: "… to 4, yes b'y")
    # (Round 37, m43a — attack43: "restart my-api, yeah b'y" — the same exclamation.)
    "yeah b'y": "",
    "yea b'y": "",
    "'em": "them",
    "'cause": "because",  # (round 39, voices39: "restart worker 'cause it's been actin' up")
    **{
        f"{stem}in'": f"{stem}ing"
        for stem in "com go do anyth noth someth look runn wait gett".split()
    },
}
_SV_WORDS: dict[str, str] = {"tack": "thanks", "hej": "hi", "tack tack": "thanks"}
_SV_STRONG = frozenset("hej tack lagom jättebra".split())
# Round 38 (gap41a, blind41): Jamaican Patois, read as Scots is (the words as the English they
# mean, quoted text, values and names kept), only in a message plainly of it: one word of
# :data:`_JAM_STRONG` ("pon", "cyaan", "nuh", "wid", "seh", "waan", …), or two of its words that
# are words of other tongues too ("di", "fi", "mi", "dem", "den", "inna", "wi", "gi", "mek").
# "Set LOG_LEVEL to debug pon di pickup API (my-api)" is "… on the pickup API", "PDB fi di
# pickup API wid minAvailable 1" is "PDB for the pickup API with …", "Miss Pearl seh di growers
# cyaan log in" is "… says the growers can't log in" (a report), "mi nuh waan dem all pon one
# box" is "I don't want them all on one box" (a wish, never a count). Some words are read by
# where they stand (:func:`.tongues._jamaican`): "nuh" closing a clause is a tag (out: "Gi it
# more memory nuh, …"), else "don't"; "mi" opening a clause or before a verb is "I", else
# "me"; "mi" and "gi" after a number are units ("256 Mi", "2 Gi"); "dem" opening a clause is
# "they", else "them"; "fi" after a pronoun is "should" ("wi fi scale …"), else "for";
# "nutten" after a negation in its clause is "anything".
_JAM_WORDS = phrase_table(
    {
        "the": "di",
        "on": "pon",
        "in": "inna",
        "with": "wid",
        "for": "fi",
        "don't": "nuh",
        # ("worker nuh have no requests", "if worker nuh have a ready pod": has none)
        "has no": "nuh have no|nuh have a|nuh have any|nuh got no|nuh got a|nuh got any|nuh hab no|"
        "nuh hab a",
        "doesn't have": "nuh have|nuh got|nuh hab",
        "won't": "nah",
        "I": "mi",
        "want": "waan",
        "what": "wah",
        "what is going on": "wah a gwaan|wha a gwaan|wah gwaan|wha gwaan",
        "going on": "gwaan",
        "them": "dem",
        "they are going to": "dem a go|dem ago",
        "I am going to": "mi a go|mi ago",
        "we are going to": "wi a go|wi ago",
        "take": "tek",
        "give": "gi",
        "can't": "cyaan|kyaan",
        "says": "seh|sey",
        "there": "deh so|deh suh|deh",
        "then": "den",
        "nothing": "nutten|nutn|nuttn|notn|nuttin",
        "we": "wi",
        "you": "yuh|unu|unnu",
        "thing": "ting",
        "everything": "everyting",
        "something": "someting",
        "anything": "anyting",
        "make": "mek",
        "have to": "haffi|hafi",
        "didn't": "neva|nevah",
        "over": "ova",
        "little": "likkle",
        "this": "dis",
        "that": "dat",
        "morning": "mawnin|mawning",
        # (Round 38, the lead — attack44: "scale payments to 9 di morrow" is tomorrow, waited on.)
        "tomorrow": "di morrow|dimorrow|tumaro|tumaru|tumarrow",
        "brother": "bredda|bredrin|breddah",
        "sister": "sistren",
        "leave": "lef",  # (round 39, voices39: "… but lef orders alone")
    }
)
_JAM_STRONG = frozenset(
    "pon cyaan kyaan nuh waan wid gwaan seh tek haffi nutten nutn nuttn notn nuttin unu unnu "
    "yuh mawnin bredda bredrin breddah sistren everyting someting anyting likkle neva morrow "
    "dimorrow tumaro tumaru tumarrow lef".split()
)
_JAM_WEAK = frozenset("di fi mi dem den inna wi gi mek dis dat deh ting wah".split())

# Round 30 (gap33): Taglish. Its marks, one of them no English word too ("sa", "na", "ng", "at",
# "po" alone are not enough): a regex alternation, as its "paki-" / "pa-" prefixes are a shape.
TAGALOG_STRONG = (
    r"paki-?[a-z]+|pa-[a-z]+|yung|mamaya(?:ng)?|ibalik|pagkatapos|kasama|niya|wag|huwag|"
    r"tanggalin|gawing|dagdag(?:an)?|bawas(?:an)?|lagyan|walang|galawin|naman|lang|muna|ngayon|"
    r"kahapon|salamat|pwede|bukas|gabi|hindi|susunod|saka|sabi|gusto|kailangan|pero"
)
# Round 34 (gap37d): Filipino (Taglish) words for a change by a count and for a prohibition
# ("Dagdag 2 replicas sa frontend" adds two, never sets two; "wag galawin yung cache" is
# "don't touch the cache"), and its "later": waited on (read among :data:`.tongues.LEXICON`).
_TL_WORDS = phrase_table(
    {
        "add": "dagdag ng|dagdagan ng|magdagdag ng|dagdag|dagdagan|magdagdag|idagdag",
        "reduce by": "bawas ng|bawasan ng|magbawas ng|bawas|bawasan|magbawas|ibawas",
        "don't": "wag|huwag",
        "touch": "galawin|gagalawin|galawan",
        "later": "mamaya|mamayang",
    }
)
# Round 36 (gap39b, blind39): Taglish said after a name ("sa trip API (my-api) wag muna",
# "worker isa lang yung pod", "frontend po"): particles, prepositions, pronouns and linkers,
# the sentence going on (:mod:`.followers`).
_TL_CHAT = """po opo yung iyong ang ng nang sa lang lamang isa wag huwag muna si ni kay pag kapag
    para kasi din rin naman ba nga yun iyon ito niya nila natin namin kami tayo sila dito doon
    ay mga hindi pero tapos ngayon mamaya mamayang agad lahat na pa pala daw raw kahapon"""

# Round 36 (gap39a, blind39): Thai-English: its polite particles (one makes a message plainly
# Thai-English, :func:`.tongues.particles`), and the words no reading here holds, that may say
# the change is not wanted, not yet, already done or for later ("mai restart worker krub":
# don't; "yang mai", "laew", "prung nee"): asked as unread.
_TH_STRONG = frozenset("krub khrub krab khrab krap khrap khrup kha".split())
THAI_UNREAD = frozenset(
    "mai ya yaa yang tong laew leaw ja cha prung proong phrung wan dai arai kob khob".split()
)
# (Its particles calling the reader, :data:`ADDRESS`: "krub" … and "ka", never a mark alone.)
_TH_CHAT = frozenset("krub khrub krab khrap krap kha ka".split())

SWAHILI = Voice("Swahili-English", _SW_WORDS, _SW_STRONG)
SCOTS = Voice(
    "Scots",
    _SCO_WORDS,
    _SCO_STRONG,
    _SCO_WEAK,
    # (m44a: "Morag's gonnae scale worker tae 8", "I'm gaun tae restart …": a plan.)
    plan=r"gonnae|gaun\s+tae|gaun\s+to|goin'?\s+tae|gonny",
)
PIDGIN = Voice(
    "Nigerian Pidgin",
    _PCM_WORDS,
    _PCM_STRONG,
    chat=frozenset({"abeg"}),
    hearsay=r"talk\s+say",
    negation=r"don|no",
)
SINGLISH = Voice("Singlish", _SGL_WORDS, _SGL_STRONG)
NEWFOUNDLAND = Voice("Newfoundland English", _NL_WORDS)
SWEDISH = Voice("Swedish-English", _SV_WORDS, _SV_STRONG)
PATOIS = Voice(
    "Jamaican Patois",
    _JAM_WORDS,
    _JAM_STRONG,
    _JAM_WEAK,
    hearsay=r"seh|sey|sez",
    # (m44b: "dem a go restart worker later", "Priya fi scale orders tomorrow".)
    plan=r"a\s+go|a\s+gwine|gwine|fi|haffi|affi",
    negation=r"nuh|noh|doan|dohn|nah|neva|nevah|nuffi",
)
# The words of :data:`PATOIS` read by where they stand (:func:`.tongues._jamaican`).
PATOIS_PLACED = frozenset("nuh mi gi dem fi nutten nutn nuttn notn nuttin pon".split())
TAGALOG = Voice("Taglish", _TL_WORDS, chat=frozenset(_TL_CHAT.split()))
THAI = Voice("Thai-English", strong=_TH_STRONG, chat=_TH_CHAT)
# Round 37 (tw41a): the reader called, or a politeness particle, in Hindi-English ("scale
# worker to 3 yaar", "… bhai"), Japanese-English ("… kudasai", "… onegai"), Indonesian-English
# ("… dong"; "Bob akan restart postgres" (will), "Mary mau restart frontend" (wants to): another's
# plan, :mod:`.roles`) and London English ("… innit").
HINDI = Voice("Hindi-English", chat=frozenset("yaar yar bhai bhaiya bhaiyya".split()))
JAPANESE = Voice(
    "Japanese-English", chat=frozenset("kudasai onegai onegaishimasu yoroshiku".split())
)
INDONESIAN = Voice("Indonesian-English", chat=frozenset("dong deh sih".split()), plan=r"akan|mau")
LONDON = Voice("London English", chat=frozenset({"innit"}))
# Round 39 (gap42a, blind42): the reader called, or an end particle, in Cajun English ("restart
# my-api, cher"), Spanish and Basque English ("restart the API vale": OK) and Tamil English ("…
# machan").
CAJUN = Voice("Cajun English", chat=frozenset({"cher", "chere"}))
BASQUE = Voice("Basque-English", chat=frozenset({"vale"}))
TAMIL = Voice("Tamil-English", chat=frozenset({"machan", "machi"}))
# The voices :func:`.tongues.dialects` reads, in its order.
DIALECTS = (SWAHILI, SCOTS, PIDGIN, SINGLISH, NEWFOUNDLAND, SWEDISH, PATOIS)

# Round 40 (oa46, attack45 and blind43): three closed word classes said around an order in the
# forty most spoken tongues and the voices of the blind sets' headers, none of them a word of
# what, when or whether to change. Never a person's name nor a word of English (a name greeted
# after one is still a name: "Jambo Ravi, restart …"); an unknown word is still asked, and a tag
# with "?" still asks ("…, na?").
# - GREETINGS opening a message ("Jambo, restart …", "Ni hao - delete …", "Allillanchu! …",
#   "Selamat pagi, team, …"): said to whoever reads (:mod:`.addressed`, :mod:`.openers`,
#   :mod:`.guard`'s lead of a delete).
_GREETINGS_BEFORE_42 = phrases(
    # English and the greetings read before round 40 (:mod:`.addressed`)
    """hi|hey|hello|hiya|howdy|g'day|gday|greetings|yo|aloha|
    salam|salaam|assalamualaikum|salam alaikum|as-salamu alaykum|assalamu alaikum|marhaba|
    marhaban|ahlan|ahlan wa sahlan|namaste|namaskar|namaskaram|namaskara|namaskaar|nomoskar|
    nomoshkar|adaab|ram ram|sat sri akal|kem cho|vanakkam|vanakam|ayubowan|
    hola|buenas|buenos dias|buenos días|buenas tardes|buenas noches|olá|oi|bom dia|boa tarde|
    bonjour|bonsoir|salut|coucou|ciao|salve|buongiorno|bo día|bo dia|bon dia|
    hallo|moin|servus|guten tag|guten morgen|grüß gott|gruss gott|grüezi|gruezi|hoi|goedemorgen|
    hej|hei|moi|terve|god morgen|góðan dag|godan dag|góðan daginn|sæl|sæll|
    privet|zdravstvuyte|pryvit|vitayu|ahoj|nazdar|dobry den|dobrý den|dzien dobry|dzień dobry|
    cześć|czesc|zdravo|bok|bună|buna|bună ziua|buna ziua|yassou|yia sou|geia sou|kalimera|
    labas|sveiki|tere|szia|kaixo|gamarjoba|gamardjoba|shalom|merhaba|selam|sälem|salem|salom|
    ni hao|nihao|nín hǎo|nin hao|nei hou|lei hou|konnichiwa|konichiwa|ohayo|ohayou|annyeong|
    annyeonghaseyo|xin chao|xin chào|sawasdee|sawadee|sawatdee|sawaddee|mingalaba|mingalarbar|
    selamat pagi|selamat siang|selamat sore|selamat malam|halo|apa kabar|kamusta|kumusta|
    mabuhay|jambo|hujambo|habari|sannu|ndewo|bawo|sawubona|molo|howzit|salama|allillanchu|
    kia ora|talofa|bula|ni sa bula|mela|ejja|dia dhuit|shwmae|yalla|yallah"""
)
# - THANKS ("kubectl scale … takk", "sulpayki, update …", "… -- boat payments, grazas") and
#   PLEASE ("… por favor", "bitte restart …"): read as "thanks" and "please" where the chat short
#   forms are (:data:`.chat.SHORT`), so every reader of a courtesy reads them. (The words a
#   voice of :data:`DIALECTS` or Taglish reads itself — "asante", "tack", "salamat", "abeg",
#   "tafadhali" — stay its own: they mark the message as of that voice.)
_THANKS_BEFORE_42 = phrases(
    """gracias|muchas gracias|mil gracias|grazas|moitas grazas|gràcies|gracies|merci|
    merci beaucoup|mersi|grazie|grazie mille|grazzi|obrigado|obrigada|muito obrigado|danke|
    danke schön|danke schon|dankeschön|vielen dank|dankjewel|dank je|dank u|bedankt|dankie|
    tak|takk|takk fyri|takk fyrir|tusen takk|tusen tack|kiitos|dziękuję|dziekuje|dzięki|dzieki|
    děkuji|dekuji|díky|diky|ďakujem|dakujem|spasibo|spasiba|bolshoe spasibo|dyakuyu|diakuiu|
    hvala|köszönöm|koszonom|köszi|koszi|kösz|aitäh|aitah|tänan|tanan|paldies|ačiū|aciu|
    mulțumesc|multumesc|efcharisto|efharisto|teşekkürler|tesekkurler|teşekkür ederim|sağol|
    sagol|sağ ol|shukran|shukriya|shukria|dhanyavaad|dhanyavad|dhanyawad|dhonnobad|dhonyobad|
    nandri|nanri|dhanyavadalu|arigato|arigatou|arigatō|domo arigato|xie xie|xiexie|do jeh|
    kamsahamnida|gamsahamnida|gomawo|gomapseumnida|khob khun|kob khun|khop khun|cảm ơn|cam on|
    terima kasih|makasih|matur nuwun|hatur nuhun|maraming salamat|na gode|daalu|ngiyabonga|
    siyabonga|enkosi|misaotra|ameseginalehu|mahalo|fa'afetai|faafetai|vinaka|eskerrik asko|
    diolch|go raibh maith agat|rakhmet|raxmat|sulpayki|yusulpayki|mèsi|madloba|toda raba"""
)
_PLEASE_BEFORE_42 = phrases(
    """por favor|porfa|por fa|porfis|s'il vous plaît|s'il vous plait|s'il te plaît|
    s'il te plait|svp|bitte|per favore|per piacere|faz favor|se faz favor|mesedez|palun|azafady|
    lütfen|lutfen|proszę|prosze|pozhaluysta|pozhalujsta|pozhaluista|bud laska|alsjeblieft|
    alstublieft|snälla|snalla|kérlek|kerlek|prosím|prosim|te rog|parakalo|lotfan|kripya|kripaya|
    tolong|mohon|don allah|jebal"""
)
# - END_TAGS closing an order: a particle of assent or softening ("…, ja", "…, oui", "… da",
#   "…, la", "…, ya", "… sha", "… pues", "… nomás", "…, voilà", "… nhé"), an oath said in
#   passing ("…, carallo"), a word calling the reader ("… compadre", "… habibi", "… bratan") or
#   urging it on, "come on", "let's go" (round 41, gap44 — blind44: "restart the Satispay
#   payments (payments) amunì", "…, vamos", "… hajde"; never a name, "dale", "ela", "tara"):
#   the sentence going on (:data:`ADDRESS`). Never "na" (Swahili "and": "restart worker na"
#   may have lost its second item, round 36), "ne" (a "no" in the Slavic tongues), "abi"
#   and "oder" (they ask "isn't it?"), "ok" (an outcome reported: :mod:`.results`), nor a word
#   that is a name ("jo") or English ("home", "brat").
# Round 42 (lex42): the words of urging among them ("davai", "vamos", "allez", "ajò" …) are
# :data:`URGING`: opening the line they name nobody ("davai, restart …", "vamos, scale …" are no
# orders to a person called Davai: :mod:`.addressed`), as "yalla, …" never did.
URGING = phrases(
    """davai|amunì|amuni|amunì va|amuninni|andiamo|forza|vamos|vámonos|vamonos|venga|órale|
        orale|ándale|andale|allez|allez hop|allons-y|vas-y|hajde|ajde|haide|haydi|pame|chalo|
        chalo ji|dawaj|jazda|ikuzo|ikou"""
) | courtesy.said("urging")
END_TAGS = (
    phrases(
        """ji|da|ja|jah|oui|haan|evet|la|ya|sha|pues|nomás|nomas|voilà|voila|carallo|nhé|
        nha|gell|gelle|
        compadre|hombre|habibi|bratan|achi|dadash|paaji|veere|ndugu"""
    )
    | URGING
    | courtesy.said("tags")
)

# Round 42 (lex42): the courtesy words of ~150 more tongues, region by region
# (:data:`.courtesy.REGIONS`: Pacific "mālō", "fa'amolemole"; Cebuano "palihug"; Khmer "arkun";
# Bengali "dhonyobaad"; Uzbek "iltimos"; Kurdish "spas"; Yoruba "e seun"; Sardinian "ajò";
# Quechua "añay" …), with every word left out and why (:data:`.courtesy.EXCLUDED`). ("haan",
# Hindi "yes", is Ilocano "no", and "la", a Malay and Cantonese particle, is Arabic "no": kept
# from round 40 as tags, said closing an order; never opening one.)
GREETINGS = _GREETINGS_BEFORE_42 | courtesy.said("greetings")
THANKS = _THANKS_BEFORE_42 | courtesy.said("thanks")
PLEASE = _PLEASE_BEFORE_42 | courtesy.said("please")
# "…, mi raccomando no pod deleted by hand": a word insisting before a prohibition (:mod:`.chat`).
INSIST = courtesy.INSIST

# The words and marks the voices read themselves (never read again as a word of a class above).
CLAIMED = frozenset(
    w
    for voice in (*DIALECTS, TAGALOG, THAI, HINDI, JAPANESE, INDONESIAN, LONDON)
    for w in (*voice.words, *voice.strong, *voice.weak, *voice.chat)
)

# Round 36 (gap39b, blind39): a word the writer calls the reader by, or a politeness particle,
# said after an order ("restart worker bro", "triple it mate", Thai "restart worker krub", Kiwi
# "sweet as eh"), and each voice's (:attr:`Voice.chat`, Taglish's aside): the sentence going on,
# never a word of when or whether (:mod:`.followers`).
ADDRESS = (
    frozenset("bro bru bra brah bruh boet bud buddy dude mate mates chief cuz eh okey okeh".split())
    | THAI.chat
    | HINDI.chat
    | JAPANESE.chat
    | INDONESIAN.chat
    | LONDON.chat
    | PIDGIN.chat
    | CAJUN.chat
    | BASQUE.chat
    | TAMIL.chat
    # "…, yeah" said as a tag (:mod:`.roles` still asks "…, yeah?").
    | frozenset({"yeah"})
    | END_TAGS
)
