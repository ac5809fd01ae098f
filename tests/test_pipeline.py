"""End to end: the real Snakefile on a small corpus written for this test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from casualty_claims.versioning import sha256_file
from conftest import SEED_DIR, run_snakemake

DOCUMENTS_CONTRACT = ["doc_id", "source_path", "title", "author", "published", "text"]
CLAIMS_CONTRACT = [
    "claim_id", "doc_id", "source_path", "sentence", "char_start", "char_end", "casualty_type",
    "value_low", "value_high", "qualifier", "victim_side", "victim_group", "claimant",
    "claimant_side", "stance", "event_id", "published",
]

SEED_LAYOUT = """

Strike on barracks in Makiivka

## **Description**

Russia's defence ministry said on Wednesday that 89 Russian servicemen were killed when Ukrainian rockets hit a building in Makiivka.

Ukraine's armed forces claimed that about 400 Russian soldiers were killed and 300 wounded in the same strike.

By Test Writer

## Category

- 1. Conflict

## **Date Created**

01/04/2023
"""

PLAIN = """Hospital blast in Gaza City
Published: 2023-10-18

The Gaza health ministry said 471 Palestinians were killed in the explosion at the al-Ahli hospital.

Israel's military said a misfired rocket caused the blast and did not give a toll.
"""


def write_corpus(root: Path) -> Path:
    raw = root / "raw"
    (raw / "ru ua").mkdir(parents=True)
    (raw / "ru ua" / "makiivka brief.txt").write_text(SEED_LAYOUT, encoding="utf-8")
    (raw / "gaza.txt").write_text(PLAIN, encoding="utf-8")
    (raw / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00" * 50)
    if SEED_DIR.is_dir():
        shutil.copytree(SEED_DIR, raw / "seed")
    return raw


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("pipeline")
    raw = write_corpus(root)
    out = root / "results"
    proc = run_snakemake(raw, out)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return raw, out


def claims_of(out: Path) -> list[dict]:
    return pq.read_table(out / "claims.parquet").to_pylist()


def test_documents_table_holds_the_contract(run):
    raw, out = run
    table = pq.read_table(out / "documents.parquet")
    assert set(DOCUMENTS_CONTRACT) <= set(table.column_names)
    paths = set(table.column("source_path").to_pylist())
    assert "ru ua/makiivka brief.txt" in paths and "gaza.txt" in paths
    assert "broken.txt" not in paths


def test_broken_file_is_rejected_and_named(run):
    _, out = run
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert [r["source_path"] for r in rejects] == ["broken.txt"]
    lines = (out / "rejects.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("broken.txt,binary,")


def test_claims_table_holds_the_contract(run):
    _, out = run
    table = pq.read_table(out / "claims.parquet")
    assert set(CLAIMS_CONTRACT) <= set(table.column_names)
    for row in table.to_pylist():
        assert row["casualty_type"] in {"killed", "wounded", "casualties", "captured", "missing"}
        assert row["stance"] in {"official", "adversary", "independent", "unattributed"}
        assert row["event_id"]


def test_known_claims_come_out_with_their_stance(run):
    _, out = run
    got = {(c["source_path"], c["casualty_type"], c["value_low"], c["value_high"], c["victim_side"], c["stance"])
           for c in claims_of(out)}
    assert ("ru ua/makiivka brief.txt", "killed", 89, 89, "russia", "official") in got
    assert ("ru ua/makiivka brief.txt", "killed", 400, 400, "russia", "adversary") in got
    assert ("ru ua/makiivka brief.txt", "wounded", 300, 300, "russia", "adversary") in got
    assert ("gaza.txt", "killed", 471, 471, "palestine", "official") in got


def test_char_offsets_point_at_the_evidence(run):
    _, out = run
    texts = {d["doc_id"]: d["text"] for d in pq.read_table(out / "documents.parquet").to_pylist()}
    for c in claims_of(out):
        evidence = texts[c["doc_id"]][c["char_start"]:c["char_end"]]
        assert evidence and evidence.strip() == evidence, c
        assert evidence in texts[c["doc_id"]]


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="../shared/seeds is not present")
def test_seed_claims_and_no_traps(run):
    _, out = run
    seed = [c for c in claims_of(out) if c["source_path"].startswith("seed/")]
    got = {(c["value_low"], c["value_high"], c["qualifier"], c["claimant_side"], c["stance"]) for c in seed}
    assert (None, 400, "up_to", "ukraine", "adversary") in got
    assert (83, 83, "exact", "russia", "official") in got
    assert (89, 89, "exact", "author", "unattributed") in got
    values = {c["value_low"] for c in seed} | {c["value_high"] for c in seed}
    assert not values & {6, 12, 1}, "a trap (missiles, time of day, body bag) came out as a claim"


def test_tables_figures_and_manifest(run):
    _, out = run
    for name in ("comparison", "timeline", "claimants"):
        assert pq.read_table(out / "tables" / f"{name}.parquet").num_rows > 0
        assert (out / "tables" / f"{name}.csv").stat().st_size > 0
    spec = json.loads((out / "figures" / "comparison.vl.json").read_text(encoding="utf-8"))
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert (out / "figures" / "comparison.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (out / "figures" / "comparison.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {a["path"]: a for a in manifest["artifacts"]}
    assert "figures/comparison.png" in listed and "claims.parquet" in listed
    for path, entry in listed.items():
        assert sha256_file(out / path) == entry["sha256"], path
        assert (out / path).stat().st_size == entry["bytes"]
    assert manifest["version"].startswith("v")


def test_two_runs_give_byte_identical_artifacts(run, tmp_path):
    raw, out = run
    other = tmp_path / "elsewhere" / "results"
    proc = run_snakemake(raw, other, cores=1)
    assert proc.returncode == 0, proc.stderr[-3000:]
    first = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    second = json.loads((other / "manifest.json").read_text(encoding="utf-8"))
    assert first == second
