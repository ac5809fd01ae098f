"""manifest: list every published artifact with its size and sha256."""

from __future__ import annotations

import json
from pathlib import Path

from casualty_claims.io import write_text_atomic
from casualty_claims.manifest import build_manifest


def register_parser(sub):
    p = sub.add_parser("manifest", help="write manifest.json for a result set")
    p.add_argument("--root", required=True, type=Path, help="the results folder; paths are relative to it")
    p.add_argument("--version-file", required=True, type=Path)
    p.add_argument("--output", required=True, type=Path)
    p.add_argument("artifacts", nargs="+", type=Path)
    return p


def run(args) -> int:
    record = json.loads(args.version_file.read_text(encoding="utf-8"))
    manifest = build_manifest(args.artifacts, args.root, record)
    write_text_atomic(args.output, json.dumps(manifest, sort_keys=True, indent=2) + "\n")
    return 0
