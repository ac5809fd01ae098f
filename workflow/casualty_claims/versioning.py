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
# Files inside the package that shape the output: code, SQL, data and templates (the report's
# HTML/CSS/JS template changes the published page, so it must change the digest too).
SOURCE_SUFFIXES = {".py", ".sql", ".json", ".yaml", ".html", ".css", ".js"}


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
        if path.suffix in SOURCE_SUFFIXES and "__pycache__" not in path.parts:
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


def documents_digest(documents: list[dict]) -> str:
    """Hash of what the documents table says about each document: its text (through doc_id,
    the hash of the text) and the metadata that reaches published tables. Row order and the
    folder the corpus was read from do not matter."""
    fields = ("doc_id", "source_path", "title", "author", "published")
    lines = sorted(canonical_json([d.get(f) for f in fields]) for d in documents)
    return sha256_bytes("\n".join(lines).encode())


def results_version(documents: list[dict], config: dict, files: dict[str, str | None] | None = None,
                    dependencies: dict[str, str] | None = None) -> dict:
    """The version record of a result set. Paths are not part of it: the same corpus run
    into another output folder is the same version.

    files maps a named input file (gazetteer, overrides) to its sha256, or None when absent.
    The dependency versions are hashed in as well: a new Altair or vl-convert can change the
    bytes of a figure, and a version must name exactly one set of bytes.
    """
    dependencies = dependency_versions() if dependencies is None else dependencies
    inputs = {
        "documents": documents_digest(documents),
        "config": sha256_bytes(canonical_json(config).encode()),
        "overrides": "",
        "package": f"{casualty_claims.__version__}+{package_digest()}",
        "dependencies": sha256_bytes(canonical_json(dependencies).encode()),
    }
    for name, digest in sorted((files or {}).items()):
        inputs[name] = digest or ""
    version = "v" + sha256_bytes(canonical_json(inputs).encode())[:12]
    return {"version": version, "inputs": inputs, "package_version": casualty_claims.__version__,
            "dependencies": dependencies}


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
