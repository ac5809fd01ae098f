"""Figures: value conventions drawn honestly, fixed fonts, captions and versions, stable bytes.

Runs on a small hand-made claims table pushed through the real aggregate SQL, so it does not
wait for the extractor. `write_synthetic` is shared with the report and reproducibility tests.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from casualty_claims import schema
from casualty_claims.figures import (
    all_figures, comparison_rows, coverage_rows, extent, gap_rows, value_scale, value_text,
)
from casualty_claims.io import read_parquet, sort_table, to_table, write_csv, write_parquet
from casualty_claims.render import figure_paths, spec_json, write_figure

HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "q"'


def _claim(n, stance, side, low, high="same", qualifier="exact", published=date(2023, 1, 2), claimant="x",
           claimant_side="russia", casualty_type="killed", event="ev-a", sentence=None):
    return {
        "claim_id": f"c{n:02d}", "doc_id": f"d{n % 4}", "source_path": f"dir/d{n % 4}.txt",
        "sentence": sentence or f"Officials said {low or high} people were killed.",
        "char_start": 0, "char_end": 9, "casualty_type": casualty_type,
        "value_low": low, "value_high": low if high == "same" else high, "qualifier": qualifier,
        "victim_side": side, "victim_group": "military", "claimant": claimant, "claimant_side": claimant_side,
        "stance": stance, "event_id": event, "conflict": "russia-ukraine", "place": "p", "published": published,
    }


CLAIMS = [
    _claim(1, "official", "russia", 63, published=date(2023, 1, 2), claimant="russian-mod"),
    _claim(2, "official", "russia", 89, published=date(2023, 1, 4), claimant="russian-mod"),
    _claim(3, "adversary", "russia", 400, qualifier="approx", claimant="ukraine-military", claimant_side="ukraine"),
    _claim(4, "adversary", "russia", None, 400, qualifier="up_to", published=date(2023, 1, 3),
           claimant="ukraine", claimant_side="ukraine"),
    _claim(5, "unattributed", "russia", 89, claimant="author", claimant_side="author", published=None),
    _claim(6, "independent", "russia", 60, 70, qualifier="range", claimant="un-monitor", claimant_side="third_party"),
    _claim(7, "adversary", "russia", 300, None, qualifier="at_least", casualty_type="wounded",
           claimant="ukraine-military", claimant_side="ukraine"),
    _claim(8, "official", "palestine", 471, event="ev-b", claimant="gaza-moh", claimant_side="palestine",
           published=date(2023, 10, 18), sentence=HOSTILE),
    _claim(9, "adversary", "palestine", 10, event="ev-b", qualifier="approx", claimant=HOSTILE,
           claimant_side="israel", published=date(2023, 10, 19)),
    _claim(10, "official", "ukraine", 3, event="ev-c", claimant="ukraine-military", claimant_side="ukraine",
           published=date(2022, 7, 29)),
    _claim(11, "adversary", "ukraine", 50, event="ev-c", claimant="russian-mod", published=date(2022, 7, 30)),
    _claim(12, "adversary", "ukraine", 24, None, qualifier="vague", event="ev-c", claimant="russian-mod",
           published=date(2022, 8, 30)),
]
EVENTS = [
    {"event_id": "ev-a", "conflict": "russia-ukraine", "label": "Makiivka (2023-01-01)", "place": "makiivka",
     "date_start": date(2023, 1, 2), "date_end": date(2023, 1, 4), "n_documents": 4, "n_claims": 7},
    {"event_id": "ev-b", "conflict": "israel-hamas", "label": "Hospital " + HOSTILE, "place": "gaza",
     "date_start": date(2023, 10, 18), "date_end": date(2023, 10, 19), "n_documents": 2, "n_claims": 2},
    {"event_id": "ev-c", "conflict": "russia-ukraine", "label": "Olenivka (2022-07-29)", "place": "olenivka",
     "date_start": date(2022, 7, 29), "date_end": date(2022, 8, 30), "n_documents": 2, "n_claims": 3},
]


def timeline_table(claims: list[dict]) -> pa.Table:
    """The timeline table's contract (sql/timeline.sql): one row per distinct figure."""
    labels = {e["event_id"]: e["label"] for e in EVENTS}
    keys = ("event_id", "victim_side", "casualty_type", "claimant", "claimant_side", "stance", "published",
            "value_low", "value_high", "qualifier")
    groups: dict[tuple, list[dict]] = {}
    for c in claims:
        groups.setdefault(tuple(c[k] for k in keys), []).append(c)
    rows = [{**dict(zip(keys, k)), "event_label": labels[k[0]], "n_mentions": len(v),
             "n_documents": len({c["doc_id"] for c in v})} for k, v in groups.items()]
    return sort_table(pa.Table.from_pylist(rows, schema=TIMELINE), TIMELINE.names)


