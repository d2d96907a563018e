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
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>%n item iets verschuiven</numerusform>
            <numerusform>%n items iets verschuiven</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Als gecontroleerd markeren</translation>
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
    <message>
        <source>Mark as Re&amp;viewed</source>
        <translation>Als gecontroleerd &amp;markeren</translation>
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
    <message>
        <source>it has no valid version.</source>
        <translation>het heeft geen geldige versie.</translation>
    </message>
    <message>
        <source>%1 has invalid keywords.</source>
        <translation>%1 heeft ongeldige trefwoorden.</translation>
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
    <message>
        <source>Keywords (%1)</source>
        <translation>Trefwoorden (%1)</translation>
    </message>
</context>
<context>
    <name>pamoja::ChangeSet</name>
    <message>
        <source>The change log is not readable: %1</source>
        <translation>Het wijzigingslogboek is niet leesbaar: %1</translation>
    </message>
    <message>
        <source>it is not a list of changes.</source>
        <translation>het is geen lijst van wijzigingen.</translation>
    </message>
    <message>
        <source>change %1 is not an object.</source>
        <translation>wijziging %1 is geen object.</translation>
    </message>
    <message>
        <source>change %1 is of an unknown kind &quot;%2&quot;.</source>
        <translation>wijziging %1 is van een onbekende soort &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>change %1 has an unknown operation &quot;%2&quot;.</source>
        <translation>wijziging %1 heeft een onbekende bewerking &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>change %1 has no valid id.</source>
        <translation>wijziging %1 heeft geen geldige id.</translation>
    </message>
    <message>
        <source>change %1 has a &quot;%2&quot; that is not an object.</source>
        <translation>wijziging %1 heeft een &quot;%2&quot; die geen object is.</translation>
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
        <source>The workshop&apos;s title.</source>
        <translation>De titel van de workshop.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
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
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok: schemaversie %1, %n item in de geschiedenis</numerusform>
            <numerusform>ok: schemaversie %1, %n items in de geschiedenis</numerusform>
        </translation>
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
        <source>%1 does not exist; ideas are imported into an existing workshop (pamoja new).</source>
        <translation>%1 bestaat niet; ideeën worden in een bestaande workshop geïmporteerd (pamoja new).</translation>
    </message>
    <message>
        <source>--step must be envision, change or action (or 1, 2, 3).</source>
        <translation>--step moet envision, change of action zijn (of 1, 2, 3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from %1; nothing was changed.</source>
        <translation>
            <numerusform>Zou %n idee uit %1 importeren; er is niets gewijzigd.</numerusform>
            <numerusform>Zou %n ideeën uit %1 importeren; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from %1.</source>
        <translation>
            <numerusform>%n idee geïmporteerd uit %1.</numerusform>
            <numerusform>%n ideeën geïmporteerd uit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas: the step they go to unless the file names one (envision, change, action; default: the active step).</source>
        <translation>Ideeën: de stap waar ze naartoe gaan, tenzij het bestand er een noemt (envision, change, action; standaard: de actieve stap).</translation>
    </message>
    <message>
        <source>Reveal ideas</source>
        <translation>Ideeën onthullen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Open voting round</source>
        <translation>Stemronde openen</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Stemronde sluiten</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use reveal, pause, resume, round open [DOTS [MAX]] or round close.</source>
        <translation>onbekende opdracht &quot;%1&quot;; gebruik reveal, pause, resume, round open [DOTS [MAX]] of round close.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Let participants join a workshop from their own phones, without the window. Prints the join address and code on the first line; Ctrl+C stops.</source>
        <translation>Deelnemers met hun eigen telefoon aan een workshop laten meedoen, zonder het venster. Toont het deelnameadres en de code op de eerste regel; Ctrl+C stopt.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1; 0.0.0.0 for every network).</source>
        <translation>Het adres om op te luisteren (standaard 127.0.0.1; 0.0.0.0 voor elk netwerk).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>The port (default: any free port).</source>
        <translation>De poort (standaard: een willekeurige vrije poort).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>The join code (default: a new random code).</source>
        <translation>De deelnamecode (standaard: een nieuwe willekeurige code).</translation>
    </message>
    <message>
        <source>The address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed.</source>
        <translation>Het adres van een reverse proxy waarvan de headers X-Forwarded-For en X-Forwarded-Proto worden vertrouwd.</translation>
    </message>
    <message>
        <source>The address participants use when a proxy is in front, e.g. https://workshop.example.org/.</source>
        <translation>Het adres dat deelnemers gebruiken als er een proxy voor staat, bijv. https://workshop.example.org/.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Hold participants&apos; ideas until a facilitator approves them (in the window).</source>
        <translation>Ideeën van deelnemers vasthouden tot een facilitator ze goedkeurt (in het venster).</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 0.0.0.0 or 192.168.1.10.</source>
        <translation>--bind heeft een IP-adres nodig, zoals 0.0.0.0 of 192.168.1.10.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port moet een getal van 0 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address.</source>
        <translation>--trusted-proxy heeft een IP-adres nodig.</translation>
    </message>
    <message>
        <source>could not set up signal handling.</source>
        <translation>kan de signaalafhandeling niet instellen.</translation>
    </message>
    <message>
        <source>Join at %1 with code %2</source>
        <translation>Doe mee via %1 met code %2</translation>
    </message>
    <message>
        <source>Stopped; every acknowledged contribution is saved.</source>
        <translation>Gestopt; elke bevestigde bijdrage is opgeslagen.</translation>
    </message>
    <message>
        <source>Check a workshop file: the database&apos;s integrity, the schema version and the workshop&apos;s own rules.</source>
        <translation>Controleer een workshopbestand: de integriteit van de database, de schemaversie en de eigen regels van de workshop.</translation>
    </message>
    <message numerus="yes">
        <source>pamoja: %1 has %n problem(s):</source>
        <translation>
            <numerusform>pamoja: %1 heeft %n probleem:</numerusform>
            <numerusform>pamoja: %1 heeft %n problemen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... en nog %n.</numerusform>
            <numerusform>  ... en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see pamoja help</source>
        <translation>onbekende opdracht &quot;%1&quot;; zie pamoja help</translation>
    </message>
    <message>
        <source>Opens the quick-capture window on a workshop: one line per idea, Enter saves it.</source>
        <translation>Opent het snelinvoervenster op een workshop: één regel per idee, Enter slaat het op.</translation>
    </message>
    <message>
        <source>The step to capture into (1, 2 or 3).</source>
        <translation>De stap waarin je noteert (1, 2 of 3).</translation>
    </message>
    <message>
        <source>--step must be 1, 2 or 3.</source>
        <translation>--step moet 1, 2 of 3 zijn.</translation>
    </message>
    <message>
        <source>the capture window needs a display.</source>
        <translation>het snelinvoervenster heeft een beeldscherm nodig.</translation>
    </message>
    <message>
        <source>%1 does not exist. Make a copy of the workshop file first (File &gt; Save a Copy).</source>
        <translation>%1 bestaat niet. Maak eerst een kopie van het workshopbestand (Bestand &gt; Kopie opslaan).</translation>
    </message>
    <message>
        <source>Import into a workshop: a pamoja-workshop JSON export (the workshop is created when it does not exist), ideas from a text, Markdown, CSV or XLSX file, or a contribution packet from the offline form (the format and encoding are detected from the content).</source>
        <translation>Importeren in een workshop: een JSON-export in het formaat pamoja-workshop (de workshop wordt aangemaakt als die nog niet bestaat), ideeën uit een tekst-, Markdown-, CSV- of XLSX-bestand, of een bijdragepakket uit het offline formulier (formaat en codering worden uit de inhoud afgeleid).</translation>
    </message>
    <message>
        <source>Ideas and contribution packets: check the file and say what would be imported, changing nothing.</source>
        <translation>Ideeën en bijdragepakketten: het bestand controleren en tonen wat er geïmporteerd zou worden, zonder iets te wijzigen.</translation>
    </message>
    <message>
        <source>The JSON export, the text, Markdown, CSV or XLSX file, or the contribution packet to import.</source>
        <translation>De JSON-export, het tekst-, Markdown-, CSV- of XLSX-bestand, of het bijdragepakket dat geïmporteerd moet worden.</translation>
    </message>
    <message>
        <source>%1 does not exist; a contribution packet is imported into the workshop it was made for.</source>
        <translation>%1 bestaat niet; een bijdragepakket wordt geïmporteerd in de workshop waarvoor het gemaakt is.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this packet are already in the workshop.</source>
        <translation>
            <numerusform>Niets te importeren: het %n idee uit dit pakket staat al in de workshop.</numerusform>
            <numerusform>Niets te importeren: de %n ideeën uit dit pakket staan al in de workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from the contribution packet; nothing was changed.</source>
        <translation>
            <numerusform>Zou %n idee uit het bijdragepakket importeren; er is niets gewijzigd.</numerusform>
            <numerusform>Zou %n ideeën uit het bijdragepakket importeren; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Bijdragepakket %1 importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet; %1 already present.</source>
        <translation>
            <numerusform>%n idee geïmporteerd uit het bijdragepakket; %1 al aanwezig.</numerusform>
            <numerusform>%n ideeën geïmporteerd uit het bijdragepakket; %1 al aanwezig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the offline contribution form: one HTML file that works from disk with no network, for participants to write ideas and send them back as a contribution packet.</source>
        <translation>Het offline bijdrageformulier schrijven: één HTML-bestand dat zonder netwerk vanaf de schijf werkt, waarin deelnemers ideeën schrijven en als bijdragepakket terugsturen.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Het HTML-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>The steps whose prompts the form asks, e.g. 1,2 or envision,change (default: all three).</source>
        <translation>De stappen waarvan het formulier de vragen stelt, bijv. 1,2 of envision,change (standaard: alle drie).</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>The form&apos;s language when the browser&apos;s is not one of en, nl, fr, es, pt (default: the workshop&apos;s main language).</source>
        <translation>De taal van het formulier als die van de browser niet een van en, nl, fr, es, pt is (standaard: de hoofdtaal van de workshop).</translation>
    </message>
    <message>
        <source>--steps takes 1, 2, 3 (or envision, change, action), separated by commas.</source>
        <translation>--steps neemt 1, 2, 3 (of envision, change, action), gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>--language must be one of %1.</source>
        <translation>--language moet een van %1 zijn.</translation>
    </message>
    <message>
        <source>Wrote the contribution form to %1.</source>
        <translation>Bijdrageformulier geschreven naar %1.</translation>
    </message>
    <message>
        <source>List the workshops of a PostgreSQL database: id, version, created, title.</source>
        <translation>De workshops in een PostgreSQL-database weergeven: id, versie, aangemaakt, titel.</translation>
    </message>
    <message>
        <source>The word list.</source>
        <translation>Het woord list.</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/dbname</source>
        <translation>postgresql://[user@]host[:port]/dbname</translation>
    </message>
    <message>
        <source>unknown command &quot;repo %1&quot;; see pamoja help</source>
        <translation>onbekende opdracht &quot;repo %1&quot;; zie pamoja help</translation>
    </message>
    <message>
        <source>No workshops in this database yet.</source>
        <translation>Er staan nog geen workshops in deze database.</translation>
    </message>
    <message>
        <source>Copy a whole workshop, with its history, between files and PostgreSQL databases; prints where the copy is.</source>
        <translation>Een volledige workshop, met de geschiedenis, kopiëren tussen bestanden en PostgreSQL-databases; toont waar de kopie staat.</translation>
    </message>
    <message>
        <source>A workshop file or postgresql:// location.</source>
        <translation>Een workshopbestand of een postgresql://-locatie.</translation>
    </message>
    <message>
        <source>A new file, or a postgresql:// database (the workshop keeps its id there).</source>
        <translation>Een nieuw bestand, of een postgresql://-database (de workshop behoudt daar zijn id).</translation>
    </message>
    <message>
        <source>Merge copies of a workshop (a breakout group&apos;s laptop, a co-facilitator&apos;s or a note-taker&apos;s copy) into it: nothing is lost or counted twice, and the result does not depend on the order of the copies. All sources are merged as one change. Participants with the same name and organisation are taken as one person.</source>
        <translation>Kopieën van een workshop (de laptop van een subgroep, de kopie van een co-facilitator of van een notulist) ermee samenvoegen: er gaat niets verloren en niets wordt dubbel geteld, en het resultaat hangt niet af van de volgorde van de kopieën. Alle bronnen worden in één wijziging samengevoegd. Deelnemers met dezelfde naam en organisatie worden als één persoon beschouwd.</translation>
    </message>
    <message>
        <source>Say what the merge would do, changing nothing.</source>
        <translation>Tonen wat de samenvoeging zou doen, zonder iets te wijzigen.</translation>
    </message>
    <message>
        <source>The workshop file to merge into.</source>
        <translation>Het workshopbestand waarin de kopieën worden samengevoegd.</translation>
    </message>
    <message>
        <source>One or more copies of it to merge in.</source>
        <translation>Een of meer kopieën ervan die worden samengevoegd.</translation>
    </message>
    <message>
        <source>expected a target workshop and at least one source; see --help.</source>
        <translation>een doelworkshop en minstens één bron verwacht; zie --help.</translation>
    </message>
    <message>
        <source>%1 does not exist; a merge goes into an existing workshop.</source>
        <translation>%1 bestaat niet; een samenvoeging gebeurt in een bestaande workshop.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has everything the sources have.</source>
        <translation>Niets om samen te voegen: %1 bevat al alles wat de bronnen bevatten.</translation>
    </message>
    <message>
        <source>Would merge into %1 (nothing was changed):</source>
        <translation>Zou samenvoegen in %1 (er is niets gewijzigd):</translation>
    </message>
    <message>
        <source>Merged into %1:</source>
        <translation>Samengevoegd in %1:</translation>
    </message>
    <message>
        <source>  Same participant by name and organisation: %1 (%2)</source>
        <translation>  Zelfde deelnemer op naam en organisatie: %1 (%2)</translation>
    </message>
    <message>
        <source>Leave out the translations beside the ideas (machine translations are marked as such when included).</source>
        <translation>De vertalingen naast de ideeën weglaten (machinevertalingen worden als zodanig gemarkeerd als ze worden opgenomen).</translation>
    </message>
    <message>
        <source>Translate ideas with Apertium, offline. The translation is stored beside each idea, marked as machine translation; the idea&apos;s own words never change.</source>
        <translation>Ideeën offline vertalen met Apertium. De vertaling wordt naast elk idee opgeslagen, gemarkeerd als machinevertaling; de eigen woorden van het idee veranderen nooit.</translation>
    </message>
    <message>
        <source>The language to translate into, e.g. fr.</source>
        <translation>De taal waarnaar vertaald wordt, bijv. fr.</translation>
    </message>
    <message>
        <source>Only the ideas of this step: envision, change or action (or 1, 2, 3); default: every step.</source>
        <translation>Alleen de ideeën van deze stap: envision, change of action (of 1, 2, 3); standaard: elke stap.</translation>
    </message>
    <message>
        <source>--to must be a two-letter language code such as fr.</source>
        <translation>--to moet een taalcode van twee letters zijn, zoals fr.</translation>
    </message>
    <message>
        <source>Translate ideas into %1</source>
        <translation>Ideeën vertalen naar %1</translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation).</source>
        <translation>
            <numerusform>%n idee vertaald naar %1 (machinevertaling).</numerusform>
            <numerusform>%n ideeën vertaald naar %1 (machinevertaling).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) whose language is unknown.</source>
        <translation>
            <numerusform>%n idee overgeslagen waarvan de taal onbekend is.</numerusform>
            <numerusform>%n ideeën overgeslagen waarvan de taal onbekend is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n idee overgeslagen dat al in %1 is.</numerusform>
            <numerusform>%n ideeën overgeslagen die al in %1 zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n translation(s) made or corrected by a person.</source>
        <translation>
            <numerusform>%n vertaling behouden die door een persoon is gemaakt of gecorrigeerd.</numerusform>
            <numerusform>%n vertalingen behouden die door een persoon zijn gemaakt of gecorrigeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) with no language pair installed:</source>
        <translation>
            <numerusform>%n idee overgeslagen waarvoor geen taalpaar is geïnstalleerd:</numerusform>
            <numerusform>%n ideeën overgeslagen waarvoor geen taalpaar is geïnstalleerd:</numerusform>
        </translation>
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
                          [--no-translations]
       pamoja import FILE IN.json
       pamoja import FILE IDEAS.txt|.md|.csv|.xlsx [--step envision|change|action] [--dry-run]
       pamoja import FILE PACKET.txt [--dry-run]
       pamoja form FILE -o FORM.html [--steps 1,2,3] [--language en|nl|fr|es|pt]
       pamoja merge TARGET SOURCE... [--dry-run]
       pamoja translate FILE --to LANG [--step envision|change|action]
       pamoja check FILE
       pamoja serve FILE [--bind ADDR] [--port P] [--code CODE] [--trusted-proxy ADDR] [--moderate]
       pamoja capture FILE [--step N]
       pamoja suggest FILE --step envision|change|action [--groups N] [--json]
       pamoja repo list postgresql://[USER@]HOST[:PORT]/DB
       pamoja copy SOURCE TARGET
