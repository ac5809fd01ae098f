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


# ---- the wars of 2024-25 and regime changes (successors) --------------------------------------
NEW_CONFLICTS = [
    ("israel-iran", "israel", "iran"), ("israel-iran", "united-states", "iran"), ("pakistan-ttp", "pakistan", "ttp"),
    ("pakistan-baloch", "pakistan", "baloch-insurgents"), ("pakistan-afghanistan", "pakistan", "taliban"),
    ("syria-transition", "syria-transitional", "israel"), ("syria-transition", "syria-transitional", "sdf"),
    ("myanmar-civil-war", "myanmar", "myanmar-resistance"), ("drc-m23", "drc", "m23"), ("drc-m23", "drc", "rwanda"),
]


@pytest.mark.parametrize("conflict,a,b", NEW_CONFLICTS)
def test_new_conflicts(gaz, conflict, a, b):
    assert b in gaz.conflicts[conflict].members() and a in gaz.conflicts[conflict].members()
    assert gaz.are_enemies(a, b)


@pytest.mark.parametrize("text,side", [
    ("the Pakistani Taliban", "ttp"), ("Fitna al-Khawarij", "ttp"), ("17 khawarij", "ttp"),
    ("Fitna al Hindustan", "baloch-insurgents"), ("the BLA", "baloch-insurgents"), ("IRGC commanders", "iran"),
    ("the Tatmadaw", "myanmar"), ("the Arakan Army", "myanmar-resistance"), ("AFC/M23 rebels", "m23"),
    ("Congolese soldiers", "drc"), ("Rwandan troops", "rwanda"), ("the Afghan Taliban", "taliban"),
])
def test_new_side_names(gaz, text, side):
    assert [m.ref for m in gaz.find_sides(text)] == [side]


@pytest.mark.parametrize("text,actor", [
    ("Iran's health ministry said", "iran-health"), ("the Tasnim news agency", "iran-state-media"),
    ("junta spokesman Zaw Min Tun", "myanmar-military"), ("the Global New Light of Myanmar", "myanmar-state-media"),
    ("the AAPP", "aapp"), ("M23 spokesman Lawrence Kanyuka", "m23-command"), ("MONUSCO", "monusco"),
    ("interior minister Mohsin Naqvi", "pakistan-government"), ("Murhaf Abu Qasra", "syria-transitional-government"),
])
def test_new_actors(gaz, text, actor):
    assert [m.ref for m in gaz.find_actors(text)][-1] == actor


@pytest.mark.parametrize("text,place", [
    ("in Esfahan", "isfahan"), ("at Fordo", "fordow"), ("in Suwayda", "sweida"), ("in Jablah", "jableh"),
    ("in Rakhine State", "rakhine"), ("in Laukkaing", "laukkai"), ("in Bukavu", "bukavu"), ("in Nushki", "noshki"),
    ("in DI Khan", "dera-ismail-khan"), ("in the Tirah valley", "khyber-district"),
])
def test_new_place_spellings(gaz, text, place):
    assert [m.ref for m in gaz.find_places(text)] == [place]


def test_successors_hand_over_names_actors_and_places(gaz):
    import datetime as dt
    assert gaz.as_of(None) is gaz
    assert [m.ref for m in gaz.as_of(dt.date(2021, 8, 14)).find_sides("Afghan civilians")] == ["afghanistan"]
    assert [m.ref for m in gaz.as_of(dt.date(2024, 12, 7)).find_sides("Syrian soldiers")] == ["syria"]
    later = gaz.as_of(dt.date(2025, 1, 10))
    assert later is gaz.as_of(dt.date(2025, 6, 1))  # one variant per set of successions in force
    assert [m.ref for m in later.find_sides("Syrian soldiers")] == ["syria-transitional"]
    assert [m.ref for m in later.find_sides("Afghan civilians")] == ["taliban"]
    assert later.actors["syria-government"].side == "syria-transitional"
    assert later.places["kabul"].side == "taliban"
    assert [m.ref for m in gaz.as_of(dt.date(2022, 1, 1)).find_sides("Syrian soldiers")] == ["syria"]
    assert gaz.sides["syria"].demonyms  # the shipped gazetteer itself is untouched


def test_successor_must_be_a_side(tmp_path):
    data = {**BASE, "sides": {"a": {"name": "A", "successor": {"side": "zz", "from": "2024-12-08"}}, "b": {"name": "B"}}}
    with pytest.raises(GazetteerError, match="unknown successor 'zz'"):
        load_gazetteer(write(tmp_path, data))


def test_successor_date_must_be_a_date(tmp_path):
    data = {**BASE, "sides": {"a": {"name": "A", "successor": {"side": "b", "from": "2024-13-40"}}, "b": {"name": "B"}}}
    with pytest.raises(GazetteerError, match="no date"):
        load_gazetteer(write(tmp_path, data))
