"""Altair charts built from the aggregate tables.

Every chart is returned as a Vega-Lite dict; rendering to SVG/PNG lives in render.py.
The font is fixed to Liberation Sans, which vl-convert bundles, so images do not
depend on the fonts of the machine that draws them.
"""

from __future__ import annotations

import altair as alt
import pyarrow as pa

FONT = "Liberation Sans"
STANCE_ORDER = ["official", "adversary", "independent", "unattributed"]
STANCE_COLORS = ["#1b6ca8", "#c0392b", "#7f8c8d", "#d4a017"]


def comparison_rows(comparison: pa.Table) -> list[dict]:
    """Long form of the comparison table: one row per event, side, type and stance with a figure."""
    columns = {
        "official": "official_latest",
        "adversary": "adversary_max",
        "independent": "independent_max",
    }
    rows = []
    for r in comparison.to_pylist():
        for stance, column in columns.items():
            value = r.get(column)
            if value is None:
                continue
            rows.append({
                "event": r["event_label"],
                "victim_side": r["victim_side"],
                "casualty_type": r["casualty_type"],
                "stance": stance,
                "figure": int(value),
                "ratio": r.get("adversary_to_official"),
            })
    return rows


def comparison_chart(comparison: pa.Table, version: str) -> dict:
    rows = comparison_rows(comparison)
    data = alt.Data(values=rows)
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", title="Event · victim side · casualty type", sort="ascending",
                axis=alt.Axis(labelLimit=360)),
        x=alt.X("figure:Q", title="People (log scale)", scale=alt.Scale(type="log")),
        color=alt.Color("stance:N", title="Stance of the claimant",
                        scale=alt.Scale(domain=STANCE_ORDER, range=STANCE_COLORS)),
        tooltip=["event:N", "victim_side:N", "casualty_type:N", "stance:N", "figure:Q", "ratio:Q"],
    ).transform_calculate(
        label="datum.event + ' · ' + datum.victim_side + ' · ' + datum.casualty_type"
    )
    chart = (
        base.mark_rule(color="#bbbbbb").encode(detail="label:N")
        + base.mark_point(filled=True, size=90)
    ).properties(
        title=alt.Title(
            "Official versus adversary casualty figures per event",
            subtitle=[
                "Official: the victim side's own latest figure. Adversary: the highest figure its enemy claimed.",
                f"Independent: the highest third-party figure. casualty-claims results {version}",
            ],
        ),
        width=520,
    )
    return finish(chart)


def finish(chart: alt.TopLevelMixin) -> dict:
    chart = chart.configure(font=FONT).configure_view(stroke=None)
    return chart.to_dict(validate=True)
