"""The casualty-count rules moved to the package casualty_claims.extract.casualty_counts.

This module stays only because the extract.victims modules, under another developer's
refactor, still import Link from here; delete it once nothing imports
casualty_claims.extract.types.
"""

from casualty_claims.extract.casualty_counts import Link, document_links, link_quantities

__all__ = ["Link", "document_links", "link_quantities"]
