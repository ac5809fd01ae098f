"""Analyst overrides: each line changes exactly the rows it names, and a line that
points at nothing stops the run naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from casualty_claims.commands.normalize import normalize
from casualty_claims.overrides import OverrideError, parse_overrides, read_overrides
from conftest import REPO
from test_events import corpus, gazetteer, makiivka_corpus, olenivka_corpus

HEADER = "action,target,field,value,note\n"


def run(tmp_path: Path, body: str, parts=(makiivka_corpus, olenivka_corpus)):
    path = tmp_path / "overrides.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    docs, extracted = corpus(*parts)
    return normalize(docs, extracted, gazetteer(), read_overrides(path), str(path))


def baseline():
    docs, extracted = corpus(makiivka_corpus, olenivka_corpus)
    return normalize(docs, extracted, gazetteer(), [], "none")


def by_id(claims):
    return {c["claim_id"]: c for c in claims}


def strip(row):
    return {k: v for k, v in row.items() if k not in ("overridden", "override_note")}


def changed(before, after):
    """claim_ids whose row differs, ignoring the override bookkeeping columns."""
    a, b = by_id(before), by_id(after)
    return {cid for cid in a.keys() | b.keys() if cid not in a or cid not in b or strip(a[cid]) != strip(b[cid])}


def test_the_shipped_overrides_file_is_valid_and_empty():
    assert read_overrides(REPO / "data" / "overrides.csv") == []


def test_drop_removes_exactly_the_named_claim(tmp_path):
    claims, _, _ = baseline()
    victim = next(c for c in claims if c["value_low"] == 100000)
    after, _, log = run(tmp_path, f"drop,{victim['claim_id']},,,\"a running total, not about the strike\"\n")
    assert changed(claims, after) == {victim["claim_id"]}
    assert log[0]["n_rows"] == 1 and log[0]["claim_ids"] == [victim["claim_id"]] and log[0]["line"] == 2


def test_set_by_claim_key_corrects_every_mention_of_that_claim_and_nothing_else(tmp_path):
    claims, _, _ = baseline()
    c63 = next(c for c in claims if c["value_low"] == 63)
    mentions = {c["claim_id"] for c in claims if c["claim_key"] == c63["claim_key"]}
    assert len(mentions) > 3, "the 63 is carried by several outlets"
    after, _, _ = run(tmp_path, f'set,{c63["claim_key"]},victim_group,mixed,"ministry counted staff too"\n')
    assert changed(claims, after) == mentions
    got = by_id(after)
    for cid in mentions:
        assert got[cid]["victim_group"] == "mixed" and got[cid]["overridden"]
        assert got[cid]["override_note"] == "line 2: set victim_group: ministry counted staff too"
    assert not any(c["overridden"] for c in after if c["claim_id"] not in mentions)


def test_set_value_to_null(tmp_path):
    claims, _, _ = baseline()
    c = next(c for c in claims if c["value_low"] == 300)
    after, _, _ = run(tmp_path, f"set,{c['claim_id']},value_low,,it says up to 300\nset,{c['claim_id']},qualifier,up_to,same\n")
    got = by_id(after)[c["claim_id"]]
    assert (got["value_low"], got["value_high"], got["qualifier"]) == (None, 300, "up_to")
    assert got["override_note"] == "line 2: set value_low: it says up to 300; line 3: set qualifier: same"
    assert changed(claims, after) == {c["claim_id"]}


def test_merge_and_split_events(tmp_path):
    claims, events, _ = baseline()
    strike = next(e for e in events if e["place"] == "makiivka")
    total = next(e for e in events if e["kind"] == "period")
    c89 = next(c for c in claims if c["value_low"] == 89)
    body = (f"merge_event,{total['event_id']},,{strike['event_id']},the total is quoted as context\n"
            f"move,{c89['claim_id']},,Makiivka follow-up,analyst splits the MOD statement off\n"
            f"label_event,{strike['event_id']},,Makiivka strike,a readable label\n")
    after, after_events, log = run(tmp_path, body)
    ids = {e["event_id"]: e for e in after_events}
    assert total["event_id"] not in ids
    assert ids[strike["event_id"]]["label"] == "Makiivka strike"
    assert ids[strike["event_id"]]["overridden"]
    follow = next(e for e in after_events if e["label"] == "Makiivka follow-up")
    assert by_id(after)[c89["claim_id"]]["event_id"] == follow["event_id"]
    moved = {c["claim_id"] for c in claims if c["event_id"] == total["event_id"]} | {c89["claim_id"]}
    assert changed(claims, after) == moved
    assert [r["action"] for r in log] == ["merge_event", "move", "label_event"]


@pytest.mark.parametrize("line, message", [
    ("drop,no-such-claim,,,typo", "no claim has this claim_id or claim_key"),
    ("merge_event,ev-000000000000,,ev-111111111111,gone", "no event has this event_id"),
    ("label_event,ev-000000000000,,x,gone", "no event has this event_id"),
    ("move,{claim},,ev-000000000000,to nowhere", "no event 'ev-000000000000' to move to"),
    ("set,{claim},victim_side,atlantis,typo", "not a side of the gazetteer"),
])
def test_an_override_pointing_at_nothing_names_file_and_line(tmp_path, line, message):
    claims, _, _ = baseline()
    line = line.format(claim=claims[0]["claim_id"])
    path = tmp_path / "overrides.csv"
    with pytest.raises(OverrideError) as err:
        run(tmp_path, f"# a comment line\n{line}\n")
    assert str(err.value).startswith(f"{path}:3: ")
    assert message in str(err.value)


@pytest.mark.parametrize("text, message", [
    ("action,target,value\n", ":1: the header must be"),
    (HEADER + "delete,x,,,why\n", ":2: delete: unknown action"),
    (HEADER + "drop,x,,,\n", ":2: drop: a note saying why is required"),
    (HEADER + "set,x,value_low,many,why\n", ":2: set: value_low must be a non-negative integer"),
    (HEADER + "set,x,stance,hostile,why\n", ":2: set: stance must be one of"),
    (HEADER + "set,x,sentence,hi,why\n", ":2: set: field 'sentence' cannot be set"),
    (HEADER + "\n# comment\ndrop,x,,,why,extra\n", ":4: expected 5 columns"),
])
def test_syntax_errors_name_the_line(text, message):
    with pytest.raises(OverrideError) as err:
        parse_overrides(text, "f.csv")
    assert str(err.value).startswith("f.csv:")
    assert message in str(err.value)


def test_overrides_apply_reproducibly(tmp_path):
    claims, _, _ = baseline()
    body = f"drop,{claims[0]['claim_id']},,,x\nset,{claims[1]['claim_id']},stance,independent,y\n"
    assert run(tmp_path, body) == run(tmp_path, body)
