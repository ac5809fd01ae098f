"""Word lists the extraction rules are made of (news English, lower-case).

Kept apart from the rules so they can be read and extended at a glance. Sides,
actors and places are not here: they come from the gazetteer.
"""

from __future__ import annotations

# ---- casualty cues ---------------------------------------------------------------
# Words that, after a head count ("89 killed", "400 soldiers were wounded"), say what
# happened to the people. Multi-word cues are tuples.
KILLED_AFTER = {
    "killed", "dead", "died", "die", "perished", "slain", "murdered", "massacred", "executed",
    "eliminated", "liquidated", "deaths", "fatalities", "fatality", "kia",
    "annihilated", "martyred", "slaughtered", "succumbed", "martyrs", "martyr",
    "drowned", "beheaded", "lynched", "suffocated", "electrocuted", "asphyxiated",
    "hanged", "decapitated", "strangled", "incinerated", "cremated",
}
KILLED_PHRASES = {
    ("lost", "their", "lives"), ("lost", "his", "life"), ("lost", "her", "life"), ("lost", "lives"),
    ("were", "killed"), ("fatally", "wounded"), ("fatally", "injured"), ("fatally", "shot"),
    ("confirmed", "dead"), ("found", "dead"), ("shot", "dead"), ("gunned", "down"),
    ("lives", "lost"), ("killed", "in", "action"), ("dead", "bodies"), ("embraced", "shahadat"),
    ("embraced", "martyrdom"), ("laid", "down", "their", "lives"), ("among", "the", "dead"),
    ("among", "the", "killed"), ("among", "the", "victims"), ("bodies", "lost"),
    ("among", "those", "killed"), ("among", "the", "fatalities"), ("among", "those", "who", "died"),
    ("burned", "to", "death"), ("burnt", "to", "death"), ("crushed", "to", "death"), ("beaten", "to", "death"),
    ("stabbed", "to", "death"), ("hacked", "to", "death"), ("starved", "to", "death"), ("froze", "to", "death"),
    ("tortured", "to", "death"), ("frozen", "to", "death"), ("shot", "to", "death"), ("bled", "to", "death"),
    ("fell", "in", "battle"), ("fell", "in", "combat"), ("fell", "in", "action"), ("fallen", "in", "battle"),
    ("fallen", "in", "combat"), ("fallen", "in", "action"), ("died", "in", "action"), ("declared", "dead"),
    ("pronounced", "dead"), ("presumed", "dead"), ("gave", "their", "lives"), ("paid", "with", "their", "lives"),
    ("killed", "outright"), ("arrived", "dead"), ("brought", "in", "dead"), ("brought", "dead"),
    ("dead", "on", "arrival"), ("two", "-", "hundredths"), ("two", "-", "hundredth"), ("cargo", "200"),
    # the idioms of South Asian armies' statements (ISPR, Indian Army): "35 khwarij sent to hell",
    # "12 soldiers embrace shahadat", "five soldiers made the supreme sacrifice"
    ("sent", "to", "hell"), ("embrace", "shahadat"), ("embraces", "shahadat"), ("embracing", "shahadat"),
    ("embrace", "martyrdom"), ("embraces", "martyrdom"), ("embracing", "martyrdom"), ("attained", "shahadat"),
    ("attained", "martyrdom"), ("paid", "the", "ultimate", "sacrifice"), ("made", "the", "ultimate", "sacrifice"),
    ("paid", "the", "supreme", "sacrifice"), ("made", "the", "supreme", "sacrifice"), ("laid", "down", "his", "life"),
    ("laid", "down", "lives"),
    # "14 passed away from their injuries": the death, not the wounds it names after it
    ("passed", "away"), ("pass", "away"), ("passes", "away"), ("passing", "away"),
}
WOUNDED_AFTER = {"wounded", "injured", "hurt", "injuries", "injures", "maimed", "wounds", "hospitalised",
                 "hospitalized", "wia", "mutilated", "disabled", "crippled"}
CASUALTIES_AFTER = {"casualties", "casualty", "losses", "neutralised", "neutralized"}
# "detained" / "apprehended" by a force at war is taking prisoner (CONVENTIONS, "Types")
# the present of headlines too: "SDF says 500 ISIS fighters surrender", "2,000 militants surrendering"
CAPTURED_AFTER = {"captured", "surrendered", "surrender", "surrenders", "surrendering", "abducted", "kidnapped", "seized", "imprisoned", "detained",
                  "apprehended", "arrested"}
