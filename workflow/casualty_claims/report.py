"""The self-contained HTML page of a result set: every figure, interactive, with the claims
behind it and, for each claim, its sentence and document.

Pure: tables and specs in, one HTML string out; the JavaScript bundle is passed in.
Safety: everything that comes from documents (titles, sentences, claimant names, event
labels) is untrusted. HTML text goes through html.escape; JSON inside <script> goes
through script_json, which escapes '<', '>' and '&' so '</script>' cannot end the block.
The page declares a Content-Security-Policy that forbids every network request, so it
provably works offline and a hostile document cannot make it phone home.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from importlib import resources
from string import Template

from casualty_claims.figures import Figure, value_text

# Columns of a figure's inline data that only place marks; the data table hides them.
LAYOUT_COLUMNS = {"x", "x_start", "x_end", "y", "y_low", "y_high", "jitter", "pad", "row", "series", "date", "order"}
CLAIM_COLUMNS = ["event", "victim_side", "casualty_type", "figure", "claimant", "stance", "published",
                 "sentence", "document"]
CLAIM_HEADERS = {"victim_side": "victim side", "casualty_type": "casualty type"}


def template_text() -> str:
    return resources.files("casualty_claims").joinpath("templates", "report.html").read_text(encoding="utf-8")


def esc(value) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def script_json(value) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' can
    appear literally, so neither '</script>' nor '<!--' in a document can break out."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def script_js(code: str) -> str:
    """A JavaScript bundle made safe to inline: '</script' may only occur inside strings,
    where '<\\/script' means the same."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def anchor(kind: str, key: str) -> str:
    """An element id from untrusted text: always [a-z0-9-], stable, and unique per key."""
    return f"{kind}-{hashlib.sha256(str(key).encode()).hexdigest()[:16]}"


def highlight(sentence: str, evidence: str | None) -> str:
    """The sentence, escaped, with the claim's evidence marked where it occurs."""
    sentence = sentence or ""
    at = sentence.find(evidence) if evidence else -1
    if at < 0:
        return esc(sentence)
    end = at + len(evidence)
    return f"{esc(sentence[:at])}<mark>{esc(sentence[at:end])}</mark>{esc(sentence[end:])}"


def table_html(rows: list[dict], columns: list[str], cls: str = "data") -> str:
    head = "".join(f"<th>{esc(c.replace('_', ' '))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(r.get(c))}</td>" for c in columns) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def figure_data(figure: Figure) -> list[dict]:
    return [r for r in figure.rows if not r.get("pad")]


def figure_section(figure: Figure) -> str:
    rows = figure_data(figure)
    columns = [c for c in (rows[0] if rows else {}) if c not in LAYOUT_COLUMNS]
    links = " · ".join(
        f'<a href="figures/{esc(figure.name)}{suffix}">{label}</a>'
        for suffix, label in ((".svg", "SVG"), (".png", "PNG"), (".vl.json", "Vega-Lite JSON")))
    return (
        f'<section class="figure" id="figure-{esc(figure.name)}">\n'
        f"<h2>{esc(figure.title)}</h2>\n"
        f'<div class="chart" id="chart-{esc(figure.name)}" data-figure="{esc(figure.name)}"></div>\n'
        f'<p class="caption">{esc(figure.caption)}</p>\n'
        f'<p class="links">Static files: {links}. Click a mark to list the claims of its event.</p>\n'
        f"<details><summary>Data behind this figure ({len(rows)} rows)</summary>\n"
        f"{table_html(rows, columns)}\n</details>\n</section>"
    )


def claim_rows(claims: list[dict], documents: dict[str, dict], events: dict[str, dict]) -> list[dict]:
    out = []
    for c in claims:
        doc = documents.get(c["doc_id"], {})
        text = doc.get("text") or ""
        start, end = c.get("char_start"), c.get("char_end")
        evidence = text[start:end] if text and start is not None and end is not None else None
        event = events.get(c.get("event_id"), {})
        out.append({
            "event_id": c.get("event_id"),
            "event": event.get("label") or c.get("event_id"),
            "victim_side": c.get("victim_side"),
            "casualty_type": c.get("casualty_type"),
            "figure": value_text(c.get("value_low"), c.get("value_high"), c.get("qualifier")),
            "claimant": c.get("claimant"),
            "stance": c.get("stance"),
            "published": c["published"].isoformat() if c.get("published") else "",
            "sentence": c.get("sentence"),
            "evidence": evidence,
            "doc_id": c["doc_id"],
            "document": doc.get("title") or c.get("source_path"),
            "source_path": c.get("source_path"),
        })
    return out


