# Paths and params shared by the stage rules. Logic lives in the casualty_claims package.
import json
import os
import sys
from pathlib import Path

PACKAGE_ROOT = Path(workflow.basedir) / "workflow"
# Rules shell into the package's CLI; this makes it importable whichever python runs it
# (the .venv's, or a conda env built from envs/environment.yaml).
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH", "")) if p
)
os.environ["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), os.environ.get("PATH", "")))
sys.path.insert(0, str(PACKAGE_ROOT))

from casualty_claims.versioning import canonical_json, package_digest, tree_digest

CLI = "python -m casualty_claims"
CODE = package_digest()
RAW_DIR = config["raw_dir"]
RESULTS = config["results_dir"]
SHARDS = [f"{i:04d}" for i in range(config["shards"])]
# What the version of a result set depends on: the run's settings, not where it reads or writes.
VERSION_CONFIG = canonical_json({k: v for k, v in config.items() if k not in ("raw_dir", "results_dir")})


def result(*parts):
    return os.path.join(RESULTS, *parts)


def work(*parts):
    return os.path.join(RESULTS, "work", *parts)


TABLE_NAMES = ["comparison", "timeline", "claimants"]
TABLES = expand(result("tables", "{name}.{ext}"), name=TABLE_NAMES, ext=["parquet", "csv"])
FIGURES = expand(result("figures", "comparison.{ext}"), ext=["vl.json", "svg", "png"])