CAPTURED_PHRASES = {
    ("taken", "prisoner"), ("taken", "prisoners"), ("taken", "captive"), ("taken", "hostage"),
    ("taken", "hostages"), ("laid", "down", "their", "arms"), ("taken", "into", "captivity"),
    ("prisoners", "of", "war"), ("taken", "as", "prisoners"), ("fell", "captive"), ("fell", "into", "captivity"),
    ("fallen", "into", "captivity"), ("been", "taken", "captive"),
}
MISSING_AFTER = {"missing", "disappeared", "mia"}
MISSING_PHRASES = {("unaccounted", "for"), ("missing", "in", "action"), ("went", "missing"),
                   ("under", "the", "rubble"), ("under", "rubble"), ("under", "the", "debris"), ("under", "debris"),
                   ("trapped",), ("among", "the", "missing"), ("listed", "as", "missing"),
                   ("being", "sought"), ("still", "being", "sought"), ("whereabouts", "unknown"),
                   ("lost", "at", "sea"), ("vanished",), ("missing", "in", "action")}
WOUNDED_PHRASES = {("among", "the", "injured"), ("among", "the", "wounded"), ("among", "those", "injured"),
                   ("among", "those", "wounded"), ("among", "those", "hurt"), ("treated", "for", "injuries"),
                   ("treated", "for", "wounds"), ("treated", "for", "their", "injuries"),
                   ("treated", "for", "their", "wounds"), ("in", "critical", "condition"),
                   ("in", "a", "critical", "condition"), ("in", "serious", "condition"),
                   ("in", "a", "serious", "condition"), ("in", "grave", "condition"), ("in", "stable", "condition"),
                   ("in", "a", "stable", "condition"), ("in", "intensive", "care"),
                   # people in hospital or under treatment after an attack are its wounded ("110 people are in
                   # hospital", "three civilians were being treated"); with an auxiliary only, so that "killed 12
                   # patients in hospital" keeps its verb
                   ("are", "in", "hospital"), ("were", "in", "hospital"), ("being", "treated"),
                   ("receiving", "treatment"), ("receiving", "medical"),
                   ("three", "-", "hundredths"), ("three", "-", "hundredth"), ("cargo", "300")}
# Brought to or treated in hospital: the wounded of an attack the sentence tells of ("224 people
# have been martyred and 1,277 have been taken to hospital"), not of any admission ("Twelve people
# were taken to hospital and 4 were taken into custody"). CORPSES keep "bodies taken to hospital" dead.
HOSPITAL_PHRASES = {("taken", "to", "hospital"), ("taken", "to", "hospitals"), ("taken", "to", "the", "hospital"),
                    ("rushed", "to", "hospital"), ("rushed", "to", "the", "hospital"), ("admitted", "to", "hospital"),
                    ("admitted", "to", "hospitals"), ("admitted", "to", "the", "hospital"),
                    ("treated", "in", "hospital"), ("treated", "in", "hospitals"), ("treated", "at", "hospital"),
                    ("treated", "at", "hospitals"), ("treated", "at", "the", "scene")}
# Illness that puts people in hospital without a war's wound ("40 children admitted to hospital with cholera")
ILLNESS_WORDS = {"cholera", "illness", "illnesses", "disease", "diseases", "malnutrition", "measles", "covid",
                 "covid-19", "fever", "dehydration", "heatstroke", "poisoning", "symptoms", "diarrhoea", "diarrhea",
                 "infection", "infections", "outbreak", "epidemic", "pneumonia", "starvation", "hunger"}
# Verbs that take an injury as their object: "14 soldiers sustained shrapnel wounds".
INJURY_VERBS = {"sustained", "suffered", "received", "sustaining", "suffering", "receiving", "sustain", "suffer"}
INJURY_NOUNS = {"injuries", "injury", "wounds", "wound", "burns", "fractures", "trauma", "concussions"}
BODIES_VERBS = {"recovered", "found", "retrieved", "pulled", "exhumed", "identified", "discovered", "unearthed",
                "brought", "received", "buried", "collected", "counted", "removed"}

# Verbs that take the count as their object ("killing 89 Russian conscripts").
KILLED_BEFORE = {
    "killing", "killed", "kill", "kills", "slaying", "slew", "slain", "murdering", "murdered",
    "massacring", "massacred", "executing", "executed", "eliminating", "eliminated", "eliminate",
    "liquidating", "liquidated", "liquidate", "annihilated", "annihilating", "destroying", "destroyed", "martyring",
    "martyred",
}
CASUALTIES_BEFORE = {"neutralising", "neutralizing", "neutralised", "neutralized", "neutralise", "neutralize"}
WOUNDED_BEFORE = {"wounding", "wounded", "wound", "wounds", "injuring", "injured", "injure", "injures",
                  "maiming", "maimed", "hurting", "hurt"}
