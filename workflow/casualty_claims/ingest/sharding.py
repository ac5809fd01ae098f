"""Stable document -> shard assignment."""

from __future__ import annotations


def assign_shard(doc_id: str, n_shards: int) -> int:
    """Shard of a document. Depends only on doc_id (a sha256 prefix, so uniform), so a
    document keeps its shard however the rest of the corpus changes."""
    if n_shards < 1:
        raise ValueError(f"n_shards must be >= 1, got {n_shards}")
    return int(doc_id[:8], 16) % n_shards
