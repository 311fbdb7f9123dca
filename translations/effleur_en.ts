<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BreathingFigure</name>
    <message>
        <source>Breathe in:
belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in:
chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out:
chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out:
belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseSheet</name>
    <message>
        <source>%1 · day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done; maintenance sessions follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done; the next course after the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>%n procedure done</numerusform>
            <numerusform>%n procedures done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began %1; %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each session when it is done and sign it; write the date it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur · course sheet · %1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no course to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint the course sheet into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolCard</name>
    <message>
        <source>stroking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kneading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drainage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superficial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right, then left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute: do not massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative: only after weighing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>%n month apart</numerusform>
            <numerusform>%n months apart</numerusform>
        </translation>
    </message>
    <message>
        <source>without interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then %1 a month to keep the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months between courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is numbered in the order the steps first work it; arrows show the direction of the stroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licensed physicians only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: the source does not give this value; it is the protocol&apos;s suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contraindications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur · %1 · %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: protocol card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint the card into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n pause(s), %1 in all</source>
        <translation>
            <numerusform>%n pause, %1 in all</numerusform>
            <numerusform>%n pauses, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1), answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Functional assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, extended by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standing notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF/A for the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF/A-1b, for records that must be archived (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course-sheet-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the course sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be opened, so no client session can be recorded.

%1

You can start a new journal, empty or from a backup. The file as it is now is kept beside it under a new name; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;New Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new journal was started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new journal could be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new journal was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was started from the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty journal was started; the backup was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1; verdict: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the checklist stopped the session before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment of the note of %1, written %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings marked on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagram is not in the library: the marks are listed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur · session summary · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint the summary into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::AtomicSave</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another user or group, and a new copy would not; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::AuthoringLauncher</name>
    <message>
        <source>Edit protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::ClientChooser</name>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier session of this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked on the diagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked on the diagram: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client: type a name to find a client, or a new name to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue to the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet: type the new client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new client. Only the name is needed now; contact details and standing notes can be added in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cannot be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::CourseForm</name>
    <message>
        <source>Start a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the course early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance: %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break of %1 months before the next course</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of procedure %2 came out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the course may end here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the course may end here, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course is complete; %2 from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course was ended early on %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new course (day %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of procedure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned sessions as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print shee&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course on one page, to tick and sign by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course yet. A course starts with the client&apos;s first session of a protocol with a course plan, or with “Start course…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (moved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::CuePlayer</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::DiffDialog</name>
    <message>
        <source>The file on disk and the editor&apos;s text are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::DuplicateDialog</name>
    <message>
        <source>The protocol file does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol file has no &quot;id&quot; and &quot;title&quot; to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol file could not be copied with a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” comes with Effleur and is read-only&lt;/b&gt;, so that it stays as its sources give it. To edit it, Effleur makes a copy in your protocol folder and opens the copy in the editor:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” goes into your protocol folder, where you can edit it:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is lower-case words and digits joined by single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another protocol has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your folder has a file %1.json already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorDocument</name>
    <message>
        <source>Change value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorForm</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face, neck, back… (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line on the diagram to add or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds for the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← reversed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked against its drawn direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change duration kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorPreview</name>
    <message>
        <source>No diagram: choose the protocol&apos;s diagrams in its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sketch from this step&apos;s own fields: fix the problems to see it as the session shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to add or remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorTreeModel</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsBoard</name>
    <message>
        <source>tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram for findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol has no diagram to mark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsDialog</name>
    <message>
        <source>Findings on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsPanel</name>
    <message>
        <source>&amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to mark a point, drag for an area. By keys: the arrows move the cross, + and − make it an area, Enter marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take back the last mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new marks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::GateDialog</name>
    <message>
        <source>? last time Yes — confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? last time No — confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Yes — stops the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Yes — acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Yes — acknowledge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindications — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the session: contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is answered. Enter starts the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol lists no contraindications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contraindications are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2 — does this apply to the client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialist has been told, and the session may go ahead  (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have weighed this with the client, and the session may go ahead  (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s list: “%1 …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes  (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No  (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional), e.g. cleared by GP on …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items and their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional assessment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the functional assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source 003: every therapy begins with a functional consultation. Notes stay with the session record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the functional assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client answered yes to an absolute contraindication of this protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the checklist, or choose a protocol that does not list this contraindication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist supports the specialist&apos;s judgment; it does not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s)</source>
        <translation>
            <numerusform>All %n day</numerusform>
            <numerusform>All %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stage %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::HelpWindow</name>
    <message>
        <source>Effleur user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed. Effleur looked for user-guide.md in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalClientForm</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure, oils, music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what not to do, where not to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;void:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalNoteForm</name>
    <message>
        <source>how the client felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Felt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan for next time:</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Journal — Effleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, notes, findings, marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the client and every session of theirs, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session re&amp;cord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session&apos;s summary, or save it as PDF/A (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark tension, pain, a bruise or an injection site on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Add one with “New client…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session of this client matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and everything about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment is kept beside the note as it was, with its time; the note itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::KeyMap</name>
    <message>
        <source>Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 s more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 s less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave glance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower (rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster (rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryPreview</name>
    <message>
        <source>Every line this protocol works; arrows show the direction of the stroke, dots where each starts.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1½ min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not interrupt the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search protocols (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled with Effleur: read-only. &quot;Duplicate to my protocols&quot; makes a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled with Effleur, read-only. File › Duplicate to my protocols makes a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): View › Problems (F8) lists them.</source>
        <translation>
            <numerusform>%n warning: View › Problems (F8) lists them.</numerusform>
            <numerusform>%n warnings: View › Problems (F8) lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the protocols…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineCanvas</name>
    <message>
        <source>✗ your pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Click the line this step works; click near the end where the stroke finishes, or press D to turn it round. Tab or the arrow keys go through the lines; Enter answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn round (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2 · which line does this step work, and which way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 in “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right line, right way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right line, but it goes the other way: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not this line: it is %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: you chose %2, %3; it is %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::MainWindow</name>
    <message>
        <source>Open a Backup of the Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: start the chosen session  ·  Esc: the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: start a session  ·  Ctrl+R: rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk — the new version is used for the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::Modules</name>
    <message>
        <source>Spoken cues and chimes are off: Effleur&apos;s voice module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be shown: Effleur&apos;s charts module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available: Effleur&apos;s printing module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::NextQuizWidget</name>
    <message>
        <source>This step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  %1   — the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗  %1   — your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not this one: next is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After “%1” you chose “%2”; next is “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What comes next?&lt;/b&gt;  Press 1–4, or ↑ / ↓ and Enter.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&lt;b&gt;The correct order&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up or Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down or Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 is its place, but the steps before or after it are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: you put it %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps marked ✓ (green) are in order; those marked ✗ (red) are out of place, with the position they belong at. The correct order is on the right. Press Enter to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ✗  %2   → its place, but out of order with the steps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ✗  %2   → belongs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in order (%3)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Practise — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to practise: a stage, one step, or a stretch of steps (click the first, Shift+click the last; or Shift+↓ from the keyboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ and ] change it during the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause after each step, to explain it aloud; → goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;next step (off: recall it yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1, all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From stage %1, step %2 to stage %3, step %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and an untimed procedure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice and chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key for the chosen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already means “%2”. Choose another key, or give “%2” a new key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default keys are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate (slower – faster):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chimes volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleurage along the spine, slow and light. Halfway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute cues (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cues cannot be spoken in %1 on this computer: no voice for it was found (the voices come with speech-dispatcher-espeak-ng). The chimes still ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Effleur starts, so that a running session is never disturbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur will be in %1 from the next start. Until then it stays as it is, and so does a running session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action (click it, or Enter), then press its new key. Tab moves on.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in the application your system uses for JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every protocol loads without a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to see its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The problem is with the file as a whole.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The file cannot be read now: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The file has changed: line %1 is no longer there.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;No application opens JSON files here: the file opens in Effleur’s own editor instead.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems — %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No quizzes taken yet. Take one (Study ▸ Quiz…) and your scores appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps most often got wrong&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test yourself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the weakest steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — missed %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step missed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Save protocol as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a protocol with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*]%2 — Effleur editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bundled, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the protocol would be %1 bytes, and Effleur refuses files over %2 bytes. The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes with Effleur and cannot be changed. Save your version as a copy in your protocols?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols that come with Effleur are read-only. Save into your protocols folder instead:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text has a syntax error (%1). Save the text as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or moved on disk.&lt;/b&gt; Save to write your version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk.&lt;/b&gt; Reload it, keep your version, or compare the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disk and editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Test yourself — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc — nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the steps in order, by dragging them or with Alt+↑ / Alt+↓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the line a step works on the diagram, and which way it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same quiz, to repeat it exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same seed gives the same quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat this quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same questions, from the same seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number, such as 482113.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs at least two steps to put in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs at least two steps: one to show, one to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step here works a massage line on a diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress is kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 · saved to your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 · not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes — well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is shown: pick the one that follows it, with 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::RefusalWords</name>
    <message>
        <source>The session is in a state it cannot be in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that has started cannot be resumed from a saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not started yet: press %1 to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is waiting for you: its time is already stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is waiting for you: press %1 to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has not started yet: press %1 to start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untimed step has no time to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untimed step has no time to add or take off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 or %2 to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was busy: give the command again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first step of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breathing step is timed by its counts: change the tempo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding no time changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The step would end before now: at most %n second(s) can be taken off</source>
        <translation>
            <numerusform>The step would end before now: at most %n second can be taken off</numerusform>
            <numerusform>The step would end before now: at most %n seconds can be taken off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step cannot last more than %n hour(s)</source>
        <translation>
            <numerusform>A step cannot last more than %n hour</numerusform>
            <numerusform>A step cannot last more than %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, step %2 is not in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed must be more than %1 and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breathing tempo must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved session does not fit this protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session did not do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::ResumeFlow</name>
    <message numerus="yes">
        <source>%n earlier session(s) were interrupted and are kept as such.</source>
        <translation>
            <numerusform>%n earlier session was interrupted and is kept as such.</numerusform>
            <numerusform>%n earlier sessions were interrupted and are kept as such.</numerusform>
        </translation>
    </message>
    <message>
        <source>At: %1, %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its protocol is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its protocol file has changed since, so it cannot go on where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client session did not end: the app stopped while it ran.

%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last saved %n min ago</source>
        <translation>
            <numerusform>Last saved %n minute ago</numerusform>
            <numerusform>Last saved %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed where it was, paused: Space goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished session is kept as ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left more than 12 hours ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rehearsal did not end: the app stopped while it ran.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the rehearsal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished rehearsal is ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionController</name>
    <message>
        <source>The speed changes only in a rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionEndDialog</name>
    <message>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1  ·  done %2  ·  skipped %3  ·  extended %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went back or restarted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s record cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (all optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client &amp;felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pressure used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for &amp;next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes cannot be saved: %1

What you typed is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionFlow</name>
    <message>
        <source>Day %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day of %1 is this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time was day %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stopped screening could not be kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening that stopped this session is in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session on screen first (Ctrl+W), then practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practising your weakest steps — a rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be recorded in the journal, so it is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A massage session is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete — Ctrl+W returns to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal — nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not finished. End it now? The journal keeps it as stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionRecording</name>
    <message>
        <source>The journal cannot be written to just now; this session is kept in memory and written as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionView</name>
    <message>
        <source>+%1 more (see the protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL — no client, nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: ?  — recall it; it shows when it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step and its side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a step and its length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready — press %1 to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure — press %1 when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready — press %1 to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this step — then press %1 for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up — press %1 for the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
count %2 of %3 · round %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>−15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slower</source>
        <extracomment>The key that slows a rehearsal down, as the session panel shows it: &quot;[ slower&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faster</source>
        <extracomment>The key that speeds a rehearsal up, as the session panel shows it: &quot;] faster&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::ShellMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients and sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate to my protocols…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in external editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glance mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Effleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Effleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;A massage-protocol guide and session timer.&lt;/p&gt;&lt;p&gt;The checklist supports the specialist&apos;s judgment; it does not replace it.&lt;/p&gt;&lt;p&gt;Help › User guide (F1) explains every view; it is installed with Effleur and needs no network.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::StepPicture</name>
    <message>
        <source>A breathing exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure, no massage lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No massage lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::Study</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which line, which way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 1st, 21st.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 2nd, 22nd.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 3rd, 23rd.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 4th, 11th, 12th, 20th.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::StudyLauncher</name>
    <message>
        <source>Effleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quiz progress cannot be opened, so this is not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayShell</name>
    <message>
        <source>The client&apos;s course could not be kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the course, day %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayView</name>
    <message>
        <source>Nothing is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client appears here when a session of their course is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effleur::ui::Words</name>
    <message>
        <source>Breathe in — belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in — chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out — chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out — belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in, belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in, chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out, chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out, belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superficial pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute — stops the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative — needs acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft-tissue tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility of face, neck and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymmetries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow of blood and lymph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1, lines %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a suggested contraindication for %2, taken from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — listed as a contraindication for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — listed as a relative contraindication for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the source says the specialist must be told (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm last time&apos;s answers with the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered yet.</source>
        <translation>
            <numerusform>%n item is not answered yet.</numerusform>
            <numerusform>%n items are not answered yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décolleté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
