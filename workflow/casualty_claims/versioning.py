"""Content-derived versions: same inputs and code -> same version on any machine."""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

import casualty_claims

PACKAGE_DIR = Path(casualty_claims.__file__).parent
# The distributions whose versions can change what we publish.
DEPENDENCIES = ("altair", "duckdb", "polars", "pyarrow", "snakemake", "vl-convert-python", "vega-datasets")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def package_digest() -> str:
    """Hash of the package's own source (code and SQL), so a code change reruns the rules
    that depend on it even though Snakemake's code trigger cannot see inside the package."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".sql", ".json", ".yaml"} and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()[:16]


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def dependency_versions() -> dict[str, str]:
    out = {}
    for name in DEPENDENCIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def results_version(doc_ids: list[str], config: dict, overrides_digest: str | None) -> dict:
    """The version record of a result set. Paths are not part of it: the same corpus run
    into another output folder is the same version."""
    inputs = {
        "documents": sha256_bytes("\n".join(sorted(doc_ids)).encode()),
        "config": sha256_bytes(canonical_json(config).encode()),
        "overrides": overrides_digest or "",
        "package": f"{casualty_claims.__version__}+{package_digest()}",
    }
    version = "v" + sha256_bytes(canonical_json(inputs).encode())[:12]
    return {"version": version, "inputs": inputs, "package_version": casualty_claims.__version__,
            "dependencies": dependency_versions()}


def tree_digest(root: str | Path) -> str:
    """Hash of the names, sizes and modification times of every file under root, without
    following symlinks. Cheap (no file is read), and any edit anywhere below root changes it."""
    root = Path(root)
    h = hashlib.sha256()
    if not root.is_dir():
        return ""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            try:
                st = path.lstat()
            except OSError:
                continue
            rel = path.relative_to(root).as_posix()
            h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:16]
