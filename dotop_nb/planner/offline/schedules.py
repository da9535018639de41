"""When and for how long a backup runs, read from words (pure): a cron schedule and a TTL.

Times are said many ways: "nightly at 2", "every night at two", "at 23:30", "at 1:15",
"half past midnight", "quarter past 3", "at noon", "weekly on sunday at 4am", "every 6 hours",
"hourly", or a cron expression itself ("0 3 * * *"). Retention: "keep 7 days", "retain 30 days",
"ttl of 72h", "for 2 weeks". Example::

    cron("nightly at two")         # → "0 2 * * *"
    cron("sundays at half past 4")  # → "30 4 * * 0"
    ttl("retain them 2 weeks")     # → "336h0m0s"
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import slots, timewords
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.numbers import UNITS, placeholders
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS

# An hour in words is read whole: "at seventeen" is 17:00, never "seven" and "teen" left over.
_HOUR = rf"(\d{{1,2}}|(?:{COUNT_WORDS})(?![\w-])|midnight|noon)"
# Round 31 (gap34a): a cron said in a sentence ends at its last digit or star: "cron 0 1 * * *,
# ttl 720h" is "0 1 * * *" (the comma after it is the sentence's; a list inside a field, "1,3",
# is the cron's).
_CRON = re.compile(
    r"(?<![^\s'\"])((?:[\d*/,\-]+\s+){4}[\d*/,\-]*[\d*]|@(?:daily|hourly|weekly|midnight))"
    r"(?=[,.;:!?)]*(?:[\s'\"]|$))"
)
_CRON_FLAG = re.compile(
    r"--schedule[=\s]\s*(['\"])((?:[\d*/,\-]+\s+){4}[\d*/,\-]+|@(?:daily|hourly|weekly))\1"
)
_DAYS = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
# Round 19 (times): Monday to Friday, said any way: "weekdays", "Mon-Fri", "mon to fri",
# "monday through friday", "every business / working / trading day", "workdays".
WEEKDAYS = re.compile(
    r"\bweek\s?days?\b|\bmon(?:day)?\s*(?:to|through|thru|till|until|-|\u2013)\s*fri(?:day)?\b|"
    r"\b(?:business|working|work|trading|market|school)\s+days?\b|\bworkdays?\b",
    re.I,
)
_DAY = re.compile(rf"\b({'|'.join(_DAYS)})s?\b|\bon\s+({'|'.join(d[:3] for d in _DAYS)})\b")
_MINUTE_WORD = "|".join(sorted((w for w, n in UNITS.items() if 0 < n < 60), key=len, reverse=True))
# "half past 4", "quarter to 7", "five past one", "20 minutes after 3", "ten to midnight".
# Round 41 (sh48b — attack48): minutes in tens read whole, "twenty past two" is 02:20 and
# "twenty-five past four" 04:25 (never 20:00 read from "at twenty", nor 04:05 from "five").
_ONE_TO_NINE = "|".join(w for w, n in UNITS.items() if 0 < n < 10)
_TENS_MINUTE = rf"(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_ONE_TO_NINE}))?"
_PAST = re.compile(
    rf"\b(half|quarter|\d{{1,2}}|{_TENS_MINUTE}|{_MINUTE_WORD})\s+(?:minutes?\s+)?(past|after|to)\s+"
    rf"{_HOUR}\b"
)
# Round 33 (gap36c): a time said as spoken, its minutes a word after the hour: "every night at
# two thirty" is 02:30, "at eleven forty five pm" 23:45, "at 7 oh five" 07:05 (never the hour
# alone, its minutes dropped). Not an amount after it: "at two, thirty days" is the retention.
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SPOKEN = re.compile(
    r"\b(?:at|@)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+"
    rf"([0-5]\d|oh[\s-](?:{_ONES})|(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_ONES}))?|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
    r"(?![\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|secs?|"
    r"percent|replicas?|pods?|times?|backups?|copies|snapshots?)\b|\s*%)"
    r"(?:\s*(am|pm|a\.m\.|p\.m\.)(?!\w))?"
)
# Words after a time that place it in the afternoon or evening, or in the morning.
_EVENING = re.compile(r"^\s*(?:o'?clock\s+)?(?:pm|p\.m\.|in the (?:evening|afternoon)|tonight)\b")
# "eleven at night" is 23:00, "twelve at night" midnight, "three at night" 03:00.
_NIGHT = re.compile(r"^\s*(?:o'?clock\s+)?(?:at|in the) night\b")
_MORNING = re.compile(r"^\s*(?:o'?clock\s+)?(?:am|a\.m\.|in the morning)\b")
# Round 34 (gap37d): its minutes after a dot too, as Finns, Nordics and the British write them
# ("every night klo 01.30", "kl. 23.15", "daily at 1.30"): never the hour alone, the minutes
# dropped ("at 1.3" is no time: asked).
_AT = re.compile(
    rf"(?:\b(?:at|klo)|@|\bkl\.?)\s+{_HOUR}(?:[:.](\d{{2}}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d%]|\.\d)|"
    # ("23:00Z": Zulu, the UTC the schedule runs in.)
    r"(?<![\d:])(\d{1,2}):(\d{2})\s*(am|pm)?(?:\b|(?=z\b))|\b(midnight|noon)\b|"
    # "daily 4am", "every night 11pm": an hour with its half of the day, said without "at".
    r"(?<![\w:.])(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)(?!\w)|"
    # "at 0000Z", "at 2300", "0130 UTC", "1430 hours": a four-digit time, after "at" or with its
    # zone or "hours" (a bare four-digit number is no time).
    r"\b(?:at|@)\s+([01]\d|2[0-3])([0-5]\d)(?:\s*(?:z|zulu|utc|gmt|hrs|hours))?(?![\w:.])|"
    r"(?<![\w:.])([01]\d|2[0-3])([0-5]\d)\s*(?:z|zulu|utc|gmt|hrs|hours)(?![\w:.])|"
    # "every Sunday 3 o'clock", "ten o'clock at night": an hour said with o'clock, no "at".
    rf"(?<![\w:.]){_HOUR}\s*o'?clock\b"
)
# A time of day said in a form :data:`_AT` does not read ("at 25:00", "0000 local"): the
# schedule is asked, never made at the default hour.
_TIMEISH = re.compile(
    r"\bo'?clock\b|\b(?:at|@|klo|kl\.?)\s+\d|(?<![\d.])\d{1,2}:\d{2}|(?<![\w.])\d{3,4}\s*(?:z|zulu|utc|gmt|hrs|hours)\b|"
    # ("daily 01.30": a dotted time said bare, not read — asked, never the default hour.)
    r"(?<![\w.])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])"
)
# Round 16: years too ("retained 6 years (52560h)", HIPAA's six): a year is 365 days, 8760h.
_TTL_UNIT = r"(h|hrs?|hours?|d|days?|w|weeks?|months?|y|yrs?|years?)"
_UNIT_HOURS = {"h": 1, "d": 24, "w": 168, "m": 720, "y": 8760}
# The same retention said again in another unit, in parentheses: "6 years (52560h)".
_RESTATED = re.compile(rf"\s*\(\s*(?:=\s*|i\.e\.\s*|~\s*)?(\d+)\s*{_TTL_UNIT}\s*\)")
# An amount: digits, a count word, or "a"/"an"/"one" ("keep them a day", "for a week").
_TTL_AMOUNT = rf"(\d+|an?(?=\s)|(?:{COUNT_WORDS})(?![\w-]))"
KEPT = _TTL = re.compile(
    rf"\b(?:keep(?:s|ing)?|kept|retain(?:s|ing|ed)?|retention(?:\s+(?:of|is|=|:))?|"
    rf"ttl(?:\s+(?:of|is|=|:))?|expir(?:e|es|ing|y)(?:\s+(?:after|in|of|=|:))?|hold|store|for)\s+"
    # ("keep each one 30 days", "keep every one for a week": each backup said as "one").
    # (Round 43, blind46: "keep each backup 14 days".)
    rf"(?:(?:the\s+|those\s+|these\s+)?(?:them|it|backups?|"
    rf"(?:each|every)(?:\s+(?:one|backup|snapshot|copy|dump))?|copies|snapshots?)\s+)?"
    rf"(?:(?:for|around)\s+)?{_TTL_AMOUNT}\s*-?\s*{_TTL_UNIT}\b"
    # "we keep 14 days of logs": how long something else is kept, never the backups' retention.
    r"(?!\s+(?:worth\s+)?of\s+(?!(?:the\s+)?(?:backups?|snapshots?|copies|them|history)\b))|"
    # "14 day retention", "a 7-day ttl", "30 days of retention", "ninety days of retention"
    rf"\b{_TTL_AMOUNT}\s*-?\s*{_TTL_UNIT}\s+(?:of\s+)?(?:retention|ttl|expiry)\b|"
    # "7 days keep", "30 days kept please": the amount before the verb (Dutch and German word
    # order), the verb ending the clause.
    rf"\b{_TTL_AMOUNT}\s*-?\s*{_TTL_UNIT}\s+(?:keep|kept|retain|retained|keeping)"
    r"(?=\s*(?:please\b|pls\b)?\s*(?:[.,;!?)]|$))"
)
# The rest of a retention said in two parts: "(a week) and a half", "(3 weeks) and 2 days",
# "(1 year) 6 months".
_TTL_MORE = re.compile(
    rf"\s*(?:and\s+)?(?:(?P<half>a\s+half)\b|(?P<n>\d+|(?:{COUNT_WORDS})(?![\w-]))\s*-?\s*"
    rf"(?P<unit>{_TTL_UNIT[1:-1]})\b)"
)
# Retention said without an amount read: asked, never a default in its place.
_RETENTION = re.compile(
    r"\b(?:keeps?|keeping|kept|retains?|retaining|retained|retention|ttl|expire|expires|expiry)\b"
)
# "keep the last 3 successful jobs (in history)": a CronJob's history limits, not a retention.
HISTORY = re.compile(
    r"\b(?:(?:keep(?:s|ing)?|retain(?:s|ing)?|hold|store)\s+(?:only\s+)?|(?<=and\s))(?:the\s+)?"
    r"(?:last|latest|"
    r"most\s+recent|newest)\s+(?P<n>\d+)\s+(?:(?P<how>successful|succeeded|completed|good|"
    r"failed|failing|unsuccessful)\s+)?(?:jobs?|runs?|executions?|ones)(?:\s+in\s+(?:the\s+)?"
    r"(?:job\s+)?history)?\b"
)
# Round 19 (times): the event a recurring backup's time is set after, said with the recurrence
# and its clock time ("after the close every trading day, 16:30 Mon-Fri", "after the nightly
# batch, daily at 02:00"): why the schedule runs then, its clock time the value — never a wait.
# Without a clock time said after it ("every day after the batch") the hour is unknown: asked.
_RECURS_AFTER = (
    r"(?=[^.;!?]*?\b(?:every|each|daily|nightly|weekly|week\s?days?|workdays?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|mon(?:day)?\s*(?:-|to|through|thru)\s*fri(?:day)?|"
    r"(?:business|working|trading|market)\s+days?)\b)"
)
_CLOCK_AFTER = (
    r"(?=[^.;!?]*?(?:(?<![\d.])\d{1,2}:\d{2}(?![\d])|\b\d{1,2}\s*(?:am|pm)\b|"
    r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:z|zulu|utc|hrs)\b))"
)
AFTER_EVENT_RECURRING = re.compile(
    r"\b(?:after|once|when|following)\s+(?:the|our|each|every)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*(?=\s*(?:,\s*)?(?:(?:every|each|daily|nightly|weekly|on|at)\b|\d))"
    + _RECURS_AFTER
    + _CLOCK_AFTER,
    re.I,
)
# Round 21: the same event said last, after the recurrence and its clock time ("nightly
# postgres backup at 03:00, after end-of-day till reconciliation"): why then, never a wait. Only
# words (no number, no negation) closing the request after a comma.
_AFTER_EVENT_LAST = re.compile(
    r",\s*(?:just\s+|right\s+|i\.e\.\s+)?(?:after|following|once)\s+(?:the\s+|our\s+)?"
    r"(?!(?:not|no|never)\b)[a-z][a-z-]*(?:\s+(?!(?:not|no|never|unless|except)\b)[a-z][a-z-]*)"
    r"{0,4}(?:\s+(?:is|has)\s+(?:done|finished|complete|over))?\s*[.!]?\s*$"
)
_RECURS_SAID = re.compile(_RECURS_AFTER)  # (lookaheads: searched in what is said before)
_CLOCK_SAID = re.compile(_CLOCK_AFTER)


def after_event_last_blanked(text: str) -> str:
    """``text`` with the event a recurring backup's clock time is set after blanked (same
    length), when it is said last, after the recurrence and the clock time (see above)."""
    m = _AFTER_EVENT_LAST.search(text)
    if m and _RECURS_SAID.search(text[: m.start()]) and _CLOCK_SAID.search(text[: m.start()]):
        return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# "before we upgrade payments", "ahead of the migration": the event a one-off backup is made
# before — the reason for making it now, never a time to wait for.
BEFORE_EVENT = re.compile(
    # "(we're) about to upgrade postgres, take a backup first": "about to" is "before we".
    r"\b(?:before|prior\s+to|ahead\s+of|about\s+to)\s+(?:(?:the|a|an|our|this|that|its|their|we|i|you|"
    r"they|someone|anyone|tonight'?s|tomorrow'?s|next\s+week'?s|"
    # "before friday's launch": the day of the event, never the backup's schedule.
    r"(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s)\s+)?"
    # Round 20 (times): "before the 02:00 UTC MW" — the window's clock time names which one,
    # never the backup's schedule.
    r"(?:\d{1,2}:\d{2}\s+(?:(?:utc|cet|cest|gmt|bst|est|edt|pst|pdt|ist)\s+)?)?"
    r"(?:[a-z0-9][\w.-]*\s+){0,3}?"
    r"(?:upgrad\w*|migrat\w*|releas\w*|deploy\w*|rollouts?|roll(?:ing)?\s+out|ship\w*|"
    r"cut\s*overs?|cutting\s+over|maintenance|mw|updat\w*|chang\w*|go(?:es)?\s+live|going\s+live|"
    r"launch\w*|switch\w*|patch\w*|rebuild\w*|resiz\w*|touch\w*|mov(?:e|es|ing)|bump\w*|"
    r"refactor\w*|reinstall\w*|re-?deploy\w*|"
    # Round 24 (gap B): "before the version up tomorrow": an upgrade, in Japanese English.
    r"version[\s-]?ups?|"
    # "before we delete worker, take a one-off backup": the deletion is the occasion, never
    # asked here (the backup rule plans no delete; a delete is asked for on its own).
    r"delet\w*|remov\w*|decommission\w*|tear(?:ing)?\s+down|retir\w*|wip\w*)\b"
    # "before we upgrade payments": its object, unless it is the backup's own verb.
    # "before I touch the payments config": up to three words, never the backup's own verb.
    r"(?:\s+(?!(?:back|take|make|snapshot|do|run|create|grab|save|keep|with|velero|now|please|"
    # (Round 24: never a condition's word — "… before the upgrade unless it fails" keeps it.)
    r"pls|and|then|to|for|of|every|each|nightly|daily|hourly|weekly|unless|if|except|but|when|"
    r"whenever|once|until|till|provided|assuming|only)\b)[a-z0-9][\w.'-]*){0,3}"
    # "before i bump it to 17", "before we upgrade postgres to 16.4": the version it goes to.
    r"(?:\s+to\s+v?\d+(?:\.\d+)*(?![\w.]))?"
)


def _number(word: str) -> int:
    if word == "midnight":
        return 0
    if word == "noon":
        return 12
    if word.isdigit():
        return int(word)
    _, nums = placeholders(word)
    if len(nums) != 1 or nums[0].count is None:
        raise Clarify(f"{word!r} is not a whole number I can read: how many exactly?")
    return nums[0].count


def _time(text: str) -> tuple[int, int] | None:
    """The time of day said (hour, minute), or None."""
    if m := _PAST.search(text):
        hour = _number(m.group(3))
        said = m.group(1)
        minute = {"half": 30, "quarter": 15}.get(said) or _number(said)
        if not 0 < minute < 60 or hour > 23:
            raise Clarify(f"{m.group(0)!r} is not a time of day: at what time exactly?")
        if m.group(2) == "to":
            hour, minute = (hour - 1) % 24, 60 - minute
        return _half_of_day(hour, text[m.end() :], m.group(0)), minute
    if (m := _SPOKEN.search(text)) is not None:
        hour, minute, half = _number(m.group(1)), _number(m.group(2)), m.group(3)
        if (half and not 1 <= hour <= 12) or hour > 23 or not 0 < minute < 60:
            raise Clarify(f"{m.group(0).strip()!r} is not a time of day: at what time exactly?")
        if not half:
            return _half_of_day(hour, text[m.end() :], m.group(0).strip()), minute
        if half.startswith("p") and hour < 12:
            hour += 12
        return (0 if half.startswith("a") and hour == 12 else hour), minute
    m = _AT.search(text)
    if not m:
        return None
    if m.group(7):
        return _number(m.group(7)), 0
    if m.group(10) or m.group(12):
        said = m.group(10, 11) if m.group(10) else m.group(12, 13)
        return int(said[0]), int(said[1])
    if m.group(14):
        word, minutes, half = m.group(14), None, None
    elif m.group(8):
        word, minutes, half = m.group(8), None, m.group(9)
    elif m.group(1):
        word, minutes, half = m.group(1), m.group(2), m.group(3)
    else:
        word, minutes, half = m.group(4, 5, 6)
    hour = _number(word)
    if not half and word not in ("midnight", "noon"):
        hour = _half_of_day(hour, text[m.end() :], m.group(0).strip())
    if (half and hour > 12) or hour > 23 or int(minutes or 0) > 59:
        raise Clarify(f"{m.group(0).strip()!r} is not a time of day: at what time exactly?")
    if half and half.startswith("p") and hour < 12:
        hour += 12
    if half and half.startswith("a") and hour == 12:
        hour = 0
    return hour, int(minutes or 0)


def _half_of_day(hour: int, after: str, said: str) -> int:
    """``hour`` moved into the afternoon when the words after it say so ("eleven at night")."""
    if _NIGHT.search(after) and 1 <= hour <= 12:
        return {12: 0}.get(hour, hour + 12 if hour >= 6 else hour)
    if _EVENING.search(after):
        if hour > 12:
            raise Clarify(f"{said!r} is not a time of day: at what time exactly?")
        return hour + 12 if hour < 12 else hour
    if _MORNING.search(after):
        if hour > 12:
            raise Clarify(f"{said!r} is not a time of day: at what time exactly?")
        return 0 if hour == 12 else hour
    return hour


# "a weekly schedule, not a daily one", "weekly rather than nightly": the cadence rejected
# beside the one asked — the alternative turned down, never something to leave out of the plan
# nor the schedule's cadence. Read so only with another cadence said (rejected_spans).
_CADENCE = r"(?:daily|nightly|hourly|weekly|monthly)"
_REJECTED = re.compile(
    rf"\b(?:(?:and|but)\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:an?\s+|the\s+)?{_CADENCE}"
    r"(?:\s+(?:one|ones|schedule|backups?|run))?\b"
)
_ASKED_CADENCE = re.compile(
    rf"\b{_CADENCE}\b|\bevery\s+\w+|\b(?:{'|'.join(_DAYS)})s?\b|\bweek\s?(?:days?|ends?)\b"
)


def rejected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the cadences turned down in ``text`` (lowered), when another one is asked."""
    spans = [m.span() for m in _REJECTED.finditer(text)]
    rest = _REJECTED.sub(" ", text)
    return spans if spans and _ASKED_CADENCE.search(rest) else []


