"""Another language's words for a time, a negation, a doubt or a condition, said after an English
order (round 23).

People here write the order in English and go on in their own language: "scale payments to 4
nicht jetzt", "delete worker może", "update my-api to 2.3.1 morgen", "scale payments to 4 bis
Freitag". The order was read and the rest dropped, so a change meant for later, for a while or
not at all was planned for now. Two rules:

1. :data:`LEXICON`, one compact table of those words in the languages people here write in
   (de, fr, es, pt, it, pl, nl; and a few of ru, tr, ar, ko, ja, zh and the Arabic people write
   in Latin letters, "bukra", "ba'den"), each written as the English it means, so the English
   rules read it: "not now", "maybe", "if necessary" are asked (:mod:`.tentative`,
   :mod:`.doubts`); a time or a day ("morgen", "ce soir", "w poniedziałek", "nach dem Release")
   is waited on (:mod:`.waits`: the plan's ``awaits``, recorded in the words as sent); an end
   ("bis Freitag", "até sexta", "do piątku") is how long a change holds, asked
   (:mod:`.durations`). Only outside quotes and values, and never a name of the namespace.
   A calendar week ("in KW 50", "CW50", "in week 50") is waited on by no reader: asked.
2. :func:`check`: after an English order is planned, the words that END the request and are
   not English — a letter outside ASCII, another script, or a word no English word list nor the
   namespace knows — make it a question naming them. A value the plan carries ("café" set in a
   ConfigMap), a quoted value, a name or a word of the plan's ``awaits`` is never such a word.

>>> read("scale payments to 4 nicht jetzt")
'scale payments to 4 not now'
>>> read("delete worker, bitte erst nach dem cutover")
'delete worker, please only after the cutover'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Collection

from dotop_nb.planner.offline import courtesy, followers, typos, voices
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_WORD_EDGE_BEFORE = r"(?<![\w\-./:=@'`\"])"
# (Round 32, a36b: a colon and a space after it end the word — "heute Abend: scale …" is a
# time said as the head; "abend:x" stays a key's.)
_WORD_EDGE_AFTER = r"(?![\w\-/=@`\"]|:\S|\.\w|'\w)"
# The days of the week in each language (every form a preposition takes), and their English.
_DAYS: dict[str, str] = {}
for _english, _forms in {
    "monday": "montag maandag lundi lunes lunedi lunedì segunda segunda-feira poniedziałek "
    "poniedzialek poniedziałku poniedzialku понедельник pazartesi",
    "tuesday": "dienstag dinsdag mardi martes martedi martedì terça terca terça-feira "
    "terca-feira wtorek wtorku вторник",
    "wednesday": "mittwoch woensdag mercredi miércoles miercoles mercoledi mercoledì quarta "
    "quarta-feira środa sroda środę srode środy srody среду",
    "thursday": "donnerstag donderdag jeudi jueves giovedi giovedì quinta quinta-feira czwartek "
    "czwartku четверг",
    "friday": "freitag vrijdag vendredi viernes venerdi venerdì sexta sexta-feira piątek "
    "piatek piątku piatku пятницу пятница cuma",
    "saturday": "samstag zaterdag samedi sábado sabado sabato sobota sobotę sobote soboty "
    "субботу суббота",
    "sunday": "sonntag zondag dimanche domingo domenica niedziela niedzielę niedziele niedzieli "
    "воскресенье",
}.items():
    for _form in _forms.split():
        _DAYS[_form] = _english
_DAY = "|".join(sorted((re.escape(d) for d in _DAYS), key=len, reverse=True))

# "on <day>" and "until <day>" in each language: only before a day of :data:`_DAYS`.
_ON = r"am|an|op|na|no|le|el|il|w|we|в|ve"
_UNTIL = (
    r"bis(?:\s+(?:zum|zur))?|tot|jusqu['\u2019]?(?:\s*[aà]|au)|hasta(?:\s+el)?|até(?:\s+[ao])?|"
    r"ate|fino\s+a(?:l)?|do|до"
)
# The event a time is said after, in each language, as the English noun.
_EVENTS = {
    "release": "release releasu rilascio lançamento lancamento wydaniu wydania",
    "deploy": "deploy deployu deployment déploiement deploiement despliegue wdrożeniu "
    "wdrozeniu implantação implantacao",
    "cutover": "cutover",
    "migration": "migration migração migracao migración migracion migrazione migracji",
    "maintenance": "wartung maintenance manutenção manutencao mantenimiento manutenzione",
    "incident": "incident incidente incidentu incydentu incydent vorfall vorfalls störung",
    "outage": "outage ausfall ausfalls panne caída caida queda interruzione awarii awaria",
    "meeting": "meeting réunion reunion reunião reuniao riunione spotkaniu besprechung",
}
_EVENT: dict[str, str] = {f: e for e, forms in _EVENTS.items() for f in forms.split()}
_EVENT_ALT = "|".join(sorted((re.escape(e) for e in _EVENT), key=len, reverse=True))
_AFTER = (
    r"(?:erst\s+)?nach\s+(?:dem|der|den)|après\s+(?:le|la|l['\u2019])|apres\s+(?:le|la|l['\u2019])|"
    r"después\s+del?|despues\s+del?|depois\s+d[oa]|após\s+[oa]|apos\s+[oa]|dopo\s+(?:il|la|lo|l['\u2019])|"
    r"na\s+de|po|после"
)

# "während der Migration", "pendant la migration", "durante a migração": during the event.
_DURING = re.compile(
    r"(?<![\w\-./:=@'`\"])(?:während\s+(?:der|des|dem)|waehrend\s+(?:der|des|dem)|"
    r"pendant\s+(?:la|le|l['\u2019])|durante\s+(?:a|o|la|el|il|lo)|podczas|tijdens\s+(?:de|het))"
    rf"(?:\s+(?P<event>{_EVENT_ALT}){_WORD_EDGE_AFTER}|(?=\s+\S))",
    re.I,
)

# One word or phrase of another language, as the English it means: the table of rule 1.
LEXICON = voices.phrase_table(
    {
        "not now": "nicht jetzt|jetzt nicht|pas maintenant|pas tout de suite|ahora no|agora não|"
        "agora nao|não agora|nao agora|non ora|non adesso|adesso no|nie teraz|teraz nie|niet nu|"
        "nu niet|не сейчас|şimdi değil|simdi degil|ليس الآن|mish delwa2ty|mesh dilwa2ti",
        "not yet": "noch nicht|pas encore|todavía no|todavia no|aún no|aun no|ainda não|ainda nao|"
        "non ancora|jeszcze nie|nog niet|ещё нет|еще нет|henüz değil",
        "maybe": "vielleicht|eventuell|peut-être|peut-etre|peut être|peut etre|quizás|quizas|quizá|"
        "quiza|tal vez|talvez|forse|może|moze|być może|byc moze|misschien|может быть|возможно|"
        "belki|ربما|mumkin|아마|たぶん|多分|也许|或许",
        "if necessary": "falls nötig|falls noetig|wenn nötig|wenn noetig|bei bedarf|"
        "si nécessaire|si necessaire|si besoin|au besoin|si es necesario|si hace falta|"
        "se necessário|se necessario|"
        "se preciso|se for preciso|se for necessário|se for necessario|se serve|se necessario|"
        "jeśli trzeba|jesli trzeba|jeżeli trzeba|jezeli trzeba|w razie potrzeby|indien nodig|"
        "zo nodig|als het nodig is|если нужно|при необходимости|gerekirse",
        "tomorrow": "morgen|demain|mañana|manana|amanhã|amanha|domani|jutro|bukra|bokra|bukrah|"
        "boukra|завтра|yar\u0131n|yarin|غدا|غداً|بكرة|내일|明日|明天",
        "the day after tomorrow": "übermorgen|uebermorgen|après-demain|pasado mañana|"
        "depois de amanhã|dopodomani|pojutrze|overmorgen",
        "tonight": "heute abend|heute nacht|ce soir|cette nuit|esta noche|esta noite|hoje à noite|"
        "hoje a noite|stasera|stanotte|dziś wieczorem|dzis wieczorem|dzisiaj wieczorem|"
        "dziś w nocy|dzis w nocy|vanavond|vannacht|сегодня вечером|bu akşam|bu aksam|오늘 밤|"
        "오늘밤|今夜|今晚",
        "later": "später|spaeter|plus tard|más tarde|mas tarde|luego|mais tarde|depois|più tardi|"
        "piu tardi|później|pozniej|straks|позже|потом|sonra|ba'den|baaden|ba3den|badein|ba'dain|"
        "لاحقا|لاحقاً|بعدين|나중에|あとで|後で|稍后|以后",
        "next week": "nächste woche|naechste woche|la semaine prochaine|semaine prochaine|"
        "la próxima semana|la proxima semana|la semana que viene|semana que vem|na próxima semana|"
        "na proxima semana|próxima semana|proxima semana|la prossima settimana|prossima settimana|"
        "w przyszłym tygodniu|w przyszlym tygodniu|volgende week|на следующей неделе|"
        "gelecek hafta|next wk|nxt wk|nxt week",
        "please": "bitte|s'il vous plaît|s'il vous plait|svp|stp|por favor|per favore|proszę|"
        "prosze|"
        "alsjeblieft|aub|пожалуйста|lütfen|lutfen|"
        # Round 33 (gap36b): "Update worker to 0.9.3 after 23:00 inshallah": said of what one will
        # do, as a formula of faith, never a doubt of the order ("maybe inshallah" is still maybe).
        "inshallah|insha'allah|insha allah|in sha allah|inshaallah",
        "thanks": "danke|danke schön|vielen dank|merci|merci beaucoup|gracias|obrigado|obrigada|"
        "grazie|dzięki|dzieki|dziękuję|dziekuje|bedankt|dank je|dank u|спасибо|teşekkürler|"
        "tesekkurler|shukran|شكرا",
    }
)
# Round 34 (gap37d): Filipino (Taglish) words for a change by a count, a prohibition and
# "later" (:data:`.voices.TAGALOG`).
LEXICON.update(voices.TAGALOG.words)
# Round 24: the Nordic languages' and Finnish times, and "at the weekend" in each language
# ("scale checkout to 4 i morgon", "restart payments nästa vecka", "… am Wochenende"): waited on.
voices.phrase_table(
    {
        "tomorrow": "i morgon|imorgon|i morgen|imorgen|huomenna",
        "tonight": "i natt|inatt|i kväll|i kvall|ikväll|ikvall|i aften|i nat|i kveld|i natt|"
        "tänä iltana|tana iltana|tänä yönä|tana yona",
        "next week": "nästa vecka|nasta vecka|næste uge|naeste uge|neste uke|ensi viikolla|"
        "ensi viikkona",
        "at the weekend": "am wochenende|ce week-end|ce weekend|le week-end|este fin de semana|"
        "el fin de semana|no fim de semana|nel fine settimana|w weekend|w weekendy|i helgen|"
        "i weekenden|viikonloppuna|in het weekend|dit weekend",
        # (Round 34, the lead — attack39: the Finnish and Nordic "o'clock" before a time, "klo
        # 03.00", "kl. 22": "at", so the time is waited on, never dropped.)
        "at": "klo|kello|kl.",
    },
    LEXICON,
)
# Round 37 (tw41a — attack41, 208 unsafe rows): the days and "later" of the tongues people here
# write in Latin letters — Indonesian/Malay ("scale payments to 4 besok", "… nanti", "… lusa"),
# Russian ("… zavtra", "… poslezavtra"), Japanese ("… ashita"), Korean ("… naeil"), Chinese
# ("… mingtian"), Vietnamese ("… ngày mai"), Tagalog ("… bukas"): waited on as their English.
# (Hindi "kal" is tomorrow and yesterday, "parso" the day after or before: no English, asked
# as a word of another tongue, :data:`_MORE_WORDS`.)
voices.phrase_table(
    {
        "tomorrow": "besok|esok|zavtra|ashita|naeil|mingtian|míngtiān|ngày mai|ngay mai",
        "the day after tomorrow": "lusa|poslezavtra|послезавтра|asatte|houtian|ngày mốt|ngay mot",
        "later": "nanti|ntar|entar|nanti saja|pozzhe|potom|ato de|nanjung|nanjunge|ijoe",
        "tonight": "nanti malam|malam ini|segodnya vecherom|konban|konya|jinwan|tối nay|toi nay",
        "next week": "minggu depan|na sleduyushchey nedele|raishuu|raishu|xia zhou|xiazhou",
    },
    LEXICON,
    keep=True,
)
# Round 41 (gap44, blind43): a count said in French, German, Spanish, Portuguese or Italian right
# before what it counts ("the curing worker (worker) needs deux pods", "frontend drei replicas"):
# its English, so the count is read. Only before a word for pods (a number word alone is a name
# or a word of English too often: "due", "sept", "otto"), and only the words no English has.
_COUNTS_ABROAD = {
    "two": "deux zwei dos dois duas",
    "three": "trois drei tres três",
    "four": "quatre vier cuatro quatro quattro",
    "five": "cinq fünf fuenf cinco cinque",
    "six": "sechs seis",
    "seven": "sieben siete sete sette",
    "eight": "huit acht ocho oito",
    "nine": "neuf neun nueve",
    "ten": "dix zehn diez dez dieci",
}
_COUNTED = "pods pod replicas replica instances instance copies"
voices.phrase_table(
    {
        f"{english} {noun}": "|".join(f"{word} {noun}" for word in words.split())
        for english, words in _COUNTS_ABROAD.items()
        for noun in _COUNTED.split()
    },
    LEXICON,
    keep=True,
)
_PHRASES = re.compile(
    _WORD_EDGE_BEFORE
    + "(?:"
    + "|".join(
        r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(LEXICON, key=len, reverse=True)
    )
    + ")"
    + _WORD_EDGE_AFTER,
    re.I,
)
_ON_DAY = re.compile(
    rf"{_WORD_EDGE_BEFORE}(?:(?P<on>{_ON})\s+)?(?P<day>{_DAY}){_WORD_EDGE_AFTER}", re.I
)
_UNTIL_DAY = re.compile(
    rf"{_WORD_EDGE_BEFORE}(?P<until>{_UNTIL})\s+(?P<what>{_DAY}|"
    + "|".join(
        r"\s+".join(re.escape(w) for w in p.split())
        for p in LEXICON
        if LEXICON[p] in ("tomorrow", "tonight", "next week", "the day after tomorrow")
    )
    + rf"){_WORD_EDGE_AFTER}",
    re.I,
)
_AFTER_EVENT = re.compile(
    rf"{_WORD_EDGE_BEFORE}(?P<after>{_AFTER})\s+(?P<event>{_EVENT_ALT}){_WORD_EDGE_AFTER}",
    re.I,
)
# "in KW 50", "CW50", "in week 50", "semaine 50": a calendar week, waited on by no reader.
CALENDAR_WEEK = re.compile(
    r"(?<![\w\-./:=@])(?:(?:(?:in|im|during|en|na|w|in\s+der|dans\s+la)\s+)?(?:kw|cw|"
    r"kalenderwoche|calendar\s+week)|(?:in|im|during|en|na|w|in\s+der|dans\s+la)\s+(?:week|wk|"
    r"semaine|semana|settimana|tydzień|tydzien|tygodniu|woche))\s*#?\s*\d{1,2}(?![\w\-./:=@])",
    re.I,
)
# Round 38 (sh43 — attack43): a date said in another tongue, the day's number beside a month's
# name that is not English ("le 12 mars", "el 12 de marzo", "am 12. März", "il 12 marzo",
# "em 12 de março", "op 12 maart"), before or after the order: no reader waits on it, so it is
# asked, never planned for now. (A month spelled as in English, "12 april", is English's.)
_MONTHS_ABROAD = (
    r"januar|jänner|jaenner|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|"
    r"février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|"
    r"dezembro|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|"
    r"czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia"
)
FOREIGN_DATE = re.compile(
    r"(?<![\w\-./:=@])(?:(?:am|an|le|el|il|op|em|no|na|dnia|den|du|del|al|vom|zum|bis)\s+)?"
    rf"(?:\d{{1,2}}\.?\s*(?:de\s+|di\s+)?(?:{_MONTHS_ABROAD})|(?:{_MONTHS_ABROAD})\s+\d{{1,2}})"
    r"(?![\w\-/=@])",
    re.I,
)
_QUOTED = re.compile(
    # (Round 37, m43a: an apostrophe inside a word — "don't", "b'y" — opens or closes no quote:
    # "don't go restarting frontend b'y" quotes nothing.)
    r"\"[^\"]*\"|(?<![A-Za-z])'[^'\s][^']*'(?![A-Za-z])|`[^`]*`|\u201c[^\u201d]*\u201d|"
    r"\u2018[^\u2019]*\u2019"
)


# Round 34 (gap37c): Filipino written into English (Taglish) — "Paki-rollback po yung checkout sa
# previous version", "Ibalik po yung my-api sa 1.3.8", "Update po yung payments to 3.0.1 mamayang
# 02:30, pagkatapos ng settlement", "Paki-delete na yung orders kasama yung orders-config at PDB
# niya". Its particles and markers are written as the English they stand for, so the English
# rules read the order: "paki-"/"pa-" before a verb is "please", "po" (respect) is dropped, "yung"
# is "the", "sa" is "to" before a version and "on" otherwise, "ng" is dropped after the verb, "at"
# before a time and "of" otherwise, "at" before a word is "and", "kasama" is "along with", "X
# niya" is "its X", "pagkatapos (ng)" is "after (the)", "mamayang 02:30" is "at 02:30", and a few
# verbs ("ibalik" put back, "tanggalin" remove, "bura" delete) are their English. Read only in a
# message that is plainly Filipino: two of its marker words, one of them no English word too
# ("sa", "na", "ng", "at", "po" alone are not enough).
_TL_STRONG = voices.TAGALOG_STRONG
_TL_MARK = re.compile(rf"(?<![\w\-])(?:(?P<strong>{_TL_STRONG})|po|sa|na|ng)(?![\w\-])", re.I)
# Tagalog verb stems after "paki-" / "pa-", as English verbs.
_TL_VERBS = {
    "bura": "delete",
    "tanggal": "remove",
    "balik": "put back",
    "lagay": "add",
    "dagdag": "add",
    "taas": "raise",
    "baba": "lower",
    "palitan": "change",
}
# "X wag galawin" / "X wag isali" said after what is kept (don't touch / don't include it):
# "leave out X", as English says it before.
_TL_KEEP_AFTER = re.compile(
    r"(?:^|(?<=[.;!?,]\s))(?P<what>[^.;!?,\n]{1,60}?)\s+(?:wag|huwag)\s+"
    r"(?:galawin|gagalawin|isali|isama)(?=\s*(?:[.;!?,]|$))",
    re.I,
)
# "po" said after a word (respect): dropped with the space before it.
_TL_PO = re.compile(r"(?<=\S)[ \t]+po(?![\w\-])", re.I)
_TL_TIME = r"\d{1,2}[:.]\d{2}(?!\d)|\d{4}\s*(?:h|hrs?|hours)\b"
_TL_VERSION = r"v?\d+(?:\.\d+)+\b|(?:previous|prior|last|old|older|dating|dati|lumang)\b"
_TL_WORDS = re.compile(
    rf"(?<![\w\-])(?:(?P<paki>paki-?|pa-)(?P<verb>[a-z]+)(?P<po>\s+po)?(?P<obj>\s+(?:na|ng))?|"
    r"(?P<ibalik>ibalik)(?:\s+na)?|(?P<tanggalin>tanggalin)(?:\s+na)?|"
    # (Round 34, gap37a: "dagdagan ng 1 replica" adds one, "bawasan ng 1" takes one away —
    # never "to 1"; "lagyan ng 1 CPU limit" puts one; "walang limits" has none; "gawing 5
    # replicas" makes it five.)
    r"(?:mag|i)?(?:(?P<dagdag>dagdag)|(?P<bawas>bawas))(?:an)?(?:\s+(?:ng|pa))?|"
    r"(?P<lagyan>lagyan)(?:\s+ng)?|(?P<walang>walang)|(?P<gawing>gawing|gawin)|"
    # (The lead, at the merge — attack39: "hindi yung X" is "not X", "i-restart" is "restart",
    # "sa susunod na linggo" is "next week", "saka na" is "later", "pag tapos ng X" is "after
    # the X", "pero" is "but".)
    r"(?P<hindi>hindi|di)(?:\s+po)?(?=\s+(?:yung|ang)\b)|(?P<ipre>i-)(?=[a-z]{3,})|"
    r"(?P<next>sa\s+susunod\s+na\s+(?P<unit>linggo|buwan|araw))|(?P<saka>saka\s+na)|"
    r"(?P<pagtapos>pag\s*tapos(?:\s+ng)?)|(?P<pero>pero)|"
    # ("1 CPU limit at 2Gi memory limit": "and" between two quantities said with their fields.)
    r"(?P<and_at>limits?|requests?)\s+at(?=\s+\d)|"
    r"(?P<keep>(?:wag|huwag)\s+(?:galawin|gagalawin|isali|isama|i-(?P<nverb>[a-z]+)))|(?P<pagkatapos>pagkatapos)(?P<ng_after>\s+ng)?|"
    rf"(?P<mamaya>mamaya(?:ng)?)(?=\s+(?:{_TL_TIME}))|(?P<kasama>kasama)|"
    # Times in words: "mamayang gabi" tonight, "bukas (ng umaga)" tomorrow (morning),
    # "mamaya" later (before "after 23:00" it is left: the time said after it is the wait).
    r"(?P<tonight>(?:mamaya(?:ng)?|ngayong)\s+gabi)|"
    r"(?P<bukas>bukas)(?:\s+ng\s+(?P<part>umaga|hapon|gabi))?|"
    r"(?P<later>mamaya(?:ng)?)(?!\s+(?:after|before|pagkatapos|bago)\b)|"
    rf"(?P<sa>sa)(?=\s+(?P<to>{_TL_VERSION})?)|(?P<ng>ng)(?=\s+(?P<ng_time>{_TL_TIME})?)|"
    r"(?P<at>at)(?=\s+(?!(?:the|a|an|least|most|once|all|noon|midnight|night|last|first|"
    r"some|any|rest|peak|scale|random|home|work)\b)[a-z])|"
    r"(?P<para>para\s+sa)|(?:(?:yung|ang)\s+)?(?P<iba>iba)|(?P<yung>yung)|(?P<its>[\w\-]+)\s+niya)(?![\w\-])",
    re.I,
)


_TL_HINTS = (
    *("paki", "pa-", "yung", "po ", "mamaya", "niya", "ibalik", "tanggalin", "wag ", "bukas"),
    *("dagdag", "bawas", "lagyan", "walang", "hindi", "susunod", "saka", "sabi", "salamat"),
)


def _filipino(text: str) -> bool:
    """Whether ``text`` is plainly Taglish (see the rule above): two marker words, one strong."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _TL_HINTS):
        return False  # (a cheap look first: most messages hold none of these)
    marks = {(m.group(0).lower(), bool(m["strong"])) for m in _TL_MARK.finditer(text)}
    return any(strong for _, strong in marks) and len({word for word, _ in marks}) >= 2


