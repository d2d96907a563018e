#!/usr/bin/env python3
"""Writes resources/sample/sample-workshop.json, the workshop scripts/run opens.

Usage: make_sample.py BASE.json OUT.json
BASE.json is `pamoja export` of a fresh `pamoja new` file (it supplies the default catalogue).
Ids are derived from names (uuid5) and times are fixed, so the output is stable. Then normalise it to
the exporter's exact bytes: `pamoja import tmp.pamoja OUT.json && pamoja export tmp.pamoja --format json
-o OUT.json` (the test sample_workshop checks that the file is what the exporter writes).
"""
import json
import sys
import uuid

NS = uuid.UUID("6d1f2a52-8a55-4a8e-9d3c-5a8f3c1e9b10")


def uid(name):
    return str(uuid.uuid5(NS, name))


def t(minute):
    return "2026-10-14T%02d:%02d:00.000Z" % (9 + minute // 60, minute % 60)


base = json.load(open(sys.argv[1], encoding="utf-8"))
catalogue = {c["code"]: c["id"] for c in base["catalogue"]}

ws = dict(base["workshop"][0])
ws.update(id=uid("workshop"), title="Shifting power in the Civic Space Alliance",
          context="Second envisioning workshop of the alliance's partners (Kenya, Bolivia, Indonesia, "
                  "Senegal, Netherlands), preparing the 2027 strategy.",
          mode="hybrid", languages="en,fr,es,pt,nl", start_date="2026-10-14", end_date="2026-10-15",
          facilitators="Wanjiru Kamau (Nairobi) and Pieter de Vries (The Hague)",
          anonymity="optional", weighting="constituency", private_writing=False, active_step=1,
          created="2026-10-01T08:00:00.000Z")

prompts = [dict(p, id=uid("prompt-%d" % p["step"])) for p in base["prompts"]]
prompt_of = {p["step"]: p["id"] for p in prompts}

orgs_src = [
    ("Haki Mashinani", "HM", "south", "KE", "community-based organisation"),
    ("Fundación Tierra Viva", "FTV", "south", "BO", "NGO"),
    ("Yayasan Suara Desa", "YSD", "south", "ID", "NGO"),
    ("Réseau Jeunesse Sahel", "RJS", "south", "SN", "network"),
    ("Samenwerking Nu", "SN", "north", "NL", "NGO"),
    ("Open Horizon Alliance", "OHA", "north", "NL", "network"),
    ("Ministry of Foreign Affairs (observer)", "MFA", "donor", "NL", "donor agency"),
]
orgs = [dict(id=uid("org-" + s), name=n, short_name=s, type=ty, constituency=c, country=co,
             role="partner") for n, s, c, co, ty in orgs_src]
org_id = {o["short_name"]: o["id"] for o in orgs}

people_src = [
    ("Wanjiru Kamau", "HM", "south", "KE", "en", "facilitator", True),
    ("Otieno Achieng", "HM", "south", "KE", "sw", "participant", True),
    ("Lucía Mamani", "FTV", "south", "BO", "es", "participant", True),
    ("Mateo Quispe", "FTV", "south", "BO", "es", "participant", False),
    ("Dewi Lestari", "YSD", "south", "ID", "en", "participant", True),
    ("Aminata Diallo", "RJS", "south", "SN", "fr", "participant", True),
    ("Moussa Ndiaye", "RJS", "south", "SN", "fr", "participant", False),
    ("Pieter de Vries", "SN", "north", "NL", "nl", "facilitator", True),
    ("Sanne Jansen", "SN", "north", "NL", "nl", "participant", True),
    ("Thomas Bakker", "OHA", "north", "NL", "en", "participant", True),
    ("Eva Visser", "OHA", "north", "NL", "nl", "participant", False),
    ("Maria Santos", "OHA", "north", "NL", "pt", "participant", True),
    ("Joris Mulder", "MFA", "donor", "NL", "nl", "observer", True),
]
people = [dict(id=uid("p-" + n), name=n, organisation_id=org_id[o], constituency=c, country=co,
               language=l, role=r, consent=cons, present=True) for n, o, c, co, l, r, cons in people_src]
pid = {p["name"]: p["id"] for p in people}
pcons = {p["name"]: p["constituency"] for p in people}

# (cluster key, author or None, constituency for anonymous, language, text, edited text)
step1 = [
    ("agenda", "Aminata Diallo", "", "fr", "Les priorités sont fixées ensemble, à partir des communautés, avant tout appel à propositions.", None),
    ("agenda", "Lucía Mamani", "", "es", "Las agendas nacen de los territorios y no de las convocatorias del donante.", None),
    ("agenda", "Sanne Jansen", "", "nl", "We schrijven de theory of change samen, in de taal van de partners.", None),
    ("agenda", None, "south", "en", "Southern partners decide which problems the partnership works on.", None),
    ("money", "Otieno Achieng", "", "en", "Funds go directly to Southern organisations, with no Northern intermediary taking a cut.", None),
    ("money", "Dewi Lestari", "", "en", "Core, flexible funding for at least five years instead of project money.", "Core, flexible funding for five years or more instead of project money."),
    ("money", None, "north", "en", "Northern partners give up the lead-applicant role when a Southern partner can hold the contract.", None),
    ("money", "Mateo Quispe", "", "es", "Presupuestos decididos en conjunto, con total transparencia sobre los costos indirectos.", None),
    ("risk", "Thomas Bakker", "", "en", "Risk is shared: the donor and the Northern partner carry their part instead of pushing it down.", None),
    ("risk", "Moussa Ndiaye", "", "fr", "Des exigences de rapport simples, dans nos langues, proportionnées à la taille des subventions.", None),
    ("risk", None, "", "en", "Due diligence goes both ways: we also assess the Northern partner.", None),
    ("voice", "Maria Santos", "", "pt", "Os parceiros do Sul falam pela parceria nos espaços de decisão em Haia.", None),
    ("voice", "Aminata Diallo", "", "fr", "La parole des communautés est au centre de l'évaluation.", None),
    ("voice", "Eva Visser", "", "nl", "Noordelijke leden worden alleen samen met een zuidelijke collega uitgenodigd.", None),
    ("voice", "Wanjiru Kamau", "", "en", "Power conversations are co-facilitated by a Northern and a Southern partner.", None),
    ("mindset", "Sanne Jansen", "", "en", "We stop talking about 'capacity building' as something the North gives.", None),
    ("mindset", "Lucía Mamani", "", "es", "Aprendizaje mutuo: el Norte también aprende de nuestras prácticas.", None),
    (None, "Dewi Lestari", "", "en", "Governance of the alliance is designed after all partners have joined, not before.", None),
    (None, None, "south", "sw", "Maamuzi yafanywe pamoja, si na mfadhili peke yake.", None),
    (None, "Thomas Bakker", "", "en", "Southern staff time is paid at the same rates for the same work.", None),
]
step2 = [
    (None, "Otieno Achieng", "", "en", "The ministry's framework allows Southern organisations to be lead applicant.", None),
    (None, "Aminata Diallo", "", "fr", "Les critères de sélection valorisent la légitimité locale plus que la taille du chiffre d'affaires.", None),
    (None, "Lucía Mamani", "", "es", "Modalidades de financiamiento definidas con los actores locales antes de publicar la convocatoria.", None),
    (None, "Thomas Bakker", "", "en", "Accountability rules accept locally designed reporting formats.", None),
    (None, None, "south", "en", "Calls for proposals are published in French, Spanish and Portuguese at the same time as in English.", None),
    (None, "Maria Santos", "", "pt", "Um fundo de risco partilhado entre o doador e os parceiros.", None),
]
step3 = [
    (None, "Sanne Jansen", "", "nl", "Samen met Haki Mashinani een voorstel voor het ministerie schrijven over direct funding.", None),
    (None, "Moussa Ndiaye", "", "fr", "Traduire la grille de sélection et la partager avec le réseau avant février.", None),
    (None, "Dewi Lestari", "", "en", "Run a power-awareness analysis of our own partnership every year.", None),
    (None, None, "north", "en", "Propose a Southern co-chair for the alliance's board.", None),
]

cluster_titles = {
    "agenda": ("Agendas set from the South", "#9bd0f5", "T03"),
    "money": ("Money that flows directly", "#a8e6a1", "T05"),
    "risk": ("Shared risk, simple accountability", "#f5b7b1", "T06"),
    "voice": ("Who speaks for the partnership", "#d7bde2", "T08"),
    "mindset": ("Mindset and learning both ways", "#fad7a0", "T10"),
}
clusters = []
for i, (key, (title, colour, _)) in enumerate(cluster_titles.items()):
    clusters.append(dict(id=uid("cluster-" + key), step=1, title=title, colour=colour,
                         x=float((i % 3) * 700), y=float((i // 3) * 520), collapsed=False))

ideas = []
minute = 0
for step, rows in ((1, step1), (2, step2), (3, step3)):
    loose = 0
    in_cluster = {}
    for n, (key, author, cons, lang, text, edited) in enumerate(rows):
        minute += 3
        if key:
            k = in_cluster.get(key, 0)
            in_cluster[key] = k + 1
            ci = list(cluster_titles).index(key)
            x, y = (ci % 3) * 700 + 20 + (k % 3) * 210, (ci // 3) * 520 + 50 + (k // 3) * 130
        else:
            x, y = (loose % 6) * 200, 1100 + (loose // 6) * 120 if step == 1 else (loose // 6) * 120
            loose += 1
        ideas.append(dict(
            id=uid("idea-%d-%d" % (step, n)), step=step, prompt_id=prompt_of[step],
            text=edited or text, original_text=text, language=lang, translation="", translation_language="",
            author_id=pid[author] if author else "", constituency=pcons[author] if author else cons,
            source="device" if author and n % 3 == 0 else ("offline_form" if not author else "facilitator"),
            created=t(minute), modified=t(minute + (5 if edited else 0)),
            cluster_id=uid("cluster-" + key) if key else "", merged_into="", hidden=False, revealed=True,
            x=float(x), y=float(y), language_confidence=100 if lang else 0))

# A duplicate merged into the first agenda idea, keeping its own words.
ideas.append(dict(ideas[0], id=uid("idea-dup"), text="Priorities come from communities first.",
                  original_text="Priorities come from communities first.", language="en",
                  author_id=pid["Otieno Achieng"], constituency="south", source="facilitator",
                  created=t(200), modified=t(200), cluster_id="", merged_into=ideas[0]["id"]))

tags = []
for key, (_, _, theme) in cluster_titles.items():
    tags.append(dict(id=uid("tag-c-" + key), target_id=uid("cluster-" + key), item_id=catalogue[theme]))
for key, factor in (("agenda", "F07"), ("money", "F03"), ("risk", "F05"), ("voice", "F14"), ("mindset", "F10")):
    tags.append(dict(id=uid("tag-f-" + key), target_id=uid("cluster-" + key), item_id=catalogue[factor]))

rounds = [dict(id=uid("round-1"), step=1, title="Which visions matter most?", target="clusters",
               dots_per_participant=3, max_per_item=2, open=False, created=t(120))]
ballots = {
    "Otieno Achieng": {"money": 2, "agenda": 1}, "Lucía Mamani": {"agenda": 2, "money": 1},
    "Mateo Quispe": {"money": 2, "risk": 1}, "Dewi Lestari": {"money": 1, "agenda": 1, "voice": 1},
    "Aminata Diallo": {"agenda": 2, "voice": 1}, "Moussa Ndiaye": {"risk": 2, "agenda": 1},
    "Sanne Jansen": {"mindset": 2, "voice": 1}, "Thomas Bakker": {"risk": 2, "mindset": 1},
    "Eva Visser": {"voice": 2, "mindset": 1}, "Maria Santos": {"voice": 1, "money": 1, "mindset": 1},
}
votes = []
for name, ballot in ballots.items():
    for key, dots in ballot.items():
        votes.append(dict(id=uid("vote-%s-%s" % (name, key)), round_id=rounds[0]["id"],
                          participant_id=pid[name], target_id=uid("cluster-" + key), dots=dots))

changes = [
    dict(id=uid("sc-lead"), title="Southern organisations can be lead applicant",
         target_actor="Ministry of Foreign Affairs", policy_element="Selection process",
         current_state="Only Dutch-registered organisations can hold the grant.",
         proposed_change="Open the lead-applicant role to Southern organisations, with a shared risk fund.",
         source_id=uid("cluster-money"), created=t(240)),
    dict(id=uid("sc-modalities"), title="Funding modalities co-designed with local actors",
         target_actor="Ministry of Foreign Affairs", policy_element="Funding modality",
         current_state="Modalities are fixed before partners are consulted.",
         proposed_change="A consultation round with Southern CSOs before each call is published.",
         source_id=uid("cluster-agenda"), created=t(250)),
    dict(id=uid("sc-reporting"), title="Locally designed accountability",
         target_actor="Alliance secretariat", policy_element="Accountability and risk rules",
         current_state="One reporting template in English for all partners.",
         proposed_change="Partners choose formats and languages; thresholds scale with grant size.",
         source_id=uid("cluster-risk"), created=t(260)),
]
actions = [
    dict(id=uid("act-1"), description="Draft a joint letter to the ministry on Southern lead applicants",
         owner_id=pid["Otieno Achieng"], co_owner_id=pid["Sanne Jansen"], due_date="2026-12-15",
         status="in_progress", origin="", created=t(300)),
    dict(id=uid("act-2"), description="Translate the selection criteria and share them in the network",
         owner_id=pid["Moussa Ndiaye"], co_owner_id=pid["Maria Santos"], due_date="2027-02-01",
         status="open", origin="", created=t(305)),
    dict(id=uid("act-3"), description="Pilot a locally designed reporting format with two partners",
         owner_id=pid["Lucía Mamani"], co_owner_id=pid["Thomas Bakker"], due_date="2027-03-31",
         status="open", origin="", created=t(310)),
    dict(id=uid("act-4"), description="Annual power-awareness analysis of the alliance",
         owner_id=pid["Dewi Lestari"], co_owner_id=pid["Eva Visser"], due_date="2027-06-30",
         status="open", origin="First envisioning workshop (2025)", created=t(315)),
]
links = []
for a, b in ((uid("cluster-money"), uid("sc-lead")), (uid("cluster-agenda"), uid("sc-modalities")),
             (uid("cluster-risk"), uid("sc-reporting")), (uid("sc-lead"), uid("act-1")),
             (uid("sc-modalities"), uid("act-2")), (uid("sc-reporting"), uid("act-3"))):
    links.append(dict(id=uid("link-%s-%s" % (a, b)), from_id=a, to_id=b))

out = dict(base)
out.update(workshop=[ws], prompts=prompts, organisations=orgs, participants=people, clusters=clusters,
           ideas=ideas, tags=tags, voting_rounds=rounds, votes=votes, system_changes=changes,
           actions=actions, links=links)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=4, sort_keys=True)
    f.write("\n")
