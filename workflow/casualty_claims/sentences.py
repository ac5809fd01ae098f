"""Sentence splitting that keeps character offsets into the document text.

News text needs more than "split after a full stop":
- abbreviations do not end sentences ("Lt. Gen. Sevryukov", "U.S. officials",
  "at 3 a.m. on Sunday", initials "M. K. Bhadrakumar"); decimals ("12.02") have no
  space after the point;
- a sentence may end inside quotes ('... killed." The ministry ...');
- paragraph breaks end sentences, except where a sentence was cut in two: the
  paragraph stops without final punctuation and the next one starts lower-case, or
  the first stops mid-clause (on a number, "of", "the", a comma):
  "...the killing of 89\\n\\nRussian soldiers." is one sentence;
- the first paragraph is the title: a sentence of its own, never joined;
- headings and list items ("## Category", "- 2 Main") are sentences of their own, and so is
  each row of a table written as text ("Soldiers | 242 | 1,421 | Army", tab-separated cells);
- a speaker's turn in a transcript or a Q/A layout ("SPOKESPERSON:", "Q:", "A:", "MR. KIRBY
  (via video):") starts a sentence, also inside a line ("... on Tuesday A: About 12"), and so
  does each line of an embedded post: the handle ("@IDF: ..."), its signature ("— Name
  (@handle) May 3, 2024") and its metadata ("11:02 AM · Jan 5, 2024", "12 replies · 87 reposts").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "fold_whitespace"]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # whitespace folded
    index: int  # position in the document
    paragraph: int  # index of the (joined) paragraph it belongs to


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())


# Words after which a full stop never ends a sentence.
TITLES = {
    "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
    "brig", "cmdr", "cdr", "gov", "sen", "rep", "rev", "prof", "st", "mt", "ft", "jr", "sr", "no",
    "nos", "jan", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "vs", "approx", "est",
    "corp", "dept", "lt.-col", "lieut", "gens", "cols", "messrs", "fig", "vol", "pp", "ca", "cf",
    "hon", "pres", "supt", "insp", "det", "amb", "sgt.-maj", "maj.-gen", "lt.-gen", "op", "art",
}
# Dotted abbreviations that may end a sentence: break only before a typical first word.
DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")
SENTENCE_STARTERS = {
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those",
    "there", "in", "on", "at", "but", "and", "so", "according", "officials", "his", "her", "their",
    "its", "as", "after", "meanwhile", "however", "still", "yet", "while", "when", "if", "since",
    "earlier", "later", "some", "many", "one", "two", "three", "russian", "ukrainian", "israeli",
}
_FUNCTION_END = {
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
    "that", "than", "as", "his", "her", "their", "its", "our", "were", "was", "is", "are", "had",
    "have", "has", "been", "be", "which", "who", "whom", "whose", "into", "onto", "about",
    "some", "least", "most", "nearly", "around", "over", "upto", "killing", "wounding", "killed",
}
_TERMINAL = set(".!?:;\"'”’)]»…")
# A row of a table written as text: cells between "|" (markdown or plain) or tabs.
_TABLE_ROW = re.compile(r"^\s*\|?[^|\t\n]*(?:\s\|\s|\t)[^|\t\n]*(?:(?:\s\|\s|\t)[^|\t\n]*)+\|?\s*$|^\s*\|.*\|\s*$")
_LIST = re.compile(r"^\s*(?:#{1,6}\s|[-*•▪‣]\s|\d{1,3}[.)]\s|\*\*[^*]+\*\*\s*$|By\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s*$)")
# (a footnote marker may follow the full stop: "...and ambulances.[48] The ICRC ...")
_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?])+[\"'”’)\]»]*(?:\[(?:\d{1,3}|[a-z])\])*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
# A speaker's turn at the start of a line: "Q:", "A2:", "SPOKESPERSON:", "MR. KIRBY (via video):",
# "GENERAL IVANOV:", "SPEAKER 2:". Capitals only, so "Update: ..." or "Answer: ..." stay prose.
TURN_LABEL = re.compile(r"^\s*(?:[QA]\d{0,2}|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]*){0,3}(?: \d{1,2})?)(?: ?\([^()\n]{0,40}\))?:\s")
# "Q:" / "A:" inside a line, after a word: the next turn of a Q/A layout written on one line.
_INLINE_QA = re.compile(r"(?<=\S)\s+(?=[QA]\d{0,2}:\s)")
# Lines of an embedded post: its handle, its signature, its metadata ("2h ago · 1.2K likes").
_POST_LINE = re.compile(r"^\s*(?:@\w+|[—–]\s|--\s|.*\s·\s)")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph-like blocks: split at blank lines, and at lines that are headings,
    list items or short title-like lines followed by a single newline."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if True]
    blocks: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    prev_line = ""

    def flush() -> None:
        if cur:
            blocks.append((cur[0][0], cur[-1][1]))
            cur.clear()

    seen_end = -1
    for a, b in lines:
        if a == seen_end and a == b:
            continue  # finditer yields an empty match after each line
        seen_end = b
        line = text[a:b]
        if not line.strip():
            flush()
            prev_line = ""
            continue
        stripped = line.strip()
        if cur:
            prev = prev_line.rstrip()
            # A single newline continues the paragraph unless either line is a heading,
            # a list item, or a short unpunctuated title-like line.
            if _LIST.match(line) or _LIST.match(prev_line) or _TABLE_ROW.match(line) or _TABLE_ROW.match(prev_line) \
                    or TURN_LABEL.match(line) or _POST_LINE.match(line) or _POST_LINE.match(prev_line) or (
                prev[-1:] not in _TERMINAL and _title_like(prev) and stripped[:1].isupper()
            ):
                flush()
        s = a + (len(line) - len(line.lstrip()))
        e = a + len(line.rstrip())
        cur.append((s, e))
        prev_line = line
    flush()
    return blocks


def _title_like(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 12:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return len(words) <= 4 or caps / len(words) >= 0.6


# A line that opens on a short capitalised label and a colon: "Ukraine: ", "Gaza Strip: ", "UPDATE: "
_LABELLED_ITEM = re.compile(r"[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3}: \S")


def _should_join(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Does block `a` end mid-sentence and continue in block `b`?"""
    first = text[a[0]:a[1]].rstrip()
    second = text[b[0]:b[1]].lstrip()
    if not first or not second or first[-1] in _TERMINAL:
        return False
    if _LIST.match(first) or _LIST.match(second) or _TABLE_ROW.match(first) or _TABLE_ROW.match(second):
        return False
    if TURN_LABEL.match(second) or _POST_LINE.match(second) or _POST_LINE.match(first):
        return False  # the next speaker's turn, a post's handle or metadata
    if second[0].islower():
        return True
    if _LABELLED_ITEM.match(second):
        return False  # the next item of a digest opens on its label: "...; BLA claims 12" / "Ukraine: Russian ..."
    last_word = re.findall(r"[\w']+|[,\-–—]$", first)
    if not last_word:
        return False
    lw = last_word[-1].lower()
    if lw in (",", "-", "–", "—") or first.endswith(","):
        return True
    if _title_like(first):
        return False
    return lw.isdigit() or lw in _FUNCTION_END


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    s = start
    chunk = text[start:end]
    cuts = [(m.end(), m) for m in _BOUNDARY.finditer(chunk)] + [(m.start(), None) for m in _INLINE_QA.finditer(chunk)]
    for end_rel, m in sorted(cuts, key=lambda c: c[0]):
        cut = start + end_rel
        if m is None:  # an inline "Q:"/"A:" turn
            nxt = re.match(r"\s+(\S)", text[cut:end])
            if nxt and text[s:cut].strip():
                spans.append((s, cut))
                s = cut + nxt.start(1)
            continue
        nxt = re.match(r"\s+(\S)", text[cut:end])
        if not nxt:
            continue
        following = text[cut + nxt.start(1):end]
        if not _is_boundary(text[s:start + m.start()], m.group(0), following):
            continue
        if text[s:cut].strip():
            spans.append((s, cut))
        s = cut + nxt.start(1)
    if text[s:end].strip():
        spans.append((s, end))
    return spans