def taglish(text: str) -> str:
    """``text`` with its Taglish words as English when it is plainly Taglish, else ``text``
    (for the words as sent that the last checks read: they read the same language)."""
    return _tagalog_read(text) if _filipino(text) else text


def _tagalog_read(text: str) -> str:
    """``text`` with its Taglish words as English (see the rule above), quoted text kept."""
    for rule in (_TL_KEEP_AFTER, _TL_PO, _TL_WORDS):
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

        def english(m: re.Match[str], quoted: list[tuple[int, int]] = quoted) -> str:
            if any(a <= m.start() < b for a, b in quoted):
                return m.group(0)
            return _tagalog(m)

        text = rule.sub(english, text)
    return text


def _tagalog(m: re.Match[str]) -> str:
    """The English of one Taglish word or phrase the rules above matched."""
    if m.re is _TL_KEEP_AFTER:
        # ("X wag galawin": do not touch X; "X wag isali": leave X out.)
        if "galaw" in m.group(0).lower():
            return f"do not touch {m['what']}"
        return f"leave out {m['what']}"
    if m.re is _TL_PO:
        return ""
    if m["paki"]:
        verb = m["verb"].lower()
        return f"please {_TL_VERBS.get(verb, m['verb'])}"
    if m["ibalik"]:
        return "put back"
    if m["tanggalin"]:
        return "take away"  # (a key's or a variable's verb, never a delete, gap37b)
    if m["dagdag"]:
        return "add"
    if m["bawas"]:
        return "reduce by"
    if m["lagyan"]:
        return "put"
    if m["walang"]:
        return "has no"
    if m["gawing"]:
        return "make"
    if m["hindi"]:
        return "not"
    if m["ipre"]:
        return ""
    if m["next"]:
        return {"linggo": "next week", "buwan": "next month"}.get(
            m["unit"].lower(), "one of the coming days"
        )
    if m["saka"]:
        return "later"
    if m["pagtapos"]:
        return "after the"
    if m["pero"]:
        return "but"
    if m["and_at"]:
        return f"{m['and_at']} and"
    if m["keep"]:
        return f"do not {m['nverb']}" if m["nverb"] else "do not touch"
    if m["pagkatapos"]:
        return "after the" if m["ng_after"] else "after"
    if m["mamaya"]:
        return "at"
    if m["tonight"]:
        return "tonight"
    if m["bukas"]:
        part = {"umaga": " morning", "hapon": " afternoon", "gabi": " night"}
        return "tomorrow" + (part[m["part"].lower()] if m["part"] else "")
    if m["later"]:
        return "later"
    if m["kasama"]:
        return "along with"
    if m["sa"]:
        return "to" if m["to"] else "on"
    if m["ng"]:
        return "at" if m["ng_time"] else "of"
    if m["at"]:
        return "and"
    if m["para"]:
        return "for"
    if m["iba"]:
        return "anything else"
    if m["yung"]:
        return "the"
    return f"its {m['its']}"


