"""The one exception type for "this input cannot become a document"."""

from __future__ import annotations


class IngestError(Exception):
    """A per-file (or per-row) problem that becomes one reject row, never a crash.

    `reason` is a short stable code (documented in README.md); `detail` is for humans;
    `source` is the file's (or row's) source_path once known.
    """

    def __init__(self, reason: str, detail: str, source: str | None = None):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.source = source

    def at(self, source: str) -> "IngestError":
        if self.source is None:
            self.source = source
        return self
