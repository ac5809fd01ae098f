"""Every format and encoding ingests to the same documents as its plain-text equivalent."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from casualty_claims.ingest import IngestOptions, read_corpus
from casualty_claims.ingest.dates import parse_date
from casualty_claims.ingest.encodings import decode
from casualty_claims.ingest.errors import IngestError

TITLE = "Strike on barracks: rival tolls diverge"
AUTHOR = "Maria O. Test"
PARAS = [
    "The defence ministry said 63 servicemen were killed when rockets hit the barracks \u2014 a rare admission.",
    "The opposing army\u2019s command claimed that \u201cabout 400\u201d soldiers had died and 300 were wounded.",
    "Independent monitors could not confirm either figure; caf\u00e9 owners nearby reported damage.",
]
PLAIN = f"{TITLE}\nBy {AUTHOR}\nPublished: 2023-01-03\n\n" + "\n\n".join(PARAS) + "\n"

RU_TITLE = "Удар по казарме"
RU_PARAS = [
    "Министерство обороны сообщило о гибели 63 военнослужащих.",
    "Противник заявил, что погибли около 400 солдат и 300 получили ранения.",
]
RU_PLAIN = f"{RU_TITLE}\nPublished: 03.01.2023\n\n" + "\n\n".join(RU_PARAS) + "\n"

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | The Example Gazette</title>
<meta property="og:title" content="{TITLE}">
<meta name="author" content="{AUTHOR}">
<meta property="article:published_time" content="2023-01-03T08:15:00+00:00">
<meta property="og:site_name" content="The Example Gazette">
<link rel="canonical" href="https://gazette.example/world/strike-barracks">
<script>document.write("<p>Injected by a script: 9999 killed</p>"); fetch("https://tracker.example/");</script>
<style>p {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sub">Subscribe to our newsletter</a></li></ul></nav>
<main><article>
<h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAS)}
</article></main>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Reader: I heard 5000 were killed, nobody reports it.</p></div></section>
<footer><p>Copyright 2023 The Example Gazette. All rights reserved.</p></footer>
</body></html>
"""


