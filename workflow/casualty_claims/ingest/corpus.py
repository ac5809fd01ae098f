"""Folder of raw files -> (documents, rejects).

Every per-file problem becomes a reject row plus a warning in the log; nothing a file
contains can stop the run. Identical documents (same normalised text, so same doc_id)
are kept once, under the first source in sorted order, with every source listed.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Iterator

from casualty_claims import textnorm
from casualty_claims.ingest import formats
from casualty_claims.ingest.dates import parse_date
from casualty_claims.ingest.errors import IngestError
from casualty_claims.ingest.options import IngestOptions
from casualty_claims.ingest.walk import Entry, display, is_inside, rel_name, walk

log = logging.getLogger("casualty_claims.ingest")


def doc_id_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(
    source: str,
    *,
    title: str | None,
    body: str | None,
    author: str | None = None,
    date: object = None,
    categories: list[str] | None = None,
    url: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    options: IngestOptions,
) -> dict:
    """Fields from any format -> one document row (raises IngestError('no_text'))."""
    title = textnorm.one_line(title or "")
    body = textnorm.normalize_body(body or "")
    if not body:
        raise IngestError("no_text", f"{display(source)}: no body text" + (f" under the title {title!r}" if title else ""))
    if not textnorm.has_sentence(body, options.min_words):
        raise IngestError("no_text", f"{display(source)}: body has no sentence (fewer than {options.min_words} words of letters)")
    text = f"{title}\n\n{body}" if title else body
    published, warning = parse_date(date, options.slash_date_order)
    if warning:
        log.warning("%s: published date is null: %s", display(source), warning)
    return {
        "doc_id": doc_id_of(text),
        "source_path": source,
        "title": title or None,
        "author": textnorm.one_line(author) or None if author else None,
        "published": published,
        "categories": [c for c in (categories or []) if c],
        "text": text,
        "url": textnorm.one_line(url) or None if url else None,
        "outlet": textnorm.one_line(outlet) or None if outlet else None,
        "language": textnorm.one_line(language) or None if language else None,
        "sources": [source],
    }


def read_document(path: Path, root: Path, options: IngestOptions | None = None) -> dict:
    """One single-document file (seed layout, plain text, Markdown or HTML) -> document.
    Raises IngestError for anything that cannot become a document."""
    options = options or IngestOptions()
    path, root = Path(path), Path(root)
    rel = rel_name(path, root)
    if formats.kind_of(path) not in formats.SINGLE_DOCUMENT_KINDS:
        raise IngestError("unsupported", f"{display(rel)}: not a single-document file; read dumps with read_corpus", rel)
    target = path
    if path.is_symlink():
        # Same rule as the corpus walk: a link is read only when it stays inside root.
        target = Path(os.path.realpath(path))
        if not is_inside(str(target), os.path.realpath(root)):
            raise IngestError("symlink_outside", f"{display(rel)}: symbolic link to a target outside the input folder; not followed", rel)
    try:
        (doc,) = formats.read_entry(Entry(rel, target), options)
    except IngestError as exc:
        raise exc.at(rel)
    return doc


def iter_corpus(raw_dir: Path, options: IngestOptions) -> Iterator[dict | IngestError]:
    """Documents and errors, per file in sorted order (rows of a dump in file order)."""
    for entry in walk(Path(raw_dir)):
        if entry.error is not None:
            yield entry.error.at(entry.rel)
            continue
        try:
            for item in formats.read_entry(entry, options):
                yield item.at(entry.rel) if isinstance(item, IngestError) else item
        except IngestError as exc:
            yield exc.at(entry.rel)
        except Exception as exc:  # a bug or an unforeseen input must not cost the corpus
            log.exception("%s: unexpected error", display(entry.rel))
            yield IngestError("error", f"{display(entry.rel)}: unexpected {type(exc).__name__}: {exc}").at(entry.rel)


def read_corpus(raw_dir: Path, options: IngestOptions | None = None) -> tuple[list[dict], list[dict]]:
    options = options or IngestOptions()
    by_id: dict[str, dict] = {}
    rejects: list[dict] = []
    for item in iter_corpus(Path(raw_dir), options):
        if isinstance(item, IngestError):
            log.warning("rejected (%s) %s", item.reason, item.detail)  # detail names the file
            rejects.append({"source_path": item.source, "reason": item.reason, "detail": item.detail})
            continue
        kept = by_id.get(item["doc_id"])
        if kept is None:
            by_id[item["doc_id"]] = item
        else:
            # The first copy's row stands as it is; later copies only add their source.
            kept["sources"].append(item["source_path"])
    documents = sorted(by_id.values(), key=lambda d: d["doc_id"])
    return documents, rejects
