"""Altair charts built from the pipeline's tables, as Vega-Lite dicts.

Pure functions: tables in, specs out. Rendering to SVG/PNG lives in render.py and the
HTML page in report.py. Choices that keep the published bytes stable:
- the data is inlined in the spec in a sorted order computed here, never by the renderer;
- the font is fixed to Liberation Sans, which vl-convert bundles, so images do not depend
  on the fonts of the machine that draws them;
- dates are parsed and drawn in UTC, so the machine's time zone cannot move a tick;
- no randomness: the jitter in the gap chart is derived from a hash of the row.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import date, timedelta

import altair as alt
import pyarrow as pa

FONT = "Liberation Sans"
STANCE_ORDER = ["official", "adversary", "independent", "unattributed"]
STANCE_COLORS = ["#1b6ca8", "#c0392b", "#6c7a89", "#d4a017"]
# How a figure's extent is drawn: a point, a closed range, or a range open at one end.
EXTENT_ORDER = ["point", "range", "at least", "up to"]
EXTENT_SHAPES = ["circle", "diamond", "triangle-right", "triangle-left"]
DASHES = [[1, 0], [1, 0], [4, 3], [4, 3]]
# An open end ("at least 63", "up to 400") is drawn as a dashed line this many times beyond
# (or below) the known bound: far enough to read as "open", short enough not to suggest a value.
OPEN_END_FACTOR = 2.0
# Values spanning at least this ratio (two orders of magnitude) get a log scale.
LOG_SPAN = 100.0
# Caps that keep the charts readable on a large corpus; captions say what was left out.
MAX_COMPARISON_EVENTS = 40
MAX_TIMELINE_SERIES = 12
MAX_COVERAGE_CLAIMANTS = 30
UNDATED = "undated"
OPEN_ABOVE = ("at_least", "more_than", "vague")
QUALIFIER_WORDS = {
    "exact": "{v}", "approx": "about {v}", "at_least": "at least {v}", "more_than": "more than {v}",
    "up_to": "up to {v}", "vague": "{v} (vague: dozens, hundreds…)",
}


@dataclass(frozen=True)
class Figure:
    """One published figure: its file stem, its words and its Vega-Lite spec."""

    name: str
    title: str
    caption: str
    spec: dict
    rows: list[dict]  # the data drawn, for the table under the figure in the report


# ----------------------------------------------------------------------------- helpers


def value_text(low, high, qualifier) -> str:
    """The figure as a reader would say it: 'at least 63', '60–70', 'up to 400'."""
    if qualifier == "range" or (low is not None and high is not None and low != high):
        return f"{low:,}–{high:,}"
    value = low if low is not None else high
    if value is None:
        return ""
    return QUALIFIER_WORDS.get(qualifier, "{v}").format(v=f"{value:,}")


def extent(low, high, qualifier) -> dict | None:
    """Where to draw a figure: its point estimate (x), the segment to draw (x_start..x_end)
    and what that segment means. None when the claim carries no value at all."""
    if low is None and high is None:
        return None
    if qualifier in OPEN_ABOVE and low is not None:
        # at least / more than / vague ("dozens"): the truth lies at or above the bound.
        return {"x": low, "x_start": low, "x_end": _open_above(low), "extent": "at least"}
    if qualifier == "up_to" and high is not None or low is None:
        # up to / as many as: the truth lies at or below the bound.
        return {"x": high, "x_start": _open_below(high), "x_end": high, "extent": "up to"}
    if high is not None and high != low:
        lo, hi = min(low, high), max(low, high)
        return {"x": lo, "x_start": lo, "x_end": hi, "extent": "range"}
    return {"x": low, "x_start": None, "x_end": None, "extent": "point"}


def _open_above(value: int) -> float:
    return max(value, 1) * OPEN_END_FACTOR


def _open_below(value: int) -> float:
    return max(value, 1) / OPEN_END_FACTOR


def value_scale(values: list[float], title: str) -> tuple[alt.Scale, str]:
    """A log scale where the values span orders of magnitude, else a linear one from zero."""
    positive = [v for v in values if v is not None and v > 0]
    if positive and max(positive) / min(positive) >= LOG_SPAN and len(positive) == len(
            [v for v in values if v is not None]):
        return alt.Scale(type="log", nice=True), f"{title} (log scale)"
    return alt.Scale(type="linear", zero=True, nice=True), title


def _iso(day) -> str | None:
    if day is None:
        return None
    return day.isoformat() if isinstance(day, date) else str(day)


def _month(day) -> str:
    return _iso(day)[:7] if day is not None else UNDATED


def _label(*parts) -> str:
    return " · ".join(str(p) if p not in (None, "") else "unknown" for p in parts)


def victim(row: dict) -> str:
    """The victim side, with its group where the table has one ('russia (military)'): the
    aggregate tables may split a side's figures by group, and a chart must not merge them."""
    side = row.get("victim_side") or "unknown"
    group = row.get("victim_group")
    return f"{side} ({group})" if group and group != "unknown" else side


