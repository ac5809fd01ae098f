"""manifest.json, and the archive of every version under versions/<version>/.

The manifest lists every published artifact with its size and sha256, the hashes of the
inputs and the versions of the package and its dependencies. Paths are relative to the
results folder and nothing in it records when or where it was made, so two runs of the
same inputs write the same manifest to the byte.

Snakemake needs fixed output paths, so a run writes results/figures/..., results/tables/...
and then copies the published set into results/versions/<version>/, which Snakemake does not
track and so never deletes: a changed input gives a new version beside the old ones.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from casualty_claims.io import atomic_path, write_text_atomic
from casualty_claims.versioning import sha256_file

FORMAT = "casualty-claims-manifest/1"
MANIFEST_NAME = "manifest.json"


class ArchiveConflict(RuntimeError):
    """A version already archived with other bytes: the run was not reproducible."""


def relative_path(path: Path, root: Path) -> str:
    return path.resolve().relative_to(root.resolve()).as_posix()


def artifact_entry(path: Path, root: Path) -> dict:
    return {
        "path": relative_path(path, root),
        "bytes": os.path.getsize(path),
        "sha256": sha256_file(path),
    }


def build_manifest(artifacts: list[Path], root: Path, version_record: dict) -> dict:
    entries = sorted((artifact_entry(Path(p), root) for p in artifacts), key=lambda e: e["path"])
    return {
        "format": FORMAT,
        "version": version_record["version"],
        "inputs": version_record["inputs"],
        "package_version": version_record["package_version"],
        "dependencies": version_record["dependencies"],
        "artifacts": entries,
    }


def manifest_text(manifest: dict) -> str:
    return json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def archive(manifest: dict, root: Path, versions_dir: Path) -> Path:
    """Copy every artifact of the manifest, then the manifest, into versions_dir/<version>/.

    Files already there with the same sha256 are left alone, so rerunning a version is
    cheap and never rewrites it. A file there with different bytes means the same inputs
    gave different output: that is refused, because a version must name one set of bytes.
    The manifest is written last, so a version folder with a manifest is complete.
    """
    target = versions_dir / manifest["version"]
    for entry in manifest["artifacts"]:
        source = root / entry["path"]
        if sha256_file(source) != entry["sha256"]:
            raise ArchiveConflict(f"{entry['path']} changed after the manifest was written")
        _place(source, target / entry["path"], entry["sha256"])
    text = manifest_text(manifest)
    existing = target / MANIFEST_NAME
    if existing.is_file() and existing.read_text(encoding="utf-8") != text:
        raise ArchiveConflict(f"{existing} exists with different content")
    write_text_atomic(existing, text)
    return target


def _place(source: Path, destination: Path, sha256: str) -> None:
    if destination.is_file():
        if sha256_file(destination) == sha256:
            return
        raise ArchiveConflict(
            f"{destination} already holds other bytes for this version; the same inputs gave a "
            "different result (a nondeterministic step?). Remove that version folder to re-archive.")
    # A copy, not a hard link: a later run replacing the fixed-path file must not touch the archive.
    with atomic_path(destination) as tmp:
        shutil.copyfile(source, tmp)