# Round 35 (gap38c, blind38): Kenyan Swahili-English and colloquial Scots, read as Taglish is
# (above), only in a message plainly of each: their words, marks and rules are
# :data:`.voices.SWAHILI` and :data:`.voices.SCOTS` ("bin" is "delete" only as a clause's first
# word, before "the" or a name).
_SW_WORDS = voices.SWAHILI.words
_SW_STRONG = voices.SWAHILI.strong
_SCO_WORDS = voices.SCOTS.words
_SCO_STRONG = voices.SCOTS.strong
_SCO_WEAK = voices.SCOTS.weak
# "bin" as a clause's first word (after "please", "just" or "now" at most), before "the", "that",
# "this", "it" or a name: the order to throw the object away.
_SCO_BIN = re.compile(
    r"(?:^|(?<=[.;!?,:]\s)|(?<=\n))(?:(?:please|just|now|aye|so)\s+)?(?P<bin>bin)"
    r"(?=\s+(?:the|that|this|those|these|it|[a-z0-9][\w\-/]*)\b)",
    re.I,
)


# Round 37 (gap40b, blind40) and round 38 (gap41a, blind41): Nigerian Pidgin, Singlish,
# Newfoundland English, Swedish-English and Jamaican Patois, read as Scots is: their words and
# marks are :mod:`.voices`' ("o" and "ah" are taken out only where they close a clause, "am" is
# "it" never after "I"; a closing "can?" after an order asks whether it may be done, read in
# any message, :data:`_CAN_TAG`; Patois words read by where they stand, :func:`_jamaican`).
_PCM_WORDS = voices.PIDGIN.words
_PCM_STRONG = voices.PIDGIN.strong
_SGL_WORDS = voices.SINGLISH.words
_SGL_STRONG = voices.SINGLISH.strong
_NL_WORDS = voices.NEWFOUNDLAND.words
_SV_WORDS = voices.SWEDISH.words
_SV_STRONG = voices.SWEDISH.strong
_JAM_WORDS = voices.PATOIS.words
_JAM_STRONG = voices.PATOIS.strong
_JAM_WEAK = voices.PATOIS.weak
# A clause's start: the message's, after a stop or a conjunction ("…, mi nuh waan …", "if dem …").
_JAM_CLAUSE_START = re.compile(
    r"(?:^|[,.;:!?(\n]|(?<![\w\-])(?:and|but|so|if|when|because|cause|caw|cau|or|den|then|"
    r"till|until|seh|says)\s)\s*$",
    re.I,
)
# A verb after "mi": "I" ("mi waan", "mi nuh", "mi soon come back", "mi done wid …").
_JAM_I_VERB = re.compile(
    r"\s+(?:waan|want|need|nuh|no|nah|soon|done|did|a|cyaan|haffi|seh|tink|think|know|go|"
    r"neva|have|had|just|will|would|can|could|should|must|don't|dont|fi|a\s+go|ago)(?![\w\-])",
    re.I,
)
# A subject pronoun before "fi": "should" ("wi fi scale", "mi fi restart", "dem fi …").
_JAM_SUBJECT_BEFORE = re.compile(
    r"(?<![\w\-])(?:wi|we|mi|i|yuh|you|unu|dem|they|him|she|he|it)\s+$", re.I
)
_JAM_AFTER_NUMBER = re.compile(r"\d\s*$")
# "scale" earlier in the clause, and a bare count after "pon" (or Pidgin's "go"): "scale di
# my-api pon 2", "biko scale my-api go 8" (to 2, to 8), never a count of places or of a unit
# ("pon 2 nodes", "pon 2 AZs", "pon 512Mi").
_JAM_SCALED = re.compile(r"(?<![\w\-])scale\s[^,.;:!?\n]*$", re.I)
_JAM_COUNT = re.compile(
    r"\s+\d{1,3}(?![\d.:/\w%]|,\d)(?!\s*(?:nodes?|box(?:es)?|machines?|zones?|azs?|servers?|hosts?|"
    r"racks?|regions?|clusters?|cores?|cpus?|x)\b)",
    re.I,
)
# Pidgin "go" for "to" after "scale NAME" before a bare count ("biko scale my-api go 8").
_PCM_SCALE_GO = re.compile(
    r"(?P<head>(?<![\w\-])scale\s+(?:(?:the|di|de)\s+)?[a-z0-9][\w\-]*)\s+go(?=\s+\d)", re.I
)
# Scots "aye" closing the message after a comma ("scale my-api tae 3, aye"): assent, no word of
# the order (round 39, voices39).
_AYE_CLOSING = re.compile(r",[ \t]*aye[ \t.!]*$", re.I)
# Words of these tables read only where they close a clause ("restart o, no delete", "payments
# ah", ", tack"): "o" and "ah" elsewhere are a letter or an exclamation.
_CLAUSE_ONLY = frozenset({"o", "ah", "tack", "tack tack"})
_CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
_ASKED = re.compile(r"[ \t]*\?")
# "I am": the verb, never Pidgin "am" (it).
_I_BEFORE = re.compile(r"(?<![\w\-])i\s+$", re.I)
# A mark of Pidgin, Singlish or Newfoundland no word run holds: "o" or "ah" closing a clause
# after a word, "b'y", a word with its final g dropped.
_PCM_MARK = re.compile(
    r"(?<=[a-z] )(?<!\bto )(?<!\bis )(?<!\bbe )o(?=[ \t]*(?:[,.;!?)\n]|$))", re.I
)
_SGL_MARK = re.compile(
    r"(?<=[a-z)] )(?<!\bto )(?<!\bis )(?<!\bbe )ah(?=[ \t]*(?:[,.;!?)\n]|$))", re.I
)
_NL_MARK = re.compile(r"(?<![\w'])(?:b'y|[a-z]{2,}in'|'em|'cause)(?![\w'])", re.I)
# (Round 38, gap41b — blind41's Texan voice: "freezin'", "loggin'", "movin'", "deletin'": any
# word of two letters or more before a dropped "in'" is the word with its g, not only the ones
# of the table; "keep 'em 7 days" alone marks the voice too. A quoted value keeps its words.)
_DROPPED_G = re.compile(r"(?<![\w'\-./:=@`\"])(?:(?P<stem>[a-z]{2,}in)|(?P<an>an))'(?![\w'])", re.I)
# Round 38 (sh43 — attack43): Pidgin "talk say" / "tok say" / "tell am say" (said that) marks
# reported speech alone, with no other Pidgin word ("Kemi don talk say she go restart worker",
# "Oga talk say make we scale orders to 6"): read as Pidgin, so what is relayed is asked.
_PCM_SAY = re.compile(
    r"(?<![\w\-'])(?:talk|tok|tori|yarn|tell\s+(?:am|dem|me|us|una)|don\s+tell|)"
    r"(?<=\w)\s+say(?![\w\-'])",
    re.I,
)
# "… daily 03:15 can?", "my-api go 4 can?": Singlish "can?" (may it be done?) after an order,
# closing the message; never "… if you can?", "… we can?" (a question of its own).
_CAN_TAG = re.compile(
    r"[ \t]*,?[ \t]*(?<![\w\-])(?<!\byou )(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bit )"
    r"(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\bthat )(?<!\bnot )(?<!\bor )can\s*\?+\s*$",
    re.I,
)
_SPACE_BEFORE_STOP = re.compile(r"[ \t]+(?=[,.;:!?)]|$)|(?<=[ \t])[ \t]+|(?<=^)[ \t]+")
_LEADING_STOP = re.compile(r"^\W*?[,;:]\s*|(?<=[,;.:!?])\s*,")


# A verb of saying after a word: the word is who said it ("Weka asked …", "Tae says …").
_REPORTED = re.compile(
    r"\s+(?:asked|asks|said|says|wants|wanted|told|tells|thinks|suggested|suggests|wrote|writes)\b|"
    # ("Weka: restart worker": whom it is addressed to.)
    r"\s*:\s",
    re.I,
)
# A value said after its key or its "to" ("set LOG_LEVEL to tae", "KEY := mbili", "REGION = the
# noo"): a word of the tongue there is the value as typed, never its English.
# (Round 36, a41b: and after a key and its colon, "set LOG_LEVEL: nae on my-api" — a key in
# capitals or with a dot or an underscore, never "note:"; and the rest of a phrase of the table
# begun as the value, "REGION=baada ya", "REGION=peke yake".)
_VALUE_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?:to|is|be)|:=|=|(?<![\w\-.])(?-i:[A-Z][A-Z0-9_]+|[a-z]\w*[._][\w.]+):)\s*$",
    re.I,
)
_VALUE_WORD_BEFORE = re.compile(
    r"(?:=|(?<![\w\-.])(?:[A-Z][A-Z0-9_]+|[a-z]\w*[._][\w.]+):)\s*(?P<word>[a-z]+)\s+$", re.I
)


def _tongue_rx(words: dict[str, str]) -> re.Pattern[str]:
    return rx(
        r"(?<![\w\-./:=@'`\"])(?:"
        + "|".join(
            r"\s+".join(re.escape(w) for w in p.split())
            for p in sorted(words, key=len, reverse=True)
        )
        + r")(?![\w\-/=@`\"]|:\S|\.\w|'\w)",
        re.I,
    )


_SW_RX = _tongue_rx(_SW_WORDS)
_SW_DELETE = _tongue_rx({w: "delete" for w, meaning in _SW_WORDS.items() if meaning == "delete"})
_TO_VERSION = re.compile(r"\s+(?:v?\d+\.\d|(?:the\s+)?(?:version|revision|toleo)\b)", re.I)
_SW_NUMBER = re.compile(r"\s+(?:\d+(?![\d.:/\w])|(?:moja|mbili|tatu|nne|tano|sita)\b)", re.I)
_SW_MORE_LESS = re.compile(r"(?<![\w\-])(?:ongeza|punguza)(?![\w\-])", re.I)
_SCO_RX = _tongue_rx(_SCO_WORDS)
_WORD_RUN = re.compile(r"[a-z]+")


# Round 36 (gap39a, blind39): Thai-English. A polite particle ("krub", "khrap", "kha", "na
# krub", "ka", a closing "na") carries no meaning of the change: where the message is plainly
# Thai-English (one of :data:`_TH_STRONG` in it), each said at a clause's end is taken out
# ("orders-config BATCH_SIZE change to 20 krub, …" is "… change to 20, …"), and "kob khun
# krub" is "thanks". ("ka" and "na" alone never make a message Thai: Swahili "na" is "and".)
_TH_STRONG = voices.THAI.strong
_TH_PARTICLE = re.compile(
    r"[ \t]*(?<![\w\-./:=@'`\"])(?:(?:na[ \t]+)?(?:krub|khrub|krab|khrab|krap|khrap|khrup|kha|ka)|"
    r"na)(?=[ \t]*(?:[,.;:!?)\n]|$))",
    re.I,
)
_TH_THANKS = re.compile(
    r"(?<![\w\-])(?:kob|khob|khop|khorb|korb)[ \t]*khun(?:[ \t]+(?:na[ \t]+)?"
    r"(?:krub|khrub|krab|khrab|krap|khrap|khrup|kha|ka))?(?![\w\-])"
    # (Only as its own clause: "khob khun bob restart worker krub" thanks bob for a restart.)
    r"(?=[ \t]*(?:[,.;:!?\n]|$))",
    re.I,
)
# Thai words no reading here holds, that may say the change is not wanted, not yet, already
# done or for later ("mai restart worker krub": don't; "yang mai", "laew", "prung nee"): a
# message holding one keeps its particles, and so is asked as unread (the lead, round 36,
# attack41 on the merge).
_TH_UNREAD = voices.THAI_UNREAD


