"""Score the extractor against a gold corpus (annotation-guide.md scheme).

    python -m casualty_claims.evaluate --docs tests/eval/docs --gold tests/eval/gold/*.csv

A prediction matches a gold claim when it is in the same document, inside the gold
sentence's place in the text (the sentence is found by folding whitespace, so it may
span a paragraph break), and has the same casualty_type and (value_low, value_high).
Matching is one-to-one. Only the documents the gold files name are scored, so a
gold file for part of a corpus can be used alone. Reported: detection precision/recall/F1; among matched
claims the accuracy of victim_side, claimant_side, stance, qualifier (and victim_group
where the gold has it); trap rows hit (an unmatched prediction in a trap's sentence; a
prediction matched to a gold claim never hits a trap).

By default the seed document (<repo>/../shared/seeds against
<repo>/../shared/docs/seed-gold.csv) is scored too, when it is there.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from casualty_claims.extract import extract_claims
from casualty_claims.gazetteer import AUTHOR, THIRD_PARTY, UNKNOWN, Gazetteer, fold_chars, load_gazetteer
from casualty_claims.sentences import split_sentences

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GAZETTEER = REPO_ROOT / "data" / "gazetteer.yaml"
SEED_DOCS = REPO_ROOT.parent / "shared" / "seeds"
SEED_GOLD = REPO_ROOT.parent / "shared" / "docs" / "seed-gold.csv"
ATTRIBUTES = ("victim_side", "claimant_side", "stance", "qualifier", "victim_group")


# ---- gold ------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldRow:
    doc: str
    sentence: str
    casualty_type: str | None
    value_low: int | None
    value_high: int | None
    qualifier: str | None
    victim_side: str | None
    claimant: str | None
    claimant_side: str | None
    stance: str | None
    event: str | None
    note: str
    victim_group: str | None
    source: str  # file:line

    @property
    def is_trap(self) -> bool:
        return self.note.strip().lower().startswith("trap") or not self.casualty_type


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip().replace(",", "").replace(" ", "")
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def normalize_side(label: str | None, gazetteer: Gazetteer) -> str | None:
    """Map a gold side label onto our ids: "Russia" -> russia, "third-party" -> third_party."""
    if label is None:
        return None
    raw = label.strip()
    if not raw:
        return None
    low = raw.lower()
    if low in ("third-party", "third_party", "third party", "thirdparty", "independent"):
        return THIRD_PARTY
    if low in ("author", "unattributed"):
        return AUTHOR
    if low in ("unknown", "?", "n/a", "none"):
        return UNKNOWN
    return gazetteer.resolve_side(raw) or low


def load_gold(path: str | Path, gazetteer: Gazetteer) -> list[GoldRow]:
    rows: list[GoldRow] = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return rows
        names = [h.strip().lower() for h in header]
        for lineno, rec in enumerate(reader, start=2):
            if not any(c.strip() for c in rec):
                continue
            get = dict(zip(names, rec))
            ctype = (get.get("casualty_type") or "").strip() or None
            rows.append(GoldRow(
                doc=(get.get("doc") or "").strip(),
                sentence=get.get("claim_sentence") or "",
                casualty_type=ctype,
                value_low=_int(get.get("value_low")),
                value_high=_int(get.get("value_high")),
                qualifier=(get.get("qualifier") or "").strip() or None,
                victim_side=normalize_side(get.get("victim_side"), gazetteer),
                claimant=(get.get("claimant") or "").strip() or None,
                claimant_side=normalize_side(get.get("claimant_side"), gazetteer),
                stance=(get.get("stance") or "").strip().lower() or None,
                event=(get.get("event") or "").strip() or None,
                note=get.get("note") or "",
                victim_group=(get.get("victim_group") or "").strip().lower() or None,
                source=f"{path}:{lineno}",
            ))
    return rows


# ---- documents ---------------------------------------------------------------------


def _fallback_read(path: Path, root: Path) -> dict:
    """Minimal reader for the seed layout and plain text, used when ingest is absent."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    lines = raw.splitlines()
    title, body = "", []
    if any(l.strip().startswith("## **Description**") for l in lines):
        nonblank = [l for l in lines if l.strip()]
        title = nonblank[0].strip() if nonblank else ""
        started = False
        for line in lines:
            if line.strip().startswith("## **Description**"):
                started = True
                continue
            if started and line.strip().startswith("## "):
                break
            if started:
                body.append(line)
        while body and (not body[-1].strip() or body[-1].strip().startswith(("By ", "Featured image"))):
            body.pop()
    else:
        nonblank_idx = [i for i, l in enumerate(lines) if l.strip()]
        if nonblank_idx:
            title = lines[nonblank_idx[0]].strip()
            rest = lines[nonblank_idx[0] + 1:]
            while rest and (not rest[0].strip() or rest[0].startswith(("By ", "Published:"))):
                rest = rest[1:]
            body = rest
    text = title + "\n\n" + "\n".join(body).strip("\n")
    rel = path.relative_to(root).as_posix()
    return {"doc_id": rel, "source_path": rel, "title": title, "author": None, "published": None,
            "categories": [], "text": text}


