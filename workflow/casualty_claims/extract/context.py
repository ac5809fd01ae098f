"""Per-sentence working data shared by the extraction rules: tokens and quantities.

The sentence is tokenized on a copy of its text where typographic quotes are folded
to ASCII and markdown emphasis ("**Lavrov**") is blanked out, character for
character, so every token offset is still an offset into the document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casualty_claims.gazetteer import Gazetteer, Mention, fold_chars
from casualty_claims.numbers import Quantity, Token, find_quantities, tokenize
from casualty_claims.sentences import Sentence

_BLANK = str.maketrans({"*": " ", "#": " ", "_": " ", '"': " ", "«": " ", "»": " "})
_QUOTES = re.compile(r"(?<![A-Za-z])'|'(?![A-Za-z])")


@dataclass
class SentenceContext:
    sentence: Sentence
    clean: str  # the sentence's text, same length, quotes folded, markdown blanked
    toks: list[Token]  # offsets relative to the sentence start
    low: list[str]
    quantities: list[Quantity]
    sides: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    doc_year: int | None = None  # the year the document is about (for comparisons with old wars)

    @property
    def offset(self) -> int:
        return self.sentence.start

    def w(self, i: int) -> str:
        """Lower-case token i, or "" outside the sentence."""
        return self.low[i] if 0 <= i < len(self.low) else ""

    def tok_at_char(self, pos: int) -> int:
        """Index of the first token starting at or after relative char `pos`."""
        for k, t in enumerate(self.toks):
            if t.start >= pos:
                return k
        return len(self.toks)

    def tok_index_of_mention(self, m: Mention) -> tuple[int, int]:
        """Token range [a, b) covering a mention (mention offsets are sentence-relative)."""
        a = b = None
        for k, t in enumerate(self.toks):
            if a is None and t.end > m.start:
                a = k
            if t.start < m.end:
                b = k + 1
        return (a if a is not None else len(self.toks), b if b is not None else 0)


def build_context(text: str, sentence: Sentence, gazetteer: Gazetteer) -> SentenceContext:
    raw = text[sentence.start:sentence.end]
    clean = fold_chars(raw).translate(_BLANK)
    # Quote marks around words ('"neutralised"', "'dozens'") must not break phrases:
    # blank double quotes and single quotes that are not apostrophes (same length).
    clean = _QUOTES.sub(" ", clean)
    # a typewriter's double hyphen is a dash ("12 civilians -- including seven children -- were
    # killed"): one dash and a space, same length, so asides read as they do with "—"
    clean = clean.replace("--", "— ")
    toks = tokenize(clean)
    ctx = SentenceContext(
        sentence=sentence,
        clean=clean,
        toks=toks,
        low=[t.low for t in toks],
        quantities=find_quantities(clean),
    )
    ctx.sides = gazetteer.find_sides(clean)
    ctx.actors = gazetteer.find_actors(clean)
    ctx.places = gazetteer.find_places(clean)
    return ctx
