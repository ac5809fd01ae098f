"""Vega-Lite dict -> byte-stable JSON, SVG and PNG files."""

from __future__ import annotations

import json
from pathlib import Path

import vl_convert as vlc

from casualty_claims.io import write_bytes_atomic, write_text_atomic

PNG_SCALE = 2


def spec_json(spec: dict) -> str:
    return json.dumps(spec, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_figure(spec: dict, stem: Path) -> list[Path]:
    """Write <stem>.vl.json, <stem>.svg and <stem>.png; return the paths written."""
    paths = [stem.with_suffix(".vl.json"), stem.with_suffix(".svg"), stem.with_suffix(".png")]
    write_text_atomic(paths[0], spec_json(spec))
    write_text_atomic(paths[1], vlc.vegalite_to_svg(spec))
    write_bytes_atomic(paths[2], vlc.vegalite_to_png(spec, scale=PNG_SCALE))
    return paths
