<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n pause(s), %1 in all</source>
        <translation>
            <numerusform>%n pause, %1 in all</numerusform>
            <numerusform>%n pauses, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalWindow</name>
    <message numerus="yes">
        <source>%n session(s) with their checklists, notes and marks will be erased forever, along with the client&apos;s details. This cannot be undone.</source>
        <translation>
            <numerusform>%n session with its checklist, notes and marks will be erased forever, along with the client&apos;s details. This cannot be undone.</numerusform>
            <numerusform>%n sessions with their checklists, notes and marks will be erased forever, along with the client&apos;s details. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryView</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): </source>
        <translation>
            <numerusform>%n day: </numerusform>
            <numerusform>%n days: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n earlier session(s) were interrupted and are kept as such.</source>
        <translation>
            <numerusform>%n earlier session was interrupted and is kept as such.</numerusform>
            <numerusform>%n earlier sessions were interrupted and are kept as such.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last saved %n min ago</source>
        <translation>
            <numerusform>Last saved %n minute ago</numerusform>
            <numerusform>Last saved %n minutes ago</numerusform>
        </translation>
    </message>
</context>
</TS>
