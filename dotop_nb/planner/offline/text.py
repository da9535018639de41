"""Reading numbers, quantities, images, env pairs and schedules out of what people type (pure)."""

from __future__ import annotations

import re

WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a": 1,
    "an": 1,
}
NUMBER = r"(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# An image reference with a tag or digest (a registry path alone is too ambiguous to act on).
IMAGE = re.compile(
    r"(?<![\w.\-/])([a-z0-9][a-z0-9._\-]*(?:/[a-z0-9][a-z0-9._\-]*)*"
    r"(?::[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}|@sha256:[a-f0-9]{64}))(?![\w.\-])"
)
VERSION = re.compile(r"(?<![\w.\-/:])(v?\d+(?:\.\d+){1,3}(?:-[A-Za-z0-9.]+)?)(?![\w.\-])")
VERSION_AFTER_WORD = re.compile(
    r"\b(?:version|tag|release|to)\s+(v?\d+(?:\.\d+){0,3}(?:-[A-Za-z0-9.]+)?)\b"
)
ENV_PAIR = re.compile(r"\b([A-Z][A-Z0-9_]{1,62})\s*=\s*([^\s,;]+)")
ENV_TO = re.compile(r"\b([A-Z][A-Z0-9_]{1,62})\b\s+(?:to|as)\s+([^\s,;]+)")
ENV_NAME = re.compile(r"\b([A-Z][A-Z0-9_]{1,62})\b")
PERCENT = re.compile(r"(\d{1,3})\s*(?:%|percent)")
_QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(m|ki|mi|gi|ti|k|m|g|t)?$", re.I)


def number(word: str) -> int | None:
    """``"3"`` or ``"three"`` → 3."""
    word = word.lower()
    return int(word) if word.isdigit() else WORDS.get(word)


def image_in(text: str) -> str | None:
    """The first image reference with a tag or digest, e.g. ``ghcr.io/acme/api:1.2``."""
    for m in IMAGE.finditer(text):
        candidate = m.group(1)
        # "ratio 1:2" or times like 2:30 are not images: an image has a letter before the tag.
        if re.search(r"[a-z]", candidate.split(":")[0].split("@")[0]):
            return candidate
    return None


def version_in(text: str) -> str | None:
    """A version such as ``1.5.0`` or ``v3.2.0`` (a dotted number, or one after 'version')."""
    if m := VERSION.search(text):
        return m.group(1)
    if m := VERSION_AFTER_WORD.search(text):
        return m.group(1)
    return None


def retag(image: str, tag: str) -> str:
    """``ghcr.io/acme/api:1.4`` with tag ``1.5`` → ``ghcr.io/acme/api:1.5`` (digest dropped)."""
    repo = image.split("@", 1)[0]
    last = repo.rsplit("/", 1)[-1]
    if ":" in last:
        repo = repo[: repo.rfind(":")]
    return f"{repo}:{tag}"


def cpu(value: str) -> str | None:
    """A CPU quantity (``250m``, ``0.5``, ``1``) normalised, or None."""
    m = _QUANTITY.match(value.strip())
    if not m:
        return None
    amount, unit = m.group(1), (m.group(2) or "").lower()
    if unit == "m":
        return f"{amount}m"
    if unit == "":
        return amount
    return None


def memory(value: str) -> str | None:
    """A memory quantity (``512Mi``, ``1Gi``, ``1G``) normalised, or None."""
    m = _QUANTITY.match(value.strip())
    if not m or not m.group(2):
        return None
    amount, unit = m.group(1), m.group(2).lower()
    units = {"ki": "Ki", "mi": "Mi", "gi": "Gi", "ti": "Ti", "k": "k", "m": "M", "g": "G", "t": "T"}
    # "m" alone is milli for CPU; for memory people mean megabytes only when they say "mb".
    return f"{amount}{units[unit]}" if unit != "m" else None


def schedule(text: str) -> str | None:
    """A cron schedule from phrases like 'nightly', 'every 6 hours', 'daily at 2am'."""
    t = text.lower()
    if m := re.search(r"every\s+(\d+)\s+hours?", t):
        return f"0 */{int(m.group(1))} * * *"
    if re.search(r"\bhourly\b|every hour\b", t):
        return "0 * * * *"
    hour = 2
    if m := re.search(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", t):
        hour = int(m.group(1)) % 24
        if m.group(3) == "pm" and hour < 12:
            hour += 12
        if m.group(3) == "am" and hour == 12:
            hour = 0
        minute = int(m.group(2) or 0)
        if re.search(r"\bweekly\b|every week", t):
            return f"{minute} {hour} * * 0"
        return f"{minute} {hour} * * *"
    if re.search(r"\bweekly\b|every week|once a week", t):
        return f"0 {hour} * * 0"
    if re.search(r"nightly|every night|daily|every day|each day|each night|once a day|per day", t):
        return f"0 {hour} * * *"
    return None
