"""The DuckDB comparison tables, on a hand-made claims table."""

from __future__ import annotations

from datetime import date

import pytest

from casualty_claims import schema
from casualty_claims.aggregate import build_tables, connect
from casualty_claims.io import to_table, write_parquet


def claim(n, stance, side, value_low, value_high=None, qualifier="exact", published=date(2023, 1, 2),
          claimant="x", claimant_side="russia", casualty_type="killed", event="ev-a"):
    return {
        "claim_id": f"c{n}", "doc_id": f"d{n}", "source_path": f"d{n}.txt", "sentence": "s",
        "char_start": n, "char_end": n + 1, "casualty_type": casualty_type,
        "value_low": value_low, "value_high": value_high if value_high is not None else value_low,
        "qualifier": qualifier, "victim_side": side, "victim_group": "military",
        "claimant": claimant, "claimant_side": claimant_side, "stance": stance,
        "event_id": event, "conflict": "russia-ukraine", "place": "makiivka", "published": published,
    }


@pytest.fixture()
def tables(tmp_path):
    claims = [
        claim(1, "official", "russia", 63, published=date(2023, 1, 2), claimant="russian-mod"),
        claim(2, "official", "russia", 89, published=date(2023, 1, 4), claimant="russian-mod"),
        claim(3, "adversary", "russia", 400, published=date(2023, 1, 2), claimant="ukraine-military",
              claimant_side="ukraine", qualifier="approx"),
        claim(4, "adversary", "russia", None, 400, qualifier="up_to", published=date(2023, 1, 3),
              claimant="ukraine", claimant_side="ukraine"),
        claim(5, "unattributed", "russia", 89, claimant="author", claimant_side="author"),
    ]
    events = [{"event_id": "ev-a", "conflict": "russia-ukraine", "label": "Makiivka (2023-01-01)",
               "place": "makiivka", "date_start": date(2023, 1, 2), "date_end": date(2023, 1, 4),
               "n_documents": 5, "n_claims": 5}]
    paths = {name: tmp_path / f"{name}.parquet" for name in ("documents", "claims", "events")}
    write_parquet(to_table(schema.DOCUMENTS, []), paths["documents"])
    write_parquet(to_table(schema.CLAIMS, claims), paths["claims"])
    write_parquet(to_table(schema.EVENTS, events), paths["events"])
    return build_tables(connect(paths["documents"], paths["claims"], paths["events"]))


def test_comparison_puts_official_latest_beside_adversary_max(tables):
    rows = tables["comparison"].to_pylist()
    assert len(rows) == 1
    row = rows[0]
    assert row["official_latest"] == 89
    assert row["official_max"] == 89
    assert row["adversary_max"] == 400
    assert row["n_official"] == 2 and row["n_adversary"] == 2 and row["n_unattributed"] == 1
    assert row["adversary_to_official"] == pytest.approx(round(400 / 89, 3))


def test_timeline_orders_each_claimants_figures_by_date(tables):
    mod = [r for r in tables["timeline"].to_pylist() if r["claimant"] == "russian-mod"]
    assert [r["value_low"] for r in mod] == [63, 89]


def test_claimant_summary_ratio_to_official(tables):
    rows = {r["claimant"]: r for r in tables["claimants"].to_pylist()}
    assert rows["ukraine-military"]["median_ratio_to_official"] == pytest.approx(round(400 / 89, 3))
    assert rows["russian-mod"]["n_claims"] == 2


def test_integer_counts_stay_integers(tables):
    comparison = tables["comparison"]
    for name in ("n_official", "n_adversary", "official_latest", "adversary_max"):
        assert str(comparison.schema.field(name).type) == "int64", name