def _jitter(*parts) -> float:
    """A stable offset in [-0.35, 0.35) from the row's content, so points do not overlap
    and the same rows land in the same place on every run."""
    digest = hashlib.sha256("\0".join(str(p) for p in parts).encode()).digest()
    return round((int.from_bytes(digest[:4], "big") / 2**32 - 0.5) * 0.7, 4)


def _subtitle(caption_lines: list[str], version: str) -> list[str]:
    return [*caption_lines, f"casualty-claims results {version}"]


def _rows(table: pa.Table | None) -> list[dict]:
    return [] if table is None else table.to_pylist()


def _stance_color(title: str = "Stance of the claimant") -> alt.Color:
    return alt.Color("stance:N", title=title, scale=alt.Scale(domain=STANCE_ORDER, range=STANCE_COLORS))


def finish(chart: alt.TopLevelMixin, name: str, caption: str, version: str) -> dict:
    """Fix the font everywhere, attach the caption and version as metadata, return the dict."""
    chart = (
        chart.configure(font=FONT)
        .configure_view(stroke=None)
        .configure_title(font=FONT, anchor="start", fontSize=15, subtitleFontSize=11, subtitleColor="#444444")
        # Font sizes stay at the defaults: Vega lays axes out with the default label size, so a
        # configured size makes long labels overflow the axis title (seen with vl-convert 1.9).
        .configure_axis(labelFont=FONT, titleFont=FONT)
        .configure_legend(labelFont=FONT, titleFont=FONT)
        .configure_header(labelFont=FONT, titleFont=FONT)
        .properties(description=caption, usermeta={"casualty_claims": {"figure": name, "version": version}})
    )
    return chart.to_dict(validate=True)


# ----------------------------------------------------------------- comparison per event


def timeline_figures(timeline: pa.Table) -> list[dict]:
    """The timeline table's rows with one date and one order, whichever columns it carries:
    `published`, or `first_published` (when the claimant first gave that figure); the order
    is the aggregate's `chronology` (which reads revision cues, not only dates) where present."""
    out = []
    for i, r in enumerate(_rows(timeline)):
        published = r.get("published", r.get("first_published"))
        order = r.get("chronology", r.get("sequence"))
        out.append({**r, "published": published, "order": i if order is None else order})
    return out


def latest_per_claimant(timeline: pa.Table) -> list[dict]:
    """Each claimant's latest figure per event, victim side and casualty type: what it says
    now. Its earlier figures are in the revision timeline."""
    latest: dict[tuple, dict] = {}
    for r in timeline_figures(timeline):
        key = (r["event_id"], victim(r), r["casualty_type"], r["claimant"], r["stance"])
        # The aggregate's own is_latest wins; else the latest date, then the later in
        # chronology; undated figures count as oldest.
        rank = (bool(r.get("is_latest")), _iso(r.get("published")) or "", r["order"])
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, r)
    return [r for _, r in sorted(latest.values(), key=lambda kv: _sort_key(kv[1]))]


def _sort_key(r: dict) -> tuple:
    return tuple("" if r.get(k) is None else str(r.get(k)) for k in
                 ("event_id", "victim_side", "casualty_type", "stance", "claimant", "published",
                  "value_low", "value_high", "qualifier"))


def top_events(rows: list[dict], limit: int) -> list[str]:
    """The events with the most figures (ties by id), so a large corpus keeps a readable chart."""
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["event_id"]] = counts.get(r["event_id"], 0) + int(r.get("n_mentions") or 1)
    return sorted(sorted(counts), key=lambda e: -counts[e])[:limit]


