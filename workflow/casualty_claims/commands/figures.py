"""figures: aggregate tables -> Vega-Lite JSON, SVG and PNG."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from casualty_claims.figures import comparison_chart
from casualty_claims.io import read_parquet
from casualty_claims.render import write_figure

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("figures", help="draw the comparison figures")
    p.add_argument("--comparison", required=True, type=Path)
    p.add_argument("--version-file", required=True, type=Path)
    p.add_argument("--out-dir", required=True, type=Path)
    return p


def run(args) -> int:
    version = json.loads(args.version_file.read_text(encoding="utf-8"))["version"]
    comparison = read_parquet(args.comparison)
    written = write_figure(comparison_chart(comparison, version), args.out_dir / "comparison")
    log.info("wrote %s", ", ".join(p.name for p in written))
    return 0