FILE may also be a PostgreSQL location: postgresql://[USER@]HOST[:PORT]/DB?workshop=ID
Each command takes --help.</source>
        <translation>Gebruik: pamoja [BESTAND]                 het programma starten
         pamoja new BESTAND --title TEKST
         pamoja participant add BESTAND --name NAAM --constituency south|north|donor|other
                                [--org ORG] [--country C] [--lang L] [--role R] [--consent]
         pamoja idea add BESTAND --step envision|change|action --text TEKST
                         [--participant NAAM | --anonymous] [--lang L]
         pamoja info BESTAND [--json]
         pamoja export BESTAND --format pdf|odt|html|md|csv|xlsx|json|png|svg -o OUT
                            [--lang en|nl|fr|es|pt] [--paper a4|letter] [--pdfa] [--interventions]
                            [--no-translations]
         pamoja import BESTAND IN.json
         pamoja import FILE IDEAS.txt|.md|.csv|.xlsx [--step envision|change|action] [--dry-run]
         pamoja import FILE PACKET.txt [--dry-run]
         pamoja form FILE -o FORM.html [--steps 1,2,3] [--language en|nl|fr|es|pt]
         pamoja merge TARGET SOURCE... [--dry-run]
         pamoja translate FILE --to LANG [--step envision|change|action]
         pamoja check BESTAND
         pamoja serve BESTAND [--bind ADDR] [--port P] [--code CODE] [--trusted-proxy ADDR] [--moderate]
         pamoja capture FILE [--step N]
         pamoja suggest FILE --step envision|change|action [--groups N] [--json]
         pamoja repo list postgresql://[USER@]HOST[:PORT]/DB
         pamoja copy SOURCE TARGET