def comparison_rows(timeline: pa.Table) -> tuple[list[dict], int]:
    """Rows of the comparison chart and the number of events in the data."""
    latest = latest_per_claimant(timeline)
    keep = set(top_events(latest, MAX_COMPARISON_EVENTS))
    rows = []
    for r in latest:
        if r["event_id"] not in keep:
            continue
        where = extent(r.get("value_low"), r.get("value_high"), r.get("qualifier"))
        if where is None:
            continue
        rows.append({
            "event_id": r["event_id"],
            "event": r.get("event_label") or r["event_id"],
            "victim_side": victim(r),
            "casualty_type": r["casualty_type"],
            "row": _label(r.get("event_label") or r["event_id"], victim(r), r["casualty_type"]),
            "stance": r["stance"],
            "claimant": r["claimant"],
            "claimant_side": r.get("claimant_side"),
            "figure": value_text(r.get("value_low"), r.get("value_high"), r.get("qualifier")),
            "qualifier": r.get("qualifier"),
            "published": _iso(r.get("published")) or UNDATED,
            "mentions": int(r.get("n_mentions") or 1),
            **where,
        })
    return rows, len({r["event_id"] for r in latest})


def comparison_chart(timeline: pa.Table, version: str) -> Figure:
    rows, n_events = comparison_rows(timeline)
    shown = len({r["event_id"] for r in rows})
    scale, x_title = value_scale(
        [v for r in rows for v in (r["x"], r["x_start"], r["x_end"])], "People (as claimed)")
    title = "Official, adversary and independent casualty figures per event"
    caption = [
        "Rows: event · victim side (group) · casualty type. Each mark is one claimant's latest figure.",
        "Official: the victim side's own figure; adversary: its enemy's; independent: a third party's.",
        "A diamond with a solid line is a range (low to high); a triangle with a dashed line is open-ended",
        "(at least: open to the right; up to: open to the left). Circles are single figures.",
    ]
    if shown < n_events:
        caption.append(f"The {shown} events with the most claims of {n_events} are shown.")
    tooltip = [
        alt.Tooltip("event:N", title="Event"), alt.Tooltip("victim_side:N", title="Victim side"),
        alt.Tooltip("casualty_type:N", title="Casualty type"), alt.Tooltip("claimant:N", title="Claimant"),
        alt.Tooltip("claimant_side:N", title="Claimant's side"), alt.Tooltip("stance:N", title="Stance"),
        alt.Tooltip("figure:N", title="Figure"), alt.Tooltip("published:N", title="Published (latest)"),
        alt.Tooltip("mentions:Q", title="Mentions"),
    ]
    # No axis title: with labels this long Vega places it over them; the caption names the rows.
    y = alt.Y("row:N", title=None, sort="ascending", axis=alt.Axis(labelLimit=360))
    y_offset = alt.YOffset("stance:N", scale=alt.Scale(domain=STANCE_ORDER))
    base = alt.Chart(alt.Data(values=rows)).encode(y=y, yOffset=y_offset, color=_stance_color(), tooltip=tooltip)
    segments = base.transform_filter("datum.x_end != null").mark_rule(strokeWidth=2).encode(
        x=alt.X("x_start:Q", scale=scale, title=x_title),
        x2="x_end:Q",
        strokeDash=alt.StrokeDash("extent:N", title="Extent of the figure",
                                  scale=alt.Scale(domain=EXTENT_ORDER, range=DASHES)),
    )
    marks = base.mark_point(filled=True, size=70, opacity=0.9).encode(
        x=alt.X("x:Q", scale=scale, title=x_title),
        shape=alt.Shape("extent:N", title="Extent of the figure",
                        scale=alt.Scale(domain=EXTENT_ORDER, range=EXTENT_SHAPES)),
    )
    chart = alt.layer(segments, marks).properties(
        title=alt.Title(title, subtitle=_subtitle(caption, version)), width=560, height=alt.Step(9),
    )
    text = " ".join(caption)
    return Figure("comparison", title, text, finish(chart, "comparison", text, version), rows)


# --------------------------------------------------------------------- revision timeline


