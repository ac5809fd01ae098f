"""Event grouping: places with aliases, dates stated in the text, running totals, stable ids.

The corpus is synthetic: documents written here and the claim rows an extractor would
emit for them (EXTRACTED_CLAIMS format), so these tests do not depend on the extractor.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from casualty_claims.event_dates import dates_in, place_dates
from casualty_claims.events import assign_events, event_rows, is_period_wording, split_in_time
from casualty_claims.gazetteer import gazetteer_from_mapping
from casualty_claims.revisions import claim_key

GAZETTEER = {
    "version": 1,
    "sides": {
        "russia": {"name": "Russia", "demonyms": ["Russian"], "aliases": ["Russia", "Moscow"]},
        "ukraine": {"name": "Ukraine", "demonyms": ["Ukrainian"], "aliases": ["Ukraine", "Kyiv", "Kiev"]},
        "israel": {"name": "Israel", "demonyms": ["Israeli"], "aliases": ["Israel"]},
        "palestine": {"name": "Palestinians", "demonyms": ["Palestinian"], "aliases": ["Gaza"]},
    },
    "conflicts": {
        "russia-ukraine": {"label": "Russia-Ukraine war", "sides": [["russia"], ["ukraine"]]},
        "israel-gaza": {"label": "Israel-Gaza war", "sides": [["israel"], ["palestine"]]},
    },
    "actors": {
        "russia-mod": {"name": "Russian Ministry of Defence", "side": "russia", "kind": "defence_ministry"},
        "ukraine-military": {"name": "Ukrainian armed forces", "side": "ukraine", "kind": "military"},
        "gaza-moh": {"name": "Gaza health ministry", "side": "palestine", "kind": "health_ministry"},
    },
    "places": {
        "makiivka": {"name": "Makiivka", "aliases": ["Makeyevka", "Makeevka"], "conflict": "russia-ukraine"},
        "olenivka": {"name": "Olenivka", "aliases": ["Olenovka"], "conflict": "russia-ukraine"},
        "al-ahli": {"name": "al-Ahli Arab Hospital", "aliases": ["al-Ahli hospital"], "conflict": "israel-gaza"},
    },
}


def gazetteer():
    return gazetteer_from_mapping(GAZETTEER, "test-gazetteer")


def doc(doc_id, title, published, *sentences):
    return {"doc_id": doc_id, "source_path": f"{doc_id}.txt", "title": title, "author": "Wire",
            "published": published, "categories": [], "text": title + "\n\n" + " ".join(sentences)}


def claim(d, sentence, value, *, kind="killed", claimant="russia-mod", claimant_side="russia",
          victim="russia", stance="official", qualifier="exact", low=None, high=None, group="military",
          place=None, conflict=None, n=0):
    """A claim row for `value` in `sentence` of document `d`, as the extractor would emit it."""
    start = d["text"].index(sentence)
    word = str(value)
    at = sentence.find(word)
    evidence = (start + at, start + at + len(word)) if at >= 0 else (start, start + len(sentence))
    return {
        "claim_id": f"{d['doc_id']}-{evidence[0]}-{kind}-{n}", "doc_id": d["doc_id"], "source_path": d["source_path"],
        "sentence": sentence, "char_start": evidence[0], "char_end": evidence[1], "casualty_type": kind,
        "value_low": value if low is None and qualifier not in ("up_to",) else low,
        "value_high": value if high is None and qualifier not in ("at_least", "more_than", "vague") else high,
        "qualifier": qualifier, "victim_side": victim, "victim_group": group, "claimant": claimant,
        "claimant_side": claimant_side, "stance": stance, "conflict": conflict, "place": place,
        "published": d["published"],
    }


ADV = dict(claimant="ukraine-military", claimant_side="ukraine", stance="adversary")

WIRE_63 = ("KYIV/MOSCOW, Jan 2 (Wire) - Russia's defence ministry said on Monday that 63 of its servicemen "
           "had been killed when Ukrainian rockets struck a building in Makiivka.")
WIRE_400 = "Ukraine's military said about 400 mobilised Russian soldiers had been killed and about 300 wounded."
WIRE_REPEAT = "Moscow's toll of 63 is the highest it has acknowledged for a single attack since the invasion began."
MOD_89 = ("The Russian Defence Ministry on Wednesday raised the toll to 89, up from 63, for servicemen "
          "killed in the strike on Makeevka.")
MOD_400 = "The ministry did not address claims from Kiev that around 400 servicemen had been killed."
COL_63 = "When the Russian defence ministry announced that 63 soldiers had died in Makeyevka, it was a first."
COL_TOTAL = "Ukraine's general staff put Russia's total at more than 100,000 on the morning of the strike."
COL_400 = "Kyiv's figure was about 400 killed, according to Ukraine's armed forces, who have stuck to that estimate since."
BLOG_40 = ("Russia's defence ministry says 40 Ukrainian prisoners of war were killed and 75 wounded when a "
           "building at a prison camp in Olenivka was hit overnight.")
BLOG_50 = "Russia's defence ministry has revised its figures: 50 prisoners killed and 73 wounded, it says."
ENC_DATE = ("The massacre took place on the night of 28 to 29 July 2022, when an explosion destroyed a barracks "
            "near Olenivka that held Ukrainian prisoners of war.")
ENC_REV = ("Russia's Ministry of Defence first reported 40 dead and 75 injured, and later revised the figures "
           "to 50 killed and 73 wounded.")
AHLI = "The Gaza health ministry said 471 Palestinians were killed in the blast at al-Ahli hospital."


def makiivka_corpus():
    """Duplicated wire copy (three outlets, one repeating the figure), the MOD's revision,
    a column a week later with a running total, the adversary's 400 everywhere."""
    docs, claims = [], []
    for i, (doc_id, day) in enumerate((("wire-a", 3), ("wire-b", 3), ("wire-c", 4))):
        d = doc(doc_id, f"Russia says 63 troops killed (outlet {i})", date(2023, 1, day), WIRE_63, WIRE_400, WIRE_REPEAT)
        docs.append(d)
        claims += [
            claim(d, WIRE_63, 63, place="makiivka"),
            claim(d, WIRE_400, 400, qualifier="approx", **ADV, place="makiivka"),
            claim(d, WIRE_400, 300, kind="wounded", qualifier="approx", **ADV, place="makiivka"),
            claim(d, WIRE_REPEAT, 63),
        ]
    d = doc("mod", "Defence Ministry raises Makeevka death toll to 89", date(2023, 1, 4), MOD_89, MOD_400)
    docs.append(d)
    claims += [claim(d, MOD_89, 89, place="makiivka"), claim(d, MOD_89, 63, place="makiivka", n=1),
               claim(d, MOD_400, 400, qualifier="approx", **ADV)]
    d = doc("column", "What the Makeyevka numbers tell us", date(2023, 1, 9), COL_63, COL_TOTAL, COL_400)
    docs.append(d)
    claims += [claim(d, COL_63, 63, place="makiivka"),
               claim(d, COL_TOTAL, 100000, qualifier="more_than", **ADV),
               claim(d, COL_400, 400, qualifier="approx", **ADV)]
    return docs, claims


