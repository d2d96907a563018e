<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pamoja::BoardScene</name>
    <message numerus="yes">
        <source>Move %n idea(s) into cluster "%1"</source>
        <translation>
            <numerusform>Move %n idea into cluster "%1"</numerusform>
            <numerusform>Move %n ideas into cluster "%1"</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>Move %n idea</numerusform>
            <numerusform>Move %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>Merge %n duplicate</numerusform>
            <numerusform>Merge %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Delete %n idea</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n idea(s)</source>
        <translation>
            <numerusform>Reveal %n idea</numerusform>
            <numerusform>Reveal %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n idea</numerusform>
            <numerusform>%1: %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Separate %n duplicate(s)</source>
        <translation>
            <numerusform>Separate %n duplicate</numerusform>
            <numerusform>Separate %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Nudge %n item</numerusform>
            <numerusform>Nudge %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::BoardWidget</name>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueDialog</name>
    <message numerus="yes">
        <source>"%1" is used on %n idea(s), cluster(s) or change(s). Remove it and its tags?</source>
        <translation>
            <numerusform>"%1" is used on %n idea, cluster or change. Remove it and its tags?</numerusform>
            <numerusform>"%1" is used on %n ideas, clusters or changes. Remove it and its tags?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation>
            <numerusform>expected %n file argument; see --help.</numerusform>
            <numerusform>expected %n file arguments; see --help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation>
            <numerusform>  %1: %n idea</numerusform>
            <numerusform>  %1: %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation>
            <numerusform>  %n anonymous idea without a constituency</numerusform>
            <numerusform>  %n anonymous ideas without a constituency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation>
            <numerusform>Imported %n item; %1 already present.</numerusform>
            <numerusform>Imported %n items; %1 already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok: schema version %1, %n history entry</numerusform>
            <numerusform>ok: schema version %1, %n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from %1; nothing was changed.</source>
        <translation>
            <numerusform>Would import %n idea from %1; nothing was changed.</numerusform>
            <numerusform>Would import %n ideas from %1; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from %1.</source>
        <translation>
            <numerusform>Imported %n idea from %1.</numerusform>
            <numerusform>Imported %n ideas from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pamoja: %1 has %n problem(s):</source>
        <translation>
            <numerusform>pamoja: %1 has %n problem:</numerusform>
            <numerusform>pamoja: %1 has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... and %n more.</numerusform>
            <numerusform>  ... and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this packet are already in the workshop.</source>
        <translation>
            <numerusform>Nothing to import: the %n idea of this packet are already in the workshop.</numerusform>
            <numerusform>Nothing to import: the %n ideas of this packet are already in the workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from the contribution packet; nothing was changed.</source>
        <translation>
            <numerusform>Would import %n idea from the contribution packet; nothing was changed.</numerusform>
            <numerusform>Would import %n ideas from the contribution packet; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet; %1 already present.</source>
        <translation>
            <numerusform>Imported %n idea from the contribution packet; %1 already present.</numerusform>
            <numerusform>Imported %n ideas from the contribution packet; %1 already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation).</source>
        <translation>
            <numerusform>Translated %n idea into %1 (machine translation).</numerusform>
            <numerusform>Translated %n ideas into %1 (machine translation).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) whose language is unknown.</source>
        <translation>
            <numerusform>Skipped %n idea whose language is unknown.</numerusform>
            <numerusform>Skipped %n ideas whose language is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) already in %1.</source>
        <translation>
            <numerusform>Skipped %n idea already in %1.</numerusform>
            <numerusform>Skipped %n ideas already in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n translation(s) made or corrected by a person.</source>
        <translation>
            <numerusform>Kept %n translation made or corrected by a person.</numerusform>
            <numerusform>Kept %n translations made or corrected by a person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) with no language pair installed:</source>
        <translation>
            <numerusform>Skipped %n idea with no language pair installed:</numerusform>
            <numerusform>Skipped %n ideas with no language pair installed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n loose idea(s).</source>
        <translation>
            <numerusform>%1: %n loose idea.</numerusform>
            <numerusform>%1: %n loose ideas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n idea(s))</source>
        <translation>
            <numerusform>%1. %2 (%n idea)</numerusform>
            <numerusform>%1. %2 (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates (%n pair(s)):</source>
        <translation>
            <numerusform>Near-duplicates (%n pair):</numerusform>
            <numerusform>Near-duplicates (%n pairs):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no group (nothing they share with other ideas): %n idea(s).</source>
        <translation>
            <numerusform>In no group (nothing they share with other ideas): %n idea.</numerusform>
            <numerusform>In no group (nothing they share with other ideas): %n ideas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Document</name>
    <message numerus="yes">
        <source>Reconnected to the database. %n change(s) made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</source>
        <translation>
            <numerusform>Reconnected to the database. %n change made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</numerusform>
            <numerusform>Reconnected to the database. %n changes made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database; the %n change(s) made while it was away are saved.</source>
        <translation>
            <numerusform>Reconnected to the database; the %n change made while it was away are saved.</numerusform>
            <numerusform>Reconnected to the database; the %n changes made while it was away are saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Edits</name>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation>
            <numerusform>Each item can get at most %n dot from one person.</numerusform>
            <numerusform>Each item can get at most %n dots from one person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::ExportFormDialog</name>
    <message numerus="yes">
        <source>%1 (%n prompt(s))</source>
        <translation>
            <numerusform>%1 (%n prompt)</numerusform>
            <numerusform>%1 (%n prompts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::ImportIdeasDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea(s) to import.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea to import.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n ideas to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Import %n idea</numerusform>
            <numerusform>Import %n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::LivePanel</name>
    <message numerus="yes">
        <source>%n device(s) connected</source>
        <translation>
            <numerusform>%n device connected</numerusform>
            <numerusform>%n devices connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected.</source>
        <translation>
            <numerusform>Live: %n device connected.</numerusform>
            <numerusform>Live: %n devices connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: devices cannot send ideas (%n connected).</source>
        <translation>
            <numerusform>Paused: devices cannot send ideas (%n connected).</numerusform>
            <numerusform>Paused: devices cannot send ideas (%n connected).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSession</name>
    <message numerus="yes">
        <source>%n idea(s) from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</source>
        <translation>
            <numerusform>%n idea from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</numerusform>
            <numerusform>%n ideas from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live, paused: %n device(s)</source>
        <translation>
            <numerusform>Live, paused: %n device</numerusform>
            <numerusform>Live, paused: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected</source>
        <translation>
            <numerusform>Live: %n device connected</numerusform>
            <numerusform>Live: %n devices connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::MainWindow</name>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this contribution packet are already in the workshop.</source>
        <translation>
            <numerusform>Nothing to import: the %n idea of this contribution packet are already in the workshop.</numerusform>
            <numerusform>Nothing to import: the %n ideas of this contribution packet are already in the workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet.</source>
        <translation>
            <numerusform>Imported %n idea from the contribution packet.</numerusform>
            <numerusform>Imported %n ideas from the contribution packet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the workshop.</source>
        <translation>
            <numerusform>%n were already in the workshop.</numerusform>
            <numerusform>%n were already in the workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n item(s) of %1 are already in this workshop.</source>
        <translation>
            <numerusform>Nothing to import: the %n item of %1 are already in this workshop.</numerusform>
            <numerusform>Nothing to import: the %n items of %1 are already in this workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n new item(s) from %1 into this workshop?</source>
        <translation>
            <numerusform>Import %n new item from %1 into this workshop?</numerusform>
            <numerusform>Import %n new items from %1 into this workshop?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already here and stay as they are.</source>
        <translation>
            <numerusform>%n item are already here and stay as they are.</numerusform>
            <numerusform>%n items are already here and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Imported %n item from %1.</numerusform>
            <numerusform>Imported %n items from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer until it is back.</source>
        <translation>
            <numerusform>%n change kept on this computer until it is back.</numerusform>
            <numerusform>%n changes kept on this computer until it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Next attempt in %n second.</numerusform>
            <numerusform>Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to the database is lost, and %n change(s) made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</source>
        <translation>
            <numerusform>The connection to the database is lost, and %n change made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</numerusform>
            <numerusform>The connection to the database is lost, and %n changes made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::OpenRepositoryDialog</name>
    <message numerus="yes">
        <source>%n workshop(s) in the database.</source>
        <translation>
            <numerusform>%n workshop in the database.</numerusform>
            <numerusform>%n workshops in the database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineModel</name>
    <message numerus="yes">
        <source>%1 (%n idea(s))</source>
        <translation>
            <numerusform>%1 (%n idea)</numerusform>
            <numerusform>%1 (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster (%n idea(s))</source>
        <translation>
            <numerusform>Not in a cluster (%n idea)</numerusform>
            <numerusform>Not in a cluster (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n idea</numerusform>
            <numerusform>%1: %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s) to another cluster</source>
        <translation>
            <numerusform>Move %n idea to another cluster</numerusform>
            <numerusform>Move %n ideas to another cluster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::OverviewPage</name>
    <message numerus="yes">
        <source>%n anonymous idea(s) without a constituency are not counted above.</source>
        <translation>
            <numerusform>%n anonymous idea without a constituency are not counted above.</numerusform>
            <numerusform>%n anonymous ideas without a constituency are not counted above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Packet</name>
    <message numerus="yes">
        <source>%n idea(s) answer a prompt the workshop no longer has; they go to the step's first prompt.</source>
        <translation>
            <numerusform>%n idea answer a prompt the workshop no longer has; they go to the step's first prompt.</numerusform>
            <numerusform>%n ideas answer a prompt the workshop no longer has; they go to the step's first prompt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::PlanPanel</name>
    <message numerus="yes">
        <source>⚠ %n action(s) have both owners on the same side (North or South).</source>
        <translation>
            <numerusform>⚠ %n action have both owners on the same side (North or South).</numerusform>
            <numerusform>⚠ %n actions have both owners on the same side (North or South).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n open action(s) from "%1"</source>
        <translation>
            <numerusform>Import %n open action from "%1"</numerusform>
            <numerusform>Import %n open actions from "%1"</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::QuickCaptureWindow</name>
    <message numerus="yes">
        <source>Saved at %1. %n idea(s) captured in this window.</source>
        <translation>
            <numerusform>Saved at %1. %n idea captured in this window.</numerusform>
            <numerusform>Saved at %1. %n ideas captured in this window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::RosterCsv</name>
    <message numerus="yes">
        <source>%n field(s) more than the header has.</source>
        <translation>
            <numerusform>%n field more than the header has.</numerusform>
            <numerusform>%n fields more than the header has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The roster has %n problem; nothing was imported.</numerusform>
            <numerusform>The roster has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::RosterImportDialog</name>
    <message numerus="yes">
        <source>%n participant(s) read; %1 problem(s) must be fixed in the file first. Nothing will be imported.</source>
        <translation>
            <numerusform>%n participant read; %1 problem must be fixed in the file first. Nothing will be imported.</numerusform>
            <numerusform>%n participants read; %1 problems must be fixed in the file first. Nothing will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ready to import.</source>
        <translation>
            <numerusform>%n participant ready to import.</numerusform>
            <numerusform>%n participants ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestGroupsDialog</name>
    <message numerus="yes">
        <source>%n group(s) proposed. Ideas that fit no group stay out of every group: %1.</source>
        <translation>
            <numerusform>%n group proposed. Ideas that fit no group stay out of every group: %1.</numerusform>
            <numerusform>%n groups proposed. Ideas that fit no group stay out of every group: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested group(s)</source>
        <translation>
            <numerusform>Accept %n suggested group</numerusform>
            <numerusform>Accept %n suggested groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestionsPanel</name>
    <message numerus="yes">
        <source>Finding suggestions for %n idea(s)…</source>
        <translation>
            <numerusform>Finding suggestions for %n idea…</numerusform>
            <numerusform>Finding suggestions for %n ideas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n suggestion.</numerusform>
            <numerusform>%n suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested tag(s)</source>
        <translation>
            <numerusform>Accept %n suggested tag</numerusform>
            <numerusform>Accept %n suggested tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::TagsPanel</name>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
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
</context>
<context>
    <name>pamoja::TranslateDialog</name>
    <message numerus="yes">
        <source>%n idea(s) to translate into %1.</source>
        <translation>
            <numerusform>%n idea to translate into %1.</numerusform>
            <numerusform>%n ideas to translate into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</source>
        <translation>
            <numerusform>%n idea whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</numerusform>
            <numerusform>%n ideas whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n idea already in %1.</numerusform>
            <numerusform>%n ideas already in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) made or corrected by a person are kept.</source>
        <translation>
            <numerusform>%n translation made or corrected by a person are kept.</numerusform>
            <numerusform>%n translations made or corrected by a person are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translating %n idea(s)…</source>
        <translation>
            <numerusform>Translating %n idea…</numerusform>
            <numerusform>Translating %n ideas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translate %n idea(s) into %1</source>
        <translation>
            <numerusform>Translate %n idea into %1</numerusform>
            <numerusform>Translate %n ideas into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation). View &gt; Show Translations shows them.</source>
        <translation>
            <numerusform>Translated %n idea into %1 (machine translation). View &gt; Show Translations shows them.</numerusform>
            <numerusform>Translated %n ideas into %1 (machine translation). View &gt; Show Translations shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::VotingPanel</name>
    <message numerus="yes">
        <source>⚠ %n item(s) diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</source>
        <translation>
            <numerusform>⚠ %n item diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</numerusform>
            <numerusform>⚠ %n items diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</numerusform>
        </translation>
    </message>
</context>
</TS>