<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>pamoja::ActionModel</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both owners are %1; a Northern and a Southern co-owner share power better.</source>
        <translation>Beide eigenaren horen bij %1; een noordelijke en een zuidelijke mede-eigenaar delen de macht beter.</translation>
    </message>
    <message>
        <source>⚠ Same side</source>
        <translation>⚠ Zelfde kant</translation>
    </message>
    <message>
        <source>Write the due date as year-month-day, for example 2026-03-31.</source>
        <translation>Schrijf de uiterste datum als jaar-maand-dag, bijvoorbeeld 2026-03-31.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Mede-eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Systeemveranderingen</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Uit workshop</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
</context>
<context>
    <name>pamoja::BalanceMeter</name>
    <message>
        <source>Participation balance</source>
        <translation>Balans in deelname</translation>
    </message>
    <message>
        <source>%1: %2% of people, %3% of ideas, %4% of votes</source>
        <translation>%1: %2% van de mensen, %3% van de ideeën, %4% van de stemmen</translation>
    </message>
    <message>
        <source>⚠ %1 gave %2% of the ideas but are %3% of the people present.</source>
        <translation>⚠ %1: %2% van de ideeën, maar %3% van de aanwezigen.</translation>
    </message>
    <message>
        <source>⚠ %1 cast %2% of the votes but are %3% of the people present.</source>
        <translation>⚠ %1: %2% van de stemmen, maar %3% van de aanwezigen.</translation>
    </message>
    <message>
        <source>Southern CSO</source>
        <translation>Zuidelijke CSO</translation>
    </message>
    <message>
        <source>people</source>
        <translation>mensen</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideeën</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>stemmen</translation>
    </message>
    <message>
        <source>Mark participants as present to see the balance.</source>
        <translation>Markeer deelnemers als aanwezig om de balans te zien.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>pamoja::BallotModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>All dots</source>
        <translation>Alle stippen</translation>
    </message>
    <message>
        <source>Their dots</source>
        <translation>Eigen stippen</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardScene</name>
    <message numerus="yes">
        <source>Move %n idea(s) into cluster &quot;%1&quot;</source>
        <translation>
            <numerusform>%n idee naar cluster &quot;%1&quot; verplaatsen</numerusform>
            <numerusform>%n ideeën naar cluster &quot;%1&quot; verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a cluster</source>
        <translation>Cluster beginnen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>%n idee verplaatsen</numerusform>
            <numerusform>%n ideeën verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cluster &quot;%1&quot;</source>
        <translation>Cluster &quot;%1&quot; verplaatsen</translation>
    </message>
    <message>
        <source>Collapse or expand a cluster</source>
        <translation>Cluster in- of uitklappen</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Naam van cluster wijzigen in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Tekst van een idee bewerken</translation>
    </message>
    <message>
        <source>Change a cluster&apos;s colour</source>
        <translation>Kleur van een cluster wijzigen</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Selecteer twee of meer ideeën om samen te voegen.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicaat samenvoegen</numerusform>
            <numerusform>%n duplicaten samenvoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>%n idee verwijderen</numerusform>
            <numerusform>%n ideeën verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ideas and clusters</source>
        <translation>Ideeën en clusters verwijderen</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Groepering opheffen</translation>
    </message>
    <message>
        <source>Hide ideas</source>
        <translation>Ideeën verbergen</translation>
    </message>
    <message>
        <source>Show hidden ideas</source>
        <translation>Verborgen ideeën tonen</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n idea(s)</source>
        <translation>
            <numerusform>%n idee onthullen</numerusform>
            <numerusform>%n ideeën onthullen</numerusform>
        </translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Oorspronkelijke tekst: %1</translation>
    </message>
    <message>
        <source>Merged duplicates:</source>
        <translation>Samengevoegde duplicaten:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n idee</numerusform>
            <numerusform>%1: %n ideeën</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an idea that has merged duplicates.</source>
        <translation>Selecteer een idee met samengevoegde duplicaten.</translation>
    </message>
    <message numerus="yes">
        <source>Separate %n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicaat loskoppelen</numerusform>
            <numerusform>%n duplicaten loskoppelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge cluster &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Cluster &quot;%1&quot; samenvoegen met &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardStyle</name>
    <message>
        <source>South</source>
        <translation>Zuid</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Noord</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardView</name>
    <message>
        <source>Board of ideas</source>
        <translation>Ideeënbord</translation>
    </message>
    <message>
        <source>Revealed ideas</source>
        <translation>Onthulde ideeën</translation>
    </message>
    <message>
        <source>Notes and clusters. Arrow keys move between notes, Enter edits, Delete removes. The outline view shows the same ideas as a list.</source>
        <translation>Notities en clusters. Met de pijltoetsen ga je van notitie naar notitie, Enter bewerkt, Delete verwijdert. De lijstweergave toont dezelfde ideeën onder elkaar.</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>Duplicaten &amp;samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Group into Cluster</source>
        <translation>&amp;Groeperen in cluster</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>Groepering op&amp;heffen</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster</source>
        <translation>&amp;Naam van cluster wijzigen</translation>
    </message>
    <message>
        <source>&amp;Collapse or Expand Cluster</source>
        <translation>Cluster in- of &amp;uitklappen</translation>
    </message>
    <message>
        <source>&amp;Hide from Presenter View</source>
        <translation>Verbergen in &amp;presentatieweergave</translation>
    </message>
    <message>
        <source>Show &amp;Original Words</source>
        <translation>&amp;Oorspronkelijke tekst tonen</translation>
    </message>
    <message>
        <source>These ideas keep their original words.</source>
        <translation>Deze ideeën behouden hun oorspronkelijke tekst.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Kleur %1</translation>
    </message>
    <message>
        <source>&amp;Separate Duplicates</source>
        <translation>Duplicaten &amp;loskoppelen</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardWidget</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Onthullen</translation>
    </message>
    <message>
        <source>Ideas held back by private writing</source>
        <translation>Ideeën die door privé schrijven nog verborgen blijven</translation>
    </message>
    <message>
        <source>Reveal the hidden ideas</source>
        <translation>De verborgen ideeën onthullen</translation>
    </message>
    <message>
        <source>Show every idea of this step that private writing still holds back</source>
        <translation>Alle ideeën van deze stap tonen die door privé schrijven nog verborgen blijven</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n verborgen</numerusform>
            <numerusform>%n verborgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::CaptureBar</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Typ een idee en druk op Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>Enter adds the idea to the active prompt; the cursor stays here.</source>
        <translation>Enter voegt het idee toe aan de actieve vraag; de cursor blijft hier staan.</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Ingebracht door</translation>
    </message>
    <message>
        <source>Who contributed the idea; anonymous stores no author</source>
        <translation>Wie het idee heeft ingebracht; bij anoniem wordt geen auteur opgeslagen</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Het idee toevoegen</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Idee toevoegen</translation>
    </message>
