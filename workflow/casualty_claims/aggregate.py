"""DuckDB over the canonical Parquet tables -> comparison tables (SQL in sql/*.sql).

Distinct claims and their revision sequences are computed in Python (revisions.py:
the ordering reads the sentences' wording) and handed to DuckDB as an Arrow table;
everything else is SQL. Values reach DuckDB only as bound parameters or Arrow data.
"""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path
from typing import Mapping

import duckdb
import pyarrow as pa

from casualty_claims import schema
from casualty_claims.io import atomic_path, sort_table, to_table
from casualty_claims.revisions import distinct_claims

# name -> the key its export is sorted by (the sort then breaks ties on every other
# column, so the order is total); the order is the order they are written in.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "comparison": ("event_id", "victim_side", "victim_group", "casualty_type"),
    "timeline": ("event_id", "victim_side", "victim_group", "casualty_type", "chronology"),
    "claimants": ("claimant", "claimant_side", "stance"),
    "mentions": ("claim_key", "published", "doc_id", "char_start", "char_end", "claim_id"),
    "overrides": ("line",),
}
TABLES = tuple(TABLE_KEYS)


def sql_text(name: str) -> str:
    return resources.files("casualty_claims").joinpath("sql", f"{name}.sql").read_text(encoding="utf-8")


def connect(documents: Path, claims: Path, events: Path, overrides: Path,
            database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(database)
    # One thread: DuckDB's parallel operators may emit ties in any order; we sort anyway,
    # but a single thread keeps floating-point sums in one order too.
    con.execute("SET threads TO 1")
    params = {"documents": str(documents), "claims": str(claims), "events": str(events),
              "overrides": str(overrides)}
    for statement in _statements(sql_text("load")):
        used = {k: v for k, v in params.items() if f"${k}" in statement}
        con.execute(statement, used)
    _load_distinct_claims(con)
    return con


def _load_distinct_claims(con: duckdb.DuckDBPyConnection) -> None:
    claims = con.sql("SELECT * FROM claims").to_arrow_table().to_pylist()
    table = to_table(schema.DISTINCT_CLAIMS, distinct_claims(claims))
    con.register("_distinct_claims", table)
    con.execute("CREATE TABLE distinct_claims AS SELECT * FROM _distinct_claims")
    con.unregister("_distinct_claims")


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def build_tables(con: duckdb.DuckDBPyConnection) -> dict[str, pa.Table]:
    out = {}
    for name, key in TABLE_KEYS.items():
        table = con.sql(sql_text(name)).to_arrow_table().replace_schema_metadata(None)
        out[name] = sort_table(table, key)
    return out


def write_database(path: str | os.PathLike, views: Mapping[str, str | os.PathLike]) -> None:
    """A DuckDB file with one view per Parquet file, for users to query. It is written
    under a temporary name and renamed, so a reader never opens half a database. Views
    hold absolute paths: they work from any directory while the results stay put."""
    with atomic_path(path) as tmp:
        tmp.unlink()  # DuckDB refuses an existing empty file as a database
        con = duckdb.connect(str(tmp))
        try:
            for name, parquet in sorted(views.items()):
                # The relation API takes the path as a value; no SQL is built from it.
                con.read_parquet(str(Path(parquet).resolve())).create_view(name)
        finally:
            con.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{tmp}.wal")

