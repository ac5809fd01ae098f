"""Everything in a sentence that could be the one making a claim: gazetteer actors, a side
with an organisation noun ("Ukrainian officials", "the Ministry of Defence of Ukraine"),
people with a role, people met earlier in the document, and anaphors ("it", "the ministry")."""

from __future__ import annotations

import re
from casualty_claims.extract import lexicon as L
from casualty_claims.extract.attribution.claimants import Claimant, KnownPeople, SpeakerMention
from casualty_claims.extract.attribution.reporting_verbs import AUX, REPORTING, TEXT_HEADS, count_at
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.speakers import (_ENVOY_ROLES, _ORG_HEADS, MEDIA_NOUNS, ROLE_KINDS, _role_kind, find_people,
                                              generic_sources, ngo_words, seated_body, side_channel_end)
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer


# Sources with no side of their own: local officials speak for the place hit, a health
# ministry for its population ("officials said", "the MoH", "doctors at the hospital").
_LOCAL = {"officials", "authorities", "prosecutors", "prosecutor", "police", "rescuers", "medics", "doctors",
          "doctor", "director", "administration", "governor", "mayor", "moh", "hospital", "paramedics",
          "residents", "witnesses", "villagers", "responders", "families", "relatives", "survivors", "ombudsman",
          "ombudsperson",
          # the staff and elders who count a hospital's or a village's dead: "the medical superintendent said"
          "superintendent", "nurse", "nurses", "paramedic", "coroner", "headman", "elder", "elders"}
# Organisation nouns beyond the shared lexicon's, for speakers only.
_ORG_NOUNS = {**L.ORG_NOUNS, ("intelligence", "agencies"): "intelligence", ("intelligence", "agency"): "intelligence",
              ("intelligence", "officials"): "intelligence", ("ombudsman",): "government", ("agencies",): "government",
              ("ombudsperson",): "government", ("human", "rights", "commissioner"): "government",
              ("milbloggers",): "state_media", ("war", "correspondents"): "state_media",
              # one of them, as the plural "bloggers" in the shared lexicon: "a pro-Kremlin military blogger wrote"
              ("milblogger",): "state_media", ("blogger",): "state_media", ("military", "blogger"): "state_media",
              ("war", "blogger"): "state_media",
              # the people of a body: "UN investigators", "a U.N. team", "ICRC staff"
              ("investigators",): "government", ("inspectors",): "government", ("experts",): "government",
              ("team",): "government", ("staff",): "government", ("monitors",): "government",
              ("spokesmen",): "spokesperson", ("spokespeople",): "spokesperson",
              # a side's social-media voice: "RSF-affiliated accounts claimed"
              ("accounts",): "state_media",
              ("civil", "administration"): "government", ("administration",): "government",
              # a movement's fighting arm speaks for it: "Hamas's armed wing said", "the group's military wing"
              ("armed", "wing"): "military", ("military", "wing"): "military", ("wing",): "military"}
_ORG_MAX = max(len(k) for k in _ORG_NOUNS)
_SIDE_ADJ = {"new", "top", "senior", "local", "regional", "military", "official", "state", "state-run", "security",
             "own", "chief", "main", "acting", "former", "interim", "provincial", "de", "facto",
             "occupation", "russian-installed", "pro-russian", "appointed", "de facto", "-run", "run"}
# A side's name tied to its outlets by a hyphen: "Houthi-run", "Kremlin-backed", "RSF-affiliated accounts".
_HYPHEN_TIES = {"run", "controlled", "led", "backed", "installed", "appointed", "affiliated", "aligned"}
# A side's movement named by its adjective alone ("the Houthi group", "the Taliban movement"); with a name after
# it ("the Palestinian group Hamas") the name speaks.
_GROUP_NOUNS = {"group", "movement"}
# Units between a side's name and an officer's role: "a Ukrainian brigade commander".
_UNIT_WORDS = {"brigade", "battalion", "regiment", "company", "platoon", "unit", "division", "drone", "artillery",
               "tank", "infantry", "marine", "border", "frontline", "front-line", "field", "naval", "air", "defence",
               "defense", "intelligence", "special", "forces"}


def _opens_clause(ctx: SentenceContext, a: int) -> bool:
    """Does the noun phrase at a open a clause (its subject), after a determiner or a side's possessive ("Yemen's
    Houthi group said")? Not the object of a verb or a preposition ("the coalition fighting the Houthi group")."""
    p = a - 1
    if ctx.w(p) in ("the", "a", "an"):
        p -= 1
    if p >= 0 and ctx.w(p).endswith("'s"):
        p -= 1
        if ctx.w(p) == "the":
            p -= 1
    return p < 0 or not ctx.w(p).replace("-", "").isalnum() or ctx.w(p) in ("and", "but", "that", "while", "as")


