"""Byte-stable, atomic, spreadsheet-safe output."""

from __future__ import annotations

import csv
import os
import stat

import pyarrow as pa
import pytest

from casualty_claims import schema
from casualty_claims.io import atomic_path, to_table, write_csv, write_parquet


def test_csv_neutralises_formulas_but_keeps_numbers(tmp_path):
    table = pa.table({
        "text": ['=HYPERLINK("http://x","y")', "+1 (555) 010", "@SUM(A1)", "-5", "plain, with \"quotes\"\nand a newline"],
        "n": [1, 2, 3, 4, 5],
    })
    path = tmp_path / "t.csv"
    write_csv(table, path)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["text"].startswith("'=") and rows[1]["text"].startswith("'+") and rows[2]["text"].startswith("'@")
    assert rows[3]["text"] == "-5"
    assert rows[4]["text"] == "plain, with \"quotes\"\nand a newline"


def test_parquet_is_byte_identical_across_writes_and_row_orders(tmp_path):
    rows = [{"source_path": f"f{i}.txt", "reason": "empty", "detail": f"f{i}.txt: empty"} for i in range(50)]
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    write_parquet(to_table(schema.REJECTS, rows), a)
    write_parquet(to_table(schema.REJECTS, list(reversed(rows))), b)
    assert a.read_bytes() == b.read_bytes()


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    target = tmp_path / "out" / "x.bin"
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("killed mid-write")
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_published_files_are_world_readable(tmp_path):
    target = tmp_path / "x.parquet"
    write_parquet(to_table(schema.REJECTS, []), target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644
