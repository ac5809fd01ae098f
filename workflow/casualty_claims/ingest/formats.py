"""Dispatch by file format: a file -> documents (and per-row errors for dumps)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from casualty_claims.ingest import layouts
from casualty_claims.ingest.encodings import declared_charset, decode
from casualty_claims.ingest.errors import IngestError
from casualty_claims.ingest.options import IngestOptions
from casualty_claims.ingest.walk import Entry, display, read_bytes

# Suffix (lower-case) -> kind. Files without a suffix are read as text; any other
# suffix is rejected as unsupported rather than guessed at.
KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
}
SINGLE_DOCUMENT_KINDS = {"text", "html"}


def kind_of(path: Path) -> str | None:
    return KINDS.get(Path(path).suffix.lower())


def read_entry(entry: Entry, options: IngestOptions) -> Iterator:
    """Documents of one file; a dump also yields IngestError objects for its bad rows.
    File-level problems are raised as IngestError."""
    kind = kind_of(entry.path if entry.path.suffix else Path(entry.rel))
    if kind is None:
        supported = ", ".join(sorted(k for k in KINDS if k))
        raise IngestError("unsupported", f"{display(entry.rel)}: unsupported file type {Path(entry.rel).suffix!r} (supported: {supported})")
    if kind in SINGLE_DOCUMENT_KINDS:
        yield _read_single(entry, kind, options)
        return
    from casualty_claims.ingest import dumps  # only dumps need csv/json machinery

    yield from dumps.read_dump(entry, kind, options)


def _read_single(entry: Entry, kind: str, options: IngestOptions) -> dict:
    data = read_bytes(entry.path, entry.rel, options.max_file_bytes)
    if not data.strip():
        raise IngestError("empty", f"{display(entry.rel)}: file is empty" if not data else f"{display(entry.rel)}: file holds only whitespace")
    try:
        declared = declared_charset(data) if kind == "html" else None
        text, _encoding = decode(data, options.legacy_encodings, declared)
    except IngestError as exc:
        raise IngestError(exc.reason, f"{display(entry.rel)}: {exc.detail}") from None
    if not text.strip():
        raise IngestError("empty", f"{display(entry.rel)}: file holds only whitespace")
    if kind == "html" or (kind == "text" and looks_like_html(text)):
        from casualty_claims.ingest import html  # lxml/trafilatura load only when needed

        return html.document_from_html(text, entry.rel, options)
    from casualty_claims.ingest.corpus import make_document

    parsed = layouts.parse_text(text)
    return make_document(
        entry.rel,
        title=parsed.title,
        body=parsed.body,
        author=parsed.author,
        date=parsed.date_raw,
        categories=parsed.categories,
        options=options,
    )


def looks_like_html(text: str) -> bool:
    """A saved web page with a .txt name is still a web page."""
    head = text.lstrip("\ufeff \t\r\n")[:256].lower()
    return head.startswith(("<!doctype html", "<html"))