def _possessive_name_tail(ctx: SentenceContext, b: int) -> int:
    """End of an actor's name that goes on after a possessive: "the General Staff of Ukraine's Armed
    Forces", "the Ministry of Defence of Russia's Western Military District". The capitalised words after
    the possessive are part of the body's name (up to an organisation's head word), not a new speaker
    ("Forces" alone would be read as an anaphor and take the verb)."""
    if b < 1 or not ctx.w(b - 1).endswith("'s"):
        return b
    end, k = b, b
    while k < len(ctx.toks) and k - b < 4 and ctx.toks[k].text[:1].isupper() and ctx.toks[k].text.isalpha():
        k += 1
        if ctx.w(k - 1) in _ORG_HEADS or ctx.w(k - 1) in ("forces", "district", "group", "groups"):
            end = k
    return end


def _org_noun_at(ctx: SentenceContext, k: int) -> tuple[str, int] | None:
    for size in range(_ORG_MAX, 0, -1):
        key = tuple(ctx.w(k + n) for n in range(size))
        if key in _ORG_NOUNS:
            return _ORG_NOUNS[key], k + size
    return None


def find_speaker_mentions(ctx: SentenceContext, gaz: Gazetteer, known: KnownPeople | None = None) -> list[SpeakerMention]:
    """Everything in the sentence that could be the one making a claim. `known`: people
    introduced earlier in the document, recognised here by surname ("Ghai said")."""
    taken: set[int] = set()
    out: list[SpeakerMention] = []
    for m in ctx.actors:
        a, b = ctx.tok_index_of_mention(m)
        if a >= b:
            continue
        if _modified_alias(ctx, a, gaz):
            continue  # "Iraqi Kurdish officials" are not the alias "Kurdish officials"
        actor = gaz.actors[m.ref]
        while (more := _org_noun_at(ctx, b)) is not None and ctx.toks[b].text.islower():
            b = more[1]  # "Indian military sources", "British intelligence agencies": one speaker
        if _combatants_speaking(ctx, b, name_at=a):
            b += 1  # "M23 rebels said", "Arakan Army fighters claimed": the group's fighters speak for it
        b = _possessive_name_tail(ctx, b)  # "the General Staff of Ukraine's Armed Forces": one name
        # "Russian military spokesman Igor Konashenkov": one mention
        out.append(SpeakerMention(a, b, Claimant(actor.id, actor.side), actor.kind, "actor"))
        taken.update(range(a, b))
    for m in ctx.sides:
        a, b = ctx.tok_index_of_mention(m)
        if a >= b or any(k in taken for k in range(a, b)):
            continue
        side = m.ref
        seat = seated_body(ctx, b, taken)
        if seat is not None:
            if seat > 0:  # "a Britain-based war monitor": a third party, wherever it sits
                start = a - 1 if ctx.w(a - 1) in ("a", "an", "the") else a
                out.append(SpeakerMention(start, seat, Claimant(generic_id(ctx, start, seat), THIRD_PARTY), "ngo",
                                          "composite"))
                taken.update(range(start, seat))
            continue
        # side + organisation noun: "Ukrainian officials", "Gaza's health ministry"
        k = b
        skipped: list[int] = []
        while ctx.w(k) in _SIDE_ADJ or (ctx.w(k) == "-" and ctx.w(k + 1) in _HYPHEN_TIES) \
                or (m.form == "demonym" and _modified_alias(ctx, k + 1, gaz)):
            skipped.append(k)
            k += 2 if ctx.w(k) == "-" else 1
        u = k
        while ctx.w(u) in _UNIT_WORDS and u - k < 3:
            u += 1
        if u > k and ROLE_KINDS.get(ctx.w(u)) not in (None, THIRD_PARTY):
            k = u  # "A Ukrainian brigade commander", "a Russian battalion officer": the side's officer
        org = _org_noun_at(ctx, k) or _role_phrase_at(ctx, k)
        if org is None and skipped and _org_noun_at(ctx, skipped[-1]) is not None:
            # the last "adjective" was the head: "a senior Israeli official said", "the Ukrainian military
            # said" ("official" and "military" also modify: "Russian official media", "military sources")
            org = _org_noun_at(ctx, skipped[-1])
        if org is not None and m.form != "demonym" and ctx.w(k) == "reports" and k == b:
            org = None  # "Kyiv reports 1,020 enemy losses": a verb, not "Russian reports"
        if org is not None and org[0] == "state_media" and ctx.w(org[1] - 1) == "media" \
                and ctx.w(org[1]) in ("outlet", "outlets", "organisation", "organization", "company", "group"):
            org = None  # "Pakistani media outlet Dawn": a newspaper of that country, not its state media
        if org is None and m.form == "demonym" and k == b and ctx.w(k) in TEXT_HEADS and ctx.toks[k].text.islower() \
                and ctx.w(k + 1) in REPORTING:
            org = ("government", k + 1)  # "Israeli figures put the number at 80": the side's own figures
        if org is None and k == b and not ctx.w(b - 1).endswith("'s") and ctx.w(k) in _GROUP_NOUNS \
                and ctx.toks[k].text.islower() and not ctx.toks[min(k + 1, len(ctx.toks) - 1)].text[:1].isupper() \
                and _opens_clause(ctx, a):
            org = ("source", k + 1)  # "Yemen's Houthi group announced", "the Taliban movement said": the side's own
        if org is None and k == b and (post := side_channel_end(ctx, k)) is not None:
            org = ("state_media", post)  # "a pro-Russian Telegram channel claimed": the side's own channel
        if org is None and m.form != "demonym" and k == b and _combatants_speaking(ctx, k, name_at=a):
            org = ("source", k + 1)  # "Hamas militants said", "RSF fighters claimed", as "Houthi rebels said"
        if org is None and m.form != "demonym":
            org = _named_body_after(ctx, a, b, k)
        if org is None and m.form == "demonym" and not ctx.w(a - 1).endswith("'s"):  # not "the BBC's Russian service"
            org = _side_noun_speaker(ctx, k, cited=_cited_at(ctx, a))
        if org is not None:
            kind, end = org
            while (more := _org_noun_at(ctx, end)) is not None:  # "Ukrainian military sources"
                end = more[1]
            actor_id = gaz.actor_for(side, kind) if kind not in ("government", "military", "state_media") else None
            out.append(SpeakerMention(a, end, Claimant(actor_id or side, side), kind, "composite"))
            taken.update(range(a, end))
            continue
        # organisation noun + "of"/"in" + side: "the Ministry of Defence of Ukraine", "officials in Kyiv"
        if _inside_a_name(ctx, a):
            continue  # "the UN Assistance Mission for Iraq", "the Commissioner for Ukraine": not Iraq speaking
        if ctx.w(a - 1) in ("of", "in") or (ctx.w(a - 1) == "the" and ctx.w(a - 2) in ("of", "in")) \
                or _spokesman_for(ctx, a):
            p = a - 2 if ctx.w(a - 1) != "the" else a - 3
            if ctx.w(p) == ")" and ctx.w(p - 2) == "(":
                p -= 3  # "the Ministry of Health (MoH) in Gaza": the acronym is the body's own
            # "the Office of the Republic of Azerbaijan" is Azerbaijan's office
            if ctx.w(p) in ("republic", "state", "kingdom", "government", "federation"):
                if ctx.w(p - 1) == "the" and ctx.w(p - 2) == "of":
                    p -= 3
                elif ctx.w(p - 1) == "of":
                    p -= 2
            org = _capitalised_org_before(ctx, p, taken)
            if org is None:
                org = _capitalised_role_before(ctx, p, taken)  # "the Minister of Health of Armenia"
            if org is not None:  # "the Prosecutor General's Office of Azerbaijan"
                out.append(SpeakerMention(org, b, Claimant(side, side), "government", "composite"))
                taken.update(range(org, b))
                continue
            for size in range(_ORG_MAX, 0, -1):
                start = p - size + 1
                key = tuple(ctx.w(start + n) for n in range(size))
                if key in _ORG_NOUNS and start >= 0:
                    kind = _ORG_NOUNS[key]
                    actor_id = gaz.actor_for(side, kind) if kind not in ("government", "military", "state_media") else None
                    out.append(SpeakerMention(start, b, Claimant(actor_id or side, side), kind, "composite"))
                    taken.update(range(start, b))
                    break
            # "the UN mission in Ukraine", "deaths in Gaza": a place, not a speaker
            continue
        out.append(SpeakerMention(a, b, Claimant(side, side), m.form, "side"))
    _add_people(ctx, gaz, out, taken)
    if known:
        _add_known_people(ctx, out, taken, known)
    # anaphors: "it", "he", "the ministry"; generic local sources: "officials", "prosecutors"
    for k, w in enumerate(ctx.low):
        if k in taken or (k - 1 in taken and ctx.w(k - 1) not in (",",)) or \
                (k - 2 in taken and ctx.w(k - 1) in _SIDE_ADJ):
            continue  # "Ukraine's General Staff spokesman": part of the named speaker
        base = w[:-2] if w.endswith("'s") else w
        if base in _LOCAL and (ctx.w(k - 1) in ("of", "through", "from", "with", "among", "about")
                               or count_at(ctx, k - 1) or ctx.w(k - 1).isdigit()):
            continue  # people counted or consulted, no speaker: "the accounts of 23 survivors", "through families"
        if w == "official" and (any(s.a == k + 1 for s in out) or ctx.w(k + 1) in _OFFICIAL_TEXTS):
            continue  # "official Ukrainian figures", "official data": an adjective, no speaker
        if base in _LOCAL and not (base in ("ministry", "office") and ctx.w(k - 1) in ("the", "its")) or \
                _local_body(ctx, k, base) or _local_figure(ctx, k, base):
            out.append(SpeakerMention(k, k + 1, None, "local", "anaphor"))
        elif base == "general" and ctx.w(k + 1) == "staff" and ctx.toks[k].text[:1].isupper():
            # "According to the General Staff": the general staff named before, or the side's
            out.append(SpeakerMention(k, k + 2, None, "staff", "anaphor"))
            taken.add(k + 1)
        elif ctx.w(k - 1) == "the" and ROLE_KINDS.get(base) in ("ministry", "military"):
            # "the DGMO added", "the general said": a role named before, resolved by its kind
            out.append(SpeakerMention(k, k + 1, None, ROLE_KINDS[base], "anaphor"))
        elif base in _TEXT_ANAPHORS and ctx.w(k - 1) in ("the", "this", "that", "its", "their"):
            # "The probe concluded that 62 ...": the text of the source named before
            out.append(SpeakerMention(k, k + 1, None, "report", "anaphor"))
        elif base in _INDEFINITE_TEXTS and ctx.w(k - 1) in ("a", "an"):
            continue  # "At a briefing in New Delhi, X said": a new text, no reference to a speaker
        elif base == "state" and ctx.w(k + 1) in ("media", "tv", "television", "broadcaster") and k + 1 not in taken:
            # "state media reported": the state media of the state the story is about (discourse)
            out.append(SpeakerMention(k, k + 2, None, "state_media", "anaphor"))
            taken.add(k + 1)
        elif base == "mod" and ctx.toks[k].text in ("MoD", "MOD"):
            # "the MoD said", "... - MoD": a defence ministry named by its initials (whose: the context's)
            out.append(SpeakerMention(k, k + 1, None, "ministry", "anaphor"))
        elif base == "coalition" and ctx.w(k - 1) == "the":
            # "the coalition said": a coalition the document named (discourse), else nobody
            out.append(SpeakerMention(k, k + 1, None, "coalition", "anaphor"))
        elif base in WATCHER_ANAPHORS and ctx.w(k - 1) in ("the", "this", "both", "two"):
            # "the network said", "the two groups said": a monitor or rights group named before
            out.append(SpeakerMention(k, k + 1, None, base, "anaphor"))
        elif base in GROUP_ANAPHORS and ctx.w(k - 1) == "the" and ctx.toks[k].text.islower():
            # "the rebels said", "the militants claimed": the armed group named before (discourse)
            out.append(SpeakerMention(k, k + 1, None, base, "anaphor"))
        elif base in FORCE_ANAPHORS and not (count_at(ctx, k - 1) or ctx.w(k - 1).isdigit()
                                             or ctx.w(k - 1) in ("of", "among", "with")):
            # "Military commanders said", "Counter-terrorism units said": the forces (discourse says whose)
            out.append(SpeakerMention(k, k + 1, None, base, "anaphor"))
        elif base == "official" and _indefinite_local(ctx, k):
            # "a separatist official from the region reported": a new source, of the place, no earlier speaker
            out.append(SpeakerMention(k, k + 1, None, "local", "anaphor"))
        elif base in L.ANAPHORS:
            end = _proper_tail(ctx, k, taken)  # "the Ministry of Public Health and Population": one name
            out.append(SpeakerMention(k, end, None, base, "anaphor"))
            taken.update(range(k + 1, end))
    out.sort(key=lambda s: s.a)
    return out