CAPTURED_BEFORE = {"capturing", "captured", "capture", "captures", "abducting", "abducted",
                   "kidnapping", "kidnapped", "seizing", "seized", "took", "taking", "taken", "take",
                   "detained", "detaining", "apprehended", "apprehending", "arrested", "arresting",
                   "dragged", "dragging"}  # only with hostages named: "dragged around 250 others into Gaza as hostages"
LOST_BEFORE = {"lost", "losing", "lose", "loses"}
LIVES_BEFORE = {"claimed", "claiming", "claims", "cost", "costing", "took", "taking"}
# Nouns that take the count through "of" ("the killing of 89", "the deaths of 12").
NOUN_OF = {
    "injury": "wounded", "injuries": "wounded",  # "the death of four soldiers and the injury of six others"
    "killing": "killed", "killings": "killed", "deaths": "killed", "death": "killed",
    "murder": "killed", "murders": "killed", "massacre": "killed", "bodies": "killed",
    "remains": "killed", "loss": "casualties", "losses": "casualties", "lives": "killed",
    "capture": "captured", "abduction": "captured", "abductions": "captured",
    "disappearance": "missing", "wounding": "wounded", "execution": "killed", "executions": "killed",
    "slaughter": "killed", "elimination": "killed", "liquidation": "killed",
    "martyrdom": "killed", "martyring": "killed", "funerals": "killed", "burial": "killed", "burials": "killed",
    "kidnapping": "captured", "kidnappings": "captured", "injuring": "wounded", "maiming": "wounded",
}

# Toll nouns: "the death toll rose to 89", "put casualties at 300,000".
TOLL_NOUNS = {
    "toll": "killed", "deaths": "killed", "dead": "killed", "fatalities": "killed",
    "killed": "killed", "casualties": "casualties", "losses": "casualties", "casualty": "casualties",
    "wounded": "wounded", "injured": "wounded", "injuries": "wounded", "missing": "missing",
    "victims": "killed", "martyrs": "killed", "figure": None, "figures": None, "tally": None, "count": None,
    "number": None, "total": None, "estimate": None, "estimates": None, "numbers": None,
}
TOLL_LINKS = {
    "to", "at", "of", "is", "was", "stands", "stood", "reached", "reach", "reaches", "hit", "hits",
    "topped", "tops", "passed", "exceeded", "exceeds", "surpassed", "numbered", "numbers", "totalled",
    "totaled", "totals", "total", "are", "were", ":", "as", "now", "climbed", "rose", "stand", "being",
    "pass", "passes", "exceed", "top", "surpass", "surpasses", "crossed", "crosses", "cross", "include",
    "includes", "included", "amounted", "amounts", "amount", "nears", "neared", "approached", "approaches",
    "nearing", "approaching",
    # the make-up of a toll: "the dead comprise 427 fighters and 298 civilians", "consisted of 40 soldiers"
    "comprise", "comprises", "comprised", "comprising", "consist", "consists", "consisted", "consisting",
    # participles of the same verbs: "casualty figures hitting over 35,000", "a toll topping 500"
    "hitting", "reaching", "totalling", "totaling", "topping", "passing", "exceeding", "surpassing", "crossing",
    "numbering",
    "—", "–",  # "declared the number of dead Ukrainian soldiers — 31 000"
    "past", "beyond",  # "the toll climbed past 30,000": only after a verb of rising (TOLL_RISE_VERBS)
    "be",  # "the toll is believed to be 100" (a forecast's "expected to be" is refused by its modal)
}
# Toll verbs that mean "more than" ("the toll has passed 490").
TOLL_MORE_THAN = {"passed", "pass", "passes", "exceeded", "exceed", "exceeds", "topped", "top", "tops",
                  "topping", "passing", "exceeding", "surpassing", "crossing",
                  "surpassed", "surpass", "surpasses", "crossed", "crosses", "cross", "past", "beyond"}
# "past"/"beyond" link a toll to its figure only after a verb of rising, not "the toll over the past 30 days".
TOLL_RISE_VERBS = {"climbed", "climbs", "climbing", "rose", "risen", "rises", "rising", "gone", "went", "goes",
                   "going", "moved", "edged", "crept", "pushed", "soared", "jumped", "surged", "shot", "grew",
                   "grown", "mounted", "increased", "now", "well", "just"}
# Toll verbs that put the figure just ahead: "the toll neared 30,000", "losses nearing one million".
TOLL_APPROX = {"nears", "neared", "nearing", "approached", "approaches", "approaching"}
# Cue words that make a sentence "about deaths" (for "the latest figure is 83").
SENTENCE_TYPE_CUES = {
    "killed": ("killed", "dead", "deaths", "death", "died", "fatalities", "toll", "killing", "bodies", "lives"),
    "wounded": ("wounded", "injured", "injuries", "hurt"),
    "casualties": ("casualties", "losses", "casualty"),
    "missing": ("missing",),
    "captured": ("captured", "prisoners", "prisoner"),
}