# "twice a day", "three times daily", "4x per day": a count of backups a day.
_TIMES_A_DAY = re.compile(
    r"\b(?:(?P<n>twice)|(?P<k>two|three|four|six|eight|twelve|\d{1,2})\s*(?:times|x))\s+"
    r"(?:a\s+day|per\s+day|each\s+day|every\s+day|daily)\b"
)
_COUNTS = {"twice": 2, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12}


# Round 35 (gap38d): a backup's cadence said in another language beside an English request
# ("Velero schedule of shop kila Jumapili 03:00", "todos los domingos 03:00", "araw-araw ng
# 04:00", "jede Woche um 03:00"): read as the English cadence. Left unread, the time alone made a
# daily schedule of a weekly one. The days :mod:`.tongues` reads already (de, fr, es, pt, it, pl,
# nl, ru, tr) reach here as English; these are their plural forms and the languages it lacks.
_TONGUE_CADENCE: dict[str, str] = {}
for _english, _said in {
    "daily": "täglich|taeglich|jeden tag|tous les jours|chaque jour|quotidiennement|"
    "todos los días|todos los dias|cada día|cada dia|diariamente|todos os dias|todo dia|"
    "ogni giorno|quotidianamente|codziennie|dagelijks|elke dag|iedere dag|araw-araw|araw araw|"
    "kila siku|her gün|her gun|ежедневно|каждый день|päivittäin|paivittain|joka päivä|"
    "joka paiva|dagligen|varje dag|hver dag|naponta|minden nap|setiap hari|tiap hari",
    "nightly": "jede nacht|jeden abend|chaque nuit|chaque soir|todas las noches|cada noche|"
    "todas as noites|toda noite|ogni notte|ogni sera|co noc|każdej nocy|kazdej nocy|elke nacht|"
    "iedere nacht|kila usiku|gabi-gabi|her gece|каждую ночь|joka yö|joka yo|varje natt|"
    "hver nat|hver natt|minden éjjel|minden ejjel|minden este|setiap malam|tiap malam",
    "weekly": "wöchentlich|woechentlich|jede woche|chaque semaine|hebdomadaire|cada semana|"
    "semanal|semanalmente|todas las semanas|toda semana|todas as semanas|ogni settimana|"
    "settimanale|co tydzień|co tydzien|raz w tygodniu|wekelijks|elke week|iedere week|"
    "kila wiki|lingguhan|linggo-linggo|her hafta|haftal\u0131k|haftalik|еженедельно|каждую неделю|"
    "viikoittain|joka viikko|varje vecka|hver uge|hver uke|ugentlig|ukentlig|hetente|"
    "minden héten|minden heten|setiap minggu|tiap minggu",
    "sunday": "jumapili|vasárnap|vasarnap|vasárnaponként|sunnuntai|sunnuntaisin|söndag|sondag|"
    "söndagar|søndag|pazar|domingos|sonntags|dimanches|domeniche|zondags|niedziele",
    "monday": "jumatatu|hétfő|hetfo|hétfőnként|maanantai|maanantaisin|måndag|mandag|"
    "pazartesi|montags|lundis|maandags|segundas",
    "tuesday": "jumanne|kedd|kedden|tiistai|tiistaina|tiistaisin|tisdag|tirsdag|sal\u0131|"
    "selasa|dienstags|mardis|dinsdags|terças|tercas",
    "wednesday": "jumatano|szerda|szerdán|keskiviikkona|keskiviikko|keskiviikkoisin|onsdag|"
    "çarşamba|carsamba|rabu|mittwochs|mercredis|woensdags|quartas",
    "thursday": "alhamisi|csütörtök|csutortok|torstai|torstaisin|torsdag|perşembe|persembe|"
    "kamis|donnerstags|jeudis|donderdags|quintas",
    "friday": "ijumaa|péntek|pentek|perjantai|perjantaisin|fredag|jumat|freitags|vendredis|"
    "vrijdags|sextas",
    "saturday": "jumamosi|szombat|lauantai|lauantaisin|lördag|lordag|lørdag|cumartesi|sabtu|"
    "samstags|samedis|zaterdags|sábados|sabados|sabati",
}.items():
    for _phrase in _said.split("|"):
        _TONGUE_CADENCE[" ".join(_phrase.replace("-", " ").split())] = _english