_OFFICIAL_TEXTS = {"figures", "figure", "data", "statistics", "toll", "tolls", "count", "counts", "tally", "estimate",
                   "estimates", "numbers", "records", "sources", "reports", "report", "statement", "results"}

# The forces' people and formations, read as "the forces" (the lexicon has the singular "unit", "commander").
FORCE_ANAPHORS = {"commanders", "units", "junta", "regime"}

# An armed group named before, called by what its fighters are: "the rebels said", "the insurgents claimed".
GROUP_ANAPHORS = {"rebels", "militants", "insurgents", "jihadists", "guerrillas"}

# Words for a monitor or aid group named before, beyond the lexicon's anaphors (discourse resolves them;
# unresolved they are dropped, never read as a local source).
WATCHER_ANAPHORS = {"network", "watchdog", "charity", "groups", "ngo", "organisations", "organizations"}

# Texts introduced with "a"/"an" name no earlier speaker: "at a briefing", "in a statement".
_INDEFINITE_TEXTS = {"statement", "report", "briefing", "update", "bulletin", "post", "tally", "channel"}
# Texts that stand for their author once named: "an IDF investigation ... . The probe concluded"
_TEXT_ANAPHORS = {"probe", "investigation", "inquiry", "study", "review", "audit", "assessment", "survey"}


