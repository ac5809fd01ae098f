"""Rule-based extraction of casualty claims from news English.

Public API: `extract_claims(doc, gazetteer) -> list[dict]` (rows of
casualty_claims.schema.EXTRACTED_CLAIMS). The rules are split by question:
numbers (casualty_claims.numbers), sentences (casualty_claims.sentences), which
numbers count casualties of what type (casualty_counts), who claims them (attribution), whose
people they are (victims); claims ties them together. Word lists live in lexicon.
"""

from casualty_claims.extract.claims import claim_id, extract_claims

__all__ = ["extract_claims", "claim_id"]