def read_one(path: Path, root: Path) -> dict:
    try:
        from casualty_claims.ingest import read_document  # written by the ingest stage
    except ImportError:  # pragma: no cover - before ingest existed
        return _fallback_read(path, root)
    return read_document(path, root)


def doc_keys(path: Path, root: Path) -> list[str]:
    rel = path.relative_to(root).as_posix()
    return [rel, path.name, path.stem, path.name.split("_", 1)[0]]


def read_corpus_docs(docs_dir: str | Path) -> dict[str, dict]:
    """key -> document, keyed by relative path, file name, stem and stem prefix."""
    root = Path(docs_dir)
    docs: dict[str, dict] = {}
    files = sorted(p for p in root.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(root).parts))
    for path in files:
        try:
            doc = read_one(path, root)
        except Exception:  # a file ingest rejects is not part of the corpus
            continue
        if not doc or not doc.get("text"):
            continue
        for key in doc_keys(path, root):
            docs.setdefault(key, doc)
    return docs


# ---- locating sentences ----------------------------------------------------------------


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-case, ASCII quotes, no markdown stars, whitespace folded; map to offsets."""
    folded = fold_chars(text)
    out: list[str] = []
    where: list[int] = []
    prev_space = True
    for i, ch in enumerate(folded):
        if ch in "*":
            continue
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            where.append(i)
            prev_space = True
            continue
        out.append(ch.lower())
        where.append(i)
        prev_space = False
    return "".join(out), where


def _normalized(text: str) -> str:
    return _normalized_with_map(text)[0].strip()


def locate(text: str, sentence: str, cache: dict | None = None) -> list[tuple[int, int]]:
    """Every place in `text` where `sentence` stands, as (start, end) offsets."""
    if cache is not None and "norm" in cache:
        norm, where = cache["norm"]
    else:
        norm, where = _normalized_with_map(text)
        if cache is not None:
            cache["norm"] = (norm, where)
    needle = _normalized(sentence)
    if not needle:
        return []
    spans: list[tuple[int, int]] = []
    pos = norm.find(needle)
    while pos >= 0:
        spans.append((where[pos], where[pos + len(needle) - 1] + 1))
        pos = norm.find(needle, pos + 1)
    if spans:
        return spans
    # Annotators sometimes retype a sentence slightly: take the closest sentence.
    best, best_ratio = None, 0.0
    for s in split_sentences(text):
        ratio = difflib.SequenceMatcher(None, _normalized(s.text), needle).ratio()
        if ratio > best_ratio:
            best, best_ratio = s, ratio
    if best is not None and best_ratio >= 0.85:
        return [(best.start, best.end)]
    return []


# ---- matching and scoring -----------------------------------------------------------------


@dataclass
class CorpusReport:
    name: str
    n_docs: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    attr_total: dict = field(default_factory=dict)
    attr_correct: dict = field(default_factory=dict)
    traps_total: int = 0
    traps_hit: int = 0
    missing_docs: list = field(default_factory=list)
    unlocated: list = field(default_factory=list)
    false_negatives: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    mismatches: list = field(default_factory=list)
    trap_hits: list = field(default_factory=list)
    unannotated: int = 0  # documents under --docs that no gold row names (not scored)
    crashed: list = field(default_factory=list)  # "file: error" of documents the extractor raised on

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attr: str) -> float | None:
        total = self.attr_total.get(attr, 0)
        return self.attr_correct.get(attr, 0) / total if total else None

    def summary(self) -> dict:
        return {
            "name": self.name, "documents": self.n_docs, "gold_claims": self.n_gold,
            "predicted_claims": self.n_pred, "matched": self.tp,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            **{f"{a}_accuracy": (round(self.accuracy(a), 4) if self.accuracy(a) is not None else None)
               for a in ATTRIBUTES},
            "trap_rows": self.traps_total, "traps_hit": self.traps_hit,
            "extraction_failed": list(self.crashed),
        }


Report = CorpusReport


def _inside(pred: Mapping[str, Any], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pred["char_start"] and pred["char_end"] <= b for a, b in spans)


def score(docs: Mapping[str, dict], gold: Iterable[GoldRow], gazetteer: Gazetteer, name: str = "corpus",
          predictions: Mapping[str, list[dict]] | None = None) -> CorpusReport:
    """Score predictions (extracted here unless given, keyed by the doc's doc_id) against gold rows."""
    report = CorpusReport(name)
    by_doc: dict[str, list[GoldRow]] = {}
    for row in gold:
        by_doc.setdefault(row.doc, []).append(row)
    # Only documents the gold names are scored: a gold file that covers part of a corpus
    # (one annotator's half) must not count the other half's predictions as false positives.
    # A named document without any claim row still counts (its predictions are errors).
    all_ids: dict[str, dict] = {}
    for doc in docs.values():
        all_ids.setdefault(str(doc["doc_id"]), doc)
    doc_of_key = {key: str(doc["doc_id"]) for key, doc in docs.items()}
    gold_by_docid: dict[str, list[GoldRow]] = {}
    for key, rows in by_doc.items():
        did = doc_of_key.get(key)
        if did is None:
            report.missing_docs.append(key)
            report.n_gold += sum(1 for r in rows if not r.is_trap)
            report.false_negatives.extend(asdict(r) for r in rows if not r.is_trap)
            continue
        gold_by_docid.setdefault(did, []).extend(rows)
    seen_ids = {did: all_ids[did] for did in gold_by_docid}
    report.unannotated = len(all_ids) - len(seen_ids)
    report.n_docs = len(seen_ids)
    for did in sorted(seen_ids):
        doc = seen_ids[did]
        text = doc.get("text") or ""
        if predictions is not None:
            preds = predictions[did]
        else:
            # as in the extract stage, a document the extractor raises on is set aside and named, and
            # scored as predicting nothing; the rest of the corpus is still scored
            try:
                preds = extract_claims(doc, gazetteer)
            except Exception as exc:  # noqa: BLE001 - any bug on odd text must not cost the other documents
                report.crashed.append(f"{doc.get('source_path', did)}: {type(exc).__name__}: {exc}")
                preds = []
        preds = sorted(preds, key=lambda p: (p["char_start"], p["char_end"], p["casualty_type"]))
        report.n_pred += len(preds)
        rows = gold_by_docid.get(did, [])
        cache: dict = {}
        spans = {r.sentence: locate(text, r.sentence, cache) for r in rows}
        matched_pred: set[int] = set()
        for row in rows:
            if row.is_trap:
                continue
            report.n_gold += 1
            where = spans[row.sentence]
            if not where:
                report.unlocated.append(asdict(row))
            hit = None
            for k, p in enumerate(preds):
                if k in matched_pred or not _inside(p, where):
                    continue
                if p["casualty_type"] == row.casualty_type and p["value_low"] == row.value_low \
                        and p["value_high"] == row.value_high:
                    hit = k
                    break
            if hit is None:
                report.false_negatives.append(asdict(row))
                continue
            matched_pred.add(hit)
            report.tp += 1
            p = preds[hit]
            wrong = {}
            for attr in ATTRIBUTES:
                expected = getattr(row, attr)
                if expected is None:
                    continue
                report.attr_total[attr] = report.attr_total.get(attr, 0) + 1
                if p[attr] == expected:
                    report.attr_correct[attr] = report.attr_correct.get(attr, 0) + 1
                else:
                    wrong[attr] = (expected, p[attr])
            if wrong:
                report.mismatches.append({"doc": row.doc, "sentence": row.sentence, "value": row.value_low
                                          if row.value_low is not None else row.value_high,
                                          "casualty_type": row.casualty_type, "claimant": row.claimant,
                                          "wrong": wrong, "source": row.source})
        for k, p in enumerate(preds):
            if k not in matched_pred:
                report.false_positives.append({key: p[key] for key in (
                    "doc_id", "source_path", "sentence", "char_start", "char_end", "casualty_type",
                    "value_low", "value_high", "qualifier", "victim_side", "claimant_side", "stance")}
                    | {"evidence": text[p["char_start"]:p["char_end"]]})
        for row in rows:
            if not row.is_trap:
                continue
            report.traps_total += 1
            where = spans[row.sentence]
            for k, p in enumerate(preds):
                # a prediction matched to a gold claim is that claim, even when a trap in the
                # same sentence has its value ("a six-year-old ... six people injured")
                if not _inside(p, where) or k in matched_pred:
                    continue
                report.traps_hit += 1
                report.trap_hits.append({"doc": row.doc, "sentence": row.sentence, "note": row.note,
                                         "evidence": text[p["char_start"]:p["char_end"]]})
                break
    return report


def evaluate_corpus(docs_dir: str | Path, gold_paths: Sequence[str | Path], gazetteer: Gazetteer,
                    name: str | None = None) -> CorpusReport:
    """Read the documents under docs_dir, extract, and score against the gold CSVs."""
    docs = read_corpus_docs(docs_dir)
    gold: list[GoldRow] = []
    for path in gold_paths:
        gold.extend(load_gold(path, gazetteer))
    return score(docs, gold, gazetteer, name or str(docs_dir))


def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{x:6.3f}"


def format_report(report: CorpusReport | Sequence[CorpusReport], verbose: bool = False) -> str:
    reports = [report] if isinstance(report, CorpusReport) else list(report)
    lines: list[str] = []
    for r in reports:
        lines.append(f"== {r.name}: {r.n_docs} documents, {r.n_gold} gold claims, {r.n_pred} predicted")
        lines.append(f"   detection  precision {_pct(r.precision)}  recall {_pct(r.recall)}  F1 {_pct(r.f1)}"
                     f"  (matched {r.tp})")
        acc = "  ".join(f"{a} {_pct(r.accuracy(a))}" for a in ATTRIBUTES)
        lines.append(f"   accuracy among matched: {acc}")
        lines.append(f"   trap rows hit: {r.traps_hit} of {r.traps_total}")
        if r.unannotated:
            lines.append(f"   documents without gold rows, not scored: {r.unannotated}")
        if r.missing_docs:
            lines.append(f"   gold documents not found: {', '.join(sorted(r.missing_docs))}")
        if r.unlocated:
            lines.append(f"   gold sentences not found in their document: {len(r.unlocated)}")
        for crash in r.crashed:
            lines.append(f"   EXTRACTION FAILED (scored as no predictions) {crash}")
        if verbose:
            for fn in r.false_negatives:
                lines.append(f"   MISS {fn['doc']} {fn['casualty_type']} {fn['value_low']}-{fn['value_high']}"
                             f" | {fn['sentence'][:160]}")
            for fp in r.false_positives:
                lines.append(f"   FALSE {fp['source_path']} {fp['casualty_type']} {fp['value_low']}-"
                             f"{fp['value_high']} [{fp['evidence']}] | {fp['sentence'][:160]}")
            for mm in r.mismatches:
                lines.append(f"   WRONG {mm['doc']} {mm['casualty_type']} {mm['value']} {mm['wrong']}"
                             f" | {mm['sentence'][:160]}")
            for th in r.trap_hits:
                lines.append(f"   TRAP {th['doc']} [{th['evidence']}] {th['note'][:80]} | {th['sentence'][:120]}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--docs", help="folder of documents (read recursively)")
    parser.add_argument("--gold", nargs="*", default=[], help="gold CSV file(s)")
    parser.add_argument("--gazetteer", default=str(DEFAULT_GAZETTEER), help="gazetteer YAML")
    parser.add_argument("--no-seed", action="store_true", help="do not score the seed document")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check-gold", action="store_true",
                        help="only check the gold files (conventions, sentences found); score nothing")
    return parser