# Words before "official" that say whose institution it is ("a ministry official", "an army official"): resolved by kind.
_INSTITUTION_WORDS = {"ministry", "military", "army", "defence", "defense", "government", "security", "police",
                      "intelligence", "foreign", "health", "interior", "state", "administration", "un", "u.n.",
                      "hospital", "hamas", "taliban", "rebel", "militia", "kremlin", "pentagon", "staff", "navy",
                      # the state's own people: "a federal official", "a senior official" (the government covered)
                      "federal", "national", "central", "senior", "top", "high-ranking", "western", "foreign"}


def _indefinite_local(ctx: SentenceContext, k: int) -> bool:
    """Is the "official" at k introduced as someone new with no institution ("a separatist official", "a local
    official", "an official")? Such a source is the place's, not the last body named."""
    j = k - 1
    while j >= k - 2 and ctx.toks[j].text.islower() and ctx.w(j).isalpha() and ctx.w(j) not in ("a", "an") \
            if j >= 0 else False:
        if ctx.w(j) in _INSTITUTION_WORDS:
            return False
        j -= 1
    return j >= 0 and ctx.w(j) in ("a", "an")


def _proper_tail(ctx: SentenceContext, k: int, taken: set[int]) -> int:
    """End of a capitalised body's name continued by "of"/"for"/"and" and capitalised words
    ("the Ministry of Public Health and Population", "the Office for Humanitarian Affairs"), so that
    a phrase after the name ("in Sanaa said") reaches its verb. Just k + 1 for a lower-case word."""
    end = k + 1
    if not ctx.toks[k].text[:1].isupper():
        return end
    j = end
    while ctx.w(j) in ("of", "for", "and", "&") and j + 1 < len(ctx.toks) and j + 1 not in taken:
        n = j + 1
        if ctx.w(n) == "the":
            n += 1
        m = n
        while m < len(ctx.toks) and m not in taken and ctx.toks[m].text[:1].isupper() and ctx.toks[m].text.isalpha():
            m += 1
        if m == n:
            break
        end = j = m
    return end