_TONGUE_CADENCE_WORDS = re.compile(
    r"(?<![\w\-])(?:"
    + "|".join(
        r"[\s-]+".join(re.escape(w) for w in p.split())
        for p in sorted(_TONGUE_CADENCE, key=len, reverse=True)
    )
    + r")(?![\w\-])"
    # (Never before a count: "kila wiki mbili" is every two weeks, no weekly — the lead, round
    # 36, attack41 on the merge.)
    r"(?![ \t]+(?:two|three|four|five|six|mbili|tatu|nne|tano|sita|zwei|drei|deux|trois|dos|"
    r"tres|due|dwa|twee)\b)"
)
# "every" in those languages, before a day read ("kila Jumapili", "todos los domingos", "minden
# vasárnap", "jeden Sonntag"): the day each week, said as English says it.
_TONGUE_EVERY = re.compile(
    r"(?<![\w\-])(?:kila|jeden|jede|jedes|chaque|cada|todos\s+los|todas\s+las|todos\s+os|"
    r"todas\s+as|ogni|każdy|każdą|kazdy|kazda|co|elke|iedere|tuwing|her|каждый|каждую|каждое|"
    r"joka|varje|hver|minden|setiap|tiap)\s+(?=(?:on\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day\b)"
)
# (That "every" before a day already blanked, :func:`tongue_cadence_blanked`.)
_TONGUE_EVERY_WORD = re.compile(
    r"(?<![\w\-])(?:kila|jeden|jede|jedes|chaque|cada|todos\s+los|todas\s+las|todos\s+os|"
    r"todas\s+as|ogni|każdy|każdą|kazdy|kazda|elke|iedere|tuwing|каждый|каждую|каждое|"
    r"joka|varje|hver|minden|setiap|tiap)(?=\s{2,})"
)
# Words beside a clock time that are no cadence: its zone or "o'clock" in a few languages.
_CLOCK_WORDS = frozenset(
    "utc gmt cet cest eet eest wet west pst pdt est edt cst cdt mst mdt ist jst kst bst msk "
    "eat sast hrs uhr heure heures horas hours hour".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# The parts of such a word ("wöchentlich", "kila-wiki", "o'clock").
_WORD_PARTS = re.compile(r"['\u2019-]")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]")