# ---- the noun phrase around the count ---------------------------------------------
PERSON_NOUNS = {
    "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "troop",
    "servicemen", "serviceman", "servicemembers", "service", "members", "member", "conscripts",
    "fighters", "fighter", "militants", "militant", "personnel", "residents", "children", "child",
    "kids", "women", "men", "man", "woman", "infants", "babies", "minors", "students", "journalists",
    "reporters", "medics", "doctors", "nurses", "paramedics", "rescuers", "firefighters", "police",
    "policemen", "officers", "officer", "officials", "marines", "paratroopers", "mercenaries",
    "combatants", "militiamen", "insurgents", "rebels", "terrorists", "jihadists", "guerrillas",
    "volunteers", "workers", "staff", "employees", "patients", "refugees", "villagers", "pilgrims",
    "worshippers", "passengers", "crew", "crewmen", "sailors", "airmen", "pilots", "commanders",
    "commander", "generals", "colonels", "recruits", "reservists", "guards", "gunmen", "attackers",
    "assailants", "operatives", "agents", "victims", "lives", "bodies", "individuals", "relatives",
    "protesters", "demonstrators", "bystanders", "others", "more", "adults", "elderly", "teenagers",
    "boys", "girls", "hostages", "prisoners", "detainees", "inmates", "settlers", "cadets", "sappers",
    "gunners", "peacekeepers", "contractors", "shoppers", "family", "families", "defenders",
    "partisans", "separatists", "militia", "fighting-age", "males", "inhabitants", "locals",
    "citizens", "nationals", "migrants", "seafarers", "teachers", "pupils", "servicewomen",
    "enemy", "invaders", "occupiers", "troopers", "infantrymen", "infantry", "commandos", "pow", "martyrs",
    "pows", "deaths", "dead", "wounded", "injured", "fatalities", "casualties", "them", "whom",
    "persons", "staffers", "humanitarians", "aid", "health", "rescue", "emergency", "diplomats",
    "tourists", "festivalgoers", "revellers", "partygoers", "attendees", "spectators", "guests",
    "monks", "priests", "clerics", "leaders", "cadres", "mujahideen", "jihadis", "youths", "youth",
    "newborns", "toddlers", "mothers", "fathers", "sons", "daughters", "brothers", "siblings",
    "foreigners", "farmers", "fishermen", "herders", "shepherds", "traders", "labourers", "laborers",
    "drivers", "miners", "engineers", "nuns", "imams", "captives", "shopkeepers", "vendors",
    "nationalists", "extremists", "radicals", "loyalists",
}
# Soldiers as South Asian English names them ("two jawans", "one of these bravehearts", "six
# sepoys"), and the service people of other armies' bulletins.
PERSON_NOUNS |= {"jawans", "bravehearts", "sepoys", "havildars", "naiks", "servicepersons", "militiamen",
                 "conscripted", "legionnaires", "gendarmes"}
