"""The evaluator: gold loading, label mapping, matching, traps (casualty_claims.evaluate)."""

from casualty_claims.evaluate import evaluate_corpus, format_report, load_gold, locate, main, normalize_side

HEADER = "doc,claim_sentence,casualty_type,value_low,value_high,qualifier,victim_side,claimant,claimant_side,stance,event,note,victim_group\n"


def test_label_mapping(gaz):
    assert normalize_side("Russia", gaz) == "russia"
    assert normalize_side("civilians-of-Gaza", gaz) == "palestine"
    assert normalize_side("Gaza/Hamas", gaz) == "palestine"
    assert normalize_side("third-party", gaz) == "third_party"
    assert normalize_side("author", gaz) == "author"
    assert normalize_side("unknown", gaz) == "unknown"


def test_locate_folds_whitespace_and_markdown():
    text = "Title\n\nThe **minister** said 12 were\n\nkilled. Next."
    (span,) = locate(text, "The **minister** said 12 were killed.")
    assert text[span[0]:span[1]] == "The **minister** said 12 were\n\nkilled."
    assert locate(text, "The minister said 12 were killed.") == [span]


def corpus(tmp_path, gold_rows):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d01_test.txt").write_text(
        "Kyiv says 400 Russian soldiers killed\n\n"
        "Ukraine's military said 400 Russian soldiers were killed. "
        "The army fired six missiles at 3 a.m.\n", encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text(HEADER + "".join(gold_rows), encoding="utf-8")
    return docs, gold


def test_scores_match_and_trap(tmp_path, gaz):
    docs, gold = corpus(tmp_path, [
        'd01,Kyiv says 400 Russian soldiers killed,killed,400,400,exact,Russia,Kyiv,Ukraine,adversary,E (2023-01-01),,military\n',
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,400,exact,Russia,Ukraine's military,Ukraine,adversary,E (2023-01-01),,military\n",
        "d01,The army fired six missiles at 3 a.m.,,6,,,,,,,E (2023-01-01),trap: missiles,\n",
    ])
    report = evaluate_corpus(docs, [gold], gaz, name="tiny")
    assert (report.n_gold, report.tp, report.n_pred) == (2, 2, 2)
    assert report.precision == 1.0 and report.recall == 1.0
    assert report.accuracy("stance") == 1.0 and report.accuracy("victim_side") == 1.0
    assert (report.traps_total, report.traps_hit) == (1, 0)
    text = format_report(report)
    assert "precision  1.000" in text and "trap rows hit: 0 of 1" in text


def test_missed_and_wrong_value(tmp_path, gaz):
    docs, gold = corpus(tmp_path, [
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,401,401,exact,Russia,x,Ukraine,adversary,E,,\n",
    ])
    report = evaluate_corpus(docs, [gold], gaz)
    assert report.tp == 0 and report.recall == 0.0
    assert len(report.false_negatives) == 1 and len(report.false_positives) == 2


def test_gold_rows_and_traps(tmp_path, gaz):
    _, gold = corpus(tmp_path, [
        "d01,S.,killed,,400,up_to,Russia,Kiev,Ukraine,adversary,E,,\n",
        "d01,T.,,1,1,,,,,,,trap: negation,\n",
    ])
    rows = load_gold(gold, gaz)
    assert rows[0].value_low is None and rows[0].value_high == 400 and not rows[0].is_trap
    assert rows[1].is_trap and rows[1].value_low == 1


def test_main_prints_report(tmp_path, capsys):
    docs, gold = corpus(tmp_path, [
        'd01,Kyiv says 400 Russian soldiers killed,killed,400,400,exact,Russia,Kyiv,Ukraine,adversary,E,,\n'])
    assert main(["--docs", str(docs), "--gold", str(gold), "--no-seed"]) == 0
    assert "detection" in capsys.readouterr().out


