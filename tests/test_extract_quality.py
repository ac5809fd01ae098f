"""Quality floors on the evaluation corpus and the seed.

Two sets of floors on tests/eval:
- REGRESSION: what the extractor reaches today (measured, then rounded down to the
  second decimal), asserted so that any regression fails CI;
- TARGET: issue 3's targets (precision >= 0.95, recall >= 0.92, stance and victim-side
  accuracy >= 0.92), all reached on the development parts A-F and asserted as such.
Parts C-F were each first scored held out, then tuned on. Part G is the test set: scored
on the finished extractor and never tuned on, so its figures are the honest estimate for
unseen text; it has regression floors of its own (HELD_OUT_FLOOR) and is kept out of the
development figures so that nobody tunes against it.
On the seed: all claims found with the right attributes and no trap hit.
"""

from pathlib import Path

import pytest

from casualty_claims.evaluate import evaluate_corpus

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "eval"
SHARED = REPO / ".." / "shared"


# Named, not globbed: a part being written must not join the floors before it is scored.
DEVELOPMENT = tuple(f"part-{p}.csv" for p in "abcdef")
HELD_OUT = "part-g.csv"


@pytest.fixture(scope="module")
def eval_report(gaz):
    golds = [EVAL / "gold" / name for name in DEVELOPMENT]
    return evaluate_corpus(EVAL / "docs", golds, gaz, name="tests/eval A-F")


@pytest.fixture(scope="module")
def held_out_report(gaz):
    return evaluate_corpus(EVAL / "docs", [EVAL / "gold" / HELD_OUT], gaz, name="tests/eval G (held out)")


def measure(report, name: str) -> float:
    return report.precision if name == "precision" else report.recall if name == "recall" else report.accuracy(name)


REGRESSION = {"precision": 0.99, "recall": 0.98, "stance": 0.92, "victim_side": 0.95}
# Trap rows (numbers that look like claims but are not) hit today, across every part.
TRAP_HITS_CEILING = 0
TARGET = {"precision": 0.95, "recall": 0.92, "stance": 0.92, "victim_side": 0.92}


@pytest.mark.parametrize("name", sorted(REGRESSION))
def test_regression_floor(eval_report, name):
    assert measure(eval_report, name) >= REGRESSION[name], eval_report.summary()


def test_trap_hits_do_not_grow(eval_report):
    assert eval_report.traps_hit <= TRAP_HITS_CEILING, eval_report.trap_hits


# Part G (136 claims, 114 trap rows) first scored: precision 0.891, recall 0.779, victim
# side 0.887, stance 0.708, 3 trap rows hit; after round 8: 0.897, 0.772, 0.886, 0.714, 2 hit.
# Ten of its 'about N' rows then had value_high empty, against design.md; corrected, G scores
# 0.966, 0.831, 0.885, 0.699, 1 hit (stance falls: the newly matched rows carry claimants).
# Floors: today's figures rounded down.
HELD_OUT_FLOOR = {"precision": 0.96, "recall": 0.83, "stance": 0.69, "victim_side": 0.88}
HELD_OUT_TRAP_HITS_CEILING = 1


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOOR))
def test_held_out_floor(held_out_report, name):
    assert measure(held_out_report, name) >= HELD_OUT_FLOOR[name], held_out_report.summary()


def test_held_out_trap_hits_do_not_grow(held_out_report):
    assert held_out_report.traps_hit <= HELD_OUT_TRAP_HITS_CEILING, held_out_report.summary()


@pytest.mark.parametrize("name", sorted(TARGET))
def test_issue_target(eval_report, name):
    assert measure(eval_report, name) >= TARGET[name], eval_report.summary()


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


@pytest.mark.parametrize("name", DEVELOPMENT + (HELD_OUT,))
def test_gold_files_follow_the_conventions(gaz, name):
    from casualty_claims.evaluate import check_gold

    assert check_gold(EVAL / "docs", [EVAL / "gold" / name], gaz) == []


def test_sample_gold_follows_the_conventions(gaz):
    from casualty_claims.evaluate import check_gold

    assert check_gold(REPO / "data" / "sample", [REPO / "data" / "sample-gold.csv"], gaz) == []