# Peoples and communities the gazetteer has no side for: "including 40 Iranians", "3 Americans".
PERSON_NOUNS |= {
    "iranians", "kurds", "jordanians", "egyptians", "qataris", "kuwaitis", "libyans", "somalis", "nigerians",
    "britons", "germans", "italians", "poles", "filipinos", "thais", "nepalis", "nepalese", "georgians",
    "chechens", "belarusians", "canadians", "australians", "tunisians", "algerians", "moroccans", "bahrainis",
    "omanis", "americans", "frenchmen", "druze", "yazidis", "alawites", "alawis", "shias", "shiites", "sunnis",
    "christians", "muslims", "jews", "bedouins", "turkmen", "uyghurs", "rohingya", "tajiks", "uzbeks",
    "kazakhs", "kyrgyz", "bangladeshis", "lankans", "malians", "chadians", "congolese", "kenyans",
}
# People named by occupation, role, kinship, age, faith or circumstance: any of them can be
# counted as victims ("4 caretakers", "two sisters", "12 pensioners", "six drone operators").
PERSON_NOUNS |= {
    "caretakers", "cleaners", "cooks", "surgeons", "physicians", "pharmacists", "dentists", "midwives",
    "responders", "firemen", "lifeguards", "deminers", "ambulancemen", "crews", "crewmembers", "lawyers",
    "judges", "prosecutors", "politicians", "lawmakers", "legislators", "mps", "deputies", "councillors",
    "councilors", "mayors", "governors", "ministers", "candidates", "delegates", "envoys", "ambassadors",
    "dignitaries", "aides", "advisers", "advisors", "bodyguards", "activists", "bloggers", "photographers",
    "cameramen", "photojournalists", "correspondents", "editors", "writers", "poets", "artists",
    "musicians", "athletes", "footballers", "players", "coaches", "academics", "scientists",
    "researchers", "professors", "lecturers", "scholars", "clergy", "clergymen", "bishops", "rabbis",
    "pastors", "sheikhs", "muezzins", "elders", "chiefs", "tribesmen", "clansmen", "nomads", "peasants",
    "builders", "electricians", "plumbers", "mechanics", "technicians", "operators", "dockers", "porters",
    "loaders", "bakers", "butchers", "waiters", "merchants", "businessmen", "businesspeople", "bankers",
    "clerks", "accountants", "secretaries", "servants", "linemen", "truckers", "cyclists", "pedestrians",
    "motorists", "commuters", "travellers", "travelers", "hikers", "campers", "hunters", "loggers",
    "woodcutters", "smugglers", "criminals", "convicts", "suspects", "interpreters", "translators",
    "fixers", "scouts", "policewomen", "gendarmes", "guardsmen", "coastguards", "sentries", "snipers",
    "tankmen", "riflemen", "artillerymen", "signalmen", "servicepeople", "veterans", "draftees",
    "privates", "corporals", "sergeants", "lieutenants", "captains", "admirals", "trainees",
    "peshmerga", "fedayeen", "raiders", "infiltrators", "intruders", "extremists", "loyalists",
    "warriors", "belligerents", "husbands", "wives", "fathers", "sisters", "cousins", "nephews",
    "nieces", "uncles", "aunts", "grandparents", "grandchildren", "grandsons", "granddaughters",
    "grandmothers", "grandfathers", "parents", "spouses", "kin", "kinsmen", "orphans", "widows",
    "widowers", "twins", "juveniles", "adolescents", "teens", "youngsters", "seniors", "pensioners",
    "retirees", "schoolchildren", "schoolboys", "schoolgirls", "ladies", "humans", "souls", "dwellers",
    "occupants", "tenants", "neighbours", "neighbors", "homeowners", "townspeople", "townsfolk",
    "countrymen", "compatriots", "non-combatants", "noncombatants", "passers-by", "passersby",
    "onlookers", "witnesses", "mourners", "worshipers", "churchgoers", "congregants", "believers",
    "idps", "asylum-seekers", "immigrants", "expatriates", "expats", "visitors", "customers", "clients",
    "diners", "patrons", "fans", "supporters", "participants", "concertgoers", "ravers", "protestors",
    "marchers", "rioters", "strikers", "survivors", "abductees", "internees", "deportees", "mias",
    "wias", "kias", "spies", "informants", "collaborators", "employees", "staffers", "servicemen",
    "companions", "comrades", "colleagues", "friends", "classmates", "co-workers", "coworkers", "teammates",
    "escorts", "caregivers", "carers", "attendants", "chaperones", "bridegrooms", "brides", "newlyweds",
}
MILITARY_NOUNS = {
    "soldiers", "soldier", "troops", "troop", "servicemen", "serviceman", "servicemembers", "conscripts",
    "fighters", "fighter", "militants", "militant", "personnel", "marines", "paratroopers",
    "mercenaries", "combatants", "militiamen", "insurgents", "rebels", "terrorists", "jihadists",
    "guerrillas", "officers", "commanders", "commander", "generals", "colonels", "recruits",
    "reservists", "gunmen", "operatives", "sailors", "airmen", "pilots", "cadets", "sappers",
    "gunners", "defenders", "partisans", "separatists", "militia", "servicewomen", "enemy", "invaders",
    "occupiers", "troopers", "infantrymen", "infantry", "commandos", "pows", "cadres", "mujahideen",
    "jihadis", "military", "army", "forces",
}
CIVILIAN_NOUNS = {
    "civilians", "civilian", "children", "child", "kids", "women", "infants", "babies", "minors",
    "students", "journalists", "reporters", "medics", "doctors", "nurses", "paramedics", "rescuers",
    "firefighters", "volunteers", "workers", "staff", "employees", "patients", "refugees", "villagers",
    "pilgrims", "worshippers", "passengers", "residents", "bystanders", "shoppers", "families",
    "teachers", "pupils", "tourists", "festivalgoers", "revellers", "partygoers", "attendees",
    "newborns", "toddlers", "mothers", "inhabitants", "locals", "citizens", "migrants", "diplomats",
    "humanitarians", "hostages",
}
# Heads that make a count of things, not of people ("six deadly HIMARS missiles").
NONPERSON_NOUNS = {
    "missiles", "missile", "rockets", "rocket", "drones", "drone", "shells", "shell", "tanks", "tank",
    "vehicles", "vehicle", "aircraft", "jets", "planes", "helicopters", "artillery", "weapons",
    "bombs", "munitions", "rounds", "himars", "systems", "launchers", "buildings", "homes", "houses",
    "hospitals", "schools", "km", "kilometres", "kilometers", "miles", "metres", "meters", "hours",
    "days", "weeks", "months", "years", "minutes", "seconds", "percent", "dollars", "euros", "tons",
    "tonnes", "rubles", "pages", "brigades", "battalions", "units", "villages", "towns", "positions",
    "sorties", "strikes", "attacks", "targets", "times", "hubs", "camps", "pads", "massacres",
    "evacuees", "names", "households", "graves", "posts", "videos", "guns", "howitzers", "boats", "ships",
    "vessels", "warships", "trucks", "apcs", "ifvs", "bmps", "btrs", "mines", "grenades", "bullets",
    "projectiles", "cars", "structures", "facilities", "apartments", "blocks", "kilograms", "kg",
    "locations", "sites", "settlements", "cities", "areas", "square", "hectares", "mortars",
    "cattle", "cows", "sheep", "animals", "horses", "dogs", "heads", "depots", "radars", "satellites",
    "dollar", "pounds", "shekels", "points", "seats", "votes", "incidents", "cases", "deaths-per",
    "warheads", "bunkers", "tunnels", "checkpoints", "outposts", "bases", "airfields", "bridges",
    "trains", "wagons", "barrels", "litres", "liters", "gallons", "calories", "trucks", "lorries",
}
# Words that can never be part of the noun phrase between a count and its cue.
NP_STOP = {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "should", "might", "may", "must", "can", "shall", "and", "or", "but", "in", "on", "at", "by",
    "from", "for", "with", "during", "after", "before", "since", "as", "when", "while", "than", "that",
    "which", "who", "whom", "whose", "where", "to", "into", "said", "says", "say", "according",
    "not", "no", "never", "also", "reportedly", "allegedly", "the", "a", "an", "this", "these",
    "those", "their", "its", "his", "her", "our", "near", "inside", "across", "through", "if",
    "per", "each", "every", "more", "less", "including", "among", "about", "over", "under",
    "told", "tells",  # speakers, not people hurt: "Two senior officials told Bloomberg that ..."
}
# Auxiliaries and adverbs allowed between the noun phrase and the cue ("might have been").
CHAIN = {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "reportedly",
    "allegedly", "also", "all", "now", "already", "later", "since", "so", "far", "believed", "thought",
    "feared", "said", "reported", "confirmed", "known", "estimated", "presumed", "understood",
    "likely", "probably", "possibly", "might", "may", "could", "must", "to", "then", "subsequently",
    "eventually", "apparently", "officially", "either", "just", "recently", "altogether", "tragically",
    "both", "each", "reported", "listed", "registered", "recorded", "declared", "left", "lie", "lay",
    "announced", "lying",  # "have been announced dead", "were lying dead"
    "found", "remain", "remained", "remains", "still", "initially", "ultimately", "previously",
    "instantly", "immediately", "together", "in", "total", "overall", "subsequently", "seriously",
    "severely", "critically", "badly", "lightly", "slightly", "mortally", "fatally", "been", "were",
    "got", "get", "getting", "become", "became", "went", "go", "gone", "being", "now", "yet", "ever",
    "assumed", "claimed", "alleged", "shot", "gunned", "burnt", "burned", "buried", "trapped",
    "having", "may", "perhaps", "considered", "likely", "unlikely", "certainly", "possibly", "reportedly",
}
MODALS_HYPOTHETICAL = {"will", "would", "shall", "can", "could", "may", "might", "should", "must", "'ll", "'d"}
NEGATIONS = {"not", "never", "n't", "no", "none", "neither", "nor", "without", "nobody", "denied", "deny", "denies"}
HYPOTHETICAL_WORDS = {
    "if", "unless", "threatened", "threatens", "threaten", "threat", "vowed", "vows", "vow", "plans",
    "planned", "plan", "aims", "aimed", "aim", "risk", "risks", "risked", "warned", "warns", "warn",
    "intends", "intended", "attempted", "tried", "trying", "seeks", "sought", "expected", "projected",
    "forecast", "predicted", "predicts", "feared", "fears", "hoped", "want", "wants", "wanted",
    "potential", "potentially", "hypothetical", "scenario", "enough", "capable", "able", "designed",
    "order", "sufficient", "estimates", "would-be",
}
# Words around a count that make it a comparison with another war, not a claim.
HISTORICAL = {
    "vietnam", "world", "soviet", "ussr", "korean", "chechen", "chechnya", "holocaust", "ww2", "wwii",
    "napoleonic", "falklands", "iran-iraq", "1980s", "1990s", "1970s", "1960s", "1940s", "crimean",
    "stalingrad", "hiroshima", "nagasaki", "somme", "verdun", "gallipoli",
}
# Captured claims disappear in prisoner exchanges and releases ("freed 50 POWs" is a trap).
EXCHANGE_WORDS = {
    "exchange", "exchanged", "swap", "swapped", "released", "release", "freed", "free", "returned",
    "return", "repatriated", "handed", "held", "holding", "holds", "remain", "remaining", "still",
}

