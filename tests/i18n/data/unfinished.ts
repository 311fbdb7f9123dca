<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>effleur::ui::Example</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation type="vanished">Исчезло</translation>
    </message>
    <message>
        <source>Older still</source>
        <translation type="obsolete">Устарело</translation>
    </message>
</context>
</TS>