_SPOKES = {"spokesman", "spokesmen", "spokeswoman", "spokesperson", "spokespeople"}


def _spokesman_for(ctx: SentenceContext, a: int) -> bool:
    """"spokesmen for Russian troop groups", "a spokesman for the Israeli military": the side's spokesman."""
    p = a - 1 if ctx.w(a - 1) != "the" else a - 2
    return ctx.w(p) == "for" and ctx.w(p - 1) in _SPOKES


def _modified_alias(ctx: SentenceContext, a: int, gaz: Gazetteer) -> bool:
    """An actor's alias is a whole noun phrase: one preceded by another side's demonym
    ("Iraqi Kurdish officials") is a longer name, whose head is the outer side's."""
    if not 0 < a <= len(ctx.toks):  # a demonym may end the text ("... that Israeli")
        return False
    prev = ctx.toks[a - 1]
    return prev.text[:1].isupper() and any(prev.text in side.demonyms for side in gaz.sides.values())


def _inside_a_name(ctx: SentenceContext, a: int) -> bool:
    """Is the side's name at token a the tail of a longer name ("Mission for Iraq", "Panel of
    Experts on Sudan") or the object of an envoy's role ("the US special envoy for Sudan")?"""
    if ctx.w(a - 1) == "the":
        a -= 1
    if ctx.w(a - 1) not in ("for", "on", "to") or a < 2:
        return False
    return (ctx.w(a - 1) in ("for", "on") and a >= 3 and ctx.toks[a - 2].text[:1].isupper()) or \
        ctx.w(a - 2) in _ENVOY_ROLES


# Nouns after a side's adjective that are the people hit or the weapons, never a speaker.
_NOT_SPEAKERS = {"soldiers", "troops", "civilians", "forces", "strikes", "strike", "attack", "attacks", "shelling",
                 "missile", "missiles", "drones", "drone", "losses", "casualties", "dead", "wounded", "army",
                 "children", "people", "citizens", "prisoners", "captives", "hostages", "fighters", "servicemen",
                 "war", "side", "territory", "positions", "units", "bombardment", "fire", "offensive", "advance"}


def _cited_at(ctx: SentenceContext, a: int) -> bool:
    """Does a source's phrase start at `a` ("citing Palestinian medics", "according to Sudanese doctors",
    "quoting Russian war correspondents")? The phrase names its speaker without a verb of its own."""
    if ctx.w(a - 1) in ("a", "an", "the", "some", "several", "local"):
        a -= 1
    return ctx.w(a - 1) in ("citing", "quoting") or (ctx.w(a - 1) == "to" and ctx.w(a - 2) == "according")


def _side_noun_speaker(ctx: SentenceContext, k: int, cited: bool = False) -> tuple[str, int] | None:
    """A side's adjective before a speaker the gazetteer has no word for, bound to a reporting
    verb: "a prominent Russian milblogger claimed", "Israeli TV reported", "Ukrainian volunteers
    say". Whoever the noun names, the subject of a reporting verb asserts the figure, and the
    adjective says whose. One or two lower-case nouns, then the verb (an auxiliary between)."""
    end = k
    if _combatants_speaking(ctx, k):
        return "source", k + 1
    if ngo_words(ctx.low[k:k + 3]) and ctx.w(k) != "activists":  # ("Sudanese activists" speak for their people)
        return None  # "a Sudanese rights group", "Russian volunteer groups": a third party of that country
    while end < len(ctx.toks) and end - k < 2 and ctx.toks[end].text.replace("-", "").isalpha() \
            and (ctx.toks[end].text.islower() or ctx.toks[end].text.isupper() and len(ctx.toks[end].text) <= 3) \
            and ctx.w(end) not in REPORTING and ctx.w(end) not in AUX:
        if ctx.w(end) in _NOT_SPEAKERS or ctx.w(end) in ROLE_KINDS or ctx.w(end) in MEDIA_NOUNS \
                or ctx.w(end) in ("media", "social", "posts", "service") \
                or ctx.w(end) == "news" and ctx.w(end + 1) in ("site", "sites", "website", "websites", "portal"):
            return None  # "Russian soldiers said"; outlets and journalists are third parties (generic_sources)
        end += 1
    if end == k:
        return None
    v = end
    while ctx.w(v) in AUX and v - end < 2:
        v += 1
    if cited and end - k == 1:
        return "source", end  # "citing Palestinian medics", "according to Sudanese doctors"
    if ctx.w(v) not in REPORTING or ctx.w(v) in ("told", "quoted", "cited"):
        return None
    return "source", end


