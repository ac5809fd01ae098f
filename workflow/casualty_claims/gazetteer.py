"""The gazetteer: sides, who fights whom, the actors that make claims, and places.

It is a YAML file users extend without touching code (data/gazetteer.yaml). Loading
validates it twice: jsonschema checks the shape (workflow/schemas/gazetteer.schema.yaml),
then `_check_references` checks what a schema cannot: that every id a conflict, actor
or place mentions exists, and that no name points at two different things.

Besides lookups, the Gazetteer compiles matchers that find its names in text
(`find_sides`, `find_actors`, `find_places`); the extractor uses only these, so a new
side or actor added to the YAML is recognised without code changes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

import jsonschema
import yaml

THIRD_PARTY = "third_party"
AUTHOR = "author"
UNKNOWN = "unknown"

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "gazetteer.schema.yaml"

# Same-length character folding applied before matching, so offsets stay valid. Turkish
# dotted and dotless i and the long s are folded too: case-insensitive matching equates them
# with i and s, and a match must lower-case to the key of the name it matched.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                       "\u00a0": " ", "\u2011": "-", "\u0130": "I", "\u0131": "i", "\u017f": "s"})


def fold_chars(text: str) -> str:
    """Typographic quotes and apostrophes to ASCII, one character for one character."""
    return text.translate(_FOLD)


class GazetteerError(ValueError):
    """The gazetteer file is missing, malformed, or refers to ids it does not define."""


@dataclass(frozen=True)
class Side:
    id: str
    name: str
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    successor: tuple[str, dt.date] | None = None  # (side id, first day it holds this side's names)


@dataclass(frozen=True)
class Conflict:
    id: str
    label: str
    sides: tuple[tuple[str, ...], ...]
    # (first day, last day) spans when the sides fight, either end open (None); no periods
    # means at war on any day. The United States and Iraq were enemies in 2003, allies in 2017.
    periods: tuple[tuple[dt.date | None, dt.date | None], ...] = ()

    def members(self) -> set[str]:
        return {s for group in self.sides for s in group}

    def active_on(self, day: dt.date | None, through: dt.date | None = None) -> bool:
        """Are the sides at war on some day from `day` to `through` (a document's span)?
        An undated document finds every conflict active."""
        if day is None or not self.periods:
            return True
        last = max(day, through or day)
        return any((start is None or start <= last) and (end is None or day <= end) for start, end in self.periods)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    side: str  # a side id or THIRD_PARTY
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    conflict: str | None = None
    side: str | None = None


@dataclass(frozen=True)
class Mention:
    """A gazetteer name found in text: [start, end) and what it refers to."""

    start: int
    end: int
    ref: str  # side, actor or place id
    form: str  # "demonym" | "alias" | "actor" | "place"
    text: str


def _is_acronym(name: str) -> bool:
    # "US", "IS", "MoD", "WHO", "U.N." must match in their own case only: "us", "is"
    # and "who" are ordinary English words.
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 6 and sum(c.isupper() for c in letters) >= 2 and " " not in name


def _trie_pattern(names: list[str], lower: bool) -> str:
    """A regex alternation of `names` written as a character trie."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in (name.lower() if lower else name):
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?"

    return pattern(trie)


class _NameMatcher:
    """Finds any of a set of names in text, longest match first, on word boundaries."""

    def __init__(self, names: Mapping[str, tuple[str, str]]):
        # names: surface form -> (ref, form)
        self._exact: dict[str, tuple[str, str]] = {}
        self._folded: dict[str, tuple[str, str]] = {}
        exact, folded = [], []
        for name, target in names.items():
            name = fold_chars(name)  # "Karayılan" is found as the text folds it: "Karayilan"
            if _is_acronym(name):
                self._exact[name] = target
                exact.append(name)
            else:
                self._folded[name.lower()] = target
                folded.append(name)
        self._rx_exact = self._compile(exact, 0)
        self._rx_folded = self._compile(folded, re.IGNORECASE)

    @staticmethod
    def _compile(names: list[str], flags: int) -> re.Pattern | None:
        if not names:
            return None
        # One alternative per name made Python's regex engine try every name at every
        # position; a trie tries one branch per character. Its optional tails are greedy, so
        # the first match at a position is still the longest name there, as before.
        alts = _trie_pattern(names, lower=bool(flags & re.IGNORECASE))
        # Names may be followed by "-" ("US-supplied", "Hamas-run"): only letters/digits
        # on either side break a match.
        # A lookahead finds a match at every start position, so "UN human rights office"
        # is not hidden by an earlier, shorter "the UN".
        return re.compile(rf"(?<![\w.])(?=((?:{alts}))(?![\w]))", flags)

    def find(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        if self._rx_exact is not None:
            for m in self._rx_exact.finditer(text):
                ref, form = self._exact[m.group(1)]
                found.append(Mention(m.start(1), m.end(1), ref, form, m.group(1)))
        if self._rx_folded is not None:
            for m in self._rx_folded.finditer(text):
                ref, form = self._folded[m.group(1).lower()]
                found.append(Mention(m.start(1), m.end(1), ref, form, m.group(1)))
        # Keep the longest of overlapping matches, then the earliest.
        found.sort(key=lambda x: (-(x.end - x.start), x.start))
        kept: list[Mention] = []
        for m in found:
            if all(m.end <= k.start or m.start >= k.end for k in kept):
                kept.append(m)
        return sorted(kept, key=lambda x: x.start)


@dataclass(frozen=True)
class Gazetteer:
    sides: Mapping[str, Side]
    conflicts: Mapping[str, Conflict]
    actors: Mapping[str, Actor] = field(default_factory=dict)
    places: Mapping[str, Place] = field(default_factory=dict)
    path: str = "<memory>"

    # ---- relations -------------------------------------------------------------
    def are_enemies(self, a: str, b: str) -> bool:
        return self.conflict_between(a, b) is not None

    def conflict_between(self, a: str, b: str) -> str | None:
        """The first conflict (file order) in which a and b are on opposite sides."""
        for cid, conflict in self.conflicts.items():
            groups = conflict.sides
            for i, g in enumerate(groups):
                if a in g and any(b in h for j, h in enumerate(groups) if j != i):
                    return cid
        return None

    def conflicts_of(self, side: str) -> list[str]:
        return [cid for cid, c in self.conflicts.items() if side in c.members()]

    def enemies_of(self, side: str) -> list[str]:
        out: list[str] = []
        for conflict in self.conflicts.values():
            for i, g in enumerate(conflict.sides):
                if side in g:
                    for j, h in enumerate(conflict.sides):
                        if j != i:
                            out.extend(s for s in h if s not in out)
        return out

    def stance(self, claimant_side: str, victim_side: str) -> str:
        """official / adversary / independent / unattributed, from the two sides.

        A side that is neither the victim's side nor its enemy (a neutral government)
        counts as independent, like UN bodies and NGOs. When the victim is unknown a
        belligerent's figure is taken as its own (official): sides mostly report their
        own losses without naming them, and enemy claims usually name the enemy.
        """
        if claimant_side in (AUTHOR, "", None):
            return "unattributed"
        if claimant_side == THIRD_PARTY:
            return "independent"
        if victim_side in (UNKNOWN, "", None) or claimant_side == victim_side:
            return "official"
        if self.are_enemies(claimant_side, victim_side):
            return "adversary"
        if self._allied(claimant_side, victim_side):
            return "official"
        return "independent"

    def _allied(self, a: str, b: str) -> bool:
        # Co-belligerents in one group (Ethiopia and Eritrea) speak for each other only
        # loosely; we still call that official rather than independent.
        for conflict in self.conflicts.values():
            for g in conflict.sides:
                if a in g and b in g:
                    return True
        return False

    # ---- name lookups ----------------------------------------------------------
    def side_of_actor(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.side if actor else None

    def resolve_side(self, label: str) -> str | None:
        """Map a free-text label ("Russia", "civilians-of-Gaza", "Gaza/Hamas") to a side id."""
        if label is None:
            return None
        raw = str(label).strip()
        if not raw:
            return None
        low = raw.lower()
        if low in self.sides:
            return low
        if low.replace(" ", "-") in self.sides:
            return low.replace(" ", "-")
        table = self._side_names_lower
        if low in table:
            return table[low]
        for sep in ("/", "-of-", " of ", ",", ";", "(", ")"):
            if sep in low:
                for part in reversed(low.split(sep)):
                    part = part.strip(" -()")
                    if part in table:
                        return table[part]
                    if part in self.sides:
                        return part
        actor = self._actor_names_lower.get(low)
        if actor:
            return self.actors[actor].side
        return None

    @functools.cached_property
    def _side_names_lower(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for sid, side in self.sides.items():
            for name in (side.name, *side.aliases, *side.demonyms):
                table.setdefault(name.lower(), sid)
        return table

    @functools.cached_property
    def _actor_names_lower(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for aid, actor in self.actors.items():
            for name in (actor.name, *actor.aliases):
                table.setdefault(name.lower(), aid)
        return table

    def actor_for(self, side: str, kind: str) -> str | None:
        """The first actor of `side` with `kind` (e.g. russia + defence_ministry -> russia-mod)."""
        for aid, actor in self.actors.items():
            if actor.side == side and actor.kind == kind:
                return aid
        return None

    @functools.cached_property
    def _side_matcher(self) -> _NameMatcher:
        names: dict[str, tuple[str, str]] = {}
        for sid, side in self.sides.items():
            for d in side.demonyms:
                names.setdefault(d, (sid, "demonym"))
            for a in (*side.aliases,):
                names.setdefault(a, (sid, "alias"))
        return _NameMatcher(names)

    @functools.cached_property
    def _actor_matcher(self) -> _NameMatcher:
        names: dict[str, tuple[str, str]] = {}
        for aid, actor in self.actors.items():
            for a in (actor.name, *actor.aliases):
                names.setdefault(a, (aid, "actor"))
        return _NameMatcher(names)

    @functools.cached_property
    def _place_matcher(self) -> _NameMatcher:
        names: dict[str, tuple[str, str]] = {}
        for pid, place in self.places.items():
            for a in (place.name, *place.aliases):
                names.setdefault(a, (pid, "place"))
        return _NameMatcher(names)

    def find_sides(self, text: str) -> list[Mention]:
        return self._side_matcher.find(fold_chars(text))

    def find_actors(self, text: str) -> list[Mention]:
        return self._actor_matcher.find(fold_chars(text))

    def find_places(self, text: str) -> list[Mention]:
        return self._place_matcher.find(fold_chars(text))

    def as_of(self, day: dt.date | None, through: dt.date | None = None) -> "Gazetteer":
        """The gazetteer as a document dated `day` reads it: a side whose successor took
        over by then ("Syrian" after 8 December 2024, "Afghan" after 15 August 2021) lends
        its names, actors and places to the successor, and a conflict whose periods miss
        the document's days, `day` to `through` (its publication), sets nobody against
        anybody (the 2003 invasion, read in 2017). A 2025 story that looks back to 2014
        still sees the 2025 wars. The same object when nothing changed."""
        if day is None:
            return self
        handed = tuple(sorted(sid for sid, s in self.sides.items() if s.successor and s.successor[1] <= day))
        dormant = tuple(cid for cid, c in self.conflicts.items() if not c.active_on(day, through))
        if (handed, dormant) not in self._eras:  # built once: setdefault would rebuild it for every document
            if not handed:
                named = self
            else:
                if (handed, ()) not in self._eras:
                    self._eras[handed, ()] = self._handed_over(handed)
                named = self._eras[handed, ()]
            self._eras[handed, dormant] = named._at_peace(dormant) if dormant else named
        return self._eras[handed, dormant]

    @functools.cached_property
    def _eras(self) -> dict:
        return {}  # (successions, dormant conflicts) -> Gazetteer (kept, so ids stay unique for caches)

    _NAME_CACHES = ("_side_matcher", "_actor_matcher", "_place_matcher", "_side_names_lower", "_actor_names_lower")

    def _at_peace(self, dormant: tuple[str, ...]) -> "Gazetteer":
        """This gazetteer with the `dormant` conflicts emptied: each keeps its id and label
        (places still name it) but no sides, so every relation (enemies, allies, a pair's
        war) skips it. The names are the same, so the compiled matchers are shared."""
        conflicts = {cid: replace(c, sides=()) if cid in dormant else c for cid, c in self.conflicts.items()}
        peace = Gazetteer(self.sides, conflicts, self.actors, self.places, self.path)
        for name in self._NAME_CACHES:
            peace.__dict__[name] = getattr(self, name)
        return peace

    def _handed_over(self, handed: tuple[str, ...]) -> "Gazetteer":
        heir = {sid: self.sides[sid].successor[0] for sid in handed}
        sides = dict(self.sides)
        for old, new in heir.items():
            s, n = sides[old], sides[new]
            sides[new] = replace(n, demonyms=n.demonyms + s.demonyms, aliases=n.aliases + s.aliases)
            sides[old] = replace(s, demonyms=(), aliases=())
        actors = {aid: replace(a, side=heir.get(a.side, a.side)) for aid, a in self.actors.items()}
        places = {pid: replace(p, side=heir.get(p.side, p.side)) for pid, p in self.places.items()}
        return Gazetteer(sides, self.conflicts, actors, places, self.path)

    def __hash__(self) -> int:  # cached_property needs an instance dict, lru caches need a hash
        return id(self)


# ---- loading ---------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _schema() -> dict:
    try:
        return yaml.safe_load(SCHEMA_PATH.read_text(encoding="utf-8"))
    except OSError as exc:  # pragma: no cover - broken install
        raise GazetteerError(f"gazetteer schema not found at {SCHEMA_PATH}: {exc}") from exc


def _names(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def _check_references(data: Mapping[str, Any], where: str) -> None:
    sides = data["sides"]
    problems: list[str] = []
    for cid, conflict in (data.get("conflicts") or {}).items():
        seen: set[str] = set()
        for group in conflict["sides"]:
            for sid in group:
                if sid not in sides:
                    problems.append(f"conflict {cid!r} names unknown side {sid!r}")
                if sid in seen:
                    problems.append(f"conflict {cid!r} lists side {sid!r} twice")
                seen.add(sid)
        if conflict.get("periods") and ("from" in conflict or "until" in conflict):
            problems.append(f"conflict {cid!r} has both periods and from/until: use one")
        try:
            for start, end in _periods(conflict):
                if start and end and end < start:
                    problems.append(f"conflict {cid!r} has a period that ends before it starts")
        except ValueError as exc:
            problems.append(f"conflict {cid!r} has a period date that is no date ({exc})")
    for sid, side in sides.items():
        heir = (side.get("successor") or {}).get("side")
        if heir is not None and (heir not in sides or heir == sid):
            problems.append(f"side {sid!r} names unknown successor {heir!r}")
        if heir is not None:
            try:
                dt.date.fromisoformat(side["successor"]["from"])
            except ValueError:
                problems.append(f"side {sid!r}: successor date {side['successor']['from']!r} is no date")
    for aid, actor in (data.get("actors") or {}).items():
        if actor["side"] != THIRD_PARTY and actor["side"] not in sides:
            problems.append(f"actor {aid!r} has unknown side {actor['side']!r}")
    conflicts = data.get("conflicts") or {}
    for pid, place in (data.get("places") or {}).items():
        if place.get("conflict") is not None and place["conflict"] not in conflicts:
            problems.append(f"place {pid!r} names unknown conflict {place['conflict']!r}")
        if place.get("side") is not None and place["side"] not in sides:
            problems.append(f"place {pid!r} has unknown side {place['side']!r}")

    def no_clashes(kind: str, entries: Iterable[tuple[str, str]]) -> None:
        owner: dict[str, str] = {}
        for name, ref in entries:
            key = name if _is_acronym(name) else name.lower()
            if key in owner and owner[key] != ref:
                problems.append(f"{kind} name {name!r} maps to both {owner[key]!r} and {ref!r}")
            owner.setdefault(key, ref)

    no_clashes("side", ((n, sid) for sid, s in sides.items()
                        for n in (*_names(s.get("aliases")), *_names(s.get("demonyms")))))
    no_clashes("actor", ((n, aid) for aid, a in (data.get("actors") or {}).items()
                         for n in (a["name"], *_names(a.get("aliases")))))
    no_clashes("place", ((n, pid) for pid, p in (data.get("places") or {}).items()
                         for n in (p["name"], *_names(p.get("aliases")))))
    if problems:
        raise GazetteerError(f"{where}: " + "; ".join(problems))


def _period_day(value: Any, last: bool) -> dt.date | None:
    """A period bound: "2011" or 2011 (the whole year), "2022-04" (the whole month) or
    "2006-08-14"; `last` picks the end of a year or month. None for an open end."""
    if value is None:
        return None
    text = str(value)
    if len(text) == 4:
        return dt.date(int(text), 12, 31) if last else dt.date(int(text), 1, 1)
    if len(text) == 7:
        year, month = int(text[:4]), int(text[5:])
        first = dt.date(year, month, 1)
        if not last:
            return first
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return dt.date.fromisoformat(text)


def _periods(conflict: Mapping[str, Any]) -> tuple[tuple[dt.date | None, dt.date | None], ...]:
    spans = conflict.get("periods") or ([conflict] if "from" in conflict or "until" in conflict else [])
    return tuple((_period_day(p.get("from"), False), _period_day(p.get("until"), True)) for p in spans)


def _successor(side: Mapping[str, Any]) -> tuple[str, dt.date] | None:
    succ = side.get("successor")
    return (succ["side"], dt.date.fromisoformat(succ["from"])) if succ else None


def gazetteer_from_mapping(data: Mapping[str, Any], where: str = "<memory>") -> Gazetteer:
    """Validate an already-parsed gazetteer and build the Gazetteer."""
    if not isinstance(data, Mapping):
        raise GazetteerError(f"{where}: the gazetteer must be a YAML mapping, got {type(data).__name__}")
    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        first = errors[0]
        loc = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise GazetteerError(f"{where}: at {loc}: {first.message}{more}")
    _check_references(data, where)
    sides = {sid: Side(sid, s["name"], _names(s.get("demonyms")), _names(s.get("aliases")), _successor(s))
             for sid, s in data["sides"].items()}
    conflicts = {cid: Conflict(cid, c["label"], tuple(tuple(g) for g in c["sides"]), _periods(c))
                 for cid, c in (data.get("conflicts") or {}).items()}
    actors = {aid: Actor(aid, a["name"], a["side"], a["kind"], _names(a.get("aliases")))
              for aid, a in (data.get("actors") or {}).items()}
    places = {pid: Place(pid, p["name"], _names(p.get("aliases")), p.get("conflict"), p.get("side"))
              for pid, p in (data.get("places") or {}).items()}
    return Gazetteer(sides, conflicts, actors, places, where)


def load_gazetteer(path: str | Path) -> Gazetteer:
    """Read and validate a gazetteer YAML file; GazetteerError names the file and the problem."""
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(f"{where}: cannot read gazetteer: {exc.strerror or exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{where}: invalid YAML: {exc}") from exc
    return gazetteer_from_mapping(data, where)
