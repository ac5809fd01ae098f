"""The extractor must not raise on any text: a crash costs the whole document's claims (the
extract stage then sets the document aside). Real text ends where a scraper cut it, so the
documents here are the evaluation corpus cut after every side's name and demonym (a sentence
ending in "Israeli" crashed the speaker finder once) and shuffled word salads."""

import datetime as dt
import random
import re
from pathlib import Path

from casualty_claims.extract import extract_claims

EVAL_DOCS = Path(__file__).resolve().parent / "eval" / "docs"


def _doc(text: str) -> dict:
    return {"doc_id": "cut", "source_path": "cut.txt", "title": text.split("\n")[0][:80], "text": text,
            "published": dt.date(2024, 1, 1)}


def _cuts(gaz, text: str, limit: int) -> list[str]:
    names = sorted({n for side in gaz.sides.values() for n in (side.name, *side.aliases, *side.demonyms)}, key=len)
    pattern = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names if n))
    return [text[:m.end()] for m in pattern.finditer(text)][:limit]


def test_no_crash_on_texts_cut_after_a_side_name(gaz):
    for path in sorted(EVAL_DOCS.glob("e*.txt"))[::3]:
        for cut in _cuts(gaz, path.read_text(encoding="utf-8"), 6):
            extract_claims(_doc(cut), gaz)


def test_no_crash_on_word_salad(gaz):
    rng = random.Random(7)
    words = [w for path in sorted(EVAL_DOCS.glob("e*.txt"))[:40] for w in path.read_text(encoding="utf-8").split()]
    for _ in range(300):
        extract_claims(_doc(" ".join(rng.sample(words, rng.randrange(2, 40)))), gaz)
