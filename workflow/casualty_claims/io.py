"""File I/O that keeps published artifacts byte-stable and never half-written."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from casualty_claims.schema import TableSchema

PARQUET_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    version="2.6",
    use_dictionary=True,
    write_statistics=True,
    data_page_size=1 << 20,
)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary sibling of `path`; rename it into place only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp creates 0600; published files are meant to be read by others.
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def to_table(schema: TableSchema, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) -> Arrow table with exactly the schema's columns, sorted by its key."""
    rows = list(rows)
    columns = {name: [r.get(name) for r in rows] for name in schema.names}
    table = pa.table(columns, schema=schema.arrow)
    return sort_table(table, schema.key)


def sort_table(table: pa.Table, key: Iterable[str]) -> pa.Table:
    key = list(key)
    if not key or table.num_rows == 0:
        return table
    # Null-safe full sort: ties are broken by every remaining column so the order is total.
    rest = [c for c in table.column_names if c not in key and _sortable(table.schema.field(c).type)]
    order = [(c, "ascending", "at_start") for c in key + rest]
    return table.take(pc.sort_indices(table, sort_keys=order))


def _sortable(t: pa.DataType) -> bool:
    return not (pa.types.is_list(t) or pa.types.is_struct(t) or pa.types.is_map(t))


def conform(table: pa.Table, schema: TableSchema) -> pa.Table:
    """Select and cast a table to the schema (drops metadata such as pandas')."""
    table = table.select(schema.names).cast(schema.arrow)
    return sort_table(table.replace_schema_metadata(None), schema.key)


def write_parquet(table: pa.Table, path: str | os.PathLike) -> None:
    table = table.replace_schema_metadata(None)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, **PARQUET_OPTIONS)


def read_parquet(path: str | os.PathLike, schema: TableSchema | None = None) -> pa.Table:
    table = pq.read_table(path)
    return conform(table, schema) if schema is not None else table


def write_csv(table: pa.Table, path: str | os.PathLike) -> None:
    """CSV that is safe to open in a spreadsheet: cells that start like a formula are quoted
    with a leading apostrophe, because document text is untrusted."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow([_csv_cell(v) for v in row.values()])
    write_text_atomic(path, buf.getvalue())


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
