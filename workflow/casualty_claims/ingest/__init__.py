"""Ingest: raw files of every format researchers have -> documents and rejects.

Public API (wired by the Snakemake rules and the CLI):
    read_document(path, root, options=None) -> dict   one seed-layout/plain/HTML file
    read_corpus(raw_dir, options=None) -> (documents, rejects)
    assign_shard(doc_id, n_shards) -> int
    IngestOptions, IngestError
"""

from casualty_claims.ingest.corpus import doc_id_of, make_document, read_corpus, read_document
from casualty_claims.ingest.errors import IngestError
from casualty_claims.ingest.options import DEFAULT_COLUMNS, IngestOptions
from casualty_claims.ingest.sharding import assign_shard

__all__ = [
    "DEFAULT_COLUMNS",
    "IngestError",
    "IngestOptions",
    "assign_shard",
    "doc_id_of",
    "make_document",
    "read_corpus",
    "read_document",
]