# ---- attribution ---------------------------------------------------------------------
REPORTING_VERBS = {
    "said", "says", "say", "saying", "claimed", "claims", "claim", "claiming", "reported", "reports",
    "report", "reporting", "stated", "states", "state", "announced", "announces", "announce",
    "acknowledged", "acknowledges", "acknowledge", "admitted", "admits", "admit", "estimated",
    "estimates", "estimate", "estimating", "confirmed", "confirms", "confirm", "added", "adds", "told",
    "tells", "wrote", "writes", "noted", "notes", "posted", "posts", "put", "puts", "alleged",
    "alleges", "insisted", "insists", "declared", "declares", "asserted", "asserts", "revealed",
    "reveals", "disclosed", "discloses", "updated", "updates", "raised", "raises", "revised",
    "revises", "released", "releases", "published", "publishes", "counted", "counts", "documented",
    "documents", "recorded", "records", "registered", "verified", "verifies", "tallied", "cited",
    "cites", "citing", "quoted", "quoting", "maintained", "maintains", "boasted", "boasts", "tweeted",
    "informed", "briefed", "highlight", "highlighted", "highlights", "mentioned", "mentions",
    "accused", "accuses", "blamed", "blames", "indicated", "indicates", "gave", "gives", "listed",
    "lists", "issued", "issues", "recorded", "calculated", "calculates", "assessed", "assesses",
    "believes", "believed", "conceded", "concedes", "explained", "explains", "stressed", "stresses",
    "wrote", "telegram", "telegrammed", "specified", "specifies", "detailed", "details", "announcing",
    "acknowledging", "admitting", "confirming", "putting", "raising", "revising", "lowered", "lowers",
    "corrected", "corrects", "put", "estimated", "informs", "communicated", "counted", "tallies",
}
REPORT_NOUNS = {
    "figure", "figures", "count", "tally", "estimate", "estimates", "data", "toll", "numbers",
    "statement", "statements", "report", "reports", "assessment", "acknowledgment", "acknowledgement",
    "admission", "claim", "claims", "announcement", "update", "briefing", "decision", "tallies",
    "records", "bulletin", "readout", "estimation", "account", "accounts", "version", "says",
    "calculation", "calculations", "numbers", "release", "communique", "communiqué", "post",
    "telegram", "channel", "dashboard", "sources",
}
# Organisation nouns that turn a side's name into a claimant ("Ukrainian officials").
ORG_NOUNS = {
    ("ministry", "of", "defence"): "defence_ministry", ("ministry", "of", "defense"): "defence_ministry",
    ("defence", "ministry"): "defence_ministry", ("defense", "ministry"): "defence_ministry",
    ("mod",): "defence_ministry", ("defence", "minister"): "defence_ministry",
    ("defense", "minister"): "defence_ministry", ("general", "staff"): "general_staff",
    ("military",): "military", ("army",): "military", ("armed", "forces"): "military",
    ("military", "command"): "military", ("command",): "military", ("forces",): "military",
    ("troops",): "military", ("commanders",): "military", ("military", "officials"): "military",
    ("military", "spokesman"): "military", ("army", "spokesman"): "military",
    ("health", "ministry"): "health_ministry", ("ministry", "of", "health"): "health_ministry",
    ("health", "officials"): "health_ministry", ("health", "authorities"): "health_ministry",
    ("officials",): "government", ("official",): "government", ("authorities",): "government",
    ("government",): "government", ("sources",): "government", ("source",): "government",
    ("president",): "head_of_state", ("prime", "minister"): "head_of_state", ("leader",): "head_of_state",
    ("spokesman",): "spokesperson", ("spokesperson",): "spokesperson", ("spokeswoman",): "spokesperson",
    ("foreign", "ministry"): "foreign_ministry", ("foreign", "minister"): "foreign_ministry",
    ("state", "media"): "state_media", ("state", "tv"): "state_media", ("state", "television"): "state_media",
    ("news", "agency"): "state_media", ("media",): "state_media", ("intelligence",): "intelligence",
    ("governor",): "local_authority", ("mayor",): "local_authority", ("police",): "local_authority",
    ("emergency", "services"): "emergency_service", ("emergency", "service"): "emergency_service",
    ("rescuers",): "emergency_service", ("civil", "defence"): "emergency_service",
    ("civil", "defense"): "emergency_service", ("interior", "ministry"): "government",
    ("embassy",): "government", ("statements",): "government", ("statement",): "government",
    ("reports",): "state_media", ("bloggers",): "state_media", ("military", "bloggers"): "state_media",
    ("war", "bloggers"): "state_media", ("side",): "government", ("generals",): "military",
    ("ministry",): "government", ("defence", "officials"): "defence_ministry",
    ("defense", "officials"): "defence_ministry", ("commander",): "military",
    ("readout",): "government", ("channels",): "state_media", ("telegram", "channels"): "state_media",
}
# Anaphoric claimants: resolved to the last named claimant ("the ministry said").
ANAPHORS = {
    "it", "he", "she", "they", "ministry", "military", "army", "statement", "report", "agency",
    "spokesman", "spokeswoman", "spokesperson", "officials", "official", "authorities", "office",
    "group", "observatory", "monitor", "organisation", "organization", "body", "mission", "staff",
    "command", "department", "government", "service", "channel", "briefing", "update", "governor",
    "mayor", "minister", "president", "commander", "source", "sources", "kremlin", "pentagon",
    "figures", "data", "tally", "bulletin", "post", "idf", "we", "i", "report", "spokesmen", "agency",
    "communique", "ministry's", "movement", "force", "forces", "militia", "unit", "headquarters",
    # texts a body issued, as subjects: "One slide gave ...", "The infographic put ...", "the dossier listed"
    "slide", "slides", "infographic", "graphic", "chart", "dossier", "presentation", "document", "documents",
}
ATTACK_NOUNS = {
    "strike", "strikes", "attack", "attacks", "shelling", "missile", "missiles", "rocket", "rockets",
    "drone", "drones", "airstrike", "airstrikes", "air", "raid", "raids", "bombardment", "bombing",
    "bombings", "forces", "troops", "army", "military", "artillery", "fire", "offensive", "assault",
    "shell", "shells", "bombs", "bomb", "jets", "warplanes", "aircraft", "gunfire", "snipers",
    "soldiers", "fighters", "militants", "gunmen", "operation", "incursion", "invasion", "onslaught",
    "counteroffensive", "ambush", "barrage", "himars", "units", "navy", "tank", "tanks", "mortar",
    "mortars", "shellfire", "bullets", "sniper", "militia", "militias", "occupiers", "invaders",
    "aviation", "helicopter", "gunships", "mines", "mine", "kamikaze", "shahed", "cruise", "ballistic",
}

