"""Distinct claims and revision sequences.

Deduplication: a claim is one figure from one claimant about one event, victim side,
victim group and casualty type. The same figure repeated by fifty outlets carrying the
same wire story, or twice inside one article, is one claim with many mentions. The
figure is the point value (value_low, else value_high), so "about 400", "up to 400"
and "400" from the same claimant are one claim reported with different hedges; vague
words ("scores") stay apart from a number that happens to match their convention.

Revisions: a claimant's distinct claims for one (event, victim side, victim group,
casualty type) form a sequence. Its order starts from
1. the date the figure was first published;
2. the text's cues: "initially", "first reported", "up from 63" mark a figure as the
   earlier one; "later", "revised", "latest", "raised to 89" as the later one;
3. the position of the first mention in its document (live blogs run top-down);
and a document that names two figures with such cues ("first reported 40 ..., later
revised to 50") fixes their order even against the dates: an encyclopedia written a
year later may be the only source that says 40 came first. Contradicting documents
cancel out and the dates decide. The last figure that is not vague is the latest:
"dozens" does not revise "89".
Nothing is dropped; disagreeing claimants keep their own sequences.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from datetime import date
from typing import Iterable

EARLIER, LATER = "earlier", "later"

_EARLIER = re.compile(
    r"\b(?:earlier|initially|initial|previously|previous|originally|at first|first"
    r"(?:\s+\w+)?\s+(?:reported|said|put|gave|announced|statement|figure|count|toll|report)"
    r"|had\s+(?:put|said|reported|given|spoken|announced|estimated))\b",
    re.I,
)
_LATER = re.compile(
    r"\b(?:later|latest|revised|raised|updated|update|now|rose|risen|increased|lowered|new toll"
    r"|final|corrected)\b",
    re.I,
)
# "up from 63", "down from 500", "from 63 to 89": the number after "from" is the older one.
_FROM_NUMBER = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?(\d[\d,]*)", re.I)
_NUMBER = re.compile(r"\d[\d,]*")


def figure_of(claim: dict) -> int | None:
    low, high = claim.get("value_low"), claim.get("value_high")
    return low if low is not None else high


def group_of(claim: dict) -> str | None:
    return claim.get("victim_group_resolved") or claim.get("victim_group")


def resolve_groups(claims: list[dict]) -> list[str | None]:
    """The victim group each claim is compared under: its own, or, when it is unknown, the
    only known group of the claims about the same event, victim side and type. One outlet
    writes "63 servicemen" (military), another "63 people" (unknown): the same claim."""
    known: dict[tuple, set[str]] = defaultdict(set)
    for c in claims:
        if c.get("victim_group") not in (None, "unknown"):
            known[(c.get("event_id"), c.get("victim_side"), c.get("casualty_type"))].add(c["victim_group"])
    out = []
    for c in claims:
        groups = known.get((c.get("event_id"), c.get("victim_side"), c.get("casualty_type")), set())
        unknown = c.get("victim_group") in (None, "unknown")
        out.append(next(iter(groups)) if unknown and len(groups) == 1 else c.get("victim_group"))
    return out


def with_keys(claims: list[dict]) -> list[dict]:
    """Copies of `claims` with victim_group_resolved and claim_key set."""
    return [dict(c, victim_group_resolved=g, claim_key=claim_key(dict(c, victim_group_resolved=g)))
            for c, g in zip(claims, resolve_groups(claims))]


def claim_key(claim: dict) -> str:
    """Stable id of the distinct claim a mention belongs to."""
    vague = "vague" if claim.get("qualifier") == "vague" else ""
    parts = (claim.get("event_id"), claim.get("claimant"), claim.get("victim_side"), group_of(claim),
             claim.get("casualty_type"), figure_of(claim), vague)
    raw = "|".join("" if p is None else str(p) for p in parts)
    return "ck-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _int(text: str) -> int | None:
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return None


def revision_cue(sentence: str, figure: int | None) -> str | None:
    """earlier / later / None: what the sentence's wording says about this figure's age.

    The cue nearest before the figure wins when the figure is written in digits and found
    ("first reported 40 ..., later revised to 50": 40 earlier, 50 later); otherwise the
    sentence's cue counts if it has only one kind ("Its first statement had spoken of three")."""
    sentence = sentence or ""
    if figure is not None:
        for m in _FROM_NUMBER.finditer(sentence):
            if _int(m.group(1)) == figure:
                return EARLIER
        where = [m.start() for m in _NUMBER.finditer(sentence) if _int(m.group(0)) == figure]
        if where:
            cues = [(m.end(), EARLIER) for m in _EARLIER.finditer(sentence[:where[0]])]
            cues += [(m.end(), LATER) for m in _LATER.finditer(sentence[:where[0]])]
            if cues:
                return max(cues)[1]
            # A "from N" elsewhere in the sentence makes this figure the newer one ("to 89, up from 63").
            if any(_int(m.group(1)) not in (None, figure) for m in _FROM_NUMBER.finditer(sentence)):
                return LATER
    earlier, later = bool(_EARLIER.search(sentence)), bool(_LATER.search(sentence))
    if earlier != later:
        return EARLIER if earlier else LATER
    return None


def _cue_score(cues: Iterable[str | None]) -> int:
    score = sum(-1 if c == EARLIER else 1 if c == LATER else 0 for c in cues)
    return (score > 0) - (score < 0)


def _representative(mentions: list[dict]) -> dict:
    """The mention whose wording stands for the claim: its most common (low, high, qualifier),
    ties to the earliest mention, so the choice is deterministic."""
    counts = Counter((m.get("value_low"), m.get("value_high"), m.get("qualifier")) for m in mentions)
    ordered = sorted(mentions, key=_mention_order)
    return max(ordered, key=lambda m: counts[(m.get("value_low"), m.get("value_high"), m.get("qualifier"))])