def comparison_table(claims: list[dict]) -> pa.Table:
    """The comparison table's contract (sql/comparison.sql), for the columns figures read."""
    events = {e["event_id"]: e for e in EVENTS}
    groups: dict[tuple, list[dict]] = {}
    for c in claims:
        groups.setdefault((c["event_id"], c["victim_side"], c["casualty_type"]), []).append(c)
    rows = []
    for (event, side, kind), group in groups.items():
        def figures(stance):
            return [(c["published"] or date.min, c["value_low"] if c["value_low"] is not None else c["value_high"])
                    for c in group if c["stance"] == stance]
        official, adversary = sorted(figures("official")), figures("adversary")
        latest = official[-1][1] if official else None
        high = max((v for _, v in adversary), default=None)
        rows.append({"event_id": event, "conflict": events[event]["conflict"], "event_label": events[event]["label"],
                     "victim_side": side, "casualty_type": kind, "official_latest": latest,
                     "adversary_max": high,
                     "adversary_to_official": round(high / latest, 3) if high is not None and latest else None})
    return sort_table(pa.Table.from_pylist(rows, schema=COMPARISON), COMPARISON.names)


TIMELINE = pa.schema([("event_id", pa.string()), ("event_label", pa.string()), ("victim_side", pa.string()),
                      ("casualty_type", pa.string()), ("claimant", pa.string()), ("claimant_side", pa.string()),
                      ("stance", pa.string()), ("published", pa.date32()), ("value_low", pa.int64()),
                      ("value_high", pa.int64()), ("qualifier", pa.string()), ("n_mentions", pa.int64()),
                      ("n_documents", pa.int64())])
COMPARISON = pa.schema([("event_id", pa.string()), ("conflict", pa.string()), ("event_label", pa.string()),
                        ("victim_side", pa.string()), ("casualty_type", pa.string()),
                        ("official_latest", pa.int64()), ("adversary_max", pa.int64()),
                        ("adversary_to_official", pa.float64())])


def write_synthetic(out: Path, claims: list[dict] = CLAIMS) -> Path:
    """documents, claims, events and the two aggregate tables the figures read, under out/,
    as the pipeline lays them out. The aggregate tables are built here from their documented
    columns, so these tests do not move with the aggregate SQL's other columns."""
    documents = [{"doc_id": f"d{i}", "source_path": f"dir/d{i}.txt", "title": f"Document {i} {HOSTILE}",
                  "author": "A. Writer", "published": date(2023, 1, 2), "categories": [],
                  "text": f"Officials said 89 people were killed. {HOSTILE}"} for i in range(4)]
    out.mkdir(parents=True, exist_ok=True)
    write_parquet(to_table(schema.DOCUMENTS, documents), out / "documents.parquet")
    write_parquet(to_table(schema.CLAIMS, claims), out / "claims.parquet")
    write_parquet(to_table(schema.EVENTS, EVENTS), out / "events.parquet")
    for name, table in (("timeline", timeline_table(claims)), ("comparison", comparison_table(claims))):
        write_parquet(table, out / "tables" / f"{name}.parquet")
        write_csv(table, out / "tables" / f"{name}.csv")
    return out


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("synthetic"))


@pytest.fixture(scope="module")
def figures(synthetic):
    claims = read_parquet(synthetic / "claims.parquet")
    timeline = read_parquet(synthetic / "tables" / "timeline.parquet")
    comparison = read_parquet(synthetic / "tables" / "comparison.parquet")
    return {f.name: f for f in all_figures(claims, timeline, comparison, "vTESTVERSION")}


@pytest.mark.parametrize("low, high, qualifier, text, drawn", [
    (89, 89, "exact", "89", "point"),
    (300, 300, "approx", "about 300", "point"),
    (63, None, "at_least", "at least 63", "at least"),
    (60, None, "more_than", "more than 60", "at least"),
    (None, 400, "up_to", "up to 400", "up to"),
    (60, 70, "range", "60–70", "range"),
    (24, None, "vague", "24 (vague: dozens, hundreds…)", "at least"),
])
def test_value_conventions_are_drawn_as_ranges_with_open_ends(low, high, qualifier, text, drawn):
    assert value_text(low, high, qualifier) == text
    where = extent(low, high, qualifier)
    assert where["extent"] == drawn
    if drawn == "at least":
        assert where["x"] == low and where["x_end"] > low  # open to the right of the known bound
    if drawn == "up to":
        assert where["x"] == high and where["x_start"] < high  # open to the left
    if drawn == "range":
        assert (where["x_start"], where["x_end"]) == (60, 70)