def olenivka_corpus():
    """A live blog on the day and an encyclopedia entry a year later that dates the incident."""
    docs, claims = [], []
    d = doc("blog", "Russia-Ukraine war live", date(2022, 7, 29), BLOG_40, BLOG_50)
    docs.append(d)
    victim = dict(victim="ukraine", group="military")
    claims += [claim(d, BLOG_40, 40, **victim), claim(d, BLOG_40, 75, kind="wounded", **victim),
               claim(d, BLOG_50, 50, **victim), claim(d, BLOG_50, 73, kind="wounded", **victim)]
    d = doc("encyclopedia", "Olenivka prison massacre", date(2023, 8, 15), ENC_DATE, ENC_REV)
    docs.append(d)
    claims += [claim(d, ENC_REV, 40, **victim), claim(d, ENC_REV, 75, kind="wounded", **victim),
               claim(d, ENC_REV, 50, **victim), claim(d, ENC_REV, 73, kind="wounded", **victim)]
    return docs, claims


def unrelated_corpus():
    d = doc("ahli", "Blast at Gaza hospital", date(2023, 10, 18), AHLI)
    return [d], [claim(d, AHLI, 471, claimant="gaza-moh", claimant_side="palestine", victim="palestine",
                       group="unknown")]


def corpus(*parts):
    docs, claims = [], []
    for part in parts:
        d, c = part()
        docs += d
        claims += c
    return docs, claims


def grouped(docs, claims):
    out, infos = assign_events(claims, gazetteer(), {d["doc_id"]: d for d in docs})
    return {c["claim_id"]: c["event_id"] for c in out}, infos, out


