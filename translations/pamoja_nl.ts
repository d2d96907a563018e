<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>pamoja</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Catalogue</name>
    <message>
        <source>Roles and responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication and representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-led development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindset and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information advantage in calls for proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead applicant claims the final say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money flows through Northern intermediaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The donor fixes funding modalities before local actors have a say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk judged from the donor&apos;s side and pushed down the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upward accountability, thresholds and reporting standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas and theories of change set in the North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance designed before all partners have joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership rules written unilaterally by the Northern party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habits, mindsets and inherited perceptions of Southern capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short cycles, deadlines and workload leave no room to co-create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rigid monitoring and evaluation decide whose evidence counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control of information, knowledge and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Northern partner speaks for the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way capacity strengthening defined by the North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak downward accountability to communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition among Northern CSOs for the same fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular power-awareness analysis with follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent governance reflecting the network&apos;s diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared information and mutual capacity strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A culture of open discussion about power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change several formal rules together, aligned with stated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way due diligence and mutual accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locally designed accountability, a wider notion of risk, simpler compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decentralised leadership and rights-holders on advisory boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory monitoring, evaluation and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern and Southern co-facilitation of power conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern members invited together with a Southern counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation-level self-assessment and a shared library of methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources entrusted directly to Southern actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pamoja derived list v1 (not the working group&apos;s official list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Constituency</name>
    <message>
        <source>Southern CSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern CSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Document</name>
    <message>
        <source>Create workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Main</name>
    <message>
        <source>pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no display.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envisioning workshops, together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::MainWindow</name>
    <message>
        <source>Pamoja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Record</name>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 has a wrong type or form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Step</name>
    <message>
        <source>1 Envision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 System change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine a balanced power relationship between Northern and Southern CSOs. What does it look like, and how could it come about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to change in the system (donor frameworks, selection processes, funding modalities, accountability and risk rules, ...) for that picture to become real?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will we do to bring that change about?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::Voting</name>
    <message>
        <source>One person, one vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One organisation, one vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weight per constituency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopData</name>
    <message>
        <source>A change names no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 was changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopStore</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being created by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pamoja workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written here; open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Pamoja (process %2 on %3); close it there first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Pamoja workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pamoja workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Pamoja (file version %2; this one reads up to %3). Update Pamoja to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the database check failed). Use a backup copy; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was; a backup is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved and was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the %1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 refers to a missing row in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::cli</name>
    <message>
        <source>Create a new workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file to create (.pamoja).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant to a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (created when new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>south, north, donor or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code, e.g. fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant (default), facilitator or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant agrees to be named in outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be participant, facilitator or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an idea to a workshop; prints the new idea&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envision, change or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idea&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the contributing participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store no author (the default without --participant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For anonymous ideas: the constituency it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be envision, change or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --participant or --anonymous, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--constituency is only for anonymous ideas; a participant&apos;s own is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no participant called &quot;%1&quot;; add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a summary of a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and balance (people / ideas / votes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (under-represented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: en, nl, fr, es or pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pamoja-workshop JSON export into a workshop (created when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON export to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check a workshop file&apos;s integrity and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
       pamoja export FILE --format FORMAT -o OUT [--lang L] [--paper a4|letter]
       pamoja import FILE IN.json
       pamoja check FILE
Each command takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::cli::Command</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::edits</name>
    <message>
        <source>An idea needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea can be at most 4000 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That prompt does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That voting round does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voting round &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dots left in this round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pamoja::exchange</name>
    <message>
        <source>The file is too large to be a Pamoja workshop export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written by a newer Pamoja (format version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no &quot;%1&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export holds more than one workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has an unknown section &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 refers to something that is not in the export (%2 = %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