</context>
<context>
    <name>pamoja::Catalogue</name>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rollen en verantwoordelijkheden</translation>
    </message>
    <message>
        <source>Partnership building</source>
        <translation>Partnerschappen opbouwen</translation>
    </message>
    <message>
        <source>Agenda and strategy</source>
        <translation>Agenda en strategie</translation>
    </message>
    <message>
        <source>Decision-making</source>
        <translation>Besluitvorming</translation>
    </message>
    <message>
        <source>Resources and finance</source>
        <translation>Middelen en financiering</translation>
    </message>
    <message>
        <source>Risk sharing</source>
        <translation>Risico&apos;s delen</translation>
    </message>
    <message>
        <source>Accountability and learning</source>
        <translation>Verantwoording en leren</translation>
    </message>
    <message>
        <source>Communication and representation</source>
        <translation>Communicatie en vertegenwoordiging</translation>
    </message>
    <message>
        <source>Community-led development</source>
        <translation>Ontwikkeling onder leiding van gemeenschappen</translation>
    </message>
    <message>
        <source>Mindset and culture</source>
        <translation>Denkwijze en cultuur</translation>
    </message>
    <message>
        <source>Information advantage in calls for proposals</source>
        <translation>Informatievoorsprong bij subsidieoproepen</translation>
    </message>
    <message>
        <source>The lead applicant claims the final say</source>
        <translation>De penvoerder eist het laatste woord op</translation>
    </message>
    <message>
        <source>Money flows through Northern intermediaries</source>
        <translation>Geld loopt via noordelijke tussenpartijen</translation>
    </message>
    <message>
        <source>The donor fixes funding modalities before local actors have a say</source>
        <translation>De donor legt de financieringsvormen vast voordat lokale actoren iets te zeggen hebben</translation>
    </message>
    <message>
        <source>Risk judged from the donor&apos;s side and pushed down the chain</source>
        <translation>Risico wordt vanuit de donor beoordeeld en verderop in de keten afgewenteld</translation>
    </message>
    <message>
        <source>Upward accountability, thresholds and reporting standards</source>
        <translation>Opwaartse verantwoording, drempels en rapportagestandaarden</translation>
    </message>
    <message>
        <source>Agendas and theories of change set in the North</source>
        <translation>Agenda&apos;s en veranderingstheorieën worden in het Noorden bepaald</translation>
    </message>
    <message>
        <source>Governance designed before all partners have joined</source>
        <translation>Bestuursstructuur ontworpen voordat alle partners zich hebben aangesloten</translation>
    </message>
    <message>
        <source>Partnership rules written unilaterally by the Northern party</source>
        <translation>Regels voor het partnerschap eenzijdig opgesteld door de noordelijke partij</translation>
    </message>
    <message>
        <source>Habits, mindsets and inherited perceptions of Southern capacity</source>
        <translation>Gewoonten, denkpatronen en overgeërfde beelden van de capaciteit in het Zuiden</translation>
    </message>
    <message>
        <source>Short cycles, deadlines and workload leave no room to co-create</source>
        <translation>Korte cycli, deadlines en werkdruk laten geen ruimte voor cocreatie</translation>
    </message>
    <message>
        <source>Rigid monitoring and evaluation decide whose evidence counts</source>
        <translation>Rigide monitoring en evaluatie bepalen wiens bewijs telt</translation>
    </message>
    <message>
        <source>Control of information, knowledge and language</source>
        <translation>Controle over informatie, kennis en taal</translation>
    </message>
    <message>
        <source>The Northern partner speaks for the partnership</source>
        <translation>De noordelijke partner spreekt namens het partnerschap</translation>
    </message>
    <message>
        <source>One-way capacity strengthening defined by the North</source>
        <translation>Capaciteitsversterking in één richting, bepaald door het Noorden</translation>
    </message>
    <message>
        <source>Weak downward accountability to communities</source>
        <translation>Zwakke neerwaartse verantwoording aan gemeenschappen</translation>
    </message>
    <message>
        <source>Competition among Northern CSOs for the same fund</source>
        <translation>Concurrentie tussen noordelijke maatschappelijke organisaties om hetzelfde fonds</translation>
    </message>
    <message>
        <source>Regular power-awareness analysis with follow-up actions</source>
        <translation>Regelmatige analyse van machtsverhoudingen, met vervolgacties</translation>
    </message>
    <message>
        <source>Transparent governance reflecting the network&apos;s diversity</source>
        <translation>Transparant bestuur dat de diversiteit van het netwerk weerspiegelt</translation>
    </message>
    <message>
        <source>Shared information and mutual capacity strengthening</source>
        <translation>Gedeelde informatie en wederzijdse capaciteitsversterking</translation>
    </message>
    <message>
        <source>A culture of open discussion about power</source>
        <translation>Een cultuur waarin macht openlijk wordt besproken</translation>
    </message>
    <message>
        <source>Change several formal rules together, aligned with stated values</source>
        <translation>Meerdere formele regels tegelijk aanpassen, in lijn met de uitgesproken waarden</translation>
    </message>
    <message>
        <source>Two-way due diligence and mutual accountability</source>
        <translation>Due diligence in twee richtingen en wederzijdse verantwoording</translation>
    </message>
    <message>
        <source>Locally designed accountability, a wider notion of risk, simpler compliance</source>
        <translation>Lokaal ontworpen verantwoording, een breder risicobegrip, eenvoudiger nalevingseisen</translation>
    </message>
    <message>
        <source>Decentralised leadership and rights-holders on advisory boards</source>
        <translation>Gedecentraliseerd leiderschap en rechthebbenden in adviesraden</translation>
    </message>
    <message>
        <source>Participatory monitoring, evaluation and learning</source>
        <translation>Participatieve monitoring, evaluatie en leren</translation>
    </message>
    <message>
        <source>Northern and Southern co-facilitation of power conversations</source>
        <translation>Gesprekken over macht samen begeleid door Noord en Zuid</translation>
    </message>
    <message>
        <source>Northern members invited together with a Southern counterpart</source>
        <translation>Noordelijke leden uitgenodigd samen met een zuidelijke tegenhanger</translation>
    </message>
    <message>
        <source>Organisation-level self-assessment and a shared library of methods</source>
        <translation>Zelfevaluatie op organisatieniveau en een gedeelde bibliotheek van methoden</translation>
    </message>
    <message>
        <source>Resources entrusted directly to Southern actors</source>
        <translation>Middelen rechtstreeks toevertrouwd aan zuidelijke actoren</translation>
    </message>
    <message>
        <source>Pamoja derived list v1 (not the working group&apos;s official list)</source>
        <translation>Afgeleide lijst van Pamoja v1 (niet de officiële lijst van de werkgroep)</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Catalogue of themes, factors and measures</source>
        <translation>Catalogus van thema&apos;s, factoren en maatregelen</translation>
    </message>
    <message>
        <source>Kind of entries</source>
        <translation>Soort items</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factoren</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Corrigerende maatregelen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Catalogusitems</translation>
    </message>
    <message>
        <source>Name of the new entry</source>
        <translation>Naam van het nieuwe item</translation>
    </message>
    <message>
        <source>New entry name</source>
        <translation>Naam van nieuw item</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Item toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Item verwijderen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export the catalogue as JSON</source>
        <translation>De catalogus als JSON exporteren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a catalogue from JSON</source>
        <translation>Een catalogus uit JSON importeren</translation>
    </message>
    <message>
        <source>Add catalogue entry &quot;%1&quot;</source>
        <translation>Catalogusitem &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Remove catalogue entry</source>
        <translation>Catalogusitem verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used on %n idea(s), cluster(s) or change(s). Remove it and its tags?</source>
        <translation>
            <numerusform>&quot;%1&quot; wordt gebruikt bij %n idee, cluster of verandering. Het item en de bijbehorende labels verwijderen?</numerusform>
            <numerusform>&quot;%1&quot; wordt gebruikt bij %n ideeën, clusters of veranderingen. Het item en de bijbehorende labels verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove catalogue entry &quot;%1&quot;</source>
        <translation>Catalogusitem &quot;%1&quot; verwijderen</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Catalogus exporteren</translation>
    </message>
    <message>
        <source>catalogue.json</source>
        <translation>catalogus.json</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Catalogus (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Catalogus importeren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogus geïmporteerd</translation>
    </message>
    <message>
        <source>%1 entries added, %2 updated.</source>
        <translation>%1 items toegevoegd, %2 bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueJson</name>
    <message>
        <source>This is not a catalogue Pamoja can read: %1</source>
        <translation>Dit is geen catalogus die Pamoja kan lezen: %1</translation>
    </message>
    <message>
        <source>the file is larger than 4 MB.</source>
        <translation>het bestand is groter dan 4 MB.</translation>
    </message>
    <message>
        <source>it is not valid JSON.</source>
        <translation>het is geen geldige JSON.</translation>
    </message>
    <message>
        <source>the format is not &quot;pamoja-catalogue&quot;.</source>
        <translation>het formaat is niet &quot;pamoja-catalogue&quot;.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Pamoja.</source>
        <translation>het is geschreven door een nieuwere versie van Pamoja.</translation>
    </message>
    <message>
        <source>it has no list of items.</source>
        <translation>het bevat geen lijst met items.</translation>
    </message>
    <message>
        <source>it has more than %1 items.</source>
        <translation>het bevat meer dan %1 items.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>%1 has no valid kind.</source>
        <translation>%1 heeft geen geldige soort.</translation>
    </message>
    <message>
        <source>%1 has no valid code.</source>
        <translation>%1 heeft geen geldige code.</translation>
    </message>
    <message>
        <source>%1 has an invalid %2.</source>
        <translation>%1 heeft een ongeldig veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 heeft geen naam.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>de code %1 komt twee keer voor.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueModel</name>
    <message>
        <source>Edit catalogue entry</source>
        <translation>Catalogusitem bewerken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Gaat factoren tegen</translation>
    </message>
    <message>
        <source>Countered by</source>
        <translation>Tegengegaan door</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
</context>
<context>
    <name>pamoja::Cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation>
            <numerusform>%n bestandsargument verwacht; zie --help.</numerusform>
            <numerusform>%n bestandsargumenten verwacht; zie --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>Create a new workshop file.</source>
        <translation>Een nieuw workshopbestand aanmaken.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>De titel van de workshop.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The workshop file to create (.pamoja).</source>
        <translation>Het aan te maken workshopbestand (.pamoja).</translation>
    </message>
    <message>
        <source>Add a participant to a workshop.</source>
        <translation>Een deelnemer aan een workshop toevoegen.</translation>
    </message>
    <message>
        <source>Name or alias.</source>
        <translation>Naam of alias.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Organisation (created when new).</source>
        <translation>Organisatie (wordt aangemaakt als die nog niet bestaat).</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>south, north, donor or other.</source>
        <translation>south, north, donor of other.</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>achterban</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Land.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>Language code, e.g. fr.</source>
        <translation>Taalcode, bijv. fr.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>participant (default), facilitator or observer.</source>
        <translation>participant (standaard), facilitator of observer.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>The participant agrees to be named in outputs.</source>
        <translation>De deelnemer geeft toestemming om in de uitvoer bij naam genoemd te worden.</translation>
    </message>
    <message>
        <source>The workshop file.</source>
        <translation>Het workshopbestand.</translation>
    </message>
    <message>
        <source>--role must be participant, facilitator or observer.</source>
        <translation>--role moet participant, facilitator of observer zijn.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Deelnemer %1 toevoegen</translation>
    </message>
    <message>
        <source>Add an idea to a workshop; prints the new idea&apos;s id.</source>
        <translation>Een idee aan een workshop toevoegen; toont de id van het nieuwe idee.</translation>
    </message>
    <message>
        <source>envision, change or action.</source>
        <translation>envision, change of action.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>The idea&apos;s text.</source>
        <translation>De tekst van het idee.</translation>
    </message>
    <message>
        <source>Name of the contributing participant.</source>
        <translation>Naam van de deelnemer die het idee inbrengt.</translation>
    </message>
    <message>
        <source>Store no author (the default without --participant).</source>
        <translation>Geen auteur opslaan (standaard zonder --participant).</translation>
    </message>
    <message>
        <source>For anonymous ideas: the constituency it comes from.</source>
        <translation>Voor anonieme ideeën: de achterban waar het idee vandaan komt.</translation>
    </message>
    <message>
        <source>Language code of the text.</source>
        <translation>Taalcode van de tekst.</translation>
    </message>
    <message>
        <source>--step must be envision, change or action.</source>
        <translation>--step moet envision, change of action zijn.</translation>
    </message>
    <message>
        <source>use either --participant or --anonymous, not both.</source>
        <translation>gebruik --participant of --anonymous, niet allebei.</translation>
    </message>
    <message>
        <source>--constituency is only for anonymous ideas; a participant&apos;s own is used.</source>
        <translation>--constituency is alleen voor anonieme ideeën; voor een deelnemer geldt diens eigen achterban.</translation>
    </message>
    <message>
        <source>there is no participant called &quot;%1&quot;; add them first.</source>
        <translation>er is geen deelnemer met de naam &quot;%1&quot;; voeg die eerst toe.</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Idee toevoegen</translation>
    </message>
    <message>
        <source>Show a summary of a workshop.</source>
        <translation>Een samenvatting van een workshop tonen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON uitvoeren in plaats van tekst.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation>
            <numerusform>  %1: %n idee</numerusform>
            <numerusform>  %1: %n ideeën</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and balance (people / ideas / votes):</source>
        <translation>Deelnemers en balans (mensen / ideeën / stemmen):</translation>
    </message>
    <message>
        <source>  (under-represented)</source>
        <translation>  (ondervertegenwoordigd)</translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation>
            <numerusform>  %n anoniem idee zonder achterban</numerusform>
            <numerusform>  %n anonieme ideeën zonder achterban</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Uitvoerformaat: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Papierformaat: a4 of letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>onbekend formaat &quot;%1&quot;; gebruik een van %2.</translation>
    </message>
    <message>
        <source>Import a pamoja-workshop JSON export into a workshop (created when it does not exist).</source>
        <translation>Een JSON-export (pamoja-workshop) in een workshop importeren (die wordt aangemaakt als hij nog niet bestaat).</translation>
    </message>
    <message>
        <source>The JSON export to import.</source>
        <translation>De te importeren JSON-export.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export.</source>
        <translation>%1 is te groot voor een Pamoja-workshopexport.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation>
            <numerusform>%n item geïmporteerd; %1 al aanwezig.</numerusform>
            <numerusform>%n items geïmporteerd; %1 al aanwezig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a workshop file&apos;s integrity and schema version.</source>
        <translation>De integriteit en schemaversie van een workshopbestand controleren.</translation>
    </message>
    <message>
        <source>the file has problems: %1</source>
        <translation>het bestand heeft problemen: %1</translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok: schemaversie %1, %n item in de geschiedenis</numerusform>
            <numerusform>ok: schemaversie %1, %n items in de geschiedenis</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export a workshop: a report (pdf, odt, html, md), its tables (csv, xlsx), its data (json) or its board (png, svg).</source>
        <translation>Een workshop exporteren: een verslag (pdf, odt, html, md), de tabellen (csv, xlsx), de gegevens (json) of het bord (png, svg).</translation>
    </message>
    <message>
        <source>Output file. For csv, OUT.csv gives OUT-ideas.csv, OUT-votes.csv and OUT-actions.csv.</source>
        <translation>Uitvoerbestand. Bij csv levert UITVOER.csv de bestanden UITVOER-ideas.csv, UITVOER-votes.csv en UITVOER-actions.csv op.</translation>
    </message>
    <message>
        <source>Report language: en, nl, fr, es or pt (default: the workshop&apos;s main language).</source>
        <translation>Taal van het verslag: en, nl, fr, es of pt (standaard: de hoofdtaal van de workshop).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation>PDF/A-1b schrijven (PDF voor archivering).</translation>
    </message>
    <message>
        <source>Add the facilitator intervention log as an appendix.</source>
        <translation>Het logboek van ingrepen door de facilitator als bijlage toevoegen.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper moet a4 of letter zijn.</translation>
    </message>
    <message>
        <source>Usage: pamoja [FILE]                      start the application
       pamoja new FILE --title TEXT
       pamoja participant add FILE --name NAME --constituency south|north|donor|other
                              [--org ORG] [--country C] [--lang L] [--role R] [--consent]
       pamoja idea add FILE --step envision|change|action --text TEXT
                       [--participant NAME | --anonymous] [--lang L]
       pamoja info FILE [--json]
       pamoja export FILE --format pdf|odt|html|md|csv|xlsx|json|png|svg -o OUT
                          [--lang en|nl|fr|es|pt] [--paper a4|letter] [--pdfa] [--interventions]
       pamoja import FILE IN.json
       pamoja check FILE
Each command takes --help.</source>
        <translation>Gebruik: pamoja [BESTAND]                   start de toepassing
         pamoja new BESTAND --title TEKST
         pamoja participant add BESTAND --name NAAM --constituency south|north|donor|other
                                [--org ORG] [--country LAND] [--lang TAAL] [--role ROL] [--consent]
         pamoja idea add BESTAND --step envision|change|action --text TEKST
                         [--participant NAAM | --anonymous] [--lang TAAL]
         pamoja info BESTAND [--json]
         pamoja export BESTAND --format pdf|odt|html|md|csv|xlsx|json|png|svg -o UITVOER
                               [--lang en|nl|fr|es|pt] [--paper a4|letter] [--pdfa] [--interventions]
         pamoja import BESTAND IN.json
         pamoja check BESTAND
Elke opdracht heeft een eigen --help.</translation>
    </message>
</context>
<context>
    <name>pamoja::Constituency</name>
    <message>
        <source>Southern CSO</source>
        <translation>Zuidelijke CSO</translation>
    </message>
    <message>
        <source>Northern CSO</source>
        <translation>Noordelijke CSO</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>pamoja::Document</name>
    <message>
        <source>Create workshop</source>
        <translation>Workshop aanmaken</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Deze workshop is alleen-lezen geopend; de wijziging is niet doorgevoerd.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Kan &quot;%1&quot; niet ongedaan maken: %2</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Er is niets om opnieuw te doen.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Kan &quot;%1&quot; niet opnieuw doen: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Edits</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>Een idee heeft tekst nodig.</translation>
    </message>
    <message>
        <source>An idea can be at most 4000 characters long.</source>
        <translation>Een idee mag hoogstens 4000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>Er is geen stap %1.</translation>
    </message>
    <message>
        <source>That prompt does not exist.</source>
        <translation>Die vraag bestaat niet.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Die deelnemer bestaat niet.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Onbekende achterban &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nieuw cluster</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Een deelnemer heeft een naam of alias nodig.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Onbekende achterban &quot;%1&quot;; gebruik south, north, donor of other.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Er is al een deelnemer met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That voting round does not exist.</source>
        <translation>Die stemronde bestaat niet.</translation>
    </message>
    <message>
        <source>The voting round &quot;%1&quot; is closed.</source>
        <translation>De stemronde &quot;%1&quot; is gesloten.</translation>
    </message>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation>
            <numerusform>Elk item kan van één persoon hoogstens %n stip krijgen.</numerusform>
            <numerusform>Elk item kan van één persoon hoogstens %n stippen krijgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dots left in this round.</source>
        <translation>%1 heeft in deze ronde geen stippen meer over.</translation>
    </message>
</context>
<context>
    <name>pamoja::Exchange</name>
    <message>
        <source>The file is too large to be a Pamoja workshop export.</source>
        <translation>Het bestand is te groot voor een Pamoja-workshopexport.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Het bestand is geen geldige JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export.</source>
        <translation>Het bestand is geen Pamoja-workshopexport.</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Het bestand is geen Pamoja-workshopexport (het &quot;format&quot; is niet &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The export has no valid format version.</source>
        <translation>De export heeft geen geldige formaatversie.</translation>
    </message>
    <message>
        <source>The export was written by a newer Pamoja (format version %1; this one reads up to %2).</source>
        <translation>De export is geschreven door een nieuwere Pamoja (formaatversie %1; deze versie leest tot en met %2).</translation>
    </message>
    <message>
        <source>The export has no &quot;%1&quot; list.</source>
        <translation>De export heeft geen lijst &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; moet een lijst zijn.</translation>
    </message>
    <message>
        <source>The export holds more than one workshop.</source>
        <translation>De export bevat meer dan één workshop.</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>Item %2 in %1</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is geen object.</translation>
    </message>
    <message>
        <source>%1 has no valid id.</source>
        <translation>%1 heeft geen geldige id.</translation>
    </message>
    <message>
        <source>%1 repeats the id %2.</source>
        <translation>%1 herhaalt de id %2.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 heeft een onbekend veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; has the wrong type.</source>
        <translation>%1: veld &quot;%2&quot; heeft het verkeerde type.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is too long (more than %3 characters).</source>
        <translation>%1: veld &quot;%2&quot; is te lang (meer dan %3 tekens).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export has an unknown section &quot;%1&quot;.</source>
        <translation>De export heeft een onbekende sectie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 refers to something that is not in the export (%2 = %3).</source>
        <translation>Een item (%1) verwijst naar iets wat niet in de export staat (%2 = %3).</translation>
    </message>
</context>
<context>
    <name>pamoja::Export</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-verslag</translation>
    </message>
    <message>
        <source>Editable document (ODT)</source>
        <translation>Bewerkbaar document (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV: ideas, votes, actions)</source>
        <translation>Spreadsheettabellen (CSV: ideeën, stemmen, acties)</translation>
    </message>
    <message>
        <source>Spreadsheet workbook (XLSX)</source>
        <translation>Spreadsheetwerkmap (XLSX)</translation>
    </message>
    <message>
        <source>Workshop data for Pamoja (JSON)</source>
        <translation>Workshopgegevens voor Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Board as an image (PNG)</source>
        <translation>Bord als afbeelding (PNG)</translation>
    </message>
    <message>
        <source>Board as a drawing (SVG)</source>
        <translation>Bord als tekening (SVG)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Onbekend exportformaat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Er is geen uitvoerbestand opgegeven.</translation>
    </message>
    <message>
        <source>Reports come in %1, not &quot;%2&quot;.</source>
        <translation>Verslagen zijn beschikbaar in %1, niet in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The paper size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>Het papierformaat moet a4 of letter zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>no output file was given.</source>
        <translation>er is geen uitvoerbestand opgegeven.</translation>
    </message>
    <message>
        <source>Cannot create the OpenDocument text.</source>
        <translation>Kan de OpenDocument-tekst niet aanmaken.</translation>
    </message>
    <message>
        <source>The PDF writer produced no output.</source>
        <translation>De PDF-schrijver heeft geen uitvoer opgeleverd.</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>Kan niet beginnen met het tekenen van het verslag.</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>Kan het tekenen van het verslag niet voltooien.</translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet.</source>
        <translation>Kan de spreadsheet niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot put the PDF together: %1</source>
        <translation>Kan de PDF niet samenstellen: %1</translation>
    </message>
    <message>
        <source>a page is missing from one of its parts.</source>
        <translation>er ontbreekt een pagina in een van de delen.</translation>
    </message>
    <message>
        <source>Cannot start the threads that draw the report.</source>
        <translation>Kan de threads die het rapport tekenen niet starten.</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Taal van het verslag:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Prompts, clusters and ideas</source>
        <translation>Vragen, clusters en ideeën</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Stemresultaten</translation>
    </message>
    <message>
        <source>System changes and their links</source>
        <translation>Systeemveranderingen en hun koppelingen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Balans in deelname</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Dekking van de factoren</translation>
    </message>
    <message>
        <source>Appendix: facilitator intervention log</source>
        <translation>Bijlage: logboek van ingrepen door de facilitator</translation>
    </message>
    <message>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>PDF voor archivering (PDF/A-1b)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Afdruk&amp;voorbeeld...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Writes three files: %1</source>
        <translation>Schrijft drie bestanden: %1</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporteren als</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Bezig met exporteren...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ingreep</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryPanel</name>
    <message>
        <source>Which changes to show</source>
        <translation>Welke wijzigingen worden getoond</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle wijzigingen</translation>
    </message>
    <message>
        <source>Facilitator interventions</source>
        <translation>Ingrepen van de facilitator</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <source>Show &amp;earlier state</source>
        <translation>&amp;Eerdere toestand tonen</translation>
    </message>
    <message>
        <source>Show what the selected change replaced</source>
        <translation>Tonen wat de geselecteerde wijziging heeft vervangen</translation>
    </message>
    <message>
        <source>Earlier state</source>
        <translation>Eerdere toestand</translation>
    </message>
    <message>
        <source>Select a change to see what it replaced.</source>
        <translation>Selecteer een wijziging om te zien wat die heeft vervangen.</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, door %2: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::Interventions</name>
    <message>
        <source>edit</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>vote reset</source>
        <translation>stemmen gewist</translation>
    </message>
    <message>
        <source>anonymity change</source>
        <translation>anonimiteit gewijzigd</translation>
    </message>
    <message>
        <source>%1 %2: did not exist before.</source>
        <translation>%1 %2: bestond nog niet.</translation>
    </message>
    <message>
        <source>%1 %2 was: %3</source>
        <translation>%1 %2 was: %3</translation>
    </message>
    <message>
        <source>%1 %2 (removed) was: %3</source>
        <translation>%1 %2 (verwijderd) was: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::Main</name>
    <message>
        <source>pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no display.
</source>
        <translation>pamoja: geen beeldscherm gevonden. Start het programma op een desktop, onder een virtueel beeldscherm (xvfb-run pamoja BESTAND) of met QT_QPA_PLATFORM=offscreen om zonder beeldscherm te starten. De subopdrachten (pamoja help) hebben geen beeldscherm nodig.
</translation>
    </message>
    <message>
        <source>Envisioning workshops, together.</source>
        <translation>Samen een visie vormen, in workshops.</translation>
    </message>
    <message>
        <source>A workshop file to open.</source>
        <translation>Een workshopbestand om te openen.</translation>
    </message>
</context>
<context>
    <name>pamoja::MainWindow</name>
    <message>
        <source>Pamoja</source>
        <translation>Pamoja</translation>
    </message>
    <message>
        <source>Read-only: this workshop is open in another Pamoja or cannot be written. You can look, but changes cannot be made here.</source>
        <translation>Alleen-lezen: deze workshop is geopend in een andere Pamoja of kan niet worden beschreven. Je kunt alles bekijken, maar hier niets wijzigen.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Melding alleen-lezen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>De melding sluiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Open a workshop or create a new one to begin. You can also drop a .pamoja file here.</source>
        <translation>Open een workshop of maak een nieuwe om te beginnen. Je kunt ook een .pamoja-bestand hierheen slepen.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Open Workshop…</source>
        <translation>Workshop &amp;openen…</translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation>Een nieuwe workshop maken</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Een workshopbestand openen</translation>
    </message>
    <message>
        <source>Board or outline</source>
        <translation>Bord of lijst</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Bord</translation>
    </message>
    <message>
        <source>Ou&amp;tline</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Ideeën zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Ideeën zoeken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [alleen-lezen]</translation>
    </message>
    <message>
        <source>%1 — Pamoja</source>
        <translation>%1 — Pamoja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Een &amp;kopie opslaan…</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation>Workshop &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Find Ideas</source>
        <translation>Ideeën &amp;zoeken</translation>
    </message>
    <message>
        <source>Capture an &amp;Idea</source>
        <translation>Een idee &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Step &amp;%1</source>
        <translation>Stap &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>&amp;Presentatieweergave</translation>
    </message>
    <message>
        <source>Show the prompt, timer and revealed ideas in a second window for the room</source>
        <translation>De vraag, de timer en de onthulde ideeën in een tweede venster voor de zaal tonen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nelen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;Private Writing</source>
        <translation>&amp;Privé schrijven</translation>
    </message>
    <message>
        <source>New ideas stay hidden from the board until you reveal them</source>
        <translation>Nieuwe ideeën blijven verborgen op het bord tot je ze onthult</translation>
    </message>
    <message>
        <source>&amp;Reveal Hidden Ideas</source>
        <translation>Verborgen ideeën &amp;onthullen</translation>
    </message>
    <message>
        <source>Start or Pause the &amp;Timer</source>
        <translation>Timer &amp;starten of pauzeren</translation>
    </message>
    <message>
        <source>R&amp;eset the Timer</source>
        <translation>Timer &amp;terugzetten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Pamoja</source>
        <translation>&amp;Over Pamoja</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnie&amp;uw: %1</translation>
    </message>
    <message>
        <source>Turn private writing on</source>
        <translation>Privé schrijven inschakelen</translation>
    </message>
    <message>
        <source>Turn private writing off</source>
        <translation>Privé schrijven uitschakelen</translation>
    </message>
    <message>
        <source>About Pamoja</source>
        <translation>Over Pamoja</translation>
    </message>
    <message>
        <source>Pamoja %1: envisioning workshops for balanced partnerships between Northern and Southern civil-society organisations.</source>
        <translation>Pamoja %1: visieworkshops voor evenwichtige partnerschappen tussen noordelijke en zuidelijke maatschappelijke organisaties.</translation>
    </message>
    <message>
        <source>Workshop in Use</source>
        <translation>Workshop in gebruik</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but not change it.</source>
        <translation>%1

Alleen-lezen openen? Je kunt alles bekijken, maar niets wijzigen.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Workshop openen</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja);;All files (*)</source>
        <translation>Pamoja-workshops (*.pamoja);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopie</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Pamoja-workshops (*.pamoja)</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Er is een kopie opgeslagen als %1.</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Geen recente workshops</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Workshop Settings…</source>
        <translation>&amp;Workshopinstellingen…</translation>
    </message>
</context>
<context>
    <name>pamoja::NewWorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titel van de workshop</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Workshopbestand</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the workshop file</source>
        <translation>Het workshopbestand kiezen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>Workshop File</source>
        <translation>Workshopbestand</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Pamoja-workshops (*.pamoja)</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineModel</name>
    <message numerus="yes">
        <source>%1 (%n idea(s))</source>
        <translation>
            <numerusform>%1 (%n idee)</numerusform>
            <numerusform>%1 (%n ideeën)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster (%n idea(s))</source>
        <translation>
            <numerusform>Niet in een cluster (%n idee)</numerusform>
            <numerusform>Niet in een cluster (%n ideeën)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas not yet in a cluster</source>
        <translation>Ideeën die nog niet in een cluster zitten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n idee</numerusform>
            <numerusform>%1: %n ideeën</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [hidden from the presenter view]</source>
        <translation>%1 [verborgen in de presentatieweergave]</translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Oorspronkelijke tekst: %1</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Naam van cluster wijzigen in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Tekst van een idee bewerken</translation>
    </message>
    <message>
        <source>Clusters and ideas</source>
        <translation>Clusters en ideeën</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s) to another cluster</source>
        <translation>
            <numerusform>%n idee naar een ander cluster verplaatsen</numerusform>
            <numerusform>%n ideeën naar een ander cluster verplaatsen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineView</name>
    <message>
        <source>Outline of clusters and ideas</source>
        <translation>Lijst van clusters en ideeën</translation>
    </message>
    <message>
        <source>Each cluster with its ideas. Drag ideas onto another cluster to move them; F2 renames.</source>
        <translation>Elk cluster met zijn ideeën. Sleep ideeën naar een ander cluster om ze te verplaatsen; met F2 wijzig je de naam.</translation>
    </message>
