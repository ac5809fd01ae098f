from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
