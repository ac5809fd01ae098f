"""Word lists shared by the victim-side rules (the lexicon holds the ones the whole extractor shares)."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L

# Possessives that point at the speaker's own people ("its soldiers", "our own losses"):
# people named after a possessor are not the claimant's enemy
OWN_POSSESSIVES = {"its", "their", "our", "own"}
# Labels a side gives only its enemy's fighters: jihadist statements' "apostates" and
# "crusaders", "takfiris", Ukrainian "orcs"
ENEMY_TERMS = L.ENEMY_TERMS | {"apostates", "apostate", "crusaders", "crusader", "takfiris", "takfiri", "orcs",
                                "khawarij", "kharijites"}
ACT_VERBS = L.KILLED_BEFORE | L.WOUNDED_BEFORE | L.CAPTURED_BEFORE | L.CASUALTIES_BEFORE
# Members of a force: "18 service members", "members of the security forces"
OWN_EXTRA = {"members", "member", "service", "sailor", "marine", "airman", "pilot", "paratrooper", "conscript",
              "officer", "reservist", "recruit"}
# Verbs a side uses only of its enemy: "201,390 persons were liquidated", "eliminated"
ENEMY_VERBS = {"eliminated", "eliminating", "eliminate", "liquidated", "liquidating", "liquidate",
                "neutralised", "neutralized", "neutralising", "neutralizing", "annihilated", "destroyed",
                "destroying"}
SUBJECT_PRONOUNS = {"it", "they", "we"}
AUX = {"had", "has", "have", "was", "were", "also", "reportedly", "allegedly", "then", "already", "just",
        "successfully"}
LOSS_VERBS = {"lost", "lose", "loses", "losing", "suffered", "suffers", "suffering", "sustained", "sustains",
               "sustaining", "incurred"}