def _tongue_cadence(t: str) -> str:
    """``t`` with a cadence or day of :data:`_TONGUE_CADENCE` said as its English."""
    t = _TONGUE_CADENCE_WORDS.sub(
        lambda m: f" {_TONGUE_CADENCE[' '.join(m.group(0).replace('-', ' ').split())]} ", t
    )
    return _TONGUE_EVERY.sub("every ", t) if "day" in t else t


def tongue_cadence_blanked(t: str) -> str:
    """``t`` without the cadences and days of :data:`_TONGUE_CADENCE` and the "every" before a
    day ("kila Jumapili"), which a schedule reads (round 36, a41a: :func:`.tongues.dialect_unread`
    asks about the words of a tongue no reader reads)."""
    t = _TONGUE_CADENCE_WORDS.sub(lambda m: " " * len(m.group(0)), t)
    return _TONGUE_EVERY_WORD.sub(lambda m: " " * len(m.group(0)), t)


def _time_span(t: str) -> tuple[int, int] | None:
    """Where :func:`_time` read the time of day in ``t``."""
    for pattern in (_PAST, _SPOKEN, _AT):
        if m := pattern.search(t):
            return m.span()
    return None


def _unread_beside_time(t: str) -> str | None:
    """The words of another language (none of an English word list) said right beside the one
    time of day a schedule holds when no cadence is read ("kila Jumapili 03:00", "03:00 kila
    Jumapili"): how often may be what they say, so the schedule is asked, never daily."""
    span = _time_span(t)
    if span is None:
        return None
    before = _CLAUSE_END.split(t[: span[0]])[-1]
    after = _CLAUSE_END.split(t[span[1] :])[0]
    words = [*_WORD.findall(before)[-3:], *_WORD.findall(after)[:2]]
    if not words:
        return None
    from dotop_nb.planner.offline import typos  # noqa: PLC0415 - only for a lone time

    english = typos.english()
    unread = [
        w
        for w in words
        if any(
            len(part) > 2 and part not in english and part not in _CLOCK_WORDS
            for part in _WORD_PARTS.split(w)
        )
    ]
    return " ".join(unread) or None


