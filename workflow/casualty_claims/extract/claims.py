"""extract_claims: one document in, its casualty claims out (EXTRACTED_CLAIMS rows).

Three passes over the sentences, all pure:
1. per sentence: tokens, numbers, which numbers are casualty counts (casualty_counts), and who
   could be speaking (attribution.py);
2. per document: which sides it names and which it names as victims (victims.DocSides),
   the quotations and their speakers;
3. per claim, in reading order so that "it said" can refer back: claimant, victim side
   and group, stance, conflict and place.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from typing import Any, Mapping

from casualty_claims.extract.attribution import (
    AUTHOR_CLAIMANT,
    LOCAL_SPEAKER,
    OUR_COUNT,
    find_speaker_mentions,
    Attribution,
    Claimant,
    choose,
    quote_spans,
)
from casualty_claims.extract.context import SentenceContext, build_context
from casualty_claims.extract.discourse import document_attributions, is_transcript
from casualty_claims.extract.victims.eras import document_day, publication_day
from casualty_claims.extract.victims.sections import sections
from casualty_claims.extract.victims import (DocSides, civilian_breakdown, enemy_people, explicit_victim, host_state,
                                             locative, own_group, people_group, period_toll, populated,
                                             reassign_placed_soldiers, resolve_groups, scene_sides, site_group,
                                             struck_by_weapon, struck_site, soldiers_by_place, victim_side)
from casualty_claims.extract.casualty_counts import Link, document_links, link_quantities
from casualty_claims.extract.attribution.neutral import allied_here, sentence_place_side
from casualty_claims.gazetteer import THIRD_PARTY, UNKNOWN, Gazetteer
from casualty_claims.schema import EXTRACTED_CLAIMS
from casualty_claims.sentences import split_sentences


def claim_id(doc_id: str, start: int, end: int, casualty_type: str) -> str:
    return hashlib.sha256(f"{doc_id}:{start}:{end}:{casualty_type}".encode("utf-8")).hexdigest()[:16]


def _person_words(gaz: Gazetteer) -> set[str]:
    # Plural demonyms are people too: "89 Russians", "30 Palestinians".
    return {d.lower() for side in gaz.sides.values() for d in side.demonyms}


def _speaker_tokens(attribs: list[Attribution]) -> set[int]:
    return {k for at in attribs for k in range(at.mention.a, at.mention.b)}


def _doc_sides(ctxs: list[SentenceContext], links: list[list[Link]], attribs: list[list[Attribution]],
               gaz: Gazetteer) -> DocSides:
    doc = DocSides(sections=sections(ctxs, gaz))
    for si, ctx in enumerate(ctxs):
        for m in ctx.sides:
            doc.mentions[m.ref] += 1
        for m in ctx.actors:
            side = gaz.actors[m.ref].side
            if side != THIRD_PARTY:
                doc.mentions[side] += 1
        for m in ctx.places:
            if gaz.places[m.ref].side:
                doc.places[gaz.places[m.ref].side] += 1
                doc.sites[gaz.places[m.ref].side] += 1
            if gaz.places[m.ref].conflict:
                doc.conflicts[gaz.places[m.ref].conflict] += 1
                doc.conflict_sides[(gaz.places[m.ref].conflict, gaz.places[m.ref].side)] += 1
        for m in ctx.sides:
            a, _ = ctx.tok_index_of_mention(m)
            if m.form == "alias" and ctx.w(a - 1) in ("in", "across", "throughout", "inside"):
                doc.places[m.ref] += 1  # "in Gaza", "across Sudan"
            if m.form == "alias" and locative(ctx, a):
                doc.located[m.ref] += 1  # "in southern Lebanon", "across north-east Syria"
        doc.scenes.append((ctx.sentence.paragraph, scene_sides(ctx, gaz)))
        exclude = _speaker_tokens(attribs[si])
        for link in links[si]:
            side = explicit_victim(ctx, link, gaz, None, exclude)
            if side and side != UNKNOWN:
                doc.victims[side] += 1
                doc.first_victim.setdefault(side, ctx.sentence.start + link.qty.start)
    return doc


# Claimant ids of news outlets (the gazetteer's agencies, unnamed outlets).
_OUTLETS = {OUR_COUNT.id, "media"}


def _quote_speakers(text: str, ctxs: list[SentenceContext], attribs: list[list[Attribution]]
                    ) -> list[tuple[int, int, Claimant | None]]:
    """Each quotation with the claimant it is attributed to (None when nobody)."""
    paragraphs: dict[int, tuple[int, int]] = {}
    for ctx in ctxs:
        s = ctx.sentence
        a, b = paragraphs.get(s.paragraph, (s.start, s.end))
        paragraphs[s.paragraph] = (min(a, s.start), max(b, s.end))
    spans = quote_spans(text, [paragraphs[p] for p in sorted(paragraphs)])
    out: list[tuple[int, int, Claimant | None]] = []
    carried: Claimant | None = None
    prev_continues = False
    prev_quoted: tuple[int, Claimant] | None = None  # the paragraph of the last quote and its speaker

    def sentence_of(pos: int) -> int | None:
        for i, ctx in enumerate(ctxs):
            if ctx.sentence.start <= pos < ctx.sentence.end:
                return i
        return None

    for qa, qb, continues in spans:
        speaker: Claimant | None = None
        end_s = sentence_of(max(qa, qb - 1))
        start_s = sentence_of(qa)
        if end_s is not None:
            ctx = ctxs[end_s]
            for at in attribs[end_s]:
                pos = ctx.sentence.start + ctx.toks[at.mention.a].start
                if pos >= qb and at.form != "voice" and (at.claimant is not None or at.mention.kind == "local"):
                    speaker = at.claimant or LOCAL_SPEAKER  # '"... 23 dead ...," Taburets wrote.'
                    break
        if speaker is None and start_s is not None:
            ctx = ctxs[start_s]
            # ('Acting Mayor Artem Kobzar ..., stating, "... we already know of more than 20 deaths."': a local
            # speaker, resolved per figure to the place hit)
            before = [at for at in attribs[start_s]
                      if ctx.sentence.start + ctx.toks[at.mention.a].start < qa and at.form != "voice"
                      and (at.claimant is not None or at.mention.kind == "local")]
            if before:
                speaker = before[-1].claimant or LOCAL_SPEAKER
        if speaker is None and start_s is not None and start_s > 0:
            prev = ctxs[start_s - 1]
            if prev.sentence.text.rstrip().endswith(":") or qa == ctxs[start_s].sentence.start:
                usable = [at for at in attribs[start_s - 1] if at.claimant is not None]
                if usable and prev.sentence.text.rstrip().endswith(":"):
                    speaker = usable[-1].claimant
        if speaker is None and prev_continues and start_s is not None and qa == ctxs[start_s].sentence.start:
            speaker = carried
        if speaker is None and start_s and qa == ctxs[start_s].sentence.start \
                and ctxs[start_s - 1].sentence.paragraph == ctxs[start_s].sentence.paragraph:
            # a quote opening the sentence after its speaker's: '"Twelve were killed," the governor
            # said. "Forty more were wounded."' / 'X said two died. "Fourteen are in hospital."'
            # (not an outlet's own correspondent: a broadcaster's own figures are the author's, CONVENTIONS)
            spoke = [at for at in attribs[start_s - 1] if at.form in ("pre", "post") and at.mention.kind != "media"
                     and (at.claimant is not None and at.claimant.id not in _OUTLETS
                          or at.claimant is None and at.mention.kind == "local")]
            if spoke:
                speaker = spoke[-1].claimant or LOCAL_SPEAKER
        if speaker is None and start_s and qa <= ctxs[start_s].sentence.start + 1 and prev_quoted is not None \
                and ctxs[start_s - 1].sentence.paragraph == prev_quoted[0] \
                and ctxs[start_s].sentence.paragraph == prev_quoted[0] + 1:
            # a paragraph that is a quotation with no speaker of its own, right after a paragraph that
            # quoted someone ('... in the past 39 days," Tigrayan authorities said. / "More than 10,000
            # have been captured."'): the same speaker goes on, as news writing has it
            speaker = prev_quoted[1]
        out.append((qa, qb, speaker))
        carried, prev_continues = speaker, continues
        if speaker is not None and end_s is not None:
            prev_quoted = (ctxs[end_s].sentence.paragraph, speaker)
        elif end_s is not None and start_s is not None:
            # a quote whose speaker the sentence names after it, unresolved here ('..., the ministry said')
            spoke = [at for at in attribs[end_s] if at.form in ("pre", "post") and at.claimant is not None
                     and at.mention.kind != "media"]
            prev_quoted = (ctxs[end_s].sentence.paragraph, spoke[-1].claimant) if spoke else None
    return out


def _announcer(ctx: SentenceContext, ats: list[Attribution], links: list, resolved: list[Attribution],
               pending: list[Attribution]) -> Claimant | None:
    """The speaker of a sentence that reports an event without a figure ("Governor X announced on Telegram
    that the Ukrainian army had fired on the city centre.", "Y said two missiles had hit the station."):
    the sentence after it, in the same paragraph, that gives the toll without a source goes on with the
    announcement ("Two children were killed and other people were injured."). None when the sentence has
    a figure of its own (then the next sentence is the writer's again) or only an outlet speaks."""
    if links:
        return None
    spoke = [at for at in [*resolved, *pending] if at.form in ("pre", "post") and at.mention.kind != "media"
             and (at.claimant is None or at.claimant.id not in _OUTLETS)]
    if not spoke:
        return None
    at = spoke[0]
    if at.anchor > 12 and at.mention.a > 2:
        return None  # the reporting verb of a clause late in the sentence, not the sentence's own
    return at.claimant if at.claimant is not None else (LOCAL_SPEAKER if at.mention.kind == "local" else None)


def _opens_with_toll(ctx: SentenceContext, links: list) -> bool:
    """Does the sentence open with its count ("Two children were killed ...", "30 people were killed and ...",
    "At least 12 died")? Background that mentions a toll inside a phrase ("The operation was India's
    response to the killing of 26 civilians") is the writer's."""
    first = min((link.qty.tok_start for link in links), default=99)
    return all(w in ("at", "least", "about", "some", "nearly", "more", "than", "over", "around", "another", "a",
                     "further", "only", "up", "to", "as", "many", "almost") for w in ctx.low[:first]) and first <= 4


def _goes_on(ctxs: list[SentenceContext], si: int) -> bool:
    """Is the sentence the next one of the same paragraph, not a heading?"""
    return si > 0 and ctxs[si - 1].sentence.paragraph == ctxs[si].sentence.paragraph \
        and ctxs[si].sentence.text.rstrip()[-1:] in ".!?\"\u201d"


def _dominant_conflict(gaz: Gazetteer, doc: DocSides, victim: str | None) -> str | None:
    best, best_score = None, 0
    for cid, conflict in gaz.conflicts.items():
        members = conflict.members()
        if victim and victim != UNKNOWN and victim not in members:
            continue
        score = sum(doc.mentions.get(s, 0) for s in members)
        if score > best_score:
            best, best_score = cid, score
    return best


def _conflict(gaz: Gazetteer, claimant_side: str, victim: str, place: str | None, doc: DocSides) -> str | None:
    if victim != UNKNOWN and claimant_side in gaz.sides:
        cid = gaz.conflict_between(claimant_side, victim)
        if cid:
            return cid
    if place and gaz.places[place].conflict:
        pc = gaz.places[place].conflict
        if victim == UNKNOWN or victim in gaz.conflicts[pc].members():
            return pc
    return _dominant_conflict(gaz, doc, victim)


_STATE_WORDS = {"government", "ministry", "military", "army", "command", "staff", "forces", "troops", "kremlin",
                "pentagon", "president", "minister"}
_BODY_WORDS = {"ministry", "mod", "army", "military", "staff", "command", "forces"}
_PEOPLE_WORDS = {"sources", "source", "officials", "official", "authorities", "spokesman", "spokesperson",
                 "spokeswoman"}
_KIND_WORDS = {
    "ministry": {"defence_ministry", "health_ministry", "foreign_ministry", "government"},
    "military": {"military", "general_staff", "defence_ministry"}, "army": {"military", "general_staff"},
    "command": {"military", "general_staff"}, "staff": {"general_staff", "military"},
}


def _compatible(gaz: Gazetteer, last: Claimant, word: str) -> bool:
    """May "the ministry" / "the army" refer to the last named claimant?"""
    if word in _STATE_WORDS and last.side == THIRD_PARTY:
        return False  # "the government said" never refers back to a monitor or the UN
    if word in _PEOPLE_WORDS and last.id in _OUTLETS | {"news-agencies"}:
        return False  # "according to security sources": an outlet's sources are never the outlet
    actor = gaz.actors.get(last.id)
    if word in ("group", "movement", "militia") and actor is not None and actor.side != THIRD_PARTY \
            and actor.kind != "armed_group":
        return False  # "The IDF said ... . The group said three of its fighters died": not the IDF
    if word not in _KIND_WORDS:
        return True
    if actor is None:
        return True  # a side named as such ("Kyiv", "Ukrainian officials")
    return actor.kind in _KIND_WORDS[word]


def _local_side(ctx: SentenceContext, link: Link, gaz: Gazetteer, exclude: set[int], doc: DocSides,
                si: int = 0, prior: list[dict] | None = None) -> str | None:
    """Local officials, doctors, "the MoH" speak for the people of the place hit (read from
    the sentence and the claims before it in the sentence: fighters counted in the sentences
    before are not the local speaker's people)."""
    side = victim_side(ctx, link, gaz, None, exclude, doc, si, [p for p in prior or [] if p["si"] == si])
    if side != UNKNOWN and gaz.conflicts_of(side) and not populated(gaz, side):
        # a local official speaks for a population, never for an armed group without towns
        side = host_state(gaz, side, ctx, doc) or side
    if side != UNKNOWN and gaz.conflicts_of(side):
        return side
    if side != UNKNOWN:
        return None
    side = sentence_place_side(ctx, gaz)
    if side is None:
        # "Fared Bakhtawar, head of the provincial council, said ... 15 killed in Bala Buluk district": a place
        # the gazetteer does not know, in a story whose towns are all one side's
        placed = doc.sites or doc.places
        if not placed:  # no town the gazetteer knows: the people the story names most
            named = [(n, sd) for sd, n in doc.mentions.items() if sd in gaz.sides and populated(gaz, sd)
                     and gaz.conflicts_of(sd)]
            top = sorted(named, reverse=True)[:2]
            placed = {top[0][1]: 1} if top and (len(top) == 1 or top[0][0] > 2 * top[1][0]) else {}
        if len(placed) == 1:
            only = next(iter(placed))
            side = only if gaz.conflicts_of(only) and populated(gaz, only) else None
    return side


def _document_voice(ctxs: list[SentenceContext], attribs: list[list[Attribution]],
                    quotes: list[tuple[int, int, Claimant | None]] = ()) -> Claimant | None:
    """The body a statement-like document speaks for: a headline "ISPR: ..." / "SOHR: ...",
    or a text in the first person plural ("our heroic forces") whose first speaker is named."""
    if ctxs and attribs[0]:
        for at in attribs[0]:
            if at.form == "colon" and at.claimant is not None:
                return at.claimant
    # "our" counts only in the document's own voice, not inside a quoted speaker's words
    ours = sum(1 for ctx in ctxs for k, w in enumerate(ctx.low) if w == "our" and
               ctx.w(k + 1) in ("forces", "heroic", "country", "people", "army", "troops", "soldiers", "brave",
                                "valiant", "armed", "comrades", "nation", "martyrs")
               and not any(a <= ctx.sentence.start + ctx.toks[k].start < b for a, b, _ in quotes))
    if ours >= 2 and not is_transcript(ctxs):
        for at_list in attribs:
            for at in at_list:
                if at.claimant is not None:
                    return at.claimant
    return None


def _doc_year(doc: Mapping[str, Any], text: str) -> int | None:
    """The year the document is about: its date, else the latest year it mentions."""
    published = doc.get("published")
    if published is not None and hasattr(published, "year"):
        return int(published.year)
    years = [int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)", text)]
    return max(years) if years else None


def _health_cue(ctx: SentenceContext) -> bool:
    """Does the sentence give a health ministry's count ("the health ministry says", "MoH")?"""
    return "moh" in ctx.low or any(w == "health" and ctx.w(k + 1).startswith(("minist", "authorit", "official"))
                                   for k, w in enumerate(ctx.low))


def extract_claims(doc: Mapping[str, Any], gazetteer: Gazetteer) -> list[dict]:
    """All casualty claims of `doc` (keys doc_id, source_path, title, text, published)."""
    text = doc.get("text") or ""
    year = _doc_year(doc, text)
    # "Syrian", "Afghan" name the regime of the document's day (gazetteer successors); the
    # wars are those fought between that day and its publication (dated conflicts)
    gazetteer = gazetteer.as_of(document_day(doc, text), publication_day(doc))
    sentences = split_sentences(text)
    ctxs = [build_context(text, s, gazetteer) for s in sentences]
    for ctx in ctxs:
        ctx.doc_year = year
    persons = _person_words(gazetteer)
    links = document_links(ctxs, [link_quantities(ctx, persons) for ctx in ctxs], persons)
    attribs = document_attributions(ctxs, gazetteer)
    doc_sides = _doc_sides(ctxs, links, attribs, gazetteer)
    quotes = _quote_speakers(text, ctxs, attribs)
    place_counts = Counter(m.ref for ctx in ctxs for m in ctx.places)
    doc_place = max(place_counts.items(), key=lambda kv: kv[1])[0] if place_counts else None

    speakers = [find_speaker_mentions(ctx, gazetteer) for ctx in ctxs]
    voice = _document_voice(ctxs, attribs, quotes)
    rows: list[dict] = []
    group_items: list[dict] = []
    weak: list[bool] = []  # victim side known only from where fighters fell
    prior: list[dict] = []  # earlier claims' victim sides, for counts that refer back
    last: Claimant | None = None
    announced: Claimant | None = None  # who announced, in the sentence before, what the next sentence counts
    for si, ctx in enumerate(ctxs):
        resolved: list[Attribution] = []
        local_pending: list[Attribution] = []
        for at in attribs[si]:
            if at.claimant is None and any(o.claimant is not None and o.anchor == at.anchor and o.form == at.form
                                           and o.form in ("pre", "post") for o in attribs[si]):
                continue  # "the ministry's spokesman, Ashraf al-Qudra, said": one speaker, the one named
            if at.claimant is None:
                if at.mention.kind == "local":
                    local_pending.append(at)
                    continue
                # a pronoun refers first to a speaker named earlier in the same sentence
                # (a bare demonym is the attacker or the victims: "after the first Indian strikes")
                earlier = [m for m in speakers[si] if m.claimant is not None and m.b <= at.mention.a
                           and m.strength in ("actor", "composite", "side")
                           and not (m.strength == "side" and m.kind == "demonym")
                           and at.mention.strength != "person"]  # a named person is no one else in the sentence
                if earlier:
                    resolved.append(replace(at, claimant=earlier[-1].claimant))
                elif last is not None and _compatible(gazetteer, last, at.mention.kind):
                    resolved.append(replace(at, claimant=last))
                else:
                    local_pending.append(at)
                continue
            resolved.append(at)
        # (a body named by its kind and resolved from the document counts too: "The Defence Ministry said ... .
        # ... as per the statement" is the ministry's; pronouns do not: "it" is no new source)
        named = [at for at in attribs[si] if at.claimant is not None and (at.mention.strength != "anaphor" or (
            at.mention.kind in _BODY_WORDS and at.form != "voice"))]
        exclude = _speaker_tokens(attribs[si])
        for link in links[si]:
            q = link.qty
            pos = ctx.sentence.start + q.start
            quote = next(((a, b, sp) for a, b, sp in quotes if a < pos < b), None)
            candidates = resolved
            if quote is not None:
                outside = [at for at in resolved
                           if not (quote[0] <= ctx.sentence.start + ctx.toks[at.mention.a].start < quote[1])]
                # the quoted text's own sourcing: '"... 193 killed, according to the Ministry of Health."',
                # a quoted headline's '"11 soldiers martyred, 78 injured: ISPR"'
                sourced = [at for at in resolved if at not in outside and at.form in ("according", "citing", "colon", "bracket")
                           and at.mention.strength in ("actor", "composite", "person")]
                outside = outside + sourced
                candidates = outside
                if not outside and quote[2] is not None:
                    candidates = []
            chosen = choose(candidates, q.tok_start, ctx)
            local = choose(local_pending, q.tok_start, ctx) if local_pending else None
            if local is not None and (chosen is None or abs(local.anchor - q.tok_start) < abs(chosen.anchor - q.tok_start)
                                      and local.form != "voice"):
                side = _local_side(ctx, link, gazetteer, exclude, doc_sides, si, prior)
                chosen = replace(local, claimant=Claimant(side, side)) if side else chosen
            if chosen is None and voice is not None and quote is None:
                chosen = Attribution(speakers[si][0] if speakers[si] else None, 0, "voice", voice)
            if chosen is not None:
                claimant = chosen.claimant
            elif quote is not None and quote[2] is not None:
                claimant = quote[2]
                if claimant == LOCAL_SPEAKER:  # a governor's or mayor's words: the place hit
                    side = _local_side(ctx, link, gazetteer, exclude, doc_sides, si, prior)
                    claimant = Claimant(side, side) if side else AUTHOR_CLAIMANT
            else:
                chosen = choose(resolved, q.tok_start, ctx)
                claimant = chosen.claimant if chosen is not None else AUTHOR_CLAIMANT
                if chosen is None and announced is not None and quote is None and _goes_on(ctxs, si) \
                        and _opens_with_toll(ctx, links[si]):
                    claimant = announced
                    if claimant == LOCAL_SPEAKER:
                        side = _local_side(ctx, link, gazetteer, exclude, doc_sides, si, prior)
                        claimant = Claimant(side, side) if side else AUTHOR_CLAIMANT
            victim = victim_side(ctx, link, gazetteer, claimant.side, exclude, doc_sides, si, prior, claimant.id)
            weak.append(soldiers_by_place(ctx, link, gazetteer, exclude, victim, claimant.side))
            g, kind = own_group(ctx, link, persons)
            prior.append({"si": si, "side": victim, "value": (q.low, q.high), "group": g,
                          "explicit": explicit_victim(ctx, link, gazetteer, claimant.side, exclude) is not None})
            actor = gazetteer.actors.get(claimant.id)
            group_items.append({"si": si, "side": victim, "by": claimant.side, "group": g, "kind": kind, "people": people_group(ctx, link),
                                "breakdown": civilian_breakdown(ctx, link), "struck_site": struck_site(ctx),
                                "strike": struck_by_weapon(ctx, link),
                                "how": link.how,
                                "period": period_toll(ctx, link),
                                "health": (actor is not None and actor.kind == "health_ministry") or _health_cue(ctx)})
            if claimant.side in gazetteer.sides and victim != UNKNOWN and claimant.side != victim \
                    and not gazetteer.are_enemies(claimant.side, victim) \
                    and not allied_here(gazetteer, claimant.side, victim, doc_sides.mentions):
                claimant = Claimant(claimant.id, THIRD_PARTY)  # a neutral government counts as a third party
            stance = gazetteer.stance(claimant.side, victim)
            if victim == UNKNOWN and stance == "official" and enemy_people(ctx, link, gazetteer, claimant.side):
                stance = "adversary"  # "terrorists" a side killed, of a group the text does not name
            place = ctx.places[0].ref if ctx.places else doc_place
            conflict = _conflict(gazetteer, claimant.side, victim, place, doc_sides)
            start = ctx.sentence.start + q.start
            end_rel = q.end
            if link.cue_end > link.cue_start and link.cue_start >= q.tok_end:
                end_rel = max(end_rel, ctx.toks[link.cue_end - 1].end)
            end = ctx.sentence.start + end_rel
            rows.append({
                "claim_id": claim_id(str(doc.get("doc_id", "")), start, end, link.ctype),
                "doc_id": doc.get("doc_id"),
                "source_path": doc.get("source_path"),
                "sentence": ctx.sentence.text,
                "char_start": start,
                "char_end": end,
                "casualty_type": link.ctype,
                "value_low": q.low,
                "value_high": q.high,
                "qualifier": q.qualifier,
                "victim_side": victim,
                "victim_group": None,  # set below, once the whole document is read
                "claimant": claimant.id,
                "claimant_side": claimant.side,
                "stance": stance,
                "conflict": conflict,
                "place": place,
                "published": doc.get("published"),
            })
        if named:
            last = named[-1].claimant
        announced = _announcer(ctx, attribs[si], links[si], resolved, local_pending)
    for row, group in zip(rows, resolve_groups(group_items, site_group(ctxs))):
        row["victim_group"] = group
    for i in reassign_placed_soldiers(rows, weak, gazetteer):
        row = rows[i]
        row["stance"] = gazetteer.stance(row["claimant_side"], row["victim_side"])
        row["conflict"] = _conflict(gazetteer, row["claimant_side"], row["victim_side"], row["place"], doc_sides)
    assert all(list(r) == EXTRACTED_CLAIMS.names for r in rows)
    return rows
