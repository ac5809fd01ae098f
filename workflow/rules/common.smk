# Paths and params shared by the stage rules. Logic lives in the casualty_claims package.
import os
import shlex
import sys
from pathlib import Path

from snakemake.settings.types import DeploymentMethod

PACKAGE_ROOT = Path(workflow.basedir) / "workflow"
sys.path.insert(0, str(PACKAGE_ROOT))

from casualty_claims.versioning import canonical_json, package_digest, tree_digest

# Rules shell into the package CLI with the package on PYTHONPATH, so it runs under the
# python that runs Snakemake (the .venv's) or, with --sdm conda, under the env's python.
USES_CONDA = DeploymentMethod.CONDA in workflow.deployment_settings.deployment_method
PYTHON = "python" if USES_CONDA else shlex.quote(sys.executable)
CLI = f"PYTHONPATH={shlex.quote(str(PACKAGE_ROOT))} {PYTHON} -m casualty_claims"
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


# Published tables: aggregate writes each as Parquet and CSV.
TABLE_NAMES = ["comparison", "timeline", "claimants", "mentions", "overrides"]
TABLES = expand(result("tables", "{name}.{ext}"), name=TABLE_NAMES, ext=["parquet", "csv"])
TABLE_OF_PATH = [name for name in TABLE_NAMES for ext in ("parquet", "csv")]
FIGURE_NAMES = ["comparison", "timeline", "gap", "coverage"]
FIGURE_FORMATS = {"vl.json": "Vega-Lite JSON", "svg": "SVG", "png": "PNG"}
FIGURES = expand(result("figures", "{name}.{ext}"), name=FIGURE_NAMES, ext=list(FIGURE_FORMATS))
REPORT_PAGE = result("report.html")
# Snakemake only tracks fixed paths: the archive of this run's version is reached through this record.
ARCHIVE_RECORD = result("versions", "latest.json")
