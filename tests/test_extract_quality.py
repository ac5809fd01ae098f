"""Quality floors of issue 3 on the evaluation corpus and the seed.

These hold the extractor to the issue's targets: detection precision >= 0.95 and
recall >= 0.92, stance and victim-side accuracy >= 0.92 on tests/eval; on the seed
all claims found with the right attributes and no trap hit.
"""

from pathlib import Path

import pytest

from casualty_claims.evaluate import evaluate_corpus
from casualty_claims.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "eval"
SHARED = REPO / ".." / "shared"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(REPO / "data" / "gazetteer.yaml")


@pytest.fixture(scope="module")
def eval_report(gaz):
    golds = sorted((EVAL / "gold").glob("*.csv"))
    if not golds or not any((EVAL / "docs").iterdir()):
        pytest.skip("evaluation corpus not present")
    return evaluate_corpus(EVAL / "docs", golds, gaz, name="tests/eval")


def test_detection_floors(eval_report):
    assert eval_report.precision >= 0.95, eval_report.summary()
    assert eval_report.recall >= 0.92, eval_report.summary()


def test_attribute_floors(eval_report):
    assert eval_report.accuracy("stance") >= 0.92, eval_report.summary()
    assert eval_report.accuracy("victim_side") >= 0.92, eval_report.summary()


def test_seed(gaz):
    seeds = SHARED / "seeds"
    gold = SHARED / "docs" / "seed-gold.csv"
    if not seeds.is_dir() or not gold.is_file():
        pytest.skip("seed not present")
    report = evaluate_corpus(seeds, [gold], gaz, name="seed")
    assert report.tp == report.n_gold == 6, report.summary()
    assert report.n_pred == 6, report.false_positives
    assert report.traps_hit == 0, report.trap_hits
    for attr in ("victim_side", "claimant_side", "stance", "qualifier"):
        assert report.accuracy(attr) == 1.0, report.mismatches