def claims_section(rows: list[dict], events: dict[str, dict]) -> str:
    options = "".join(
        f'<option value="{esc(anchor("event", e))}">{esc(events[e].get("label") or e)}</option>'
        for e in sorted(events, key=lambda e: (str(events[e].get("label") or e), e)))
    head = "".join(f"<th>{esc(CLAIM_HEADERS.get(c, c))}</th>" for c in CLAIM_COLUMNS)
    body = []
    for r in rows:
        cells = []
        for c in CLAIM_COLUMNS:
            if c == "sentence":
                cells.append(f'<td class="sentence">{highlight(r["sentence"], r["evidence"])}</td>')
            elif c == "document":
                cells.append(f'<td><a href="#{anchor("doc", r["doc_id"])}">{esc(r["document"])}</a>'
                             f'<br><span class="path">{esc(r["source_path"])}</span></td>')
            else:
                cells.append(f'<td class="{esc(c)}">{esc(r[c])}</td>')
        body.append(f'<tr data-event="{esc(anchor("event", r["event_id"]))}">{"".join(cells)}</tr>')
    return (
        '<section id="claims"><h2>Claims</h2>\n'
        '<p>Every claim behind the figures, with the sentence it came from (the evidence is marked) '
        'and its document.</p>\n'
        '<p class="filter"><label>Event: <select id="event-filter"><option value="">all events</option>'
        f'{options}</select></label> <span id="claims-count"></span></p>\n'
        f'<table class="data" id="claims-table"><thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(body) + "\n</tbody></table>\n</section>"
    )


def documents_section(documents: list[dict], cited: set[str]) -> str:
    items = []
    for d in documents:
        if d["doc_id"] not in cited:
            continue
        meta = " · ".join(esc(v) for v in (d.get("source_path"), d.get("author"),
                                           d["published"].isoformat() if d.get("published") else None) if v)
        items.append(
            f'<article class="document" id="{anchor("doc", d["doc_id"])}">'
            f"<h3>{esc(d.get('title') or d.get('source_path'))}</h3><p class=\"path\">{meta}</p>"
            f"<details><summary>Text</summary><pre>{esc(d.get('text'))}</pre></details></article>")
    return ('<section id="documents"><h2>Documents</h2>\n<p>The documents the claims above come from.</p>\n'
            + "\n".join(items) + "\n</section>")


def version_section(record: dict) -> str:
    inputs = [{"input": k, "sha256": v} for k, v in sorted(record.get("inputs", {}).items())]
    deps = [{"package": k, "version": v} for k, v in sorted(record.get("dependencies", {}).items())]
    return ('<section id="version"><h2>Version</h2>\n'
            f"<p>Result set <code>{esc(record.get('version'))}</code>, casualty-claims "
            f"{esc(record.get('package_version'))}. The version is a hash of the inputs below; "
            "<a href=\"manifest.json\">manifest.json</a> lists every file with its sha256.</p>\n"
            f"{table_html(inputs, ['input', 'sha256'])}\n{table_html(deps, ['package', 'version'])}\n</section>")


def build_page(figures: list[Figure], claims: list[dict], documents: list[dict], events: list[dict],
               record: dict, javascript: str) -> str:
    """The whole page. Rows must come sorted (they do: every table is written sorted)."""
    docs = {d["doc_id"]: d for d in documents}
    event_map = {e["event_id"]: e for e in events}
    rows = claim_rows(claims, docs, event_map)
    specs = [{"name": f.name, "spec": f.spec} for f in figures]
    # Event ids become opaque anchors; the figures' data keep raw ids, so map them here.
    event_anchors = {e: anchor("event", e) for e in sorted(event_map)}
    summary = (f"{len(documents)} documents, {len(claims)} claims, {len(events)} events. "
               f"Result set {record.get('version')}.")
    return Template(template_text()).substitute(
        title=esc(f"Casualty claims: results {record.get('version')}"),
        summary=esc(summary),
        nav="".join(f'<a href="#figure-{esc(f.name)}">{esc(f.title)}</a>' for f in figures),
        figures="\n".join(figure_section(f) for f in figures),
        claims=claims_section(rows, event_map),
        documents=documents_section(documents, {r["doc_id"] for r in rows}),
        version=version_section(record),
        specs_json=script_json(specs),
        events_json=script_json(event_anchors),
        vega_js=script_js(javascript),
    )
