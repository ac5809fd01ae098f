"""Article dumps: JSON Lines, CSV/TSV and JSON arrays, one article per row.

Dumps are streamed row by row, so a dump of any size is read in constant memory per
row, and one broken row costs only that row. Row sources are "file.jsonl#L12" (line
number, 1-based), "file.csv#R7" (record number after the header, 1-based) and
"file.json#I3" (item number in the array, 1-based).

Bytes are decoded with surrogateescape and each row is then checked for escaped bytes:
a row holding bytes its file's encoding cannot read is rejected, never mangled, while
the rows around it are kept.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
from typing import Iterable, Iterator

from casualty_claims.ingest.encodings import bom_encoding, check_decoded, check_not_binary, detect_encoding
from casualty_claims.ingest.errors import IngestError
from casualty_claims.ingest.options import IngestOptions
from casualty_claims.ingest.walk import Entry, display, read_bytes, same_file_state

# Enough of the file to decide its encoding; a legacy-encoded dump whose first 4 MiB
# are pure ASCII is read as UTF-8, and its later non-UTF-8 rows are rejected (README).
SAMPLE_BYTES = 4 << 20
_SURROGATE = re.compile(r"[\udc80-\udcff]")
# A dump with a few NUL bytes loses only those rows; a file that is 1% NUL is not text.
NUL_RATIO = 0.01


def read_dump(entry: Entry, kind: str, options: IngestOptions) -> Iterator:
    if kind == "json":
        yield from _read_json(entry, options)
        return
    with _open_dump(entry, options, utf_only=kind == "jsonl") as (fh, encoding, before):
        lines = _decoded_lines(fh, encoding)
        rows = _jsonl_rows(lines, entry, options) if kind == "jsonl" else _csv_rows(lines, entry, options)
        yield from _documents(rows, entry, options)
        after = os.fstat(fh.fileno())
    if not same_file_state(before, after):
        # Rows already read were complete lines; the file changing now is still worth a row.
        yield IngestError("changed", f"{display(entry.rel)}: file changed while it was being read; rows read so far are kept")


class _open_dump:
    """Open a dump without following links, check it is a regular file within size,
    and find its encoding from its first bytes."""

    def __init__(self, entry: Entry, options: IngestOptions, utf_only: bool = False):
        self.entry, self.options = entry, options
        # JSON must be exchanged as UTF-8 (RFC 8259), so a JSON Lines file is never read
        # in a legacy encoding: its non-UTF-8 lines are rejected one by one instead.
        self.utf_only = utf_only
        self.legacy = options.legacy_encodings

    def __enter__(self):
        entry = self.entry
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(entry.path, flags)
        except FileNotFoundError:
            raise IngestError("vanished", f"{display(entry.rel)}: file disappeared before it could be read") from None
        except OSError as exc:
            raise IngestError("unreadable", f"{display(entry.rel)}: {exc.strerror}") from None
        self.fh = os.fdopen(fd, "rb")
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise IngestError("unsupported", f"{display(entry.rel)}: not a regular file")
            limit = self.options.max_dump_bytes
            if limit is not None and before.st_size > limit:
                raise IngestError("too_large", f"{display(entry.rel)}: {before.st_size} bytes, more than max_dump_bytes={limit}")
            sample = self.fh.read(SAMPLE_BYTES)
            if not sample.strip():
                raise IngestError("empty", f"{display(entry.rel)}: file is empty")
            try:
                if self.utf_only:
                    encoding = bom_encoding(sample) or "utf-8"
                    if encoding == "utf-8":
                        check_not_binary(sample, NUL_RATIO)
                else:
                    encoding = detect_encoding(sample, self.legacy, len(sample) < SAMPLE_BYTES, NUL_RATIO)
            except IngestError as exc:
                raise IngestError(exc.reason, f"{display(entry.rel)}: {exc.detail}") from None
            self.fh.seek(0)
        except BaseException:
            self.fh.close()
            raise
        return self.fh, encoding, before

    def __exit__(self, *exc):
        self.fh.close()
        return False


def _decoded_lines(fh: io.BufferedReader, encoding: str) -> Iterator[str]:
    """Text lines (with their "\\n"), bytes the encoding cannot read kept as surrogates."""
    if encoding.startswith(("utf-16", "utf-32")):
        # "\n" is not a single byte here, so decode the stream incrementally.
        wrapper = io.TextIOWrapper(fh, encoding=encoding, errors="surrogateescape", newline="")
        try:
            yield from wrapper
        finally:
            wrapper.detach()  # the wrapper would close fh, which the caller still needs
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="surrogateescape")
    for raw in fh:
        yield decoder.decode(raw)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def _jsonl_rows(lines: Iterable[str], entry: Entry, options: IngestOptions) -> Iterator:
    for number, line in enumerate(lines, start=1):
        source = f"{entry.rel}#L{number}"
        if not line.strip():
            continue
        if len(line) > options.max_row_bytes:
            yield IngestError("bad_row", f"{display(source)}: line of {len(line)} characters, more than max_row_bytes={options.max_row_bytes}", source)
            continue
        if "\x00" in line:
            yield IngestError("bad_row", f"{display(source)}: NUL byte in the line", source)
            continue
        if _SURROGATE.search(line):
            yield IngestError("undecodable", f"{display(source)}: bytes that are not valid in this file's encoding", source)
            continue
        try:
            obj = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield IngestError("bad_row", f"{display(source)}: invalid JSON: {exc.msg} (column {exc.colno})", source)
            continue
        if not isinstance(obj, dict):
            yield IngestError("bad_row", f"{display(source)}: a {type(obj).__name__}, not a JSON object", source)
            continue
        yield source, obj


def _csv_rows(lines: Iterable[str], entry: Entry, options: IngestOptions) -> Iterator:
    lines = iter(lines)
    header_line = next(lines, "")
    header_line = header_line.lstrip("\ufeff")
    if entry.rel.lower().endswith(".tsv"):
        delimiter = "\t"
    else:
        # The header names no text, so the most frequent candidate separator is the one.
        delimiter = max(",;\t|", key=header_line.count)
    csv.field_size_limit(max(options.max_row_bytes, 1 << 17))
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    names = [h.strip().lower() for h in header]
    if not any(names):
        raise IngestError("empty", f"{display(entry.rel)}: no header row")
    yield ("header", names)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    number = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            source = f"{entry.rel}#R{number}"
            yield IngestError("bad_row", f"{display(source)}: malformed CSV (line {reader.line_num + 1}): {exc}", source)
            continue
        if not any(cell.strip() for cell in record):
            continue  # blank line
        number += 1
        source = f"{entry.rel}#R{number}"
        if len(record) != len(names):
            yield IngestError("bad_row", f"{display(source)}: {len(record)} fields, the header has {len(names)}", source)
            continue
        if any(_SURROGATE.search(cell) for cell in record):
            yield IngestError("undecodable", f"{display(source)}: bytes that are not valid in this file's encoding", source)
            continue
        row: dict = {}
        for name, cell in zip(names, record):
            row.setdefault(name, cell)  # a repeated column: the first one wins
        yield source, row


def _read_json(entry: Entry, options: IngestOptions) -> Iterator:
    """A .json file: one article object, a list of them, or an object holding the list
    under a usual key. Not streamed, so max_file_bytes applies."""
    from casualty_claims.ingest.encodings import decode

    data = read_bytes(entry.path, entry.rel, options.max_file_bytes)
    if not data.strip():
        raise IngestError("empty", f"{display(entry.rel)}: file is empty")
    try:
        text, _ = decode(data, ())  # JSON is UTF-8 (RFC 8259); a BOM may say UTF-16
        obj = json.loads(text)
    except IngestError as exc:
        raise IngestError(exc.reason, f"{display(entry.rel)}: {exc.detail}") from None
    except json.JSONDecodeError as exc:
        raise IngestError("bad_json", f"{display(entry.rel)}: invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(obj, dict):
        for key in ("articles", "items", "data", "results", "documents", "stories"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
    if isinstance(obj, dict):
        rows: Iterator = iter([(entry.rel, obj)])
    elif isinstance(obj, list):
        rows = _json_items(obj, entry)
    else:
        raise IngestError("bad_json", f"{display(entry.rel)}: a JSON {type(obj).__name__}, not articles")
    yield from _documents(rows, entry, options)


def _json_items(items: list, entry: Entry) -> Iterator:
    for number, obj in enumerate(items, start=1):
        source = f"{entry.rel}#I{number}"
        if isinstance(obj, dict):
            yield source, obj
        else:
            yield IngestError("bad_row", f"{display(source)}: a {type(obj).__name__}, not a JSON object", source)


def resolve_columns(keys: Iterable[str], options: IngestOptions) -> dict[str, str]:
    """field -> the key that holds it in a row: the first alias present, case-insensitive."""
    lowered = {}
    for k in keys:
        lowered.setdefault(str(k).strip().lower(), k)
    found = {}
    for field_name, aliases in options.columns.items():
        for alias in aliases:
            if alias in lowered:
                found[field_name] = lowered[alias]
                break
    return found


def _value(row: dict, key: str | None, sep: str) -> str | None:
    """A cell as text: lists (paragraphs, several authors) are joined; numbers and
    nested objects are not text and count as missing."""
    if key is None:
        return None
    value = row.get(key)
    if isinstance(value, list):
        value = sep.join(v for v in value if isinstance(v, str) and v.strip())
    if not isinstance(value, str):
        return None
    return value if value.strip() else None


def _documents(rows: Iterable, entry: Entry, options: IngestOptions) -> Iterator:
    """(source, row dict) -> documents; passes IngestError items through. A file where no
    row has a text column gives one missing_column reject rather than one per row."""
    from casualty_claims.ingest.corpus import make_document

    header_columns: dict[str, str] | None = None
    seen_rows = 0
    without_text: list[str] = []
    any_text_column = False
    for item in rows:
        if isinstance(item, IngestError):
            yield item
            continue
        if item[0] == "header":
            header_columns = resolve_columns(item[1], options)
            if "text" not in header_columns:
                wanted = ", ".join(options.columns["text"])
                raise IngestError("missing_column", f"{display(entry.rel)}: no text column (looked for: {wanted}; found: {', '.join(item[1])})")
            continue
        source, row = item
        seen_rows += 1
        columns = header_columns if header_columns is not None else resolve_columns(row.keys(), options)
        if "text" not in columns:
            without_text.append(source)
            continue
        any_text_column = True
        try:
            title = _value(row, columns.get("title"), " ")
            body = _value(row, columns.get("text"), "\n\n") or ""
            for cell in (title, body):
                if cell:
                    check_decoded(cell)
            yield make_document(
                source,
                title=title,
                body=_drop_repeated_title(body, title),
                author=_value(row, columns.get("author"), ", "),
                date=_value(row, columns.get("date"), " "),
                url=_value(row, columns.get("url"), " "),
                outlet=_value(row, columns.get("outlet"), " "),
                language=_value(row, columns.get("language"), " "),
                options=options,
            )
        except IngestError as exc:
            yield exc.at(source)
    wanted = ", ".join(options.columns["text"])
    if seen_rows == 0 and header_columns is None:
        yield IngestError("empty", f"{display(entry.rel)}: no article rows")
    elif seen_rows == 0:
        yield IngestError("empty", f"{display(entry.rel)}: a header but no rows")
    elif not any_text_column:
        yield IngestError("missing_column", f"{display(entry.rel)}: none of {len(without_text)} rows has a text field (looked for: {wanted})")
    else:
        for source in without_text:
            yield IngestError("missing_column", f"{display(source)}: row has no text field (looked for: {wanted})", source)


def _drop_repeated_title(body: str, title: str | None) -> str:
    """Scrapers often repeat the headline as the text's first line; the document
    already starts with the title, so a copy would make it differ from other formats."""
    if not title:
        return body
    stripped = body.lstrip()
    first, _, rest = stripped.partition("\n")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return body