</context>
<context>
    <name>pamoja::OverviewPage</name>
    <message>
        <source>Workshop overview</source>
        <translation>Overzicht van de workshop</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its overview.</source>
        <translation>Open of maak een workshop om het overzicht te zien.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Not yet revealed</source>
        <translation>Nog niet onthuld</translation>
    </message>
    <message>
        <source>System changes: %1 · Actions: %2 · Participants: %3</source>
        <translation>Systeemveranderingen: %1 · Acties: %2 · Deelnemers: %3</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Balans in deelname</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Achterban</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>few ideas</source>
        <translation>weinig ideeën</translation>
    </message>
    <message>
        <source>few votes</source>
        <translation>weinig stemmen</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous idea(s) without a constituency are not counted above.</source>
        <translation>
            <numerusform>%n anoniem idee zonder achterban is hierboven niet meegeteld.</numerusform>
            <numerusform>%n anonieme ideeën zonder achterban zijn hierboven niet meegeteld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Panels</name>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantModel</name>
    <message>
        <source>may be named</source>
        <translation>mag genoemd worden</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>niet bij naam</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Deelnemer %1 bewerken</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Naam of alias</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Achterban</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Mag genoemd worden</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Name or alias of a new participant</source>
        <translation>Naam of alias van een nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Naam of alias</translation>
    </message>
    <message>
        <source>Constituency of the new participant</source>
        <translation>Achterban van de nieuwe deelnemer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the current participant</source>
        <translation>De huidige deelnemer verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>Import a roster from a CSV file</source>
        <translation>Een deelnemerslijst uit een CSV-bestand importeren</translation>
    </message>
    <message>
        <source>Balance warnings</source>
        <translation>Waarschuwingen over de balans</translation>
    </message>
    <message>
        <source>Participation balance (this step)</source>
        <translation>Balans in deelname (deze stap)</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Deelnemer %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Deelnemer %1 verwijderen</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Deelnemerslijst importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanEdits</name>
    <message>
        <source>A system change needs a title.</source>
        <translation>Een systeemverandering heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The vision this change was made from no longer exists.</source>
        <translation>De visie waaruit deze verandering is voortgekomen, bestaat niet meer.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Een actie heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <source>Unknown action status &quot;%1&quot;.</source>
        <translation>Onbekende actiestatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Die deelnemer bestaat niet.</translation>
    </message>
    <message>
        <source>That system change does not exist.</source>
        <translation>Die systeemverandering bestaat niet.</translation>
    </message>
    <message>
        <source>Earlier workshop</source>
        <translation>Eerdere workshop</translation>
    </message>
    <message>
        <source>Unknown catalogue kind &quot;%1&quot;.</source>
        <translation>Onbekende catalogussoort &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A catalogue entry needs a name.</source>
        <translation>Een catalogusitem heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The code %1 is already in use.</source>
        <translation>De code %1 is al in gebruik.</translation>
    </message>
    <message>
        <source>Added by the facilitator</source>
        <translation>Toegevoegd door de facilitator</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanPanel</name>
    <message>
        <source>System changes and action plan</source>
        <translation>Systeemveranderingen en actieplan</translation>
    </message>
    <message>
        <source>Step 2: System changes</source>
        <translation>Stap 2: Systeemveranderingen</translation>
    </message>
    <message>
        <source>Step 3: Action plan</source>
        <translation>Stap 3: Actieplan</translation>
    </message>
    <message>
        <source>Link vision to system change</source>
        <translation>Visie aan systeemverandering koppelen</translation>
    </message>
    <message>
        <source>Unlink vision from system change</source>
        <translation>Visie van systeemverandering loskoppelen</translation>
    </message>
    <message>
        <source>Link factor to system change</source>
        <translation>Factor aan systeemverandering koppelen</translation>
    </message>
    <message>
        <source>Unlink factor from system change</source>
        <translation>Factor van systeemverandering loskoppelen</translation>
    </message>
    <message>
        <source>Link action to system change</source>
        <translation>Actie aan systeemverandering koppelen</translation>
    </message>
    <message>
        <source>Unlink action from system change</source>
        <translation>Actie van systeemverandering loskoppelen</translation>
    </message>
    <message>
        <source>Vision to start a system change from</source>
        <translation>Visie als vertrekpunt voor een systeemverandering</translation>
    </message>
    <message>
        <source>Create &amp;from vision</source>
        <translation>Maken &amp;vanuit visie</translation>
    </message>
    <message>
        <source>Create a system change from the chosen vision</source>
        <translation>Een systeemverandering maken vanuit de gekozen visie</translation>
    </message>
    <message>
        <source>Title of a new system change</source>
        <translation>Titel van een nieuwe systeemverandering</translation>
    </message>
    <message>
        <source>What must change in the system?</source>
        <translation>Wat moet er in het systeem veranderen?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add a system change</source>
        <translation>Een systeemverandering toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove the current system change</source>
        <translation>De huidige systeemverandering verwijderen</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Systeemveranderingen</translation>
    </message>
    <message>
        <source>Visions this change serves</source>
        <translation>Visies die deze verandering dient</translation>
    </message>
    <message>
        <source>Factors this change counters</source>
        <translation>Factoren die deze verandering tegengaat</translation>
    </message>
    <message>
        <source>Serves &amp;visions:</source>
        <translation>Dient vi&amp;sies:</translation>
    </message>
    <message>
        <source>Counters fac&amp;tors:</source>
        <translation>Gaat &amp;factoren tegen:</translation>
    </message>
    <message>
        <source>Description of a new action</source>
        <translation>Beschrijving van een nieuwe actie</translation>
    </message>
    <message>
        <source>What will we do?</source>
        <translation>Wat gaan we doen?</translation>
    </message>
    <message>
        <source>System change the new action serves</source>
        <translation>Systeemverandering die de nieuwe actie dient</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>&amp;Actie toevoegen</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Een actie toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove the current action</source>
        <translation>De huidige actie verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import open actions…</source>
        <translation>Open acties &amp;importeren…</translation>
    </message>
    <message>
        <source>Import open actions from an earlier workshop</source>
        <translation>Open acties uit een eerdere workshop importeren</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>System changes this action serves</source>
        <translation>Systeemveranderingen die deze actie dient</translation>
    </message>
    <message>
        <source>Serves s&amp;ystem changes:</source>
        <translation>Dient s&amp;ysteemveranderingen:</translation>
    </message>
    <message>
        <source>(no system change yet)</source>
        <translation>(nog geen systeemverandering)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idee: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n action(s) have both owners on the same side (North or South).</source>
        <translation>
            <numerusform>⚠ %n actie heeft beide eigenaren aan dezelfde kant (Noord of Zuid).</numerusform>
            <numerusform>⚠ %n acties hebben beide eigenaren aan dezelfde kant (Noord of Zuid).</numerusform>
        </translation>
    </message>
    <message>
        <source>System change from &quot;%1&quot;</source>
        <translation>Systeemverandering vanuit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add system change &quot;%1&quot;</source>
        <translation>Systeemverandering &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Remove system change</source>
        <translation>Systeemverandering verwijderen</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Actie &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Pamoja-workshops (*.pamoja)</translation>
    </message>
    <message>
        <source>Choose an earlier workshop, not the one that is open.</source>
        <translation>Kies een eerdere workshop, niet de workshop die nu open is.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n open action(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>%n open actie uit &quot;%1&quot; importeren</numerusform>
            <numerusform>%n open acties uit &quot;%1&quot; importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions imported</source>
        <translation>Open acties geïmporteerd</translation>
    </message>
    <message>
        <source>%1 open actions imported from &quot;%2&quot;; %3 were already here.</source>
        <translation>%1 open acties geïmporteerd uit &quot;%2&quot;; %3 waren er al.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterWindow</name>
    <message>
        <source>Pamoja — Presenter view</source>
        <translation>Pamoja — Presentatieweergave</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentatieweergave</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
</context>
<context>
    <name>pamoja::PromptEdit</name>
    <message>
        <source>Prompt</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>The guiding question for this step. Edit it and press Enter to save.</source>
        <translation>De leidende vraag voor deze stap. Pas de vraag aan en druk op Enter om op te slaan.</translation>
    </message>
</context>
<context>
    <name>pamoja::PromptHeader</name>
    <message>
        <source>Active prompt</source>
        <translation>Actieve vraag</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>Add a prompt to this step</source>
        <translation>Een vraag aan deze stap toevoegen</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>De vraag bewerken</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>A further question for this step</source>
        <translation>Een extra vraag voor deze stap</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Vraag toevoegen</translation>
    </message>
</context>
<context>
    <name>pamoja::Record</name>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 has a wrong type or form.</source>
        <translation>Veld &quot;%2&quot; van %1 heeft een verkeerd type of een verkeerde vorm.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 heeft een onbekend veld &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>pamoja::Report</name>
    <message>
        <source>Workshop report</source>
        <translation>Workshopverslag</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Report generated by Pamoja on %1</source>
        <translation>Verslag gemaakt met Pamoja op %1</translation>
    </message>
    <message>
        <source>When it took place</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Hoe we bijeenkwamen</translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation>Gefaciliteerd door</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Werktalen</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wie er meededen</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Achterban</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Named with their consent</source>
        <translation>Met toestemming bij naam genoemd</translation>
    </message>
    <message>
        <source>nobody asked to be named</source>
        <translation>niemand heeft gevraagd om bij naam genoemd te worden</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiek</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>Hybride (fysiek en online)</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchroon</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leidende vragen</translation>
    </message>
    <message>
        <source>Clusters of ideas</source>
        <translation>Clusters van ideeën</translation>
    </message>
    <message>
        <source>Ideas outside any cluster</source>
        <translation>Ideeën buiten de clusters</translation>
    </message>
    <message>
        <source>No ideas were recorded in this step.</source>
        <translation>In deze stap zijn geen ideeën vastgelegd.</translation>
    </message>
    <message>
        <source>Original words</source>
        <translation>Oorspronkelijke tekst</translation>
    </message>
    <message>
        <source>Edited by the facilitator</source>
        <translation>Bewerkt door de facilitator</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Ingebracht door</translation>
    </message>
    <message>
        <source>Anonymous contribution</source>
        <translation>Anonieme bijdrage</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Niet bij naam genoemd</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Factors of imbalance</source>
        <translation>Factoren van onevenwichtigheid</translation>
    </message>
    <message>
        <source>Merged duplicates, in their own words</source>
        <translation>Samengevoegde duplicaten, in hun eigen woorden</translation>
    </message>
    <message>
        <source>Ideas hidden by the facilitator and not shown: %1</source>
        <translation>Ideeën die de facilitator heeft verborgen en die hier niet staan: %1</translation>
    </message>
    <message>
        <source>Ideas came from</source>
        <translation>Herkomst van de ideeën</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Stemresultaten</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Stemronde</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Weighting of the votes</source>
        <translation>Weging van de stemmen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Idea or cluster</source>
        <translation>Idee of cluster</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Uitgebrachte stippen</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewogen score</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Stemmers</translation>
    </message>
    <message>
        <source>Constituencies disagree</source>
        <translation>Achterbannen denken verschillend</translation>
    </message>
    <message>
        <source>Items marked with ◆ were ranked very differently by the constituencies; they are kept here instead of being averaged away.</source>
        <translation>Items met ◆ zijn door de achterbannen heel verschillend gerangschikt; ze blijven hier staan in plaats van te worden weggemiddeld.</translation>
    </message>
    <message>
        <source>Not broken down, to protect who voted what (fewer than %1 voters): %2</source>
        <translation>Niet uitgesplitst, om te beschermen wie wat heeft gestemd (minder dan %1 stemmers): %2</translation>
    </message>
    <message>
        <source>No votes were cast in this round.</source>
        <translation>In deze ronde is niet gestemd.</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Alle achterbannen</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Systeemveranderingen</translation>
    </message>
    <message>
        <source>Who must change</source>
        <translation>Wie moet veranderen</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Beleidsonderdeel</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Voorgestelde verandering</translation>
    </message>
    <message>
        <source>Made possible by the vision</source>
        <translation>Mogelijk gemaakt door de visie</translation>
    </message>
    <message>
        <source>Brought about by the actions</source>
        <translation>Tot stand gebracht door de acties</translation>
    </message>
    <message>
        <source>No system changes were recorded.</source>
        <translation>Er zijn geen systeemveranderingen vastgelegd.</translation>
    </message>
    <message>
        <source>From vision to system change to action</source>
        <translation>Van visie via systeemverandering naar actie</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Visie</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Systeemverandering</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Geplande actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Mede-eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Huidige status</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>Overgenomen uit</translation>
    </message>
    <message>
        <source>No actions were recorded.</source>
        <translation>Er zijn geen acties vastgelegd.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Balans in deelname</translation>
    </message>
    <message>
        <source>Share of people present</source>
        <translation>Aandeel in de aanwezigen</translation>
    </message>
    <message>
        <source>Share of ideas</source>
        <translation>Aandeel in de ideeën</translation>
    </message>
    <message>
        <source>Share of votes</source>
        <translation>Aandeel in de stemmen</translation>
    </message>
    <message>
        <source>under-represented</source>
        <translation>ondervertegenwoordigd</translation>
    </message>
    <message>
        <source>Anonymous ideas without a constituency: %1</source>
        <translation>Anonieme ideeën zonder achterban: %1</translation>
    </message>
    <message>
        <source>Each constituency&apos;s share of ideas and votes, against its share of the people present.</source>
        <translation>Het aandeel van elke achterban in de ideeën en stemmen, afgezet tegen haar aandeel in de aanwezigen.</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Dekking van de factoren</translation>
    </message>
    <message>
        <source>Factor of imbalance</source>
        <translation>Factor van onevenwichtigheid</translation>
    </message>
    <message>
        <source>How many ideas, clusters and system changes of each step were tagged with each factor.</source>
        <translation>Hoeveel ideeën, clusters en systeemveranderingen van elke stap met elke factor zijn gelabeld.</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Hele workshop</translation>
    </message>
    <message>
        <source>Appendix: facilitator interventions</source>
        <translation>Bijlage: ingrepen van de facilitator</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Door wie</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Dots given</source>
        <translation>Gegeven stippen</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Afgesproken acties</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
</context>
<context>
    <name>pamoja::ResultsModel</name>
    <message>
        <source>%1 gave it %2% of their dots</source>
        <translation>%1 gaf er %2% van de eigen stippen aan</translation>
    </message>
    <message>
        <source>Constituencies rank this item very differently: %1. The gap is kept visible instead of being averaged away.</source>
        <translation>De achterbannen rangschikken dit item heel verschillend: %1. Het verschil blijft zichtbaar in plaats van te worden weggemiddeld.</translation>
    </message>
    <message>
        <source>⚠ Diverges</source>
        <translation>⚠ Loopt uiteen</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Uitgebrachte stippen</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Ruw</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewogen</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergentie</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterCsv</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>achterban</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>A row has more than %1 columns or a field longer than %2 characters; is this a roster?</source>
        <translation>Een rij heeft meer dan %1 kolommen of een veld van meer dan %2 tekens; is dit wel een deelnemerslijst?</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller rosters.</source>
        <translation>Het bestand heeft meer dan %1 rijen; splits het op in kleinere deelnemerslijsten.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote; quotes inside a field must be doubled (&quot;&quot;).</source>
        <translation>Regel %1: tekst na een afsluitend aanhalingsteken; aanhalingstekens binnen een veld moeten dubbel staan (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Regel %1: een veld tussen aanhalingstekens wordt nergens afgesloten.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a roster is much smaller. Is this the right file?</source>
        <translation>Het bestand is groter dan 1 MB; een deelnemerslijst is veel kleiner. Is dit het juiste bestand?</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file contains binary data; save the roster as CSV (UTF-8).</source>
        <translation>Het bestand bevat binaire gegevens; sla de deelnemerslijst op als CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the roster as &quot;CSV UTF-8&quot;.</source>
        <translation>Het bestand is geen UTF-8-tekst; sla de deelnemerslijst op als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>De kolom &quot;%1&quot; komt twee keer voor in de kopregel.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and is ignored.</source>
        <translation>De kolom &quot;%1&quot; is onbekend en wordt genegeerd.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least a &quot;name&quot; column.</source>
        <translation>De eerste regel moet de kolommen benoemen, met ten minste een kolom &quot;naam&quot;.</translation>
    </message>
    <message>
        <source>The file has a header but no participants.</source>
        <translation>Het bestand heeft een kopregel maar geen deelnemers.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) more than the header has.</source>
        <translation>
            <numerusform>%n veld meer dan de kopregel heeft.</numerusform>
            <numerusform>%n velden meer dan de kopregel heeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Het veld &quot;%1&quot; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Het veld &quot;%1&quot; bevat stuurtekens.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>De naam ontbreekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on the roster.</source>
        <translation>&quot;%1&quot; staat al op de deelnemerslijst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the file.</source>
        <translation>&quot;%1&quot; komt twee keer voor in het bestand.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Onbekende achterban &quot;%1&quot;; gebruik south, north, donor of other.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use facilitator, participant or observer.</source>
        <translation>Onbekende rol &quot;%1&quot;; gebruik facilitator, participant of observer.</translation>
    </message>
    <message>
        <source>Consent must be yes or no, not &quot;%1&quot;.</source>
        <translation>Toestemming moet ja of nee zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Present must be yes or no, not &quot;%1&quot;.</source>
        <translation>Aanwezig moet ja of nee zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>De deelnemerslijst heeft %n probleem; er is niets geïmporteerd.</numerusform>
            <numerusform>De deelnemerslijst heeft %n problemen; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterEdits</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Die deelnemer bestaat niet.</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Een deelnemer heeft een naam of alias nodig.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>Een naam mag hoogstens 200 tekens lang zijn.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Er is al een deelnemer met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Onbekende achterban &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Onbekende rol &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has contributed ideas, votes or actions; mark them as not present instead.</source>
        <translation>%1 heeft ideeën, stemmen of acties ingebracht; markeer deze persoon in plaats daarvan als niet aanwezig.</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterImportDialog</name>
    <message>
        <source>Import roster: %1</source>
        <translation>Deelnemerslijst importeren: %1</translation>
    </message>
    <message>
        <source>Import a participant roster</source>
        <translation>Een deelnemerslijst importeren</translation>
    </message>
    <message>
        <source>Preview of the roster</source>
        <translation>Voorbeeld van de deelnemerslijst</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the participants</source>
        <translation>De deelnemers importeren</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) read; %1 problem(s) must be fixed in the file first. Nothing will be imported.</source>
        <translation>
            <numerusform>%n deelnemer gelezen; los eerst de problemen in het bestand op (aantal: %1). Er wordt niets geïmporteerd.</numerusform>
            <numerusform>%n deelnemers gelezen; los eerst de problemen in het bestand op (aantal: %1). Er wordt niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ready to import.</source>
        <translation>
            <numerusform>%n deelnemer klaar om te importeren.</numerusform>
            <numerusform>%n deelnemers klaar om te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer importeren</numerusform>
            <numerusform>%n deelnemers importeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::RosterPreviewModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Achterban</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Mag genoemd worden</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>pamoja::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeemtaal volgen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Taal van de &amp;interface:</translation>
    </message>
    <message>
        <source>A new language applies the next time Pamoja starts.</source>
        <translation>Een andere taal wordt actief wanneer Pamoja de volgende keer start.</translation>
    </message>