def particles(text: str) -> str:
    """``text`` without its Thai particles where it is plainly Thai-English (see above), else
    ``text`` itself (read before any reader of word order: "KEY change to 20 krub")."""
    lowered = text.lower()
    if ("kr" in lowered or "kh" in lowered) and (words := set(_WORD_RUN.findall(lowered))) & (
        _TH_STRONG
    ):
        return text if words & _TH_UNREAD - _thanked(lowered) else _thai_read(text)
    return text


def thai_unread(said: str, names: Callable[[], frozenset[str]]) -> list[str]:
    """The words of :data:`_TH_UNREAD` in a plainly Thai-English ``said`` (less a thanks said
    as its own clause and the namespace's names), or []."""
    lowered = said.lower()
    if not ("kr" in lowered or "kh" in lowered):
        return []
    words = _WORD_RUN.findall(_QUOTED.sub(" ", lowered))
    if not set(words) & _TH_STRONG:
        return []
    unread = set(words) & _TH_UNREAD - _thanked(lowered)
    return [w for w in dict.fromkeys(words) if w in unread and w not in names()]


def _thanked(lowered: str) -> set[str]:
    """The words of a thanks said as its own clause in ``lowered`` ("kob khun krub, …")."""
    return {w for m in _TH_THANKS.finditer(lowered) for w in _WORD_RUN.findall(m.group(0))}


def _thai_read(text: str) -> str:
    """``text`` with its Thai particles out and its thanks in English (see above), quoted
    text and a value after its key or "to" kept."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def dropped(m: re.Match[str], to: str) -> str:
        if any(a <= m.start() < b for a, b in quoted) or _VALUE_BEFORE.search(
            m.string, 0, m.start()
        ):
            return m.group(0)
        return to

    text = _TH_THANKS.sub(lambda m: dropped(m, "thanks"), text)
    return _TH_PARTICLE.sub(lambda m: dropped(m, ""), text)


# Each tongue: its strong words (one makes a message plainly of it), its weak words (two do),
# its table and the pattern of the table's words.
_DIALECTS: tuple[tuple[frozenset[str], frozenset[str], dict[str, str], re.Pattern[str]], ...] = (
    (_SW_STRONG, frozenset[str](), _SW_WORDS, _SW_RX),
    (_SCO_STRONG, _SCO_WEAK, _SCO_WORDS, _SCO_RX),
    (_PCM_STRONG, frozenset[str](), _PCM_WORDS, _tongue_rx(_PCM_WORDS)),
    (_SGL_STRONG, frozenset[str](), _SGL_WORDS, _tongue_rx(_SGL_WORDS)),
    (frozenset[str](), frozenset[str](), _NL_WORDS, _tongue_rx(_NL_WORDS)),
    (_SV_STRONG, frozenset[str](), _SV_WORDS, _tongue_rx(_SV_WORDS)),
    (_JAM_STRONG, _JAM_WEAK, _JAM_WORDS, _tongue_rx(_JAM_WORDS)),
)


def dialects(text: str, names: Callable[[], frozenset[str]] | frozenset[str] = frozenset()) -> str:
    """``text`` with Taglish, Swahili-English and Scots read as English where the message is
    plainly in one of them (see the rules above), else ``text``."""
    text = taglish(text)
    lowered = text.lower()
    words: set[str] | None = None
    if (read := particles(text)) is not text:
        text = read
        lowered = text.lower()
    if "can" in lowered and _CAN_TAG.search(text):
        text = _CAN_TAG.sub("", text)  # ("… daily 03:15 can?": the order, round 37)
        lowered = text.lower()
    for strong, weak, table, pattern in _DIALECTS:
        if words is None:
            words = set(_WORD_RUN.findall(lowered))
        if not (
            words & strong
            or len(words & weak) >= 2
            or (table is _PCM_WORDS and " o" in lowered and _PCM_MARK.search(text))
            or (table is _SGL_WORDS and " ah" in lowered and _SGL_MARK.search(text))
            or (table is _NL_WORDS and "'" in lowered and _NL_MARK.search(text))
        ):
            continue
        if table is _SCO_WORDS and "aye" in lowered:
            text = _AYE_CLOSING.sub("", text)
        if table is _SCO_WORDS and "in'" in lowered:
            # Round 40 (gap43b, blind40): "don't restart anythin'": the word with its g dropped
            # and its apostrophe, read whole ("anything"), never leaving the apostrophe behind
            # as an open quote.
            text = _dropped_g(text)
        read = _dialect_read(text, table, pattern, names)
        if table is _PCM_WORDS and " go" in read.lower():
            read = _PCM_SCALE_GO.sub(
                lambda m: m["head"] + " to" if _JAM_COUNT.match(m.string, m.end()) else m[0], read
            )
        if table is _NL_WORDS:
            read = _dropped_g(read)
        if read != text and table in (_PCM_WORDS, _SGL_WORDS, _NL_WORDS, _JAM_WORDS):
            # (A particle taken out leaves no space before a stop nor a stop to open with.)
            read = _LEADING_STOP.sub("", _SPACE_BEFORE_STOP.sub("", read))
        text = read
        lowered = text.lower()
        words = None
    return text


def _dropped_g(text: str) -> str:
    """``text`` with each word of :data:`_DROPPED_G` written with its g ("freezin'" is
    "freezing", "an'" is "and"), quoted text and a value after its key or "to" kept."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def spelled(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted) or _VALUE_BEFORE.search(
            m.string, 0, m.start()
        ):
            return m.group(0)
        if m["an"]:  # ("scale my-api to 7 an' don't go touchin' nothin'": "and")
            return m["an"] + ("D" if m["an"].isupper() else "d")
        return m["stem"] + ("G" if m["stem"].isupper() else "g")

    return _DROPPED_G.sub(spelled, text)


def _dialect_read(
    text: str,
    table: dict[str, str],
    pattern: re.Pattern[str],
    names: Callable[[], frozenset[str]] | frozenset[str],
) -> str:
    """``text`` with the words of ``table`` as their English, quoted text and names kept."""
    known: frozenset[str] | None = None

    def named(word: str) -> bool:
        nonlocal known
        if known is None:
            known = names if isinstance(names, frozenset) else names()
        return word.lower() in known

    for rule in (pattern, _SCO_BIN) if table is _SCO_WORDS else (pattern,):
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

        def english(
            m: re.Match[str], rule: re.Pattern[str] = rule, quoted: list[tuple[int, int]] = quoted
        ) -> str:
            if (
                any(a <= m.start() < b for a, b in quoted)
                or named(m.group(0))
                or _REPORTED.match(m.string, m.end())
                or (rule is not _SCO_BIN and _VALUE_BEFORE.search(m.string, 0, m.start()))
                or (
                    rule is not _SCO_BIN
                    and (v := _VALUE_WORD_BEFORE.search(m.string, 0, m.start())) is not None
                    and f"{v['word'].lower()} {' '.join(m.group(0).lower().split())}" in table
                )
            ):
                # ("Weka asked to restart worker": a person's name before what they said.)
                return m.group(0)
            if rule is _SCO_BIN:
                return m.group(0)[: m.start("bin") - m.start()] + "delete"
            said = " ".join(m.group(0).lower().split())
            if (
                table is not _SCO_WORDS
                and said in _CLAUSE_ONLY
                and not _CLAUSE_CLOSES.match(m.string, m.end())
            ) or (said == "am" and _I_BEFORE.search(m.string, 0, m.start())):
                return m.group(0)  # ("o" and "ah" inside a clause, "I am": as said)
            if said == "can or not" and not _ASKED.match(m.string, m.end()):
                return m.group(0)  # (only "can or not?" asks whether it may be done)
            if table is _JAM_WORDS:
                if said in _JAM_PLACED:
                    return _jamaican(m, said)
                if m.group(0)[:1].isupper() and table[said][:1].islower():
                    return table[said][:1].upper() + table[said][1:]  # ("Di box-count …")
            if said == "kwa" and _TO_VERSION.match(m.string, m.end()):
                return "to"  # ("rudisha my-api kwa 1.3.9": back to that version)
            if said in ("kwa", "hadi", "mpaka") and _SW_NUMBER.match(m.string, m.end()):
                if said != "kwa":
                    return "to"  # ("punguza frontend hadi 2": down to two)
                if _SW_MORE_LESS.search(m.string, 0, m.start()):
                    return "by"  # ("ongeza payments kwa mbili": by two)
            return table[said]

        text = rule.sub(english, text)
    return text


# The words of :data:`_JAM_WORDS` read by where they stand (see there).
_JAM_PLACED = voices.PATOIS_PLACED
# A negation earlier in the clause: Patois says "nothing" after it for "anything" ("nuh restart
# nutten" is "don't restart anything").
_JAM_NEGATED = re.compile(
    r"(?<![\w\-])(?:nuh|nah|neva|cyaan|kyaan|don't|won't|can't)\s[^,.;:!?\n]*$", re.I
)


def _jamaican(m: re.Match[str], said: str) -> str:
    """The English of the Patois word ``said`` (matched by ``m``) where it stands (see
    :data:`_JAM_WORDS`)."""
    english = _jamaican_placed(m, said)
    if english[:1].islower() and m.group(0)[:1].isupper():
        return english[:1].upper() + english[1:]  # ("Mi need …", "Dem a go …")
    return english


def _jamaican_placed(m: re.Match[str], said: str) -> str:
    """The English of :func:`_jamaican`, in lower case but for "I"."""
    text, start, end = m.string, m.start(), m.end()
    if said == "pon":
        # (Round 39, voices39 — attack44: "scale di my-api pon 2": "to" a count after "scale",
        # never before a place, "pon 2 nodes".)
        scaled = _JAM_SCALED.search(text, 0, start) and _JAM_COUNT.match(text, end)
        return "to" if scaled else "on"
    if said == "nuh":
        return "" if _CLAUSE_CLOSES.match(text, end) else "don't"
    if said in ("mi", "gi") and _JAM_AFTER_NUMBER.search(text, 0, start):
        return m.group(0)  # ("256 Mi", "2 Gi": a unit)
    if said == "gi":
        return "give"
    if said == "mi":
        opens = _JAM_CLAUSE_START.search(text, 0, start) is not None
        return "I" if opens or _JAM_I_VERB.match(text, end) else "me"
    if said.startswith("n"):
        return "anything" if _JAM_NEGATED.search(text, 0, start) else "nothing"
    if said == "dem":
        return "they" if _JAM_CLAUSE_START.search(text, 0, start) else "them"
    return "should" if _JAM_SUBJECT_BEFORE.search(text, 0, start) else "for"


# Filipino words that say the change is done, not wanted, someone else's, or for later — words
# :func:`taglish` does not write as English ("Na-restart na po yung payments" done, "Di na
# kailangan i-restart" no need, "Sabi ni Bob …" Bob says, "Salamat sa pag-restart" thanks,
# "Okay na yung worker" fine now, "Hintayin muna natin" let's wait, "Baka pwede" maybe): a plan
# read past them is asked, before any reading (the lead at the merge, attack39).
_TL_UNREAD = re.compile(
    r"(?<![\w\-])(?:n[ai]-[a-z]{3,}|tapos\s+na|(?:okay|ok|ayos|gumagana)\s+na|salamat|galing|"
    r"sabi|gusto|hintayin|baka|kailangan|daw|raw|ayaw|huwag\s+na|wag\s+na|pumayag|sang-ayon|"
    r"mo\s+na|ko\s+na)(?![\w\-])",
    re.I,
)


def unread(text: str) -> str | None:
    """The question for a plainly Taglish ``text`` holding a word of :data:`_TL_UNREAD`, or None."""
    if not _filipino(text) or (m := _TL_UNREAD.search(text)) is None:
        return None
    return (
        f"I read {m.group(0)!r}, Filipino I do not place: it may say the change is done, not "
        "wanted, someone else's or for later, so I changed nothing. Say the change to make "
        "now, in English if you can (e.g. 'restart worker now')."
    )


