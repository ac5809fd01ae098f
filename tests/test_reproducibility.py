"""Same inputs -> same version and the same bytes, whatever the time zone, locale, core count
or output folder; a changed input -> a new version beside the old one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casualty_claims.manifest import ArchiveConflict, archive
from test_figures import CLAIMS, _claim, write_synthetic

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
# Two deliberately different machines. LC_ALL must name a locale that exists everywhere.
MACHINES = [
    {"TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
    {"TZ": "America/Los_Angeles", "LC_ALL": "C", "LANG": "C", "PYTHONHASHSEED": "12345"},
]


def env_for(machine: dict) -> dict:
    env = dict(os.environ)
    env.update(machine)
    env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), env.get("PATH", "")))
    return env


def cli(machine: dict, cwd: Path, *args: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "casualty_claims", *args], cwd=cwd, env=env_for(machine),
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]


def publish_stage(results: Path, machine: dict, cwd: Path) -> dict:
    """The version, figures, report and manifest steps, as the rules run them, relative paths."""
    cwd.mkdir(parents=True, exist_ok=True)
    r = os.path.relpath(results, cwd)
    cli(machine, cwd, "version", "--documents", f"{r}/documents.parquet", "--config-json", '{"shards": 4}',
        "--output", f"{r}/version.json")
    cli(machine, cwd, "figures", "--claims", f"{r}/claims.parquet", "--documents", f"{r}/documents.parquet",
        "--events", f"{r}/events.parquet", "--comparison", f"{r}/tables/comparison.parquet",
        "--timeline", f"{r}/tables/timeline.parquet", "--version-file", f"{r}/version.json",
        "--out-dir", f"{r}/figures", "--report", f"{r}/report.html")
    artifacts = sorted(p for p in results.resolve().rglob("*")
                       if p.is_file() and p.name != "manifest.json"
                       and "versions" not in p.relative_to(results.resolve()).parts)
    cli(machine, cwd, "manifest", "--root", r, "--version-file", f"{r}/version.json", "--output",
        f"{r}/manifest.json", "--archive-dir", f"{r}/versions", "--archive-record", f"{r}/versions/latest.json",
        *[os.path.relpath(a, cwd) for a in artifacts])
    return json.loads((results / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("repro")
    first = write_synthetic(base / "one" / "results")
    second = write_synthetic(base / "two" / "deeper" / "out")
    return (first, publish_stage(first, MACHINES[0], base / "one")), \
           (second, publish_stage(second, MACHINES[1], base / "elsewhere"))


def test_same_inputs_same_version_and_bytes(two_runs):
    (first, m1), (second, m2) = two_runs
    assert m1 == m2
    assert (first / "manifest.json").read_bytes() == (second / "manifest.json").read_bytes()
    paths = {a["path"] for a in m1["artifacts"]}
    for name in ("comparison", "timeline", "gap", "coverage"):
        assert {f"figures/{name}.vl.json", f"figures/{name}.svg", f"figures/{name}.png"} <= paths
    assert "report.html" in paths and "version.json" in paths


def test_nothing_published_names_a_path_or_a_time(two_runs):
    (first, manifest), (second, _) = two_runs
    for entry in manifest["artifacts"]:
        data = (first / entry["path"]).read_bytes()
        for folder in (first, second, first.parent, REPO):
            assert str(folder).encode() not in data, (entry["path"], folder)
    text = json.dumps(manifest)
    assert "/tmp" not in text and "time" not in json.dumps(sorted(manifest))


def test_each_version_is_archived_with_its_manifest(two_runs):
    (first, manifest), _ = two_runs
    folder = first / "versions" / manifest["version"]
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8")) == manifest
    for entry in manifest["artifacts"]:
        assert (folder / entry["path"]).read_bytes() == (first / entry["path"]).read_bytes()
    pointer = json.loads((first / "versions" / "latest.json").read_text(encoding="utf-8"))
    assert pointer == {"version": manifest["version"], "path": f"versions/{manifest['version']}",
                       "artifacts": len(manifest["artifacts"])}


def test_a_changed_input_is_a_new_version_beside_the_old(tmp_path):
    results = write_synthetic(tmp_path / "results")
    old = publish_stage(results, MACHINES[0], tmp_path)
    more = CLAIMS + [_claim(13, "independent", "russia", 80, claimant="monitor", claimant_side="third_party")]
    more[-1]["doc_id"], more[-1]["source_path"] = "d9", "dir/d9.txt"
    write_synthetic(results, more)
    # A new document: the documents table changes, so must the version.
    import pyarrow.parquet as pq
    from casualty_claims import schema
    from casualty_claims.io import to_table, write_parquet
    docs = pq.read_table(results / "documents.parquet").to_pylist()
    docs.append({**docs[0], "doc_id": "d9", "source_path": "dir/d9.txt"})
    write_parquet(to_table(schema.DOCUMENTS, docs), results / "documents.parquet")
    new = publish_stage(results, MACHINES[0], tmp_path)
    assert new["version"] != old["version"]
    assert (results / "versions" / old["version"] / "manifest.json").is_file()
    assert (results / "versions" / new["version"] / "manifest.json").is_file()


def test_archive_refuses_other_bytes_under_the_same_version(two_runs):
    (first, manifest), _ = two_runs
    folder = first / "versions" / manifest["version"]
    victim = folder / "figures" / "gap.svg"
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + b"<!-- changed -->")
        with pytest.raises(ArchiveConflict):
            archive(manifest, first, first / "versions")
    finally:
        victim.write_bytes(original)
    assert archive(manifest, first, first / "versions") == folder  # same bytes: a no-op


def run_pipeline(results: Path, machine: dict, cores: int) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "snakemake", "--cores", str(cores), "--quiet", "rules",
           "--config", f"raw_dir={SAMPLE}", f"results_dir={results}"]
    return subprocess.run(cmd, cwd=REPO, env=env_for(machine), capture_output=True, text=True, timeout=3600)


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="data/sample is not present")
def test_pipeline_on_the_sample_corpus_is_reproducible(tmp_path):
    """The acceptance test of issue 5: two full runs of the sample corpus, different time
    zone, locale, core count and output folder, give the same manifest to the byte."""
    one = tmp_path / "a" / "results"
    two = tmp_path / "b" / "elsewhere" / "out"
    for results, machine, cores in ((one, MACHINES[0], 2), (two, MACHINES[1], 1)):
        proc = run_pipeline(results, machine, cores)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    first = (one / "manifest.json").read_bytes()
    assert first == (two / "manifest.json").read_bytes()
    manifest = json.loads(first)
    assert (one / "versions" / manifest["version"] / "manifest.json").read_bytes() == first
    for name in ("comparison", "timeline", "gap", "coverage"):
        spec = json.loads((one / "figures" / f"{name}.vl.json").read_text(encoding="utf-8"))
        datasets = [spec.get("data")] + [layer.get("data") for layer in spec.get("layer", [])]
        assert any(d and d.get("values") for d in datasets), f"{name} has no data on the sample corpus"
