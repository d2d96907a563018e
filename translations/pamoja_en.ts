<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pamoja::Cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation>
            <numerusform>expected %n file argument; see --help.</numerusform><numerusform>expected %n file arguments; see --help.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation>
            <numerusform>  %1: %n idea</numerusform><numerusform>  %1: %n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation>
            <numerusform>  %n anonymous idea without a constituency</numerusform><numerusform>  %n anonymous ideas without a constituency</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation>
            <numerusform>Imported %n item; %1 already present.</numerusform><numerusform>Imported %n items; %1 already present.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok: schema version %1, %n history entry</numerusform><numerusform>ok: schema version %1, %n history entries</numerusform></translation>
    </message>
</context>
<context>
    <name>pamoja::Edits</name>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation>
            <numerusform>Each item can get at most %n dot from one person.</numerusform><numerusform>Each item can get at most %n dots from one person.</numerusform></translation>
    </message>
</context>
</TS>