BESTAND kan ook een PostgreSQL-locatie zijn: postgresql://[USER@]HOST[:PORT]/DB?workshop=ID
Elke opdracht kent --help.</translation>
    </message>
    <message>
        <source>Suggest groups, across languages, for the loose ideas of a step, and near-duplicates to merge. Changes nothing.</source>
        <translation>Groepen voorstellen, ongeacht de taal, voor de ideeën van een stap die nog niet in een cluster zitten, en bijna-duplicaten om samen te voegen. Wijzigt niets.</translation>
    </message>
    <message>
        <source>How many groups to propose (at most); by default Pamoja chooses.</source>
        <translation>Hoeveel groepen er (hoogstens) worden voorgesteld; standaard kiest Pamoja.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--groups must be a whole number from 1 to 1000.</source>
        <translation>--groups moet een geheel getal van 1 tot en met 1000 zijn.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n loose idea(s).</source>
        <translation>
            <numerusform>%1: %n idee nog niet in een cluster.</numerusform>
            <numerusform>%1: %n ideeën nog niet in een cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups to suggest.</source>
        <translation>Geen groepen om voor te stellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n idea(s))</source>
        <translation>
            <numerusform>%1. %2 (%n idee)</numerusform>
            <numerusform>%1. %2 (%n ideeën)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates (%n pair(s)):</source>
        <translation>
            <numerusform>Bijna-duplicaten (%n paar):</numerusform>
            <numerusform>Bijna-duplicaten (%n paren):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no group (nothing they share with other ideas): %n idea(s).</source>
        <translation>
            <numerusform>In geen enkele groep (niets gemeen met andere ideeën): %n idee.</numerusform>
            <numerusform>In geen enkele groep (niets gemeen met andere ideeën): %n ideeën.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new workshop file, or a new workshop in a PostgreSQL database (prints its location).</source>
        <translation>Een nieuw workshopbestand maken, of een nieuwe workshop in een PostgreSQL-database (toont de locatie).</translation>
    </message>
    <message>
        <source>The workshop file to create (.pamoja), or a postgresql:// database (with ?workshop=ID for a chosen id).</source>
        <translation>Het workshopbestand dat gemaakt wordt (.pamoja), of een postgresql://-database (met ?workshop=ID voor een gekozen id).</translation>
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
    <name>pamoja::ContributionForm</name>
    <message>
        <source>The chosen steps have no prompts, so the form would ask nothing. Add a prompt first, or choose other steps.</source>
        <translation>De gekozen stappen hebben geen vragen, dus het formulier zou niets vragen. Voeg eerst een vraag toe of kies andere stappen.</translation>
    </message>
    <message>
        <source>Cannot write the contribution form to %1: %2</source>
        <translation>Kan het bijdrageformulier niet schrijven naar %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Csv</name>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters.</source>
        <translation>Regel %1, kolom %2: een veld is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>Regel %1: een rij heeft meer dan %2 kolommen.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Het bestand heeft meer dan %1 rijen; splits het op in kleinere bestanden.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote; quotes inside a field must be doubled (&quot;&quot;).</source>
        <translation>Regel %1, kolom %2: tekst na een afsluitend aanhalingsteken; aanhalingstekens binnen een veld moeten verdubbeld worden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed.</source>
        <translation>Regel %1, kolom %2: een veld tussen aanhalingstekens wordt nooit afgesloten.</translation>
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
    <message>
        <source>The connection to the database is lost; this waits until it is back (the changes made meanwhile are kept and will be saved).</source>
        <translation>De verbinding met de database is verbroken; dit wacht tot ze terug is (de wijzigingen die intussen gemaakt zijn, worden bewaard en opgeslagen).</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database. %n change(s) made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</source>
        <translation>
            <numerusform>Opnieuw verbonden met de database. %n wijziging die gemaakt werd terwijl ze weg was, kon niet worden opgeslagen, omdat anderen intussen hetzelfde veranderden: %1. De workshop toont wat de database bevat.</numerusform>
            <numerusform>Opnieuw verbonden met de database. %n wijzigingen die gemaakt werden terwijl ze weg was, konden niet worden opgeslagen, omdat anderen intussen hetzelfde veranderden: %1. De workshop toont wat de database bevat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database; the %n change(s) made while it was away are saved.</source>
        <translation>
            <numerusform>Opnieuw verbonden met de database; de %n wijziging die gemaakt werd terwijl ze weg was, is opgeslagen.</numerusform>
            <numerusform>Opnieuw verbonden met de database; de %n wijzigingen die gemaakt werden terwijl ze weg was, zijn opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Opnieuw verbonden met de database.</translation>
    </message>
    <message>
        <source>The connection to the database is lost; the change was not made. Pamoja reconnects by itself: try again in a moment.</source>
        <translation>De verbinding met de database is verbroken; de wijziging is niet gemaakt. Pamoja maakt zelf opnieuw verbinding: probeer het zo meteen opnieuw.</translation>
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
    <message>
        <source>The idea no longer exists.</source>
        <translation>Het idee bestaat niet meer.</translation>
    </message>
    <message>
        <source>Say which language the translation is in.</source>
        <translation>Geef aan in welke taal de vertaling is.</translation>
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
    <message>
        <source>The export has no valid format version (&quot;version&quot; must be a whole number such as %1).</source>
        <translation>De export heeft geen geldige formaatversie (&quot;version&quot; moet een geheel getal zijn, zoals %1).</translation>
    </message>
    <message>
        <source>%1 has the id %2, which belongs to an existing %3 in this workshop.</source>
        <translation>%1 heeft de id %2, die al bij een bestaande %3 in deze workshop hoort.</translation>
    </message>
    <message>
        <source>%1: an idea without a language cannot have a language confidence.</source>
        <translation>%1: een idee zonder taal kan geen zekerheid over de taal hebben.</translation>
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
    <message>
        <source>Cannot write %1: %2. These files could not be put back as they were: %3</source>
        <translation>Kan %1 niet schrijven: %2. Deze bestanden konden niet in hun oorspronkelijke staat worden teruggezet: %3</translation>
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
    <message>
        <source>Translations beside the ideas (machine translations marked as such)</source>
        <translation>Vertalingen naast de ideeën (machinevertalingen als zodanig gemarkeerd)</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportFormDialog</name>
    <message>
        <source>Export Contribution Form</source>
        <translation>Bijdrageformulier exporteren</translation>
    </message>
    <message>
        <source>One web page to send by e-mail or on a USB stick. Participants open it without a connection, write their ideas and send back a contribution packet to import.</source>
        <translation>Eén webpagina om per e-mail of op een usb-stick te versturen. Deelnemers openen hem zonder verbinding, schrijven hun ideeën en sturen een bijdragepakket terug om te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n prompt(s))</source>
        <translation>
            <numerusform>%1 (%n vraag)</numerusform>
            <numerusform>%1 (%n vragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from:</source>
        <translation>Vragen uit:</translation>
    </message>
    <message>
        <source>Used when the participant&apos;s browser is in none of these languages; they can switch in the page.</source>
        <translation>Gebruikt als de browser van de deelnemer in geen van deze talen staat; op de pagina kan van taal worden gewisseld.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
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
    <name>pamoja::IdeaGrouper</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Shared concepts: %1</source>
        <translation>Gedeelde begrippen: %1</translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Gedeelde woorden: %1</translation>
    </message>
    <message>
        <source>Similar wording</source>
        <translation>Vergelijkbare formulering</translation>
    </message>
</context>
<context>
    <name>pamoja::IdeaImport</name>
    <message>
        <source>The file has more than %1 ideas; split it into smaller files.</source>
        <translation>Het bestand heeft meer dan %1 ideeën; splits het op in kleinere bestanden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>No column holds the ideas: name one &quot;Idea&quot; or &quot;Text&quot;, or choose the column in the import preview.</source>
        <translation>Geen enkele kolom bevat de ideeën: noem er een &quot;Idea&quot; of &quot;Text&quot;, of kies de kolom in het importvoorbeeld.</translation>
    </message>
    <message>
        <source>The chosen idea column %1 is not in the file, which has %2 columns.</source>
        <translation>De gekozen ideeënkolom %1 staat niet in het bestand, dat %2 kolommen heeft.</translation>
    </message>
    <message>
        <source>A chosen column is not in the file, which has %1 columns.</source>
        <translation>Een gekozen kolom staat niet in het bestand, dat %1 kolommen heeft.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a step (1, 2 or 3, or its name).</source>
        <translation>Regel %1, kolom %2: &quot;%3&quot; is geen stap (1, 2 of 3, of de naam ervan).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>platte tekst</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Pamoja workshop export (JSON)</source>
        <translation>Export van een Pamoja-workshop (JSON)</translation>
    </message>
    <message>
        <source>Pamoja workshop file</source>
        <translation>Pamoja-workshopbestand</translation>
    </message>
    <message>
        <source>ZIP container (XLSX, ODS or DOCX)</source>
        <translation>ZIP-container (XLSX, ODS of DOCX)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Het bestand is groter dan 32 MB; splits het op in kleinere bestanden.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop file, not a list of ideas; merge it into the workshop instead.</source>
        <translation>Dit is een Pamoja-workshopbestand, geen lijst met ideeën; voeg het in plaats daarvan samen met de workshop.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop export; import it as a workshop (pamoja import), not as a list of ideas.</source>
        <translation>Dit is een export van een Pamoja-workshop; importeer het als workshop (pamoja import), niet als lijst met ideeën.</translation>
    </message>
    <message>
        <source>The file holds no ideas.</source>
        <translation>Het bestand bevat geen ideeën.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>Er is geen stap %1.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Regel %1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Not on the roster, so their ideas are imported without a name: %1.</source>
        <translation>Niet op de deelnemerslijst, dus hun ideeën worden zonder naam geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>Not a known constituency, left empty: %1.</source>
        <translation>Geen bekende achterban, leeg gelaten: %1.</translation>
    </message>
    <message>
        <source>No prompt with this text, so the ideas go to the step&apos;s first prompt: %1.</source>
        <translation>Geen vraag met deze tekst, dus de ideeën gaan naar de eerste vraag van de stap: %1.</translation>
    </message>
    <message>
        <source>XLSX spreadsheet</source>
        <translation>XLSX-rekenblad</translation>
    </message>
    <message>
        <source>This is a ZIP container but not an XLSX workbook (perhaps ODS or DOCX): save the sheet as XLSX or CSV.</source>
        <translation>Dit is een ZIP-container maar geen XLSX-werkmap (misschien ODS of DOCX): sla het blad op als XLSX of CSV.</translation>
    </message>
    <message>
        <source>contribution packet</source>
        <translation>bijdragepakket</translation>
    </message>
    <message>
        <source>This is a contribution packet from the offline form; import it as a packet (pamoja import), not as a list of ideas.</source>
        <translation>Dit is een bijdragepakket uit het offline formulier; importeer het als pakket (pamoja import), niet als lijst met ideeën.</translation>
    </message>
</context>
<context>
    <name>pamoja::ImportIdeasDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Ideeën importeren</translation>
    </message>
    <message>
        <source>Columns holding ideas</source>
        <translation>Kolommen met ideeën</translation>
    </message>
    <message>
        <source>&amp;Ideas from:</source>
        <translation>&amp;Ideeën uit:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>A&amp;chterban:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;tap:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>Step for ideas that name none</source>
        <translation>Stap voor ideeën die er geen noemen</translation>
    </message>
    <message>
        <source>Ideas that name no step go to:</source>
        <translation>Ideeën zonder stap gaan naar:</translation>
    </message>
    <message>
        <source>Preview of the ideas to import</source>
        <translation>Voorbeeld van de te importeren ideeën</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Meldingen bij het importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Het bestand is groter dan 32 MB; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
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
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Achterban</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kan niet worden geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea(s) to import.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idee om te importeren.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n ideeën om te importeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>The preview shows the first %1 ideas; all %2 are imported.</source>
        <translation>Het voorbeeld toont de eerste %1 ideeën; alle %2 worden geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>%n idee importeren</numerusform>
            <numerusform>%n ideeën importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; the message bar says why.</source>
        <translation>Er is niets geïmporteerd; de meldingsbalk zegt waarom.</translation>
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
    <name>pamoja::JoinInfoOverlay</name>
    <message>
        <source>How to join</source>
        <translation>Zo doe je mee</translation>
    </message>
    <message>
        <source>Scan the QR code or open %1 and enter the code %2</source>
        <translation>Scan de QR-code of open %1 en voer de code %2 in</translation>
    </message>
</context>
<context>
    <name>pamoja::Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalaans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Baskisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Galicisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>Occitaans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
</context>
<context>
    <name>pamoja::LivePanel</name>
    <message>
        <source>Live session status</source>
        <translation>Status van de livesessie</translation>
    </message>
    <message>
        <source>Join at</source>
        <translation>Meedoen via</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Deelnameadres</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Deelnamecode</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Verbonden apparaten</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Het deelnameadres kopiëren</translation>
    </message>
    <message>
        <source>P&amp;ause Submissions</source>
        <translation>Inzendingen &amp;pauzeren</translation>
    </message>
    <message>
        <source>Pause submissions from devices</source>
        <translation>Inzendingen van apparaten pauzeren</translation>
    </message>
    <message>
        <source>Show in &amp;Presenter</source>
        <translation>Tonen in &amp;presentatieweergave</translation>
    </message>
    <message>
        <source>Show the QR code and join code in the presenter view</source>
        <translation>De QR-code en de deelnamecode in de presentatieweergave tonen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the live session</source>
        <translation>De livesessie stoppen</translation>
    </message>
    <message>
        <source>&amp;Hold device ideas for my approval</source>
        <translation>Ideeën van apparaten &amp;vasthouden tot ik ze goedkeur</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Ideas waiting for approval</source>
        <translation>Ideeën die op goedkeuring wachten</translation>
    </message>
    <message>
        <source>Enter approves the selected ideas, Delete rejects them</source>
        <translation>Enter keurt de geselecteerde ideeën goed, Delete wijst ze af</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Approve the selected ideas</source>
        <translation>De geselecteerde ideeën goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>Reject the selected ideas</source>
        <translation>De geselecteerde ideeën afwijzen</translation>
    </message>
    <message>
        <source>Approve A&amp;ll</source>
        <translation>A&amp;lles goedkeuren</translation>
    </message>
    <message>
        <source>Approve every waiting idea</source>
        <translation>Alle wachtende ideeën goedkeuren</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Devices that joined</source>
        <translation>Apparaten die meedoen</translation>
    </message>
    <message>
        <source>&amp;Block Device</source>
        <translation>Apparaat &amp;blokkeren</translation>
    </message>
    <message>
        <source>Block the selected device</source>
        <translation>Het geselecteerde apparaat blokkeren</translation>
    </message>
    <message>
        <source>Publish &amp;Report…</source>
        <translation>&amp;Verslag publiceren…</translation>
    </message>
    <message>
        <source>Publish the report for participants</source>
        <translation>Het verslag voor deelnemers publiceren</translation>
    </message>
    <message>
        <source>Res&amp;ume Submissions</source>
        <translation>Inzendingen &amp;hervatten</translation>
    </message>
    <message>
        <source>Resume submissions from devices</source>
        <translation>Inzendingen van apparaten hervatten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, blocked</source>
        <translation>%1, geblokkeerd</translation>
    </message>
    <message>
        <source>%1, away</source>
        <translation>%1, afwezig</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected</source>
        <translation>
            <numerusform>%n apparaat verbonden</numerusform>
            <numerusform>%n apparaten verbonden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>Wacht op goedkeuring (%1)</translation>
    </message>
    <message>
        <source>Report published for participants (%1).</source>
        <translation>Verslag gepubliceerd voor deelnemers (%1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Het verslag wordt voorbereid…</translation>
    </message>
    <message>
        <source>The live session is off.</source>
        <translation>De livesessie staat uit.</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected.</source>
        <translation>
            <numerusform>Live: %n apparaat verbonden.</numerusform>
            <numerusform>Live: %n apparaten verbonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: devices cannot send ideas (%n connected).</source>
        <translation>
            <numerusform>Gepauzeerd: apparaten kunnen geen ideeën sturen (%n verbonden).</numerusform>
            <numerusform>Gepauzeerd: apparaten kunnen geen ideeën sturen (%n verbonden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped.</source>
        <translation>De livesessie is gestopt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveServer</name>
    <message>
        <source>The form is not valid UTF-8.</source>
        <translation>Het formulier is geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; appears twice.</source>
        <translation>Het formulierveld &quot;%1&quot; komt twee keer voor.</translation>
    </message>
    <message>
        <source>No such language.</source>
        <translation>Deze taal bestaat niet.</translation>
    </message>
    <message>
        <source>Too many attempts to join; wait a moment.</source>
        <translation>Te veel pogingen om mee te doen; wacht even.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Doe eerst mee aan de sessie.</translation>
    </message>
    <message>
        <source>This device was removed from the session.</source>
        <translation>Dit apparaat is uit de sessie verwijderd.</translation>
    </message>
    <message>
        <source>This address is a WebSocket.</source>
        <translation>Dit adres is een WebSocket.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Niet gevonden.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Stuur JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Gebruik POST.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Unknown language code.</source>
        <translation>Onbekende taalcode.</translation>
    </message>
    <message>
        <source>That join code is not right. Check the code on the screen.</source>
        <translation>Die deelnamecode klopt niet. Controleer de code op het scherm.</translation>
    </message>
    <message>
        <source>The request lacks its session token.</source>
        <translation>Het verzoek mist het sessietoken.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Gebruik GET.</translation>
    </message>
    <message>
        <source>No such idea.</source>
        <translation>Dit idee bestaat niet.</translation>
    </message>
    <message>
        <source>Use PATCH or DELETE.</source>
        <translation>Gebruik PATCH of DELETE.</translation>
    </message>
    <message>
        <source>Use PUT.</source>
        <translation>Gebruik PUT.</translation>
    </message>
    <message>
        <source>Send a form.</source>
        <translation>Stuur een formulier.</translation>
    </message>
    <message>
        <source>Could not join.</source>
        <translation>Meedoen is niet gelukt.</translation>
    </message>
    <message>
        <source>The form has expired; reload the page.</source>
        <translation>Het formulier is verlopen; laad de pagina opnieuw.</translation>
    </message>
    <message>
        <source>The vote form does not match the round; reload the page.</source>
        <translation>Het stemformulier past niet bij de ronde; laad de pagina opnieuw.</translation>
    </message>
    <message>
        <source>The report has not been published yet.</source>
        <translation>Het verslag is nog niet gepubliceerd.</translation>
    </message>
    <message>
        <source>The facilitator has paused contributions for a moment.</source>
        <translation>De facilitator heeft de bijdragen even gepauzeerd.</translation>
    </message>
    <message>
        <source>Slow down a little; try again in a few seconds.</source>
        <translation>Iets rustiger aan; probeer het over een paar seconden opnieuw.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>That id belongs to another idea.</source>
        <translation>Die id hoort bij een ander idee.</translation>
    </message>
    <message>
        <source>Idea from a participant&apos;s device</source>
        <translation>Idee van het apparaat van een deelnemer</translation>
    </message>
    <message>
        <source>The idea could not be saved; please try again.</source>
        <translation>Het idee kon niet worden opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No such idea of yours.</source>
        <translation>Je hebt geen idee met deze id.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be changed.</source>
        <translation>Dit idee staat al op het bord en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>An idea needs some text.</source>
        <translation>Een idee heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A participant edited their idea</source>
        <translation>Een deelnemer heeft een eigen idee bewerkt</translation>
    </message>
    <message>
        <source>The change could not be saved; please try again.</source>
        <translation>De wijziging kon niet worden opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be withdrawn.</source>
        <translation>Dit idee staat al op het bord en kan niet meer worden ingetrokken.</translation>
    </message>
    <message>
        <source>A participant withdrew their idea</source>
        <translation>Een deelnemer heeft een eigen idee ingetrokken</translation>
    </message>
    <message>
        <source>This voting round is closed.</source>
        <translation>Deze stemronde is gesloten.</translation>
    </message>
    <message>
        <source>That item is not part of this voting round.</source>
        <translation>Dat item hoort niet bij deze stemronde.</translation>
    </message>
    <message>
        <source>Dots from a participant&apos;s device</source>
        <translation>Stippen van het apparaat van een deelnemer</translation>
    </message>
    <message>
        <source>Your dots could not be saved; please try again.</source>
        <translation>Je stippen konden niet worden opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The live session is already running.</source>
        <translation>De livesessie loopt al.</translation>
    </message>
    <message>
        <source>The workshop is open read-only; participants&apos; ideas could not be saved.</source>
        <translation>De workshop is alleen-lezen geopend; ideeën van deelnemers konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>A join code is 6 characters from %1.</source>
        <translation>Een deelnamecode bestaat uit 6 tekens uit %1.</translation>
    </message>
    <message>
        <source>Could not start the live session on %1 port %2: %3</source>
        <translation>Kan de livesessie niet starten op %1, poort %2: %3</translation>
    </message>
    <message>
        <source>That idea is no longer waiting for approval.</source>
        <translation>Dat idee wacht niet meer op goedkeuring.</translation>
    </message>
    <message>
        <source>Approve a participant&apos;s idea</source>
        <translation>Idee van een deelnemer goedkeuren</translation>
    </message>
    <message>
        <source>Reject a participant&apos;s idea</source>
        <translation>Idee van een deelnemer afwijzen</translation>
    </message>
    <message>
        <source>This session is full.</source>
        <translation>Deze sessie is vol.</translation>
    </message>
    <message>
        <source>Please enter your name, or join anonymously.</source>
        <translation>Vul je naam in, of doe anoniem mee.</translation>
    </message>
    <message>
        <source>This workshop asks everyone to give their name.</source>
        <translation>In deze workshop geeft iedereen zijn naam op.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Onbekende achterban &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>Someone has already joined with the name &quot;%1&quot;; please add something to tell you apart.</source>
        <translation>Iemand doet al mee met de naam &quot;%1&quot;; voeg iets toe zodat jullie van elkaar te onderscheiden zijn.</translation>
    </message>
    <message>
        <source>A participant joined from a device</source>
        <translation>Een deelnemer doet mee via een apparaat</translation>
    </message>
    <message>
        <source>A change from a participant&apos;s device could not be saved: %1</source>
        <translation>Een wijziging van het apparaat van een deelnemer kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>De body moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>De body is geen geldige JSON.</translation>
    </message>
    <message>
        <source>The body has data after the JSON object.</source>
        <translation>De body bevat gegevens na het JSON-object.</translation>
    </message>
    <message>
        <source>The body contains an unpaired surrogate.</source>
        <translation>De body bevat een ongepaarde surrogaat.</translation>
    </message>
    <message>
        <source>The body is nested too deeply.</source>
        <translation>De body is te diep genest.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>De sleutel &quot;%1&quot; komt twee keer voor.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekenreeks</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>an id (UUID)</source>
        <translation>een id (UUID)</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8.</source>
        <translation>De body is geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>The body must not start with a byte order mark.</source>
        <translation>De body mag niet met een byte order mark beginnen.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Onbekend veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Het veld &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Het veld &quot;%1&quot; moet %2 zijn.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Het veld &quot;%1&quot; is te lang (hoogstens %2 tekens).</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Het veld &quot;%1&quot; bevat stuurtekens.</translation>
    </message>
    <message>
        <source>The %1 contains text-direction controls; please type it without them.</source>
        <translation>Het veld &quot;%1&quot; bevat tekens voor de tekstrichting; typ het zonder die tekens.</translation>
    </message>
    <message>
        <source>The %1 contains invalid characters.</source>
        <translation>Het veld &quot;%1&quot; bevat ongeldige tekens.</translation>
    </message>
    <message>
        <source>The shared session table could not be written: %1</source>
        <translation>De gedeelde sessietabel kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSession</name>
    <message>
        <source>Start &amp;Live Session…</source>
        <translation>&amp;Livesessie starten…</translation>
    </message>
    <message>
        <source>Let participants join from their own phones on this network</source>
        <translation>Deelnemers met hun eigen telefoon laten meedoen via dit netwerk</translation>
    </message>
    <message>
        <source>St&amp;op Live Session</source>
        <translation>Livesessie s&amp;toppen</translation>
    </message>
    <message>
        <source>P&amp;ause Device Submissions</source>
        <translation>Inzendingen van apparaten &amp;pauzeren</translation>
    </message>
    <message>
        <source>Show &amp;Join Code in Presenter</source>
        <translation>&amp;Deelnamecode in presentatieweergave tonen</translation>
    </message>
    <message>
        <source>Show the QR code and the join code to the room</source>
        <translation>De QR-code en de deelnamecode aan de zaal tonen</translation>
    </message>
    <message>
        <source>Live Session &amp;Panel</source>
        <translation>&amp;Paneel livesessie</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Livesessie</translation>
    </message>
    <message>
        <source>Open a workshop first: devices add their ideas to the open workshop.</source>
        <translation>Open eerst een workshop: apparaten voegen hun ideeën toe aan de geopende workshop.</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so devices could not add anything. Close the other Pamoja that has it open, then open it here again.</source>
        <translation>Deze workshop is alleen-lezen geopend, dus apparaten kunnen niets toevoegen. Sluit de andere Pamoja waarin de workshop open is en open hem hier opnieuw.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer, perhaps by another Pamoja or another program. Choose another port, such as %2.</source>
        <translation>Poort %1 is op deze computer al in gebruik, misschien door een andere Pamoja of een ander programma. Kies een andere poort, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>Stop Live Session</source>
        <translation>Livesessie stoppen</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</source>
        <translation>
            <numerusform>%n idee van apparaten wacht nog op je goedkeuring. Het blijft verborgen in de workshop; je kunt het later vanaf het bord onthullen. De livesessie stoppen?</numerusform>
            <numerusform>%n ideeën van apparaten wachten nog op je goedkeuring. Ze blijven verborgen in de workshop; je kunt ze later vanaf het bord onthullen. De livesessie stoppen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped: devices cannot reach it. Start it again from the Session menu.</source>
        <translation>De livesessie is gestopt: apparaten kunnen haar niet bereiken. Start haar opnieuw via het menu Sessie.</translation>
    </message>
    <message>
        <source>Live session stopped</source>
        <translation>Livesessie gestopt</translation>
    </message>
    <message numerus="yes">
        <source>Live, paused: %n device(s)</source>
        <translation>
            <numerusform>Live, gepauzeerd: %n apparaat</numerusform>
            <numerusform>Live, gepauzeerd: %n apparaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected</source>
        <translation>
            <numerusform>Live: %n apparaat verbonden</numerusform>
            <numerusform>Live: %n apparaten verbonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 gekopieerd</translation>
    </message>
    <message>
        <source>Publish Report</source>
        <translation>Verslag publiceren</translation>
    </message>
    <message>
        <source>Make the PDF report (%1) and let every device in the session download it? Anonymous ideas carry no name; names appear only where participants agreed.</source>
        <translation>Het PDF-verslag (%1) maken en elk apparaat in de sessie het laten downloaden? Anonieme ideeën hebben geen naam; namen staan er alleen in waar deelnemers daarmee hebben ingestemd.</translation>
    </message>
    <message>
        <source>There is no room for the report in the temporary folder.</source>
        <translation>Er is geen ruimte voor het verslag in de tijdelijke map.</translation>
    </message>
    <message>
        <source>The live session stopped before the report was ready.</source>
        <translation>De livesessie is gestopt voordat het verslag klaar was.</translation>
    </message>
    <message>
        <source>The report is ready for the devices.</source>
        <translation>Het verslag staat klaar voor de apparaten.</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSessionDialog</name>
    <message>
        <source>Start Live Session</source>
        <translation>Livesessie starten</translation>
    </message>
    <message>
        <source>Participants join from their own phones or laptops on the same network: no internet, no install, no account. Pick the network they are on.</source>
        <translation>Deelnemers doen mee met hun eigen telefoon of laptop op hetzelfde netwerk: geen internet, geen installatie, geen account. Kies het netwerk waarop ze zitten.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Moderate: ideas from devices wait for my approval</source>
        <translation>&amp;Modereren: ideeën van apparaten wachten op mijn goedkeuring</translation>
    </message>
    <message>
        <source>Problem starting the live session</source>
        <translation>Probleem bij het starten van de livesessie</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>De livesessie starten</translation>
    </message>
    <message>
        <source>Only this computer can reach the session on this address. Connect to the room&apos;s Wi-Fi for phones to join.</source>
        <translation>Alleen deze computer kan de sessie op dit adres bereiken. Maak verbinding met de wifi van de zaal zodat telefoons kunnen meedoen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1, this computer only</source>
        <translation>%1, alleen deze computer</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, niet verbonden</translation>
    </message>
    <message>
        <source>There is no network address to listen on.</source>
        <translation>Er is geen netwerkadres om op te luisteren.</translation>
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
    <message>
        <source>pamoja: the interface language &quot;%1&quot; could not be loaded; continuing in English.
</source>
        <translation>pamoja: de interfacetaal &quot;%1&quot; kon niet worden geladen; verder in het Engels.
</translation>
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
    <message>
        <source>&amp;Quick Capture Window</source>
        <translation>&amp;Snelinvoervenster</translation>
    </message>
    <message>
        <source>Import &amp;Ideas…</source>
        <translation>&amp;Ideeën importeren…</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Ideeën importeren</translation>
    </message>
    <message>
        <source>Lists of ideas (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>Lijsten met ideeën (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Contribution &amp;Form…</source>
        <translation>Bijdrage&amp;formulier exporteren…</translation>
    </message>
    <message>
        <source>Import Contribution &amp;Packet…</source>
        <translation>Bijdrage&amp;pakket importeren…</translation>
    </message>
    <message>
        <source>%1 contribution form</source>
        <translation>%1 bijdrageformulier</translation>
    </message>
    <message>
        <source>Export Contribution Form</source>
        <translation>Bijdrageformulier exporteren</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>The contribution form was saved as %1. Send it to participants; they send back a contribution packet to import.</source>
        <translation>Het bijdrageformulier is opgeslagen als %1. Stuur het naar de deelnemers; zij sturen een bijdragepakket terug om te importeren.</translation>
    </message>
    <message>
        <source>Import Contribution Packet</source>
        <translation>Bijdragepakket importeren</translation>
    </message>
    <message>
        <source>Contribution packets (*.txt *.eml);;All files (*)</source>
        <translation>Bijdragepakketten (*.txt *.eml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open the workshop the contribution packet is for first, then import it.</source>
        <translation>Open eerst de workshop waarvoor het bijdragepakket bedoeld is en importeer het daarna.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this contribution packet are already in the workshop.</source>
        <translation>
            <numerusform>Niets te importeren: het %n idee uit dit bijdragepakket staat al in de workshop.</numerusform>
            <numerusform>Niets te importeren: de %n ideeën uit dit bijdragepakket staan al in de workshop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Bijdragepakket %1 importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet.</source>
        <translation>
            <numerusform>%n idee geïmporteerd uit het bijdragepakket.</numerusform>
            <numerusform>%n ideeën geïmporteerd uit het bijdragepakket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the workshop.</source>
        <translation>
            <numerusform>%n stond al in de workshop.</numerusform>
            <numerusform>%n stonden al in de workshop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Workshop &amp;Data (JSON)…</source>
        <translation>Workshopgegevens importeren (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Import Workshop Data</source>
        <translation>Workshopgegevens importeren</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json);;All files (*)</source>
        <translation>Pamoja-JSON-exports (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open the workshop to import into first, then import the JSON export.</source>
        <translation>Open eerst de workshop waarin u wilt importeren en importeer dan de JSON-export.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export. Nothing was imported.</source>
        <translation>%1 is te groot voor een Pamoja-workshopexport. Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n item(s) of %1 are already in this workshop.</source>
        <translation>
            <numerusform>Niets te importeren: het %n item uit %1 staat al in deze workshop.</numerusform>
            <numerusform>Niets te importeren: de %n items uit %1 staan al in deze workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n new item(s) from %1 into this workshop?</source>
        <translation>
            <numerusform>%n nieuw item uit %1 in deze workshop importeren?</numerusform>
            <numerusform>%n nieuwe items uit %1 in deze workshop importeren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already here and stay as they are.</source>
        <translation>
            <numerusform>%n item staat hier al en blijft zoals het is.</numerusform>
            <numerusform>%n items staan hier al en blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo the import with Edit &gt; Undo.</source>
        <translation>U kunt de import ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n item geïmporteerd uit %1.</numerusform>
            <numerusform>%n items geïmporteerd uit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect &amp;Languages</source>
        <translation>&amp;Talen herkennen</translation>
    </message>
    <message>
        <source>Fill in the language of ideas that have none, where the text makes it clear; a language someone gave is kept</source>
        <translation>Vul de taal in van ideeën die er geen hebben, waar de tekst het duidelijk maakt; een taal die iemand opgaf blijft staan</translation>
    </message>
    <message>
        <source>No language detected: the %1 ideas without one are too short or too mixed to tell.</source>
        <translation>Geen taal herkend: de %1 ideeën zonder taal zijn te kort of te gemengd om het te zeggen.</translation>
    </message>
    <message>
        <source>Every idea&apos;s language is known.</source>
        <translation>De taal van elk idee is bekend.</translation>
    </message>
    <message>
        <source>Detect languages</source>
        <translation>Talen herkennen</translation>
    </message>
    <message>
        <source>Detected the language of %1 of %2 ideas without one.</source>
        <translation>De taal van %1 van de %2 ideeën zonder taal is herkend.</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>&amp;Workshop samenvoegen…</translation>
    </message>
    <message>
        <source>Show Only Ideas &amp;Flagged for Review</source>
        <translation>Alleen ter controle &amp;gemarkeerde ideeën tonen</translation>
    </message>
    <message>
        <source>Merge Workshop</source>
        <translation>Workshop samenvoegen</translation>
    </message>
    <message>
        <source>%1 holds nothing this workshop does not have already.</source>
        <translation>%1 bevat niets wat deze workshop nog niet heeft.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 has the name and organisation of a participant already in this workshop.

Are they the same person? Yes: one participant. No: keep them separate.</source>
        <translation>%1 in %2 heeft de naam en organisatie van een deelnemer die al in deze workshop staat.

Is dit dezelfde persoon? Ja: één deelnemer. Nee: apart houden.</translation>
    </message>
    <message>
        <source>Merging %1 into this workshop:</source>
        <translation>%1 wordt samengevoegd met deze workshop:</translation>
    </message>
    <message>
        <source>Merge now? Edit &gt; Undo takes the whole merge back.</source>
        <translation>Nu samenvoegen? Bewerken &gt; Ongedaan maken draait de hele samenvoeging terug.</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 removed, %5 flagged for review.</source>
        <translation>%1 samengevoegd: %2 toegevoegd, %3 bijgewerkt, %4 verwijderd, %5 ter controle gemarkeerd.</translation>
    </message>
    <message>
        <source>&amp;Translate Ideas…</source>
        <translation>Ideeën ve&amp;rtalen…</translation>
    </message>
    <message>
        <source>Machine translation beside each idea, with Apertium, on this computer</source>
        <translation>Machinevertaling naast elk idee, met Apertium, op deze computer</translation>
    </message>
    <message>
        <source>Edit T&amp;ranslation…</source>
        <translation>Vertaling &amp;bewerken…</translation>
    </message>
    <message>
        <source>Show &amp;Translations</source>
        <translation>&amp;Vertalingen tonen</translation>
    </message>
    <message>
        <source>Show each idea&apos;s translation under its words on the board, in the outline and in the presenter view</source>
        <translation>De vertaling van elk idee onder de woorden ervan tonen op het bord, in de lijst en in de presentatieweergave</translation>
    </message>
    <message>
        <source>Select an idea to edit its translation.</source>
        <translation>Selecteer een idee om de vertaling ervan te bewerken.</translation>
    </message>
    <message>
        <source>Open Reposi&amp;tory…</source>
        <translation>Opslagplaa&amp;ts openen…</translation>
    </message>
    <message>
        <source>Suggest &amp;Groups…</source>
        <translation>G&amp;roepen voorstellen…</translation>
    </message>
    <message>
        <source>Connection to the database</source>
        <translation>Verbinding met de database</translation>
    </message>
    <message>
        <source>Reconnect Now</source>
        <translation>Nu opnieuw verbinden</translation>
    </message>
    <message>
        <source>Reconnect to the database now</source>
        <translation>Nu opnieuw verbinden met de database</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer until it is back.</source>
        <translation>
            <numerusform>%n wijziging bewaard op deze computer tot ze terug is.</numerusform>
            <numerusform>%n wijzigingen bewaard op deze computer tot ze terug is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept on this computer until it is back.</source>
        <translation>Wijzigingen worden op deze computer bewaard tot ze terug is.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Volgende poging over %n seconde.</numerusform>
            <numerusform>Volgende poging over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Not connected to the database. %1 %2</source>
        <translation>Niet verbonden met de database. %1 %2</translation>
    </message>
    <message>
        <source>Changes Not Yet Saved</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the database is lost, and %n change(s) made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</source>
        <translation>
            <numerusform>De verbinding met de database is verbroken, en %n wijziging die sindsdien gemaakt is, bestaat alleen op deze computer. Als je de workshop nu sluit, gaat ze verloren.

Opnieuw verbinden, de hele workshop zoals je hem ziet als JSON-bestand opslaan, of de wijziging weggooien?</numerusform>
            <numerusform>De verbinding met de database is verbroken, en %n wijzigingen die sindsdien gemaakt zijn, bestaan alleen op deze computer. Als je de workshop nu sluit, gaan ze verloren.

Opnieuw verbinden, de hele workshop zoals je hem ziet als JSON-bestand opslaan, of de wijzigingen weggooien?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Workshop as JSON</source>
        <translation>De workshop als JSON opslaan</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json)</source>
        <translation>Pamoja JSON-exports (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Merge</name>
    <message>
        <source>Merge workshop %1</source>
        <translation>Workshop %1 samenvoegen</translation>
    </message>
    <message>
        <source>Merge workshops</source>
        <translation>Workshops samenvoegen</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed.</source>
        <translation>%1 toegevoegd, %2 bijgewerkt, %3 verwijderd.</translation>
    </message>
    <message>
        <source>%1 ideas flagged for review.</source>
        <translation>Ter controle gemarkeerde ideeën: %1.</translation>
    </message>
    <message>
        <source>%1 participants taken as ones already here (same name and organisation).</source>
        <translation>Deelnemers gelijkgesteld aan deelnemers die er al zijn (zelfde naam en organisatie): %1.</translation>
    </message>
    <message>
        <source>%1 history entries learned.</source>
        <translation>Items in de geschiedenis overgenomen: %1.</translation>
    </message>
    <message>
        <source>%1 is not a copy of this workshop (&quot;%2&quot;): only copies of one workshop can be merged.</source>
        <translation>%1 is geen kopie van deze workshop (&quot;%2&quot;): alleen kopieën van één workshop kunnen worden samengevoegd.</translation>
    </message>
    <message>
        <source>The copies cannot be merged: %1 Nothing was changed.</source>
        <translation>De kopieën kunnen niet worden samengevoegd: %1 Er is niets gewijzigd.</translation>
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
        <source>%1 is the workshop being merged into; choose another file.</source>
        <translation>%1 is de workshop waarin wordt samengevoegd; kies een ander bestand.</translation>
    </message>
    <message>
        <source>Could not make a private folder to read %1: %2</source>
        <translation>Kan geen privémap aanmaken om %1 te lezen: %2</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
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
    <message>
        <source>Problem with the workshop file</source>
        <translation>Probleem met het workshopbestand</translation>
    </message>
    <message>
        <source>Choose a file for the workshop.</source>
        <translation>Kies een bestand voor de workshop.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another folder with Browse.</source>
        <translation>De map %1 bestaat niet; kies een andere map met Bladeren.</translation>
    </message>
    <message>
        <source>You cannot save in the folder %1; choose another folder with Browse.</source>
        <translation>Je kunt niet opslaan in de map %1; kies een andere map met Bladeren.</translation>
    </message>
</context>
<context>
    <name>pamoja::OpenRepositoryDialog</name>
    <message>
        <source>Open Repository</source>
        <translation>Opslagplaats openen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>From PGPASSWORD or ~/.pgpass when empty</source>
        <translation>Uit PGPASSWORD of ~/.pgpass indien leeg</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Workshops in the database</source>
        <translation>Workshops in de database</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Connect to list the workshops of the database.</source>
        <translation>Maak verbinding om de workshops in de database weer te geven.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Geef de server en de database op.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The database holds no workshops yet. Copy one in with &quot;pamoja copy FILE LOCATION&quot;.</source>
        <translation>Er staan nog geen workshops in de database. Kopieer er een naartoe met &quot;pamoja copy FILE LOCATION&quot;.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the database.</source>
        <translation>
            <numerusform>%n workshop in de database.</numerusform>
            <numerusform>%n workshops in de database.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection details changed; connect again.</source>
        <translation>De verbindingsgegevens zijn gewijzigd; maak opnieuw verbinding.</translation>
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
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <comment>a language Pamoja detected from the idea&apos;s text</comment>
        <translation>%1 (herkend)</translation>
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
    <name>pamoja::Packet</name>
    <message>
        <source>The contribution packet is not valid: %1</source>
        <translation>Het bijdragepakket is ongeldig: %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>het veld &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>there is an unknown field &quot;%1&quot;.</source>
        <translation>er is een onbekend veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>idea %1</source>
        <translation>idee %1</translation>
    </message>
    <message>
        <source>%1 has an invalid &quot;%2&quot;.</source>
        <translation>%1 heeft een ongeldig veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is geen object.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>de inhoud is geen JSON-object.</translation>
    </message>
    <message>
        <source>it is not a contribution (&quot;format&quot;).</source>
        <translation>het is geen bijdrage (&quot;format&quot;).</translation>
    </message>
    <message>
        <source>its content and its header disagree on the version.</source>
        <translation>de inhoud en de kopregels noemen een andere versie.</translation>
    </message>
    <message>
        <source>the workshop&apos;s id is invalid.</source>
        <translation>de id van de workshop is ongeldig.</translation>
    </message>
    <message>
        <source>the packet&apos;s id is invalid.</source>
        <translation>de id van het pakket is ongeldig.</translation>
    </message>
    <message>
        <source>the workshop&apos;s title is invalid.</source>
        <translation>de titel van de workshop is ongeldig.</translation>
    </message>
    <message>
        <source>the time it was saved is invalid.</source>
        <translation>het tijdstip van opslaan is ongeldig.</translation>
    </message>
    <message>
        <source>the language is invalid.</source>
        <translation>de taal is ongeldig.</translation>
    </message>
    <message>
        <source>it holds no ideas.</source>
        <translation>het bevat geen ideeën.</translation>
    </message>
    <message>
        <source>it holds more than %1 ideas.</source>
        <translation>het bevat meer dan %1 ideeën.</translation>
    </message>
    <message>
        <source>idea %1 has the same id as another.</source>
        <translation>idee %1 heeft dezelfde id als een ander idee.</translation>
    </message>
    <message>
        <source>The file is too large to be a contribution packet (more than 2 MB).</source>
        <translation>Het bestand is te groot voor een bijdragepakket (meer dan 2 MB).</translation>
    </message>
    <message>
        <source>There is no contribution packet in it (no line &quot;%1&quot;).</source>
        <translation>Er staat geen bijdragepakket in (geen regel &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: its end is missing, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>Het bijdragepakket is afgekapt: het einde ontbreekt, dus er is bij het kopiëren een deel verloren gegaan. Vraag de deelnemer het hele bestand te sturen, of alle tekst van BEGIN tot END.</translation>
    </message>
    <message>
        <source>its header line &quot;%1&quot; is unknown or repeated.</source>
        <translation>de kopregel &quot;%1&quot; is onbekend of komt vaker voor.</translation>
    </message>
    <message>
        <source>line %1 of the packet has characters a packet never holds; it was edited or damaged.</source>
        <translation>regel %1 van het pakket bevat tekens die nooit in een pakket staan; het is bewerkt of beschadigd.</translation>
    </message>
    <message>
        <source>The contribution packet is too large (more than 1 MB of content).</source>
        <translation>Het bijdragepakket is te groot (meer dan 1 MB inhoud).</translation>
    </message>
    <message>
        <source>its version is missing or not a number.</source>
        <translation>de versie ontbreekt of is geen getal.</translation>
    </message>
    <message>
        <source>This contribution packet was made for a newer version of Pamoja (packet format %1; this version reads %2). Update Pamoja to import it.</source>
        <translation>Dit bijdragepakket is gemaakt voor een nieuwere versie van Pamoja (pakketformaat %1; deze versie leest %2). Werk Pamoja bij om het te importeren.</translation>
    </message>
    <message>
        <source>its length is missing or out of range.</source>
        <translation>de lengte ontbreekt of valt buiten het bereik.</translation>
    </message>
    <message>
        <source>its checksum is missing or not SHA-256.</source>
        <translation>de controlesom ontbreekt of is geen SHA-256.</translation>
    </message>
    <message>
        <source>its content is not valid base64; it was edited or damaged.</source>
        <translation>de inhoud is geen geldige base64; het is bewerkt of beschadigd.</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: it holds %1 of its %2 bytes, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>Het bijdragepakket is afgekapt: het bevat %1 van de %2 bytes, dus er is bij het kopiëren een deel verloren gegaan. Vraag de deelnemer het hele bestand te sturen, of alle tekst van BEGIN tot END.</translation>
    </message>
    <message>
        <source>The contribution packet was changed after it was saved: its checksum does not match its content (edited by hand, or damaged on the way). Nothing in it can be trusted; ask the participant to send it again.</source>
        <translation>Het bijdragepakket is gewijzigd nadat het is opgeslagen: de controlesom klopt niet met de inhoud (met de hand bewerkt of onderweg beschadigd). Niets erin is betrouwbaar; vraag de deelnemer het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>This contribution packet is for the workshop &quot;%1&quot; (%2), not for &quot;%3&quot; (%4). Import it into its own workshop.</source>
        <translation>Dit bijdragepakket is voor de workshop &quot;%1&quot; (%2), niet voor &quot;%3&quot; (%4). Importeer het in de workshop waarvoor het bedoeld is.</translation>
    </message>
    <message>
        <source>An idea in the packet has the id of something else in the workshop (%1); the packet was made by hand. Nothing was imported.</source>
        <translation>Een idee in het pakket heeft de id van iets anders in de workshop (%1); het pakket is met de hand gemaakt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Idea %1: %2</source>
        <translation>Idee %1: %2</translation>
    </message>
    <message>
        <source>Not on the roster, added as participants: %1.</source>
        <translation>Niet op de deelnemerslijst, toegevoegd als deelnemers: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) answer a prompt the workshop no longer has; they go to the step&apos;s first prompt.</source>
        <translation>
            <numerusform>%n idee beantwoordt een vraag die de workshop niet meer heeft; het gaat naar de eerste vraag van de stap.</numerusform>
            <numerusform>%n ideeën beantwoorden een vraag die de workshop niet meer heeft; ze gaan naar de eerste vraag van de stap.</numerusform>
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
    <name>pamoja::ParticipantPage</name>
    <message>
        <source>Add a dot to: %1</source>
        <translation>Stip toevoegen aan: %1</translation>
    </message>
    <message>
        <source>This workshop is anonymous: your name is not asked and not kept.</source>
        <translation>Deze workshop is anoniem: je naam wordt niet gevraagd en niet bewaard.</translation>
    </message>
    <message>
        <source>Take part anonymously</source>
        <translation>Anoniem meedoen</translation>
    </message>
    <message>
        <source>You get an alias such as “Participant 7”. Anonymous ideas store no name.</source>
        <translation>Je krijgt een alias zoals “Deelnemer 7”. Bij anonieme ideeën wordt geen naam bewaard.</translation>
    </message>
    <message>
        <source>Ideas shared so far</source>
        <translation>Ideeën die tot nu toe gedeeld zijn</translation>
    </message>
    <message>
        <source>No ideas have been revealed yet.</source>
        <translation>Er zijn nog geen ideeën onthuld.</translation>
    </message>
    <message>
        <source>Pamoja workshop</source>
        <translation>Pamoja-workshop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Workshopcode</translation>
    </message>
    <message>
        <source>Six letters and digits, shown by the facilitator.</source>
        <translation>Zes letters en cijfers, getoond door de facilitator.</translation>
    </message>
    <message>
        <source>That code is not right. Check it on the facilitator&apos;s screen.</source>
        <translation>Die code klopt niet. Kijk nog eens op het scherm van de facilitator.</translation>
    </message>
    <message>
        <source>Withdraw this idea?</source>
        <translation>Dit idee intrekken?</translation>
    </message>
    <message>
        <source>Whom do you speak for?</source>
        <translation>Namens wie spreek je?</translation>
    </message>
    <message>
        <source>A donor</source>
        <translation>Een donor</translation>
    </message>
    <message>
        <source>A Northern CSO</source>
        <translation>Een noordelijke CSO</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>A Southern CSO</source>
        <translation>Een zuidelijke CSO</translation>
    </message>
    <message>
        <source>Your idea has been received.</source>
        <translation>Je idee is ontvangen.</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Stippen over: %1 van %2</translation>
    </message>
    <message>
        <source>My dots: %1</source>
        <translation>Mijn stippen: %1</translation>
    </message>
    <message>
        <source>Download the report (PDF, %1)</source>
        <translation>Download het verslag (PDF, %1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit your idea</source>
        <translation>Je idee bewerken</translation>
    </message>
    <message>
        <source>Please write your idea first.</source>
        <translation>Schrijf eerst je idee.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Er ging iets mis. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Received. The facilitator looks at it before it is shared.</source>
        <translation>Ontvangen. De facilitator bekijkt het voordat het wordt gedeeld.</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Je idee</translation>
    </message>
    <message>
        <source>One idea at a time, in any language.</source>
        <translation>Eén idee tegelijk, in elke taal.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Doe mee aan de workshop</translation>
    </message>
    <message>
        <source>You take part as %1.</source>
        <translation>Je doet mee als %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Leave on this phone</source>
        <translation>Stoppen op deze telefoon</translation>
    </message>
    <message>
        <source>Connected. The page updates by itself.</source>
        <translation>Verbonden. De pagina werkt zichzelf bij.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Niet in een groep</translation>
    </message>
    <message>
        <source>My ideas</source>
        <translation>Mijn ideeën</translation>
    </message>
    <message>
        <source>You have not sent an idea yet.</source>
        <translation>Je hebt nog geen idee gestuurd.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>As you would like others to see it.</source>
        <translation>Zoals je wilt dat anderen hem zien.</translation>
    </message>
    <message>
        <source>Without JavaScript, reload the page to see what is new.</source>
        <translation>Zonder JavaScript: laad de pagina opnieuw om te zien wat er nieuw is.</translation>
    </message>
    <message>
        <source>No connection. Your ideas are kept on this phone and sent when it is back.</source>
        <translation>Geen verbinding. Je ideeën blijven op deze telefoon en worden verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>The facilitator has paused new ideas for now.</source>
        <translation>De facilitator heeft nieuwe ideeën even gepauzeerd.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzenden</translation>
    </message>
    <message>
        <source>Still to send: %1</source>
        <translation>Nog te versturen: %1</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>De vraag</translation>
    </message>
    <message>
        <source>Remove a dot from: %1</source>
        <translation>Stip weghalen bij: %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Het verslag</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Gedeeld met iedereen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save my dots</source>
        <translation>Mijn stippen opslaan</translation>
    </message>
    <message>
        <source>Received. Others see it once the facilitator shares the ideas.</source>
        <translation>Ontvangen. Anderen zien het zodra de facilitator de ideeën deelt.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send without my name</source>
        <translation>Versturen zonder mijn naam</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Naar de inhoud</translation>
    </message>
    <message>
        <source>Step 1: Envision</source>
        <translation>Stap 1: Visie</translation>
    </message>
    <message>
        <source>Step 2: System change</source>
        <translation>Stap 2: Systeemverandering</translation>
    </message>
    <message>
        <source>Step 3: Action</source>
        <translation>Stap 3: Actie</translation>
    </message>
    <message>
        <source>This idea has been shared with everyone and can no longer be changed.</source>
        <translation>Dit idee is met iedereen gedeeld en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>You have %1 dots. Put up to %2 on one item.</source>
        <translation>Je hebt %1 stippen. Zet er hoogstens %2 op één item.</translation>
    </message>
    <message>
        <source>That vote was not taken: no dots left, or the round has closed.</source>
        <translation>Die stem is niet geteld: je hebt geen stippen meer, of de ronde is gesloten.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Your idea has been withdrawn.</source>
        <translation>Je idee is ingetrokken.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <source>Add this idea</source>
        <translation>Dit idee toevoegen</translation>
    </message>
    <message>
        <source>Idea added. You can write another one.</source>
        <translation>Idee toegevoegd. Je kunt er nog een schrijven.</translation>
    </message>
    <message>
        <source>You changed your ideas after saving: save again so the new version is sent.</source>
        <translation>Je hebt je ideeën gewijzigd na het opslaan: sla opnieuw op zodat de nieuwe versie wordt verstuurd.</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Zeg ik liever niet</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to the facilitator.</source>
        <translation>Gekopieerd. Plak het in een e-mail aan de facilitator.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>De tekst kopiëren</translation>
    </message>
    <message>
        <source>Copying did not work here: select all of the text and copy it yourself.</source>
        <translation>Kopiëren werkte hier niet: selecteer alle tekst en kopieer die zelf.</translation>
    </message>
    <message>
        <source>Ideas written so far: %1</source>
        <translation>Ideeën tot nu toe geschreven: %1</translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation>Het bestand downloaden</translation>
    </message>
    <message>
        <source>Write your ideas here, even without an internet connection. When you are done, save your contribution and send it to the facilitator, by e-mail or on a USB stick.</source>
        <translation>Schrijf hier je ideeën, ook zonder internetverbinding. Als je klaar bent, sla je je bijdrage op en stuur je die naar de facilitator, per e-mail of op een usb-stick.</translation>
    </message>
    <message>
        <source>Your ideas are kept in this browser on this device until you send them.</source>
        <translation>Je ideeën worden in deze browser op dit apparaat bewaard tot je ze verstuurt.</translation>
    </message>
    <message>
        <source>Leave your name empty to take part anonymously: then no name is kept with your ideas.</source>
        <translation>Laat je naam leeg om anoniem mee te doen: dan wordt er geen naam bij je ideeën bewaard.</translation>
    </message>
    <message>
        <source>This workshop asks for your name. Please write it first.</source>
        <translation>Deze workshop vraagt om je naam. Vul die eerst in.</translation>
    </message>
    <message>
        <source>Write at least one idea first.</source>
        <translation>Schrijf eerst minstens één idee.</translation>
    </message>
    <message>
        <source>This form needs JavaScript to save your contribution, and JavaScript is switched off in this browser. You can still take part: write your ideas in an e-mail to the facilitator, with the question each one answers, and your name if you want it kept with them.</source>
        <translation>Dit formulier heeft JavaScript nodig om je bijdrage op te slaan, en JavaScript staat uit in deze browser. Je kunt toch meedoen: schrijf je ideeën in een e-mail aan de facilitator, met bij elk idee de vraag waarop het antwoord geeft, en je naam als je wilt dat die erbij bewaard wordt.</translation>
    </message>
    <message>
        <source>Your contribution as text</source>
        <translation>Je bijdrage als tekst</translation>
    </message>
    <message>
        <source>Copy all of it, from BEGIN to END, into an e-mail to the facilitator. Nothing needs to be changed in it.</source>
        <translation>Kopieer alles, van BEGIN tot END, in een e-mail aan de facilitator. Er hoeft niets aan te worden veranderd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the idea: %1</source>
        <translation>Het idee verwijderen: %1</translation>
    </message>
    <message>
        <source>Idea removed.</source>
        <translation>Idee verwijderd.</translation>
    </message>
    <message>
        <source>Save my contribution</source>
        <translation>Mijn bijdrage opslaan</translation>
    </message>
    <message>
        <source>This makes a small file to send to the facilitator, and shows the same text to paste into an e-mail. Nothing is sent by itself.</source>
        <translation>Dit maakt een klein bestand om naar de facilitator te sturen, en toont dezelfde tekst om in een e-mail te plakken. Er wordt niets vanzelf verstuurd.</translation>
    </message>
    <message>
        <source>Your contribution is ready: send the file or the text to the facilitator.</source>
        <translation>Je bijdrage is klaar: stuur het bestand of de tekst naar de facilitator.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Offline contribution form</source>
        <translation>Offline bijdrageformulier</translation>
    </message>
    <message>
        <source>Your ideas for this question</source>
        <translation>Je ideeën voor deze vraag</translation>
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
    <name>pamoja::PresenterCanvas</name>
    <message>
        <source>Revealed ideas</source>
        <translation>Onthulde ideeën</translation>
    </message>
    <message>
        <source>Not yet grouped</source>
        <translation>Nog niet gegroepeerd</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Revealed ideas appear here.</source>
        <translation>Onthulde ideeën verschijnen hier.</translation>
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
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
    <name>pamoja::QrCodeWidget</name>
    <message>
        <source>QR code to join</source>
        <translation>QR-code om mee te doen</translation>
    </message>
</context>
<context>
    <name>pamoja::QuickCaptureWindow</name>
    <message>
        <source>&amp;Undo last capture</source>
        <translation>Laatste invoer &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Snelinvoer</translation>
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
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Who said it; anonymous stores no name</source>
        <translation>Wie het zei; anoniem bewaart geen naam</translation>
    </message>
    <message>
        <source>One idea, then Enter</source>
        <translation>Eén idee, dan Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>Enter saves the idea with the time; the cursor stays here for the next one.</source>
        <translation>Enter slaat het idee op met de tijd; de cursor blijft hier voor het volgende.</translation>
    </message>
    <message>
        <source>Ideas captured in this window, newest first</source>
        <translation>Ideeën uit dit venster, nieuwste eerst</translation>
    </message>
    <message>
        <source>Undo the last capture</source>
        <translation>De laatste invoer ongedaan maken</translation>
    </message>
    <message>
        <source>Removes the newest idea captured here (%1)</source>
        <translation>Verwijdert het nieuwste idee dat hier is ingevoerd (%1)</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Status van de invoer</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;tap:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>S&amp;preker:</translation>
    </message>
    <message>
        <source>No workshop is open.</source>
        <translation>Er is geen workshop geopend.</translation>
    </message>
    <message>
        <source>Quick capture: %1</source>
        <translation>Snelinvoer: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>This workshop is open read-only: nothing can be captured.</source>
        <translation>Deze workshop is alleen-lezen geopend: er kan niets worden ingevoerd.</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Idee invoeren</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1. %n idea(s) captured in this window.</source>
        <translation>
            <numerusform>Opgeslagen om %1. %n idee ingevoerd in dit venster.</numerusform>
            <numerusform>Opgeslagen om %1. %n ideeën ingevoerd in dit venster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing captured here to undo.</source>
        <translation>Hier is niets ingevoerd om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Remove captured idea</source>
        <translation>Ingevoerd idee verwijderen</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1” verwijderd.</translation>
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
    <message>
        <source>Field &quot;%2&quot; of %1 contains a control character (%3 at position %4); only tabs and line breaks are allowed in text.</source>
        <translation>Veld &quot;%2&quot; van %1 bevat een stuurteken (%3 op positie %4); in tekst zijn alleen tabs en regeleinden toegestaan.</translation>
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
    <message>
        <source>%1 (detected)</source>
        <extracomment>An idea&apos;s language that Pamoja detected from its text (nobody gave it); %1 is the language&apos;s name.</extracomment>
        <translation>%1 (herkend)</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Machinevertaling</translation>
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
    <name>pamoja::SuggestGroupsDialog</name>
    <message>
        <source>Suggest Groups</source>
        <translation>Groepen voorstellen</translation>
    </message>
    <message>
        <source>Suggested groups</source>
        <translation>Voorgestelde groepen</translation>
    </message>
    <message>
        <source>Looking for groups across languages…</source>
        <translation>Groepen zoeken, ongeacht de taal…</translation>
    </message>
    <message>
        <source>Computing suggestions</source>
        <translation>Suggesties berekenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the suggestions</source>
        <translation>De suggesties annuleren</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Voorgestelde groepen</translation>
    </message>
    <message>
        <source>Group and ideas</source>
        <translation>Groep en ideeën</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepteren</translation>
    </message>
    <message>
        <source>Accept the selected group</source>
        <translation>De geselecteerde groep accepteren</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>Reject the selected group</source>
        <translation>De geselecteerde groep afwijzen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>A&amp;lles accepteren</translation>
    </message>
    <message>
        <source>Accept all groups</source>
        <translation>Alle groepen accepteren</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Bijna-duplicaten</translation>
    </message>
    <message>
        <source>Near-duplicate ideas</source>
        <translation>Ideeën die bijna duplicaten zijn</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicaat</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>Merge the selected duplicate into its idea</source>
        <translation>Het geselecteerde duplicaat samenvoegen met zijn idee</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) proposed. Ideas that fit no group stay out of every group: %1.</source>
        <translation>
            <numerusform>%n groep voorgesteld. Ideeën die in geen enkele groep passen, blijven buiten alle groepen: %1.</numerusform>
            <numerusform>%n groepen voorgesteld. Ideeën die in geen enkele groep passen, blijven buiten alle groepen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Accept suggested group &quot;%1&quot;</source>
        <translation>Voorgestelde groep &quot;%1&quot; accepteren</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested group(s)</source>
        <translation>
            <numerusform>%n voorgestelde groep accepteren</numerusform>
            <numerusform>%n voorgestelde groepen accepteren</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate idea</source>
        <translation>Dubbel idee samenvoegen</translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestionsPanel</name>
    <message>
        <source>Suggested tags</source>
        <translation>Voorgestelde labels</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Suggested tag</source>
        <translation>Voorgesteld label</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Acce&amp;pteren</translation>
    </message>
    <message>
        <source>Tag the idea with the suggested theme or factor</source>
        <translation>Het idee labelen met het voorgestelde thema of de voorgestelde factor</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Af&amp;wijzen</translation>
    </message>
    <message>
        <source>Do not suggest this tag for this idea again</source>
        <translation>Dit label niet meer voorstellen voor dit idee</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>A&amp;lles accepteren</translation>
    </message>
    <message>
        <source>Accept every suggestion shown, in one step</source>
        <translation>Elke getoonde suggestie accepteren, in één stap</translation>
    </message>
    <message numerus="yes">
        <source>Finding suggestions for %n idea(s)…</source>
        <translation>
            <numerusform>Suggesties zoeken voor %n idee…</numerusform>
            <numerusform>Suggesties zoeken voor %n ideeën…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas to see suggested themes and factors.</source>
        <translation>Selecteer ideeën om voorgestelde thema&apos;s en factoren te zien.</translation>
    </message>
    <message>
        <source>No suggestions for the selected ideas.</source>
        <translation>Geen suggesties voor de geselecteerde ideeën.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n suggestie.</numerusform>
            <numerusform>%n suggesties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggested tag %1</source>
        <translation>Voorgesteld label %1 accepteren</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested tag(s)</source>
        <translation>
            <numerusform>%n voorgesteld label accepteren</numerusform>
            <numerusform>%n voorgestelde labels accepteren</numerusform>
        </translation>
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
    <name>pamoja::TextDecode</name>
    <message>
        <source>Line %1, column %2: the file contains a control character (U+%3); is it a text file?</source>
        <translation>Regel %1, kolom %2: het bestand bevat een stuurteken (U+%3); is het wel een tekstbestand?</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 but ends in the middle of a character; it may be truncated.</source>
        <translation>Het bestand lijkt UTF-16, maar eindigt midden in een teken; het is misschien afgekapt.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid %2 text.</source>
        <translation>Regel %1: het bestand is geen geldige %2-tekst.</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not valid UTF-8 there.</source>
        <translation>Regel %1: het bestand geeft aan UTF-8 te zijn, maar is daar geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data; save it as text (UTF-8) or CSV.</source>
        <translation>Regel %1: het bestand bevat binaire gegevens; sla het op als tekst (UTF-8) of CSV.</translation>
    </message>
    <message>
        <source>Line %1: the file is UTF-8 but is damaged there (an invalid byte sequence).</source>
        <translation>Regel %1: het bestand is UTF-8, maar is daar beschadigd (een ongeldige bytereeks).</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.</source>
        <translation>Regel %1: het bestand is geen UTF-8- en geen Windows-1252-tekst; sla het op als UTF-8.</translation>
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
    <name>pamoja::TranslateDialog</name>
    <message>
        <source>Translate Ideas</source>
        <translation>Ideeën vertalen</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Vertalen naar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which ideas</source>
        <translation>Welke ideeën</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle stappen</translation>
    </message>
    <message>
        <source>What will be translated</source>
        <translation>Wat vertaald wordt</translation>
    </message>
    <message>
        <source>Translation progress</source>
        <translation>Voortgang van de vertaling</translation>
    </message>
    <message>
        <source>Apertium translates on this computer, without a network. The translation is shown beside each idea, marked as machine translation; the idea&apos;s own words never change. Correct a translation with Edit &gt; Edit Translation.</source>
        <translation>Apertium vertaalt op deze computer, zonder netwerk. De vertaling wordt naast elk idee getoond, gemarkeerd als machinevertaling; de eigen woorden van het idee veranderen nooit. Corrigeer een vertaling met Bewerken &gt; Vertaling bewerken.</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Vertalen</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Vertalen &amp;naar:</translation>
    </message>
    <message>
        <source>&amp;Ideas of:</source>
        <translation>&amp;Ideeën van:</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) to translate into %1.</source>
        <translation>
            <numerusform>%n idee te vertalen naar %1.</numerusform>
            <numerusform>%n ideeën te vertalen naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</source>
        <translation>
            <numerusform>%n idee waarvan de taal onbekend is, wordt niet vertaald (Bewerken &gt; Talen herkennen kan de taal vinden).</numerusform>
            <numerusform>%n ideeën waarvan de taal onbekend is, worden niet vertaald (Bewerken &gt; Talen herkennen kan de taal vinden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n idee al in %1.</numerusform>
            <numerusform>%n ideeën al in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) made or corrected by a person are kept.</source>
        <translation>
            <numerusform>%n vertaling die door een persoon is gemaakt of gecorrigeerd, blijft behouden.</numerusform>
            <numerusform>%n vertalingen die door een persoon zijn gemaakt of gecorrigeerd, blijven behouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop has no languages to translate into (Session &gt; Workshop Settings).</source>
        <translation>De workshop heeft geen talen om naar te vertalen (Sessie &gt; Workshopinstellingen).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Translating %n idea(s)…</source>
        <translation>
            <numerusform>%n idee wordt vertaald…</numerusform>
            <numerusform>%n ideeën worden vertaald…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancelled: no translation was stored.</source>
        <translation>Geannuleerd: er is geen vertaling opgeslagen.</translation>
    </message>
    <message>
        <source>No translation was stored.</source>
        <translation>Er is geen vertaling opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Translate %n idea(s) into %1</source>
        <translation>
            <numerusform>%n idee vertalen naar %1</numerusform>
            <numerusform>%n ideeën vertalen naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation). View &gt; Show Translations shows them.</source>
        <translation>
            <numerusform>%n idee vertaald naar %1 (machinevertaling). Beeld &gt; Vertalingen tonen laat de vertaling zien.</numerusform>
            <numerusform>%n ideeën vertaald naar %1 (machinevertaling). Beeld &gt; Vertalingen tonen laat de vertalingen zien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Translation</name>
    <message>
        <source>Apertium is not installed, so ideas cannot be translated. Install the package &quot;apertium&quot; and its language pairs (for example apertium-eng-spa, apertium-fr-es, apertium-es-pt).</source>
        <translation>Apertium is niet geïnstalleerd, dus ideeën kunnen niet worden vertaald. Installeer het pakket &quot;apertium&quot; en de taalparen ervan (bijvoorbeeld apertium-eng-spa, apertium-fr-es, apertium-es-pt).</translation>
    </message>
    <message>
        <source>No translation from %1 to %2 is installed: Apertium has no %1-%2 language pair, nor pairs through Spanish. The ideas in %1 keep no translation.</source>
        <translation>Er is geen vertaling van %1 naar %2 geïnstalleerd: Apertium heeft geen taalpaar %1-%2, en ook geen paren via het Spaans. De ideeën in %1 krijgen geen vertaling.</translation>
    </message>
    <message>
        <source>Apertium could not be started (%1).</source>
        <translation>Apertium kon niet worden gestart (%1).</translation>
    </message>
    <message>
        <source>Apertium failed translating with %1 (exit code %2): %3</source>
        <translation>Apertium kon niet vertalen met %1 (afsluitcode %2): %3</translation>
    </message>
    <message>
        <source>Apertium&apos;s output with %1 did not keep the ideas apart; nothing of that part was stored.</source>
        <translation>De uitvoer van Apertium met %1 hield de ideeën niet gescheiden; van dat deel is niets opgeslagen.</translation>
    </message>
    <message>
        <source>MT</source>
        <comment>short mark: machine translation</comment>
        <translation>MV</translation>
    </message>
    <message>
        <source>Tr.</source>
        <comment>short mark: a person&apos;s translation</comment>
        <translation>Vert.</translation>
    </message>
    <message>
        <source>Machine translation (%1): %2</source>
        <translation>Machinevertaling (%1): %2</translation>
    </message>
    <message>
        <source>Translation, by a person (%1): %2</source>
        <translation>Vertaling, door een persoon (%1): %2</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslationEditDialog</name>
    <message>
        <source>Edit Translation</source>
        <translation>Vertaling bewerken</translation>
    </message>
    <message>
        <source>The idea&apos;s words</source>
        <translation>De woorden van het idee</translation>
    </message>
    <message>
        <source>Now: machine translation. Saving marks it as corrected by a person.</source>
        <translation>Nu: machinevertaling. Bij opslaan wordt ze gemarkeerd als gecorrigeerd door een persoon.</translation>
    </message>
    <message>
        <source>Now: a person&apos;s translation.</source>
        <translation>Nu: vertaling door een persoon.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Taal van de vertaling</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Idee:</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Vertaling:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Vertaling verwijderen</translation>
    </message>
    <message>
        <source>Correct translation</source>
        <translation>Vertaling corrigeren</translation>
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
    <message>
        <source>The idea &quot;%1&quot; is merged into itself.</source>
        <translation>Het idee &quot;%1&quot; is met zichzelf samengevoegd.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea that does not exist.</source>
        <translation>Het idee &quot;%1&quot; is samengevoegd met een idee dat niet bestaat.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea of another step.</source>
        <translation>Het idee &quot;%1&quot; is samengevoegd met een idee van een andere stap.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into &quot;%2&quot;, which is itself merged into another idea (a chain or a cycle of merges).</source>
        <translation>Het idee &quot;%1&quot; is samengevoegd met &quot;%2&quot;, dat zelf met een ander idee is samengevoegd (een keten of kring van samenvoegingen).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; refers to %3, which is not in the workshop%4.</source>
        <translation>%1: &quot;%2&quot; verwijst naar %3, dat niet in de workshop staat%4.</translation>
    </message>
    <message>
        <source> as a %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>The file holds %1 workshops instead of one.</source>
        <translation>Het bestand bevat %1 workshops in plaats van één.</translation>
    </message>
    <message>
        <source>vote %1: %2 dots on one item in the round &quot;%3&quot;, which allows at most %4.</source>
        <translation>stem %1: %2 stippen op één item in de ronde &quot;%3&quot;, die er hoogstens %4 toestaat.</translation>
    </message>
    <message>
        <source>%1 gave %2 dots in the round &quot;%3&quot;, which allows %4 per participant.</source>
        <translation>%1 gaf %2 stippen in de ronde &quot;%3&quot;, die %4 per deelnemer toestaat.</translation>
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
    <message>
        <source>The new %1 reuses the id of an existing %2.</source>
        <translation>De nieuwe %1 gebruikt de id van een bestaande %2.</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopLocation</name>
    <message>
        <source>The %1 has a broken percent escape (a %% must be followed by two hexadecimal digits).</source>
        <translation>%1 bevat een ongeldige procentcodering (na een %% moeten twee hexadecimale cijfers volgen).</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 once decoded.</source>
        <translation>%1 is na decodering geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>%1 bevat een stuurteken.</translation>
    </message>
    <message>
        <source>A postgresql:// location cannot have a # part.</source>
        <translation>Een postgresql://-locatie mag geen #-deel hebben.</translation>
    </message>
    <message>
        <source>A postgresql:// location needs a database name after the host, as in postgresql://host/dbname.</source>
        <translation>Een postgresql://-locatie heeft na de host een databasenaam nodig, zoals in postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>De databasenaam</translation>
    </message>
    <message>
        <source>The database name cannot contain a slash.</source>
        <translation>De databasenaam mag geen schuine streep (/) bevatten.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>De gebruikersnaam</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Het wachtwoord</translation>
    </message>
    <message>
        <source>The user name before @ is empty.</source>
        <translation>De gebruikersnaam vóór @ is leeg.</translation>
    </message>
    <message>
        <source>Pamoja connects to one database server: give one host, not a list.</source>
        <translation>Pamoja maakt verbinding met één databaseserver: geef één host op, geen lijst.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing ].</source>
        <translation>Het IPv6-adres mist de afsluitende ].</translation>
    </message>
    <message>
        <source>Only a :port may follow the IPv6 address.</source>
        <translation>Na het IPv6-adres mag alleen een :port volgen.</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid.</source>
        <translation>Het IPv6-adres is ongeldig.</translation>
    </message>
    <message>
        <source>The port after : is empty.</source>
        <translation>De poort na : is leeg.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>De hostnaam</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation>De hostnaam &quot;%1&quot; is ongeldig.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>De poort moet een getal van 1 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <source>Each parameter after ? must be name=value.</source>
        <translation>Elke parameter na ? moet de vorm name=value hebben.</translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation>De parameternaam</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>De waarde van %1</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>De parameter %1 komt twee keer voor.</translation>
    </message>
    <message>
        <source>The workshop parameter must be a workshop&apos;s id, as `pamoja repo list` shows it.</source>
        <translation>De parameter workshop moet de id van een workshop zijn, zoals `pamoja repo list` die toont.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid (file names here cannot contain spaces or quotes).</source>
        <translation>De waarde van %1 is ongeldig (bestandsnamen mogen hier geen spaties of aanhalingstekens bevatten).</translation>
    </message>
    <message>
        <source>No workshop given: name a file or a postgresql:// location.</source>
        <translation>Geen workshop opgegeven: geef een bestand of een postgresql://-locatie op.</translation>
    </message>
    <message>
        <source>The location is longer than %1 characters.</source>
        <translation>De locatie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Pamoja opens workshop files and postgresql:// locations; &quot;%1://&quot; is neither.</source>
        <translation>Pamoja opent workshopbestanden en postgresql://-locaties; &quot;%1://&quot; is geen van beide.</translation>
    </message>
    <message>
        <source>Pamoja does not know the parameter %1; it passes on sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count and tcp_user_timeout.</source>
        <translation>Pamoja kent de parameter %1 niet; het geeft sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count en tcp_user_timeout door.</translation>
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
    <message>
        <source>The disk is full: the change was not saved and was not made. Free some space, then try again.</source>
        <translation>De schijf is vol: de wijziging is niet opgeslagen en niet doorgevoerd. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workshop file could not be written (%1): the change was not made. Check that the disk or stick is still there and writable, then try again.</source>
        <translation>Het workshopbestand kon niet worden geschreven (%1): de wijziging is niet doorgevoerd. Controleer of de schijf of usb-stick er nog is en beschrijfbaar is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that the file and its folder can be read and written; the file was not changed.</source>
        <translation>%1 kon niet worden geopend (%2). Controleer of het bestand en de map gelezen en beschreven kunnen worden; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was deleted, moved or replaced by another program while it was open; the change was not made. Use Save a Copy to keep this workshop as it is.</source>
        <translation>%1 is verwijderd, verplaatst of vervangen door een ander programma terwijl het open was; de wijziging is niet doorgevoerd. Gebruik Een kopie opslaan om deze workshop te bewaren zoals hij is.</translation>
    </message>
    <message>
        <source>Could not prepare %1 for safe reading: %2</source>
        <translation>Kon %1 niet voorbereiden om veilig te lezen: %2</translation>
    </message>
    <message>
        <source>memory mapping stayed on</source>
        <translation>geheugenmapping bleef aan</translation>
    </message>
    <message>
        <source>The change was not saved: a %1 has no field &quot;%2&quot;.</source>
        <translation>De wijziging is niet opgeslagen: een %1 heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The change was not saved: a change to a %1 names no fields.</source>
        <translation>De wijziging is niet opgeslagen: een wijziging van een %1 noemt geen velden.</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>Kon de geschiedenis van %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation>item %1 is beschadigd (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its file version (%2) is not one Pamoja ever wrote. Use a backup copy; the file was not changed.</source>
        <translation>%1 is beschadigd: het bestandsversienummer (%2) is er geen dat Pamoja ooit schreef. Gebruik een reservekopie; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The schema statement uses %1, which has no PostgreSQL form yet.</source>
        <translation>De schema-instructie gebruikt %1, waarvoor nog geen PostgreSQL-vorm bestaat.</translation>
    </message>
    <message>
        <source>The change was not made: someone else changed or removed this %1 in the meantime. Reopen the workshop to see their change, then try again.</source>
        <translation>De wijziging is niet doorgevoerd: iemand anders heeft dit object (%1) inmiddels gewijzigd of verwijderd. Open de workshop opnieuw om die wijziging te zien en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>The change could not be saved: the %1 in the file is not the one it was made from.</source>
        <translation>De wijziging kan niet worden opgeslagen: het object (%1) in het bestand is niet meer het object waarop de wijziging gebaseerd was.</translation>
    </message>
    <message>
        <source>Pamoja cannot reach PostgreSQL here: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Pamoja kan hier geen verbinding maken met PostgreSQL: het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian-pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>Could not create the workshop in %1: %2</source>
        <translation>Kan de workshop niet aanmaken in %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workshop with the id %2; nothing was changed.</source>
        <translation>%1 bevat al een workshop met de id %2; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Name the workshop to open: add ?workshop=ID to %1 (pamoja repo list shows the ids).</source>
        <translation>Geef aan welke workshop geopend moet worden: voeg ?workshop=ID toe aan %1 (pamoja repo list toont de id&apos;s).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The database of %1 holds no Pamoja workshops.</source>
        <translation>De database van %1 bevat geen Pamoja-workshops.</translation>
    </message>
    <message>
        <source>The database has no workshop with the id %1 (pamoja repo list shows the ids).</source>
        <translation>De database bevat geen workshop met de id %1 (pamoja repo list toont de id&apos;s).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged in its database (its schema name is not its own).</source>
        <translation>De workshop %1 is beschadigd in zijn database (de schemanaam is niet die van de workshop zelf).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: its version (%2) is not one Pamoja ever wrote.</source>
        <translation>De workshop %1 is beschadigd: de versie (%2) is er geen die Pamoja ooit heeft geschreven.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by a newer Pamoja (version %2; this one reads up to %3). Update Pamoja to open it; nothing was changed.</source>
        <translation>De workshop %1 is geschreven door een nieuwere Pamoja (versie %2; deze versie leest tot en met %3). Werk Pamoja bij om de workshop te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: some of its tables are missing. Nothing was changed.</source>
        <translation>De workshop %1 is beschadigd: er ontbreken tabellen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>De workshop %1 is geschreven door een oudere Pamoja en moet worden bijgewerkt; open de workshop in schrijfmodus.</translation>
    </message>
    <message>
        <source>Could not upgrade the workshop %1: %2. It was left as it was.</source>
        <translation>Kan de workshop %1 niet bijwerken: %2. De workshop is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Give a postgresql:// location to list its workshops.</source>
        <translation>Geef een postgresql://-locatie op om de workshops ervan weer te geven.</translation>
    </message>
    <message>
        <source>Could not copy the workshop to %1: %2</source>
        <translation>Kan de workshop niet kopiëren naar %1: %2</translation>
    </message>
    <message>
        <source>the connection to the database is lost</source>
        <translation>de verbinding met de database is verbroken</translation>
    </message>
</context>
<context>
    <name>pamoja::Workspace</name>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Open of maak eerst een workshop.</translation>
    </message>
</context>
<context>
    <name>pamoja::Xlsx</name>
    <message>
        <source>The spreadsheet could not be read.</source>
        <translation>Het rekenblad kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file looks like a spreadsheet (XLSX) but its ZIP container is damaged.</source>
        <translation>Het bestand lijkt op een rekenblad (XLSX), maar de ZIP-container is beschadigd.</translation>
    </message>
    <message>
        <source>The spreadsheet has more parts than any workbook of ideas needs (%1); it is refused.</source>
        <translation>Het rekenblad heeft meer onderdelen dan een werkmap met ideeën nodig heeft (%1); het wordt geweigerd.</translation>
    </message>
    <message>
        <source>The spreadsheet has no part &quot;%1&quot;.</source>
        <translation>Het rekenblad heeft geen onderdeel „%1”.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; does not say how large it is.</source>
        <translation>Het onderdeel „%1” van het rekenblad zegt niet hoe groot het is.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; unpacks to %2 MB, more than a workbook of ideas needs; it is refused.</source>
        <translation>Het onderdeel „%1” van het rekenblad pakt uit tot %2 MB, meer dan een werkmap met ideeën nodig heeft; het wordt geweigerd.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is compressed %2 times, as only a zip bomb is; it is refused.</source>
        <translation>Het onderdeel „%1” van het rekenblad is %2 keer gecomprimeerd, zoals alleen een zipbom; het wordt geweigerd.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; cannot be opened (encrypted or damaged).</source>
        <translation>Het onderdeel „%1” van het rekenblad kan niet worden geopend (versleuteld of beschadigd).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is damaged (it does not unpack to the size it declares).</source>
        <translation>Het onderdeel „%1” van het rekenblad is beschadigd (het pakt niet uit tot de grootte die het opgeeft).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is not valid XML (line %2: %3).</source>
        <translation>Het onderdeel „%1” van het rekenblad is geen geldige XML (regel %2: %3).</translation>
    </message>
    <message>
        <source>The spreadsheet declares a DTD, which workbooks never do; it is refused.</source>
        <translation>Het rekenblad declareert een DTD, wat werkmappen nooit doen; het wordt geweigerd.</translation>
    </message>
    <message>
        <source>The spreadsheet has no worksheet.</source>
        <translation>Het rekenblad heeft geen werkblad.</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet points outside the workbook (&quot;%1&quot;).</source>
        <translation>Het eerste blad van het rekenblad wijst naar buiten de werkmap („%1”).</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet cannot be found.</source>
        <translation>Het eerste blad van het rekenblad is niet te vinden.</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>Gedeelde tekst %1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 rows.</source>
        <translation>Rij %1: het blad heeft meer dan %2 rijen.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a cell reference.</source>
        <translation>Rij %1: „%2” is geen celverwijzing.</translation>
    </message>
    <message>
        <source>Row %1, cell %2: the sheet has more than %3 columns.</source>
        <translation>Rij %1, cel %2: het blad heeft meer dan %3 kolommen.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 refers to a shared string that is not in the file.</source>
        <translation>Rij %1, cel %2 verwijst naar een gedeelde tekst die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 is longer than %3 characters.</source>
        <translation>Rij %1, cel %2 is langer dan %3 tekens.</translation>
    </message>
</context>
</TS>