# A side's fighters are the people hit or, as the subject of a reporting verb, speakers for their
# side (CONVENTIONS: a private person speaks for their community): "Kurdish fighters said 30 IS
# militants were killed", "Ukrainian soldiers say", "Houthi fighters claimed".
_COMBATANT_NOUNS = {"soldiers", "troops", "fighters", "servicemen", "militants", "rebels", "commanders",
                    "paramilitaries", "insurgents", "guerrillas"}
_CASUALTY_PARTICIPLES = {"killed", "dead", "missing", "wounded", "injured", "captured", "hurt", "lost", "slain", "to"}


_FEW_WITNESSES = {"two", "three", "four", "five"}


def _combatants_speaking(ctx: SentenceContext, k: int, name_at: int | None = None) -> bool:
    """Are the side's fighters at k the subject of a reporting verb? Not when counted ("30 Ukrainian
    soldiers reported killed", "among the Russian troops said to be missing") nor when the verb is a
    participle of their fate ("Ukrainian soldiers reported missing") or a killing ("claimed the lives of").
    name_at: where the group's name before k starts, whose digits count nobody ("M23 rebels said")."""
    if ctx.w(k) not in _COMBATANT_NOUNS or not ctx.toks[k].text.islower():
        return False
    # "Two Israeli soldiers said ...": a handful of witnesses right before the side's adjective still speak
    few = k - 2 if ctx.w(k - 2) in _FEW_WITNESSES and ctx.w(k - 3) not in ("of", "among", "the") else None
    if any((count_at(ctx, j) or ctx.w(j).isdigit()) and j != few or ctx.w(j) in ("of", "among")
           for j in range(max(0, k - 4), k if name_at is None else name_at)):
        return False
    v = k + 1
    while ctx.w(v) in AUX and v - k < 3:
        v += 1
    return ctx.w(v) in REPORTING and ctx.w(v) not in ("told", "quoted", "cited", "reportedly") \
        and ctx.w(v + 1) not in _CASUALTY_PARTICIPLES and not (ctx.w(v) == "claimed" and ctx.w(v + 1) in ("the", "lives"))


_BODY_HEADS = {"headquarters", "committee", "council", "service", "office", "centre", "center", "agency",
               "bureau", "directorate", "department", "command", "staff", "ministry", "administration",
               "commission", "authority", "inspectorate", "prosecutor", "ombudsman", "guard", "corps"}


def _named_body_after(ctx: SentenceContext, a: int, b: int, k: int) -> tuple[str, int] | None:
    """A side's possessive before the capitalised name of one of its bodies: "Ukraine's own
    Coordination Headquarters for the Treatment of Prisoners of War", "Russia's Investigative
    Committee", "Israel's National Security Council". The body speaks for the side whatever its
    name; the gazetteer cannot list every state body. The name must end in a body's head word
    (a place, "Russia's Kursk region", or a person, "Israel's Netanyahu", is no body)."""
    if not ctx.w(b - 1).endswith("'s") and not (ctx.w(b) in ("'s", "'") and ctx.w(b + 1) == "s"):
        return None
    end = k
    last_head = None
    while end < len(ctx.toks) and end - k < 10:
        text = ctx.toks[end].text
        if text[:1].isupper() and text.replace("-", "").isalpha():
            if ctx.w(end) in _BODY_HEADS:
                last_head = end + 1
            end += 1
        elif ctx.w(end) in ("of", "for", "the", "and") and end > k and ctx.toks[end + 1:end + 2] \
                and ctx.toks[end + 1].text[:1].isupper() or ctx.w(end) == "the" and ctx.w(end + 1)[:1].isalpha():
            end += 1
        else:
            break
    if last_head is None:
        return None
    # the whole capitalised name: "Coordination Headquarters for the Treatment of Prisoners of War"
    stop = end
    while stop > last_head and ctx.w(stop - 1) in ("of", "for", "the", "and"):
        stop -= 1
    return "government", stop


def _role_phrase_at(ctx: SentenceContext, k: int) -> tuple[str, int] | None:
    """A role after a side's name: "India's director general of military operations",
    "Ukraine's human rights commissioner". Returns (kind, end) or None."""
    if ROLE_KINDS.get(ctx.w(k)) in (None, THIRD_PARTY):
        return None
    end = k + 1
    while end < len(ctx.toks) and end - k < 7 and ctx.toks[end].text.islower() and ctx.w(end) not in REPORTING \
            and ctx.w(end) not in AUX and ctx.w(end) not in ("and", "that", "who", "which") and ctx.w(end).isalpha():
        end += 1
    kind = _role_kind(ctx.low[k:end]) or "ministry"
    return {"local": "local_authority", "military": "military"}.get(kind, "government"), end