# Round 35 (gap38a): a Swahili subject-and-tense prefix joined to an English verb by a hyphen
# ("farmers wame-queue", "pod ime-crash", "tume-deploy"): the English perfect, "have queued" read
# as "have queue" (context either way: the verb is the one said).
_SW_AND = re.compile(
    r"(?<=[\w,])\s+na\s+(?=\d|(?:the\s+)?(?:cpu|memory|mem|ram|requests?|limits?)\b)", re.I
)
_SW_TENSES = {"wame": "have ", "ime": "has ", "ame": "has ", "tume": "we have ", "nime": "I have "}
_SW_TENSE = re.compile(r"(?<![\w\-])(wame|ime|ame|tume|nime)-(?=[a-z]{3,}\b)", re.I)


# Round 36 (a41a, attack40): "at o600", "by O430": a clock time with the letter O typed for its
# zero, read as the digits ("at 0600"), as every time is.
_O_FOR_ZERO = re.compile(r"(?<![\w\-./:=@'`\"])[oO](?=\d{3}(?![\w\-./:=@]))")
_O_DIGITS = re.compile(r"[oO]\d{3}")  # (its cheap look first)


def read(text: str, names: Callable[[], frozenset[str]] | frozenset[str] = frozenset()) -> str:
    """``text`` with another language's words of :data:`LEXICON` (and its days, ends and
    events) written as the English they mean; quoted text and the namespace's ``names`` stay
    as said."""
    text = dialects(text, names)
    if _O_DIGITS.search(text):
        text = _O_FOR_ZERO.sub("0", text)
    if " na " in text.lower() and not _filipino(text):
        # "requests 100m CPU na 128Mi, na memory limit 256Mi": Swahili "and" before a value or
        # a resource (never Filipino "na", a linker or "already", read by :func:`taglish`).
        text = _SW_AND.sub(" and ", text)
    if "-" in text and _SW_TENSE.search(text):
        # "1,200 wame-queue", "ime-crash": a Swahili tense prefix on an English verb (gap38a).
        text = _SW_TENSE.sub(lambda m: _SW_TENSES[m[1].lower()], text)
    if text.isascii() and not _maybe_foreign(text):
        return text
    known: frozenset[str] | None = None

    def named(word: str) -> bool:
        nonlocal known
        if known is None:
            known = names if isinstance(names, frozenset) else names()
        return word.lower() in known

    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def inside(m: re.Match[str]) -> bool:
        return any(a <= m.start() < b for a, b in quoted) or named(m.group(0))

    def until(m: re.Match[str]) -> str:
        if inside(m):
            return m.group(0)
        what = m["what"].lower()
        return f"until {_DAYS.get(what) or LEXICON.get(' '.join(what.split()), what)}"

    def after(m: re.Match[str]) -> str:
        if inside(m):
            return m.group(0)
        only = "only " if m["after"].lower().startswith("erst") else ""
        return f"{only}after the {_EVENT[m['event'].lower()]}"

    def during(m: re.Match[str]) -> str:
        if inside(m):
            return m.group(0)
        return f"during the {_EVENT[m['event'].lower()]}" if m["event"] else "during the"

    def day(m: re.Match[str]) -> str:
        if inside(m) or (
            m["on"] is None and m["day"].isascii() and _ENGLISH_TOO.get(m["day"].lower())
        ):
            return m.group(0)
        return f"on {_DAYS[m['day'].lower()]}"

    def phrase(m: re.Match[str]) -> str:
        if inside(m):
            return m.group(0)
        return LEXICON[" ".join(m.group(0).lower().split())]

    text = _UNTIL_DAY.sub(until, text)
    text = _DURING.sub(during, text)
    text = _AFTER_EVENT.sub(after, text)
    text = _ON_DAY.sub(day, text)
    return _PHRASES.sub(phrase, text)


# Day forms that are English words too (or names people give things): only with a preposition
# of their language ("na segunda", "w środę") are they a day.
_ENGLISH_TOO = {
    w: True for w in "segunda terça terca quarta quinta sexta sabato domingo cuma".split()
}


def _maybe_foreign(text: str) -> bool:
    """Whether an ASCII ``text`` may hold a word of :data:`LEXICON` or a day (a cheap look)."""
    lowered = text.lower()
    return bool(
        _PHRASES.search(lowered)
        or _ON_DAY.search(lowered)
        or _AFTER_EVENT.search(lowered)
        or _DURING.search(lowered)
    )


def changed(sent: str, read_as: str) -> list[tuple[str, str]]:
    """The words of ``sent`` that :func:`read` wrote as English in ``read_as``, each with its
    English (for the note a plan or a question carries)."""
    if sent == read_as:
        return []
    import difflib  # noqa: PLC0415 - only when something was read

    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, sent.split(), read_as.split(), autojunk=False)
    a, b = sent.split(), read_as.split()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return out


def noted(result: PlanResult, read_as: list[tuple[str, str]]) -> PlanResult:
    """``result`` with a note of the words read as English (:func:`changed`), in its question or
    its analysis."""
    if not read_as:
        return result
    note = "I read " + ", ".join(f"{s!r} as {e!r}" for s, e in read_as if s) + "."
    for sent, english in read_as:
        whole = (
            rx(rf"(?<![\w\-]){re.escape(english)}(?![\w\-])", re.I).search(result.awaits)
            if sent and english and result.awaits
            else None
        )
        if whole is not None and result.awaits:
            # The wait in the words as sent ("morgen"), as every wait is recorded — a whole
            # word ("klo" read as "at" is never the "at" inside "batch").
            at = whole.start()
            words = result.awaits[:at] + sent + result.awaits[at + len(english) :]
            result.analysis = result.analysis.replace(repr(result.awaits), repr(words))
            result.awaits = words
    if result.question:
        result.question = f"{note} {result.question}"
    else:
        result.analysis = f"{note} {result.analysis}".strip()
    return result


_TOKEN = re.compile(r"\S+")
_EDGES = "\"'`.,;:!?()[]{}<>\u201c\u201d\u2018\u2019\u2026*_~"
# Words of the languages above that say how or when, beside those of :data:`LEXICON`.
_MORE_WORDS = """nicht nie jetzt erst noch aber sofort bald gleich schon dann wenn falls heute abend
    nacht woche nächste naechste bitte danach vorher pas maintenant encore puis quand demain soir
    aujourd'hui bientôt bientot semaine prochaine ahora luego cuando todavía todavia hoy noche
    pronto semana próxima agora depois quando ainda hoje noite semana próxima logo teraz potem
    kiedy jeszcze dzisiaj dziś dzis wieczorem jutro tydzień tydzien niet nu straks vandaag
    vanavond volgende wanneer adesso dopo quando ancora oggi stasera domani settimana prossima
    subito mamaya mamayang bukas gabi umaga hapon ngayon ngayong
    kesho hadi mpaka baadaye labda pengine jioni usiku mchana asubuhi kutwa ijayo mebbe mibbe
    kal parso baad abhi jaldi sekarang segera kemarin kemaren vchera segodnya seichas
    kinou kyou zuotian jintian"""
_TONGUE_WORDS = frozenset(
    w
    for p in (*LEXICON, *_DAYS, *_EVENT, *_MORE_WORDS.split())
    for w in p.lower().split()
    # English words and short forms of the table ("next wk", "the cutover") are no other tongue's
    if len(w) > 2 and w not in _EVENTS and w not in {"next", "nxt", "week", "deployment"}
)
# Round 40 (oa46): a word of a greeting, a thanks, a "please" or an end tag of another tongue
# (:data:`.voices.GREETINGS` …: "… nomás", "Habari! …", "…, voilà") says nothing of when or
# whether: no other tongue's word here (a word a table here reads keeps its reading).
# Round 42 (lex42): and a word with a letter outside ASCII of a courtesy said in words
# ("Dzięki wielkie, …", "Mālō aupito, …", "…, vamos lá", "…, hadi bakalim") — never one that
# says a day, a count or how much ("día", "dzień", "míle", "nhiều", "çox"): those stay
# foreign words.
_COURTESY_WORDS_OF_MORE = frozenset("día días dzień deň míle nhiều köp çox sağ".split())
_COURTESY = (
    frozenset(
        w
        for said in (voices.GREETINGS, voices.THANKS, voices.PLEASE, voices.END_TAGS)
        for p in said
        for w in p.split()
        if " " not in p or not (w.isascii() or w in _COURTESY_WORDS_OF_MORE)
    )
    - _TONGUE_WORDS
)
_SIGN_OFF = re.compile(
    r"\b(?:regards|thanks|thank\s+you|thx|cheers|br|best|kind\s+regards|sent\s+from)\W*$", re.I
)


def foreign(
    word: str, english: Callable[[], frozenset[str]], names: Callable[[], frozenset[str]]
) -> bool:
    """Whether ``word`` (stripped of punctuation) is not English: a letter outside ASCII (another
    script, or an accent on a word that is no capitalised name), or a word of another language's
    times, negations and conditions (:data:`LEXICON`, its days and a few more) that no English
    word list holds. A name or a value of the namespace never is (``names`` is read only for a
    word that could be foreign: in a namespace of 2,000 Deployments it is a costly read)."""
    lowered = word.lower()
    accented = any(c.isalpha() and not c.isascii() for c in word)
    if (not accented and lowered not in _TONGUE_WORDS) or lowered in _COURTESY:
        return False
    if lowered in names() or unicodedata.normalize("NFKC", lowered) in names():
        return False
    if accented:
        latin = all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in word)
        return not (
            latin and word[:1].isupper() and word[1:].islower() and lowered not in _TONGUE_WORDS
        )
    # A day of another language ("domingo", "sexta") is one even where a word list holds it
    # as a name.
    return lowered not in english() or lowered in _DAYS


# Round 44 (blind47): "kubectl scale deploy/frontend --replicas=5 (for Sankt Hans aften)": a
# word of another tongue closing a purpose, "for" then a capitalised name, are the rest
# of the name of what the change is for (a feast, its eve), never a wait: the change is for it,
# made when approved, as "… (for Sankt Hans)" is. Never a word a table here reads alone ("…
# for Diwali kal": tomorrow, asked as before) — Danish "aften" is read only in "i aften".
_FOR = frozenset({"for"})
# (attack52: only a word for the eve or the evening of a feast, "Sankt Hans aften", "Midsommar
# afton", "Heilig Abend" — never any word, "… for Sankt Hans ikke" (not) is asked.)
_EVE = frozenset("aften afton aftenen kveld abend avond eve".split())
_TONGUE_ALONE = frozenset(
    p.lower() for p in (*LEXICON, *_DAYS, *_EVENT, *_MORE_WORDS.split()) if " " not in p
)


def _for_named_event(before: list[str], found: list[str]) -> bool:
    """Whether the one word ``found`` closing a message, a feast's eve, comes right after "for"
    and a capitalised name, with no mark between (``before``: the tokens before it, as said)."""
    if len(found) != 1 or found[0] not in _EVE:
        return False
    named = 0
    for word in reversed(before):
        if word[:1].isupper() and word[1:].islower() and word.isalpha():
            named += 1
            continue
        return 1 <= named <= 3 and word.lower().lstrip("([") in _FOR
    return False


def leftover(
    said: str,
    result: PlanResult,
    english: Callable[[], frozenset[str]],
    names: Callable[[], frozenset[str]],
) -> list[str]:
    """The words ending ``said`` that are not English (:func:`foreign`), less the values the
    plan carries, quoted text and the words of its ``awaits``; [] when there are none."""
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)), said)
    if result.awaits:
        for phrase in result.awaits.split("; "):
            at = text.lower().find(phrase.lower())
            if at >= 0:
                text = text[:at] + " " * len(phrase) + text[at + len(phrase) :]
    tokens = [m.group(0).strip(_EDGES) for m in _TOKEN.finditer(text)]
    carried = _carried(result)
    found: list[str] = []
    for word in reversed(tokens):
        if not any(c.isalnum() for c in word):
            continue  # punctuation or an emoji: neither English nor another language
        if not foreign(word, english, names) or word.lower() in carried:
            break
        found.append(word)
    if found and _SIGN_OFF.search(" ".join(tokens[: len(tokens) - len(found)])):
        return []  # "Thanks and regards, Zoë": who sent it
    if (
        found
        and _for_named_event([m.group(0) for m in _TOKEN.finditer(text)][: -len(found)], found)
        and not any(w.lower() in _TONGUE_ALONE for w in found)
    ):
        return []  # "… --replicas=5 (for Sankt Hans aften)": the rest of a feast's name
    if (
        not found
        and (last := _unplaced(text, carried, english, names))
        and f"Read {last!r} as" not in (result.analysis or "")
    ):
        return [last]  # (never a typo read as its word: "to 5 replicsa")
    return found[::-1]


