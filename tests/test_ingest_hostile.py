"""A hostile corpus, built in tmp_path: every bad file gives exactly one expected reject,
every good document still comes out."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from casualty_claims.ingest import IngestOptions, corpus as corpus_mod, read_corpus, read_document, walk as walk_mod
from casualty_claims.ingest.errors import IngestError

GOOD = """{title}
By Test Author
Published: 2023-01-0{n}

The ministry said at least {n}0 soldiers were killed in the strike.

The other side claimed about {n}00 were killed.
"""


def good(n: int, title: str = "Strike report") -> str:
    return GOOD.format(title=f"{title} {n}", n=n)


def build_hostile(root: Path, outside: Path) -> dict[str, str]:
    """Write the corpus; return the expected rejects {source_path: reason}."""
    root.mkdir()
    outside.mkdir()
    (root / "good.txt").write_text(good(1))
    (root / "name with spaces.txt").write_text(good(2))
    (root / "Макіївка звіт é.md").write_text(good(3))
    (root / "line\nbreak.txt").write_text(good(4))
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "nested" / "deeper" / "good.txt").write_text(good(5))
    rows = [
        json.dumps({"title": "Dump article 6", "text": "Officials said 60 civilians were killed in the shelling."}),
        '{"title": "truncated", "text": "The army said',
        "not json at all",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "Dump article 7", "body": "Monitors counted at least 70 dead after the attack."}),
    ]
    (root / "dump.jsonl").write_text("\n".join(rows) + "\n")
    (root / "export.csv").write_text("headline,date,url\nSome headline,2023-01-01,http://example.org/a\n")

    expected = {
        "dump.jsonl#L2": "bad_row",
        "dump.jsonl#L3": "bad_row",
        "dump.jsonl#L5": "bad_row",
        "export.csv": "missing_column",
    }
    (root / "empty.txt").write_bytes(b"")
    expected["empty.txt"] = "empty"
    (root / "blank.txt").write_bytes(b"  \r\n\t\n")
    expected["blank.txt"] = "empty"
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    expected["image.txt"] = "binary"
    (root / "nul.txt").write_bytes(b"Title\n\nSome words\x00\x00\x00 and more words here")
    expected["nul.txt"] = "binary"
    # 0x98 is unassigned in Windows-1251, 0x81 and 0x8d in Windows-1252, and the bytes
    # are not UTF-8: no candidate decodes this, so it must be rejected, not mangled.
    (root / "undecodable.txt").write_bytes(b"Title\n\nKilled \x98\x81\x8d\x98\x81 soldiers in the attack, officials said.\n")
    expected["undecodable.txt"] = "undecodable"
    # A 200 MB file, sparse so the test stays fast: rejected from its size, never read.
    with open(root / "huge.txt", "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    expected["huge.txt"] = "too_large"
    (root / "numbers-only.txt").write_text("Table 3\n\n12 34 56\n\n-- 78 --\n")
    expected["numbers-only.txt"] = "no_text"
    (root / "title-only.txt").write_text("Just a headline with no body\n")
    expected["title-only.txt"] = "no_text"
    (root / "notes.docx").write_bytes(b"PK\x03\x04rest")
    expected["notes.docx"] = "unsupported"
    (outside / "secret.txt").write_text(good(8, "Outside"))
    os.symlink(outside / "secret.txt", root / "link-outside.txt")
    expected["link-outside.txt"] = "symlink_outside"
    os.symlink(outside, root / "dir-outside")
    expected["dir-outside"] = "symlink_outside"
    os.symlink(root / "missing-target.txt", root / "dangling.txt")
    expected["dangling.txt"] = "vanished"
    # Links that stay inside are harmless: a file link is a second source of the same
    # document, a directory link (here a loop) is not descended.
    os.symlink(root / "good.txt", root / "zz-link-to-good.txt")
    os.symlink(root / "nested", root / "nested" / "deeper" / "loop")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
        expected["pipe.txt"] = "unsupported"
    return expected


GOOD_TITLES = {f"Strike report {n}" for n in range(1, 6)} | {"Dump article 6", "Dump article 7"}


def test_hostile_corpus_rejects_exactly_the_bad_files(tmp_path, caplog):
    root = tmp_path / "raw"
    expected = build_hostile(root, tmp_path / "outside")
    with caplog.at_level(logging.WARNING, logger="casualty_claims.ingest"):
        docs, rejects = read_corpus(root)
    assert {r["source_path"]: r["reason"] for r in rejects} == expected
    assert len(rejects) == len(expected)
    assert {d["title"] for d in docs} == GOOD_TITLES
    # Every reject is one log line naming the file (escaped when it holds a newline).
    for source in expected:
        shown = walk_mod.display(source)
        assert any(shown in rec.getMessage() for rec in caplog.records if "rejected" in rec.getMessage()), source
    for r in rejects:
        assert walk_mod.display(r["source_path"].split("#")[0]) in r["detail"]


def test_hostile_corpus_sources_and_odd_names(tmp_path):
    root = tmp_path / "raw"
    build_hostile(root, tmp_path / "outside")
    docs, _ = read_corpus(root)
    by_title = {d["title"]: d for d in docs}
    assert by_title["Strike report 1"]["sources"] == ["good.txt", "zz-link-to-good.txt"]
    assert by_title["Strike report 2"]["source_path"] == "name with spaces.txt"
    assert by_title["Strike report 3"]["source_path"] == "Макіївка звіт é.md"
    assert by_title["Strike report 4"]["source_path"] == "line\nbreak.txt"
    assert by_title["Strike report 5"]["source_path"] == "nested/deeper/good.txt"
    assert by_title["Dump article 6"]["source_path"] == "dump.jsonl#L1"
    assert by_title["Dump article 7"]["source_path"] == "dump.jsonl#L6"
    assert not any("Outside" in d["title"] for d in docs)


def test_hostile_corpus_is_deterministic(tmp_path):
    root = tmp_path / "raw"
    build_hostile(root, tmp_path / "outside")
    assert read_corpus(root) == read_corpus(root)


def test_file_vanishing_between_listing_and_reading(tmp_path, monkeypatch):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(good(1))
    (root / "b.txt").write_text(good(2))
    (root / "c.jsonl").write_text(json.dumps({"text": "Officials said 9 people were killed."}) + "\n")
    real_walk = corpus_mod.walk

    def walk_then_delete(raw_dir):
        entries = list(real_walk(raw_dir))
        (root / "b.txt").unlink()
        (root / "c.jsonl").unlink()
        yield from entries

    monkeypatch.setattr(corpus_mod, "walk", walk_then_delete)
    docs, rejects = read_corpus(root)
    assert [d["source_path"] for d in docs] == ["a.txt"]
    assert sorted((r["source_path"], r["reason"]) for r in rejects) == [("b.txt", "vanished"), ("c.jsonl", "vanished")]


def test_file_changing_while_read(tmp_path, monkeypatch):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(good(1))
    (root / "b.txt").write_text(good(2))
    real_fstat = os.fstat

    def fstat_after_a_writer(fd):
        # Simulate another process appending to b.txt while it is being read.
        if os.readlink(f"/proc/self/fd/{fd}").endswith("b.txt"):
            with open(root / "b.txt", "a") as fh:
                fh.write("More text appended by a writer.\n")
        return real_fstat(fd)

    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc to map descriptors to names")
    monkeypatch.setattr(walk_mod, "_fstat", fstat_after_a_writer)
    docs, rejects = read_corpus(root)
    assert [d["source_path"] for d in docs] == ["a.txt"]
    assert [(r["source_path"], r["reason"]) for r in rejects] == [("b.txt", "changed")]


def test_too_large_limit_is_configurable(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(good(1))
    docs, rejects = read_corpus(root, IngestOptions(max_file_bytes=50))
    assert docs == [] and [r["reason"] for r in rejects] == ["too_large"]
    docs, rejects = read_corpus(root, IngestOptions(max_file_bytes=None))
    assert len(docs) == 1 and rejects == []


def test_jsonl_row_with_undecodable_bytes_is_rejected_alone(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    good_row = json.dumps({"title": "Fine", "text": "Officials said 5 people were killed there."}, ensure_ascii=False)
    (root / "d.jsonl").write_bytes(
        good_row.encode() + b"\n" + b'{"title": "Bad \xff\xfe bytes", "text": "Some words here"}\n' + good_row.replace("Fine", "Also fine").encode() + b"\n"
    )
    docs, rejects = read_corpus(root)
    assert sorted(d["source_path"] for d in docs) == ["d.jsonl#L1", "d.jsonl#L3"]
    assert [(r["source_path"], r["reason"]) for r in rejects] == [("d.jsonl#L2", "undecodable")]


def test_csv_rows_with_wrong_field_count_are_rejected(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "e.csv").write_text(
        'title,text,date\n'
        'One,"Officials said 5 people were killed, the ministry added.",2023-01-05\n'
        'Two,Extra,fields,here,2023-01-05\n'
        '\n'
        'Three,"A multi-line\ntext where 7 people died in the attack.",\n'
    )
    docs, rejects = read_corpus(root)
    assert sorted(d["source_path"] for d in docs) == ["e.csv#R1", "e.csv#R3"]
    assert [(r["source_path"], r["reason"]) for r in rejects] == [("e.csv#R2", "bad_row")]


def test_read_document_raises_ingest_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(IngestError) as exc:
        read_document(tmp_path / "empty.txt", tmp_path)
    assert exc.value.reason == "empty" and exc.value.source == "empty.txt"
    (tmp_path / "d.jsonl").write_text("{}\n")
    with pytest.raises(IngestError) as exc:
        read_document(tmp_path / "d.jsonl", tmp_path)
    assert exc.value.reason == "unsupported"


def test_good_documents_still_give_claims(tmp_path):
    """With the extractor present, the good documents of the hostile corpus yield claims."""
    extract = pytest.importorskip("casualty_claims.extract")
    gazetteer = pytest.importorskip("casualty_claims.gazetteer")
    gz_path = Path(__file__).resolve().parents[1] / "data" / "gazetteer.yaml"
    if not gz_path.exists():
        pytest.skip("no gazetteer")
    root = tmp_path / "raw"
    build_hostile(root, tmp_path / "outside")
    docs, _ = read_corpus(root)
    if not hasattr(extract, "extract_claims") or not hasattr(gazetteer, "load_gazetteer"):
        pytest.skip("extractor not wired yet")
    gz = gazetteer.load_gazetteer(gz_path)
    with_claims = {d["title"] for d in docs if extract.extract_claims(d, gz)}
    assert with_claims == GOOD_TITLES


def test_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    try:
        with open(os.path.join(os.fsencode(root), b"latin-\xe9t\xe9.txt"), "w") as fh:
            fh.write(good(1))
    except (OSError, UnicodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    docs, rejects = read_corpus(root)
    assert rejects == []
    assert docs[0]["source_path"] == "latin-\\xe9t\\xe9.txt"
    docs[0]["source_path"].encode("utf-8")  # storable in Parquet


def test_deep_folders_do_not_exhaust_recursion(tmp_path):
    root = tmp_path / "raw"
    deep = root
    for _ in range(60):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(good(1))
    docs, rejects = read_corpus(root)
    assert rejects == [] and docs[0]["source_path"] == "d/" * 60 + "a.txt"


def test_results_of_an_earlier_run_inside_raw_dir_are_ordinary_files(tmp_path):
    """A documents export re-read from raw_dir dedups onto the same documents."""
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(good(1))
    docs, _ = read_corpus(root)
    (root / "results").mkdir()
    import csv

    with open(root / "results" / "documents.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "source_path", "title", "author", "published", "text"])
        w.writerow([docs[0]["doc_id"], "a.txt", docs[0]["title"], "Test Author", "2023-01-01", docs[0]["text"]])
    (root / "results" / "documents.parquet").write_bytes(b"PAR1" + b"\x00" * 16)
    again, rejects = read_corpus(root)
    assert [d["doc_id"] for d in again] == [docs[0]["doc_id"]]
    assert again[0]["sources"] == ["a.txt", "results/documents.csv#R1"]
    assert [(r["source_path"], r["reason"]) for r in rejects] == [("results/documents.parquet", "unsupported")]


def test_dump_with_a_stray_nul_loses_only_that_row(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    rows = [json.dumps({"title": f"Row {i}", "text": f"Officials said {i} people were killed in the raid."}) for i in range(200)]
    rows[7] = rows[7].replace("Officials", "Offi\x00cials").replace("\\u0000", "\x00")
    (root / "d.jsonl").write_bytes("\n".join(rows).encode().replace(b"\\u0000", b"\x00") + b"\n")
    docs, rejects = read_corpus(root)
    assert len(docs) == 199
    assert [(r["source_path"], r["reason"]) for r in rejects] == [("d.jsonl#L8", "bad_row")]


def test_read_document_follows_links_only_inside_root(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(good(1))
    (tmp_path / "out.txt").write_text(good(2))
    os.symlink(root / "a.txt", root / "in-link.txt")
    os.symlink(tmp_path / "out.txt", root / "out-link.txt")
    assert read_document(root / "in-link.txt", root)["source_path"] == "in-link.txt"
    with pytest.raises(IngestError) as exc:
        read_document(root / "out-link.txt", root)
    assert exc.value.reason == "symlink_outside"
