"""Vega-Lite dict -> byte-stable JSON, SVG and PNG files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import vl_convert as vlc

from casualty_claims.io import write_bytes_atomic, write_text_atomic

PNG_SCALE = 2
SUFFIXES = (".vl.json", ".svg", ".png")


def spec_json(spec: dict) -> str:
    return json.dumps(spec, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def vl_version(spec: dict) -> str | None:
    """The Vega-Lite version the spec was written for ('6.4' for .../v6.4.1.json), when
    vl-convert carries it; else None (vl-convert's newest). Pinning it keeps images and the
    report's JavaScript on the same Vega-Lite as the JSON says."""
    match = re.search(r"/v(\d+)\.(\d+)", spec.get("$schema", ""))
    if not match:
        return None
    wanted = f"{match.group(1)}.{match.group(2)}"
    return wanted if wanted in vlc.get_vegalite_versions() else None


def figure_paths(stem: Path) -> list[Path]:
    return [stem.parent / (stem.name + suffix) for suffix in SUFFIXES]


def write_figure(spec: dict, stem: Path) -> list[Path]:
    """Write <stem>.vl.json, <stem>.svg and <stem>.png; return the paths written."""
    paths = figure_paths(stem)
    version = vl_version(spec)
    write_text_atomic(paths[0], spec_json(spec))
    write_text_atomic(paths[1], vlc.vegalite_to_svg(spec, vl_version=version))
    write_bytes_atomic(paths[2], vlc.vegalite_to_png(spec, vl_version=version, scale=PNG_SCALE))
    return paths


def javascript_bundle(spec: dict) -> str:
    """Vega, Vega-Lite and vega-embed as one inline script (no network), for the spec's version."""
    return vlc.javascript_bundle(vl_version=vl_version(spec))
