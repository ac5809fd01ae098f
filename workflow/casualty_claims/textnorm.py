"""Text normalisation shared by every input format.

The normalised text is what doc_id hashes, so two copies of one article that differ
only in line endings, trailing blanks, blank-line runs or Unicode composition must
normalise to the same string.
"""

from __future__ import annotations

import re
import unicodedata

# Lines made only of horizontal whitespace separate paragraphs, like empty lines.
_BLANK = re.compile(r"^[ \t\u00a0\u3000]*$")
# C0/C1 control characters other than tab and newline: they never belong in prose, and
# removing them keeps stray \x0c or \x1a (DOS EOF) from changing the doc_id.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def normalize_newlines(text: str) -> str:
    # \u2028/\u2029 are Unicode line/paragraph separators some exporters emit.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n")


def clean(text: str) -> str:
    """Line endings to \\n, NFC, no BOM or control characters, no trailing spaces."""
    text = normalize_newlines(text).replace("\ufeff", "")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """Split cleaned text into paragraphs at blank lines; lines inside a paragraph stay as
    they are (a line break inside a paragraph may matter to a later reader)."""
    out: list[str] = []
    current: list[str] = []
    for line in clean(text).split("\n"):
        if _BLANK.match(line):
            if current:
                out.append("\n".join(current))
                current = []
        else:
            current.append(line)
    if current:
        out.append("\n".join(current))
    return out


def join_paragraphs(paras: list[str]) -> str:
    return "\n\n".join(p for p in paras if p.strip())


def normalize_body(text: str) -> str:
    return join_paragraphs(paragraphs(text))


def one_line(text: str) -> str:
    """Titles, authors, categories: a single line with single spaces."""
    return " ".join(clean(text).split())


def has_sentence(text: str, min_words: int = 3) -> bool:
    """True when the text holds at least `min_words` words of letters: a body of only
    numbers, punctuation or markup carries no sentence a claim could come from."""
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count >= min_words:
            return True
    return False