def test_no_value_draws_nothing():
    assert extent(None, None, "exact") is None


def test_log_scale_only_where_values_span_orders_of_magnitude():
    assert value_scale([3, 471], "People")[0].type == "log"
    assert value_scale([60, 89], "People")[0].type == "linear"
    assert "log scale" in value_scale([3, 471], "People")[1]


def test_every_figure_has_title_axis_units_caption_version_and_font(figures):
    assert set(figures) == {"comparison", "timeline", "gap", "coverage"}
    for fig in figures.values():
        spec = fig.spec
        text = json.dumps(spec)
        assert spec["title"]["text"] == fig.title
        assert spec["title"]["subtitle"][-1] == "casualty-claims results vTESTVERSION"
        assert spec["description"] == fig.caption and fig.caption
        assert spec["usermeta"]["casualty_claims"] == {"figure": fig.name, "version": "vTESTVERSION"}
        assert spec["config"]["font"] == "Liberation Sans"
        assert spec["config"]["axis"]["labelFont"] == "Liberation Sans"
        assert '"title": "' in json.dumps(spec, indent=1)
        for unit in ("People", "ratio", "Claims (count)", "UTC"):
            if unit in text:
                break
        else:
            pytest.fail(f"{fig.name}: no axis title with a unit")


def test_comparison_keeps_claimants_ranges_and_open_ends(synthetic, figures):
    rows, n_events = comparison_rows(read_parquet(synthetic / "tables" / "timeline.parquet"))
    assert n_events == 3
    by = {(r["event_id"], r["casualty_type"], r["claimant"]): r for r in rows}
    assert by[("ev-a", "killed", "russian-mod")]["figure"] == "89"  # the latest official figure
    assert by[("ev-a", "killed", "ukraine")]["extent"] == "up to"
    assert by[("ev-a", "killed", "un-monitor")]["extent"] == "range"
    assert by[("ev-a", "wounded", "ukraine-military")]["extent"] == "at least"
    tooltips = json.dumps(figures["comparison"].spec)
    assert '"field": "claimant"' in tooltips
    assert '"type": "log"' in tooltips  # 3 to 471 spans two orders of magnitude


def test_timeline_dates_are_utc_and_text(figures):
    spec = figures["timeline"].spec
    assert spec["data"]["format"]["parse"] == {"published": "utc:'%Y-%m-%d'"}
    real = [r for r in spec["data"]["values"] if not r.get("pad")]
    assert {r["claimant"] for r in real if r["series"].startswith("Makiivka")} >= {"russian-mod", "ukraine"}
    mod = [r["y"] for r in real if r["claimant"] == "russian-mod" and r["series"].startswith("Makiivka")]
    assert mod == [63, 89]  # the revision, in publication order


def test_gap_is_adversary_over_official_by_conflict(synthetic):
    rows, skipped = gap_rows(read_parquet(synthetic / "tables" / "comparison.parquet"))
    assert skipped == 0
    got = {(r["conflict"], r["event_id"]): r["ratio"] for r in rows}
    assert got[("russia-ukraine", "ev-a")] == pytest.approx(round(400 / 89, 3))
    assert got[("israel-hamas", "ev-b")] == pytest.approx(round(10 / 471, 3))


def test_coverage_counts_every_claim_once(synthetic):
    rows, order, n = coverage_rows(read_parquet(synthetic / "claims.parquet"))
    assert sum(r["claims"] for r in rows) == len(CLAIMS)
    assert n == len({c["claimant"] for c in CLAIMS})
    assert order[0] == "russian-mod"  # most claims first
    assert any(r["month"] == "undated" for r in rows)


def test_figure_files_are_written_and_stable(figures, tmp_path):
    fig = figures["comparison"]
    first = write_figure(fig.spec, tmp_path / "a" / "comparison")
    second = write_figure(fig.spec, tmp_path / "b" / "comparison")
    assert [p.name for p in first] == ["comparison.vl.json", "comparison.svg", "comparison.png"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    text = first[0].read_text(encoding="utf-8")
    assert text == spec_json(json.loads(text))  # keys sorted, as published
    assert first[1].read_text(encoding="utf-8").startswith("<svg")
    assert "Liberation Sans" in first[1].read_text(encoding="utf-8")
    assert first[2].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert figure_paths(tmp_path / "x")[0].name == "x.vl.json"
