"""DuckDB over the canonical Parquet tables -> comparison tables (SQL in sql/*.sql)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from casualty_claims.io import sort_table

# name -> the SQL file that builds it; the order is the order they are written in.
TABLES = ("comparison", "timeline", "claimants")


def sql_text(name: str) -> str:
    return resources.files("casualty_claims").joinpath("sql", f"{name}.sql").read_text(encoding="utf-8")


def connect(documents: Path, claims: Path, events: Path, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(database)
    # One thread: DuckDB's parallel operators may emit ties in any order; we sort anyway,
    # but a single thread keeps floating-point sums in one order too.
    con.execute("SET threads TO 1")
    params = {"documents": str(documents), "claims": str(claims), "events": str(events)}
    for statement in _statements(sql_text("load")):
        used = {k: v for k, v in params.items() if f"${k}" in statement}
        con.execute(statement, used)
    return con


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def build_tables(con: duckdb.DuckDBPyConnection) -> dict[str, pa.Table]:
    out = {}
    for name in TABLES:
        table = con.sql(sql_text(name)).to_arrow_table()
        out[name] = sort_table(table, table.column_names)
    return out
