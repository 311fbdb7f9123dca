<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>BreathingFigure</name>
    <message>
        <source>Breathe in:
belly</source>
        <translation>Wdech:
brzuchem</translation>
    </message>
    <message>
        <source>Breathe in:
chest</source>
        <translation>Wdech:
klatką piersiową</translation>
    </message>
    <message>
        <source>Breathe out:
chest</source>
        <translation>Wydech:
klatką piersiową</translation>
    </message>
    <message>
        <source>Breathe out:
belly</source>
        <translation>Wydech:
brzuchem</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Zatrzymanie</translation>
    </message>
    <message>
        <source>count %1 of %2</source>
        <translation>liczenie %1 z %2</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>runda %1 z %2</translation>
    </message>
</context>
<context>
    <name>CourseSheet</name>
    <message>
        <source>%1 · day %2</source>
        <translation>%1 · dzień %2</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>done; maintenance sessions follow</source>
        <translation>zakończona; dalej sesje podtrzymujące</translation>
    </message>
    <message>
        <source>done; the next course after the break</source>
        <translation>zakończona; następna seria po przerwie</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zakończona</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>wykonano %n zabieg</numerusform>
            <numerusform>wykonano %n zabiegi</numerusform>
            <numerusform>wykonano %n zabiegów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>wykonano: %n</numerusform>
            <numerusform>wykonano: %n</numerusform>
            <numerusform>wykonano: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation>wykonano zabiegów: %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>wykonano %1 z %2</translation>
    </message>
    <message>
        <source>Course sheet</source>
        <translation>Karta serii</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Began %1; %2; %3</source>
        <translation>Rozpoczęta %1; %2; %3</translation>
    </message>
    <message>
        <source>Ended early on %1: %2</source>
        <translation>Zakończona wcześniej %1: %2</translation>
    </message>
    <message>
        <source>Tick each session when it is done and sign it; write the date it was held.</source>
        <translation>Zaznacz każdą odbytą sesję i podpisz ją; wpisz datę, w której się odbyła.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Data odbycia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation>Podpis masażysty</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>podtrzymująca</translation>
    </message>
    <message>
        <source>next course</source>
        <translation>następna seria</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>przeniesiona</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>przeniesiona: %1</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>w razie potrzeby</translation>
    </message>
    <message>
        <source>Effleur · course sheet · %1 · printed %2</source>
        <translation>Effleur · karta serii · %1 · wydrukowano %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>str. %1 z %2</translation>
    </message>
    <message>
        <source>no course to print</source>
        <translation>brak serii do wydruku</translation>
    </message>
    <message>
        <source>cannot paint the course sheet into %1</source>
        <translation>nie można narysować karty serii w %1</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>nie można ograniczyć dostępu do %1</translation>
    </message>