def test_aliases_and_duplicated_copy_make_one_event():
    docs, claims = corpus(makiivka_corpus)
    ids, infos, out = grouped(docs, claims)
    incident = {eid for cid, eid in ids.items() if infos[eid].kind == "incident"}
    assert len(incident) == 1, "Makiivka, Makeyevka and Makeevka are one place, one event"
    (eid,) = incident
    assert infos[eid].place == "makiivka" and infos[eid].conflict == "russia-ukraine"
    # Every claim but the running total belongs to the strike, including those whose row
    # carries no place (the repeat in the wire, the column's 400): the document's place.
    total = [c for c in out if c["value_low"] == 100000]
    assert [infos[c["event_id"]].kind for c in total] == ["period"]
    assert all(c["event_id"] == eid for c in out if c["value_low"] != 100000)


def test_a_retrospective_joins_the_incident_it_dates():
    docs, claims = corpus(olenivka_corpus)
    ids, infos, _ = grouped(docs, claims)
    assert len(set(ids.values())) == 1, "the encyclopedia a year later states 28 July 2022 next to Olenivka"
    (info,) = infos.values()
    assert info.anchor == date(2022, 7, 28)
    assert info.label == "Olenivka (2022-07-28)"


def test_one_document_can_hold_two_events():
    d = doc("two", "Two strikes", date(2023, 1, 4), MOD_89, BLOG_40)
    claims = [claim(d, MOD_89, 89), claim(d, BLOG_40, 40, victim="ukraine")]
    ids, infos, _ = grouped([d], claims)
    assert sorted(infos[e].place for e in set(ids.values())) == ["makiivka", "olenivka"]


def test_same_place_months_apart_is_two_events():
    a = doc("a", "Strike on Makiivka", date(2023, 1, 3), MOD_89)
    b = doc("b", "Another strike on Makiivka", date(2023, 9, 1), MOD_89)
    ids, _, _ = grouped([a, b], [claim(a, MOD_89, 89), claim(b, MOD_89, 89)])
    assert len(set(ids.values())) == 2


def test_ids_do_not_depend_on_unrelated_documents_or_input_order():
    docs, claims = corpus(makiivka_corpus, olenivka_corpus)
    before, _, _ = grouped(docs, claims)
    more_docs, more_claims = corpus(makiivka_corpus, olenivka_corpus, unrelated_corpus)
    shuffled = list(more_claims)
    random.Random(4).shuffle(shuffled)
    after, _, _ = grouped(list(reversed(more_docs)), shuffled)
    assert {cid: after[cid] for cid in before} == before


def test_event_rows_count_documents_distinct_claims_and_mentions():
    docs, claims = corpus(makiivka_corpus)
    _, infos, out = grouped(docs, claims)
    out = [dict(c, claim_key=claim_key(c)) for c in out]
    rows = {r["kind"]: r for r in event_rows(out, infos)}
    strike = rows["incident"]
    assert strike["n_documents"] == 5
    assert strike["n_mentions"] == len(out) - 1
    # 63, 89 (official); 400 killed, 300 wounded (adversary): four distinct claims.
    assert strike["n_claims"] == 4
    assert (strike["date_start"], strike["date_end"]) == (date(2023, 1, 3), date(2023, 1, 9))


@pytest.mark.parametrize("sentence, period", [
    (COL_TOTAL, True),
    ("The health ministry says more than 3,000 Palestinians have been killed since Hamas attacked Israel.", True),
    ("Moscow has not published a figure since September, when it said 5,937 soldiers had been killed.", True),
    (WIRE_REPEAT, False),
    (COL_400, False),
    (WIRE_63, False),
])
def test_running_total_wording(sentence, period):
    assert is_period_wording(sentence) is period


def test_dates_stated_next_to_a_place():
    g = gazetteer()
    text = ("Moscow has lost thousands since the invasion on 24 February 2022. "
            "On the night of 28 to 29 July 2022 a barracks near Olenivka was destroyed.")
    assert place_dates(text, date(2023, 8, 15), g.find_places) == {"olenivka": date(2022, 7, 28)}
    assert dates_in("in last June's clash", date(2021, 2, 19)) == [date(2020, 6, 1)]
    assert dates_in("officials said 40 may have died", date(2023, 1, 3)) == []
    assert dates_in("a strike on 7 May", date(2023, 1, 3)) == [date(2022, 5, 7)]


def test_split_in_time_maps_undated_to_the_first_cluster():
    starts = split_in_time([date(2023, 1, 3), None, date(2023, 1, 9), date(2023, 6, 1)])
    assert starts[None] == date(2023, 1, 3)
    assert starts[date(2023, 1, 9)] == date(2023, 1, 3)
    assert starts[date(2023, 6, 1)] == date(2023, 6, 1)
