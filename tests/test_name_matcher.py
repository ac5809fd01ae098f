"""The gazetteer's name matcher is a character trie; it must find exactly what one
alternative per name (longest first) found, which is how it was first written."""

import random
import re

from casualty_claims.gazetteer import _NameMatcher


def _naive_find(names: dict[str, tuple[str, str]], text: str) -> list[tuple[int, int, str, str]]:
    folded = {n.lower(): t for n, t in names.items()}
    alts = "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))
    rx = re.compile(rf"(?<![\w.])(?=((?:{alts}))(?![\w]))", re.IGNORECASE)
    found = [(m.start(1), m.end(1), *folded[m.group(1).lower()]) for m in rx.finditer(text)]
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, str, str]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    return sorted(kept)


def _word(rng: random.Random) -> str:
    # a small alphabet, so that names share prefixes and overlap in the text
    return "".join(rng.choice("abn") for _ in range(rng.randint(1, 3)))


def test_trie_matcher_finds_what_the_alternation_found():
    rng = random.Random(20261126)
    for _ in range(400):
        names = {}
        for k in range(rng.randint(1, 8)):
            name = " ".join(_word(rng) for _ in range(rng.randint(1, 3)))
            name = name.capitalize() if rng.random() < 0.3 else name
            names.setdefault(name, (f"ref{k}", "side"))
        text = " ".join(_word(rng) if rng.random() < 0.8 else rng.choice([".", "-", ",", "A."])
                        for _ in range(rng.randint(1, 25)))
        got = [(m.start, m.end, m.ref, m.form) for m in _NameMatcher(names).find(text)]
        assert got == _naive_find(names, text), (names, text)


def test_longest_name_wins_where_names_share_a_prefix():
    names = {"the UN": ("un", "actor"), "UN human rights office": ("ohchr", "actor"),
             "Kyiv": ("ukraine", "side"), "Kyiv city military administration": ("kcma", "actor"),
             "MoD": ("mod", "actor")}
    found = _NameMatcher(names).find("the UN human rights office and Kyiv city military administration "
                                     "said, citing Kyiv and the MoD (not the mod)")
    assert [(m.text, m.ref) for m in found] == [
        ("UN human rights office", "ohchr"), ("Kyiv city military administration", "kcma"),
        ("Kyiv", "ukraine"), ("MoD", "mod")]