def timeline_rows(timeline: pa.Table) -> tuple[list[dict], int]:
    """Dated figures of the series (event · victim side · casualty type) with the most figures."""
    dated = [r for r in timeline_figures(timeline) if r.get("published") is not None]
    series: dict[str, list[dict]] = {}
    for r in sorted(dated, key=lambda r: (_sort_key(r), r["order"])):
        where = extent(r.get("value_low"), r.get("value_high"), r.get("qualifier"))
        if where is None:
            continue
        key = _label(r.get("event_label") or r["event_id"], victim(r), r["casualty_type"])
        series.setdefault(key, []).append({
            "event_id": r["event_id"],
            "series": key,
            "claimant": r["claimant"],
            "claimant_side": r.get("claimant_side"),
            "stance": r["stance"],
            "published": _iso(r["published"]),
            # The same date as text: a parsed date would be printed in the viewer's time zone.
            "date": _iso(r["published"]),
            "figure": value_text(r.get("value_low"), r.get("value_high"), r.get("qualifier")),
            "y": where["x"],
            "y_low": where["x_start"],
            "y_high": where["x_end"],
            "extent": where["extent"],
            "order": r["order"],
            "mentions": int(r.get("n_mentions") or 1),
        })
    # Series with the most figures first, then the most claimants: where revisions show.
    ranked = sorted(series, key=lambda k: (-len(series[k]), -len({r["claimant"] for r in series[k]}), k))
    keep = sorted(ranked[:MAX_TIMELINE_SERIES])
    return [r for k in keep for r in series[k] + _date_padding(series[k])], len(series)


def _date_padding(rows: list[dict]) -> list[dict]:
    """Two invisible rows a day before the first and after the last figure of a series: they
    widen its date range so a series published on a single day still gets a readable axis,
    and no point sits on the edge of its panel."""
    first = date.fromisoformat(min(r["published"] for r in rows))
    last = date.fromisoformat(max(r["published"] for r in rows))
    return [{"series": rows[0]["series"], "published": d.isoformat(), "y": rows[0]["y"], "pad": True}
            for d in (first - timedelta(days=1), last + timedelta(days=1))]


def date_ticks(rows: list[dict]) -> list[alt.DateTime]:
    """Ticks at the dates figures were published, in UTC. The facets have independent date
    ranges (from hours to years) and Vega keeps only the ticks inside each facet's range, so
    every facet is labelled with whole days, never with hours."""
    days = sorted({r["published"] for r in rows if not r.get("pad")})
    return [alt.DateTime(year=int(d[:4]), month=int(d[5:7]), date=int(d[8:10]), utc=True) for d in days]


def timeline_chart(timeline: pa.Table, version: str) -> Figure:
    rows, n_series = timeline_rows(timeline)
    shown = len({r["series"] for r in rows})
    scale, y_title = value_scale([v for r in rows for v in (r["y"], r.get("y_low"), r.get("y_high"))],
                                 "People (as claimed)")
    title = "How each claimant's figure changed over time"
    caption = [
        "Every dated figure of every claimant by the date it first gave it; thin lines join a named claimant's",
        "successive figures (revisions). Thick vertical lines are ranges; dashed lines are open ends.",
    ]
    if shown < n_series:
        caption.append(f"The {shown} of {n_series} series with the most figures are shown.")
    tooltip = [
        alt.Tooltip("series:N", title="Event · side · type"), alt.Tooltip("claimant:N", title="Claimant"),
        alt.Tooltip("stance:N", title="Stance"), alt.Tooltip("figure:N", title="Figure"),
        alt.Tooltip("date:N", title="Published"), alt.Tooltip("mentions:Q", title="Mentions"),
    ]
    # The date axis is UTC, parsed explicitly: the machine's time zone cannot move a tick.
    # (No formatType="utc" on the axis: with it vl-convert 1.9 ignores the format.)
    x = alt.X("published:T", title="Date published (UTC)", scale=alt.Scale(type="utc"),
              axis=alt.Axis(format="%Y-%m-%d", labelAngle=-40, labelOverlap=True,
                            values=date_ticks(rows), grid=False))
    base = alt.Chart().transform_filter("!datum.pad").encode(x=x, color=_stance_color(), tooltip=tooltip)
    padding = alt.Chart().transform_filter("datum.pad").mark_point(opacity=0).encode(
        x=x, y=alt.Y("y:Q", scale=scale, title=y_title))
    # A claimant's line follows its revisions in the aggregate's order, which also orders
    # two figures published on the same day.
    # Unattributed figures are many authors, not one source revising, so they get no line.
    lines = base.transform_filter("datum.stance != 'unattributed'").mark_line(
        point=False, strokeWidth=1.5, opacity=0.8).encode(
        y=alt.Y("y:Q", scale=scale, title=y_title), detail="claimant:N", order="order:Q")
    extents = base.transform_filter("datum.y_high != null").mark_rule(strokeWidth=2).encode(
        y=alt.Y("y_low:Q", scale=scale, title=y_title), y2="y_high:Q",
        strokeDash=alt.StrokeDash("extent:N", title="Extent of the figure",
                                  scale=alt.Scale(domain=EXTENT_ORDER, range=DASHES)))
    points = base.mark_point(filled=True, size=50).encode(
        y=alt.Y("y:Q", scale=scale, title=y_title),
        shape=alt.Shape("extent:N", title="Extent of the figure",
                        scale=alt.Scale(domain=EXTENT_ORDER, range=EXTENT_SHAPES)))
    data = alt.Data(values=rows, format=alt.DataFormat(parse={"published": "utc:'%Y-%m-%d'"}))
    layered = alt.layer(padding, lines, extents, points).properties(width=230, height=160)
    chart = alt.FacetChart(
        data=data, spec=layered,
        facet=alt.Facet("series:N", title=None, sort="ascending", header=alt.Header(labelLimit=260)),
        columns=3,
    ).resolve_scale(y="independent", x="independent").properties(
        title=alt.Title(title, subtitle=_subtitle(caption, version)))
    text = " ".join(caption)
    return Figure("timeline", title, text, finish(chart, "timeline", text, version), rows)


