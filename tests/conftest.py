from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casualty_claims.extract import extract_claims
from casualty_claims.gazetteer import load_gazetteer
from casualty_claims.schema import EXTRACTED_CLAIMS

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = SHARED / "seeds"
SEED_GOLD = SHARED / "docs" / "seed-gold.csv"


def run_snakemake(raw_dir: Path, results_dir: Path, *extra: str, cores: int = 2) -> subprocess.CompletedProcess:
    """Run the real workflow on raw_dir, from the repository, as a user would."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), env.get("PATH", "")))
    cmd = [
        sys.executable, "-m", "snakemake", "--cores", str(cores), "--quiet", "rules",
        "--config", f"raw_dir={raw_dir}", f"results_dir={results_dir}", *extra,
    ]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def gaz():
    """The shipped gazetteer, loaded once for the whole run."""
    return load_gazetteer(REPO / "data" / "gazetteer.yaml")


def extract(gaz, body: str, title: str = "Test report", doc_id: str = "t1",
            published: dt.date = dt.date(2024, 3, 1)) -> list[dict]:
    """Claims of one document written in a test, each checked against the contract:
    the schema's columns, an evidence slice that starts on the figure, a stable claim_id."""
    text = f"{title}\n\n{body}"
    doc = {"doc_id": doc_id, "source_path": f"{doc_id}.txt", "title": title, "text": text,
           "published": published}
    rows = extract_claims(doc, gaz)
    for r in rows:
        assert list(r) == EXTRACTED_CLAIMS.names
        evidence = text[r["char_start"]:r["char_end"]]
        assert evidence and evidence[0].isalnum(), evidence
        key = f"{doc_id}:{r['char_start']}:{r['char_end']}:{r['casualty_type']}"
        assert r["claim_id"] == hashlib.sha256(key.encode()).hexdigest()[:16]
    return rows