def _is_boundary(before: str, punct: str, following: str) -> bool:
    first_char = following[0]
    opener = first_char in "\"'“‘(["
    nxt_char = following[1:2] if opener else first_char
    if not (nxt_char.isupper() or nxt_char.isdigit() or nxt_char in "\"'“‘@"):
        return False
    if not punct.startswith("."):
        return True
    if punct.startswith("..."):
        return True
    if re.fullmatch(r"\s*(?:[-*•]\s*)?\d{1,3}", before):
        return False  # list numbering: "1. War"
    m = _WORD_BEFORE.search(before)
    word = m.group(1) if m else ""
    core = word.rstrip(".").lower()
    next_word = re.match(r"[\"'“‘(\[]*([A-Za-z']+)", following)
    nw = next_word.group(1).lower() if next_word else ""
    if DOTTED.search(word + "."):
        # "U.S." / "a.m." end a sentence only before a typical first word.
        return nw in SENTENCE_STARTERS
    if core in TITLES and punct == ".":
        return False
    if len(word) == 1 and word.isupper() and punct == ".":
        return False  # an initial: "M. K. Bhadrakumar"
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with [start, end) offsets and folded text."""
    blocks = _blocks(text)
    # Join blocks split mid-sentence; the first block (the title) stays alone.
    merged: list[tuple[int, int]] = []
    for k, blk in enumerate(blocks):
        if merged and k > 1 and _should_join(text, merged[-1], blk):
            merged[-1] = (merged[-1][0], blk[1])
        else:
            merged.append(blk)
    out: list[Sentence] = []
    for p, (a, b) in enumerate(merged):
        for s, e in _split_block(text, a, b):
            # trim whitespace at both ends, keep offsets exact
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Sentence(s, e, fold_whitespace(text[s:e]), len(out), p))
    return out
