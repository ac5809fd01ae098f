"""Loading and validating the gazetteer (casualty_claims.gazetteer)."""

from pathlib import Path

import pytest
import yaml

from casualty_claims.gazetteer import GazetteerError, load_gazetteer

REPO = Path(__file__).resolve().parents[1]
GAZ = REPO / "data" / "gazetteer.yaml"


def test_shipped_gazetteer_loads(gaz):
    assert {"russia", "ukraine", "israel", "palestine", "sudan", "rsf"} <= set(gaz.sides)
    assert gaz.actors["russia-mod"].side == "russia"
    assert gaz.actors["ohchr"].side == "third_party"
    assert gaz.places["makiivka"].conflict == "russia-ukraine"


def test_relations(gaz):
    assert gaz.are_enemies("russia", "ukraine") and gaz.are_enemies("ukraine", "russia")
    assert not gaz.are_enemies("russia", "israel")
    assert gaz.conflict_between("israel", "hezbollah") == "israel-hezbollah"
    assert gaz.conflict_between("india", "china") == "india-china"
    assert gaz.stance("ukraine", "russia") == "adversary"
    assert gaz.stance("russia", "russia") == "official"
    assert gaz.stance("third_party", "russia") == "independent"
    assert gaz.stance("author", "russia") == "unattributed"
    assert gaz.stance("united-kingdom", "russia") == "independent"


@pytest.mark.parametrize("text,actor", [
    ("the Russian MoD said", "russia-mod"), ("Russia's Defense Ministry said", "russia-mod"),
    ("the Russian MOD reported", "russia-mod"), ("Ukraine's General Staff said", "ukraine-general-staff"),
    ("according to the UN human rights office", "ohchr"), ("the Hamas-run health ministry", "gaza-health-ministry"),
    ("the Syrian Observatory for Human Rights", "sohr"), ("Doctors Without Borders", "msf"),
])
def test_actor_variants(gaz, text, actor):
    assert [m.ref for m in gaz.find_actors(text)] == [actor]


def test_acronyms_match_in_capitals_only(gaz):
    assert gaz.find_actors("who said it") == []
    assert [m.ref for m in gaz.find_actors("WHO said")] == ["who"]
    assert [m.ref for m in gaz.find_sides("US-supplied rockets")] == ["united-states"]
    assert gaz.find_sides("let us go") == []


@pytest.mark.parametrize("label,side", [
    ("Russia", "russia"), ("civilians-of-Gaza", "palestine"), ("Gaza/Hamas", "palestine"),
    ("Ukrainian", "ukraine"), ("Kiev", "ukraine"),
])
def test_resolve_side(gaz, label, side):
    assert gaz.resolve_side(label) == side


def test_place_spellings(gaz):
    for name in ("Makeyevka", "Makeevka", "Makiivka"):
        assert [m.ref for m in gaz.find_places(f"the strike on {name}")] == ["makiivka"]
    assert [m.ref for m in gaz.find_places("in Artemovsk")] == ["bakhmut"]


def write(tmp_path, data):
    path = tmp_path / "g.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


BASE = {"version": 1, "sides": {"a": {"name": "A", "aliases": ["Aland"]}, "b": {"name": "B"}},
        "conflicts": {"ab": {"label": "A-B", "sides": [["a"], ["b"]]}}}


def test_unknown_side_in_conflict(tmp_path):
    data = {**BASE, "conflicts": {"ac": {"label": "A-C", "sides": [["a"], ["c"]]}}}
    path = write(tmp_path, data)
    with pytest.raises(GazetteerError) as err:
        load_gazetteer(path)
    assert str(path) in str(err.value) and "unknown side 'c'" in str(err.value)


def test_duplicate_alias_across_sides(tmp_path):
    data = {**BASE, "sides": {"a": {"name": "A", "aliases": ["Capital"]}, "b": {"name": "B", "aliases": ["capital"]}}}
    with pytest.raises(GazetteerError, match="maps to both"):
        load_gazetteer(write(tmp_path, data))


def test_schema_error_names_file_and_place(tmp_path):
    data = {**BASE, "actors": {"x": {"name": "X", "side": "a"}}}  # kind missing
    path = write(tmp_path, data)
    with pytest.raises(GazetteerError) as err:
        load_gazetteer(path)
    assert str(path) in str(err.value) and "kind" in str(err.value)


def test_actor_with_unknown_side(tmp_path):
    data = {**BASE, "actors": {"x": {"name": "X", "side": "zz", "kind": "military"}}}
    with pytest.raises(GazetteerError, match="unknown side 'zz'"):
        load_gazetteer(write(tmp_path, data))


def test_missing_file(tmp_path):
    with pytest.raises(GazetteerError, match="cannot read"):
        load_gazetteer(tmp_path / "nope.yaml")
