"""The package CLI: verbs dispatch to their modules; bad gazetteers are named."""

from __future__ import annotations

from casualty_claims.cli import main
from conftest import REPO


def test_check_gazetteer_accepts_the_shipped_file(capsys):
    assert main(["check-gazetteer", str(REPO / "data" / "gazetteer.yaml")]) == 0
    assert "valid" in capsys.readouterr().out


def test_check_gazetteer_names_the_file_and_the_problem(tmp_path, capsys):
    bad = tmp_path / "gaz.yaml"
    bad.write_text("version: 1\nsides: {a: {name: A}}\nconflicts: {x: {label: X, sides: [[a], [zz]]}}\n")
    assert main(["check-gazetteer", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "zz" in err


def test_evaluate_verb_takes_the_evaluator_options(capsys):
    assert main(["evaluate", "--docs", str(REPO / "data" / "sample"), "--gold",
                 str(REPO / "data" / "sample-gold.csv"), "--no-seed", "--json"]) == 0
    assert '"precision"' in capsys.readouterr().out