def check_gold(docs_dir: str | Path, gold_paths: Sequence[str | Path], gazetteer: Gazetteer) -> list[str]:
    from casualty_claims.gold_check import gold_problems, header_problems

    docs = read_corpus_docs(docs_dir)
    problems: list[str] = []
    for path in gold_paths:
        problems += header_problems(path) or gold_problems(load_gold(path, gazetteer), docs, gazetteer, locate)
    return problems


def run(args: argparse.Namespace) -> int:
    gazetteer = load_gazetteer(args.gazetteer)
    if args.check_gold:
        if not (args.docs and args.gold):
            raise SystemExit("evaluate: --check-gold needs --docs and --gold")
        problems = check_gold(args.docs, args.gold, gazetteer)
        print("\n".join(problems) if problems else f"{len(args.gold)} gold file(s): no problem found")
        return 1 if problems else 0
    reports: list[CorpusReport] = []
    if args.docs:
        if not args.gold:
            raise SystemExit("evaluate: --docs needs --gold")
        reports.append(evaluate_corpus(args.docs, args.gold, gazetteer))
    if not args.no_seed and SEED_DOCS.is_dir() and SEED_GOLD.is_file():
        reports.append(evaluate_corpus(SEED_DOCS, [SEED_GOLD], gazetteer, name="seed"))
    if not reports:
        raise SystemExit("evaluate: nothing to evaluate: give --docs and --gold (the seed was not found)")
    if args.json:
        print(json.dumps([r.summary() for r in reports], indent=2))
    else:
        print(format_report(reports, verbose=args.verbose))
    failed = [crash for r in reports for crash in r.crashed]
    for crash in failed:
        print(f"evaluate: extraction failed on {crash}", file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casualty_claims.evaluate", description=__doc__.split("\n\n")[0])
    return run(add_arguments(parser).parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