def _mention_order(m: dict):
    return (m.get("published") or date.max, m["doc_id"], m["char_start"], m["claim_id"])


GROUP = ("event_id", "victim_side", "victim_group", "casualty_type")


def distinct_claims(claims: list[dict]) -> list[dict]:
    """Claim mentions (with claim_key and revision_cue) -> one row per distinct claim,
    with its revision sequence (see the module doc)."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_key[c["claim_key"]].append(c)
    rows = []
    for key, mentions in by_key.items():
        first = min(mentions, key=_mention_order)
        rep = _representative(mentions)
        dates = sorted(d for d in (m.get("published") for m in mentions) if d is not None)
        rows.append({
            "claim_key": key,
            **{k: first[k] for k in ("event_id", "victim_side", "casualty_type", "claimant")},
            "victim_group": group_of(first),
            "claimant_side": rep.get("claimant_side"),
            "stance": rep.get("stance"),
            "figure": figure_of(rep),
            "value_low": rep.get("value_low"),
            "value_high": rep.get("value_high"),
            "qualifier": rep.get("qualifier"),
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
            "revision_cue": {-1: EARLIER, 0: None, 1: LATER}[_cue_score(m.get("revision_cue") for m in mentions)],
            "n_mentions": len(mentions),
            "n_documents": len({m["doc_id"] for m in mentions}),
            "first_claim_id": first["claim_id"],
            "overridden": any(m.get("overridden") for m in mentions),
            "_order": _sequence_order(first, mentions),
        })
    _number_sequences(rows, document_cue_pairs(claims))
    for r in rows:
        del r["_order"]
    return rows


def _sequence_order(first: dict, mentions: list[dict]):
    cue = _cue_score(m.get("revision_cue") for m in mentions)
    published = first.get("published")
    # Undated figures go last: a figure with no date cannot be shown to be older.
    return (published is None, published or date.min, cue, first["doc_id"], first["char_start"], first["claim_id"])


def _number_sequences(rows: list[dict], cue_pairs: set[tuple[str, str]]) -> None:
    """Fill sequence, n_in_sequence, is_latest, previous_figure and chronology in place."""
    by_claimant: dict[tuple, list[dict]] = defaultdict(list)
    by_group: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        by_claimant[tuple(r[k] for k in (*GROUP, "claimant"))].append(r)
        by_group[tuple(r[k] for k in GROUP)].append(r)
    rank: dict[str, int] = {}
    for seq in by_claimant.values():
        seq[:] = _ordered(sorted(seq, key=lambda r: (r["_order"], r["claim_key"])), cue_pairs)
        precise = [r for r in seq if r["qualifier"] != "vague"]
        latest = (precise or seq)[-1]
        previous = None
        for i, r in enumerate(seq, 1):
            r["sequence"], r["n_in_sequence"] = i, len(seq)
            r["is_latest"] = r is latest
            r["previous_figure"] = previous
            previous = r["figure"]
            rank[r["claim_key"]] = i
    for group in by_group.values():
        # Across claimants the dates order the figures; within one, its own sequence does.
        group.sort(key=lambda r: (r["_order"][:2], rank[r["claim_key"]], r["_order"], r["claimant"], r["claim_key"]))
        for i, r in enumerate(group, 1):
            r["chronology"] = i


def _ordered(seq: list[dict], before: set[tuple[str, str]]) -> list[dict]:
    """`seq` (sorted by date) reordered so that every (a, b) in `before` puts a first, where
    the pairs do not contradict each other; otherwise the date order stands. Kahn's
    algorithm taking the earliest free figure by date; in a cycle of constraints the
    earliest remaining figure breaks it. Linear in figures and pairs: a daily tally can
    make a sequence of hundreds."""
    index = {r["claim_key"]: i for i, r in enumerate(seq)}
    edges = {(index[a], index[b]) for a, b in before if a in index and b in index and (b, a) not in before}
    if not edges:
        return seq
    successors: dict[int, list[int]] = defaultdict(list)
    indegree = [0] * len(seq)
    for a, b in edges:
        successors[a].append(b)
        indegree[b] += 1
    free = [i for i, n in enumerate(indegree) if n == 0]
    heapq.heapify(free)
    done = [False] * len(seq)
    next_undone = 0
    out: list[dict] = []
    while len(out) < len(seq):
        if free:
            i = heapq.heappop(free)
        else:
            while done[next_undone]:
                next_undone += 1
            i = next_undone
        if done[i]:
            continue
        done[i] = True
        out.append(seq[i])
        for j in successors[i]:
            indegree[j] -= 1
            if indegree[j] == 0 and not done[j]:
                heapq.heappush(free, j)
    return out


def document_cue_pairs(claims: list[dict]) -> set[tuple[str, str]]:
    """(earlier claim_key, later claim_key) pairs stated by one document's cues: in a document
    that calls one figure the earlier or the other the later, the first precedes the second."""
    cues: dict[tuple[str, tuple], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in claims:
        seq_key = (c.get("event_id"), c.get("victim_side"), group_of(c), c.get("casualty_type"), c.get("claimant"))
        cues[(c["doc_id"], seq_key)][c["claim_key"]] += -1 if c.get("revision_cue") == EARLIER else (
            1 if c.get("revision_cue") == LATER else 0)
    pairs: set[tuple[str, str]] = set()
    for figures in cues.values():
        signs = {k: (v > 0) - (v < 0) for k, v in figures.items()}
        for a, sa in signs.items():
            for b, sb in signs.items():
                if a != b and sa < sb:
                    pairs.add((a, b))
    return pairs
