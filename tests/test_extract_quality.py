"""Quality floors on the evaluation corpus and the seed.

The corpus (tests/eval, CONVENTIONS.md) has three groups of parts:
- A-F, tuned on since the first session: regression floors at today's figures (measured,
  then rounded down to the second decimal) and issue 3's targets (precision >= 0.95, recall
  >= 0.92, stance and victim-side accuracy >= 0.92), all reached there and asserted as such
  (the targets are also asserted over the whole corpus A-P, test set included);
- G-O, each first scored held out (never studied), then opened for tuning: floors of their
  own, since these parts are harder and the targets are not reached on them (M was the test
  set of the second session, N and O of the third; P replaced them);
- P, the test set: scored on the extractor of the end of the third session and never tuned
  on, so its figures are the honest estimate for unseen text; floors guard it against
  regressions without making it a target anyone tunes to (its errors are not to be studied).
On the seed: all claims found with the right attributes and no trap hit.
"""

from pathlib import Path

import pytest

from casualty_claims.evaluate import check_gold, evaluate_corpus

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "eval"
SHARED = REPO / ".." / "shared"


def parts(letters: str) -> tuple[str, ...]:
    return tuple(f"part-{p}.csv" for p in letters)


# Named, not globbed: a part being written must not join the floors before it is scored.
TUNED = parts("abcdef")
OPENED = parts("ghijklmno")
TEST_SET = parts("p")


def report_of(gaz, names, label):
    return evaluate_corpus(EVAL / "docs", [EVAL / "gold" / n for n in names], gaz, name=f"tests/eval {label}")


@pytest.fixture(scope="module")
def tuned_report(gaz):
    return report_of(gaz, TUNED, "A-F")


@pytest.fixture(scope="module")
def opened_report(gaz):
    return report_of(gaz, OPENED, "G-O")


@pytest.fixture(scope="module")
def whole_report(gaz):
    return report_of(gaz, TUNED + OPENED + TEST_SET, "A-P (the whole corpus)")


@pytest.fixture(scope="module")
def test_set_report(gaz):
    return report_of(gaz, TEST_SET, "P (test set)")


def measure(report, name: str) -> float:
    return report.precision if name == "precision" else report.recall if name == "recall" else report.accuracy(name)


# A-F (1,174 claims, 635 trap rows) after tuning round 18: P 0.999 R 0.981 victim side 0.957
# claimant 0.955 stance 0.955, no trap hit.
REGRESSION = {"precision": 0.99, "recall": 0.98, "stance": 0.95, "victim_side": 0.95, "claimant_side": 0.95}
TRAP_HITS_CEILING = 0
TARGET = {"precision": 0.95, "recall": 0.92, "stance": 0.92, "victim_side": 0.92}

# G-O (1,575 claims, 954 trap rows) after tuning round 18: P 0.980 R 0.926 victim side 0.939
# claimant 0.916 stance 0.910, 21 trap rows hit. (When N-O were opened at the start of the fourth
# session: P 0.976 R 0.899 victim side 0.906 claimant 0.875 stance 0.868, 23 traps.)
OPENED_FLOOR = {"precision": 0.98, "recall": 0.92, "stance": 0.91, "victim_side": 0.93, "claimant_side": 0.91}
OPENED_TRAP_HITS_CEILING = 21

# P (14 documents, 156 claims, 111 trap rows), written blind at the end of the third session and
# first scored at the start of the fourth, before any tuning: P 0.970 R 0.833 victim side 0.846
# claimant 0.746 stance 0.700, 4 trap rows hit. After tuning rounds 17 and 18 (which never studied it):
# victim side 0.854 claimant 0.785 stance 0.738, the rest unchanged.
TEST_SET_FLOOR = {"precision": 0.97, "recall": 0.83, "stance": 0.73, "victim_side": 0.85, "claimant_side": 0.78}
TEST_SET_TRAP_HITS_CEILING = 4


@pytest.mark.parametrize("name", sorted(REGRESSION))
def test_regression_floor(tuned_report, name):
    assert measure(tuned_report, name) >= REGRESSION[name], tuned_report.summary()


def test_trap_hits_do_not_grow(tuned_report):
    assert tuned_report.traps_hit <= TRAP_HITS_CEILING, tuned_report.trap_hits


@pytest.mark.parametrize("name", sorted(TARGET))
def test_issue_target(tuned_report, name):
    assert measure(tuned_report, name) >= TARGET[name], tuned_report.summary()


# Issue 3's targets over the whole corpus, the test set included (2,905 claims, 1,700 trap rows),
# after tuning round 18: P 0.988 R 0.943 victim side 0.943 stance 0.921 (2,523 of 2,740 matched
# claims; the target needs 2,521, so this floor has a margin of two claims).
@pytest.mark.parametrize("name", sorted(TARGET))
def test_issue_target_on_the_whole_corpus(whole_report, name):
    assert measure(whole_report, name) >= TARGET[name], whole_report.summary()


@pytest.mark.parametrize("name", sorted(OPENED_FLOOR))
def test_opened_parts_floor(opened_report, name):
    assert measure(opened_report, name) >= OPENED_FLOOR[name], opened_report.summary()


def test_opened_parts_trap_hits_do_not_grow(opened_report):
    assert opened_report.traps_hit <= OPENED_TRAP_HITS_CEILING, opened_report.trap_hits


@pytest.mark.parametrize("name", sorted(TEST_SET_FLOOR))
def test_test_set_floor(test_set_report, name):
    assert measure(test_set_report, name) >= TEST_SET_FLOOR[name], test_set_report.summary()


def test_test_set_trap_hits_do_not_grow(test_set_report):
    assert test_set_report.traps_hit <= TEST_SET_TRAP_HITS_CEILING, test_set_report.summary()


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


@pytest.mark.parametrize("name", TUNED + OPENED + TEST_SET)
def test_gold_files_follow_the_conventions(gaz, name):
    assert check_gold(EVAL / "docs", [EVAL / "gold" / name], gaz) == []


def test_every_gold_file_is_in_a_group():
    on_disk = {p.name for p in (EVAL / "gold").glob("part-*.csv")}
    assert on_disk == set(TUNED + OPENED + TEST_SET)


def test_sample_gold_follows_the_conventions(gaz):
    assert check_gold(REPO / "data" / "sample", [REPO / "data" / "sample-gold.csv"], gaz) == []
