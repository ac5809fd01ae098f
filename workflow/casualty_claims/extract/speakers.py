"""Speakers the gazetteer does not know: people named with a role, media outlets, researchers.

News English introduces most sources by a role and a name: "governor Valentyn
Reznichenko", "Prime Minister Haider al-Abadi", "Kyrylo Tymoshenko, deputy head of
the presidential office,", "India's home minister Amit Shah", "X, the African Union
envoy,". The role says what kind of source it is; a side or actor named inside the
role phrase ("India's", "Israeli military", "the African Union") says whose. Without
a side the mention stays unresolved (claimant None) and its kind tells the caller how
to resolve it, with the same words the anaphors use:

- "local":    governors, mayors, prosecutors, doctors: they speak for the place hit;
- "ministry": ministers, presidents, advisers, officials: the last named government;
- "military": generals, commanders, army spokesmen: the last named military;
- "person":   a bare name before a reporting verb ("Ghai said"): the last named source.

Outlets ("an Australian newspaper", "the independent outlet") and researchers
("researchers at Ghent University") are third parties: a newspaper's own count is
independent (CONVENTIONS.md), whatever country it is published in, unless it is
state media ("Russia's state news agency"), which the gazetteer or the side+noun rule
already assigns to its state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casualty_claims.extract import lexicon as L
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer

# Role words, lower-case, and the kind of source they make. Multi-word roles are
# covered by their head ("prime minister" -> "minister", "director general" -> "director").
ROLE_KINDS: dict[str, str] = {
    # speak for the place and people hit
    "governor": "local", "mayor": "local", "prosecutor": "local", "prosecutors": "local",
    "ombudsman": "local", "ombudsperson": "local", "doctor": "local", "surgeon": "local",
    "director": "local", "police": "local", "chief": "local", "head": "local", "rescuer": "local",
    "administrator": "local", "councillor": "local", "councilor": "local", "medic": "local",
    # heads of a company or a hospital of the place: "chairman of the board of Ukrainian Railways"
    "chairman": "local", "chairwoman": "local", "chairperson": "local", "superintendent": "local",
    "gov": "local", "priest": "local", "imam": "local",
    # government
    "minister": "ministry", "president": "ministry", "premier": "ministry", "adviser": "ministry",
    "advisor": "ministry", "official": "ministry", "secretary": "ministry", "ambassador": "ministry",
    "envoy": "ministry", "diplomat": "ministry", "spokesman": "ministry", "spokeswoman": "ministry",
    "spokesperson": "ministry", "lawmaker": "ministry", "legislator": "ministry", "senator": "ministry",
    "deputy": "ministry", "chancellor": "ministry", "aide": "ministry", "mp": "ministry",
    # sent by a body to a country: "the UN humanitarian coordinator for Yemen, X" is the body's
    "coordinator": "ministry", "rapporteur": "ministry", "representative": "ministry",
    # military
    "general": "military", "lieutenant": "military", "colonel": "military", "commander": "military",
    "major": "military", "brigadier": "military", "admiral": "military", "captain": "military",
    "lt": "military", "gen": "military", "col": "military", "maj": "military", "brig": "military",
    "marshal": "military", "sergeant": "military", "officer": "military", "dgmo": "military",
    # third parties
    "researcher": THIRD_PARTY, "researchers": THIRD_PARTY, "analyst": THIRD_PARTY,
    "analysts": THIRD_PARTY, "professor": THIRD_PARTY, "expert": THIRD_PARTY, "experts": THIRD_PARTY,
    "historian": THIRD_PARTY, "demographer": THIRD_PARTY, "epidemiologist": THIRD_PARTY,
    "scholar": THIRD_PARTY, "academics": THIRD_PARTY, "statistician": THIRD_PARTY,
    # a go-between in the war is no party to it: "the AU peace mediator", "Qatari mediators"
    "mediator": THIRD_PARTY, "mediators": THIRD_PARTY,
}
# Nouns after a capitalised name that make it a place: "the Donetsk region", "Hatay province".
PLACE_NOUNS = {"region", "oblast", "province", "governorate", "district", "county", "state", "city", "town",
               "village", "valley", "area", "sector", "front", "direction", "prefecture", "municipality"}
# Words that sharpen a role into the military ("military spokesman", "army chief").
_MILITARY_MODIFIERS = {"military", "army", "armed", "defence", "defense", "forces", "operations", "navy",
                       "air", "staff"}
# Outlets: their own reporting is a third party's (not "state media", handled elsewhere).
MEDIA_NOUNS = {"newspaper", "newspapers", "outlet", "outlets", "paper", "daily", "weekly", "magazine",
               "website", "broadcaster", "journalists", "reporters", "tabloid", "investigation",
               "news site", "publication", "reporter"}
# Research bodies named by a capitalised name: "Ghent University", "the Kiel Institute".
_RESEARCH_HEADS = {"university", "institute", "college", "school", "centre", "center", "laboratory", "lab"}

# Civil-society organisations named by a capitalised name ("Relief International", "Physicians
# for Human Rights Network") or described by a lower-case phrase after the name or in
# apposition ("the Memorial human rights centre", "X, a volunteer network,"): third parties.
_NGO_HEADS = {"international", "network", "foundation", "initiative", "society", "watch", "association",
              "syndicate", "trust", "charity", "rooms", "collective", "observatory", "project", "committees"}
_NGO_PHRASES = {("rights", "centre"), ("rights", "center"), ("rights", "group"), ("rights", "groups"),
                ("rights", "organisation"), ("rights", "organization"), ("aid", "group"), ("aid", "agency"),
                ("aid", "organisation"), ("aid", "organization"), ("relief", "group"), ("relief", "agency"),
                ("volunteer", "network"), ("volunteer", "group"), ("volunteer", "groups"), ("monitoring", "group"),
                ("charity",),
                ("watchdog",), ("ngo",), ("non-governmental",), ("humanitarian", "organisation"),
                ("humanitarian", "organization"), ("humanitarian", "group"), ("medical", "charity"),
                ("network", "of"), ("doctors", "group"), ("doctors", "network"), ("activists",)}
_ARMED_WORDS = {"armed", "militant", "militia", "rebel", "jihadist", "paramilitary", "insurgent", "terrorist"}


def ngo_words(words: list[str]) -> bool:
    """Do these words describe a civil-society body ("a volunteer network", "human rights centre")?"""
    if any(w in _ARMED_WORDS for w in words):
        return False
    return any(tuple(words[i:i + len(p)]) == p for p in _NGO_PHRASES for i in range(len(words)))


# Roles whose holder is sent to or deals with a country, not from it: "the US envoy for
# Sudan", "the UN special rapporteur on Ukraine", "Britain's ambassador to Israel".
_ENVOY_ROLES = {"envoy", "rapporteur", "commissioner", "representative", "coordinator", "ambassador",
                "panel", "mission", "observer", "observers", "monitors", "experts", "delegation", "inquiry",
                "commission", "investigators", "correspondent"}
# Capitalised names ending in these are organisations, not people.
_ORG_HEADS = {"party", "council", "ministry", "office", "agency", "army", "forces", "front", "brigade",
              "brigades", "command", "committee", "service", "department", "bureau", "movement", "group",
              "commission", "court", "assembly", "parliament", "government", "authority", "administration",
              "corps", "guard", "police", "news", "times", "post", "journal", "daily", "network", "channel",
              "hospital", "station", "camp", "airport", "street", "square", "bridge", "river", "valley", "staff"}
_NAME = re.compile(r"^(?:[A-Z][a-z]+(?:'[A-Za-z]+)?|[A-Z]\.?|[A-Z][a-z]*[A-Z][a-z]+)$")
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "da", "-"}
# Capitalised words that are not names (sentence openers, calendar words, titles).
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "by", "for", "of", "and", "but", "as", "after", "before",
    "since", "during", "while", "when", "it", "he", "she", "they", "we", "i", "his", "her", "their",
    "its", "this", "that", "these", "those", "there", "some", "many", "most", "all", "both", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "update", "later",
    "earlier", "meanwhile", "however", "still", "yet", "separately", "days", "hours", "weeks",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "according", "citing", "officials", "no",
    "not", "neither", "only", "if", "what", "who", "why", "how", "where", "our", "my", "your",
    "breaking", "live", "analysis", "opinion", "exclusive", "video", "photos", "read", "more",
}


# The people of a hospital named by its name: they speak for it (and so for the place it serves).
_HOSPITAL_STAFF = {"officials", "official", "staff", "director", "directors", "doctors", "doctor", "spokesman",
                   "spokesperson", "spokeswoman", "sources", "source", "administration", "management", "chief",
                   "head", "medics", "administrator"}


@dataclass(frozen=True)
class Person:
    a: int  # token range in the sentence, role and apposition included
    b: int
    name_a: int  # the name itself ("Valentyn Reznichenko")
    name_b: int
    kind: str  # local | ministry | military | person | third_party | media
    side_from: tuple[int, int] | None  # a side/actor mention inside the role phrase, if any


def sent_to(ctx, a: int) -> bool:
    """Is the name at token a the body or country an envoy is sent to ("Iran's ambassador to the UN", "the
    US envoy for Sudan", "Britain's ambassador to Israel")? It is no speaker and gives the envoy no side."""
    prep = a - 2 if ctx.w(a - 1) == "the" else a - 1
    return ctx.w(prep) in ("for", "on", "to") and ctx.w(prep - 1) in _ENVOY_ROLES


def _is_name_token(ctx, k: int) -> bool:
    text = ctx.toks[k].text if 0 <= k < len(ctx.toks) else ""
    return bool(_NAME.match(text)) and text.lower() not in _NOT_NAMES and text.lower() not in ROLE_KINDS


def _role_kind(words: list[str]) -> str | None:
    """The kind of source a role phrase names. The head of the role decides ("deputy head
    of the regional council" is a head, local), a military word anywhere makes it military
    ("director general of military operations")."""
    # "prosecutor-general", "attorney-general", "secretary-general": the head is the first word
    words = [w for i, w in enumerate(words) if not (w == "general" and i > 0 and words[i - 1] == "-")]
    kinds = [ROLE_KINDS[w] for w in words if w in ROLE_KINDS]
    if not kinds:
        return None
    if THIRD_PARTY in kinds:
        return THIRD_PARTY
    if "military" in kinds or any(w in _MILITARY_MODIFIERS for w in words):
        return "military"
    head = words.index("of") if "of" in words else len(words)
    heads = [ROLE_KINDS[w] for w in words[:head] if w in ROLE_KINDS]
    return heads[-1] if heads else kinds[-1]


# Words a title-case headline capitalises that are never part of a name.
_HEADLINE_WORDS = frozenset(L.REPORTING_VERBS | L.KILLED_AFTER | L.WOUNDED_AFTER | L.CASUALTIES_AFTER
                            | L.ATTACK_NOUNS | L.MILITARY_NOUNS | L.CIVILIAN_NOUNS
                            | {"kill", "kills", "killing", "die", "dies", "attacks", "strike", "strikes", "toll", "death",
                               "deaths", "in", "at", "on", "of", "after", "as", "over", "from"})


def name_runs(ctx, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised tokens that can be a person's name ("V K Singh", "Haider al - Abadi")."""
    runs: list[tuple[int, int]] = []
    k = 0
    n = len(ctx.toks)
    # a headline in title case capitalises its verbs and nouns too: "Afghan Officials Say Taliban Attacks Killed 16"
    common = _HEADLINE_WORDS if _title_case(ctx) else frozenset()
    while k < n:
        if k in taken or not _is_name_token(ctx, k) or ctx.w(k) in common:
            k += 1
            continue
        j = k + 1
        while j < n and j not in taken and ctx.w(j) not in common \
                and (_is_name_token(ctx, j) or _particles_then_name(ctx, j)):
            j += 1
        runs.append((k, j))
        k = j
    return runs


def _particles_then_name(ctx, j: int) -> bool:
    """Particles inside a name continue it when a name follows: "Haider al-Abadi" (al, -, Abadi)."""
    k = j
    while k < len(ctx.toks) and ctx.w(k) in _PARTICLES and k - j < 3:
        k += 1
    return k > j and k < len(ctx.toks) and _is_name_token(ctx, k)


def find_people(ctx, gaz: Gazetteer, taken: set[int], mention_spans: list[tuple[int, int]]) -> list[Person]:
    """People named with a role (before or in apposition), or bare names of two or more words.

    `taken`: tokens already part of gazetteer mentions; `mention_spans`: those mentions,
    which may sit inside a role phrase and give the person's side ("India's home minister").
    """
    people: list[Person] = []
    for na, nb in name_runs(ctx, taken):
        if _inside_org_name(ctx, na):
            continue  # "the Ministry of Public Health", "the Office of Legal Affairs": no person
        if ctx.w(nb) in PLACE_NOUNS:
            continue  # "the governor of the Donetsk region": a place, no person's name
        if any(s[0] <= na and nb <= s[1] for s in mention_spans):
            continue  # a side's name is no person's: "According to the General Staff, Russia has lost"
        if any(na < s[0] < nb and ctx.w(s[0] - 1).endswith("'s") for s in mention_spans):
            continue  # "Lebanon's Hezbollah": a side's possessive before another name, no person
        if all(any(s[0] <= k < s[1] for s in mention_spans) for k in range(na, nb)):
            continue  # "the Lebanese Hezbollah": a side's adjective before another side's name, no person
        a, b = na, nb
        role_words: list[str] = []
        side_from = None
        # role before the name: "governor", "Prime Minister", "India's home minister", "a presidential adviser,"
        k = na - 1
        if ctx.w(k) == ",":
            k -= 1
        start = None
        while k >= 0 and na - k <= 7:
            w = ctx.w(k)
            span = next((s for s in mention_spans if s[0] <= k < s[1]), None)
            if w not in ("for", "on", "to") and ctx.w(k - 1) in ("for", "on", "to") and ctx.w(k - 2) in _ENVOY_ROLES:
                k -= 2  # "the US special envoy for Sudan,": Sudan is where the envoy is sent
                continue
            if span is not None:
                if sent_to(ctx, span[0]):
                    k = span[0] - (3 if ctx.w(span[0] - 1) == "the" else 2)  # "Iran's ambassador to the UN,": Iran's
                    continue
                side_from, start, k = span, span[0], span[0] - 1
                break
            if w == ")" and role_words:
                # "Tigray Defence Forces (TDF) spokesperson Gebre Gebretsadik": the body's acronym
                opener = next((j for j in range(k - 1, max(-1, k - 5), -1) if ctx.w(j) == "("), None)
                if opener is not None:
                    k = opener - 1
                    continue
            if w in ROLE_KINDS or w in _MILITARY_MODIFIERS or w in ("prime", "home", "interior", "foreign",
                                                                     "presidential", "regional", "district",
                                                                     "city", "junior", "senior", "former",
                                                                     "top", "military", "health", "defence",
                                                                     "defense", "of", "the", "general's",
                                                                     "deputy", "then", "state", "acting", "special",
                                                                     "personal", "permanent", "humanitarian",
                                                                     "resident", "high", "relief"):
                role_words.append(w)
                start = k
                k -= 1
                continue
            if (w in PLACE_NOUNS or ctx.toks[k].text[:1].isupper() and ctx.w(k + 1) in PLACE_NOUNS) \
                    and any(ctx.w(j) in ("of", "for") for j in range(max(0, k - 3), k)):
                role_words.append(w)  # "the head of the Kizhinginsky district, Sayana Badmaeva,"
                k -= 1
                continue
            if w == "-" and ctx.w(k - 1) in ROLE_KINDS and role_words:
                role_words.append(w)  # "Ukraine's prosecutor-general, Iryna Venediktova,"
                k -= 1
                continue
            if _is_name_token(ctx, k) and ctx.toks[k].text.lower() in ("prime", "minister"):
                start = k
                k -= 1
                continue
            break
        if start is not None and (role_words and any(w in ROLE_KINDS for w in role_words) or side_from):
            a = start
            while ctx.w(a) in ("the", "of"):
                a += 1
        else:
            role_words = []
            side_from = None
        if side_from is None and not _title_case(ctx):
            # a name that opens with a side's or actor's name is that side's: "Islamic State Khorasan",
            # "Israel Katz"; unresolved, it would take whichever source spoke last. (Not in a headline
            # set in title case: "Taliban Attacks Killed 16" is no name.)
            side_from = next((s for s in mention_spans if s[0] == na and na < s[1] < nb <= s[1] + 2
                              and not any(s[1] <= o[0] < nb for o in mention_spans)), None)
        if side_from is None and ctx.w(nb) == "of":
            # "Deprose Muchena of Amnesty International", "X of the Red Cross": the body the person is of
            at = nb + 2 if ctx.w(nb + 1) == "the" else nb + 1
            span = next((s for s in mention_spans if s[0] == at), None)
            if span is not None:
                side_from, b = span, span[1]
        # apposition after the name: ", deputy head of the presidential office," / ", the African Union envoy who ...,"
        if ctx.w(nb) == ",":
            close = next((j for j in range(nb + 1, min(len(ctx.toks), nb + 25)) if ctx.w(j) in (",", ";")), None)
            if close is None and len(ctx.toks) - nb <= 14 and ctx.w(len(ctx.toks) - 1) in (".", "!", "?") \
                    and ctx.w(na - 1) in L.REPORTING_VERBS:
                close = len(ctx.toks) - 1  # an apposition ending the sentence: '"...," said X, Head of HRMMU.'
            if close is not None and (ctx.w(nb + 1) in L.REPORTING_VERBS or "that" in ctx.low[nb + 1:close]):
                close = None  # "X, told President Putin ... that 12 civilians": the verb, no apposition
            if close is not None:
                words = ctx.low[nb + 1:close]
                kind = _role_kind(words)
                if kind is None and ngo_words(words):
                    people.append(Person(na, close + 1, na, nb, THIRD_PARTY, None))  # "X, a volunteer network,"
                    continue
                if kind is not None:
                    role_words.extend(words)
                    inner = [s for s in mention_spans if nb < s[0] and s[1] <= close]
                    if inner and side_from is None:
                        side_from = inner[0]
                    b = close + 1
        if b == nb and a < na and ctx.w(na - 1) == "," and ctx.w(nb) == ",":
            b = nb + 1  # "the UN resident coordinator, Clementine X, had spoken of": the name is an apposition
        # a possessive is still the name's head: "the General Staff's report" is an organisation's
        heads = {ctx.w(k)[:-2] if ctx.w(k).endswith("'s") else ctx.w(k) for k in range(na, nb)}
        tail = nb
        while tail < len(ctx.toks) and tail - nb < 4 and ctx.toks[tail].text.islower() and ctx.w(tail).isalpha():
            tail += 1
        while tail - 1 > nb and ngo_words(ctx.low[nb:tail - 1]):
            tail -= 1  # the phrase only: "human rights centre", not the verb after it
        if ngo_words(ctx.low[nb:tail]):  # "the Memorial human rights centre"
            people.append(Person(na, tail, na, nb, THIRD_PARTY, None))
            continue
        if heads & _NGO_HEADS and not role_words:  # "Relief International"
            people.append(Person(na, nb, na, nb, THIRD_PARTY, None))
            continue
        if heads & {"hospital", "clinic", "infirmary"} or "medical" in heads and heads & {"center", "centre", "complex"}:
            end = nb
            while ctx.w(end) in _HOSPITAL_STAFF and end - nb < 2:
                end += 1  # "Nasser Hospital officials said", "Hospital officials in Khan Younis said": its staff speak
            people.append(Person(na, end, na, nb, "local", None))  # "Soroka Medical Center": the place it serves
            continue
        if heads & _RESEARCH_HEADS:
            people.append(Person(na, nb, na, nb, THIRD_PARTY, None))  # "Ghent University"
            continue
        if heads & _ORG_HEADS:
            continue  # an organisation, not a person: "the Bharatiya Janata Party"
        kind = _role_kind(role_words)
        if kind is None:
            if nb - na < 2:
                continue  # a lone capitalised word without a role: too ambiguous here
            kind = "person"
        people.append(Person(a, b, na, nb, kind, side_from))
    return people


def _title_case(ctx) -> bool:
    """Is the sentence a headline with its words capitalised ("Afghan Officials Say Taliban Attacks
    Killed 16")? Capitalised runs there are no names."""
    words = [t.text for t in ctx.toks if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def personal_name(ctx, a: int, b: int) -> bool:
    """Do tokens a..b spell a person's name ("Ashraf al-Qudra", "Igor Konashenkov")? The gazetteer
    lists some spokesmen as aliases of their body; a later "Qudra said" is the same speaker. Two to
    four capitalised words and particles, none the head of an organisation, place or research body
    ("Islamic State", "Human Rights Watch", "Gaza Health Ministry" are no person)."""
    words = [ctx.toks[k].text for k in range(a, b)]
    names = [w for w in words if _NAME.match(w) and w.lower() not in _PARTICLES]
    if not 2 <= len(names) <= 4 or any(not _NAME.match(w) and w.lower() not in _PARTICLES for w in words):
        return False
    heads = _ORG_HEADS | _NGO_HEADS | _RESEARCH_HEADS | PLACE_NOUNS | set(ROLE_KINDS) | _NOT_NAMES
    return not any(w.lower() in heads for w in names)


def _inside_org_name(ctx, na: int) -> bool:
    """Is the name run at na the tail of an organisation's name ("Ministry of Public Health",
    "Panel of Experts", "Department for Emergency Situations")?"""
    if ctx.w(na - 1) not in ("of", "for", "on", "and", "&") or na < 2:
        return False
    j = na - 1
    while j >= 0 and na - j <= 8:  # "London School of Hygiene and Tropical Medicine"
        text = ctx.toks[j].text
        if text[:1].isupper() and (text.lower() in _ORG_HEADS or text.lower() in _RESEARCH_HEADS
                                   or text.lower() in ("panel", "mission", "directorate")):
            return True
        if not (text[:1].isupper() or ctx.w(j) in ("of", "for", "on", "and", "&")):
            return False
        j -= 1
    return False


def generic_sources(ctx, taken: set[int]) -> list[tuple[int, int, str]]:
    """Unnamed outlets and researchers: "an Australian newspaper", "Researchers at Ghent
    University", "the independent Russian outlet". Returns (a, b, kind) token ranges."""
    out: list[tuple[int, int, str]] = []
    for k, w in enumerate(ctx.low):
        if k in taken:
            continue
        post = _social_post(ctx, k, taken)
        if post is not None:
            out.append((post, k + 1, THIRD_PARTY))
            continue
        third = _third_party_noun(ctx, k)
        if third is not None:
            a = third
            while a - 1 >= 0 and a - 1 not in taken and (ctx.w(a - 1) in ("a", "an", "the", "some", "other", "several",
                                                                          "local", "independent")
                                                         or ctx.toks[a - 1].text[:1].isupper() and a - 1 > 0
                                                         and ctx.w(a - 2) in ("a", "an", "the", "some")):
                a -= 1  # "a Sudanese rights group", "a local pro-democracy group"
            out.append((a, k + 1, THIRD_PARTY))
            continue
        if w in MEDIA_NOUNS and w not in ("investigation", "daily", "paper", "weekly") or \
                (w == "site" and ctx.w(k - 1) == "news") or \
                (w in ("investigation",) and ctx.w(k - 1) not in ("criminal", "an", "the", "own", "its", "their", "internal")
                 and not ctx.w(k - 1).endswith("'s")) or \
                ROLE_KINDS.get(w) == THIRD_PARTY:
            if ctx.w(k - 1) in ("state", "state-run", "state-owned", "pro-kremlin", "government"):
                continue  # state media speak for their state
            a = k
            while a - 1 >= 0 and a - 1 not in taken and (ctx.w(a - 1) in (
                    "an", "a", "the", "independent", "local", "online", "investigative", "foreign", "exiled",
                    "international", "western", "leading", "prominent", "news", "other", "some")
                    or ctx.toks[a - 1].text[:1].isupper() and ctx.w(a - 2) in ("a", "an", "the", "independent",
                                                                             "exiled", "opposition")):
                # "a Canadian newspaper": a nationality the gazetteer does not know; "an independent Russian
                # news site", "the exiled Russian outlet": a country's outlet that is no voice of its state
                a -= 1
            a = _seat_before(ctx, a, taken)
            out.append((a, k + 1, THIRD_PARTY))
    return out


def seated_body(ctx, b: int, taken: set[int]) -> int | None:
    """A place's name ending at token b that is only where a body sits ("a Britain-based war monitor",
    "the Washington-based Human Rights Activists group", "a Gaza-based militant group"): -1 when it is
    a seat of something that is no civil-society body, the end of the body's name when it is one (a third
    party: where a monitor or rights group sits is no side speaking), None when the place is no seat."""
    if ctx.w(b) == "-" and ctx.w(b + 1) == "based":
        k = b + 2
    elif ctx.w(b) in ("based", "-based") and ctx.toks[b].text.islower():
        k = b + 1
    else:
        return None
    words: list[str] = []
    for j in range(k, min(len(ctx.toks), k + 6)):
        w = ctx.w(j)
        if j in taken or not w.replace("-", "").isalpha() or w in ("and", "that", "which", "who", "said", "says"):
            break
        words.append(w)
        if any(x in _ARMED_WORDS for x in words):
            return -1
        if ngo_words(words) or w in _WATCHER_NOUNS | _NGO_HEADS | _RESEARCH_HEADS:
            return j + 1
    return -1


# Anonymous social-media texts, and the words that may stand before them: "a widely shared post", "an anonymous
# Telegram channel", "a viral X account". Their figures are a third party's (CONVENTIONS, rulings of parts N-O);
# a side's channel ("a pro-Russian Telegram channel") names its side and is no such post.
_POST_NOUNS = {"post", "posts", "channel", "channels", "account", "accounts"}
_POST_MODIFIERS = {"widely", "shared", "anonymous", "viral", "social", "media", "telegram", "x", "twitter", "facebook",
                   "tiktok", "instagram", "unverified", "popular", "circulating", "online", "local", "news"}


def _social_post(ctx, k: int, taken: set[int]) -> int | None:
    """Start of an anonymous social-media post, channel or account whose head is token k, or None."""
    if ctx.w(k) not in _POST_NOUNS or not ctx.toks[k].text.islower():
        return None
    j = k - 1
    while j >= 0 and k - j <= 4 and j not in taken and ctx.w(j) in _POST_MODIFIERS:
        j -= 1
    start = j if j >= 0 and ctx.w(j) in ("a", "an") else j + 1
    if ctx.w(start - 1) in ("in", "on", "via", "through", "with", "under", "from", "by"):
        return None  # "the mayor said in a post on Telegram": where a speaker spoke
    if j >= 0 and j not in taken and ctx.w(j) in ("a", "an") or (ctx.w(k) in ("posts", "accounts", "channels")
                                                                  and j < k - 1 and j not in taken):
        return start
    return None


def side_channel_end(ctx, k: int) -> int | None:
    """End of a social-media channel or account named after a side's adjective ending right before k ("a
    pro-Russian Telegram channel", "Ukrainian Telegram channels", "Israeli X accounts"), or None."""
    j = k
    while j < len(ctx.toks) and j - k < 2 and ctx.w(j) in _POST_MODIFIERS and ctx.w(j) not in ("local", "news"):
        j += 1
    if j > k and ctx.w(j) in _POST_NOUNS and ctx.toks[j].text.islower():
        return j + 1
    return None


def _seat_before(ctx, a: int, taken: set[int]) -> int:
    """Start of an outlet's name taken back over the city it is based in ("the Kiev-based outlet", "a
    Moscow-based news site"): where an outlet sits is no side speaking (CONVENTIONS: journalists' projects
    are third parties)."""
    b = a
    if b >= 2 and ctx.w(b - 1) in ("based", "-based") and ctx.toks[b - 1].text.islower():
        j = b - 2 if ctx.w(b - 1) == "-based" else b - 3
        if j >= 0 and ctx.w(j + 1) in ("-", "based") and ctx.toks[j].text[:1].isupper() and j not in taken:
            while j - 1 >= 0 and ctx.toks[j - 1].text[:1].isupper() and j - 1 not in taken and j - 1 > 0:
                j -= 1  # "the New York-based"
            if ctx.w(j - 1) in ("a", "an", "the"):
                j -= 1
            return min(j, a)
    return a


# Sources with no side unless one is named with them: "diplomats", "rights groups", "aid
# agencies", "monitors"; "Western officials", "European intelligence agencies", "foreign
# journalists". (A side named before them makes a side's source: "Israeli diplomats".)
_THIRD_NOUNS = {"diplomats", "diplomat", "monitors", "observers", "watchdog", "watchdogs", "charities", "ngos",
                "activists"}
_THIRD_PAIRS = {("rights", "groups"), ("rights", "group"), ("rights", "organisations"), ("rights", "organizations"),
                ("aid", "agencies"), ("aid", "groups"), ("aid", "workers"), ("aid", "worker"), ("relief", "workers"),
                ("humanitarian", "workers"), ("humanitarian", "worker"), ("aid", "organisations"), ("aid", "organizations"),
                ("relief", "agencies"), ("relief", "groups"), ("humanitarian", "agencies"),
                ("humanitarian", "organisations"), ("humanitarian", "organizations"), ("humanitarian", "groups"),
                ("doctors", "group"), ("doctors", "network"), ("doctors", "union"), ("medical", "group"),
                ("medical", "groups"), ("medics", "group"), ("volunteer", "group"), ("volunteer", "groups"),
                ("activist", "group"), ("monitoring", "group"), ("monitoring", "groups"),
                ("activists", "group"),
                # civic bodies that count the dead of their town or camp (Sudan's resistance committees, a
                # displaced people's camp's coordination committee, a lawyers' or pro-democracy group)
                ("coordination", "committee"), ("coordination", "committees"), ("resistance", "committee"),
                ("resistance", "committees"), ("lawyers", "group"), ("pro-democracy", "group")}
# A monitor introduced with "a": "a monitor", "a war monitor", "a Britain-based monitor".
_WATCHER_NOUNS = {"monitor", "observatory"}
_FOREIGN_ADJ = {"western", "european", "foreign", "international", "independent", "diplomatic", "nato", "allied"}
_FOREIGN_HEADS = {"officials", "official", "sources", "source", "governments", "intelligence", "agencies",
                  "experts", "estimates", "assessments"}


def _third_party_noun(ctx, k: int) -> int | None:
    """Start of a sideless third-party source whose head is token k, or None."""
    w = ctx.w(k)
    if (ctx.w(k - 1), w) in _THIRD_PAIRS:
        return k - 1
    if w in _WATCHER_NOUNS:
        # "a monitor said", "a war monitor", "a UK-based monitoring observatory": a monitor nobody names
        # ("the monitor" refers back to one named before)
        j = k - 1
        while j >= 0 and k - j <= 4 and ctx.toks[j].text.islower() and ctx.w(j) not in ("a", "an") \
                and (ctx.w(j).replace("-", "").isalpha() or ctx.w(j) == "-"):
            j -= 1
        if ctx.w(j) in ("a", "an") and (j == k - 1 or not ctx.toks[j + 1].text.isupper()):
            return j + 1
    if w in _THIRD_NOUNS:
        return k
    if w in _FOREIGN_HEADS:
        j = k - 1
        if ctx.w(j) == "intelligence" and w == "agencies":
            j -= 1
        if ctx.w(j) in _FOREIGN_ADJ:
            return j
    return None
