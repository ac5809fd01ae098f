"""Seed layout, plain text, corpus walking, dedup and sharding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casualty_claims.ingest import assign_shard, read_corpus, read_document

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_d1cc334512f7a4ab.txt"

SEED_LIKE = """

Shelling Hits Market Town

## **Description**

Officials said at least **12 civilians** were killed when shells hit the market.

The defence ministry denied it;  
the opposing side claimed about 40 soldiers died.

By Anna K. Writer

Featured image is licensed under CC BY 3.0

## Category

- 1. Army-Wars-Conflict Zones-Military Tech.
- 2 Main

## **Date Created**

03/14/2023
"""

PLAIN = """Shelling Hits Market Town
By Anna K. Writer
Published: 14 March 2023

Officials said at least 12 civilians were killed when shells hit the market.
A second line of the same paragraph.

The opposing side claimed about 40 soldiers died.
"""


def test_seed_layout_fields(tmp_path):
    p = tmp_path / "a" / "seed.txt"
    p.parent.mkdir()
    p.write_text(SEED_LIKE, encoding="utf-8")
    doc = read_document(p, tmp_path)
    assert doc["source_path"] == "a/seed.txt"
    assert doc["title"] == "Shelling Hits Market Town"
    assert doc["author"] == "Anna K. Writer"
    assert doc["published"] == dt.date(2023, 3, 14)
    assert doc["categories"] == ["Army-Wars-Conflict Zones-Military Tech.", "Main"]
    assert doc["text"] == (
        "Shelling Hits Market Town\n\n"
        "Officials said at least **12 civilians** were killed when shells hit the market.\n\n"
        "The defence ministry denied it;\nthe opposing side claimed about 40 soldiers died."
    )
    assert "Featured image" not in doc["text"] and "By Anna" not in doc["text"]
    assert len(doc["doc_id"]) == 16


def test_plain_text_fields(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text(PLAIN, encoding="utf-8")
    doc = read_document(p, tmp_path)
    assert doc["title"] == "Shelling Hits Market Town"
    assert doc["author"] == "Anna K. Writer"
    assert doc["published"] == dt.date(2023, 3, 14)
    assert doc["categories"] == []
    assert doc["text"].split("\n\n") == [
        "Shelling Hits Market Town",
        "Officials said at least 12 civilians were killed when shells hit the market.\nA second line of the same paragraph.",
        "The opposing side claimed about 40 soldiers died.",
    ]


@pytest.mark.parametrize("byline, author", [
    ("By Staff reporters", "Staff reporters"),
    ("By Live team", "Live team"),
    ("By our correspondent", "our correspondent"),
    ("By our own count, 12 people were killed", None),  # a sentence, not a byline
])
def test_collective_bylines_are_header_lines(tmp_path, byline, author):
    p = tmp_path / "desk.txt"
    p.write_text(f"Strikes Hit Port\n{byline}\nPublished: 2024-09-24\n\nOfficials said 12 people were killed.\n",
                 encoding="utf-8")
    doc = read_document(p, tmp_path)
    if author is None:
        assert doc["author"] is None and byline in doc["text"]
        return
    assert doc["author"] == author
    assert doc["published"] == dt.date(2024, 9, 24)
    assert doc["text"] == "Strikes Hit Port\n\nOfficials said 12 people were killed."


def test_doc_id_ignores_line_endings_trailing_space_and_composition(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes("Caf\u00e9 strike\n\nAt least 5 people were killed.\n".encode())
    b.write_bytes("Cafe\u0301 strike  \r\n\r\n\r\n\r\nAt least 5 people were killed.   \r\n".encode())
    assert read_document(a, tmp_path)["doc_id"] == read_document(b, tmp_path)["doc_id"]


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not present")
def test_real_seed():
    doc = read_document(SEED, SEED.parent)
    assert doc["title"] == "US Climbs Escalation Ladder in Ukraine"
    assert doc["author"] == "M. K. Bhadrakumar"
    assert doc["published"] == dt.date(2023, 1, 5)
    assert doc["categories"][0] == "Army-Wars-Conflict Zones-Military Tech."
    assert "Kiev claimed that upto 400 Russian soldiers might have been killed." in doc["text"]
    assert "Featured image" not in doc["text"]
    assert doc["text"].endswith("sauce for the gander.")


def test_corpus_dedup_keeps_first_source_and_lists_all(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "copy.txt").write_text(PLAIN)
    (tmp_path / "a.txt").write_text(PLAIN.replace("\n", "\r\n"))
    (tmp_path / "other.md").write_text("Other title\n\nSome other article about a ceasefire with no figures.\n")
    docs, rejects = read_corpus(tmp_path)
    assert rejects == []
    assert len(docs) == 2
    dup = next(d for d in docs if d["title"] == "Shelling Hits Market Town")
    assert dup["source_path"] == "a.txt"
    assert dup["sources"] == ["a.txt", "b/copy.txt"]
    assert docs == sorted(docs, key=lambda d: d["doc_id"])


def test_assign_shard_is_stable():
    assert assign_shard("00000000ffffffff", 4) == 0
    assert assign_shard("0000000aabcdef12", 4) == 10 % 4
    assert all(0 <= assign_shard(f"{i:016x}", 7) < 7 for i in range(100))
    with pytest.raises(ValueError):
        assign_shard("00000000", 0)
