"""manifest.json: every published artifact with its size and sha256."""

from __future__ import annotations

import os
from pathlib import Path

from casualty_claims.versioning import sha256_file


def artifact_entry(path: Path, root: Path) -> dict:
    return {
        "path": path.resolve().relative_to(root.resolve()).as_posix(),
        "bytes": os.path.getsize(path),
        "sha256": sha256_file(path),
    }


def build_manifest(artifacts: list[Path], root: Path, version_record: dict) -> dict:
    entries = sorted((artifact_entry(Path(p), root) for p in artifacts), key=lambda e: e["path"])
    return {
        "format": "casualty-claims-manifest/1",
        "version": version_record["version"],
        "inputs": version_record["inputs"],
        "package_version": version_record["package_version"],
        "dependencies": version_record["dependencies"],
        "artifacts": entries,
    }
