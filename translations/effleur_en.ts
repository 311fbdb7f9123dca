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
    <name>effleur::ui::CoursePanel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>%n month apart</numerusform>
            <numerusform>%n months apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>%n procedure done</numerusform>
            <numerusform>%n procedures done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was late: %n day(s) after the day before</source>
        <translation>
            <numerusform>day %1 of procedure %2 was late: %n day after the day before</numerusform>
            <numerusform>day %1 of procedure %2 was late: %n days after the day before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>day %1 of procedure %2 was too early: %n day after the day before</numerusform>
            <numerusform>day %1 of procedure %2 was too early: %n days after the day before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be late: %n day(s) after the day before</source>
        <translation>
            <numerusform>day %1 of procedure %2 would be late: %n day after the day before</numerusform>
            <numerusform>day %1 of procedure %2 would be late: %n days after the day before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>day %1 of procedure %2 would be too early: %n day after the day before</numerusform>
            <numerusform>day %1 of procedure %2 would be too early: %n days after the day before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n session(s) a week, up to %1</source>
        <translation>
            <numerusform>more than %n session a week, up to %1</numerusform>
            <numerusform>more than %n sessions a week, up to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 began too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>procedure %1 began too early: %n day after procedure %2 began; they are %3</numerusform>
            <numerusform>procedure %1 began too early: %n days after procedure %2 began; they are %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 would begin too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>procedure %1 would begin too early: %n day after procedure %2 began; they are %3</numerusform>
            <numerusform>procedure %1 would begin too early: %n days after procedure %2 began; they are %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 was too early: %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>session %1 was too early: %n day after the one before (%2)</numerusform>
            <numerusform>session %1 was too early: %n days after the one before (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 would be too early: moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>session %1 would be too early: moved to %n day after the one before (%2)</numerusform>
            <numerusform>session %1 would be too early: moved to %n days after the one before (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) between sessions %1 and %2 (%3)</source>
        <translation>
            <numerusform>the course was interrupted: %n day between sessions %1 and %2 (%3)</numerusform>
            <numerusform>the course was interrupted: %n days between sessions %1 and %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) since the last session</source>
        <translation>
            <numerusform>the course was interrupted: %n day since the last session</numerusform>
            <numerusform>the course was interrupted: %n days since the last session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course would be interrupted: session %1 is moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>the course would be interrupted: session %1 is moved to %n day after the one before (%2)</numerusform>
            <numerusform>the course would be interrupted: session %1 is moved to %n days after the one before (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this course began too early: %n day(s) after the last session of the previous course; the break between courses is %1 months</source>
        <translation>
            <numerusform>this course began too early: %n day after the last session of the previous course; the break between courses is %1 months</numerusform>
            <numerusform>this course began too early: %n days after the last session of the previous course; the break between courses is %1 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <source>paused %n time(s), %1 in all</source>
        <translation>
            <numerusform>paused %n time, %1 in all</numerusform>
            <numerusform>paused %n times, %1 in all</numerusform>
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
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>%n month apart</numerusform>
            <numerusform>%n months apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protocols that %1 does not rule out</source>
        <translation>
            <numerusform>Protocols that %1 does not rule out</numerusform>
            <numerusform>Protocols that %1 do not rule out</numerusform>
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
<context>
    <name>effleur::ui::LineQuizWidget</name>
    <message numerus="yes">
        <source>  —  it works %n line(s); find the one it starts on.</source>
        <translation>
            <numerusform>  —  it works %n line; find the one it starts on.</numerusform>
            <numerusform>  —  it works %n lines; find the one it starts on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::OrderQuizWidget</name>
    <message numerus="yes">
        <source>Put these %n step(s) in the order they are done. Drag them, or select one and move it with Alt+↑ / Alt+↓. Ctrl+Enter checks.</source>
        <translation>
            <numerusform>Put this %n step in the order it is done. Drag it, or select it and move it with Alt+↑ / Alt+↓. Ctrl+Enter checks.</numerusform>
            <numerusform>Put these %n steps in the order they are done. Drag them, or select one and move it with Alt+↑ / Alt+↓. Ctrl+Enter checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::PractiseDialog</name>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2</source>
        <translation>
            <numerusform>%1 · %n step · %2</numerusform>
            <numerusform>%1 · %n steps · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProgressView</name>
    <message numerus="yes">
        <source>… and %n more missed step(s)</source>
        <translation>
            <numerusform>… and %n more missed step</numerusform>
            <numerusform>… and %n more missed steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProtocolEditor</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This protocol has %n error(s), listed under Problems. It will not open in the library until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>This protocol has %n error, listed under Problems. It will not open in the library until it is fixed. Save it anyway?</numerusform>
            <numerusform>This protocol has %n errors, listed under Problems. It will not open in the library until they are fixed. Save it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::QuizWindow</name>
    <message numerus="yes">
        <source>The whole protocol (%n step(s))</source>
        <translation>
            <numerusform>The whole protocol (%n step)</numerusform>
            <numerusform>The whole protocol (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
</TS>