# Bodies that speak for the place they serve, named without a side: "the health ministry",
# "the state emergency service", "the railway company", "the city council".
_LOCAL_BODIES = {"company", "operator", "utility", "council", "municipality", "coroner", "morgue", "hall"}
SERVICE_MODIFIERS = {"health", "emergency", "emergencies", "rescue", "ambulance", "fire"}
# The staff of an emergency service: "civil defence teams", "rescue workers", "ambulance crews".
_CREWS = {"team", "teams", "workers", "worker", "crews", "crew", "volunteers", "staff", "personnel", "spokesman",
          "spokesperson", "spokeswoman"}


# People of a place who speak for it: "a tribal chief said", "village elders said", "a police officer said".
_LOCAL_FIGURES = {"chief", "chiefs", "leader", "leaders", "officer", "officers", "elder", "elders", "official"}
_LOCAL_QUALIFIERS = {"tribal", "village", "local", "police", "clan", "community", "district", "town", "tribe"}


def _local_figure(ctx: SentenceContext, k: int, base: str) -> bool:
    """A figure of the place hit named by a local qualifier ("a tribal chief", "village elders", "a police
    officer"); "elders" alone too. Not "the army chief": a force's officer is its force's."""
    if base not in _LOCAL_FIGURES:
        return False
    return base in ("elder", "elders") or ctx.w(k - 1) in _LOCAL_QUALIFIERS


def _local_body(ctx: SentenceContext, k: int, base: str) -> bool:
    prev = ctx.w(k - 1)
    if base in ("office", "administration", "department", "service", "authorities", "officials") and (
            prev.endswith("'s") and prev[:-2] in _LOCAL or prev in ("regional", "provincial", "district", "city",
                                                                     "municipal", "oblast", "county")):
        return True  # "the regional prosecutor's office", "the governor's office", "the district administration"
    if base == "hall":
        return prev in ("city", "town")  # "according to city hall": the city's administration
    if base in _LOCAL_BODIES:
        return ctx.w(k - 1) in ("the", "railway", "rail", "power", "energy", "water", "city", "town", "regional",
                                "municipal", "local", "district", "state", "village")
    if base in _CREWS and (prev in SERVICE_MODIFIERS or prev in ("defence", "defense") and ctx.w(k - 2) == "civil"):
        return True  # "civil defence teams", "rescue workers", "ambulance crews": the emergency services of the place
    if base in ("defence", "defense") and prev == "civil" and ctx.w(k + 1) not in _CREWS:
        return True  # "the civil defence said": the place's emergency service
    if base in ("official", "officials", "source", "sources", "worker", "workers") and prev in ("medical", "hospital"):
        return True  # "a medical source said", "hospital officials": the people who treat the place's wounded
    return base in ("ministry", "service", "services", "authorities", "officials", "official", "department", "source",
                    "sources", "workers", "worker") and ctx.w(k - 1) in SERVICE_MODIFIERS


def _capitalised_org_before(ctx: SentenceContext, p: int, taken: set[int]) -> int | None:
    """Start of a capitalised organisation name ending at token p ("Prosecutor General's
    Office", "State Security Service"), or None."""
    if p < 0 or p in taken or not ctx.toks[p].text[:1].isupper() or ctx.w(p) not in _ORG_HEADS:
        return None
    start = p
    while start - 1 >= 0 and start - 1 not in taken and ctx.toks[start - 1].text[:1].isupper() \
            and ctx.w(start - 1) not in ("the", "a", "an") and p - start < 5:
        start -= 1
    return start


def _capitalised_role_before(ctx: SentenceContext, p: int, taken: set[int]) -> int | None:
    """Start of a capitalised role ending at token p ("Minister of Health", "Deputy Minister of Defence",
    "Chief of the General Staff"), whose holder speaks for the side named after it, or None."""
    j = p
    while j >= 0 and p - j < 6 and j not in taken and (ctx.toks[j].text[:1].isupper() and ctx.w(j).isalpha()
                                                       or ctx.w(j) in ("of", "for", "and", "the")):
        if ROLE_KINDS.get(ctx.w(j)) not in (None, THIRD_PARTY) and ctx.toks[j].text[:1].isupper() and j < p:
            return j
        j -= 1
    return None


