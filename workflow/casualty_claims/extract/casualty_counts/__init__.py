"""Which counts are casualty counts, and of what type: the link from number to cue.

A number is a claim only if grammar ties it to people suffering something. The rules
read a few tokens on either side of it:

- right:  COUNT [of] [people phrase] [, including ..., ] [in PLACE] [who] [aux...] CUE
          "400 Russian soldiers might have been killed", "89 dead", "scores of deaths"
- left:   VERB COUNT [people phrase]          "killing 89 Russian conscripts", "lost 300 troops"
- of:     NOUN of COUNT                       "the killing of 89 Russian soldiers"
- toll:   TOLL ... LINK COUNT                 "the death toll rose to 89", "latest figure is 83"
- from:   a revision's old figure             "raised the toll to 89, up from 63"
- coord:  a count joined to a claim           "killing 12 soldiers and three civilians"

and refuse counts of things ("six deadly HIMARS missiles"), people who are merely
present ("scores of recently mobilised troops" housed there), negated or hypothetical
events ("could kill thousands", "were not killed"), comparisons with other wars, a court's
counts of offences ("convicted of 27 murders"), figures a yes/no question asks about, and
figures a correction notice retracts ("An earlier version of this story said 15").

Modules, in the order the rules build on each other: tokens, cues, phrases and asides read
the words around a count; cue_after, cue_before, casualty_nouns, tolls and fallback are the
linking rules (bracketed: regional tallies "Zhytomyr (3)"); comparisons and filters refuse links; sentence and coordination link one
sentence; inherited, tables, debunked, retracted and document add what only the whole document gives.
"""

from casualty_claims.extract.casualty_counts.cues import cue_at
from casualty_claims.extract.casualty_counts.document import document_links
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.sentence import link_quantities

__all__ = ["Link", "cue_at", "document_links", "link_quantities"]
