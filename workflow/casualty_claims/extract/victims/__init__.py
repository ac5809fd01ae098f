"""Whose people a count is about (victim side) and whether they are soldiers or civilians.

In order of trust:
1. the people phrase itself: "89 Russian conscripts", "Ukraine's soldiers", "IDF
   soldiers", "300 enemy troops" (the claimant's enemy), "its own soldiers";
2. the name in front of a toll: "Russian losses", "Gaza's death toll";
3. where they were hit, after the cue: "killed in Gaza", "civilians in Kharkiv";
4. who attacked: "a Russian missile strike ... killed 12" -> Russia's enemy;
5. a place in the sentence whose population belongs to one side;
6. the document: the side most often named as victim in its other claims;
7. the claimant's own side when it is a belligerent (sides mostly count their own dead);
otherwise unknown.

Steps 1-3 are explicit.explicit_victim, 4-7 inferred.victim_side; groups.py decides
soldiers or civilians, placed_soldiers.py revisits fighters placed only by where they fell.
"""

from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import host_state, populated
from casualty_claims.extract.victims.explicit import enemy_people, explicit_victim
from casualty_claims.extract.victims.groups import (civilian_breakdown, own_group, people_group, period_toll, resolve_groups,
                                                    site_group, struck_by_weapon, struck_site)
from casualty_claims.extract.victims.inferred import victim_side
from casualty_claims.extract.victims.mentions import locative
from casualty_claims.extract.victims.placed_soldiers import reassign_placed_soldiers, soldiers_by_place
from casualty_claims.extract.victims.places import scene_sides

__all__ = ["DocSides", "civilian_breakdown", "enemy_people", "explicit_victim", "host_state", "locative", "own_group",
           "people_group", "period_toll", "populated", "reassign_placed_soldiers", "resolve_groups", "scene_sides",
           "site_group", "soldiers_by_place", "struck_by_weapon", "struck_site", "victim_side"]
