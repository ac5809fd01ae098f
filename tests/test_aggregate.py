"""The DuckDB comparison tables, on the synthetic corpus of test_events: duplicated wire
copy, the MOD's 63 -> 89 revision beside Ukraine's 400, a live blog and a retrospective."""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from casualty_claims import schema
from casualty_claims.aggregate import TABLES, build_tables, connect
from casualty_claims.commands import aggregate as aggregate_cmd
from casualty_claims.commands.normalize import normalize
from casualty_claims.io import to_table, write_parquet
from test_events import corpus, gazetteer, makiivka_corpus, olenivka_corpus, unrelated_corpus

PARTS = (makiivka_corpus, olenivka_corpus, unrelated_corpus)


def write_canonical(out: Path, parts=PARTS) -> dict[str, Path]:
    docs, extracted = corpus(*parts)
    claims, events, log = normalize(docs, extracted, gazetteer(), [], "none")
    paths = {name: out / f"{name}.parquet" for name in ("documents", "claims", "events", "overrides")}
    write_parquet(to_table(schema.DOCUMENTS, docs), paths["documents"])
    write_parquet(to_table(schema.CLAIMS, claims), paths["claims"])
    write_parquet(to_table(schema.EVENTS, events), paths["events"])
    write_parquet(to_table(schema.OVERRIDES, log), paths["overrides"])
    return paths


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    paths = write_canonical(tmp_path_factory.mktemp("canonical"))
    con = connect(paths["documents"], paths["claims"], paths["events"], paths["overrides"])
    out = {name: t.to_pylist() for name, t in build_tables(con).items()}
    out["events"] = pq.read_table(paths["events"]).to_pylist()
    out["claims"] = pq.read_table(paths["claims"]).to_pylist()
    return out


def event_of(tables, place):
    return next(e["event_id"] for e in tables["events"] if e["place"] == place)


def sequence(tables, place, claimant, casualty_type="killed"):
    rows = [r for r in tables["timeline"] if r["event_id"] == event_of(tables, place)
            and r["claimant"] == claimant and r["casualty_type"] == casualty_type]
    return [(r["figure"], r["is_latest"]) for r in sorted(rows, key=lambda r: r["sequence"])]


def test_each_event_appears_once(tables):
    places = [e["place"] for e in tables["events"] if e["kind"] == "incident"]
    assert sorted(places) == ["al-ahli", "makiivka", "olenivka"]
    assert len({e["event_id"] for e in tables["events"]}) == len(tables["events"]) == 4


def test_makiivka_revision_sequence_comes_out_in_order(tables):
    assert sequence(tables, "makiivka", "russia-mod") == [(63, False), (89, True)]
    assert sequence(tables, "makiivka", "ukraine-military") == [(400, True)]
    row = next(r for r in tables["comparison"]
               if r["event_id"] == event_of(tables, "makiivka") and r["casualty_type"] == "killed")
    assert (row["official_first"], row["official_latest"], row["official_max"]) == (63, 89, 89)
    assert (row["adversary_max"], row["adversary_latest"]) == (400, 400)
    assert row["adversary_to_official"] == round(400 / 89, 3)
    assert row["n_official_revisions"] == 1


def test_text_cues_order_figures_first_seen_the_same_day(tables):
    # The live blog has 40 then 50 on one day; the encyclopedia says "first reported 40
    # ... later revised to 50". Wounded go down: 75 then 73.
    assert sequence(tables, "olenivka", "russia-mod") == [(40, False), (50, True)]
    assert sequence(tables, "olenivka", "russia-mod", "wounded") == [(75, False), (73, True)]


def test_duplicates_are_counted_once(tables):
    strike = event_of(tables, "makiivka")
    mentions_of_63 = [m for m in tables["mentions"] if m["event_id"] == strike and m["value_low"] == 63]
    assert len(mentions_of_63) == 8, "three outlets twice each, the MOD's 'up from 63', the column"
    assert len({m["claim_key"] for m in mentions_of_63}) == 1
    killed = next(r for r in tables["comparison"] if r["event_id"] == strike and r["casualty_type"] == "killed")
    assert killed["n_official"] == 2 and killed["n_adversary"] == 1
    timeline_63 = next(r for r in tables["timeline"] if r["event_id"] == strike and r["figure"] == 63)
    assert (timeline_63["n_mentions"], timeline_63["n_documents"]) == (8, 5)
    assert len(tables["mentions"]) == len(tables["claims"])


def test_contested_figures_all_stay(tables):
    strike = event_of(tables, "makiivka")
    figures = {(r["claimant"], r["figure"]) for r in tables["timeline"] if r["event_id"] == strike}
    assert figures == {("russia-mod", 63), ("russia-mod", 89), ("ukraine-military", 400), ("ukraine-military", 300)}


def test_claimant_summary(tables):
    rows = {(r["claimant"], r["stance"]): r for r in tables["claimants"]}
    mod = rows[("russia-mod", "official")]
    assert (mod["n_claims"], mod["n_events"], mod["n_revisions"]) == (6, 2, 3)
    ukr = rows[("ukraine-military", "adversary")]
    assert ukr["median_ratio_to_official"] == round(400 / 89, 3)
    assert ukr["n_documents"] == 5


def test_integer_counts_stay_integers(tables, tmp_path):
    paths = write_canonical(tmp_path)
    comparison = build_tables(connect(*(paths[n] for n in ("documents", "claims", "events", "overrides"))))["comparison"]
    for name in ("n_official", "n_adversary", "official_latest", "adversary_max", "official_first"):
        assert str(comparison.schema.field(name).type) == "int64", name
    assert str(comparison.schema.field("adversary_to_official").type) == "double"


def run_aggregate(paths: dict[str, Path], out: Path) -> None:
    args = argparse.Namespace(documents=paths["documents"], claims=paths["claims"], events=paths["events"],
                              overrides=paths["overrides"], out_dir=out / "tables",
                              database=out / "casualty_claims.duckdb")
    assert aggregate_cmd.run(args) == 0


def test_two_runs_give_byte_identical_tables(tmp_path):
    outputs = []
    for run in ("one", "two"):
        out = tmp_path / run
        # Shuffle nothing but the order of the input parts: the outputs must not care.
        paths = write_canonical(out, PARTS if run == "one" else tuple(reversed(PARTS)))
        run_aggregate(paths, out)
        outputs.append(out)
    names = [f"{n}.parquet" for n in ("documents", "claims", "events")]
    names += [f"tables/{t}.{ext}" for t in TABLES for ext in ("parquet", "csv")]
    for name in names:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name


def test_database_holds_views_over_the_parquet_files(tmp_path):
    paths = write_canonical(tmp_path)
    run_aggregate(paths, tmp_path)
    db = tmp_path / "casualty_claims.duckdb"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".casualty_claims")], "temp file left"
    con = duckdb.connect(str(db), read_only=True)
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert views == {"documents", "claims", "events", *TABLES}
    assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchall()[0][0] == 0, "views only, no copied data"
    latest = con.execute("SELECT official_latest FROM comparison JOIN events USING (event_id) "
                         "WHERE place = ? AND casualty_type = ?", ["makiivka", "killed"]).fetchall()
    assert latest == [(89,)]
