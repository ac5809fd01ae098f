"""The real workflow on the bundled sample corpus: events come out once, the exported
tables hold distinct claims, and the DuckDB file is left beside them but not published."""

from __future__ import annotations

import json
from collections import Counter

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import REPO, run_snakemake

SAMPLE = REPO / "data" / "sample"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    results = tmp_path_factory.mktemp("sample") / "results"
    proc = run_snakemake(SAMPLE, results)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return results


def test_each_place_is_one_event(out):
    events = pq.read_table(out / "events.parquet").to_pylist()
    places = Counter(e["place"] for e in events if e["kind"] == "incident" and e["place"])
    assert places and all(n == 1 for n in places.values()), places
    assert len({e["event_id"] for e in events}) == len(events)


def test_every_makiivka_report_lands_in_one_event(out):
    # Four reports (two wire copies, the MOD statement, a column) spell it three ways.
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    paths = {"russia-ukraine/makiivka wire 2023-01-03.txt", "russia-ukraine/reposts/makiivka-wire-regional-daily.txt",
             "russia-ukraine/makeevka-mod-statement.txt", "russia-ukraine/makeyevka-column.txt"}
    events = pq.read_table(out / "events.parquet").to_pylist()
    strike = next(e["event_id"] for e in events if e["place"] == "makiivka")
    incident = {e["event_id"] for e in events if e["kind"] == "incident"}
    for_strike = {c["source_path"] for c in claims if c["event_id"] == strike}
    assert for_strike == paths
    assert not {c["source_path"] for c in claims if c["event_id"] in incident - {strike}} & paths


def test_wire_copies_count_once(out):
    mentions = pq.read_table(out / "tables" / "mentions.parquet").to_pylist()
    timeline = pq.read_table(out / "tables" / "timeline.parquet").to_pylist()
    assert len({m["claim_key"] for m in mentions}) == len(timeline) < len(mentions)
    assert sum(r["n_mentions"] for r in timeline) == len(mentions)


def test_database_is_left_but_not_published(out):
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert not [a for a in manifest["artifacts"] if a["path"].endswith(".duckdb")]
    con = duckdb.connect(str(out / "casualty_claims.duckdb"), read_only=True)
    n = con.execute("SELECT count(*) FROM comparison").fetchall()[0][0]
    assert n == pq.read_table(out / "tables" / "comparison.parquet").num_rows > 0
