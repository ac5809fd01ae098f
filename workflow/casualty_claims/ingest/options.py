"""Configuration of ingest: size limits, encodings, date order and the dump column mapping."""

from __future__ import annotations

from dataclasses import dataclass, field

from casualty_claims.ingest.encodings import DEFAULT_LEGACY

# Column names of article dumps (JSON Lines keys, CSV headers), matched case-insensitively
# after trimming; the first alias present in a file wins. These are the usual names in
# media-monitoring exports (Media Cloud, GDELT-style scrapes, newspaper3k, news-please).
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "maintext", "article", "full_text", "story_text"),
    "date": ("publish_date", "published", "date", "publication_date", "date_publish", "pubdate", "datetime"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "outlet": ("media", "outlet", "media_name", "source", "publisher", "site_name", "domain"),
    "language": ("language", "lang", "language_code"),
    "author": ("author", "authors", "byline", "creator"),
}

MiB = 1 << 20


@dataclass(frozen=True)
class IngestOptions:
    # Single-document files (text, Markdown, HTML) larger than this are rejected as
    # too_large without being read: no article is 32 MiB, a log or data dump mislabelled .txt is.
    max_file_bytes: int | None = 32 * MiB
    # Dumps are streamed row by row, so their size is not limited by default.
    max_dump_bytes: int | None = None
    # One JSON Lines line or CSV record larger than this is a bad_row.
    max_row_bytes: int = 8 * MiB
    legacy_encodings: tuple[str, ...] = DEFAULT_LEGACY
    # How NN/NN/YYYY dates are read: "mdy" (the seed's layout), "dmy" or "strict".
    slash_date_order: str = "mdy"
    # A document needs a body with at least this many words of letters.
    min_words: int = 3
    columns: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))

    @classmethod
    def from_config(cls, config: dict | None) -> "IngestOptions":
        """From the `ingest:` block of config.yaml; `columns:` entries extend (come before)
        the default aliases of the same field."""
        config = dict(config or {})
        columns = dict(DEFAULT_COLUMNS)
        for key, aliases in (config.pop("columns", None) or {}).items():
            if key not in DEFAULT_COLUMNS:
                raise ValueError(f"unknown column field {key!r}; known: {sorted(DEFAULT_COLUMNS)}")
            aliases = (aliases,) if isinstance(aliases, str) else tuple(aliases)
            columns[key] = tuple(dict.fromkeys(a.strip().lower() for a in aliases + columns[key]))
        if "legacy_encodings" in config:
            config["legacy_encodings"] = tuple(config["legacy_encodings"])
        return cls(columns=columns, **config)
