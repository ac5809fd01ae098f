"""Numbers as news English writes them (casualty_claims.numbers)."""

import pytest

from casualty_claims.numbers import find_quantities, parse_number_words


def values(text):
    return [(text[q.start:q.end], q.low, q.high, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize("words,value", [
    ("four hundred and twelve", 412), ("eighty nine", 89), ("two thousand five hundred", 2500),
    ("a dozen", 12), ("half a dozen", 6), ("two dozen", 24), ("a hundred", 100), ("seventeen", 17),
    ("one hundred thousand", 100000),
])
def test_number_words(words, value):
    assert parse_number_words(words.split())[0] == value


@pytest.mark.parametrize("text,expected", [
    ("some 1,200 troops", (1200, 1200, "approx")),
    ("nearly 3 500 people", (3500, 3500, "approx")),
    ("1.2 million refugees", (1200000, 1200000, "exact")),
    ("an estimated 5.9k fighters", (5900, 5900, "approx")),
    ("eighty-nine recruits", (89, 89, "exact")),
    ("at least 63 people", (63, None, "at_least")),
    ("no fewer than 20 people", (20, None, "at_least")),
    ("more than 60 people", (60, None, "more_than")),
    ("upwards of 70 people", (70, None, "more_than")),
    ("upto 400 men", (None, 400, "up_to")),
    ("as many as 400 men", (None, 400, "up_to")),
    ("between 60 and 70 people", (60, 70, "range")),
    ("60-70 people", (60, 70, "range")),
    ("two or three villagers", (2, 3, "range")),
    ("scores of sailors", (40, None, "vague")),
    ("dozens of sailors", (24, None, "vague")),
    ("tens of thousands of people", (20000, None, "vague")),
    ("hundreds of thousands of people", (200000, None, "vague")),
    ("several dozen sailors", (24, None, "vague")),
    ("dozens to hundreds of sailors", (24, None, "vague")),
    ("more than a dozen sailors", (12, None, "more_than")),
    ("100+ sailors", (100, None, "more_than")),
    ("12 or more sailors", (12, None, "at_least")),
    ("upward of 7,400 people", (7400, None, "more_than")),
    ("some 300 or so sailors", (300, 300, "approx")),
    ("a dozen or so sailors", (12, 12, "approx")),
    ("more than 90 or so sailors", (90, None, "more_than")),
])
def test_values_and_qualifiers(text, expected):
    found = find_quantities(text)
    assert len(found) == 1, values(text)
    q = found[0]
    assert (q.low, q.high, q.qualifier) == expected


@pytest.mark.parametrize("text", [
    "the blast came at 12.02 am on Sunday",
    "shortly after 3 p.m. local time",
    "at 10:30 GMT",
    "a 12-year-old girl",
    "aged 45",
    "$5 million in aid",
    "a 40% rise",
    "the 93rd brigade",
    "on 24 February 2022",
    "on 2022-02-24",
    "since 2014",
    "roughly one in six",
])
def test_not_counts(text):
    assert values(text) == []


def test_revision_is_two_numbers_not_a_range():
    assert [v[1] for v in values("rose from 63 to 89")] == [63, 89]


def test_up_to_after_a_raise_verb_is_exact():
    q = find_quantities("officials revised the toll up to 58 dead")[0]
    assert (q.low, q.high, q.qualifier) == (58, 58, "exact")


def test_span_excludes_qualifier_but_records_it():
    text = "at least 63 people"
    q = find_quantities(text)[0]
    assert text[q.start:q.end] == "63"
    assert text[q.qual_start:q.end] == "at least 63"


def test_years_naming_events_and_number_words_in_compounds_are_not_counts():
    from casualty_claims.numbers import find_quantities
    assert [q.low for q in find_quantities("since the 2006 Lebanon war, about 1,100")] == [1100]
    assert find_quantities("after the 2011 uprising began") == []
    assert find_quantities("in sub-zero cold") == []
    assert [q.low for q in find_quantities("thirty-one were hurt")] == [31]


def test_bracketed_change_inherits_approx():
    assert values("about 4,210 (+35) soldiers") == [("4,210", 4210, 4210, "approx"), ("35", 35, 35, "approx")]
    assert values("4,210 (+35) soldiers") == [("4,210", 4210, 4210, "exact"), ("35", 35, 35, "exact")]


def test_local_is_a_time_only_before_time():
    assert values("one local man") == [("one", 1, 1, "exact")]
    assert values("at 10 local time") == []


def test_range_after_range_verbs():
    from casualty_claims.numbers import find_quantities
    q = find_quantities("Estimates range from 5,000 to 8,000.")
    assert [(x.low, x.high, x.qualifier) for x in q] == [(5000, 8000, "range")]
    q = find_quantities("The toll rose from 63 to 89.")
    assert [(x.low, x.high, x.qualifier) for x in q] == [(63, 63, "exact"), (89, 89, "exact")]


def test_odd_and_footnotes():
    from casualty_claims.numbers import find_quantities
    assert [(x.low, x.high, x.qualifier) for x in find_quantities("some 40-odd men")] == [(40, 40, "approx")]
    assert [(x.low, x.high, x.qualifier) for x in find_quantities("at least 30-odd men")] == [(30, None, "at_least")]
    assert find_quantities("were killed.[12]") == []


@pytest.mark.parametrize("text,expected", [
    ("under 100 people", [("under 100", None, 100, "up_to")]),
    ("a total of 312 men", [("a total of 312", 312, 312, "exact")]),
    ("slightly more than 40 people", [("slightly more than 40", 40, None, "more_than")]),
    # ages and soldiers' slang are no counts
    ("children under 5", []),
    ("pensioners over 70", []),
    ("boys under the age of 15", []),
    ('so-called "two-hundredths"', []),
    ("a Cargo 200 flight", []),
])
def test_more_qualifiers_and_non_counts(text, expected):
    assert [(text[q.qual_start:q.end], q.low, q.high, q.qualifier) for q in find_quantities(text)] == expected


def test_abbreviated_month_day_is_not_a_count():
    assert values("Since Feb. 24, 2022, and again on Oct. 7 the army lost 300 men.") == [("300", 300, 300, "exact")]
    assert values("It rained in May. 24 people were hurt.") == [("24", 24, 24, "exact")]


def test_a_span_of_days_is_no_count():
    assert values("Researchers stayed from 4 to 10 April and met 32 residents.") == [("32", 32, 32, "exact")]
    assert values("between 3 and 5 May") == []


@pytest.mark.parametrize("text,expected", [
    # a decade is a date, never a count
    ("The Chechen wars of the 1990s killed many.", []),
    ("In the 1980s, 40 people died.", [("40", 40, 40, "exact")]),
    # a ceiling before people, though the number looks like a year
    ("Kiev loses up to 1965 soldiers in battles", [("1965", None, 1965, "up_to")]),
    ("lost up to 2010 servicemen", [("2010", None, 2010, "up_to")]),
    # a year after "up to" stays a year
    ("The truce held up to 1967 and then broke.", []),
    ("It lasted up to 2014 when fighting resumed.", []),
])
def test_decades_and_year_like_ceilings(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "at least" after the figure
    ("put the number of those killed at 26 at least amid fears", [("26", 26, None, "at_least")]),
    ("killed 14 at least.", [("14", 14, None, "at_least")]),
    ("The toll stood at 40 at least, officials said.", [("40", 40, None, "at_least")]),
    # a qualifier in front wins; a comma parts the figure from a later "at least"
    ("Some 300 at least were wounded.", [("300", 300, 300, "approx")]),
    ("It rose to 12, at least.", [("12", 12, 12, "exact")]),
])
def test_at_least_after_the_figure(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the particle "over" of a handing verb is no qualifier
    ("Russia handed over 6,060 bodies", [("6,060", 6060, 6060, "exact")]),
    ("Kyiv turned over 40 prisoners", [("40", 40, 40, "exact")]),
    ("the sides are handing over 212 bodies", [("212", 212, 212, "exact")]),
    ("handed over over 200 bodies", [("over 200", 200, None, "more_than")]),
    ("the army took over 300 prisoners", [("over 300", 300, None, "more_than")]),
    ("over 30 people", [("over 30", 30, None, "more_than")]),
])
def test_handed_over_is_no_qualifier(text, expected):
    assert [(text[q.qual_start:q.end], q.low, q.high, q.qualifier) for q in find_quantities(text)] == expected
