"""figures: the pipeline's tables -> Vega-Lite JSON, SVG and PNG figures and the HTML page.

The page is written here, by the same job, because it embeds the very specs just drawn
(one place decides what the figures are) and needs no input the figures do not.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from casualty_claims import schema
from casualty_claims.figures import all_figures
from casualty_claims.io import read_parquet, write_text_atomic
from casualty_claims.render import javascript_bundle, write_figure
from casualty_claims.report import build_page

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("figures", help="draw the figures and write the offline HTML report")
    p.add_argument("--claims", required=True, type=Path)
    p.add_argument("--documents", required=True, type=Path)
    p.add_argument("--events", required=True, type=Path)
    p.add_argument("--comparison", required=True, type=Path)
    p.add_argument("--timeline", required=True, type=Path)
    p.add_argument("--version-file", required=True, type=Path)
    p.add_argument("--out-dir", required=True, type=Path, help="folder of the figure files")
    p.add_argument("--report", type=Path, default=None, help="write the self-contained HTML page here")
    return p


def run(args) -> int:
    record = json.loads(args.version_file.read_text(encoding="utf-8"))
    claims = read_parquet(args.claims)
    figures = all_figures(claims, read_parquet(args.timeline), read_parquet(args.comparison), record["version"])
    for figure in figures:
        written = write_figure(figure.spec, args.out_dir / figure.name)
        log.info("wrote %s", ", ".join(p.name for p in written))
    if args.report is not None:
        documents = read_parquet(args.documents, schema.DOCUMENTS).to_pylist()
        events = read_parquet(args.events).to_pylist()
        page = build_page(figures, claims.to_pylist(), documents, events, record,
                          javascript_bundle(figures[0].spec))
        write_text_atomic(args.report, page)
        log.info("wrote %s (%d bytes)", args.report.name, len(page.encode()))
    return 0