# Round 37 (tw41a — attack41, 208 unsafe rows: "scale payments to 4 besok", "… zavtra", "… kal",
# "set memory to 512Mi nanti"): the one word that ends a message right after the order's value,
# that no English word list, no name of the namespace and no reader of the sentence going on
# (:func:`.followers.plain_word`: chat words, particles, the reader called "bro", "krub")
# holds. The order is complete, so the word says something of it — when, whether, how long —
# in a tongue no table reads: asked, never dropped. A word after a comma or a full stop (an
# aside, "…, achla", "… 2. Kiitos."), a capitalised word (a person), a word of 3 letters or
# fewer ("mem", "hrs", "lah"), or one after no value of the plan ("restart worker besok", read
# by the name's readers; "… the OpenRTB 2.6 parser") is left to the readers it always was.
_VALUE_WORD = re.compile(r"[\w.:/@\-]*\d[\w.:/@\-]*")
_PLAIN_LOWER = re.compile(r"[a-z]{4,}")
_HOLD_AFTER_VALUE = frozenset(
    "wait cancel cancelled canceled hold abort later pending tbd tbc undo nope revert".split()
)


def _unplaced(
    text: str,
    carried: str,
    english: Callable[[], frozenset[str]],
    names: Callable[[], frozenset[str]],
) -> str | None:
    """The word ending ``text`` right after a value the plan carries (``carried``) that nothing
    reads (see above), or None."""
    raw = _TOKEN.findall(text.rstrip(" .!?\u2026"))
    # Round 37 (m43b, attack43): a word that holds or takes the change back, said right after
    # its value ("scale postgres to 6 wait", "… to 7 /later", "… to 5 cancel"): asked.
    if (
        len(raw) >= 2
        and _VALUE_WORD.fullmatch(raw[-2])
        and raw[-2].lower() in carried
        and raw[-1].lstrip("/-").lower() in _HOLD_AFTER_VALUE
    ):
        return str(raw[-1])
    # (m43b: two such words, "scale postgres to 8 kanske inte": each read by nothing, asked.)
    if (
        len(raw) >= 3
        and _VALUE_WORD.fullmatch(raw[-3])
        and raw[-3].lower() in carried
        and all(_PLAIN_LOWER.fullmatch(w) for w in raw[-2:])
        and all(_unread_word(w, english, names) for w in raw[-2:])
    ):
        return " ".join(raw[-2:])
    if len(raw) < 2 or not _VALUE_WORD.fullmatch(raw[-2]) or not _PLAIN_LOWER.fullmatch(raw[-1]):
        return None
    if raw[-2].lower() not in carried:
        return None  # ("… it has the OpenRTB 2.6 parser": a value of the remark, not the order)
    word: str = raw[-1]
    return word if _unread_word(word, english, names) else None


# Round 43 (attack51, on main): "delete worker, ippo venda" (Malayalam "not now"), "delete
# worker, foo bar": a clause of two to four words closing the message after a comma, a full stop
# or a dash, none of which any English word list, name, table or reader holds, was dropped and
# the order planned. It may say when, whether or how long: asked, as one such word is.
_LAST_CLAUSE = re.compile(r"(?:[,;.]|\s[-\u2013\u2014]+)\s*([^,;.\-\u2013\u2014]+?)[\s.!?\u2026]*$")
_TAIL_WORD = re.compile(r"(?:[^\W\d_A-Z]|\u00b7){2,}")
# (Round 44, the CI run's one failure: Indonesian and Malay "no problem" closing the order —
# "restart worker, gak jadi masalah", "…, tidak masalah", "…, tak ada masalah" — is a courtesy,
# never when or whether: planned, as round 37 decided.)
_NO_PROBLEM = re.compile(
    r"(?:gak|nggak|ngga|ga|enggak|tidak|tak|ndak)\s+(?:(?:jadi|ada|apa)\s+)?masalah(?:\s+kok)?",
)


_TAIL_NO = frozenset({"no", "non"})
_COURTESY_LAST = re.compile(
    r"(?:[,;.!]?\s*(?:"
    + voices.alternation(voices.GREETINGS | voices.THANKS | voices.PLEASE)
    + r"))+[\s.!\u2026]*$",
    re.I,
)


def _unread_tail(
    text: str,
    result: PlanResult,
    english: Callable[[], frozenset[str]],
    names: Callable[[], frozenset[str]],
) -> str | None:
    """The clause closing ``text`` whose every word nothing reads (see above), or None."""
    # (Round 44, attack52: a courtesy closing the message is passed over — "restart worker,
    # ara no, si us plau" (Catalan "not now, please") — and a "no" inside the clause is of its
    # tongue when another word of it is unread: "…, ara no", "…, però no avui".)
    stripped = text
    text = _COURTESY_LAST.sub("", text)
    if (m := _LAST_CLAUSE.search(text)) is None:
        return None
    words = m.group(1).split()
    if _NO_PROBLEM.fullmatch(" ".join(words)):
        return None
    if not 1 <= len(words) <= 4 or not all(_TAIL_WORD.fullmatch(w) for w in words):
        return None
    carried = _carried(result)
    unread = [
        w not in _COURTESY
        and w not in _OPENING_VOICED
        and w not in carried
        and _unread_word(w, english, names)
        for w in words
    ]
    if len(words) == 1:
        # (One word after a courtesy only: "…, si us plau, potser"; alone it is read elsewhere.)
        courteous = stripped != text or _COURTESY_LAST.search(text[: m.start()]) is not None
        return words[0] if unread[0] and courteous else None
    if not any(unread) or not all(u or w in _TAIL_NO for u, w in zip(unread, words, strict=True)):
        return None
    return m.group(1).strip()


def _unread_word(
    word: str, english: Callable[[], frozenset[str]], names: Callable[[], frozenset[str]]
) -> bool:
    """Whether ``word`` is read by no English word list, name, table or reader (see above)."""
    if word in english() or word in names() or word in _TONGUE_WORDS:
        return False
    if word.endswith("s") and (word[:-1] in english() or word[:-2] in english()):
        return False  # ("scale checkout to 6 backends": what is counted, an English plural)
    # (the sentence going on, or a typo of a word: "to 5 replicsa")
    return not (followers.plain_word(word) or typos.near(word))


def _carried(result: PlanResult) -> str:
    """The values the plan's operations carry, lower-cased (never the request they quote)."""
    return json.dumps(
        [o.model_dump(mode="json", exclude={"reason"}) for o in result.operations],
        ensure_ascii=False,
    ).lower()


# Words of Swahili that English word lists hold in another sense: "si" (not), "sio" (it is not).
_SW_NOT = frozenset({"si", "sio", "siyo"})
# Swahili the table does not read that may say when, whether or how long: "bila" (without),
# "isipokuwa" (except), "labda" (maybe), "muda" (a while), "hadi"/"mpaka" (until), "bado" (not
# yet), "tayari" (already), "baadaye" (later), "subiri"/"ngoja" (wait), the days and parts of
# the day; and a verb said with its subject and tense ("alisema" he said, "nimesha-" I have
# already, "sitaki" I don't want, "tunasubiri" we are waiting).
_SW_UNREAD = frozenset(
    """bila isipokuwa labda pengine muda hadi mpaka bado tayari baadaye subiri ngoja kesho
    usiku asubuhi jioni mchana ijayo iliyopita kila pia hapana sawa jumatatu jumanne jumatano
    alhamisi ijumaa jumamosi jumapili saa siku dakika mwezi wiki""".split()
)
_SW_VERB = re.compile(
    r"(?:ni|u|a|tu|m|wa|ha|hatu|hawa|ham|si)(?:me|li|ta|na|ki|sha|ja|ku)[a-z]{3,}|"
    r"(?:si|hu|ha)[a-z]{2,}(?:i|e)"
)
# Scots the table does not read: a negation ("wouldnae"), "the morn" (tomorrow), "mibbe".
# (Round 36, a41b: "awready" already — "we've awready restart worker" is a report.)
_SCO_UNREAD = frozenset("morn mibbe mebbe naw awready aready awreddy".split())
# Round 36 (a41b, attack40): what marks a message as Swahili or Scots that no word of the
# tables does — "sitaki restart worker" (I don't want), "hapana scale payments to 4" (no),
# "labda …" (maybe), "bob alisema …" (bob said), "nimeswitch frontend …" (I have switched),
# "usiset …" (don't set), "… baadaye" (later), "I winna …", "we've awready …": read past, the
# order was planned for now. Such a word (not English, no name of the namespace, never a
# capitalised word inside the message: a person, "Amelia", "Alina") makes the message of that
# tongue, so :func:`dialect_unread` asks about it. Only words no English speaker writes:
# "wiki", "hadi", "sawa", "kila" alone never do.
_SW_MARKS = frozenset(
    """labda pengine hapana bado tayari baadaye subiri ngoja kesho usiku asubuhi jioni mchana
    ijayo iliyopita isipokuwa mpaka muda dakika haja sijui jumatatu jumanne jumatano alhamisi
    ijumaa jumamosi jumapili usi tusi msi nime tume wame""".split()
)
_SW_DAYS = frozenset("jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili".split())
# (Joined by a hyphen, "wame-queue", "tume-deploy", these are read as the English perfect,
# :data:`_SW_TENSE`: only said apart, "nime scale …", do they mark the message.)
_SW_APART = frozenset("nime tume wame".split())
# A verb with its subject and tense (or "don't" prefix) joined to an English verb ("nimeswitch",
# "tumeset", "ameroll", "usiswitch", "tusiset"), or a Swahili verb ending in its vowel
# ("alisema", "anataka", "sitaki", "hatutaki", "amesha", "anakubali").
# (Only the perfect, "-me-"/"-mesha-", and "don't", "-si-", are joined to an English verb:
# "ulimit", "aligner" are no Swahili; a "hu"/"si" form ends in "i": "Hubble" is a name.)
_SW_GLUED = re.compile(
    r"(?:ni|u|a|tu|m|wa)(?:mesha|me|sha)(?P<stem>[a-z]{3,})|(?:u|tu|m|wa|a|ni)si(?P<neg>[a-z]{3,})"
)
_SW_VOWEL_VERB = re.compile(
    r"(?:ni|u|a|tu|m|wa|ha|hatu|hawa|ham|si)(?:me|li|ta|na|ki|sha|ja|ku)[a-z]{2,}[aeiou]|"
    r"(?:si|ha)[a-z]{2,}i"
)
_VOWEL_END = ("a", "e", "i", "o", "u")
# A Swahili perfect joined to the verb of an order ("tume-restart worker", "nime-rollback
# checkout"): the change is reported done ("1,200 wame-queue", "pod ime-crash" say a state).
_SW_DONE = re.compile(
    r"(?<![\w\-])(?:ni|tu|a|wa|i)me(?:sha)?-(?:restart|scale|roll|rollback|set|switch|update|"
    r"upgrade|deploy|redeploy|bump|delete|patch|change|apply|drain|cordon)(?![\w\-])"
)
_SCO_MARKS = frozenset("mibbe mebbe awready aready awreddy".split())
# "there's nae point tae …", "it's nae guid tae …", "bob's no keen tae …": no order, a refusal.
_SCO_REFUSE = re.compile(r"(?<![\w\-])(?:nae|no|naw)\s+(?:point|guid|good|use|keen|need)(?![\w\-])")
_CAPITAL_WORD = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?![\w\-])")


def _swahili_word(word: str, english: Callable[[], frozenset[str]]) -> bool:
    """Whether ``word`` (lower-cased, no English word) is Swahili by its form (see above)."""
    if word in _SW_MARKS:
        return True
    if not word.endswith(_VOWEL_END) and "s" not in word[1:4] and "me" not in word[1:5]:
        return False  # (a cheap look: neither "-si-", "-me-" nor a vowel at the end)
    if (m := _SW_GLUED.fullmatch(word)) is not None and (
        (m["stem"] or m["neg"]) in english() or word.endswith(_VOWEL_END)
    ):
        return True
    return _SW_VOWEL_VERB.fullmatch(word) is not None


def _dialect_tables(said: str) -> list[dict[str, str]]:
    """The tables of the tongues ``said`` is plainly in (see :func:`dialects`)."""
    words = set(_WORD_RUN.findall(said.lower()))
    # (A Scots negation the table does not hold, "wouldnae", "shouldnae", marks it too.)
    scots_not = any(len(w) > 4 and w.endswith("nae") for w in words)
    return [
        table
        for strong, weak, table, _ in _DIALECTS
        if words & strong or len(words & weak) >= 2 or (scots_not and table is _SCO_WORDS)
    ]