</context>
<context>
    <name>pamoja::Step</name>
    <message>
        <source>1 Envision</source>
        <translation>1 Visie vormen</translation>
    </message>
    <message>
        <source>2 System change</source>
        <translation>2 Systeemverandering</translation>
    </message>
    <message>
        <source>3 Action</source>
        <translation>3 Actie</translation>
    </message>
    <message>
        <source>Imagine a balanced power relationship between Northern and Southern CSOs. What does it look like, and how could it come about?</source>
        <translation>Stel je een evenwichtige machtsverhouding voor tussen noordelijke en zuidelijke maatschappelijke organisaties. Hoe ziet die eruit, en hoe zou die tot stand kunnen komen?</translation>
    </message>
    <message>
        <source>What has to change in the system (donor frameworks, selection processes, funding modalities, accountability and risk rules, ...) for that picture to become real?</source>
        <translation>Wat moet er in het systeem veranderen (donorkaders, selectieprocedures, financieringsvormen, regels voor verantwoording en risico, ...) om dat beeld werkelijkheid te laten worden?</translation>
    </message>
    <message>
        <source>What will we do to bring that change about?</source>
        <translation>Wat gaan we doen om die verandering tot stand te brengen?</translation>
    </message>
</context>
<context>
    <name>pamoja::SystemChangeModel</name>
    <message>
        <source>Edit system change</source>
        <translation>Systeemverandering bewerken</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Systeemverandering</translation>
    </message>
    <message>
        <source>Target actor</source>
        <translation>Wie moet veranderen</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Beleidsonderdeel</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Voorgestelde verandering</translation>
    </message>
    <message>
        <source>Serves visions</source>
        <translation>Dient visies</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Gaat factoren tegen</translation>
    </message>
