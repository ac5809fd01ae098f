"""Who asserts a figure: the claimant of each casualty count.

Within a sentence a claimant is a mention (a gazetteer actor, a side followed by an
organisation noun such as "Ukrainian officials", a side's name used as a speaker such
as "Kiev", or an anaphor such as "the ministry", "it") tied to the figure by:

- a reporting verb after or before it:  "Kiev claimed that ...", "..., the ministry said"
- "according to X", "citing X"
- a possessive or a report noun:        "Kyiv's figure", "the MOD's decision to highlight",
                                         "Russian MOD has made a rare acknowledgment of ..."
- a headline colon:                     "Kyiv: 400 Russian soldiers killed"

Across sentences, anaphors take the last named claimant ("it added"), and quotations
take their speaker: a count inside "..." belongs to whoever the quote is attributed
to, before it ('X told reporters: "..."') or after it ('"...," the agency said'), also
in the following sentences and paragraphs of the same quotation. Nobody named: the
author. "reportedly" names nobody.
"""

from casualty_claims.extract.attribution.choice import OUTLET_DATELINE, choose, heading_breaks, quote_spans
from casualty_claims.extract.attribution.claimants import (AUTHOR_CLAIMANT, LOCAL_SPEAKER, OUR_COUNT, Attribution,
                                                           Claimant, KnownPeople, SpeakerMention)
from casualty_claims.extract.attribution.sentence import sentence_attributions
from casualty_claims.extract.attribution.speaker_mentions import find_speaker_mentions

__all__ = ["AUTHOR_CLAIMANT", "LOCAL_SPEAKER", "OUR_COUNT", "OUTLET_DATELINE", "Attribution", "Claimant",
           "KnownPeople", "SpeakerMention", "choose", "find_speaker_mentions", "heading_breaks", "quote_spans",
           "sentence_attributions"]
