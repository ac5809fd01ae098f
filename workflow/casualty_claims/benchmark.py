"""Benchmark: run the whole pipeline on a synthetic corpus of N documents.

    python -m casualty_claims.benchmark --documents 2000 --cores 2

The corpus is the bundled sample repeated with a distinct title for each copy, so
every copy is its own document (deduplication cannot collapse them) and extraction
does the same work per document as on the sample. Prints wall time, documents and
claims per second, and the peak memory of the largest job.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[2]


def build_corpus(sample: Path, target: Path, n_documents: int) -> int:
    sources = sorted(p for p in sample.rglob("*") if p.is_file())
    for i in range(n_documents):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        copy = target / f"batch-{i // 1000:04d}" / f"{i:07d}-{src.name}"
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(_retitle(text, f" (copy {i})"), encoding="utf-8")
    return n_documents


def _retitle(text: str, suffix: str) -> str:
    """Add suffix to the title (the first non-empty line) in either layout, so that each
    copy is a distinct document while its body, and so its claims, stay the same."""
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    lines[first] = lines[first].rstrip() + suffix
    return "\n".join(lines)


def run(n_documents: int, cores: int, shards: int, keep: Path | None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="cc-bench-")) if keep is None else keep
    raw, out = work / "raw", work / "results"
    build_corpus(REPO / "data" / "sample", raw, n_documents)
    env = dict(os.environ, PATH=os.pathsep.join((str(Path(sys.executable).parent), os.environ["PATH"])))
    cmd = [sys.executable, "-m", "snakemake", "--cores", str(cores), "--quiet", "all",
           "--config", f"raw_dir={raw}", f"results_dir={out}", f"shards={shards}"]
    start = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, env=env, check=True)
    wall = time.perf_counter() - start
    claims = pq.read_metadata(out / "claims.parquet").num_rows
    docs = pq.read_metadata(out / "documents.parquet").num_rows
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if keep is None:
        shutil.rmtree(work)
    return {"documents": docs, "claims": claims, "wall_s": round(wall, 1),
            "documents_per_s": round(docs / wall, 1), "peak_job_rss_mb": round(peak_kb / 1024)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--keep", type=Path, default=None, help="keep the corpus and results here")
    args = parser.parse_args(argv)
    result = run(args.documents, args.cores, args.shards, args.keep)
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