</context>
<context>
    <name>pamoja::TagModel</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Labelen met %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Label %1 verwijderen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>pamoja::TagsPanel</name>
    <message>
        <source>Themes and factors</source>
        <translation>Thema&apos;s en factoren</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toekennen</translation>
    </message>
    <message>
        <source>Apply the tag to the selected ideas or clusters</source>
        <translation>Het label toekennen aan de geselecteerde ideeën of clusters</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the tag from the selected ideas or clusters</source>
        <translation>Het label van de geselecteerde ideeën of clusters verwijderen</translation>
    </message>
    <message>
        <source>&amp;Filter board</source>
        <translation>Bord &amp;filteren</translation>
    </message>
    <message>
        <source>Show only ideas carrying this tag</source>
        <translation>Alleen ideeën met dit label tonen</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation>Het labelfilter wissen</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catalogus…</translation>
    </message>
    <message>
        <source>Edit themes, factors and measures</source>
        <translation>Thema&apos;s, factoren en maatregelen bewerken</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n item geselecteerd.</numerusform>
            <numerusform>%n items geselecteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas or clusters on the board to tag them.</source>
        <translation>Selecteer ideeën of clusters op het bord om ze te labelen.</translation>
    </message>
    <message>
        <source>The board shows only &quot;%1&quot;.</source>
        <translation>Het bord toont alleen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Labelen met %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Label %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>pamoja::TimerWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Timer length</source>
        <translation>Duur van de timer</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>De timer starten of pauzeren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>De timer terugzetten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>De timer pauzeren</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>De timer starten</translation>
    </message>