# --------------------------------------------------------------------- gap across events


def gap_rows(comparison: pa.Table) -> tuple[list[dict], int]:
    """One row per event, victim side and casualty type with both an official and an
    adversary figure; the count of rows left out because the ratio is zero or missing."""
    rows, skipped = [], 0
    for r in _rows(comparison):
        ratio = r.get("adversary_to_official")
        if ratio is None or not math.isfinite(ratio) or ratio <= 0:
            skipped += ratio is not None
            continue
        conflict = r.get("conflict") or "unknown"
        rows.append({
            "event_id": r["event_id"],
            "event": r.get("event_label") or r["event_id"],
            "conflict": conflict,
            "victim_side": victim(r),
            "casualty_type": r["casualty_type"],
            "official": r.get("official_latest"),
            "adversary": r.get("adversary_max"),
            "ratio": float(ratio),
            "jitter": _jitter(r["event_id"], victim(r), r["casualty_type"]),
        })
    rows.sort(key=lambda r: (r["conflict"], r["event_id"], r["victim_side"], r["casualty_type"]))
    return rows, skipped


def gap_chart(comparison: pa.Table, version: str) -> Figure:
    rows, skipped = gap_rows(comparison)
    title = "The enemy's figure relative to the victim side's own, by conflict"
    caption = [
        "Each point is one event, victim side and casualty type: the adversary's highest figure",
        "divided by the victim side's own latest figure. 1 means they agree; 10 means ten times as many.",
        "The black tick is the median of the conflict.",
    ]
    if skipped:
        caption.append(f"{skipped} comparisons with an adversary figure of zero are left out.")
    ratios = [r["ratio"] for r in rows] or [1.0]
    domain = [min(min(ratios), 1.0) / 1.5, max(max(ratios), 1.0) * 1.5]
    x = alt.X("ratio:Q", title="Adversary figure ÷ official figure (ratio, log scale)",
              scale=alt.Scale(type="log", domain=domain, nice=False))
    y = alt.Y("conflict:N", title="Conflict", sort="ascending", axis=alt.Axis(labelLimit=240))
    base = alt.Chart(alt.Data(values=rows))
    points = base.mark_circle(size=60, opacity=0.75, color="#c0392b").encode(
        x=x, y=y, yOffset=alt.YOffset("jitter:Q", scale=alt.Scale(domain=[-0.5, 0.5]), title=None),
        tooltip=[alt.Tooltip("event:N", title="Event"), alt.Tooltip("conflict:N", title="Conflict"),
                 alt.Tooltip("victim_side:N", title="Victim side"),
                 alt.Tooltip("casualty_type:N", title="Casualty type"),
                 alt.Tooltip("official:Q", title="Official (latest)", format=","),
                 alt.Tooltip("adversary:Q", title="Adversary (highest)", format=","),
                 alt.Tooltip("ratio:Q", title="Ratio", format=".3~f")],
    )
    medians = base.mark_tick(color="black", thickness=2, size=26).encode(
        x=alt.X("median(ratio):Q", scale=alt.Scale(type="log", domain=domain, nice=False)), y=y,
        tooltip=[alt.Tooltip("conflict:N", title="Conflict"),
                 alt.Tooltip("median(ratio):Q", title="Median ratio", format=".3~f"),
                 alt.Tooltip("count():Q", title="Comparisons")],
    )
    parity = alt.Chart(alt.Data(values=[{"ratio": 1.0}])).mark_rule(strokeDash=[3, 3], color="#555555").encode(
        x=alt.X("ratio:Q", scale=alt.Scale(type="log", domain=domain, nice=False)))
    chart = alt.layer(parity, points, medians).properties(
        title=alt.Title(title, subtitle=_subtitle(caption, version)), width=560, height=alt.Step(44))
    text = " ".join(caption)
    return Figure("gap", title, text, finish(chart, "gap", text, version), rows)