# "every other hour", "every second minute": the step said as an ordinal.
_NTH = {"other": 2, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_EVERY_NTH = re.compile(r"\bevery\s+(other|second|2nd|third|3rd)\s+(hour|minute)\b")


def _stepped(said: str, secs: int, t: str) -> str:
    """The cron of "every N hours / minutes" (``secs`` apart). A step cron cannot keep ("every
    45 minutes": ``*/45`` runs at :00 and :45, 45 then 15 minutes apart; "every 5 hours":
    ``*/5`` runs at 20:00 and 00:00) is asked, as "every 90 minutes" is (round 41, sh48b —
    attack48); hours from a time said ("every 6 hours from 3am") are listed from it, never
    from midnight; minutes from a time said are asked (until when?)."""
    start = _time(t)
    if secs % 3600 == 0 and secs < 86400 and 24 % (secs // 3600) == 0:
        step = secs // 3600
        if start is None:
            return "0 * * * *" if step == 1 else f"0 */{step} * * *"
        hour, minute = start
        hours = sorted({(hour + k * step) % 24 for k in range(24 // step)})
        return f"{minute} {'*' if step == 1 else ','.join(map(str, hours))} * * *"
    if secs % 60 == 0 and secs < 3600 and 60 % (secs // 60) == 0 and start is None:
        return f"*/{secs // 60} * * * *"
    if start is not None and secs < 3600 and secs % 60 == 0:
        raise Clarify(
            f"I read {said!r} and a time of day: from then until when? Say e.g. "
            f"'{said} between 09:00 and 17:00', or '{said}' alone."
        )
    raise Clarify(
        f"{said!r}: a cron schedule runs at whole minutes or hours that divide the hour or the "
        "day evenly, and this one does not, so I changed nothing. How often? Say e.g. 'every 30 "
        "minutes' or 'every 6 hours', or list the times ('daily at 02:00 and 14:00')."
    )


def cron(text: str) -> str | None:
    """A cron schedule for what is said, or None when no time or frequency is said."""
    t = text.lower()
    heard = t
    t = _tongue_cadence(t)
    for a, b in reversed(rejected_spans(t)):
        t = t[:a] + " " * (b - a) + t[b:]
    if m := _CRON.search(t):
        return m.group(1)
    if m := _CRON_FLAG.search(t):
        # velero's CLI: "--schedule='0 5 * * *'" (the cron in quotes after the flag).
        return m.group(2)
    # "every 6 hours", "every twenty minutes", "every half hour", "twice an hour" (read whole).
    # Round 41 (sh48b — attack48): "every other hour" is every 2 hours (never the daily
    # default), "every third hour" every 3.
    t = _EVERY_NTH.sub(lambda m: f"every {_NTH[m.group(1)]} {m.group(2)}s", t)
    every = rx(r"\bevery\s+\S+?\s*(?:hours?|hrs?|h|min(?:ute)?s?|m)\b|\bevery half").search(t)
    if every and (secs := slots.duration(t[every.start() :], cue="every")) is not None:
        return _stepped(every.group(0), secs, t)
    if rx(r"\bhourly\b|\bevery hour\b|\beach hour\b|\bonce an hour\b").search(t):
        return "0 * * * *"
    if times := _TIMES_A_DAY.search(t):
        # "twice a day", "four times daily": every 24/n hours from midnight; hours said with it
        # ("twice a day, at 6 and 18") or a count that does not divide the day are asked.
        said = times.group("n") or times.group("k")
        n = int(said) if said.isdigit() else _COUNTS[said]
        if n < 1 or 24 % n or _time(t):
            raise Clarify(f"{times.group(0)!r}: at which hours exactly? Say e.g. 'every 12 hours'.")
        return "0 0 * * *" if n == 1 else f"0 */{24 // n} * * *"
    when = _time(t)
    # "before Black Friday", "Cyber Monday": a named day's weekday word is no weekly day.
    day = _DAY.search(rx(timewords.NAMED_DAY, re.I).sub(lambda m: " " * len(m[0]), t))
    weekdays = WEEKDAYS.search(t)
    weekends = rx(r"\bweek ?ends?\b").search(t)
    if weekdays or weekends:
        if day and weekends:
            raise Clarify(f"{day.group(0)!r} and {weekends.group(0)!r}: which days exactly?")
        hour, minute = when or (2, 0)
        if when:
            hour = _in_period(hour, t)
        return f"{minute} {hour} * * {'1-5' if weekdays else '0,6'}"
    weekly = rx(r"\bweekly\b|\bevery week\b|\bonce a week\b").search(t)
    if monthly := _monthly(t):
        if day or weekly:
            raise Clarify(f"{monthly!r} and a day of the week: which days exactly?")
        hour, minute = when or (2, 0)
        return f"{minute} {hour} {_day_of_month(t)} * *"
    daily = rx(
        r"\bnightly\b|\bdaily\b|\bevery (?:night|day|evening|morning|afternoon)\b|"
        r"\beach (?:day|night|evening|morning|afternoon)\b|"
        r"\bonce a day\b|\bper day\b"
    ).search(t)
    if not (when or day or weekly or daily):
        return None
    if when is None and (said := _TIMEISH.search(t)):
        raise Clarify(
            f"I read a time in {t[said.start() : said.end() + 6].strip()!r} that I cannot place "
            "on the clock, and make no schedule at another hour. At what time exactly? Say e.g. "
            "'daily at 23:30' (UTC)."
        )
    if when and (t != heard or not (day or weekly or daily)) and (unread := _unread_beside_time(t)):
        # ("zweimal wöchentlich 01:00": a cadence read beside a word that is not, asked too.)
        raise Clarify(
            f"I read the time in {t.strip()!r} but not {unread!r} beside it, which may say how "
            "often, so I made no schedule. How often should it run? Say e.g. 'daily at 03:00' "
            "or 'every sunday at 03:00' (UTC)."
        )
    hour, minute = when or (2, 0)
    if when:
        hour = _in_period(hour, t)
    if day:
        weekday = str(
            next(i for i, d in enumerate(_DAYS) if d.startswith(day.group(1) or day.group(2)))
        )
    else:
        weekday = "0" if weekly else "*"
    return f"{minute} {hour} * * {weekday}"


_EVERY_STEP = re.compile(r"\bevery\s+\S+?\s*(?:hours?|hrs?|h|min(?:ute)?s?|m)\b")


def read_spans(text: str, planned: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the time of day and the step ("every 6 hours") are that :func:`cron`
    read, when it reads one of the ``planned`` crons: their numbers are the cron's, used
    ("every afternoon at 3" is hour 15, "every 6 hours from 3am" hours 3,9,15,21)."""
    try:
        read = cron(text)
    except Clarify:
        return []
    if read is None or read not in planned:
        return []
    t = text.lower()
    return [s for s in (_time_span(t), *(m.span() for m in _EVERY_STEP.finditer(t))) if s]


# Round 38 (sh43 — attack43): words that say how often, beside a clock time ("daily at 02:00",
# "every night at 2", "on weekdays at 6", a cron line); a time said alone ("at 2am") says none.
_HOW_OFTEN = re.compile(
    r"\b(?:every|everyday|each|daily|nightly|hourly|weekly|monthly|yearly|annually|twice|thrice|"
    r"once\s+an?|per\s+(?:day|night|hour|week|month)|a\s+(?:day|night|week|month)|"
    r"schedul\w*|cron\w*|recurring|recurrent|routinely|regularly|weekdays?|weekends?|"
    r"from\s+now\s+on|going\s+forward|henceforth|from\s+today\s+on)\b"
)


def clock_only(text: str) -> bool:
    """Whether ``text`` says a clock time ("at 2am", "at 02:00") and nothing of how often nor
    on which day: :func:`cron` reads it as every day at that time, but it may mean once."""
    t = _tongue_cadence(text.lower())
    for a, b in reversed(rejected_spans(t)):
        t = t[:a] + " " * (b - a) + t[b:]
    if _CRON.search(t) or _CRON_FLAG.search(t) or _HOW_OFTEN.search(t) or _TIMES_A_DAY.search(t):
        return False
    if WEEKDAYS.search(t) or _monthly(t) or _DAY.search(t):
        return False
    return _time(t) is not None


# "every night", "nightly", "every afternoon", "evenings": the part of the day a time said
# with it falls in (:func:`_in_period`).
_PERIOD = re.compile(
    r"\b(?:every|each)\s+(afternoon|evening|night)\b|\b(night)ly\b|\b(afternoon|evening|night)s\b"
)
# The hours of the clock (1 to 12) each part of the day moves into its afternoon; those it keeps.
_PERIOD_PM = {"afternoon": range(1, 7), "evening": range(5, 12), "night": range(6, 12)}
_PERIOD_KEPT = {"afternoon": range(12, 19), "evening": range(17, 24), "night": range(0, 24)}


def _in_period(hour: int, t: str) -> int:
    """``hour`` placed in the part of the day said with the cadence: "every night at half past
    eleven" is 23:30 ("nightly at 2" stays 02:00, "every night at 12" is midnight), "every
    afternoon at 3" is 15:00 (round 41, sh48b — attack48: never 03:00); an hour the part of the
    day cannot hold ("every afternoon at 9") is asked. An hour placed already ("3pm", "15:00",
    "in the morning") is kept."""
    m = _PERIOD.search(t)
    if m is None or _HALF_SAID.search(t):
        return hour
    period = next(g for g in m.groups() if g)
    if period == "night" and hour == 12:
        return 0
    if hour in _PERIOD_PM[period]:
        return hour + 12
    if hour not in _PERIOD_KEPT[period]:
        raise Clarify(
            f"I read {m.group(0)!r} and the hour {hour}, which is not in the {period}: at what "
            "time exactly? Say e.g. 'daily at 15:00' (UTC)."
        )
    return hour


# An hour already placed in its half of the day ("11am", "23:30", "in the morning").
_HALF_SAID = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:1[3-9]|2[0-3]):\d{2}\b|"
    r"\bin the (?:morning|evening|afternoon)\b|\b(?:at|in the) night\b"
)
_MONTHLY = re.compile(
    r"\bmonthly\b|\bevery month\b|\bonce a month\b|\beach month\b|\bper month\b|"
    r"\b(?:first|1st|last)\s+(?:day\s+)?of\s+(?:the|each|every)\s+month\b|"
    r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
)
_MONTH_DAY = re.compile(
    r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:the|each|every)\s+month\b|"
    r"\b(first)\s+(?:day\s+)?of\s+(?:the|each|every)\s+month\b|\b(last)\s+(?:day\s+)?of\b"
)


def _monthly(t: str) -> str | None:
    m = _MONTHLY.search(t)
    return m.group(0) if m else None


def _day_of_month(t: str) -> int:
    """The day of the month said ("on the 15th", "first of the month"); the 1st when unsaid.
    "The last day of the month" has no cron day that is right every month: asked."""
    m = _MONTH_DAY.search(t)
    if not m:
        return 1
    if m.group(4):
        raise Clarify(
            f"{m.group(0)!r}: cron has no 'last day of the month' (months differ). Which day "
            "of the month, 1 to 28?"
        )
    if m.group(3):
        return 1
    day = int(m.group(1) or m.group(2))
    if not 1 <= day <= 28:
        raise Clarify(
            f"{m.group(0)!r}: not every month has that day, so the backup would be skipped in "
            "some. Which day of the month, 1 to 28?"
        )
    return day


# "--ttl 240h0m0s", "ttl=72h": a Go duration as Velero's CLI takes it.
_GO_TTL = re.compile(r"\bttl\s*[=:\s]\s*(\d+)h(?:(\d+)m)?(?:(\d+)s)?(?![\w.])")
# "retention is handled on the bucket side": kept elsewhere, nothing to set here.
_ELSEWHERE = re.compile(
    r"\b(?:retention|expiry|ttl|cleanup)\s+(?:is\s+|gets\s+)?(?:already\s+)?(?:handled|managed|"
    r"done|taken\s+care\s+of|dealt\s+with|configured|enforced)\b|"
    r"\bno\s+(?:ttl|retention|expiry)\s+(?:is\s+)?(?:needed|required|necessary)\b"
)


# "keep it simple", "keeping things minimal": how the job is made, never how long it keeps.
_MANNER = re.compile(
    r"\bkeep(?:s|ing)?\s+(?:it|this|that|things|everything|the\s+(?:job|setup|thing|cronjob))\s+"
    r"(?:nice\s+and\s+|really\s+|very\s+|as\s+)?(?:simple|simpler|minimal|basic|lean|light|"
    r"lightweight|cheap|boring|plain|straightforward|tidy|clean|quick|easy|vanilla|stock|small|"
    r"standard|stupid|dumb|kiss)\b"
)


def _more_kept(t: str, m: re.Match[str]) -> re.Match[str] | None:
    """The second part of a retention said in two ("a week and a half"), or None."""
    return _TTL_MORE.match(t, m.end()) if m.group(1) else None


def compound_ttl_span(text: str) -> tuple[int, int] | None:
    """Where a retention said in two parts ("keep for 3 weeks and 2 days") is in ``text``:
    :func:`ttl` reads it whole, so its numbers are the TTL's, none on its own."""
    m = _TTL.search(text.lower())
    if m is None or (more := _more_kept(text.lower(), m)) is None:
        return None
    return m.start(), more.end()


def ttl(text: str) -> str | None:
    """How long backups are kept, as a Go duration Velero reads (``168h0m0s``); None if unsaid."""
    if go := _GO_TTL.search(text.lower()):
        hours, minutes, seconds = (int(g or 0) for g in go.groups())
        if minutes or seconds:
            raise Clarify(f"{go.group(0)!r}: backups are kept in whole hours. How long?")
        if hours <= 0:
            raise Clarify(f"{go.group(0)!r}: backups are kept for a positive time. How long?")
        return f"{hours}h0m0s"
    m = _TTL.search(text.lower())
    if not m:
        if _ELSEWHERE.search(text.lower()):
            return None
        if said := _RETENTION.search(_MANNER.sub(" ", text.lower())):
            raise Clarify(
                f"I read {said.group(0)!r} but not for how long: how long should backups be "
                "kept (e.g. 'keep them 7 days')?"
            )
        return None
    word = m.group(1) or m.group(3) or m.group(5)
    amount = 1 if word in ("a", "an") else _number(word)
    unit = m.group(2) or m.group(4) or m.group(6)
    hours = _UNIT_HOURS[unit[0]]
    if amount <= 0:
        raise Clarify(f"{m.group(0)!r}: backups are kept for a positive time. How long?")
    end, total = m.end(), amount * hours
    if more := _more_kept(text.lower(), m):
        # Round 41 (sh48b — attack48): "a week and a half" is 252h, "3 weeks and 2 days"
        # 552h — the whole retention, never its first part.
        end = more.end()
        if more.group("half"):
            if hours % 2:
                raise Clarify(f"{m.group(0) + more.group(0)!r}: how many hours exactly?")
            total += amount * hours // 2
        else:
            total += _number(more.group("n")) * _UNIT_HOURS[more.group("unit")[0]]
    if (again := _RESTATED.match(text.lower(), end)) and int(again.group(1)) * _UNIT_HOURS[
        again.group(2)[0]
    ] != total:
        # "6 years (50000h)": two retentions said for one — which is meant is asked.
        raise Clarify(
            f"I read {m.group(0) + again.group(0)!r}: the two say different retentions "
            f"({total}h and {int(again.group(1)) * _UNIT_HOURS[again.group(2)[0]]}h). "
            "How long should backups be kept?"
        )
    return f"{total}h0m0s"