</context>
<context>
    <name>pamoja::Validation</name>
    <message>
        <source>Field &quot;%2&quot; of %1 cannot be &quot;%3&quot;; use one of: %4.</source>
        <translation>Veld &quot;%2&quot; van %1 mag niet &quot;%3&quot; zijn; gebruik een van: %4.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 must be between %3 and %4.</source>
        <translation>Veld &quot;%2&quot; van %1 moet tussen %3 en %4 liggen.</translation>
    </message>
</context>
<context>
    <name>pamoja::Voting</name>
    <message>
        <source>One person, one vote</source>
        <translation>Eén persoon, één stem</translation>
    </message>
    <message>
        <source>One organisation, one vote</source>
        <translation>Eén organisatie, één stem</translation>
    </message>
    <message>
        <source>Equal weight per constituency</source>
        <translation>Gelijk gewicht per achterban</translation>
    </message>
</context>
<context>
    <name>pamoja::VotingPanel</name>
    <message>
        <source>Title of the new round</source>
        <translation>Titel van de nieuwe ronde</translation>
    </message>
    <message>
        <source>e.g. Most important visions</source>
        <translation>bijv. Belangrijkste visies</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Stippen per deelnemer</translation>
    </message>
    <message>
        <source>Most dots one person can give one item</source>
        <translation>Maximaal aantal stippen dat één persoon aan één item kan geven</translation>
    </message>
    <message>
        <source>What participants vote on</source>
        <translation>Waarop deelnemers stemmen</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation>Ronde &amp;openen</translation>
    </message>
    <message>
        <source>Open a new voting round</source>
        <translation>Een nieuwe stemronde openen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Stippen per persoon:</translation>
    </message>
    <message>
        <source>&amp;Max per item:</source>
        <translation>&amp;Max. per item:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>Stemmen o&amp;p:</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Stemronde</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>Ronde s&amp;luiten</translation>
    </message>
    <message>
        <source>Close or reopen the round</source>
        <translation>De ronde sluiten of heropenen</translation>
    </message>
    <message>
        <source>Reset &amp;votes…</source>
        <translation>Stemmen &amp;wissen…</translation>
    </message>
    <message>
        <source>Remove every vote of the round</source>
        <translation>Alle stemmen van de ronde verwijderen</translation>
    </message>
    <message>
        <source>Participant whose dots are recorded</source>
        <translation>Deelnemer van wie de stippen worden vastgelegd</translation>
    </message>
    <message>
        <source>Items to vote on; click to add a dot</source>
        <translation>Items om op te stemmen; klik om een stip toe te voegen</translation>
    </message>
    <message>
        <source>&amp;+ Dot</source>
        <translation>&amp;+ Stip</translation>
    </message>
    <message>
        <source>Add a dot to the current item</source>
        <translation>Een stip aan het huidige item toevoegen</translation>
    </message>
    <message>
        <source>&amp;− Dot</source>
        <translation>&amp;− Stip</translation>
    </message>
    <message>
        <source>Remove a dot from the current item</source>
        <translation>Een stip van het huidige item verwijderen</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Resterende stippen</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Deelnemer:</translation>
    </message>
    <message>
        <source>Weighting of the results</source>
        <translation>Weging van de resultaten</translation>
    </message>
    <message>
        <source>Results of the round</source>
        <translation>Resultaten van de ronde</translation>
    </message>
    <message>
        <source>How to read the results</source>
        <translation>Zo lees je de resultaten</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>W&amp;eging:</translation>
    </message>
    <message>
        <source>Weighting: %1</source>
        <translation>Weging: %1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (gesloten)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Re&amp;open round</source>
        <translation>Ronde &amp;heropenen</translation>
    </message>
    <message>
        <source>%1 of %2 dots left for %3.</source>
        <translation>Nog %1 van %2 stippen over voor %3.</translation>
    </message>
    <message>
        <source>Add participants to record their dots.</source>
        <translation>Voeg deelnemers toe om hun stippen vast te leggen.</translation>
    </message>
    <message>
        <source>Open a round to start voting.</source>
        <translation>Open een ronde om te beginnen met stemmen.</translation>
    </message>
    <message>
        <source>Raw: dots as cast. Weighted: %1, scaled so the totals stay comparable.</source>
        <translation>Ruw: de uitgebrachte stippen. Gewogen: %1, geschaald zodat de totalen vergelijkbaar blijven.</translation>
    </message>
    <message>
        <source>Constituencies with fewer than %1 voters are not shown separately, to protect who voted what.</source>
        <translation>Achterbannen met minder dan %1 stemmers worden niet apart getoond, om te beschermen wie wat heeft gestemd.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</source>
        <translation>
            <numerusform>⚠ %n item loopt uiteen: de achterbannen gaven het aandelen van hun stippen die %1 procentpunten of meer verschillen. Wijs het aan met de muis voor details.</numerusform>
            <numerusform>⚠ %n items lopen uiteen: de achterbannen gaven ze aandelen van hun stippen die %1 procentpunten of meer verschillen. Wijs ze aan met de muis voor details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>Open voting round &quot;%1&quot;</source>
        <translation>Stemronde &quot;%1&quot; openen</translation>
    </message>
    <message>
        <source>Reopen voting round &quot;%1&quot;</source>
        <translation>Stemronde &quot;%1&quot; heropenen</translation>
    </message>
    <message>
        <source>Close voting round &quot;%1&quot;</source>
        <translation>Stemronde &quot;%1&quot; sluiten</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Stemmen wissen</translation>
    </message>
    <message>
        <source>Remove every vote of &quot;%1&quot;? The reset is logged and can be undone.</source>
        <translation>Alle stemmen van &quot;%1&quot; verwijderen? Het wissen wordt vastgelegd en kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Reset votes of &quot;%1&quot;</source>
        <translation>Stemmen van &quot;%1&quot; wissen</translation>
    </message>
    <message>
        <source>Dot from %1</source>
        <translation>Stip van %1</translation>
    </message>
    <message>
        <source>Dot removed for %1</source>
        <translation>Stip verwijderd voor %1</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopData</name>
    <message>
        <source>A change names no %1.</source>
        <translation>Een wijziging (%1) heeft geen id.</translation>
    </message>
    <message>
        <source>That %1 already exists.</source>
        <translation>Dit object (%1) bestaat al.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Dit object (%1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>That %1 was changed in the meantime.</source>
        <translation>Dit object (%1) is inmiddels gewijzigd.</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopSettingsDialog</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>Workshopinstellingen</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titel van de workshop</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiek</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchroon</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Vor&amp;m:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>e.g. en,fr,es</source>
        <translation>bijv. en,fr,es</translation>
    </message>
    <message>
        <source>Language codes separated by commas; the first is the main language.</source>
        <translation>Taalcodes, gescheiden door komma&apos;s; de eerste is de hoofdtaal.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Ta&amp;len:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>F&amp;acilitators:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimiteit</translation>
    </message>
    <message>
        <source>Participants choose per contribution</source>
        <translation>Deelnemers kiezen per bijdrage</translation>
    </message>
    <message>
        <source>Every contribution is named</source>
        <translation>Elke bijdrage is op naam</translation>
    </message>
    <message>
        <source>Every contribution is anonymous</source>
        <translation>Elke bijdrage is anoniem</translation>
    </message>
    <message>
        <source>A&amp;nonymity:</source>
        <translation>A&amp;nonimiteit:</translation>
    </message>
    <message>
        <source>Default vote weighting</source>
        <translation>Standaardweging van de stemmen</translation>
    </message>
    <message>
        <source>&amp;Vote weighting:</source>
        <translation>Stem&amp;weging:</translation>
    </message>
    <message>
        <source>&amp;Private writing: new ideas stay hidden until revealed</source>
        <translation>&amp;Privé schrijven: nieuwe ideeën blijven verborgen tot ze worden onthuld</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Privé schrijven</translation>
    </message>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Open of maak eerst een workshop.</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Een workshop heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag valt vóór de eerste dag.</translation>
    </message>
    <message>
        <source>Change anonymity from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Anonimiteit wijzigen van &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Change workshop settings</source>
        <translation>Workshopinstellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopStore</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is not writable.</source>
        <translation>Kan %1 niet aanmaken: de map bestaat niet of is niet beschrijfbaar.</translation>
    </message>
    <message>
        <source>%1 is being created by another program.</source>
        <translation>%1 wordt door een ander programma aangemaakt.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 is geen leesbaar bestand.</translation>
    </message>
    <message>
        <source>%1 is not a Pamoja workshop file.</source>
        <translation>%1 is geen Pamoja-workshopbestand.</translation>
    </message>
    <message>
        <source>%1 cannot be written here; open it read-only.</source>
        <translation>Er kan hier niet naar %1 worden geschreven; open het alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 is open in another Pamoja (process %2 on %3); close it there first. Nothing was changed.</source>
        <translation>%1 is geopend in een andere Pamoja (proces %2 op %3); sluit het daar eerst. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Pamoja workshop file.</source>
        <translation>%1 is beschadigd of geen Pamoja-workshopbestand.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pamoja workshop file.</source>
        <translation>%1 is een SQLite-database, maar geen Pamoja-workshopbestand.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Pamoja (file version %2; this one reads up to %3). Update Pamoja to open it; the file was not changed.</source>
        <translation>%1 is geschreven door een nieuwere Pamoja (bestandsversie %2; deze versie leest tot en met %3). Werk Pamoja bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged (the database check failed). Use a backup copy; the file was not changed.</source>
        <translation>%1 is beschadigd (de databasecontrole is mislukt). Gebruik een reservekopie; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>%1 is geschreven door een oudere Pamoja en moet worden bijgewerkt; open het met schrijfrechten.</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation>Kan %1 niet voorbereiden: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>Kan vóór het bijwerken geen reservekopie van %1 maken: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was; a backup is at %3.</source>
        <translation>Kan %1 niet bijwerken: %2. Het bestand is ongewijzigd gebleven; er staat een reservekopie in %3.</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Deze workshop is alleen-lezen geopend; de wijziging is niet doorgevoerd.</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Kan het opslaan niet starten: %1</translation>
    </message>
    <message>
        <source>The change could not be saved and was not made: %1</source>
        <translation>De wijziging kon niet worden opgeslagen en is niet doorgevoerd: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: the %1 is missing from the file.</source>
        <translation>De wijziging kon niet worden opgeslagen: het object (%1) ontbreekt in het bestand.</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Kies een andere bestandsnaam voor de kopie.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Table %1 refers to a missing row in %2.</source>
        <translation>Tabel %1 verwijst naar een ontbrekende rij in %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its tables are missing. Use a backup copy; the file was not changed.</source>
        <translation>%1 is beschadigd: een deel van de tabellen ontbreekt. Gebruik een reservekopie; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Could not read the %1 table of %2: %3</source>
        <translation>Kan de tabel %1 van %2 niet lezen: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::Workspace</name>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Open of maak eerst een workshop.</translation>
    </message>
</context>
</TS>
