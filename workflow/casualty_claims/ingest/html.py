"""HTML pages (in progress)."""

from __future__ import annotations

from casualty_claims.ingest.errors import IngestError
from casualty_claims.ingest.walk import display


def document_from_html(text, rel, options):
    raise IngestError("unsupported", f"{display(rel)}: HTML is not supported yet")