# ----------------------------------------------------------------------------- coverage


def coverage_rows(claims: pa.Table) -> tuple[list[dict], list[str], int]:
    """Claims per claimant, stance and month of publication; the claimants beyond the cap
    are pooled into one row so the totals still add up. Also the claimants in display order
    (most claims first, ties by name) and the number of distinct claimants."""
    rows = _rows(claims)
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["claimant"]] = totals.get(r["claimant"], 0) + 1
    ranked = sorted(sorted(totals), key=lambda c: -totals[c])
    keep = set(ranked[:MAX_COVERAGE_CLAIMANTS])
    order = ranked[:MAX_COVERAGE_CLAIMANTS]
    if len(ranked) > len(keep):
        order.append(f"other claimants ({len(ranked) - len(keep)})")
    counts: dict[tuple, int] = {}
    for r in rows:
        claimant = r["claimant"] if r["claimant"] in keep else order[-1]
        key = (claimant, r["stance"], _month(r.get("published")))
        counts[key] = counts.get(key, 0) + 1
    out = [{"claimant": c, "stance": s, "month": m, "claims": n} for (c, s, m), n in sorted(counts.items())]
    return out, order, len(totals)


def count_legend(rows: list[dict]) -> list[int]:
    """Whole numbers for the size legend: a count of 0.5 claims means nothing."""
    top = max([r["claims"] for r in rows] or [1])
    return sorted({1, max(1, top // 4), max(1, top // 2), top})


def coverage_chart(claims: pa.Table, version: str) -> Figure:
    rows, claimants, n_claimants = coverage_rows(claims)
    months = sorted({r["month"] for r in rows if r["month"] != UNDATED})
    if any(r["month"] == UNDATED for r in rows):
        months.append(UNDATED)
    title = "How much evidence there is: claims per claimant and stance over time"
    caption = [
        "Each circle counts the claim mentions of one claimant with one stance in one month of publication;",
        "claimants are ordered by their number of claims. A thin column means few sources back the figures.",
    ]
    if n_claimants > MAX_COVERAGE_CLAIMANTS:
        caption.append(f"The {MAX_COVERAGE_CLAIMANTS} claimants with the most claims of {n_claimants} are named.")
    chart = alt.Chart(alt.Data(values=rows)).mark_circle(opacity=0.85).encode(
        x=alt.X("month:O", title="Month published (UTC)", sort=months, axis=alt.Axis(labelAngle=-40)),
        xOffset=alt.XOffset("stance:N", scale=alt.Scale(domain=STANCE_ORDER)),
        y=alt.Y("claimant:N", title="Claimant", sort=claimants,
                axis=alt.Axis(labelLimit=220)),
        size=alt.Size("claims:Q", title="Claims (count)", scale=alt.Scale(range=[30, 500]),
                      legend=alt.Legend(values=count_legend(rows), format="d")),
        color=_stance_color(),
        tooltip=[alt.Tooltip("claimant:N", title="Claimant"), alt.Tooltip("stance:N", title="Stance"),
                 alt.Tooltip("month:N", title="Month"), alt.Tooltip("claims:Q", title="Claims")],
    ).properties(title=alt.Title(title, subtitle=_subtitle(caption, version)),
                 width=alt.Step(7), height=alt.Step(20))
    text = " ".join(caption)
    return Figure("coverage", title, text, finish(chart, "coverage", text, version), rows)


def all_figures(claims: pa.Table, timeline: pa.Table, comparison: pa.Table, version: str) -> list[Figure]:
    """Every published figure, in the order the report shows them."""
    return [
        comparison_chart(timeline, version),
        timeline_chart(timeline, version),
        gap_chart(comparison, version),
        coverage_chart(claims, version),
    ]
