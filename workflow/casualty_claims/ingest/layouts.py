"""The seed's Markdown-like layout and plain text: decoded text -> document fields.

Both parsers return a `Parsed` with the raw date string; turning it into a date (and
warning when that fails) is the caller's job, so these stay pure string functions.
Text is kept verbatim (Markdown emphasis such as **Name** included): the annotated
gold sentences quote it that way, and char offsets must point into what we store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casualty_claims import textnorm


@dataclass
class Parsed:
    title: str = ""
    author: str | None = None
    date_raw: str | None = None
    categories: list[str] = field(default_factory=list)
    body: str = ""
    layout: str = "plain"


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*(?P<name>.*?)\s*#*\s*$")
_SECTION_ALIASES = {
    "description": "description",
    "category": "category",
    "categories": "category",
    "date created": "date",
    "date": "date",
}
# "- 1. Army-Wars...", "- 2 Main", "* Politics": list markers and numbering are layout.
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]\s*)?(?:\d+[.)]?\s+)?(?P<item>.+?)\s*$")
# A byline is a short line "By <Name>"; the name's words are capitalised (or initials,
# or name particles), which tells it apart from "By contrast, ..." or "By Monday the...".
_BYLINE = re.compile(r"^\s*by[:\s]\s*(?P<name>.{2,80}?)\s*$", re.I)
_NAME_PARTICLES = {"de", "da", "del", "der", "van", "von", "al", "el", "bin", "ibn", "la", "le", "du", "and", "&"}
# Newsrooms sign collective bylines in lower case: "By Staff reporters", "By Live team".
_DESK_WORDS = {"staff", "reporter", "reporters", "correspondent", "correspondents", "team", "desk", "writer",
               "writers", "bureau", "agencies", "news", "web", "online", "our", "editors", "wires", "wire"}
_DATE_LINE = re.compile(r"^\s*(?:published|date|posted)\s*(?:on)?\s*[:\-]\s*(?P<date>.+?)\s*$", re.I)
# Credit lines the seed layout puts after the byline; they are not article text.
_CREDIT = re.compile(r"^\s*(?:featured\s+)?(?:image|photo|picture)\b.{0,80}\b(?:licen[cs]ed|credit|courtesy)", re.I)


def section_name(line: str) -> str | None:
    """The known section a heading line opens ("## **Date Created**" -> "date"), else None."""
    m = _HEADING.match(line)
    if not m:
        return None
    name = re.sub(r"[*_`:]", "", m["name"]).strip().lower()
    return _SECTION_ALIASES.get(" ".join(name.split()))


def is_seed_layout(text: str) -> bool:
    return any(section_name(line) == "description" for line in text.split("\n"))


def byline_name(paragraph: str) -> str | None:
    """'By M. K. Bhadrakumar' -> 'M. K. Bhadrakumar'; None for ordinary sentences."""
    if "\n" in paragraph:
        return None
    m = _BYLINE.match(paragraph)
    if not m:
        return None
    name = m["name"].rstrip(".")
    words = re.split(r"[\s,]+", name)
    if not 1 <= len(words) <= 8 or name.endswith(("?", "!")):
        return None
    for word in words:
        if not word:
            continue
        # O'Brien, d'Alembert, al-Hassan start with a particle or apostrophe form.
        if word.lower() in _NAME_PARTICLES or word.lower() in _DESK_WORDS or word[0].isupper() or re.match(r"^(?:[a-z]{1,3}['’-])[A-Z]", word):
            continue
        return None
    if not (words[0][:1].isupper() or words[0].lower() in _DESK_WORDS):
        return None
    return textnorm.one_line(name)


def parse_seed(text: str) -> Parsed:
    """Title line, "## **Description**", body, optional "By Name" line (it and anything
    after it, like an image credit, are not body), "## Category" items, "## **Date Created**"."""
    out = Parsed(layout="seed")
    sections: dict[str, list[str]] = {"preamble": [], "description": [], "category": [], "date": []}
    current = "preamble"
    for line in textnorm.clean(text).split("\n"):
        name = section_name(line)
        if name is not None:
            current = name
            continue
        sections[current].append(line)

    pre = [p for p in textnorm.paragraphs("\n".join(sections["preamble"]))]
    if pre:
        out.title = textnorm.one_line(pre[0].lstrip("#"))
    # Anything else before "Description" is kept as body rather than dropped silently.
    body = pre[1:] + textnorm.paragraphs("\n".join(sections["description"]))

    for i in range(len(body) - 1, -1, -1):
        name = byline_name(body[i])
        if name:
            out.author = name
            body = body[:i]
            break
    while body and _CREDIT.match(body[-1]):
        body = body[:-1]
    out.body = textnorm.join_paragraphs(body)

    for line in sections["category"]:
        m = _LIST_ITEM.match(line)
        if m and line.strip():
            out.categories.append(textnorm.one_line(m["item"]))
    dates = [line.strip() for line in sections["date"] if line.strip()]
    out.date_raw = dates[0] if dates else None
    return out


def parse_plain(text: str) -> Parsed:
    """Title on the first non-empty line, then optional "By Name" and "Published: date"
    lines (either order), then the body."""
    out = Parsed(layout="plain")
    paras = textnorm.paragraphs(text)
    if not paras:
        return out
    # The title is the first line; the rest of its paragraph may be the byline/date lines.
    first, *rest_of_first = paras[0].split("\n")
    out.title = textnorm.one_line(first.lstrip("#"))
    head = rest_of_first
    body = paras[1:]
    # Header lines may sit in the title's paragraph or in their own short paragraphs.
    while True:
        if head:
            line = head[0]
            if _take_header(out, line):
                head = head[1:]
                continue
            body = ["\n".join(head)] + body
            head = []
        if body and "\n" not in body[0] and _take_header(out, body[0]):
            body = body[1:]
            continue
        if body and "\n" in body[0]:
            lines = body[0].split("\n")
            if _take_header(out, lines[0]):
                head = lines[1:]
                body = body[1:]
                continue
        break
    out.body = textnorm.join_paragraphs(body)
    return out


def _take_header(out: Parsed, line: str) -> bool:
    if out.author is None and (name := byline_name(line)):
        out.author = name
        return True
    if out.date_raw is None and (m := _DATE_LINE.match(line)):
        out.date_raw = m["date"]
        return True
    return False


def parse_text(text: str) -> Parsed:
    return parse_seed(text) if is_seed_layout(text) else parse_plain(text)