def test_only_documents_named_by_the_gold_are_scored(tmp_path, gaz):
    docs, gold = corpus(tmp_path, [
        'd01,Kyiv says 400 Russian soldiers killed,killed,400,400,exact,Russia,Kyiv,Ukraine,adversary,E,,military\n',
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,400,exact,Russia,x,Ukraine,adversary,E,,\n",
    ])
    (docs / "d02_other.txt").write_text(
        "Moscow says 70 Ukrainian soldiers killed\n\nThe ministry said 70 Ukrainian soldiers were killed.\n",
        encoding="utf-8")
    report = evaluate_corpus(docs, [gold], gaz)
    assert (report.n_docs, report.n_pred, report.tp) == (1, 2, 2)
    assert report.precision == 1.0 and report.unannotated == 1
    assert "not scored: 1" in format_report(report)


def test_a_matched_claim_never_hits_a_trap(tmp_path, gaz):
    docs, gold = corpus(tmp_path, [
        'd01,Kyiv says 400 Russian soldiers killed,killed,400,400,exact,Russia,Kyiv,Ukraine,adversary,E,,\n',
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,400,exact,Russia,x,Ukraine,adversary,E,,\n",
        "d01,Ukraine's military said 400 Russian soldiers were killed.,,400,,,,,,,E,trap: same value elsewhere,\n",
    ])
    report = evaluate_corpus(docs, [gold], gaz)
    assert report.tp == 2 and (report.traps_total, report.traps_hit) == (1, 0)


def test_check_gold_names_each_broken_row(tmp_path, capsys):
    docs, gold = corpus(tmp_path, [
        # fine
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,400,exact,Russia,Ukraine's military,Ukraine,adversary,E (2023-01-01),,military\n",
        # 'about 400' with value_high left empty: against design.md's approx row
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,,approx,Russia,Ukraine's military,Ukraine,adversary,E (2023-01-01),,military\n",
        # stance contradicts the sides
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,400,exact,Russia,Ukraine's military,Ukraine,official,E (2023-01-01),,military\n",
        # a sentence the document does not hold
        "d01,Moscow said 12 were killed.,killed,12,12,exact,Russia,Moscow,Russia,official,E (2023-01-01),,military\n",
    ])
    assert main(["--check-gold", "--docs", str(docs), "--gold", str(gold), "--no-seed"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in out] == ["3", "4", "5"]
    assert "qualifier approx wants both, equal" in out[0]
    assert "stance official, but ukraine fights russia" in out[1]
    assert "claim_sentence is not found" in out[2]


def test_check_gold_scores_nothing(tmp_path, capsys):
    docs, gold = corpus(tmp_path, [
        "d01,Ukraine's military said 400 Russian soldiers were killed.,killed,400,400,exact,Russia,Ukraine's military,Ukraine,adversary,E (2023-01-01),,military\n",
    ])
    assert main(["--check-gold", "--docs", str(docs), "--gold", str(gold), "--no-seed"]) == 0
    out = capsys.readouterr().out
    assert "no problem found" in out and "precision" not in out


def test_a_document_the_extractor_raises_on_is_named_and_the_rest_scored(tmp_path, gaz, monkeypatch, capsys):
    import casualty_claims.evaluate as evaluate
    docs, gold = corpus(tmp_path, [
        'd01,Kyiv says 400 Russian soldiers killed,killed,400,400,exact,Russia,Kyiv,Ukraine,adversary,E,,military\n',
        'd02,Moscow says 70 Ukrainian soldiers killed,killed,70,70,exact,Ukraine,Moscow,Russia,adversary,E,,military\n',
    ])
    (docs / "d02_other.txt").write_text(
        "Moscow says 70 Ukrainian soldiers killed\n\nThe ministry said 70 Ukrainian soldiers were killed.\n",
        encoding="utf-8")
    real = evaluate.extract_claims

    def flaky(doc, gazetteer):
        if doc["source_path"].endswith("d02_other.txt"):
            raise ValueError("boom")
        return real(doc, gazetteer)

    monkeypatch.setattr(evaluate, "extract_claims", flaky)
    report = evaluate_corpus(docs, [gold], gaz)
    assert (report.n_gold, report.tp) == (2, 1)
    assert len(report.crashed) == 1 and "d02_other.txt" in report.crashed[0] and "boom" in report.crashed[0]
    assert "EXTRACTION FAILED" in format_report(report)
    assert main(["--docs", str(docs), "--gold", str(gold), "--no-seed"]) == 1
    assert "d02_other.txt" in capsys.readouterr().err