def _add_people(ctx: SentenceContext, gaz: Gazetteer, out: list[SpeakerMention], taken: set[int]) -> None:
    """People named with a role, outlets and researchers (speakers.py), in place.

    A gazetteer mention inside a person's role phrase ("India's home minister Amit Shah",
    "X, the African Union envoy,") gives the person its claimant and is absorbed."""
    spans = [(m.a, m.b) for m in out]
    for p in find_people(ctx, gaz, taken, spans):
        if any(k in taken for k in range(p.name_a, p.name_b)):
            continue
        if p.kind == "person" and ctx.w(p.name_a - 1) in ("in", "at", "near", "from") \
                and _is_place_name(ctx, p.name_a, p.name_b):
            continue  # "At a briefing in New Delhi, ...": a city, no person
        unit = next((m for m in out if m.a == p.b and m.strength == "side" and m.kind != "demonym"), None) \
            if p.kind == "person" and p.side_from is None else None
        if unit is not None:
            # "according to Kyauk Lone Gyi PDF", "the Mandalay PDF said": a place's unit of the group, no person
            out.remove(unit)
            out.append(SpeakerMention(p.a, unit.b, unit.claimant, "source", "composite"))
            taken.update(range(p.a, unit.b))
            continue
        claimant: Claimant | None = None
        if p.side_from is not None:
            inner = next((m for m in out if (m.a, m.b) == p.side_from), None)
            if inner is None:
                # the body was already taken by a person before ("the Commander of the Air Force of the Armed
                # Forces of Ukraine, Mykola Oleshchuk,"): that person's side
                inner = next((m for m in out if m.strength == "person" and m.a <= p.side_from[0] < m.b), None)
                if inner is None:
                    continue
            else:
                out.remove(inner)
            claimant = inner.claimant
        a = p.a
        if claimant is None and p.kind == "local":
            # "Hatay Governor Rahmi Dogan", "the governor of the Kharkiv region": the province's own official
            for pm in ctx.places:
                pa, pb = ctx.tok_index_of_mention(pm)
                side = gaz.places[pm.ref].side
                if side and (pb == p.a or p.a <= pa < p.b) and not any(k in taken for k in range(pa, pb)):
                    claimant, a = Claimant(side, side), min(pa, p.a)
                    break
        if p.kind == THIRD_PARTY and (claimant is None or claimant.side != THIRD_PARTY):
            claimant = Claimant("researchers", THIRD_PARTY)
            # "the Yemen Data Project", "the Sudan Doctors Network": the country is part of the name
            out[:] = [m for m in out if not (m.strength == "side" and p.name_a <= m.a and m.b <= p.name_b)]
        if p.kind == "person" and p.side_from is not None and p.side_from[0] == p.name_a and inner.kind == "demonym":
            # "British Defence Intelligence", "Russian Investigative Committee": a side's adjective
            # opening a capitalised name makes a body, not a person ("it added" can refer to it);
            # without a body's head word it is a place or a thing ("the Syrian Golan Heights")
            if any(ctx.w(k) in _BODY_HEADS | {"intelligence"} for k in range(inner.b, p.b)) \
                    or any(inner.b <= ctx.tok_index_of_mention(am)[0] < p.b for am in ctx.actors):  # "Lebanese Red Cross"
                out.append(SpeakerMention(a, p.b, claimant, "government", "composite"))
                taken.update(range(a, p.b))
            else:
                out.append(inner)
            continue
        else:
            out.append(SpeakerMention(a, p.b, claimant, p.kind, "person"))
        taken.update(range(a, p.b))
    for a, b, side in generic_sources(ctx, taken):
        # "the Kiev-based outlet": the city it sits in is part of the outlet's name, no speaker of its own
        out[:] = [m for m in out if not (m.strength == "side" and a <= m.a and m.b <= b)]
        out.append(SpeakerMention(a, b, Claimant(generic_id(ctx, a, b), side), "media", "composite"))
        taken.update(range(a, b))


_DETERMINERS = {"a", "an", "the", "some", "other", "several", "one", "two", "three", "another"}


def generic_id(ctx: SentenceContext, a: int, b: int) -> str:
    """The claimant id of a source the gazetteer does not name: the source as written (annotation
    guide), as an id ("a war monitor" -> "war-monitor", "Western officials" -> "western-officials",
    "an Australian newspaper" -> "australian-newspaper"), so that different unnamed sources stay
    apart in the claimant tables and one kind of source gets one id wherever it is cited."""
    words = [w for w in ctx.low[a:b] if any(c.isalnum() for c in w)]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).replace("'s", "")).strip("-")
    return slug or "media"


def _is_place_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Do the tokens a..b hold no more than a gazetteer place's or side's name ("New Delhi")?"""
    for pm in [*ctx.places, *ctx.sides]:
        pa, pb = ctx.tok_index_of_mention(pm)
        if pa <= a and b <= pb:
            return True
    return False


def _one_letter_apart(a: str, b: str) -> bool:
    """Do two words differ by one letter changed, added or dropped ("Bakhtawar"/"Bakhtawer")?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _known_name(known: KnownPeople, word: str) -> str | None:
    """The known name the word spells, also in another transliteration one letter apart ("Bakhtawar" then
    "Bakhtawer", "al-Qudra" then "Qidra"): news copy spells foreign names inconsistently."""
    if word in known:
        return word
    if len(word) < 7 or not word.isalpha():
        return None
    close = [name for name in known if len(name) >= 7 and name[:3] == word[:3] and _one_letter_apart(name, word)]
    return close[0] if len(close) == 1 else None


def _add_known_people(ctx: SentenceContext, out: list[SpeakerMention], taken: set[int], known: KnownPeople) -> None:
    for k, tok in enumerate(ctx.toks):
        if k in taken or not tok.text[:1].isupper():
            continue
        name = _known_name(known, tok.low)
        if name is None:
            continue
        claimant, kind = known[name]
        out.append(SpeakerMention(k, k + 1, claimant, kind, "person"))
        taken.add(k)
