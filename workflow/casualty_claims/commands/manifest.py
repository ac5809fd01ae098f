"""manifest: list every published artifact with its size and sha256, and archive the version."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from casualty_claims.io import write_text_atomic
from casualty_claims.manifest import archive, build_manifest, manifest_text

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("manifest", help="write manifest.json for a result set and archive its version")
    p.add_argument("--root", required=True, type=Path, help="the results folder; paths are relative to it")
    p.add_argument("--version-file", required=True, type=Path)
    p.add_argument("--output", required=True, type=Path)
    p.add_argument("--archive-dir", type=Path, default=None,
                   help="copy the artifacts and manifest into ARCHIVE_DIR/<version>/")
    p.add_argument("--archive-record", type=Path, default=None,
                   help="write which version was archived, and where (relative to the root), here")
    p.add_argument("artifacts", nargs="+", type=Path)
    return p


def run(args) -> int:
    record = json.loads(args.version_file.read_text(encoding="utf-8"))
    manifest = build_manifest(args.artifacts, args.root, record)
    write_text_atomic(args.output, manifest_text(manifest))
    if args.archive_dir is not None:
        target = archive(manifest, args.root, args.archive_dir)
        log.info("archived %d artifacts in %s", len(manifest["artifacts"]), target)
        if args.archive_record is not None:
            pointer = {"version": manifest["version"],
                       "path": target.resolve().relative_to(args.root.resolve()).as_posix(),
                       "artifacts": len(manifest["artifacts"])}
            write_text_atomic(args.archive_record, json.dumps(pointer, sort_keys=True, indent=2) + "\n")
    return 0