def _marked_tables(
    said: str, english: Callable[[], frozenset[str]], names: Callable[[], frozenset[str]]
) -> list[dict[str, str]]:
    """The tongues ``said`` is marked as by a word no table reads (:data:`_SW_MARKS`,
    :data:`_SCO_MARKS`), never by a capitalised word inside it (a person's name)."""
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)), said)
    if ", si " in text.lower():
        # ("delete orders-config, si orders": Swahili "not", after a comma, before a name.)
        return [_SW_WORDS]
    tables: list[dict[str, str]] = []
    for m in _TOKEN_RUN.finditer(text):
        word = m.group(0)
        if m.start() > 0 and word[:1].isupper():
            continue
        lowered = word.lower()
        if len(lowered) < 3 or lowered in english() or lowered in _COURTESY:
            continue  # (round 40, oa46: nor a greeting or a thanks, "Habari! scale …")
        if lowered in _SW_APART and text[m.end() : m.end() + 1] == "-":
            continue  # ("wame-queue": read as the English perfect, _SW_TENSE)
        if lowered in _SCO_MARKS:
            tables.append(_SCO_WORDS)
        elif _swahili_word(lowered, english) and lowered not in names():
            tables.append(_SW_WORDS)
        else:
            continue
        break
    return tables


_TOKEN_RUN = re.compile(r"(?<![\w\-])[A-Za-z]+(?![\w])")


def _dialect_delete(said: str) -> str | None:
    """Round 35 (the lead, attack40): the word of a tongue ``said`` is plainly in that reads as
    "delete" ("futa", "bin" as a clause's verb), or None. Read past the words around it that no
    table holds ("futa orders in a wee while", "bin orders at o600" deleted now), a deletion
    said only in another tongue is asked, as a misspelt "delete" is."""
    tables = _dialect_tables(said)
    if _SW_WORDS in tables and (m := _SW_DELETE.search(said)):
        return m.group(0)
    if _SCO_WORDS in tables and (m := _SCO_BIN.search(said)):
        return m.group("bin")
    return None


# Round 44 (blind47): a courtesy of several words said whole ("…, si us plau", Catalan "please")
# is no word of a dialect's: its words ("si", Swahili "not") are read with it, never alone.
_COURTESY_SAID = re.compile(
    r"(?<![\w'\-])(?:"
    + voices.alternation(
        frozenset(
            p
            for said in (voices.GREETINGS, voices.THANKS, voices.PLEASE, voices.END_TAGS)
            for p in said
            if " " in p
        )
    )
    + r")(?![\w'\-])",
    re.I,
)


def dialect_unread(
    said: str,
    result: PlanResult,
    english: Callable[[], frozenset[str]],
    names: Callable[[], frozenset[str]],
) -> list[str]:
    """Round 35 (the lead, attack40): in a message plainly Scots or Swahili-English (read by
    :func:`dialects`), the words no table of it, no English word list and no name of the
    namespace holds, anywhere in it, less the values the plan carries. Read past them, the
    order was planned on a part of the message: "futa orders kwa muda" (temporarily), "futa
    the orders pdb labda" (maybe), "delete orders-config, si orders" (not orders), "bin orders
    the morra's morn" deleted now; "I wouldnae restart worker" restarted it. [] for a message
    of neither tongue."""
    courteous = _COURTESY_SAID.sub(lambda m: " " * len(m.group(0)), said)
    if not rx(r"(?<![\w'\-])(?:no|non)(?![\w'\-])", re.I).search(courteous):
        # (attack52: unless a "no" is said beside it — "restart worker, ara no, si us plau",
        # "…, però no avui": words of the tongue no table reads, still asked.)
        said = courteous
    lowered = said.lower()
    if "me-" in lowered and (done := _SW_DONE.search(_QUOTED.sub(" ", lowered))):
        return [done.group(0)]  # ("tume-restart worker": we have restarted it, a report)
    tables = _dialect_tables(said)
    marked = False
    if not tables:
        # (Round 36, a41b: a word of the tongue no table reads marks it too, see _SW_MARKS.)
        tables, marked = _marked_tables(said, english, names), True
        if not tables:
            return []
    # (A message marked only by such a word was not read by the tables: none of their words
    # is known there. Round 36, a41a: a phrase a table reads is blanked whole; its words alone —
    # "morn" but for "the morn" — are no table's.)
    known = (
        set()
        if marked
        else {w for table in tables for phrase in table for w in phrase.split()} - _SCO_UNREAD
    )
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), lowered)
    found: list[str] = []
    if _SCO_WORDS in tables and (refuse := _SCO_REFUSE.search(unquoted)):
        found.append(refuse.group(0))  # (before a table's phrases are blanked: "nae point")
    if marked:
        unquoted = _CAPITAL_WORD.sub(
            lambda m: m.group(0) if m.start() == 0 else " " * len(m.group(0)),
            _QUOTED.sub(lambda m: " " * len(m.group(0)), said),
        ).lower()
    else:
        for _strong, _weak, table, pattern in _DIALECTS:
            if table in tables:
                unquoted = pattern.sub(" ", unquoted)
    carried: str | None = None
    swahili = _SW_WORDS in tables
    if swahili and "schedule" in (carried := _carried(result)):
        # ("Velero schedule ya shop kila Jumapili 03:00": the cadence the schedule reads.)
        from dotop_nb.planner.offline import schedules  # noqa: PLC0415 - a schedule's words

        unquoted = schedules.tongue_cadence_blanked(unquoted)
    for word in _WORD_RUN.findall(unquoted):
        if word in known or len(word) < 2 or word in found:
            continue
        if word in _SW_APART and f"{word}-" in unquoted:
            continue  # ("1,200 wame-queue": read as the English perfect, _SW_TENSE)
        if word not in _SW_NOT and (word in english() or word in names()):
            continue
        if not (
            (
                swahili
                and (
                    word in _SW_UNREAD
                    or word in _SW_NOT
                    or _SW_VERB.fullmatch(word)
                    or _swahili_word(word, english)
                )
            )
            or (len(word) > 4 and word.endswith("nae"))
            or word in _SCO_UNREAD
        ):
            continue  # ("the cask API", "agrovet checkout": a word of the writer's own)
        if carried is None:
            carried = _carried(result)
        if word not in _SW_NOT and word in carried:
            continue
        if marked and word in _SW_DAYS and '"schedule": "' in carried:
            continue  # ("velero schedule … jumamosi 01:30": the day the schedule reads)
        found.append(word)
    return found


# Round 37 (m43a — attack43 on the merge): words of Nigerian Pidgin, Singlish and Newfoundland
# English that say the change is no order of the writer's, once :func:`dialects` has taken the
# particle out: Pidgin "don" before a verb (a past act: "dem don restart worker o"), Singlish
# "liao" (already done), "X say …" (another's word: "Bob say he go restart …", "boss say no"),
# "he/she/dem go VERB" (another's promise), "abi" (or, "isn't it?"), "no be so", "wetin" and
# "who dey" (a question). Read only in a message plainly of one of these voices.
_CHAT_UNREAD = re.compile(
    r"(?<![\w\-'])(?:don(?=\s+[a-z])(?!\s+(?:touch|do|go)\b)|liao|abi|wetin|no\s+be\s+so|"
    r"who\s+dey|(?<=[a-z]\s)say(?=\s+(?:no|he|she|dem|they|we|make|it|to|[a-z][\w\-]*\s))|"
    r"(?:he|she|dem|they|e|we|una|dey)\s+go(?=\s+[a-z])|"
    # (Round 38, gap41a: Jamaican Patois "done" before a verb, a past act — "dem done restart
    # worker", "mi done scale it"; "soon" before one, the writer's own later act — "mi soon
    # restart it"; "a go" / "ago" before one, a plan — "dem a go restart worker tomorrow".)
    r"(?<=[a-z]\s)(?:done|soon|a\s+go|ago)(?=\s+(?:restart|scale|roll|rollback|set|switch|update|"
    r"upgrade|deploy|redeploy|bump|delete|remove|patch|change|apply|drain|cordon|bounce|fix|"
    r"add|gi|give|put|tek|take|turn|raise|lower|drop|bring|kick|cycle)\b))"
    r"(?![\w\-'])",
    re.I,
)


def chat_unread(
    said: str, names: Callable[[], frozenset[str]], targets: Collection[str]
) -> str | None:
    """The first word of :data:`_CHAT_UNREAD` in ``said`` (the message as sent) said in the
    clause that names one of ``targets`` (the planned changes' objects), where the message is
    plainly Pidgin, Singlish, Jamaican Patois or Newfoundland English (the marks
    :func:`dialects` reads), else None (a name of the namespace is never one). A word in a
    clause of its own is context: "Friday rush don start, abeg scale my-api to 5", "Lunch
    crowd coming liao, my-api go 4"."""
    lowered = said.lower()
    words = set(_WORD_RUN.findall(lowered))
    if not (
        words & (_PCM_STRONG | _SGL_STRONG | _JAM_STRONG)
        or len(words & _JAM_WEAK) >= 2
        or (" o" in lowered and _PCM_MARK.search(said))
        or (" ah" in lowered and _SGL_MARK.search(said))
        or ("'" in lowered and _NL_MARK.search(said))
        or (" say" in lowered and _PCM_SAY.search(said))
    ):
        return None
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), said)
    for m in _CHAT_UNREAD.finditer(plain):
        if m.group(0).lower() in names():
            continue
        start = max(plain.rfind(stop, 0, m.start()) for stop in ",.;:!?\n") + 1
        ends = [e for stop in ",.;:!?\n" if (e := plain.find(stop, m.end())) >= 0]
        clause = plain[start : min(ends, default=len(plain))].lower()
        if any(rx(rf"(?<![\w\-]){re.escape(t.lower())}(?![\w\-])").search(clause) for t in targets):
            return m.group(0)
    return None


# Round 37 (tw41a — attack41): a clock time said with another tongue's "at" or "o'clock",
# before or after the order ("um 18 Uhr: restart worker", "a las 6: …", "à 18h …", "alle 18",
# "om 18 uur", "kl 18", "jam 6 sore", "pukul 18.00", "в 18:00", "18 baje", "18時に", "às 18h"):
# read by no time reader, the order was planned for now. Asked (the hour of "a las 6" or "jam 6"
# is morning or evening by words no table holds). "klo 18", "kl. 22" are read as "at"
# (:data:`LEXICON`): waited on, never asked here.
_FOREIGN_CLOCK = re.compile(
    r"(?<![\w\-./:=@'`\"])(?:"
    r"(?P<at>um|gegen|ab|a\s+las|a\s+la|hacia\s+las|alle|alle\s+ore|verso\s+le|om|rond|kl|"
    r"kello|à|a|vers|às|as|pelas|jam|pukul|pkl\.?|в|во|к|o|godz\.?|o\s+godz(?:inie)?\.?|"
    r"saat|sa|alas)\s+(?P<time>(?:[01]?\d|2[0-3])(?:[:.h]\d{2}|h)?)"
    r"(?:\s*(?P<unit>uhr|uur|h|heures?|horas?|hrs|ore|godz\.?|sore|pagi|siang|malam|baje|bje|"
    r"bajkar|時|시|点|giờ|gio)(?![\w\-]))?"
    r"|(?P<time2>(?:[01]?\d|2[0-3])(?:[:.]\d{2})?)\s*(?P<oclock>uhr|uur|heures|horas|baje|bje|"
    r"bajkar|時|시|点|giờ|gio)"
    r")(?![\w\-/=@`\"]|:\S|\.\d)",
    re.I,
)
# (Words that are English or "to", "by" before a number, "a 6", "as 18", "sa 5", "o 4", "ab 2",
# "à 2 replicas", "в 2 раза", are a clock only with its minutes or an "o'clock" word: "a 6:00",
# "as 18h". A schedule's time is read by the schedule's readers: Taglish "ng 04:00" is "at".)
_AT_WEAK = frozenset("a as sa o к ab alas à в во vers gegen rond".split())