# Military nouns that name the enemy ("militants", "terrorists") vs one's own ("soldiers").
# Natural disasters: their dead are no casualties of a war (CONVENTIONS: "deaths in an earthquake
# or other disaster during a war are traps")
DISASTER_NOUNS = {"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks",
                  "flood", "floods", "flooding", "floodwaters", "cyclone", "hurricane", "typhoon", "storm", "storms",
                  "landslide", "landslides", "mudslide", "mudslides", "tsunami", "avalanche", "wildfire", "wildfires",
                  "heatwave", "monsoon", "eruption"}
ENEMY_TERMS = {"militants", "militant", "terrorists", "terrorist", "insurgents", "rebels", "jihadists",
               "invaders", "occupiers", "gunmen", "mercenaries", "bandits", "extremists", "jihadis", "nazis",
               "neo-nazis", "infiltrators", "attackers", "assailants", "enemy"}
OWN_TERMS = {"soldiers", "soldier", "troops", "servicemen", "serviceman", "servicemembers", "personnel",
             "conscripts", "marines", "paratroopers", "officers", "sailors", "airmen", "pilots", "comrades",
             "comrades-in-arms", "reservists", "recruits", "guards"}
# Comparisons: the count after these belongs to another event.
SUPERLATIVES = {"deadliest", "worst", "bloodiest", "largest", "biggest", "highest", "first", "heaviest"}
WAR_NOUNS = {"war", "wars", "conflict", "violence", "attack", "attacks", "clash", "clashes", "fighting",
             "massacre", "genocide", "campaign", "siege", "battle", "offensive", "round", "crisis", "uprising",
             "intifada", "invasion", "occupation", "insurgency", "bombing", "bombings"}