def write_all(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def comparable(doc: dict) -> dict:
    """The document fields every format must agree on."""
    return {k: doc[k] for k in ("doc_id", "title", "author", "published", "text")}


def ingest_one(tmp_path: Path, name: str, data: bytes, options: IngestOptions | None = None) -> dict:
    root = tmp_path / name.replace("/", "_")
    write_all(root, {name: data})
    docs, rejects = read_corpus(root, options)
    assert rejects == [], rejects
    assert len(docs) == 1
    return docs[0]


@pytest.fixture
def reference(tmp_path) -> dict:
    return ingest_one(tmp_path, "ref.txt", PLAIN.encode("utf-8"))


def test_reference_document(reference):
    assert reference["title"] == TITLE
    assert reference["author"] == AUTHOR
    assert reference["published"] == dt.date(2023, 1, 3)
    assert reference["text"] == TITLE + "\n\n" + "\n\n".join(PARAS)


@pytest.mark.parametrize(
    "name,data",
    [
        ("a.md", PLAIN.encode("utf-8")),
        ("noext", PLAIN.encode("utf-8")),
        ("crlf.txt", PLAIN.replace("\n", "\r\n").encode("utf-8")),
        ("bom.txt", b"\xef\xbb\xbf" + PLAIN.encode("utf-8")),
        ("utf16le.txt", PLAIN.encode("utf-16")),  # Python writes a BOM, little-endian here
        ("utf16be.txt", b"\xfe\xff" + PLAIN.encode("utf-16-be")),
        ("cp1252.txt", PLAIN.encode("cp1252")),
        ("page.html", HTML.encode("utf-8")),
        ("page-cp1252.htm", HTML.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")),
        ("saved-page.txt", HTML.encode("utf-8")),
    ],
)
def test_format_matches_plain_text(tmp_path, reference, name, data):
    assert comparable(ingest_one(tmp_path, name, data)) == comparable(reference)


def test_html_drops_scripts_navigation_and_comments_keeps_metadata(tmp_path):
    doc = ingest_one(tmp_path, "p.html", HTML.encode("utf-8"))
    for junk in ("Injected", "Subscribe", "5000", "Copyright", "color: red"):
        assert junk not in doc["text"]
    assert doc["url"] == "https://gazette.example/world/strike-barracks"
    assert doc["outlet"] == "The Example Gazette"
    assert doc["language"] == "en"


def test_html_without_metadata_date_gets_no_date_from_text(tmp_path):
    page = "<html><body><article><h1>Clash at the border</h1><p>On 1 January 2023 at least 20 soldiers were killed, the army said.</p><p>The other side said 45 died in the fighting that night.</p></article></body></html>"
    doc = ingest_one(tmp_path, "p.html", page.encode())
    assert doc["published"] is None  # the event's date in the text is not the publication date


def jsonl_line(**row) -> str:
    return json.dumps(row, ensure_ascii=False)


def csv_bytes(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


BODY = "\n\n".join(PARAS)


@pytest.mark.parametrize(
    "name,data",
    [
        ("d.jsonl", (jsonl_line(title=TITLE, text=BODY, publish_date="2023-01-03", author=AUTHOR, url="https://x.example/1", media_name="X") + "\n").encode()),
        # Keys differ in case and name; text as a list of paragraphs; headline repeated in the text.
        ("d.ndjson", (jsonl_line(Headline=TITLE, Body=[TITLE] + PARAS, Date="Jan. 3, 2023", Authors=[AUTHOR]) + "\n").encode()),
        ("d.csv", csv_bytes([["title", "text", "publish_date", "author", "url"], [TITLE, BODY, "3 January 2023", AUTHOR, "https://x.example/1"]])),
        ("semicolon.csv", csv_bytes([["headline", "content", "date", "byline"], [TITLE, BODY, "01/03/2023", AUTHOR]], ";")),
        ("d.tsv", csv_bytes([["title", "body", "published", "author"], [TITLE, BODY.replace("\n\n", "\r\n\r\n"), "2023-01-03T10:00:00Z", AUTHOR]], "\t")),
        ("cp1252.csv", csv_bytes([["title", "text", "date", "author"], [TITLE, BODY, "2023-01-03", AUTHOR]], encoding="cp1252")),
        ("bom.csv", b"\xef\xbb\xbf" + csv_bytes([["title", "text", "date", "author"], [TITLE, BODY, "2023-01-03", AUTHOR]])),
        ("utf16.csv", csv_bytes([["title", "text", "date", "author"], [TITLE, BODY, "2023-01-03", AUTHOR]], encoding="utf-16")),
        ("d.json", json.dumps({"articles": [{"title": TITLE, "text": BODY, "date": "2023-01-03", "author": AUTHOR}]}).encode()),
    ],
)
def test_dump_row_matches_plain_text(tmp_path, reference, name, data):
    doc = ingest_one(tmp_path, name, data)
    assert comparable(doc) == comparable(reference)
    assert doc["source_path"].startswith(name + "#")


def test_dump_metadata_columns(tmp_path):
    data = (jsonl_line(title=TITLE, text=BODY, url="https://x.example/1", media_name="X Daily", language="EN") + "\n").encode()
    doc = ingest_one(tmp_path, "d.jsonl", data)
    assert (doc["url"], doc["outlet"], doc["language"], doc["source_path"]) == ("https://x.example/1", "X Daily", "EN", "d.jsonl#L1")


def test_column_mapping_is_configurable(tmp_path, reference):
    data = csv_bytes([["Überschrift", "Artikeltext", "Datum", "Autor"], [TITLE, BODY, "2023-01-03", AUTHOR]])
    options = IngestOptions.from_config(
        {"columns": {"title": ["Überschrift"], "text": "Artikeltext", "date": ["datum"], "author": ["autor"]}}
    )
    assert comparable(ingest_one(tmp_path, "de.csv", data, options)) == comparable(reference)
    with pytest.raises(ValueError):
        IngestOptions.from_config({"columns": {"headline": ["x"]}})


@pytest.mark.parametrize(
    "name,data",
    [
        ("ru.txt", RU_PLAIN.encode("cp1251")),
        ("ru-bom.txt", b"\xef\xbb\xbf" + RU_PLAIN.encode("utf-8")),
        ("ru16.txt", RU_PLAIN.encode("utf-16")),
        ("ru.csv", csv_bytes([["title", "text", "date"], [RU_TITLE, "\n\n".join(RU_PARAS), "2023-01-03"]], encoding="cp1251")),
    ],
)
def test_cyrillic_encodings_match_utf8(tmp_path, name, data):
    ref = ingest_one(tmp_path, "ru-ref.txt", RU_PLAIN.encode("utf-8"))
    assert ref["published"] == dt.date(2023, 1, 3) and ref["title"] == RU_TITLE
    assert comparable(ingest_one(tmp_path, name, data)) == comparable(ref)


def test_decode_never_mangles():
    with pytest.raises(IngestError) as exc:
        decode(b"Words \x98\x81 more words here")
    assert exc.value.reason == "undecodable"
    assert decode("Fine words — and “quotes”".encode("cp1252"))[0] == "Fine words — and “quotes”"
    with pytest.raises(IngestError):
        decode(b"\xe9t\xe9 words", legacy=())  # without legacy candidates, non-UTF-8 is rejected


@pytest.mark.parametrize(
    "value,expected",
    [
        ("01/05/2023", dt.date(2023, 1, 5)),
        ("1/5/2023", dt.date(2023, 1, 5)),
        ("2023-01-05", dt.date(2023, 1, 5)),
        ("2023-01-05T23:30:00+02:00", dt.date(2023, 1, 5)),
        ("2023-01-05 10:00:00", dt.date(2023, 1, 5)),
        ("5 January 2023", dt.date(2023, 1, 5)),
        ("5th of January, 2023", dt.date(2023, 1, 5)),
        ("Jan. 5, 2023", dt.date(2023, 1, 5)),
        ("January 5, 2023", dt.date(2023, 1, 5)),
        ("Thursday, January 5, 2023", dt.date(2023, 1, 5)),
        ("Thu, 05 Jan 2023 10:00:00 +0000", dt.date(2023, 1, 5)),
        ("Sept. 30, 2022", dt.date(2022, 9, 30)),
        ("05.01.2023", dt.date(2023, 1, 5)),
        ("2023/01/05", dt.date(2023, 1, 5)),
        ("5 Jan. 2023", dt.date(2023, 1, 5)),
        ("5 января 2023 года", dt.date(2023, 1, 5)),
        ("5 січня 2023 р.", dt.date(2023, 1, 5)),
        ("5 January 20234", None),
        (dt.date(2023, 1, 5), dt.date(2023, 1, 5)),
        ("January 2023", None),
        ("02/30/2023", None),
        ("13/01/2023", None),
        ("last Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    got, warning = parse_date(value)
    assert got == expected
    assert (warning is None) == (expected is not None)


def test_parse_date_slash_orders():
    assert parse_date("05/01/2023", "dmy")[0] == dt.date(2023, 1, 5)
    assert parse_date("05/01/2023", "strict") == (None, "ambiguous date '05/01/2023' (day and month both <= 12)")
    assert parse_date("25/01/2023", "strict")[0] == dt.date(2023, 1, 25)


def test_missing_or_bad_date_warns_and_is_null(tmp_path, caplog):
    doc = ingest_one(tmp_path, "x.txt", b"Title here\nPublished: sometime in spring\n\nAt least 5 people were killed in the attack.\n")
    assert doc["published"] is None
    assert any("x.txt" in r.getMessage() and "sometime in spring" in r.getMessage() for r in caplog.records)


def test_html_is_read_without_network(tmp_path, monkeypatch, reference):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert comparable(ingest_one(tmp_path, "offline.html", HTML.encode())) == comparable(reference)