def _foreign_clock(text: str, awaits: str) -> str | None:
    """The clock time said with another tongue's "at" or "o'clock" in ``text`` (quotes blanked)
    that ``awaits`` does not hold, or None."""
    for m in _FOREIGN_CLOCK.finditer(text):
        said = m.group(0)
        if m["at"]:
            at = " ".join(m["at"].lower().split())
            clock = said[len(m["at"]) :].strip()
            if at in _AT_WEAK and not (":" in clock or m["unit"] or clock.lower().endswith("h")):
                continue  # ("scale payments to a 6"? "sa 5": a number, not a time)
        if awaits and said.lower() in awaits.lower():
            continue
        return said
    return None


# Round 37 (m43b, attack43): a head said before the order in another tongue — a date or a time
# ("el 12 de marzo: restart payments", "klockan 18: restart orders", "à minuit: restart
# frontend", "am 12. März scale worker to 7", "setelah jam kerja: restart frontend") — was read
# past and the order planned for now. The head is what comes before a colon that opens the
# message, or before its first verb of an order; a word of it that is not English
# (:func:`foreign`), or one that nothing reads (:func:`_unread_word`, three letters or more)
# beside a number (or most of a head before a colon), makes it a question. A name of the
# namespace ("shared-config: …") or English ("FYI: …") never is.
_HEAD_COLON = re.compile(r"^\s*(?P<head>[^:\n]{1,40}?):\s")
_HEAD_VERB = re.compile(
    r"^\s*(?P<head>(?:\S+\s+){1,5}?)(?=(?:restart|scale|delete|remove|set|update|roll|patch|"
    r"rollback|redeploy|bounce)\b)",
    re.I,
)
_HEAD_WORD = re.compile(r"[^\W\d_]+")


# The words of "no", "not", "don't" and "later" that the courtesy table leaves out for that
# reason (:data:`.courtesy.EXCLUDED`; only where no English word is spelt so: Afrikaans "môre",
# tomorrow, is left out as "more" too), and those of "don't", "no need", "maybe", "I wish" and a
# question's opener an attacker said before a verb (attack50, round 42): a closed class, each
# asked before the order.
_HELD_LEFT_OUT = frozenset(
    w
    for w, why in courtesy.EXCLUDED.items()
    if rx(r"\b(?:no|not|don't|never|maybe|later|tomorrow|wait|stop|cancel|undo)\b").search(why)
)
_HELD_HEAD = frozenset(
    """aja ojo ulah aza nako đừng dung mish ná bie kaua paid hindi huwag wag jangan usah
    shayad shaayad siguro baka mungkin kali mozhet mozhno kanske kanskje måske maske tabun
    tabunn ojalá ojala sana belki vielleicht peut-être peutetre forse talvez quizás quizas
    apakah czy ob kya kyaa""".split()
)


# Round 43 (a43): "xyzzy restart worker", "nitpick: restart worker": a first word nothing reads
# (:func:`_unread_word`) opening the head before the order was dropped and the order planned. It
# is asked, unless it is a word of a greeting, a thanks, a "please", an urging, an end tag or a
# word a voice reads or calls the reader by (:mod:`.voices`: "kob khun krub, restart worker"),
# or a name (capitalised, "Bob, restart worker", read by :mod:`.addressed`). Only a head of that
# one word, right before the order's verb ("scorecard: payments fails …", "nomad job scale …",
# "checklist item 4: …" and "abort! roll checkout back", a word with its own mark, keep their
# readings), and never a command's name ("systemctl restart …").
_VERB_FIRST = re.compile(
    r"\s*(?:restart|scale|delete|remove|set|update|roll|patch|rollback|redeploy|bounce)\b", re.I
)
_COMMAND_WORD = re.compile(
    r"[a-z0-9]*ctl|sudo|helm|docker|podman|nomad|kubecolor|argocd|flux|skaffold|tilt|service|oc"
)
_OPENING_VOICED = frozenset(
    w.lower()
    for said in (
        voices.GREETINGS,
        voices.THANKS,
        voices.PLEASE,
        voices.URGING,
        voices.END_TAGS,
        voices.INSIST,
        voices.ADDRESS,
        voices.CLAIMED,
    )
    for p in said
    for w in p.split()
)


def _foreign_head(
    text: str, english: Callable[[], frozenset[str]], names: Callable[[], frozenset[str]]
) -> str | None:
    """The head said before the order in ``text`` (see above) with a word not English, or None."""
    m = _HEAD_COLON.match(text)
    colon = m is not None
    m = m or _HEAD_VERB.match(text)
    if m is None:
        return None
    head = m["head"].strip()
    dated = False
    words = _HEAD_WORD.findall(head)
    unread = 0
    for word in words:
        lowered = word.lower()
        # (beside a number that ends the head with it, "klockan 18", "am 12. März": a word of a
        # date or a time; never "tutorial 7 task:", a number of another thing)
        near = bool(
            rx(
                rf"(?:(?<![\w\-])\d{{1,4}}\.?\s+{re.escape(word)}|{re.escape(word)}\s+\d{{1,4}}\.?)"
                r"\s*$"
            ).search(head)
        )
        if any(c.isalpha() and not c.isascii() for c in word):
            latin = all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in word)
            # (Round 42, lex42: a word of a courtesy written with the okina, a letter of no
            # script's name — Tongan "mālō 'aupito", Hawaiian "'olu'olu" — is one; Hawaiian
            # "'a'ole" (no) with it is still asked.)
            if (not latin and lowered not in _COURTESY) or lowered in _TONGUE_WORDS or near:
                return head
            unread += foreign(word, english, names)
            continue
        if len(lowered) < 3 or not word.islower() or lowered in names():
            continue
        if foreign(lowered, english, names) or _unread_word(lowered, english, names):
            unread += 1
            dated = dated or near
    # (one such word beside a number, "klockan 18"; or most of the head's words, "setelah jam
    # kerja:" before a colon — never one among English words, "the dit service", nor a
    # greeting before the verb, "kob khun krub, restart worker")
    if unread and (dated or (colon and len(words) >= 2 and unread * 2 > len(words))):
        return head
    if not colon and any(
        w.lower() in _HELD_HEAD or (w.lower() in _HELD_LEFT_OUT and w.lower() not in english())
        for w in words
    ):
        # Round 42 (attack50): a word of "don't", "not", "no need", "maybe" or a question of
        # another tongue opening the line before the verb — Javanese "aja restart worker",
        # Hindi "shayad scale payments to 5", Polish "czy restart worker" — was dropped and the
        # order planned.
        return head
    first = words[0] if len(words) == 1 and head == words[0] else ""
    if (
        len(first) >= 3
        and first.islower()
        and _VERB_FIRST.match(text, m.end())
        and not _COMMAND_WORD.fullmatch(first)
        and text.lstrip().lower().startswith(first)
        and first not in _OPENING_VOICED
        and first not in _COURTESY
        and _unread_word(first, english, names)
    ):
        # Round 43 (a43): "xyzzy restart worker", "nitpick: restart worker" (see above).
        return head
    return None


# "at o600", "efter o630", "till 06OO": a clock time with the letter o for a zero.
_OH_TIME = re.compile(
    r"(?<![\w\-])(?:at|by|efter|after|before|afore|till|until|from|fae|frae)\s+"
    r"(?P<time>(?=[0-9o]*\d)(?=[0-9]*o)[0-9o]{3,4}(?:h|hrs)?)(?![\w\-:.])",
    re.I,
)


def check(
    said: str,
    result: PlanResult,
    english: Callable[[], frozenset[str]],
    names: Callable[[], frozenset[str]],
    *,
    answered: bool = False,
    sent: str = "",
) -> PlanResult:
    """``result``, or a question in its place when words that end the request are not English
    (see the module's rule 2), or a calendar week is said beside the change; ``sent``, the
    message as sent, is read for words of a tongue :func:`dialects` reads
    (:func:`dialect_unread`)."""
    if answered or not result.operations:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    if (week := CALENDAR_WEEK.search(said)) and week.group(0).lower() not in _carried(result):
        return result.held_back(
            f"I read {week.group(0).strip()!r} as a calendar week, and I do not wait for one: "
            f"the plan ({changes}) would run when you approve it. Say the change alone and "
            "approve it in that week, or name the day (e.g. 'on monday')."
        )
    if (dated := FOREIGN_DATE.search(sent or said)) and dated.group(0).lower() not in (
        result.awaits or ""
    ).lower():
        return result.held_back(
            f"I read {dated.group(0).strip()!r} as a date said in another tongue, and I do not "
            f"wait for it: the plan ({changes}) would run when you approve it. Say the date in "
            "English (e.g. 'on March 12') to have it wait, or say the change alone to make it now."
        )
    if any(op.kind == "delete" for op in result.operations) and (
        deleted := _dialect_delete(sent or said)
    ):
        return result.held_back(
            f"A deletion is planned only when it is said in English ({deleted!r} is not), so I "
            f"changed nothing (the plan would: {changes}). Say 'delete …' to plan it."
        )
    if oh := _OH_TIME.search(_QUOTED.sub(lambda m: " " * len(m.group(0)), said)):
        # (Round 36, a41b: "restart worker at o600" — a clock time with the letter o for the
        # zero, read by no time reader: the order was planned for now.)
        return result.held_back(
            f"I read {oh['time']!r} as a time written with the letter 'o' for a zero, and I "
            f"do not wait on it (the plan would: {changes}). Say the time in digits (e.g. "
            "'at 06:00') or say the change alone."
        )
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), sent or said)
    if (
        '"schedule": "' not in _carried(result)
        and (clock := _foreign_clock(plain, result.awaits or "")) is not None
    ):
        return result.held_back(
            f"I read {clock!r} as a clock time said in another tongue, and I do not wait on "
            f"it (the plan would: {changes}). Say the time in English with its day and zone "
            "(e.g. 'at 18:00 UTC today') or say the change alone to make it when approved."
        )
    if not result.awaits and (head := _foreign_head(plain, english, names)) is not None:
        return result.held_back(
            f"I did not understand {head!r} before the order (I read the rest as: {changes}). "
            "If it says when to make the change or whether to make it, say it in English (e.g. "
            "'at 18:00 UTC today', 'on march 12'); otherwise say the order alone."
        )
    words = leftover(said, result, english, names)
    if not words and (words := thai_unread(sent or said, names)):
        return result.held_back(
            f"I read {' '.join(words)!r}, Thai I do not place: it may say the change is not "
            f"wanted, not yet, done or for later, so I changed nothing (the plan would: "
            f"{changes}). Say the change to make now, in English (e.g. 'restart worker now')."
        )
    if not words and (
        chat := chat_unread(sent or said, names, {op.target.name for op in result.operations})
    ):
        return result.held_back(
            f"I read {chat!r} as Pidgin, Singlish or Patois that may say the change is done "
            f"already, someone else's, a question or one of two, not an order, so I changed "
            f"nothing (the plan would: {changes}). Say the change to make now, as an order (e.g. "
            "'restart worker')."
        )
    if not words and (words := dialect_unread(sent or said, result, english, names)):
        return result.held_back(
            f"I did not understand {' '.join(words)!r} in the message (I read the rest as: "
            f"{changes}). If it says when to make the change, whether to make it or how long it "
            "holds, say it in English ('tomorrow', 'not now', 'maybe', 'until friday'); "
            "otherwise say the order alone."
        )
    if not words and (tail := _unread_tail(plain, result, english, names)) is not None:
        words = [tail]
    if not words:
        return result
    return result.held_back(
        f"I did not understand {' '.join(words)!r} after the order (I read it as: {changes}). "
        "If it says when to make the change, whether to make it or how long it holds, say it "
        "in English ('tomorrow', 'not now', 'maybe', 'until friday'); otherwise say the "
        "order alone."
    )


# Round 36 (a41d, attack40): a word that says "not", "without" or "except" in another tongue,
# said before a workload's name ("delete orders-config, si orders", "…, bila orders", "…,
# isipokuwa orders", "…, sin orders", "…, sauf orders"): it may leave that workload out, and no
# table reads it, so the message is asked (read past, the word was dropped and the owner deleted
# with its config). English "not", "without", "except" are read by :mod:`.leftout`.
EXCEPT_WORDS = _SW_NOT | frozenset(
    "bila isipokuwa sin excepto salvo menos sauf hormis excepté sem exceto senza tranne eccetto "
    "ohne außer ausser nicht zonder behalve niet bez oprócz oprocz кроме без hariç haric".split()
)
EXCEPT_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:(\[\u2014\u2013]))(?P<word>"
    + "|".join(sorted((re.escape(w) for w in EXCEPT_WORDS), key=len, reverse=True))
    + r")\s+(?:(?:the|our|its)\s+)?(?P<name>[a-z0-9][\w\-]*)(?![\w\-])",
    re.I,
)