</context>
<context>
    <name>ProtocolCard</name>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>P</translation>
    </message>
    <message>
        <source>stroking</source>
        <translation>głaskanie</translation>
    </message>
    <message>
        <source>rubbing</source>
        <translation>rozcieranie</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>ugniatanie</translation>
    </message>
    <message>
        <source>tapping</source>
        <translation>oklepywanie</translation>
    </message>
    <message>
        <source>vibration</source>
        <translation>wibracja</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>uciskanie</translation>
    </message>
    <message>
        <source>fixation</source>
        <translation>unieruchomienie</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>rolowanie</translation>
    </message>
    <message>
        <source>sawing</source>
        <translation>piłowanie</translation>
    </message>
    <message>
        <source>planing</source>
        <translation>struganie</translation>
    </message>
    <message>
        <source>shading</source>
        <translation>kreskowanie</translation>
    </message>
    <message>
        <source>pinching</source>
        <translation>szczypanie</translation>
    </message>
    <message>
        <source>squeezing</source>
        <translation>wyciskanie</translation>
    </message>
    <message>
        <source>drainage</source>
        <translation>drenaż</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>oddychanie</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>zabieg</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>powierzchownie</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>średnio</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>głęboko</translation>
    </message>
    <message>
        <source>both</source>
        <translation>obie</translation>
    </message>
    <message>
        <source>left</source>
        <translation>lewa</translation>
    </message>
    <message>
        <source>right</source>
        <translation>prawa</translation>
    </message>
    <message>
        <source>left, then right</source>
        <translation>lewa, potem prawa</translation>
    </message>
    <message>
        <source>right, then left</source>
        <translation>prawa, potem lewa</translation>
    </message>
    <message>
        <source>Absolute: do not massage</source>
        <translation>Bezwzględne: nie masować</translation>
    </message>
    <message>
        <source>Relative: only after weighing them</source>
        <translation>Względne: tylko po rozważeniu</translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation>Najpierw powiadomić specjalistę</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linia %1</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>linie %1–%2</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>bez czasu</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 na każdą stronę</translation>
    </message>
    <message>
        <source>%1 × %2 counts</source>
        <translation>%1 × liczenie do %2</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>Dzień </translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Dzień %1: %2</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>sesji: %1</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>codziennie</translation>
    </message>
    <message>
        <source>every other day</source>
        <translation>co drugi dzień</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation>co miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>without interruption</source>
        <translation>bez przerw</translation>
    </message>
    <message>
        <source>then %1 a month to keep the result</source>
        <translation>potem %1 × w miesiącu, by utrzymać efekt</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>najwyżej %1 × w tygodniu</translation>
    </message>
    <message>
        <source>%1 months between courses</source>
        <translation>%1 mies. między seriami</translation>
    </message>
    <message>
        <source>%1, the other way</source>
        <translation>%1, w przeciwną stronę</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Automasaż</translation>
    </message>
    <message>
        <source>For a therapist</source>
        <translation>Dla masażysty</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroki</numerusform>
            <numerusform>%n kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etap</numerusform>
            <numerusform>%n etapy</numerusform>
            <numerusform>%n etapów</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>wersja %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <source>Each line is numbered in the order the steps first work it; arrows show the direction of the stroke.</source>
        <translation>Linie są ponumerowane w kolejności, w jakiej kroki po raz pierwszy je opracowują; strzałki pokazują kierunek ruchu.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technika</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Głębokość</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Powtórzenia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>licensed physicians only</source>
        <translation>tylko dla lekarzy z prawem wykonywania zawodu</translation>
    </message>
    <message>
        <source>Suggested: the source does not give this value; it is the protocol&apos;s suggestion.</source>
        <translation>Sugerowane: źródło nie podaje tej wartości; to propozycja protokołu.</translation>
    </message>
    <message>
        <source>Rules and cautions</source>
        <translation>Zasady i ostrzeżenia</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Krok %1:</translation>
    </message>
    <message>
        <source>Steps %1:</source>
        <translation>Kroki %1:</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dzień %1</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Przeciwwskazania</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>dla: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Seria zabiegów</translation>
    </message>
    <message>
        <source>No course is given.</source>
        <translation>Nie podano serii zabiegów.</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>krok %1 (%2)</translation>
    </message>
    <message>
        <source>course (%1)</source>
        <translation>seria (%1)</translation>
    </message>
    <message>
        <source>contraindications (%1)</source>
        <translation>przeciwwskazania (%1)</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Cytowane źródła</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Dzień %1 · %2</translation>
    </message>
    <message>
        <source>Effleur · %1 · %2, version %3</source>
        <translation>Effleur · %1 · %2, wersja %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>str. %1 z %2</translation>
    </message>
    <message>
        <source>%1: protocol card</source>
        <translation>%1: karta protokołu</translation>
    </message>
    <message>
        <source>cannot paint the card into %1</source>
        <translation>nie można narysować karty w %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Nie udało się utworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 już istnieje.</translation>
    </message>
    <message>
        <source>The template is damaged: %1</source>
        <translation>Szablon jest uszkodzony: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>powrót</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>od nowa</translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation>przejście do innego kroku</translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation>sesja przerwana</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>niezakończony</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dzień %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etap %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>przerwana wcześniej</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>przerwana wcześniej: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>przerwana</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>zablokowana</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>zablokowana: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>bez uwag</translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation>wymaga potwierdzenia</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>niekompletna</translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation>Protokół %1, wersja %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Rozpoczęta %1</translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation>, zakończona %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Wynik: %1</translation>
    </message>
    <message>
        <source>Duration: %1 planned</source>
        <translation>Czas: %1 według planu</translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation>Tempo: %1×</translation>
    </message>
    <message>
        <source>Checklist (%1), answered %2</source>
        <translation>Lista kontrolna (%1), odpowiedzi %2</translation>
    </message>
    <message>
        <source>  No items.</source>
        <translation>  Brak pozycji.</translation>
    </message>
    <message>
        <source>, as last time</source>
        <translation>, jak ostatnio</translation>
    </message>
    <message>
        <source>, acknowledged</source>
        <translation>, potwierdzone</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — notatka: %1</translation>
    </message>
    <message>
        <source>  Functional assessment:</source>
        <translation>  Ocena funkcjonalna:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation>Kroki w trakcie sesji</translation>
    </message>
    <message>
        <source>, extended by %1</source>
        <translation>, przedłużony o %1</translation>
    </message>
    <message>
        <source>No pauses.</source>
        <translation>Bez pauz.</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s), %1 in all</source>
        <translation>
            <numerusform>%n pauza, łącznie %1</numerusform>
            <numerusform>%n pauzy, łącznie %1</numerusform>
            <numerusform>%n pauz, łącznie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  None yet.</source>
        <translation>  Jeszcze brak.</translation>
    </message>
    <message>
        <source>Amended %1:</source>
        <translation>Poprawiono %1:</translation>
    </message>
    <message>
        <source>Note, %1:</source>
        <translation>Notatka, %1:</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Nacisk</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Marks on the diagram</source>
        <translation>Znaczniki na schemacie</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Unikać</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>No standing notes.</source>
        <translation>Brak stałych notatek.</translation>
    </message>
    <message>
        <source>session-%1-%2.pdf</source>
        <translation>session-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation>Drukuj podsumowanie sesji</translation>
    </message>
    <message>
        <source>Save as PDF/A for the archive…</source>
        <translation>Zapisz jako PDF/A do archiwum…</translation>
    </message>
    <message>
        <source>Save the summary as PDF/A-1b, for records that must be archived (Ctrl+Shift+S)</source>
        <translation>Zapisz podsumowanie jako PDF/A-1b, dla dokumentacji, którą trzeba archiwizować (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the summary as PDF/A</source>
        <translation>Zapisz podsumowanie jako PDF/A</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF/A</source>
        <translation>Zapisz jako PDF/A</translation>
    </message>
    <message>
        <source>The summary was not saved: %1</source>
        <translation>Podsumowanie nie zostało zapisane: %1</translation>
    </message>
    <message>
        <source>course-sheet-%1</source>
        <translation>course-sheet-%1</translation>
    </message>
    <message>
        <source>Print the course sheet</source>
        <translation>Drukuj kartę serii</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so no client session can be recorded.

%1

You can start a new journal, empty or from a backup. The file as it is now is kept beside it under a new name; it is never overwritten.</source>
        <translation>Nie można otworzyć dziennika, więc sesji z klientem nie da się zapisać.

%1

Można założyć nowy dziennik, pusty albo z kopii zapasowej. Obecny plik zostaje obok pod nową nazwą; nigdy nie jest nadpisywany.</translation>
    </message>
    <message>
        <source>Open a &amp;Backup…</source>
        <translation>Otwórz &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>Start a &amp;New Journal</source>
        <translation>Załóż &amp;nowy dziennik</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>No new journal was started: %1</source>
        <translation>Nie założono nowego dziennika: %1</translation>
    </message>
    <message>
        <source>No new journal could be started: %1</source>
        <translation>Nie udało się założyć nowego dziennika: %1</translation>
    </message>
    <message>
        <source>A new journal was started.</source>
        <translation>Założono nowy dziennik.</translation>
    </message>
    <message>
        <source>The journal was started from the backup %1.</source>
        <translation>Dziennik założono z kopii zapasowej %1.</translation>
    </message>
    <message>
        <source>A new, empty journal was started; the backup was not used: %1</source>
        <translation>Założono nowy, pusty dziennik; kopii zapasowej nie użyto: %1</translation>
    </message>
    <message>
        <source>The old file is kept as %1.</source>
        <translation>Stary plik zachowano jako %1.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>clear</source>
        <translation>bez uwag</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>zablokowana</translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation>wymaga potwierdzenia</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>niekompletna</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>powrót</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>od nowa</translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation>przejście do innego kroku</translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation>sesja przerwana</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>niezakończony</translation>
    </message>
    <message>
        <source>left</source>
        <translation>lewa</translation>
    </message>
    <message>
        <source>right</source>
        <translation>prawa</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>przerwana wcześniej</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>przerwana wcześniej: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>przerwana</translation>
    </message>
    <message>
        <source>stopped by the checklist</source>
        <translation>zatrzymana przez listę kontrolną</translation>
    </message>
    <message>
        <source>stopped by the checklist: %1</source>
        <translation>zatrzymana przez listę kontrolną: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Podsumowanie sesji</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dzień %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etap %1</translation>
    </message>
    <message>
        <source>%1, started at %2</source>
        <translation>%1, rozpoczęta o %2</translation>
    </message>
    <message>
        <source>, ended at %1</source>
        <translation>, zakończona o %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Wynik: %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 z %2 według planu</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>tempo %1×</translation>
    </message>
    <message numerus="yes">
        <source>paused %n time(s), %1 in all</source>
        <translation>
            <numerusform>pauza %n raz, łącznie %1</numerusform>
            <numerusform>pauza %n razy, łącznie %1</numerusform>
            <numerusform>pauza %n razy, łącznie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation>Protokół %1, wersja %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Answered %1; verdict: %2</source>
        <translation>Odpowiedzi %1; wynik: %2</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Brak pozycji.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>as last time</source>
        <translation>jak ostatnio</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>potwierdzone</translation>
    </message>
    <message>
        <source>Functional assessment</source>
        <translation>Ocena funkcjonalna</translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation>Kroki w trakcie sesji</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Trwał</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>extended by %1</source>
        <translation>przedłużony o %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>None: the checklist stopped the session before it began.</source>
        <translation>Brak: lista kontrolna zatrzymała sesję przed jej rozpoczęciem.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>niewykonane</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Nie napisano notatek.</translation>
    </message>
    <message>
        <source>Note, written %1</source>
        <translation>Notatka z %1</translation>
    </message>
    <message>
        <source>Amendment of the note of %1, written %2</source>
        <translation>Poprawka notatki z %1, napisana %2</translation>
    </message>
    <message>
        <source>How the client felt</source>
        <translation>Samopoczucie klienta</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Nacisk</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Następnym razem</translation>
    </message>
    <message>
        <source>Findings marked on the diagram</source>
        <translation>Obserwacje zaznaczone na schemacie</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>obszar</translation>
    </message>
    <message>
        <source>This diagram is not in the library: the marks are listed without it.</source>
        <translation>Tego schematu nie ma w bibliotece: znaczniki są wymienione bez niego.</translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation>Podpis masażysty</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <source>Effleur · session summary · %1 · %2</source>
        <translation>Effleur · podsumowanie sesji · %1 · %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>str. %1 z %2</translation>
    </message>
    <message>
        <source>Session summary, %1</source>
        <translation>Podsumowanie sesji, %1</translation>
    </message>
    <message>
        <source>cannot paint the summary into %1</source>
        <translation>nie można narysować podsumowania w %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::AtomicSave</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>it belongs to another user or group, and a new copy would not; it was left unchanged</source>
        <translation>należy do innego użytkownika lub grupy, a nowa kopia by nie należała; pozostawiono go bez zmian</translation>
    </message>
</context>
<context>
    <name>effleur::ui::AuthoringLauncher</name>
    <message>
        <source>Edit protocol</source>
        <translation>Edytuj protokół</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nowy protokół</translation>
    </message>
    <message>
        <source>Title of the new protocol:</source>
        <translation>Tytuł nowego protokołu:</translation>
    </message>
    <message>
        <source>My protocol</source>
        <translation>Mój protokół</translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation>Duplikuj do moich protokołów</translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation>Zduplikowano jako %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ClientChooser</name>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergie: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Unikać: %1</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation>Preferencje: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>No earlier session of this protocol.</source>
        <translation>Brak wcześniejszej sesji według tego protokołu.</translation>
    </message>
    <message>
        <source>Last time: %1, %2</source>
        <translation>Ostatnio: %1, %2</translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation>, dzień %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned, %3</source>
        <translation>%1 z %2 według planu, %3</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>Samopoczucie: %1</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Nacisk: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Obserwacje: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Zalecenia: %1</translation>
    </message>
    <message>
        <source>Plan for next time: %1</source>
        <translation>Plan na następny raz: %1</translation>
    </message>
    <message>
        <source>Marked on the diagram: %1</source>
        <translation>Zaznaczono na schemacie: %1</translation>
    </message>
    <message>
        <source>Marked on the diagram: %1, %2</source>
        <translation>Zaznaczono na schemacie: %1, %2</translation>
    </message>
    <message>
        <source>Who is the client?</source>
        <translation>Kto jest klientem?</translation>
    </message>
    <message>
        <source>&amp;Client: type a name to find a client, or a new name to add one</source>
        <translation>&amp;Klient: wpisz nazwisko, aby znaleźć klienta, albo nowe, aby go dodać</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>C&amp;ontinue to the checklist</source>
        <translation>&amp;Dalej do listy kontrolnej</translation>
    </message>
    <message>
        <source>New client: %1</source>
        <translation>Nowy klient: %1</translation>
    </message>
    <message>
        <source>No clients yet: type the new client&apos;s name.</source>
        <translation>Nie ma jeszcze klientów: wpisz imię i nazwisko nowego klienta.</translation>
    </message>
    <message>
        <source>A new client. Only the name is needed now; contact details and standing notes can be added in the journal.</source>
        <translation>Nowy klient. Teraz potrzebne jest tylko imię i nazwisko; kontakt i stałe notatki można dodać w dzienniku.</translation>
    </message>
    <message>
        <source>The client cannot be added: %1</source>
        <translation>Nie można dodać klienta: %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::CourseForm</name>
    <message>
        <source>Start a course</source>
        <translation>Rozpocznij serię</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokół:</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>Pi&amp;erwsza sesja:</translation>
    </message>
    <message>
        <source>Move a planned date</source>
        <translation>Przełóż zaplanowany termin</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesja:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nowa data:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>P&amp;owód:</translation>
    </message>
    <message>
        <source>End the course early</source>
        <translation>Zakończ serię wcześniej</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Data zakończenia:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
</context>
<context>
    <name>effleur::ui::CoursePanel</name>
    <message>
        <source>every other day</source>
        <translation>co drugi dzień</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation>co miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance: %1 a month</source>
        <translation>podtrzymanie: %1 × w miesiącu</translation>
    </message>
    <message>
        <source>a break of %1 months before the next course</source>
        <translation>przerwa %1 mies. przed następną serią</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>wykonano %n zabieg</numerusform>
            <numerusform>wykonano %n zabiegi</numerusform>
            <numerusform>wykonano %n zabiegów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>wykonano: %n</numerusform>
            <numerusform>wykonano: %n</numerusform>
            <numerusform>wykonano: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation>wykonano zabiegów: %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>wykonano %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>the course would be interrupted: session %1 is moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>seria zostałaby przerwana: sesja %1 przypada %n dzień po poprzedniej (%2)</numerusform>
            <numerusform>seria zostałaby przerwana: sesja %1 przypada %n dni po poprzedniej (%2)</numerusform>
            <numerusform>seria zostałaby przerwana: sesja %1 przypada %n dni po poprzedniej (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) since the last session</source>
        <translation>
            <numerusform>seria przerwana: %n dzień od ostatniej sesji</numerusform>
            <numerusform>seria przerwana: %n dni od ostatniej sesji</numerusform>
            <numerusform>seria przerwana: %n dni od ostatniej sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) between sessions %1 and %2 (%3)</source>
        <translation>
            <numerusform>seria przerwana: %n dzień między sesjami %1 i %2 (%3)</numerusform>
            <numerusform>seria przerwana: %n dni między sesjami %1 i %2 (%3)</numerusform>
            <numerusform>seria przerwana: %n dni między sesjami %1 i %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 would begin too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>zabieg %1 zacząłby się za wcześnie: %n dzień po rozpoczęciu zabiegu %2; odstęp to %3</numerusform>
            <numerusform>zabieg %1 zacząłby się za wcześnie: %n dni po rozpoczęciu zabiegu %2; odstęp to %3</numerusform>
            <numerusform>zabieg %1 zacząłby się za wcześnie: %n dni po rozpoczęciu zabiegu %2; odstęp to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 began too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>zabieg %1 zaczął się za wcześnie: %n dzień po rozpoczęciu zabiegu %2; odstęp to %3</numerusform>
            <numerusform>zabieg %1 zaczął się za wcześnie: %n dni po rozpoczęciu zabiegu %2; odstęp to %3</numerusform>
            <numerusform>zabieg %1 zaczął się za wcześnie: %n dni po rozpoczęciu zabiegu %2; odstęp to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>dzień %1 zabiegu %2 byłby za wcześnie: %n dzień po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 byłby za wcześnie: %n dni po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 byłby za wcześnie: %n dni po poprzednim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>dzień %1 zabiegu %2 był za wcześnie: %n dzień po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 był za wcześnie: %n dni po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 był za wcześnie: %n dni po poprzednim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 would be too early: moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>sesja %1 byłaby za wcześnie: przeniesiona na %n dzień po poprzedniej (%2)</numerusform>
            <numerusform>sesja %1 byłaby za wcześnie: przeniesiona na %n dni po poprzedniej (%2)</numerusform>
            <numerusform>sesja %1 byłaby za wcześnie: przeniesiona na %n dni po poprzedniej (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 was too early: %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>sesja %1 była za wcześnie: %n dzień po poprzedniej (%2)</numerusform>
            <numerusform>sesja %1 była za wcześnie: %n dni po poprzedniej (%2)</numerusform>
            <numerusform>sesja %1 była za wcześnie: %n dni po poprzedniej (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be late: %n day(s) after the day before</source>
        <translation>
            <numerusform>dzień %1 zabiegu %2 byłby za późno: %n dzień po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 byłby za późno: %n dni po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 byłby za późno: %n dni po poprzednim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was late: %n day(s) after the day before</source>
        <translation>
            <numerusform>dzień %1 zabiegu %2 był za późno: %n dzień po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 był za późno: %n dni po poprzednim</numerusform>
            <numerusform>dzień %1 zabiegu %2 był za późno: %n dni po poprzednim</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 of procedure %2 came out of order</source>
        <translation>dzień %1 zabiegu %2 odbył się poza kolejnością</translation>
    </message>
    <message numerus="yes">
        <source>this course began too early: %n day(s) after the last session of the previous course; the break between courses is %1 months</source>
        <translation>
            <numerusform>ta seria zaczęła się za wcześnie: %n dzień po ostatniej sesji poprzedniej serii; przerwa między seriami to %1 mies.</numerusform>
            <numerusform>ta seria zaczęła się za wcześnie: %n dni po ostatniej sesji poprzedniej serii; przerwa między seriami to %1 mies.</numerusform>
            <numerusform>ta seria zaczęła się za wcześnie: %n dni po ostatniej sesji poprzedniej serii; przerwa między seriami to %1 mies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the course may end here</source>
        <translation>%1; seria może się tu zakończyć</translation>
    </message>
    <message>
        <source>%1; the course may end here, then %2</source>
        <translation>%1; seria może się tu zakończyć, potem %2</translation>
    </message>
    <message>
        <source>%1: the course is complete</source>
        <translation>%1: seria ukończona</translation>
    </message>
    <message>
        <source>%1: the course is complete; %2 from now</source>
        <translation>%1: seria ukończona; %2 od dziś</translation>
    </message>
    <message>
        <source>the course was ended early on %1 with %2</source>
        <translation>seria zakończona wcześniej %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>more than %n session(s) a week, up to %1</source>
        <translation>
            <numerusform>więcej niż %n sesja w tygodniu, do %1</numerusform>
            <numerusform>więcej niż %n sesje w tygodniu, do %1</numerusform>
            <numerusform>więcej niż %n sesji w tygodniu, do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nic nie zaplanowano</translation>
    </message>
    <message>
        <source>a new course (day %1)</source>
        <translation>nowa seria (dzień %1)</translation>
    </message>
    <message>
        <source>a new course</source>
        <translation>nowa seria</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>podtrzymująca</translation>
    </message>
    <message>
        <source>day %1 of procedure %2</source>
        <translation>dzień %1 zabiegu %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesja %1</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>Ser&amp;ie</translation>
    </message>
    <message>
        <source>S&amp;tart course…</source>
        <translation>Rozpo&amp;cznij serię…</translation>
    </message>
    <message>
        <source>&amp;Move date…</source>
        <translation>Prze&amp;łóż termin…</translation>
    </message>
    <message>
        <source>En&amp;d course…</source>
        <translation>Za&amp;kończ serię…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Eksportu&amp;j kalendarz…</translation>
    </message>
    <message>
        <source>The planned sessions as an iCalendar file</source>
        <translation>Zaplanowane sesje jako plik iCalendar</translation>
    </message>
    <message>
        <source>Print shee&amp;t…</source>
        <translation>Drukuj kar&amp;tę…</translation>
    </message>
    <message>
        <source>The course on one page, to tick and sign by hand</source>
        <translation>Seria na jednej stronie, do odhaczenia i podpisania ręcznie</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następna</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>No course yet. A course starts with the client&apos;s first session of a protocol with a course plan, or with “Start course…”.</source>
        <translation>Nie ma jeszcze serii. Seria zaczyna się od pierwszej sesji klienta według protokołu z planem serii albo przyciskiem „Rozpocznij serię…”.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Rozpoczęta %1.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>dziś</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, %2 (%3).</source>
        <translation>Następna: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Zaplanowane:</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (przeniesiona)</translation>
    </message>
    <message>
        <source> (moved: %1)</source>
        <translation> (przeniesiona: %1)</translation>
    </message>
    <message>
        <source>Start course</source>
        <translation>Rozpocznij serię</translation>
    </message>
    <message>
        <source>Move date</source>
        <translation>Przełóż termin</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Zakończ serię</translation>
    </message>
    <message>
        <source>Export the planned sessions</source>
        <translation>Eksportuj zaplanowane sesje</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
</context>
<context>
    <name>effleur::ui::CuePlayer</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Zmiana strony</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Połowa</translation>
    </message>
    <message>
        <source>Ten seconds</source>
        <translation>Dziesięć sekund</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesja zakończona</translation>
    </message>
</context>
<context>
    <name>effleur::ui::DiffDialog</name>
    <message>
        <source>The file on disk and the editor&apos;s text are the same.</source>
        <translation>Plik na dysku i tekst w edytorze są takie same.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::DuplicateDialog</name>
    <message>
        <source>The protocol file does not parse: %1</source>
        <translation>Nie można przetworzyć pliku protokołu: %1</translation>
    </message>
    <message>
        <source>The protocol file has no &quot;id&quot; and &quot;title&quot; to change.</source>
        <translation>Plik protokołu nie ma pól &quot;id&quot; i &quot;title&quot; do zmiany.</translation>
    </message>
    <message>
        <source>The protocol file could not be copied with a new id.</source>
        <translation>Nie udało się skopiować pliku protokołu z nowym id.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Nie można utworzyć folderu %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 już istnieje.</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Edytuj kopię</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” comes with Effleur and is read-only&lt;/b&gt;, so that it stays as its sources give it. To edit it, Effleur makes a copy in your protocol folder and opens the copy in the editor:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;„%1” jest dołączony do Effleur i tylko do odczytu&lt;/b&gt;, by pozostał taki, jak podają go źródła. Aby go edytować, Effleur tworzy kopię w Twoim folderze protokołów i otwiera ją w edytorze:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy and edit</source>
        <translation>&amp;Kopiuj i edytuj</translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation>Duplikuj do moich protokołów</translation>
    </message>
    <message>
        <source>A copy of “%1” goes into your protocol folder, where you can edit it:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Kopia „%1” trafi do Twojego folderu protokołów, gdzie możesz ją edytować:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (kopia)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>The copy needs an id.</source>
        <translation>Kopia musi mieć id.</translation>
    </message>
    <message>
        <source>An id is lower-case words and digits joined by single hyphens.</source>
        <translation>Id to słowa małymi literami i cyfry połączone pojedynczymi łącznikami.</translation>
    </message>
    <message>
        <source>Another protocol has the id “%1”.</source>
        <translation>Inny protokół ma już id „%1”.</translation>
    </message>
    <message>
        <source>Your folder has a file %1.json already.</source>
        <translation>W Twoim folderze jest już plik %1.json.</translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation>Kopia musi mieć tytuł.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorDocument</name>
    <message>
        <source>Change value</source>
        <translation>Zmień wartość</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Wyczyść wartość</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Wstaw</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>Edytuj JSON</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nowy krok</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplikuj krok</translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation>Duplikuj etap</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorForm</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>face, neck, back… (comma-separated)</source>
        <translation>twarz, szyja, plecy… (po przecinku)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Okolice</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Schematy</translation>
    </message>
    <message>
        <source>source ids, comma-separated</source>
        <translation>id źródeł, po przecinku</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>(no day)</source>
        <translation>(bez dnia)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technika</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Głębokość</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrukcja</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(domyślnie)</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Pierwsza strona</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Powtórzenia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Przejście</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Podpowiedź</translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation>Jedno ostrzeżenie w wierszu</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>Click a line on the diagram to add or remove it</source>
        <translation>Kliknij linię na schemacie, aby ją dodać lub usunąć</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj linię</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Odwróć</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Seconds for the step</source>
        <translation>Sekundy na krok</translation>
    </message>
    <message>
        <source>Seconds per pass</source>
        <translation>Sekundy na przejście</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Wyczyść: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edytuj: %1</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>nieznana linia</translation>
    </message>
    <message>
        <source>← reversed:</source>
        <translation>← odwrócona:</translation>
    </message>
    <message>
        <source>Worked against its drawn direction</source>
        <translation>Wbrew narysowanemu kierunkowi</translation>
    </message>
    <message>
        <source>Worked as drawn</source>
        <translation>Zgodnie z rysunkiem</translation>
    </message>
    <message>
        <source>Reverse line</source>
        <translation>Odwróć linię</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń linię</translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation>Linia w górę</translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation>Linia w dół</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Domyślny czas trwania</translation>
    </message>
    <message>
        <source>Change duration kind</source>
        <translation>Zmień rodzaj czasu trwania</translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation>Ustaw czas trwania</translation>
    </message>
    <message>
        <source>Edit duration</source>
        <translation>Edytuj czas trwania</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorPreview</name>
    <message>
        <source>No diagram: choose the protocol&apos;s diagrams in its header.</source>
        <translation>Brak schematu: wybierz schematy protokołu w jego nagłówku.</translation>
    </message>
    <message>
        <source>A sketch from this step&apos;s own fields: fix the problems to see it as the session shows it.</source>
        <translation>Szkic z pól samego kroku: popraw błędy, aby zobaczyć go tak, jak pokaże go sesja.</translation>
    </message>
    <message>
        <source>%1 — click to add or remove</source>
        <translation>%1 — kliknij, aby dodać lub usunąć</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorTreeModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Day %1: </source>
        <translation>Dzień %1: </translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etap %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(krok bez tytułu)</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protokół</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Przenieś etap</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Przenieś krok</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsBoard</name>
    <message>
        <source>tension</source>
        <translation>napięcie</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>ból</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>siniak</translation>
    </message>
    <message>
        <source>injection site</source>
        <translation>miejsce iniekcji</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>Diagram for findings</source>
        <translation>Schemat do obserwacji</translation>
    </message>
    <message>
        <source>This protocol has no diagram to mark.</source>
        <translation>Ten protokół nie ma schematu do zaznaczania.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsDialog</name>
    <message>
        <source>Findings on the diagram</source>
        <translation>Obserwacje na schemacie</translation>
    </message>
    <message>
        <source>&amp;Save marks</source>
        <translation>Zapisz &amp;znaczniki</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsPanel</name>
    <message>
        <source>&amp;Diagram</source>
        <translation>Sc&amp;hemat</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>a word or two</source>
        <translation>słowo lub dwa</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>S&amp;łowa</translation>
    </message>
    <message>
        <source>Click to mark a point, drag for an area. By keys: the arrows move the cross, + and − make it an area, Enter marks.</source>
        <translation>Kliknij, aby zaznaczyć punkt, przeciągnij, aby zaznaczyć obszar. Z klawiatury: strzałki przesuwają krzyżyk, + i − robią z niego obszar, Enter zaznacza.</translation>
    </message>
    <message>
        <source>&amp;Take back the last mark</source>
        <translation>&amp;Cofnij ostatni znacznik</translation>
    </message>
    <message>
        <source>No new marks yet.</source>
        <translation>Brak nowych znaczników.</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::GateDialog</name>
    <message>
        <source>? last time Yes — confirm</source>
        <translation>? ostatnio „tak” — potwierdź</translation>
    </message>
    <message>
        <source>? last time No — confirm</source>
        <translation>? ostatnio „nie” — potwierdź</translation>
    </message>
    <message>
        <source>✖ Yes — stops the session</source>
        <translation>✖ Tak — zatrzymuje sesję</translation>
    </message>
    <message>
        <source>✔ Yes — acknowledged</source>
        <translation>✔ Tak — potwierdzone</translation>
    </message>
    <message>
        <source>! Yes — acknowledge it</source>
        <translation>! Tak — wymaga potwierdzenia</translation>
    </message>
    <message>
        <source>✔ No</source>
        <translation>✔ Nie</translation>
    </message>
    <message>
        <source>… not answered</source>
        <translation>… bez odpowiedzi</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>odpowiedzi: %1 z %2</translation>
    </message>
    <message>
        <source>Contraindications — %1</source>
        <translation>Przeciwwskazania — %1</translation>
    </message>
    <message>
        <source>Contraindication checklist</source>
        <translation>Lista kontrolna przeciwwskazań</translation>
    </message>
    <message>
        <source>Before the session: contraindications</source>
        <translation>Przed sesją: przeciwwskazania</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Dla: %1</translation>
    </message>
    <message>
        <source>Every item is answered. Enter starts the session.</source>
        <translation>Wszystkie pozycje mają odpowiedź. Enter rozpoczyna sesję.</translation>
    </message>
    <message>
        <source>This protocol lists no contraindications.</source>
        <translation>Ten protokół nie wymienia przeciwwskazań.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Jeszcze nie. %1</translation>
    </message>
    <message>
        <source>No contraindications are listed.</source>
        <translation>Nie wymieniono przeciwwskazań.</translation>
    </message>
    <message>
        <source>Item %1 of %2 — does this apply to the client?</source>
        <translation>Pozycja %1 z %2 — czy dotyczy klienta?</translation>
    </message>
    <message>
        <source>The specialist has been told, and the session may go ahead  (A)</source>
        <translation>Specjalista został powiadomiony, sesja może się odbyć  (A)</translation>
    </message>
    <message>
        <source>I have weighed this with the client, and the session may go ahead  (A)</source>
        <translation>Rozważyłem(-am) to z klientem, sesja może się odbyć  (A)</translation>
    </message>
    <message>
        <source>The source&apos;s list: “%1 …”</source>
        <translation>Lista źródła: „%1 …”</translation>
    </message>
    <message>
        <source>Blocking items: %1</source>
        <translation>Pozycje blokujące: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymana</translation>
    </message>
    <message>
        <source>Yes  (Y)</source>
        <translation>Tak  (Y)</translation>
    </message>
    <message>
        <source>Yes, it applies</source>
        <translation>Tak, dotyczy</translation>
    </message>
    <message>
        <source>No  (N)</source>
        <translation>Nie  (N)</translation>
    </message>
    <message>
        <source>No, it does not apply</source>
        <translation>Nie, nie dotyczy</translation>
    </message>
    <message>
        <source>Acknowledge this item</source>
        <translation>Potwierdź tę pozycję</translation>
    </message>
    <message>
        <source>Note on this item</source>
        <translation>Notatka do tej pozycji</translation>
    </message>
    <message>
        <source>Note (optional), e.g. cleared by GP on …</source>
        <translation>Notatka (nieobowiązkowa), np. zgoda lekarza z …</translation>
    </message>
    <message>
        <source>All items and their answers</source>
        <translation>Wszystkie pozycje i odpowiedzi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close without a session</source>
        <translation>Zamknij bez sesji</translation>
    </message>
    <message>
        <source>Start session  (Enter)</source>
        <translation>Rozpocznij sesję  (Enter)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Rozpocznij sesję</translation>
    </message>
    <message>
        <source>Functional assessment (optional)</source>
        <translation>Ocena funkcjonalna (nieobowiązkowa)</translation>
    </message>
    <message>
        <source>Show the functional assessment</source>
        <translation>Pokaż ocenę funkcjonalną</translation>
    </message>
    <message>
        <source>Source 003: every therapy begins with a functional consultation. Notes stay with the session record.</source>
        <translation>Źródło 003: każda terapia zaczyna się od konsultacji funkcjonalnej. Notatki zostają z zapisem sesji.</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Notatki z oceny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Hide the functional assessment</source>
        <translation>Ukryj ocenę funkcjonalną</translation>
    </message>
    <message>
        <source>This session cannot go ahead</source>
        <translation>Ta sesja nie może się odbyć</translation>
    </message>
    <message>
        <source>The client answered yes to an absolute contraindication of this protocol:</source>
        <translation>Klient odpowiedział „tak” na przeciwwskazanie bezwzględne tego protokołu:</translation>
    </message>
    <message>
        <source>Close the checklist, or choose a protocol that does not list this contraindication.</source>
        <translation>Zamknij listę kontrolną albo wybierz protokół, który nie wymienia tego przeciwwskazania.</translation>
    </message>
    <message>
        <source>Choose another protocol</source>
        <translation>Wybierz inny protokół</translation>
    </message>
    <message>
        <source>This checklist supports the specialist&apos;s judgment; it does not replace it.</source>
        <translation>Ta lista kontrolna wspiera ocenę specjalisty, ale jej nie zastępuje.</translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s)</source>
        <translation>
            <numerusform>Cały %n dzień</numerusform>
            <numerusform>Wszystkie %n dni</numerusform>
            <numerusform>Wszystkie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day %2 of %3</source>
        <translation>%1 — dzień %2 z %3</translation>
    </message>
    <message>
        <source>%1 — stage %2 of %3</source>
        <translation>%1 — etap %2 z %3</translation>
    </message>
</context>
<context>
    <name>effleur::ui::HelpWindow</name>
    <message>
        <source>Effleur user guide</source>
        <translation>Podręcznik użytkownika Effleur</translation>
    </message>
    <message>
        <source>The user guide is not installed. Effleur looked for user-guide.md in:
%1</source>
        <translation>Podręcznik użytkownika nie jest zainstalowany. Effleur szukał pliku user-guide.md w:
%1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalClientForm</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>rrrr-mm-dd</translation>
    </message>
    <message>
        <source>pressure, oils, music</source>
        <translation>nacisk, olejki, muzyka</translation>
    </message>
    <message>
        <source>what not to do, where not to work</source>
        <translation>czego nie robić, gdzie nie pracować</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Imię i nazwisko (wymagane):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Data urodzenia:</translation>
    </message>
    <message>
        <source>&amp;Preferences:</source>
        <translation>&amp;Preferencje:</translation>
    </message>
    <message>
        <source>A&amp;llergies:</source>
        <translation>A&amp;lergie:</translation>
    </message>
    <message>
        <source>A&amp;void:</source>
        <translation>&amp;Unikać:</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalNoteForm</name>
    <message>
        <source>how the client felt</source>
        <translation>samopoczucie klienta</translation>
    </message>
    <message>
        <source>&amp;Felt:</source>
        <translation>&amp;Samopoczucie:</translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation>&amp;Nacisk:</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>&amp;Obserwacje:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>Za&amp;lecenia:</translation>
    </message>
    <message>
        <source>P&amp;lan for next time:</source>
        <translation>&amp;Plan na następny raz:</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalWindow</name>
    <message>
        <source>Journal — Effleur</source>
        <translation>Dziennik — Effleur</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Names, notes, findings, marks</source>
        <translation>Nazwiska, notatki, obserwacje, znaczniki</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ostatnia sesja</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Edytuj klienta…</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>&amp;Usuń klienta…</translation>
    </message>
    <message>
        <source>Erase the client and every session of theirs, for good</source>
        <translation>Usuń klienta i wszystkie jego sesje na zawsze</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokół:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Session re&amp;cord</source>
        <translation>&amp;Zapis sesji</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>Dod&amp;aj notatkę…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the session&apos;s summary, or save it as PDF/A (Ctrl+P)</source>
        <translation>Drukuj podsumowanie sesji albo zapisz je jako PDF/A (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark findings…</source>
        <translation>&amp;Oznacz obserwacje…</translation>
    </message>
    <message>
        <source>Mark tension, pain, a bruise or an injection site on the diagram</source>
        <translation>Zaznacz na schemacie napięcie, ból, siniak lub miejsce iniekcji</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>jeszcze brak sesji</translation>
    </message>
    <message>
        <source>No clients yet. Add one with “New client…”.</source>
        <translation>Nie ma jeszcze klientów. Dodaj klienta przyciskiem „Nowy klient…”.</translation>
    </message>
    <message>
        <source>No client chosen.</source>
        <translation>Nie wybrano klienta.</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Wszystkie protokoły</translation>
    </message>
    <message>
        <source>No session of this client matches the filters.</source>
        <translation>Żadna sesja tego klienta nie pasuje do filtrów.</translation>
    </message>
    <message>
        <source>No sessions recorded for this client yet.</source>
        <translation>Ten klient nie ma jeszcze zapisanych sesji.</translation>
    </message>
    <message>
        <source>&amp;Amend note…</source>
        <translation>Popr&amp;aw notatkę…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>The client could not be added.</source>
        <translation>Nie udało się dodać klienta.</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edytuj klienta</translation>
    </message>
    <message>
        <source>The client could not be changed.</source>
        <translation>Nie udało się zmienić klienta.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them?</source>
        <translation>Usunąć %1 i wszystko, co go dotyczy?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with their checklists, notes and marks will be erased forever, along with the client&apos;s details. This cannot be undone.</source>
        <translation>
            <numerusform>%n sesja wraz z listą kontrolną, notatkami i znacznikami zostanie usunięta na zawsze razem z danymi klienta. Tego nie można cofnąć.</numerusform>
            <numerusform>%n sesje wraz z listami kontrolnymi, notatkami i znacznikami zostaną usunięte na zawsze razem z danymi klienta. Tego nie można cofnąć.</numerusform>
            <numerusform>%n sesji wraz z listami kontrolnymi, notatkami i znacznikami zostanie usuniętych na zawsze razem z danymi klienta. Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase forever</source>
        <translation>&amp;Usuń na zawsze</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>The client could not be erased.</source>
        <translation>Nie udało się usunąć klienta.</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>Popraw notatkę</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>The amendment is kept beside the note as it was, with its time; the note itself is not changed.</source>
        <translation>Poprawka jest przechowywana obok pierwotnej notatki, z czasem jej napisania; sama notatka się nie zmienia.</translation>
    </message>
    <message>
        <source>The amendment could not be saved.</source>
        <translation>Nie udało się zapisać poprawki.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Nie udało się zapisać notatki.</translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation>Nie udało się zapisać znaczników.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::KeyMap</name>
    <message>
        <source>Pause / resume</source>
        <translation>Pauza / wznów</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Krok od nowa</translation>
    </message>
    <message>
        <source>15 s more</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>15 s less</source>
        <translation>−15 s</translation>
    </message>
    <message>
        <source>Glance mode</source>
        <translation>Duży widok</translation>
    </message>
    <message>
        <source>Leave glance mode</source>
        <translation>Zamknij duży widok</translation>
    </message>
    <message>
        <source>Slower (rehearsal)</source>
        <translation>Wolniej (próba)</translation>
    </message>
    <message>
        <source>Faster (rehearsal)</source>
        <translation>Szybciej (próba)</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryPreview</name>
    <message>
        <source>Every line this protocol works; arrows show the direction of the stroke, dots where each starts.</source>
        <translation>Wszystkie linie, które opracowuje protokół; strzałki pokazują kierunek ruchu, kropki jego początek.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryView</name>
    <message>
        <source>unreadable</source>
        <translation>nieczytelny</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroki</numerusform>
            <numerusform>%n kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation>zabieg</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): </source>
        <translation>
            <numerusform>%n dzień: </numerusform>
            <numerusform>%n dni: </numerusform>
            <numerusform>%n dni: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>do not interrupt the course</source>
        <translation>nie przerywać serii</translation>
    </message>
    <message>
        <source>then %1 a month</source>
        <translation>potem %1 × w miesiącu</translation>
    </message>
    <message>
        <source>%1 between courses</source>
        <translation>%1 między seriami</translation>
    </message>
    <message>
        <source>Show &amp;all protocols</source>
        <translation>Pokaż &amp;wszystkie protokoły</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Wszystkie okolice</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Uszkodzony: %1</translation>
    </message>
    <message numerus="yes">
        <source>Protocols that %1 does not rule out</source>
        <translation>
            <numerusform>Protokoły, których %1 nie wyklucza</numerusform>
            <numerusform>Protokoły, których %1 nie wykluczają</numerusform>
            <numerusform>Protokoły, których %1 nie wyklucza</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1½ min</source>
        <translation>%1½ min</translation>
    </message>
    <message>
        <source>for self-massage</source>
        <translation>do automasażu</translation>
    </message>
    <message>
        <source>for a therapist</source>
        <translation>dla masażysty</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>bez czasu</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Course plan</source>
        <translation>Plan serii</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Przeciwwskazania</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Search protocols (Ctrl+F)</source>
        <translation>Szukaj protokołów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Dla każdego</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Masażysta</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Automasaż</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Dowolny czas</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>Do 10 min</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Ponad 30 min</translation>
    </message>
    <message>
        <source>Start session…</source>
        <translation>Rozpocznij sesję…</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Próba…</translation>
    </message>
    <message>
        <source> · Bundled</source>
        <translation> · Dołączony</translation>
    </message>
    <message>
        <source>Bundled with Effleur: read-only. &quot;Duplicate to my protocols&quot; makes a copy you can edit.</source>
        <translation>Dołączony do Effleur: tylko do odczytu. „Duplikuj do moich protokołów” tworzy kopię, którą można edytować.</translation>
    </message>
    <message>
        <source>No protocol matches.</source>
        <translation>Żaden protokół nie pasuje.</translation>
    </message>
    <message>
        <source>Bundled with Effleur, read-only. File › Duplicate to my protocols makes a copy you can edit.</source>
        <translation>Dołączony do Effleur, tylko do odczytu. Plik › Duplikuj do moich protokołów tworzy kopię, którą można edytować.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): View › Problems (F8) lists them.</source>
        <translation>
            <numerusform>%n ostrzeżenie: wymienia je Widok › Problemy (F8).</numerusform>
            <numerusform>%n ostrzeżenia: wymienia je Widok › Problemy (F8).</numerusform>
            <numerusform>%n ostrzeżeń: wymienia je Widok › Problemy (F8).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Tego pliku nie można użyć</translation>
    </message>
    <message>
        <source>10–30 min</source>
        <translation>10–30 min</translation>
    </message>
    <message>
        <source>Loading the protocols…</source>
        <translation>Wczytywanie protokołów…</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineCanvas</name>
    <message>
        <source>✗ your pick</source>
        <translation>✗ twój wybór</translation>
    </message>
    <message>
        <source>✓ the answer</source>
        <translation>✓ odpowiedź</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ dobrze</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineQuizWidget</name>
    <message>
        <source>Click the line this step works; click near the end where the stroke finishes, or press D to turn it round. Tab or the arrow keys go through the lines; Enter answers.</source>
        <translation>Kliknij linię, którą opracowuje ten krok; kliknij blisko końca, w którym ruch się kończy, albo naciśnij D, aby odwrócić kierunek. Tab lub strzałki przechodzą przez linie; Enter odpowiada.</translation>
    </message>
    <message>
        <source>Turn round (D)</source>
        <translation>Odwróć (D)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>jak na rysunku</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>odwrotnie</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Brak pytań</translation>
    </message>
    <message>
        <source>Question %1 of %2 · which line does this step work, and which way?</source>
        <translation>Pytanie %1 z %2 · którą linię opracowuje ten krok i w którą stronę?</translation>
    </message>
    <message>
        <source>Step %1 of %2 in “%3”</source>
        <translation>Krok %1 z %2 w „%3”</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>  —  it works %n line(s); find the one it starts on.</source>
        <translation>
            <numerusform>  —  opracowuje %n linię; znajdź tę, od której się zaczyna.</numerusform>
            <numerusform>  —  opracowuje %n linie; znajdź tę, od której się zaczyna.</numerusform>
            <numerusform>  —  opracowuje %n linii; znajdź tę, od której się zaczyna.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Right line, right way.</source>
        <translation>✓ Właściwa linia, właściwy kierunek.</translation>
    </message>
    <message>
        <source>Right line, but it goes the other way: %1.</source>
        <translation>Linia właściwa, ale kierunek odwrotny: %1.</translation>
    </message>
    <message>
        <source>✗ Not this line: it is %1, %2.</source>
        <translation>✗ Nie ta linia: właściwa to %1, %2.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Pokaż wynik</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Następne pytanie</translation>
    </message>
    <message>
        <source>“%1”: you chose %2, %3; it is %4, %5.</source>
        <translation>„%1”: wybrano %2, %3; właściwa to %4, %5.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::MainWindow</name>
    <message>
        <source>Open a Backup of the Journal</source>
        <translation>Otwórz kopię zapasową dziennika</translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite);;All files (*)</source>
        <translation>Kopie zapasowe dziennika (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Enter: start the chosen session  ·  Esc: the library</source>
        <translation>Enter: rozpocznij wybraną sesję  ·  Esc: biblioteka</translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>Enter: start a session  ·  Ctrl+R: rehearse</source>
        <translation>Enter: rozpocznij sesję  ·  Ctrl+R: próba</translation>
    </message>
    <message>
        <source>%1 changed on disk — the new version is used for the next session</source>
        <translation>%1 zmienił się na dysku — nowa wersja zostanie użyta w następnej sesji</translation>
    </message>
    <message>
        <source>Esc: the library</source>
        <translation>Esc: biblioteka</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Modules</name>
    <message>
        <source>Spoken cues and chimes are off: Effleur&apos;s voice module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Podpowiedzi głosowe i sygnały dźwiękowe są wyłączone: brakuje modułu głosu Effleur (%1) lub nie można go wczytać. Ponowna instalacja Effleur go przywróci.</translation>
    </message>
    <message>
        <source>The chart cannot be shown: Effleur&apos;s charts module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Nie można pokazać wykresu: brakuje modułu wykresów Effleur (%1) lub nie można go wczytać. Ponowna instalacja Effleur go przywróci.</translation>
    </message>
    <message>
        <source>Printing is not available: Effleur&apos;s printing module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Drukowanie jest niedostępne: brakuje modułu drukowania Effleur (%1) lub nie można go wczytać. Ponowna instalacja Effleur go przywróci.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
</context>
<context>
    <name>effleur::ui::NextQuizWidget</name>
    <message>
        <source>This step:</source>
        <translation>Ten krok:</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Następne pytanie</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Brak pytań</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Linie: %1</translation>
    </message>
    <message>
        <source>✓  %1   — the answer</source>
        <translation>✓  %1   — odpowiedź</translation>
    </message>
    <message>
        <source>✗  %1   — your choice</source>
        <translation>✗  %1   — twój wybór</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Dobrze.</translation>
    </message>
    <message>
        <source>✗ Not this one: next is “%1”.</source>
        <translation>✗ Nie ten: następny jest „%1”.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Pokaż wynik</translation>
    </message>
    <message>
        <source>After “%1” you chose “%2”; next is “%3”.</source>
        <translation>Po „%1” wybrano „%2”; następny jest „%3”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What comes next?&lt;/b&gt;  Press 1–4, or ↑ / ↓ and Enter.</source>
        <translation>&lt;b&gt;Co dalej?&lt;/b&gt;  Naciśnij 1–4 albo ↑ / ↓ i Enter.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::OrderQuizWidget</name>
    <message numerus="yes">
        <source>Put these %n step(s) in the order they are done. Drag them, or select one and move it with Alt+↑ / Alt+↓. Ctrl+Enter checks.</source>
        <translation>
            <numerusform>Ułóż %n krok w kolejności wykonywania. Przeciągaj je albo zaznacz jeden i przesuwaj go Alt+↑ / Alt+↓. Ctrl+Enter sprawdza.</numerusform>
            <numerusform>Ułóż te %n kroki w kolejności wykonywania. Przeciągaj je albo zaznacz jeden i przesuwaj go Alt+↑ / Alt+↓. Ctrl+Enter sprawdza.</numerusform>
            <numerusform>Ułóż tych %n kroków w kolejności wykonywania. Przeciągaj je albo zaznacz jeden i przesuwaj go Alt+↑ / Alt+↓. Ctrl+Enter sprawdza.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The correct order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Właściwa kolejność&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Alt+Up or Ctrl+Up</source>
        <translation>Alt+Up lub Ctrl+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Alt+Down or Ctrl+Down</source>
        <translation>Alt+Down lub Ctrl+Down</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>“%1”: %2 is its place, but the steps before or after it are out of order.</source>
        <translation>„%1”: to jego miejsce (%2 krok), ale kroki przed nim lub po nim są nie po kolei.</translation>
    </message>
    <message>
        <source>“%1”: you put it %2; it is %3.</source>
        <translation>„%1”: jest u Ciebie %2 krokiem, a powinien być %3 krokiem.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Pokaż wynik</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Steps marked ✓ (green) are in order; those marked ✗ (red) are out of place, with the position they belong at. The correct order is on the right. Press Enter to see the result.</source>
        <translation>Kroki oznaczone ✓ (zielone) są po kolei; oznaczone ✗ (czerwone) są nie na miejscu, z pozycją, na której powinny być. Właściwa kolejność jest po prawej. Naciśnij Enter, aby zobaczyć wynik.</translation>
    </message>
    <message>
        <source>%1  ✗  %2   → its place, but out of order with the steps around it</source>
        <translation>%1  ✗  %2   → jego miejsce, ale nie po kolei z sąsiednimi krokami</translation>
    </message>
    <message>
        <source>%1  ✗  %2   → belongs %3</source>
        <translation>%1  ✗  %2   → powinien być %3 krokiem</translation>
    </message>
    <message>
        <source>%1 of %2 in order (%3)</source>
        <translation>%1 z %2 po kolei (%3)</translation>
    </message>
</context>
<context>
    <name>effleur::ui::PractiseDialog</name>
    <message>
        <source>Practise — %1</source>
        <translation>Ćwiczenie — %1</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>bez czasu</translation>
    </message>
    <message>
        <source>Choose what to practise: a stage, one step, or a stretch of steps (click the first, Shift+click the last; or Shift+↓ from the keyboard).</source>
        <translation>Wybierz, co ćwiczyć: etap, jeden krok albo ciąg kroków (kliknij pierwszy, potem Shift+klik na ostatnim; albo Shift+↓ z klawiatury).</translation>
    </message>
    <message>
        <source>Steps to practise</source>
        <translation>Kroki do ćwiczenia</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>&amp;Whole protocol</source>
        <translation>&amp;Cały protokół</translation>
    </message>
    <message>
        <source>1× (as written)</source>
        <translation>1× (jak zapisano)</translation>
    </message>
    <message>
        <source>[ and ] change it during the rehearsal</source>
        <translation>[ i ] zmieniają je w trakcie próby</translation>
    </message>
    <message>
        <source>&amp;Pause after each step, to explain it aloud; → goes on</source>
        <translation>&amp;Pauza po każdym kroku, aby objaśnić go na głos; → idzie dalej</translation>
    </message>
    <message>
        <source>Show the &amp;next step (off: recall it yourself)</source>
        <translation>Pokaż &amp;następny krok (wył.: przypomnij go sobie)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Pręd&amp;kość</translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Rozpocznij próbę</translation>
    </message>
    <message>
        <source>This protocol has no steps.</source>
        <translation>Ten protokół nie ma kroków.</translation>
    </message>
    <message>
        <source>The whole protocol</source>
        <translation>Cały protokół</translation>
    </message>
    <message>
        <source>Stage %1, all of it</source>
        <translation>Etap %1 w całości</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>krok %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>kroki %1–%2</translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation>Etap %1, %2</translation>
    </message>
    <message>
        <source>From stage %1, step %2 to stage %3, step %4</source>
        <translation>Od etapu %1, krok %2, do etapu %3, krok %4</translation>
    </message>
    <message>
        <source> and an untimed procedure</source>
        <translation> i zabieg bez czasu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2</source>
        <translation>
            <numerusform>%1 · %n krok · %2</numerusform>
            <numerusform>%1 · %n kroki · %2</numerusform>
            <numerusform>%1 · %n kroków · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Klawisze</translation>
    </message>
    <message>
        <source>&amp;Voice and chimes</source>
        <translation>&amp;Głos i sygnały</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation>Klawisze sesji</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>New key for the chosen action</source>
        <translation>Nowy klawisz dla wybranej czynności</translation>
    </message>
    <message>
        <source>Choose an action above</source>
        <translation>Wybierz czynność powyżej</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nowy klawisz:</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Komunikat o klawiszu</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>P&amp;rzywróć domyślne</translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation>Przywróć domyślne klawisze</translation>
    </message>
    <message>
        <source>Press the new key for %1</source>
        <translation>Naciśnij nowy klawisz dla: %1</translation>
    </message>
    <message>
        <source>%1 already means “%2”. Choose another key, or give “%2” a new key first.</source>
        <translation>%1 oznacza już „%2”. Wybierz inny klawisz albo najpierw przypisz „%2” nowy.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>„%1” to teraz %2.</translation>
    </message>
    <message>
        <source>The default keys are back.</source>
        <translation>Przywrócono domyślne klawisze.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>Domyślny silnika</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>G&amp;łos:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Tempo mowy</translation>
    </message>
    <message>
        <source>&amp;Rate (slower – faster):</source>
        <translation>Te&amp;mpo (wolniej – szybciej):</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Głośność głosu</translation>
    </message>
    <message>
        <source>V&amp;oice volume:</source>
        <translation>Gł&amp;ośność głosu:</translation>
    </message>
    <message>
        <source>Chimes volume</source>
        <translation>Głośność sygnałów</translation>
    </message>
    <message>
        <source>&amp;Chimes volume:</source>
        <translation>Głośność &amp;sygnałów:</translation>
    </message>
    <message>
        <source>&amp;Test the voice</source>
        <translation>&amp;Wypróbuj głos</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Wypróbuj głos</translation>
    </message>
    <message>
        <source>Effleurage along the spine, slow and light. Halfway.</source>
        <translation>Głaskanie wzdłuż kręgosłupa, powoli i lekko. Połowa.</translation>
    </message>
    <message>
        <source>&amp;Mute cues (Ctrl+M)</source>
        <translation>Wy&amp;cisz podpowiedzi (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute cues</source>
        <translation>Wycisz podpowiedzi</translation>
    </message>
    <message>
        <source>The cues cannot be spoken in %1 on this computer: no voice for it was found (the voices come with speech-dispatcher-espeak-ng). The chimes still ring.</source>
        <translation>Na tym komputerze nie można wypowiadać podpowiedzi w języku „%1”: nie znaleziono dla niego głosu (głosy instaluje pakiet speech-dispatcher-espeak-ng). Sygnały nadal brzmią.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemowy (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Język &amp;interfejsu:</translation>
    </message>
    <message>
        <source>A new language applies the next time Effleur starts, so that a running session is never disturbed.</source>
        <translation>Nowy język obowiązuje od następnego uruchomienia Effleur, aby nie zakłócić trwającej sesji.</translation>
    </message>
    <message>
        <source>Effleur will be in %1 from the next start. Until then it stays as it is, and so does a running session.</source>
        <translation>Od następnego uruchomienia Effleur będzie w języku: %1. Do tego czasu wszystko zostaje bez zmian, także trwająca sesja.</translation>
    </message>
    <message>
        <source>Choose an action (click it, or Enter), then press its new key. Tab moves on.</source>
        <translation>Wybierz czynność (kliknięciem lub klawiszem Enter), a potem naciśnij jej nowy klawisz. Tab przechodzi dalej.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProblemsPanel</name>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Otwórz w edytorze</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses for JSON</source>
        <translation>Otwórz plik w aplikacji, której system używa dla JSON</translation>
    </message>
    <message>
        <source>No problems: every protocol loads without a warning.</source>
        <translation>Brak problemów: każdy protokół wczytuje się bez ostrzeżeń.</translation>
    </message>
    <message>
        <source>Select a problem to see its line.</source>
        <translation>Wybierz problem, aby zobaczyć jego wiersz.</translation>
    </message>
    <message>
        <source>, line %1, column %2</source>
        <translation>, wiersz %1, kolumna %2</translation>
    </message>
    <message>
        <source>(The problem is with the file as a whole.)</source>
        <translation>(Problem dotyczy całego pliku.)</translation>
    </message>
    <message>
        <source>(The file cannot be read now: %1.)</source>
        <translation>(Nie można teraz odczytać pliku: %1.)</translation>
    </message>
    <message>
        <source>(The file has changed: line %1 is no longer there.)</source>
        <translation>(Plik się zmienił: wiersza %1 już nie ma.)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;No application opens JSON files here: the file opens in Effleur’s own editor instead.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Żadna aplikacja nie otwiera tu plików JSON: plik otworzy się we własnym edytorze Effleur.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Problems — %1</source>
        <translation>Problemy — %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProgressView</name>
    <message>
        <source>No quizzes taken yet. Take one (Study ▸ Quiz…) and your scores appear here.</source>
        <translation>Nie rozwiązano jeszcze żadnego testu. Rozwiąż test (Nauka ▸ Test…), a wyniki pojawią się tutaj.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Najlepszy</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <source>All quizzes</source>
        <translation>Wszystkie testy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps most often got wrong&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kroki najczęściej mylone&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test yourself…</source>
        <translation>Sprawdź się…</translation>
    </message>
    <message>
        <source>Practise these</source>
        <translation>Poćwicz je</translation>
    </message>
    <message>
        <source>Rehearse the weakest steps</source>
        <translation>Przećwicz najsłabsze kroki</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Wyniki w czasie</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Postępy: %1</translation>
    </message>
    <message>
        <source>%1 — missed %2 of %3</source>
        <translation>%1 — pomyłki %2 z %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more missed step(s)</source>
        <translation>
            <numerusform>… i jeszcze %n pomylony krok</numerusform>
            <numerusform>… i jeszcze %n pomylone kroki</numerusform>
            <numerusform>… i jeszcze %n pomylonych kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Jeszcze nic.</translation>
    </message>
    <message>
        <source>No step missed so far.</source>
        <translation>Jak dotąd żaden krok nie był pomylony.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProtocolEditor</name>
    <message>
        <source>Save protocol as</source>
        <translation>Zapisz protokół jako</translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation>Protokoły (*.json)</translation>
    </message>
    <message>
        <source>Save a protocol with problems?</source>
        <translation>Zapisać protokół z błędami?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Zapisz mimo to</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Zapisać zmiany?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Save a copy?</source>
        <translation>Zapisać kopię?</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <source>Effleur editor</source>
        <translation>Edytor Effleur</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Zostaw &amp;moją</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formularz</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>New &amp;step</source>
        <translation>Nowy &amp;krok</translation>
    </message>
    <message>
        <source>New s&amp;tage</source>
        <translation>Nowy &amp;etap</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>W d&amp;ół</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;otwarto&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Nie można odczytać %1: %2.</translation>
    </message>
    <message>
        <source>%1[*]%2 — Effleur editor</source>
        <translation>%1[*]%2 — Edytor Effleur</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>bez tytułu</translation>
    </message>
    <message>
        <source> (bundled, read-only)</source>
        <translation> (dołączony, tylko do odczytu)</translation>
    </message>
    <message>
        <source>Edit JSON text</source>
        <translation>Edytuj tekst JSON</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Brak problemów</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Not saved: the protocol would be %1 bytes, and Effleur refuses files over %2 bytes. The file on disk is unchanged.</source>
        <translation>Nie zapisano: protokół miałby %1 bajtów, a Effleur nie przyjmuje plików większych niż %2 bajtów. Plik na dysku się nie zmienił.</translation>
    </message>
    <message>
        <source>%1 comes with Effleur and cannot be changed. Save your version as a copy in your protocols?</source>
        <translation>%1 jest dołączony do Effleur i nie można go zmienić. Zapisać Twoją wersję jako kopię w Twoich protokołach?</translation>
    </message>
    <message>
        <source>Protocols that come with Effleur are read-only. Save into your protocols folder instead:
%1</source>
        <translation>Protokoły dołączone do Effleur są tylko do odczytu. Zapisz w swoim folderze protokołów:
%1</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Id kopii</translation>
    </message>
    <message>
        <source>The JSON text has a syntax error (%1). Save the text as it is?</source>
        <translation>Tekst JSON ma błąd składni (%1). Zapisać tekst tak, jak jest?</translation>
    </message>
    <message numerus="yes">
        <source>This protocol has %n error(s), listed under Problems. It will not open in the library until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>Ten protokół ma %n błąd, wymieniony w Problemach. Nie otworzy się w bibliotece, dopóki nie zostanie poprawiony. Zapisać mimo to?</numerusform>
            <numerusform>Ten protokół ma %n błędy, wymienione w Problemach. Nie otworzy się w bibliotece, dopóki nie zostaną poprawione. Zapisać mimo to?</numerusform>
            <numerusform>Ten protokół ma %n błędów, wymienionych w Problemach. Nie otworzy się w bibliotece, dopóki nie zostaną poprawione. Zapisać mimo to?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 ma niezapisane zmiany.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or moved on disk.&lt;/b&gt; Save to write your version again.</source>
        <translation>&lt;b&gt;%1 został usunięty lub przeniesiony na dysku.&lt;/b&gt; Zapisz, aby ponownie zapisać swoją wersję.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk.&lt;/b&gt; Reload it, keep your version, or compare the two.</source>
        <translation>&lt;b&gt;%1 zmienił się na dysku.&lt;/b&gt; Wczytaj go ponownie, zostaw swoją wersję albo porównaj obie.</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Wczytaj ponownie z dysku</translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation>%1 (na dysku)</translation>
    </message>
    <message>
        <source>%1 (in the editor)</source>
        <translation>%1 (w edytorze)</translation>
    </message>
    <message>
        <source>%1: disk and editor</source>
        <translation>%1: dysk i edytor</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
</context>
<context>
    <name>effleur::ui::QuizWindow</name>
    <message>
        <source>Test yourself — %1</source>
        <translation>Sprawdź się — %1</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Opuść test</translation>
    </message>
    <message>
        <source>Esc — nothing is recorded</source>
        <translation>Esc — nic nie jest zapisywane</translation>
    </message>
    <message>
        <source>Test yourself: %1</source>
        <translation>Sprawdź się: %1</translation>
    </message>
    <message>
        <source>Put the steps in order, by dragging them or with Alt+↑ / Alt+↓.</source>
        <translation>Ułóż kroki po kolei, przeciągając je albo za pomocą Alt+↑ / Alt+↓.</translation>
    </message>
    <message>
        <source>Find the line a step works on the diagram, and which way it goes.</source>
        <translation>Znajdź na schemacie linię, którą opracowuje krok, i kierunek ruchu.</translation>
    </message>
    <message numerus="yes">
        <source>The whole protocol (%n step(s))</source>
        <translation>
            <numerusform>Cały protokół (%n krok)</numerusform>
            <numerusform>Cały protokół (%n kroki)</numerusform>
            <numerusform>Cały protokół (%n kroków)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n krok)</numerusform>
            <numerusform>%1 (%n kroki)</numerusform>
            <numerusform>%1 (%n kroków)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Zakres:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Pytania:</translation>
    </message>
    <message>
        <source>The same seed gives the same quiz, to repeat it exactly</source>
        <translation>Ten sam wariant daje ten sam test, by powtórzyć go dokładnie</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nowy wariant</translation>
    </message>
    <message>
        <source>the same seed gives the same quiz</source>
        <translation>ten sam wariant — ten sam test</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Wariant:</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>Po&amp;stępy…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Repeat this quiz</source>
        <translation>Powtó&amp;rz ten test</translation>
    </message>
    <message>
        <source>The same questions, from the same seed</source>
        <translation>Te same pytania, z tego samego wariantu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nowy test</translation>
    </message>
    <message>
        <source>The seed is a whole number, such as 482113.</source>
        <translation>Wariant to liczba całkowita, np. 482113.</translation>
    </message>
    <message>
        <source>This needs at least two steps to put in order.</source>
        <translation>Potrzeba co najmniej dwóch kroków, aby ułożyć je po kolei.</translation>
    </message>
    <message>
        <source>This needs at least two steps: one to show, one to follow it.</source>
        <translation>Potrzeba co najmniej dwóch kroków: jednego do pokazania i jednego po nim.</translation>
    </message>
    <message>
        <source>No step here works a massage line on a diagram.</source>
        <translation>Żaden krok tutaj nie opracowuje linii masażu na schemacie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · seed %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · wariant %3</translation>
    </message>
    <message>
        <source>no progress is kept here</source>
        <translation>tu postępy nie są zapisywane</translation>
    </message>
    <message>
        <source>Took %1 · saved to your progress</source>
        <translation>Czas %1 · zapisano w Twoich postępach</translation>
    </message>
    <message>
        <source>Took %1 · not saved: %2</source>
        <translation>Czas %1 · nie zapisano: %2</translation>
    </message>
    <message>
        <source>No mistakes — well done.</source>
        <translation>Bez błędów — brawo.</translation>
    </message>
    <message>
        <source>A step is shown: pick the one that follows it, with 1–4.</source>
        <translation>Widać krok: wybierz ten, który po nim następuje, klawiszami 1–4.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::RefusalWords</name>
    <message>
        <source>The session is in a state it cannot be in</source>
        <translation>Sesja jest w niedozwolonym stanie</translation>
    </message>
    <message>
        <source>A session that has started cannot be resumed from a saved state</source>
        <translation>Rozpoczętej sesji nie można wznowić z zapisanego stanu</translation>
    </message>
    <message>
        <source>The session has not started yet</source>
        <translation>Sesja jeszcze się nie zaczęła</translation>
    </message>
    <message>
        <source>The session has not started yet: press %1 to start</source>
        <translation>Sesja jeszcze się nie zaczęła: naciśnij %1, aby zacząć</translation>
    </message>
    <message>
        <source>The session has already started</source>
        <translation>Sesja już się zaczęła</translation>
    </message>
    <message>
        <source>The session is not paused</source>
        <translation>Sesja nie jest wstrzymana</translation>
    </message>
    <message>
        <source>The session is already paused</source>
        <translation>Sesja jest już wstrzymana</translation>
    </message>
    <message>
        <source>The session is waiting for you: its time is already stopped</source>
        <translation>Sesja czeka na ciebie: czas jest już zatrzymany</translation>
    </message>
    <message>
        <source>The session is waiting for you</source>
        <translation>Sesja czeka na ciebie</translation>
    </message>
    <message>
        <source>The session is waiting for you: press %1 to go on</source>
        <translation>Sesja czeka na ciebie: naciśnij %1, aby kontynuować</translation>
    </message>
    <message>
        <source>The step has not started yet</source>
        <translation>Krok jeszcze się nie zaczął</translation>
    </message>
    <message>
        <source>The step has not started yet: press %1 to start it</source>
        <translation>Krok jeszcze się nie zaczął: naciśnij %1, aby go zacząć</translation>
    </message>
    <message>
        <source>An untimed step has no time to restart</source>
        <translation>Krok bez czasu nie ma czasu do wznowienia od nowa</translation>
    </message>
    <message>
        <source>An untimed step has no time to add or take off</source>
        <translation>Krokowi bez czasu nie można dodać ani odjąć czasu</translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 or %2 to run it again</source>
        <translation>Czas kroku minął: naciśnij %1 lub %2, aby go powtórzyć</translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 to run it again</source>
        <translation>Czas kroku minął: naciśnij %1, aby go powtórzyć</translation>
    </message>
    <message>
        <source>The step&apos;s time is up</source>
        <translation>Czas kroku minął</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Sesja się zakończyła</translation>
    </message>
    <message>
        <source>The session was busy: give the command again</source>
        <translation>Sesja była zajęta: wydaj polecenie ponownie</translation>
    </message>
    <message>
        <source>This is the first step of the session</source>
        <translation>To pierwszy krok sesji</translation>
    </message>
    <message>
        <source>A breathing step is timed by its counts: change the tempo instead</source>
        <translation>Krok oddechowy mierzy się liczeniem: zmień tempo</translation>
    </message>
    <message>
        <source>Adding no time changes nothing</source>
        <translation>Dodanie zerowego czasu niczego nie zmienia</translation>
    </message>
    <message numerus="yes">
        <source>The step would end before now: at most %n second(s) can be taken off</source>
        <translation>
            <numerusform>Krok skończyłby się przed chwilą obecną: można odjąć najwyżej %n sekundę</numerusform>
            <numerusform>Krok skończyłby się przed chwilą obecną: można odjąć najwyżej %n sekundy</numerusform>
            <numerusform>Krok skończyłby się przed chwilą obecną: można odjąć najwyżej %n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step cannot last more than %n hour(s)</source>
        <translation>
            <numerusform>Krok nie może trwać dłużej niż %n godzinę</numerusform>
            <numerusform>Krok nie może trwać dłużej niż %n godziny</numerusform>
            <numerusform>Krok nie może trwać dłużej niż %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, step %2 is not in this session</source>
        <translation>Etapu %1, kroku %2 nie ma w tej sesji</translation>
    </message>
    <message>
        <source>The speed must be more than %1 and at most %2</source>
        <translation>Prędkość musi być większa niż %1 i co najwyżej %2</translation>
    </message>
    <message>
        <source>The breathing tempo must be from %1 to %2</source>
        <translation>Tempo oddechu musi wynosić od %1 do %2</translation>
    </message>
    <message>
        <source>The saved session does not fit this protocol</source>
        <translation>Zapisana sesja nie pasuje do tego protokołu</translation>
    </message>
    <message>
        <source>The session did not do that</source>
        <translation>Sesja tego nie wykonała</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ResumeFlow</name>
    <message numerus="yes">
        <source>%n earlier session(s) were interrupted and are kept as such.</source>
        <translation>
            <numerusform>%n wcześniejsza sesja została przerwana i tak zapisana.</numerusform>
            <numerusform>%n wcześniejsze sesje zostały przerwane i tak zapisane.</numerusform>
            <numerusform>%n wcześniejszych sesji zostało przerwanych i tak zapisanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>At: %1, %2 of %3</source>
        <translation>Miejsce: %1, %2 z %3</translation>
    </message>
    <message>
        <source>Its protocol is no longer in the library.</source>
        <translation>Jej protokołu nie ma już w bibliotece.</translation>
    </message>
    <message>
        <source>Its protocol file has changed since, so it cannot go on where it was.</source>
        <translation>Plik jej protokołu od tego czasu się zmienił, więc nie można kontynuować od tego samego miejsca.</translation>
    </message>
    <message>
        <source>A client session did not end: the app stopped while it ran.

%1 — %2</source>
        <translation>Sesja z klientem nie została zakończona: aplikacja zatrzymała się w jej trakcie.

%1 — %2</translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation>, dzień %1</translation>
    </message>
    <message>
        <source>Session time: %1</source>
        <translation>Czas sesji: %1</translation>
    </message>
    <message numerus="yes">
        <source>Last saved %n min ago</source>
        <translation>
            <numerusform>Ostatni zapis %n minutę temu</numerusform>
            <numerusform>Ostatni zapis %n minuty temu</numerusform>
            <numerusform>Ostatni zapis %n minut temu</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation>Wznowić sesję?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>&amp;End it here</source>
        <translation>&amp;Zakończ tutaj</translation>
    </message>
    <message>
        <source>Resumed where it was, paused: Space goes on</source>
        <translation>Wznowiono w tym samym miejscu, wstrzymana: Spacja — dalej</translation>
    </message>
    <message>
        <source>The unfinished session is kept as ended early.</source>
        <translation>Niedokończona sesja została zapisana jako przerwana wcześniej.</translation>
    </message>
    <message>
        <source>It was left more than 12 hours ago.</source>
        <translation>Od tego czasu minęło ponad 12 godzin.</translation>
    </message>
    <message>
        <source>A rehearsal did not end: the app stopped while it ran.

%1</source>
        <translation>Próba nie została zakończona: aplikacja zatrzymała się w jej trakcie.

%1</translation>
    </message>
    <message>
        <source>Nothing of it is recorded.</source>
        <translation>Nic z niej nie jest zapisane.</translation>
    </message>
    <message>
        <source>Resume the rehearsal?</source>
        <translation>Wznowić próbę?</translation>
    </message>
    <message>
        <source>The unfinished rehearsal is ended.</source>
        <translation>Niedokończona próba została zakończona.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionController</name>
    <message>
        <source>The speed changes only in a rehearsal</source>
        <translation>Prędkość zmienia się tylko podczas próby</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionEndDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Notatki z sesji</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 z %2 według planu</translation>
    </message>
    <message>
        <source>Steps: %1  ·  done %2  ·  skipped %3  ·  extended %4</source>
        <translation>Kroki: %1  ·  wykonane %2  ·  pominięte %3  ·  przedłużone %4</translation>
    </message>
    <message>
        <source>Went back or restarted: %1</source>
        <translation>Powroty i powtórzenia: %1</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Przerwana wcześniej: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>The session&apos;s record cannot be read.</source>
        <translation>Nie można odczytać zapisu sesji.</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Notes (all optional)</source>
        <translation>Notatki (wszystkie nieobowiązkowe)</translation>
    </message>
    <message>
        <source>How the client &amp;felt</source>
        <translation>&amp;Samopoczucie klienta</translation>
    </message>
    <message>
        <source>&amp;Pressure used</source>
        <translation>&amp;Nacisk</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Obserwacje</translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation>&amp;Zalecenia</translation>
    </message>
    <message>
        <source>Plan for &amp;next time</source>
        <translation>&amp;Plan na następny raz</translation>
    </message>
    <message>
        <source>Findings on the diagram</source>
        <translation>Obserwacje na schemacie</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Zapisz no&amp;tatki</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Po&amp;miń</translation>
    </message>
    <message>
        <source>The notes cannot be saved: %1

What you typed is kept; try again.</source>
        <translation>Nie można zapisać notatek: %1

To, co wpisano, zostaje; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionFlow</name>
    <message>
        <source>Day %1: %2</source>
        <translation>Dzień %1: %2</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Który dzień?</translation>
    </message>
    <message>
        <source>Which day of %1 is this session?</source>
        <translation>Który to dzień „%1”?</translation>
    </message>
    <message>
        <source>Last time was day %1.</source>
        <translation>Ostatnio był dzień %1.</translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation>Tej sesji nie można rozpocząć: %1</translation>
    </message>
    <message>
        <source>The stopped screening could not be kept in the journal.</source>
        <translation>Nie udało się zachować przerwanej kwalifikacji w dzienniku.</translation>
    </message>
    <message>
        <source>The screening that stopped this session is in the journal.</source>
        <translation>Kwalifikacja, która zatrzymała tę sesję, jest w dzienniku.</translation>
    </message>
    <message>
        <source>End the session on screen first (Ctrl+W), then practise</source>
        <translation>Najpierw zakończ sesję na ekranie (Ctrl+W), potem ćwicz</translation>
    </message>
    <message>
        <source>Practising your weakest steps — a rehearsal</source>
        <translation>Ćwiczenie najsłabszych kroków — próba</translation>
    </message>
    <message>
        <source>This session cannot be recorded in the journal, so it is not kept.</source>
        <translation>Tej sesji nie można zapisać w dzienniku, więc nie zostanie zachowana.</translation>
    </message>
    <message>
        <source>A massage session is running</source>
        <translation>Trwa sesja masażu</translation>
    </message>
    <message>
        <source>Session complete — Ctrl+W returns to the library</source>
        <translation>Sesja zakończona — Ctrl+W wraca do biblioteki</translation>
    </message>
    <message>
        <source>Client session</source>
        <translation>Sesja z klientem</translation>
    </message>
    <message>
        <source>Rehearsal — nothing is recorded</source>
        <translation>Próba — nic nie jest zapisywane</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Zakończyć sesję?</translation>
    </message>
    <message>
        <source>The session has not finished. End it now? The journal keeps it as stopped early.</source>
        <translation>Sesja jeszcze się nie skończyła. Zakończyć ją teraz? Dziennik zapisze ją jako przerwaną wcześniej.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Zakończ sesję</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <source>The notes are in the journal.</source>
        <translation>Notatki są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionRecording</name>
    <message>
        <source>The journal cannot be written to just now; this session is kept in memory and written as soon as it can be.</source>
        <translation>Do dziennika nie można teraz zapisywać; ta sesja jest przechowywana w pamięci i zostanie zapisana, gdy tylko będzie to możliwe.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionView</name>
    <message>
        <source>+%1 more (see the protocol)</source>
        <translation>+%1 więcej (zob. protokół)</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <source>Session left: %1</source>
        <translation>Do końca sesji: %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Wstecz</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Wznów</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pauza</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Dalej ▶</translation>
    </message>
    <message>
        <source>REHEARSAL — no client, nothing recorded</source>
        <translation>PRÓBA — bez klienta, nic nie jest zapisywane</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Dalej: koniec sesji</translation>
    </message>
    <message>
        <source>Next: ?  — recall it; it shows when it begins</source>
        <translation>Dalej: ?  — przypomnij sobie; pojawi się, gdy się zacznie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step and its side</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a step and its length</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>Ready — press %1 to start</source>
        <translation>Gotowe — naciśnij %1</translation>
    </message>
    <message>
        <source>Procedure — press %1 when done</source>
        <translation>Zabieg — na koniec naciśnij %1</translation>
    </message>
    <message>
        <source>Get ready — press %1 to begin</source>
        <translation>Przygotuj się — naciśnij %1</translation>
    </message>
    <message>
        <source>Explain this step — then press %1 for the next</source>
        <translation>Objaśnij krok — potem %1 do następnego</translation>
    </message>
    <message>
        <source>Time is up — press %1 for the next step</source>
        <translation>Czas minął — %1 do następnego kroku</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesja zakończona</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Tempo %1</translation>
    </message>
    <message>
        <source>%1
count %2 of %3 · round %4 of %5</source>
        <translation>%1
liczenie %2 z %3 · runda %4 z %5</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linia</numerusform>
            <numerusform>%n linie</numerusform>
            <numerusform>%n linii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n powtórzenie</numerusform>
            <numerusform>%n powtórzenia</numerusform>
            <numerusform>%n powtórzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>−15 s</source>
        <translation>−15 s</translation>
    </message>
    <message>
        <source>%1 slower</source>
        <extracomment>The key that slows a rehearsal down, as the session panel shows it: &quot;[ slower&quot;.</extracomment>
        <translation>%1 wolniej</translation>
    </message>
    <message>
        <source>%1 faster</source>
        <extracomment>The key that speeds a rehearsal up, as the session panel shows it: &quot;] faster&quot;.</extracomment>
        <translation>%1 szybciej</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ShellMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesja</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dziennik</translation>
    </message>
    <message>
        <source>&amp;Clients and sessions…</source>
        <translation>&amp;Klienci i sesje…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>S&amp;tudy</source>
        <translation>&amp;Nauka</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New protocol…</source>
        <translation>&amp;Nowy protokół…</translation>
    </message>
    <message>
        <source>&amp;Edit protocol…</source>
        <translation>&amp;Edytuj protokół…</translation>
    </message>
    <message>
        <source>&amp;Duplicate to my protocols…</source>
        <translation>&amp;Duplikuj do moich protokołów…</translation>
    </message>
    <message>
        <source>&amp;Open in external editor</source>
        <translation>&amp;Otwórz w zewnętrznym edytorze</translation>
    </message>
    <message>
        <source>&amp;Find protocol</source>
        <translation>&amp;Znajdź protokół</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>&amp;Wczytaj bibliotekę ponownie</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Drukuj &amp;kartę…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Wytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Start session…</source>
        <translation>&amp;Rozpocznij sesję…</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Próba…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Zakończ sesję</translation>
    </message>
    <message>
        <source>&amp;Mute cues</source>
        <translation>&amp;Wycisz podpowiedzi</translation>
    </message>
    <message>
        <source>&amp;System theme</source>
        <translation>Motyw &amp;systemowy</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>Motyw &amp;jasny</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Motyw &amp;ciemny</translation>
    </message>
    <message>
        <source>&amp;Glance mode (F11)</source>
        <translation>&amp;Duży widok (F11)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemy</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Test…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Postępy…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>Session &amp;keys</source>
        <translation>&amp;Klawisze sesji</translation>
    </message>
    <message>
        <source>&amp;About Effleur</source>
        <translation>&amp;O programie Effleur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>About Effleur</source>
        <translation>O programie Effleur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;A massage-protocol guide and session timer.&lt;/p&gt;&lt;p&gt;The checklist supports the specialist&apos;s judgment; it does not replace it.&lt;/p&gt;&lt;p&gt;Help › User guide (F1) explains every view; it is installed with Effleur and needs no network.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;Przewodnik po protokołach masażu i minutnik sesji.&lt;/p&gt;&lt;p&gt;Lista kontrolna wspiera ocenę specjalisty; nie zastępuje jej.&lt;/p&gt;&lt;p&gt;Pomoc › Podręcznik użytkownika (F1) opisuje każdy widok; jest instalowany razem z Effleur i nie wymaga sieci.&lt;/p&gt;&lt;p&gt;Udostępniany na licencji MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation>Klawisze sesji</translation>
    </message>
</context>
<context>
    <name>effleur::ui::StepPicture</name>
    <message>
        <source>A breathing exercise</source>
        <translation>Ćwiczenie oddechowe</translation>
    </message>
    <message>
        <source>A procedure, no massage lines</source>
        <translation>Zabieg, bez linii masażu</translation>
    </message>
    <message>
        <source>No massage lines</source>
        <translation>Bez linii masażu</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Study</name>
    <message>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Which line, which way</source>
        <translation>Która linia, w którą stronę</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3)</source>
        <translation>%1 z %2 dobrze (%3)</translation>
    </message>
    <message>
        <source>whole protocol</source>
        <translation>cały protokół</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etap %1</translation>
    </message>
    <message>
        <source>%1st</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 1st, 21st.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 2nd, 22nd.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 3rd, 23rd.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 4th, 11th, 12th, 20th.</extracomment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::StudyLauncher</name>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>Your quiz progress cannot be opened, so this is not saved.

%1</source>
        <translation>Nie można otworzyć Twoich postępów w testach, więc ten wynik nie został zapisany.

%1</translation>
    </message>
    <message>
        <source>Progress — %1</source>
        <translation>Postępy — %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayShell</name>
    <message>
        <source>The client&apos;s course could not be kept in the journal.</source>
        <translation>Nie udało się zachować serii klienta w dzienniku.</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>przypadał %1</translation>
    </message>
    <message>
        <source>is due today</source>
        <translation>przypada dziś</translation>
    </message>
    <message>
        <source>is due %1</source>
        <translation>przypada %1</translation>
    </message>
    <message>
        <source>In the course, day %1 %2.</source>
        <translation>W serii dzień %1 %2.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayView</name>
    <message>
        <source>Nothing is due this week.</source>
        <translation>W tym tygodniu nic nie przypada.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteka</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Rozpocznij sesję</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Dziś, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>W tym tygodniu</translation>
    </message>
    <message>
        <source>A client appears here when a session of their course is due.</source>
        <translation>Klient pojawia się tutaj, gdy przypada termin sesji z jego serii.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Words</name>
    <message>
        <source>Breathe in — belly</source>
        <translation>Wdech — brzuchem</translation>
    </message>
    <message>
        <source>Breathe in — chest</source>
        <translation>Wdech — klatką piersiową</translation>
    </message>
    <message>
        <source>Breathe out — chest</source>
        <translation>Wydech — klatką piersiową</translation>
    </message>
    <message>
        <source>Breathe out — belly</source>
        <translation>Wydech — brzuchem</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Zatrzymanie</translation>
    </message>
    <message>
        <source>Breathe in, belly</source>
        <translation>Wdech, brzuch</translation>
    </message>
    <message>
        <source>Breathe in, chest</source>
        <translation>Wdech, klatka</translation>
    </message>
    <message>
        <source>Breathe out, chest</source>
        <translation>Wydech, klatka</translation>
    </message>
    <message>
        <source>Breathe out, belly</source>
        <translation>Wydech, brzuch</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lewa strona</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>prawa strona</translation>
    </message>
    <message>
        <source>Stroking</source>
        <translation>Głaskanie</translation>
    </message>
    <message>
        <source>Rubbing</source>
        <translation>Rozcieranie</translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation>Ugniatanie</translation>
    </message>
    <message>
        <source>Tapping</source>
        <translation>Oklepywanie</translation>
    </message>
    <message>
        <source>Vibration</source>
        <translation>Wibracja</translation>
    </message>
    <message>
        <source>Pressing</source>
        <translation>Uciskanie</translation>
    </message>
    <message>
        <source>Fixation</source>
        <translation>Unieruchomienie</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rolowanie</translation>
    </message>
    <message>
        <source>Sawing</source>
        <translation>Piłowanie</translation>
    </message>
    <message>
        <source>Planing</source>
        <translation>Struganie</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Kreskowanie</translation>
    </message>
    <message>
        <source>Pinching</source>
        <translation>Szczypanie</translation>
    </message>
    <message>
        <source>Squeezing</source>
        <translation>Wyciskanie</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>Drenaż</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Oddychanie</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <source>superficial pressure</source>
        <translation>nacisk powierzchowny</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>nacisk średni</translation>
    </message>
    <message>
        <source>deep pressure</source>
        <translation>nacisk głęboki</translation>
    </message>
    <message>
        <source>Absolute — stops the session</source>
        <translation>Bezwzględne — zatrzymuje sesję</translation>
    </message>
    <message>
        <source>Relative — needs acknowledgement</source>
        <translation>Względne — wymaga potwierdzenia</translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation>Najpierw powiadomić specjalistę</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>bezwzględne</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>względne</translation>
    </message>
    <message>
        <source>tell the specialist</source>
        <translation>powiadomić specjalistę</translation>
    </message>
    <message>
        <source>Soft-tissue tension</source>
        <translation>Napięcie tkanek miękkich</translation>
    </message>
    <message>
        <source>Mobility of face, neck and head</source>
        <translation>Ruchomość twarzy, szyi i głowy</translation>
    </message>
    <message>
        <source>Asymmetries</source>
        <translation>Asymetrie</translation>
    </message>
    <message>
        <source>Flow of blood and lymph</source>
        <translation>Przepływ krwi i chłonki</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>źródło %1</translation>
    </message>
    <message>
        <source>source %1, lines %2–%3</source>
        <translation>źródło %1, wiersze %2–%3</translation>
    </message>
    <message>
        <source>source %1, line %2</source>
        <translation>źródło %1, wiersz %2</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>nie podano źródła</translation>
    </message>
    <message>
        <source>%1 — a suggested contraindication for %2, taken from %3</source>
        <translation>%1 — sugerowane przeciwwskazanie dla „%2” (na podstawie: %3)</translation>
    </message>
    <message>
        <source>%1 — listed as a contraindication for %2 (%3)</source>
        <translation>%1 — wymienione jako przeciwwskazanie dla „%2” (%3)</translation>
    </message>
    <message>
        <source>%1 — listed as a relative contraindication for %2 (%3)</source>
        <translation>%1 — wymienione jako przeciwwskazanie względne dla „%2” (%3)</translation>
    </message>
    <message>
        <source>%1 — the source says the specialist must be told (%2)</source>
        <translation>%1 — według źródła trzeba powiadomić specjalistę (%2)</translation>
    </message>
    <message>
        <source>Confirm last time&apos;s answers with the client first.</source>
        <translation>Najpierw potwierdź z klientem poprzednie odpowiedzi.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered yet.</source>
        <translation>
            <numerusform>%n pozycja bez odpowiedzi.</numerusform>
            <numerusform>%n pozycje bez odpowiedzi.</numerusform>
            <numerusform>%n pozycji bez odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge %1.</source>
        <translation>Potwierdź: %1.</translation>
    </message>
    <message>
        <source>face</source>
        <translation>twarz</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>szyja</translation>
    </message>
    <message>
        <source>décolleté</source>
        <translation>dekolt</translation>
    </message>
    <message>
        <source>collar</source>
        <translation>kark i obręcz barkowa</translation>
    </message>
    <message>
        <source>back</source>
        <translation>plecy</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>ręce</translation>
    </message>
    <message>
        <source>upper body</source>
        <translation>górna część ciała</translation>
    </message>
    <message>
        <source>ended by the therapist</source>
        <translation>zakończona przez masażystę</translation>
    </message>
    <message>
        <source>interrupted by a crash</source>
        <translation>przerwana przez awarię</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>bez odpowiedzi</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>napięcie</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>ból</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>siniak</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>iniekcja</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
</context>
</TS>
