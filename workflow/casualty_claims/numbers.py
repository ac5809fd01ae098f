"""Numbers as news English writes them, with the qualifier in front of them.

`find_quantities(text)` returns every count-like expression of a sentence with its
character span, value range and qualifier (design.md, "Value conventions"):

    "upto 400"            -> (None, 400, up_to)
    "scores of"           -> (40, None, vague)
    "between 60 and 70"   -> (60, 70, range)
    "four hundred and twelve", "1,200", "1 200", "1.2 million", "5.9k", "a dozen"

It deliberately drops what cannot be a head count: times ("12.02 am", "10:30"),
years ("in 2022"), ages ("a 12-year-old"), percentages, money, ordinals and decimals
without a scale word. Whether a remaining number counts casualties is decided by the
extractor, which looks at the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quantity", "Token", "tokenize", "find_quantities", "parse_number_words"]


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Quantity:
    start: int  # first character of the number (or vague word) phrase
    end: int  # one past its last character
    low: int | None
    high: int | None
    qualifier: str  # exact | approx | at_least | more_than | up_to | range | vague
    qual_start: int  # start of the qualifier words in front ("at least"), else == start
    tok_start: int  # index of the first token of the number phrase
    tok_end: int  # one past the index of its last token

    @property
    def value(self) -> int:
        """The figure the text states (low, else high): used to compare with traps."""
        return self.low if self.low is not None else (self.high or 0)


_DATE = re.compile(r"(?<![\w.])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\w])")
# Names of weapons, units and groups written in capitals and digits: "M23", "M113", "F-16", "T-72B3",
# "Su-25", "MiG-29", "Shahed-136", "S-300", "3M22". One token each, so their digits are never read
# as a count ("Fifty M23 fighters") and the phrase around them keeps its real head.
_NAME = (r"(?<![\w-])(?:[A-Z][A-Za-z]{0,5}-\d+(?:[A-Za-z]+\d*)*"  # hyphenated: F-16, Su-25, Ka-52s
         r"|[A-Z]{1,5}\d+(?:[A-Za-z]+\d*)*"  # run together: M23, M113, MH17, AK47
         r"|\d[A-Z]+\d+(?:[A-Za-z]+\d*)*)"  # digits first: 3M22, 9M723, 2S19
         r"(?:'[A-Za-z]+)?(?![\w])")
_TOKEN = re.compile(_NAME + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:'[A-Za-z]+)*|\S")


def tokenize(text: str) -> list[Token]:
    """Words, digit groups ("1,200", "12.02"), names of capitals and digits ("M23", "F-16") and
    single punctuation marks, with offsets."""
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
DIGIT_SCALES = {"thousand": 1000, "million": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000}

# Vague words (annotation conventions): the value is a floor, the qualifier "vague".
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
VAGUE_COMPOUND = {("tens", "of", "thousands"): 20000, ("hundreds", "of", "thousands"): 200000}

# Qualifier phrases, longest first; matched on the words right before the number.
QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("about",), "approx"), (("around",), "approx"), (("some",), "approx"),
        (("nearly",), "approx"), (("almost",), "approx"), (("roughly",), "approx"),
        (("approximately",), "approx"), (("an", "estimated"), "approx"),
        (("estimated",), "approx"), (("close", "to"), "approx"), (("estimated", "at"), "approx"),
        (("~",), "approx"), (("approx", "."), "approx"), (("circa",), "approx"),
        (("just", "under"), "approx"), (("just", "shy", "of"), "approx"), (("an", "approximate"), "approx"),
        (("more", "than"), "more_than"), (("over",), "more_than"), (("upwards", "of"), "more_than"), (("upward", "of"), "more_than"),
        (("in", "excess", "of"), "more_than"), (("just", "over"), "more_than"),
        (("well", "over"), "more_than"), (("above",), "more_than"), (("well", "above"), "more_than"),
        (("higher", "than"), "more_than"), (("greater", "than"), "more_than"),
        (("at", "least"), "at_least"), (("no", "fewer", "than"), "at_least"),
        (("a", "minimum", "of"), "at_least"), (("no", "less", "than"), "at_least"),
        (("not", "less", "than"), "at_least"), (("not", "fewer", "than"), "at_least"),
        (("up", "to"), "up_to"), (("upto",), "up_to"), (("as", "high", "as"), "up_to"), (("as", "many", "as"), "up_to"),
        (("as", "much", "as"), "up_to"), (("fewer", "than"), "up_to"), (("less", "than"), "up_to"),
        (("a", "maximum", "of"), "up_to"), (("at", "most"), "up_to"), (("no", "more", "than"), "up_to"),
        (("under",), "up_to"), (("just", "under"), "approx"), (("below",), "up_to"), (("not", "more", "than"), "up_to"),
        (("a", "few", "more", "than"), "more_than"), (("slightly", "more", "than"), "more_than"),
        (("slightly", "over"), "more_than"), (("well", "in", "excess", "of"), "more_than"),
        (("an", "estimated", "total", "of"), "approx"), (("a", "total", "of"), "exact"), (("some", "estimated"), "approx"),
        (("approximately", "some"), "approx"), (("nearly", "some"), "approx"), (("roughly", "some"), "approx"),
    ],
    key=lambda q: -len(q[0]),
)

_RAISE_VERBS = {"revised", "raised", "risen", "rose", "increased", "climbed", "gone", "went", "jumped", "pushed",
                "brought", "bringing", "taking", "moved", "toll", "figure", "rises", "raises", "revises", "goes",
                "jumps", "climbs", "increases"}
RANGE_VERBS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"}
MONTHS = MONTH_NAMES | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_TIME_AFTER = {"am", "pm", "gmt", "utc", "hrs", "hours", "o'clock", "cet", "est", "edt", "bst", "local"}
_MONEY_BEFORE = {"$", "€", "£", "¥", "₴", "₽", "usd", "eur", "rs", "us$", "inr", "gbp"}
_MONEY_AFTER = {"dollars", "euros", "pounds", "rubles", "roubles", "hryvnias", "hryvnia", "shekels",
                "rupees", "yuan", "usd", "eur", "bn", "dinars", "riyals", "birr"}
_PERCENT_AFTER = {"%", "percent", "pc"}
_YEAR_BEFORE = {"in", "since", "until", "till", "by", "of", "from", "during", "before", "after",
                "through", "to", "early", "late", "mid", "summer", "winter", "spring", "autumn",
                "fall", "year", "between", "and"} | MONTHS
_UNIT_BEFORE = {"no", "number", "unit", "page", "pages", "brigade", "battalion", "regiment", "division",
                "flight", "route", "highway", "resolution", "article", "section", "chapter", "item",
                "paragraph", "room", "block", "building", "platform", "gate", "road", "corps", "army",
                "tier", "grade", "level", "version", "round", "phase", "day", "week", "hour", "minute",
                "covid", "mh", "su", "mig", "f", "t", "s", "km", "kilometre", "kilometer", "model", "type",
                "code", "pt",
                # parliamentary questions and documents: "Question 12345", "UIN 5678", "PQ 45678",
                # "HC 3456", "written answer 9876", "Exhibit 12", "Annex 3", "Table 2"
                "question", "questions", "uin", "pq", "pqs", "hl", "hc", "answer", "ref", "petition",
                "motion", "amendment", "exhibit", "annex", "appendix", "footnote", "table", "case"}


# Words before "under"/"below" that make the number an age or a measure, not a ceiling.
_UNDER_NOT_QUALIFIER = {"children", "child", "kids", "aged", "age", "ages", "those", "boys", "girls", "minors",
                        "people", "anyone", "everyone", "persons", "youths", "temperatures", "temperature", "degrees",
                        "pensioners", "seniors", "adults", "men", "women", "teenagers", "teens", "infants", "babies"}


# Verbs whose particle "over" is no qualifier: "handed over 6,060 bodies", "turned over 40 prisoners".
_HANDING_VERBS = {"handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning"}


# People counted after "up to" and a number that could be a year ("up to 1965 soldiers").
_PEOPLE_AFTER_CEILING = {"soldiers", "troops", "servicemen", "personnel", "people", "fighters", "militants",
                         "men", "civilians", "mercenaries", "terrorists", "nationalists", "militants"}


# Nouns a year names when it stands before them: "the 2014 war", "the 2006 conflict".
_EVENT_AFTER_YEAR = {"war", "wars", "conflict", "invasion", "offensive", "election", "elections", "ceasefire",
                     "truce", "uprising", "revolution", "massacre", "attack", "attacks", "attacks,", "census",
                     "war's", "campaign", "crisis", "earthquake", "hijacking", "bombing", "bombings", "operation",
                     "agreement", "accord", "fighting", "clashes", "escalation", "intifada", "coup", "season"}


# Thousands written with a point, as some outlets do ("1.500 to 2.000 fighters", "3.500"): groups of
# exactly three digits after a first group that is no zero. Never read with a scale word after it
# ("1.500 million" is a decimal), and "12.02" or "0.125" stay decimals.
_POINT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _digits_value(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_number_words(words: list[str]) -> tuple[int, int] | None:
    """Parse the longest number-word prefix of `words` (lower-case, hyphens split off).

    Returns (value, words consumed) or None. Handles "eighty nine" (from "eighty-nine"),
    "four hundred and twelve", "two thousand five hundred", "a hundred", "a dozen",
    "two dozen", "half a dozen".
    """
    if not words:
        return None
    if words[:2] == ["half", "a"] and len(words) > 2 and words[2] in _HALVED:
        return _HALVED[words[2]], 3  # "half a dozen" = 6, "half a million" = 500,000 (not "a million")
    i = 0
    if words[0] == "a" and len(words) > 1 and words[1] in ("hundred", "thousand", "million", "dozen"):
        # "a hundred" = 100: read "a" as one.
        words = ["one", *words[1:]]
    total = 0
    current = 0
    consumed = 0
    seen_any = False
    while i < len(words):
        w = words[i]
        if w in UNITS:
            u = UNITS[w]
            if current == 0 and not (seen_any and not total):
                current = u  # first word, or right after "thousand"
            elif current % 100 == 0 and current:
                current += u  # "hundred (and) twelve"
            elif current % 10 == 0 and current % 100 >= 20 and u < 10:
                current += u  # "eighty nine"
            else:
                break
        elif w in TENS:
            if seen_any and current % 100 != 0:
                break
            current += TENS[w]
        elif w == "dozen" and seen_any and current and current < 100:
            current *= 12
            i += 1
            consumed = i
            break
        elif w in SCALES and seen_any:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif w == "and" and seen_any and i + 1 < len(words) and (words[i + 1] in UNITS or words[i + 1] in TENS) \
                and (current % 100 == 0 and (current or total)):
            i += 1
            continue
        else:
            break
        seen_any = True
        i += 1
        consumed = i
    if not seen_any:
        return None
    return total + current, consumed


_HALVED = {"dozen": 6, "hundred": 50, "thousand": 500, "million": 500_000}


def _is_number_word(tok: Token) -> bool:
    w = tok.low
    return w in UNITS or w in TENS or w in SCALES or w == "dozen"


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self._lows = [t.text.lower() for t in self.toks]  # read millions of times per corpus
        # Tokens inside a written date ("2022-02-24", "24.02.2022", "01/05/2023") are not counts.
        spans = [m.span() for m in _DATE.finditer(text)]
        self.in_date = {k for k, t in enumerate(self.toks) if any(a <= t.start < b for a, b in spans)}

    def low(self, i: int) -> str:
        return self._lows[i] if 0 <= i < len(self._lows) else ""

    def adjacent(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.toks) and 0 <= j < len(self.toks) and self.toks[i].end == self.toks[j].start

    # -- single numbers ------------------------------------------------------------
    def number_at(self, i: int) -> tuple[int, int] | None:
        """(value, end token index) of a plain number starting at token i, else None."""
        toks = self.toks
        if i >= len(toks):
            return None
        t = toks[i]
        if t.text[0].isdigit():
            value = _digits_value(t.text)
            if value is None:
                return None
            j = i + 1
            # "1 200": a thousands group separated by a (thin) space.
            while (j < len(toks) and re.fullmatch(r"\d{3}", toks[j].text) and "," not in t.text
                   and "." not in t.text and len(toks[j - 1].text) <= 3 and value < 1000
                   and self.text[toks[j - 1].end:toks[j].start] in (" ", "\u202f", "\u2009")
                   and not (j + 1 < len(toks) and self.adjacent(j, j + 1) and toks[j + 1].text in ".,"
                            and j + 2 < len(toks) and toks[j + 2].text[:1].isdigit())):
                value = value * 1000 + int(toks[j].text)
                j += 1
                break
            scale = self.low(j)
            if scale in DIGIT_SCALES:
                return int(round(value * DIGIT_SCALES[scale])), j + 1
            if scale in ("k", "m", "bn") and self.adjacent(j - 1, j):
                mult = {"k": 1000, "m": 1_000_000, "bn": 1_000_000_000}[scale]
                return int(round(value * mult)), j + 1
            if value != int(value) or "." in t.text:
                if _POINT_THOUSANDS.fullmatch(t.text):
                    return int(t.text.replace(".", "")), j  # "1.500 to 2.000 fighters": thousands
                return None  # a bare decimal ("12.02") is a time, a score or a measure
            return int(value), j
        if _is_number_word(t) or (t.low == "a" and self.low(i + 1) in ("hundred", "thousand", "dozen", "million")) \
                or (t.low == "half" and self.low(i + 1) == "a" and self.low(i + 2) in _HALVED):
            words: list[str] = []
            idx: list[int] = []
            j = i
            while j < len(toks) and len(words) < 12:
                w = toks[j].low
                if w == "-" and words and self.adjacent(j - 1, j) and self.adjacent(j, j + 1):
                    j += 1
                    continue
                if w in UNITS or w in TENS or w in SCALES or w in ("and", "dozen", "a", "half"):
                    words.append(w)
                    idx.append(j)
                    j += 1
                    continue
                break
            parsed = parse_number_words(words)
            if parsed is None:
                return None
            value, used = parsed
            return value, idx[used - 1] + 1
        return None

    # -- filters ---------------------------------------------------------------------
    def not_a_count(self, i: int, j: int, value: int) -> bool:
        """True for times, dates, years, ages, money, percentages, ordinals, unit numbers."""
        toks = self.toks
        first, last = toks[i], toks[j - 1]
        if i in self.in_date:
            return True
        before = self.low(i - 1)
        after = self.low(j)
        after2 = self.low(j + 1)
        if before in _MONEY_BEFORE or after in _MONEY_AFTER or after in _PERCENT_AFTER:
            return True
        if after == "per" and after2 == "cent":
            return True
        if (after == "-" and after2 in ("hundredth", "hundredths", "hundredths'")) or before == "cargo":
            return True  # soldiers' slang for the dead and wounded: "two-hundredths", "cargo 200"
        if first.text[0].isdigit():
            if after in ("st", "nd", "rd", "th") and self.adjacent(j - 1, j):
                return True  # ordinal "93rd"
            if after in (":", ".") and self.adjacent(j - 1, j) and self.low(j + 1)[:1].isdigit() \
                    and self.adjacent(j, j + 1):
                return True  # clock time "10:30"
            if before in (":", "/") and self.adjacent(i - 1, i):
                return True
            if before == "[" and after == "]" and self.adjacent(i - 1, i) and self.adjacent(j - 1, j):
                return True  # a footnote marker: "were killed.[12]"
            if after == "/" and self.adjacent(j - 1, j):
                return True  # dates "01/05/2023", "24/7"
            if before == "-" and self.adjacent(i - 1, i) and self.low(i - 2)[:1].isdigit() \
                    and len(self.low(i - 2)) == 4:
                return True  # ISO date tail
            if after == "-" and self.adjacent(j - 1, j) and len(last.text) == 4 and self.low(j + 1)[:1].isdigit():
                return True  # ISO date head / "2022-23"
            if len(first.text) == 4 and first.text.isdigit() and 1800 <= value <= 2100:
                if after == "s" and self.adjacent(j - 1, j):
                    return True  # a decade: "the Chechen wars of the 1990s killed ..."
                if before == "to" and self.low(i - 2) == "up" and after in _PEOPLE_AFTER_CEILING:
                    return False  # a ceiling, not "up to 1965": "Kiev loses up to 1965 soldiers"
                if before in _YEAR_BEFORE or after in ("'s", ",", ")", "-", "–") or self.low(i - 2) in MONTHS \
                        or (before == "," and self.low(i - 2).isdigit() and len(self.low(i - 2)) <= 2):
                    return True
            if before in MONTHS or (after in MONTHS and value <= 31):
                return True
            if value <= 31 and after in ("to", "-", "–", "and", "until", "till") and self.low(j + 2) in MONTHS \
                    and self.low(j + 1).isdigit() and int(self.low(j + 1)) <= 31:
                return True  # a span of days: "from 4 to 10 April", "between 3 and 5 May"
            if value <= 31 and before in ("to", "-", "–", "and", "until", "till") and self.low(i - 2).isdigit() \
                    and int(self.low(i - 2)) <= 31 and self.low(i - 3) in MONTHS:
                return True  # its end, the month before: "from September 19 to 20", "May 3-5"
            if before == "." and self.low(i - 2) in MONTHS and self.low(i - 2) not in ("may", "june", "july") and value <= 31 \
                    and self.adjacent(i - 2, i - 1):
                return True  # an abbreviated month: "since Feb. 24, 2022", "on Oct. 7"
            if before == "." and self.low(i - 2) == "no":
                return True
            if before in _UNIT_BEFORE and not (before in ("army",) and after in ("soldiers",)) \
                    and not (before == "case" and self.low(i - 2) == "in") \
                    and not (before == "number" and self.low(i - 2) in _COUNTED_BEFORE_NUMBER):
                # not the verb: "its dead number 120", "the wounded number 400"
                return True
            if before == "channel" and (toks[i - 1].text[:1].isupper() or self.low(i - 2) in ("tv", "television")):
                return True  # a broadcaster's name: "Israel's Channel 12", "TV channel 5"; not "its channel 20 soldiers"
            if i > 0 and self.adjacent(i - 1, i) and toks[i - 1].text[-1:].isalpha():
                return True  # part of a label or an identifier: "HL1234", "Q2", "A1", "SPEAKER2"
            if before == "-" and self.adjacent(i - 1, i) and self.low(i - 2).isalpha():
                return True  # "Su-25", "MH-17", "F-16"
        if (after in _TIME_AFTER and (after != "local" or after2 == "time")) \
                or (after in ("a", "p") and self.low(j + 1) == "." and self.low(j + 2) == "m"):
            return True
        if after == "-" and self.low(j + 1) == "year" or after in ("year", "years") and after2 in ("old", "of"):
            return True  # "a 12-year-old", "12 years old"
        if after in ("yo", "y") and self.low(j + 1) == "/":
            return True
        if before == "as" and self.low(i - 2) in ("young", "old", "little") and self.low(i - 3) == "as":
            return True  # an age: "children as young as three are among the dead"
        if before == "," and after in (",", ")") and first.text.isdigit() and 0 < value <= 110 \
                and self._name_ends_at(i - 2):
            return True  # an age in apposition to a name: "Yotam Haim, 28, and Alon Shamriz, 26, were"
        if before in ("aged", "age", "ages") or (before in ("youngest", "oldest", "eldest") and self.low(i - 2) == "the"):
            return True  # "the youngest aged 10 and the oldest 16"
        if before in ("between", "from") and self.low(i - 2) in ("aged", "ages"):
            return True  # "children aged between 3 and 12"
        if before in (",", "and") and first.text.isdigit() and self._after_ages(i - 2):
            return True  # the last of a list of ages: "two men aged 29 and 41", "aged 30, 45 and 62"
        if before in ("under", "over") and self.low(i - 2)[:1].isdigit() and value <= 100 \
                and after in ("", ".", ",", ";", ")", "and", "years", "year"):
            return True  # an age after a count: "including 3,760 under 18", "1,200 over 60"
        if (before in ("under", "over", "below", "above") and self.low(i - 2) in _UNDER_NOT_QUALIFIER) \
                or (before == "of" and self.low(i - 2) in ("age", "ages")):
            return True  # an age: "children under 5", "those over 60", "under the age of 15"
        if after == "in" and (self.low(j + 1)[:1].isdigit() or self.low(j + 1) in UNITS):
            return True  # "one in six" is a proportion
        if before == "in" and self.low(i - 2) in (set(UNITS) | {"1"}):
            return True
        if before == "-" and self.adjacent(i - 1, i) and self.low(i - 2) in ("covid", "mh", "su", "f"):
            return True
        if not first.text[0].isdigit() and before == "-" and self.adjacent(i - 1, i) \
                and self.low(i - 2).isalpha() and self.low(i - 2) not in UNITS and self.low(i - 2) not in TENS:
            return True  # a number word inside a compound adjective: "sub-zero", "non-one"
        if first.text.isdigit() and len(first.text) == 4 and 1900 <= value <= 2100:
            named = j < len(toks) and toks[j].text[:1].isupper()
            if after in _EVENT_AFTER_YEAR or (named and before in ("the", "a", "an")):
                return True  # "the 2014 Gaza war", "the 2022 invasion": a year naming an event
        return False

    def _after_ages(self, k: int) -> bool:
        """Is token k a digit age of a list that "aged"/"ages" opens ("aged 30, 45 and 62")?"""
        while self.low(k).isdigit():
            if self.low(k - 1) in ("aged", "ages", "age") or (
                    self.low(k - 1) in ("between", "from") and self.low(k - 2) in ("aged", "ages")):
                return True
            if self.low(k - 1) not in (",", "and"):
                return False
            k -= 2
        return False

    def _name_ends_at(self, k: int) -> bool:
        """Does a person's name end at token k: two capitalised words ("Alon Shamriz") or a
        title and a name ("Capt. Shani", "Col. Babu")? Not a month, not an acronym."""
        def cap(x: int) -> bool:
            t = self.toks[x].text if 0 <= x < len(self.toks) else ""
            return t[:1].isupper() and t.isalpha() and not t.isupper() and t.lower() not in MONTHS
        return cap(k) and (cap(k - 1) or (self.low(k - 1) == "." and cap(k - 2)))

    # -- qualifiers --------------------------------------------------------------------
    def qualifier_before(self, i: int) -> tuple[str, int] | None:
        for words, qual in QUALIFIERS:
            n = len(words)
            if i - n < 0:
                continue
            if tuple(self.low(k) for k in range(i - n, i)) == words:
                if words == ("some",) and self.low(i - 2) in ("of", "for"):
                    continue
                if words == ("over",) and self.low(i - 2) in ("fought", "dispute", "clash", "clashes"):
                    continue
                if words == ("over",) and self.low(i - 2) in _HANDING_VERBS:
                    continue  # the particle of "handed over 6,060 bodies", not "more than"
                if words in (("under",), ("below",)) and self.low(i - 2) in _UNDER_NOT_QUALIFIER:
                    continue  # "children under 5", "aged under 18", "the age below 15": an age
                if words == ("a", "total", "of"):
                    return "exact", i - n
                if words == ("up", "to") and self.low(i - 3) in _RAISE_VERBS:
                    continue  # "revised the toll up to 558": a revision, not "at most"
                return qual, i - n
        return None


def find_quantities(text: str) -> list[Quantity]:
    """Every count-like expression in `text`, left to right (see module docstring)."""
    sc = _Scanner(text)
    toks = sc.toks
    out: list[Quantity] = []
    i = 0
    n = len(toks)
    while i < n:
        q = _quantity_at(sc, i)
        if q is None:
            i += 1
            continue
        if q.qualifier != "skip":
            out.append(_inherit_qualifier(sc, out, q))
        i = q.tok_end
    return out


def _inherit_qualifier(sc: _Scanner, found: list[Quantity], q: Quantity) -> Quantity:
    """A bracketed change after an approximate total is approximate too: "about 201,390 (+560)"."""
    if q.qualifier != "exact" or not found or found[-1].qualifier != "approx":
        return q
    k = q.tok_start - 1
    if sc.low(k) == "+":
        k -= 1
    if sc.low(k) == "(" and found[-1].tok_end == k and sc.low(q.tok_end) == ")":
        return Quantity(q.start, q.end, q.low, q.high, "approx", q.qual_start, q.tok_start, q.tok_end)
    return q


_VAGUE_COMPOUND_FIRST = frozenset(words[0] for words in VAGUE_COMPOUND)


def _vague_at(sc: _Scanner, i: int) -> tuple[int, int] | None:
    """(floor value, end token) for "dozens", "scores", "tens of thousands", "several dozen"..."""
    w = sc.low(i)
    if w in _VAGUE_COMPOUND_FIRST:
        for words, value in VAGUE_COMPOUND.items():
            if tuple(sc.low(i + k) for k in range(len(words))) == words:
                return value, i + len(words)
    if w in ("several", "few") and sc.low(i + 1) in ("dozen", "hundred", "thousand"):
        return {"dozen": 24, "hundred": 200, "thousand": 2000}[sc.low(i + 1)], i + 2
    if w == "a" and sc.low(i + 1) == "few" and sc.low(i + 2) in ("dozen", "hundred", "thousand"):
        return {"dozen": 24, "hundred": 200, "thousand": 2000}[sc.low(i + 2)], i + 3
    if w in VAGUE:
        end = i + 1
        # "dozens to hundreds", "dozens, if not hundreds," keep the lower word.
        if sc.low(end) in ("to", "or") and sc.low(end + 1) in VAGUE:
            end += 2
        return VAGUE[w], end
    return None


def _range_sharing_scale(sc: _Scanner, i: int) -> Quantity | None:
    """A range whose first figure borrows the scale of the second: "175-200,000" is 175,000 to
    200,000, "70 or 80,000" 70,000 to 80,000, "1.5-2 million" 1.5 to 2 million, "between 20 and 30,000" 20,000 to 30,000. Only when
    the first figure is a bare number (no separator, no scale of its own) that, scaled, falls below
    the second and within a tenth of it; "800-1,000" and "between 5 and 10" stay as written."""
    toks = sc.toks
    raw = toks[i].text
    if not re.fullmatch(r"\d{1,3}(\.\d+)?", raw):
        return None
    between = sc.low(i - 1) == "between"
    sep = sc.low(i + 1)
    if not ((between and sep == "and") or (not between and sep in ("-", "–", "to", "or") and sc.low(i - 1) != "from")):
        return None
    second = sc.number_at(i + 2)
    if second is None:
        return None
    high, end_tok = second
    last = toks[end_tok - 1]
    if end_tok - 1 > i + 2 and last.low in DIGIT_SCALES:
        scale = DIGIT_SCALES[last.low]  # "2 million", "2 mln"
    elif end_tok - 1 > i + 2 and last.low in ("k", "m", "bn"):
        scale = {"k": 1000, "m": 1_000_000, "bn": 1_000_000_000}[last.low]  # "400k"
    elif "," in toks[i + 2].text and high % 1000 == 0:
        scale = 1_000_000 if high % 1_000_000 == 0 else 1000
    else:
        return None
    low = int(round(float(raw) * scale))
    if not (high / 10 <= low < high) or sc.not_a_count(i + 2, end_tok, high):
        return None
    if between:
        return Quantity(toks[i].start, toks[end_tok - 1].end, low, high, "range", toks[i - 1].start, i, end_tok)
    qual = sc.qualifier_before(i)
    qs = toks[qual[1]].start if qual else toks[i].start
    return Quantity(toks[i].start, toks[end_tok - 1].end, low, high, "range", qs, i, end_tok)


def _quantity_at(sc: _Scanner, i: int) -> Quantity | None:
    toks = sc.toks
    vague = _vague_at(sc, i)
    if vague is not None:
        value, j = vague
        qual = sc.qualifier_before(i)
        qs = toks[qual[1]].start if qual else toks[i].start
        return Quantity(toks[i].start, toks[j - 1].end, value, None, "vague", qs, i, j)
    shared = _range_sharing_scale(sc, i)
    if shared is not None:
        return shared
    first = sc.number_at(i)
    if first is None:
        return None
    value, j = first
    if sc.not_a_count(i, j, value):
        # Skip the whole expression so its parts are not re-read as numbers.
        return Quantity(toks[i].start, toks[j - 1].end, None, None, "skip", toks[i].start, i, j)
    low: int | None = value
    high: int | None = value
    qualifier = "exact"
    end_tok = j
    qual_start_tok = i
    # "between 60 and 70"
    if sc.low(i - 1) == "between" and sc.low(j) == "and":
        second = sc.number_at(j + 1)
        if second and second[0] > value:
            high, end_tok = second[0], second[1]
            # "a minimum of between 529 and 744", "an estimated between": the words before "between"
            # are the figure's too, so the verb before them reaches it; the range says more than they do
            hedge = sc.qualifier_before(i - 1)
            qs = toks[hedge[1]].start if hedge else toks[i - 1].start
            return Quantity(toks[i].start, toks[end_tok - 1].end, low, high, "range", qs, i, end_tok)
    # "60-70", "60 to 70", "two or three"; not "from 63 to 89" (a revision)
    sep = sc.low(j)
    ranging = sc.low(i - 1) == "from" and sc.low(i - 2) in RANGE_VERBS  # "estimates range from 5,000 to 8,000"
    # a clause that opens on "from": "According to estimates, from 32 to 100 people died" (no figure revised)
    ranging = ranging or sc.low(i - 1) == "from" and sc.low(i - 2) in ("", ",", ":", ";", "(", "that", "—", "–")
    # not "rose by 15 to 60": the rise, then the new figure
    rise = sep == "to" and sc.low(i - 1) == "by" and sc.low(i - 2) in _RAISE_VERBS
    if sep in ("-", "–", "to", "or") and (sc.low(i - 1) != "from" or ranging) and not rise:
        second = sc.number_at(j + 1)
        if second and second[0] > value and not sc.not_a_count(j + 1, second[1], second[0]):
            if sep != "-" or (sc.adjacent(j - 1, j) and sc.adjacent(j, j + 1)) or sep == "–":
                high, end_tok = second[0], second[1]
                qual = sc.qualifier_before(i)
                qs = toks[qual[1]].start if qual else toks[i].start
                return Quantity(toks[i].start, toks[end_tok - 1].end, low, high, "range", qs, i, end_tok)
    # "100+", "12 or more", "100 plus"
    if sc.low(end_tok) == "+" and sc.adjacent(end_tok - 1, end_tok):
        return Quantity(toks[i].start, toks[end_tok].end, value, None, "more_than", toks[i].start, i, end_tok + 1)
    if sc.low(end_tok) == "-" and sc.low(end_tok + 1) == "odd" and sc.adjacent(end_tok - 1, end_tok):
        # "40-odd": about 40 (a qualifier in front still says more: "some 40-odd")
        qual = sc.qualifier_before(i)
        qs = toks[qual[1]].start if qual else toks[i].start
        q2 = qual[0] if qual and qual[0] != "exact" else "approx"
        lo, hi = (None, value) if q2 == "up_to" else (value, None) if q2 in ("at_least", "more_than") else (value, value)
        return Quantity(toks[i].start, toks[end_tok + 1].end, lo, hi, q2, qs, i, end_tok + 2)
    if sc.low(end_tok) == "or" and sc.low(end_tok + 1) == "so" and not sc.low(end_tok + 2)[:1].isdigit():
        # "1,000 or so deaths", "a dozen or so women": about that many (a qualifier in front wins)
        qual = sc.qualifier_before(i)
        qs = toks[qual[1]].start if qual else toks[i].start
        q2 = qual[0] if qual and qual[0] != "exact" else "approx"
        lo, hi = (None, value) if q2 == "up_to" else (value, None) if q2 in ("at_least", "more_than") else (value, value)
        return Quantity(toks[i].start, toks[end_tok + 1].end, lo, hi, q2, qs, i, end_tok + 2)
    if sc.low(end_tok) == "or" and sc.low(end_tok + 1) == "more":
        qualifier, high = "at_least", None
    elif sc.low(end_tok) == "at" and sc.low(end_tok + 1) == "least" and sc.number_at(end_tok + 2) is None \
            and sc.qualifier_before(i) is None:
        # "put the toll at 26 at least", "300 at least were wounded": the qualifier after the figure
        return Quantity(toks[i].start, toks[end_tok - 1].end, value, None, "at_least", toks[i].start, i, end_tok + 2)
    elif sc.low(end_tok) == "plus" and sc.low(end_tok + 1) not in _PLUS_ADDS and sc.number_at(end_tok + 1) is None:
        # "100 plus civilians"; not a sum, "498 plus 1,597 injured", "63 plus another 26"
        qualifier, high = "more_than", None
    qual = sc.qualifier_before(i)
    if qual is not None and qualifier == "exact":
        qualifier, qs_tok = qual
        qual_start_tok = qs_tok
        if qualifier in ("at_least", "more_than"):
            high = None
        elif qualifier == "up_to":
            low = None
    elif toks[i].text.startswith("~"):
        qualifier = "approx"
    return Quantity(toks[i].start, toks[end_tok - 1].end, low, high, qualifier,
                    toks[qual_start_tok].start, i, end_tok)


# Words after "plus" that start a second figure to add, not a "more than" ("80 plus another 12").
_PLUS_ADDS = {"a", "an", "the", "another", "some", "about", "around", "nearly", "almost", "over", "more", "at",
              "up", "roughly", "approximately", "dozens", "scores", "hundreds", "thousands"}
# Casualty nouns that make a following "number" a verb ("its dead number 120"), not "No. 120".
_COUNTED_BEFORE_NUMBER = {"dead", "wounded", "injured", "casualties", "losses", "missing", "victims", "fatalities"}
