<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>BreathingFigure</name>
    <message>
        <source>Breathe in:
belly</source>
        <translation>Вдих:
животом</translation>
    </message>
    <message>
        <source>Breathe in:
chest</source>
        <translation>Вдих:
грудьми</translation>
    </message>
    <message>
        <source>Breathe out:
chest</source>
        <translation>Видих:
грудьми</translation>
    </message>
    <message>
        <source>Breathe out:
belly</source>
        <translation>Видих:
животом</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Затримка</translation>
    </message>
    <message>
        <source>count %1 of %2</source>
        <translation>рахунок %1 з %2</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>коло %1 з %2</translation>
    </message>
</context>
<context>
    <name>CourseSheet</name>
    <message>
        <source>%1 · day %2</source>
        <translation>%1 · день %2</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>done; maintenance sessions follow</source>
        <translation>завершено; далі підтримувальні сеанси</translation>
    </message>
    <message>
        <source>done; the next course after the break</source>
        <translation>завершено; наступний курс після перерви</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>проведено %n процедуру</numerusform>
            <numerusform>проведено %n процедури</numerusform>
            <numerusform>проведено %n процедур</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>виконано: %n</numerusform>
            <numerusform>виконано: %n</numerusform>
            <numerusform>виконано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation>проведено процедур: %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>виконано %1 з %2</translation>
    </message>
    <message>
        <source>Course sheet</source>
        <translation>Аркуш курсу</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Began %1; %2; %3</source>
        <translation>Почато %1; %2; %3</translation>
    </message>
    <message>
        <source>Ended early on %1: %2</source>
        <translation>Завершено достроково %1: %2</translation>
    </message>
    <message>
        <source>Tick each session when it is done and sign it; write the date it was held.</source>
        <translation>Позначайте кожен проведений сеанс і підписуйте його; записуйте дату проведення.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>За планом</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведення</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation>Підпис масажиста</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Підпис клієнта</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>підтримувальний</translation>
    </message>
    <message>
        <source>next course</source>
        <translation>наступний курс</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>перенесено: %1</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>за потреби</translation>
    </message>
    <message>
        <source>Effleur · course sheet · %1 · printed %2</source>
        <translation>Effleur · аркуш курсу · %1 · надруковано %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стор. %1 з %2</translation>
    </message>
    <message>
        <source>no course to print</source>
        <translation>немає курсу для друку</translation>
    </message>
    <message>
        <source>cannot paint the course sheet into %1</source>
        <translation>не вдалося намалювати аркуш курсу в %1</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>не вдалося закрити доступ до %1</translation>
    </message>
</context>
<context>
    <name>ProtocolCard</name>
    <message>
        <source>L</source>
        <translation>Л</translation>
    </message>
    <message>
        <source>R</source>
        <translation>П</translation>
    </message>
    <message>
        <source>stroking</source>
        <translation>погладжування</translation>
    </message>
    <message>
        <source>rubbing</source>
        <translation>розтирання</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>розминання</translation>
    </message>
    <message>
        <source>tapping</source>
        <translation>поколочування</translation>
    </message>
    <message>
        <source>vibration</source>
        <translation>вібрація</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>натискання</translation>
    </message>
    <message>
        <source>fixation</source>
        <translation>фіксація</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>валяння</translation>
    </message>
    <message>
        <source>sawing</source>
        <translation>пиляння</translation>
    </message>
    <message>
        <source>planing</source>
        <translation>стругання</translation>
    </message>
    <message>
        <source>shading</source>
        <translation>штрихування</translation>
    </message>
    <message>
        <source>pinching</source>
        <translation>пощипування</translation>
    </message>
    <message>
        <source>squeezing</source>
        <translation>вижимання</translation>
    </message>
    <message>
        <source>drainage</source>
        <translation>дренаж</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>дихання</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>процедура</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>підготовка</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>поверхнево</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>середньо</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>глибоко</translation>
    </message>
    <message>
        <source>both</source>
        <translation>обидві</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ліва</translation>
    </message>
    <message>
        <source>right</source>
        <translation>права</translation>
    </message>
    <message>
        <source>left, then right</source>
        <translation>ліва, потім права</translation>
    </message>
    <message>
        <source>right, then left</source>
        <translation>права, потім ліва</translation>
    </message>
    <message>
        <source>Absolute: do not massage</source>
        <translation>Абсолютні: не масажувати</translation>
    </message>
    <message>
        <source>Relative: only after weighing them</source>
        <translation>Відносні: лише після зваженої оцінки</translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation>Спершу повідомити фахівця</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>лінія %1</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>лінії %1–%2</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>без часу</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 на кожну сторону</translation>
    </message>
    <message>
        <source>%1 × %2 counts</source>
        <translation>%1 × рахунок до %2</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 с</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>День </translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>День %1: %2</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>сеансів: %1</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>щодня</translation>
    </message>
    <message>
        <source>every other day</source>
        <translation>через день</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>кожен %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation>раз на місяць</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>з інтервалом %n місяць</numerusform>
            <numerusform>з інтервалом %n місяці</numerusform>
            <numerusform>з інтервалом %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>without interruption</source>
        <translation>без перерви</translation>
    </message>
    <message>
        <source>then %1 a month to keep the result</source>
        <translation>потім %1 р. на місяць для підтримки результату</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>не частіше %1 р. на тиждень</translation>
    </message>
    <message>
        <source>%1 months between courses</source>
        <translation>%1 міс. між курсами</translation>
    </message>
    <message>
        <source>%1, the other way</source>
        <translation>%1, у зворотний бік</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Самомасаж</translation>
    </message>
    <message>
        <source>For a therapist</source>
        <translation>Для масажиста</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n крок</numerusform>
            <numerusform>%n кроки</numerusform>
            <numerusform>%n кроків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n етап</numerusform>
            <numerusform>%n етапи</numerusform>
            <numerusform>%n етапів</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Джерела:</translation>
    </message>
    <message>
        <source>Each line is numbered in the order the steps first work it; arrows show the direction of the stroke.</source>
        <translation>Лінії пронумеровано в тому порядку, у якому кроки вперше їх опрацьовують; стрілки показують напрямок руху.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Лінії</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>licensed physicians only</source>
        <translation>лише для ліцензованих лікарів</translation>
    </message>
    <message>
        <source>Suggested: the source does not give this value; it is the protocol&apos;s suggestion.</source>
        <translation>Рекомендоване: джерело не дає цього значення, це пропозиція протоколу.</translation>
    </message>
    <message>
        <source>Rules and cautions</source>
        <translation>Правила й застереження</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Крок %1:</translation>
    </message>
    <message>
        <source>Steps %1:</source>
        <translation>Кроки %1:</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Протипоказання</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>для: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>No course is given.</source>
        <translation>Курс не задано.</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>крок %1 (%2)</translation>
    </message>
    <message>
        <source>course (%1)</source>
        <translation>курс (%1)</translation>
    </message>
    <message>
        <source>contraindications (%1)</source>
        <translation>протипоказання (%1)</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Цитовані джерела</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>День %1 · %2</translation>
    </message>
    <message>
        <source>Effleur · %1 · %2, version %3</source>
        <translation>Effleur · %1 · %2, версія %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стор. %1 з %2</translation>
    </message>
    <message>
        <source>%1: protocol card</source>
        <translation>%1: картка протоколу</translation>
    </message>
    <message>
        <source>cannot paint the card into %1</source>
        <translation>не вдалося намалювати картку в %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Не вдалося створити %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 уже існує.</translation>
    </message>
    <message>
        <source>The template is damaged: %1</source>
        <translation>Шаблон пошкоджено: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>повернення назад</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>почато знову</translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation>перехід до іншого кроку</translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation>сеанс зупинено</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>етап %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>зупинено достроково</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>зупинено достроково: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>перервано</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблоковано</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>заблоковано: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation>потрібне підтвердження</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>не заповнено</translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation>Протокол %1, версія %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Почато %1</translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation>, завершено %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Підсумок: %1</translation>
    </message>
    <message>
        <source>Duration: %1 planned</source>
        <translation>Тривалість: %1 за планом</translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation>Швидкість: %1×</translation>
    </message>
    <message>
        <source>Checklist (%1), answered %2</source>
        <translation>Опитувальник (%1), відповіді %2</translation>
    </message>
    <message>
        <source>  No items.</source>
        <translation>  Пунктів немає.</translation>
    </message>
    <message>
        <source>, as last time</source>
        <translation>, як минулого разу</translation>
    </message>
    <message>
        <source>, acknowledged</source>
        <translation>, підтверджено</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — нотатка: %1</translation>
    </message>
    <message>
        <source>  Functional assessment:</source>
        <translation>  Функціональна оцінка:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation>Кроки під час сеансу</translation>
    </message>
    <message>
        <source>, extended by %1</source>
        <translation>, подовжено на %1</translation>
    </message>
    <message>
        <source>No pauses.</source>
        <translation>Без пауз.</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s), %1 in all</source>
        <translation>
            <numerusform>%n пауза, усього %1</numerusform>
            <numerusform>%n паузи, усього %1</numerusform>
            <numerusform>%n пауз, усього %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  None yet.</source>
        <translation>  Поки немає.</translation>
    </message>
    <message>
        <source>Amended %1:</source>
        <translation>Виправлено %1:</translation>
    </message>
    <message>
        <source>Note, %1:</source>
        <translation>Нотатка, %1:</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Самопочуття</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Натиск</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Спостереження</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Marks on the diagram</source>
        <translation>Відмітки на схемі</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Уподобання</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Алергії</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Уникати</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>No standing notes.</source>
        <translation>Постійних нотаток немає.</translation>
    </message>
    <message>
        <source>session-%1-%2.pdf</source>
        <translation>session-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation>Друк звіту про сеанс</translation>
    </message>
    <message>
        <source>Save as PDF/A for the archive…</source>
        <translation>Зберегти в PDF/A для архіву…</translation>
    </message>
    <message>
        <source>Save the summary as PDF/A-1b, for records that must be archived (Ctrl+Shift+S)</source>
        <translation>Зберегти звіт у PDF/A-1b для записів, які треба архівувати (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the summary as PDF/A</source>
        <translation>Зберегти звіт у PDF/A</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF/A</source>
        <translation>Зберегти в PDF/A</translation>
    </message>
    <message>
        <source>The summary was not saved: %1</source>
        <translation>Звіт не збережено: %1</translation>
    </message>
    <message>
        <source>course-sheet-%1</source>
        <translation>course-sheet-%1</translation>
    </message>
    <message>
        <source>Print the course sheet</source>
        <translation>Друк аркуша курсу</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so no client session can be recorded.

%1

You can start a new journal, empty or from a backup. The file as it is now is kept beside it under a new name; it is never overwritten.</source>
        <translation>Журнал не відкривається, тому сеанс із клієнтом записати не можна.

%1

Можна почати новий журнал, порожній або з резервної копії. Теперішній файл лишається поруч під новою назвою і ніколи не перезаписується.</translation>
    </message>
    <message>
        <source>Open a &amp;Backup…</source>
        <translation>Відкрити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>Start a &amp;New Journal</source>
        <translation>Почати &amp;новий журнал</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>No new journal was started: %1</source>
        <translation>Новий журнал не почато: %1</translation>
    </message>
    <message>
        <source>No new journal could be started: %1</source>
        <translation>Не вдалося почати новий журнал: %1</translation>
    </message>
    <message>
        <source>A new journal was started.</source>
        <translation>Почато новий журнал.</translation>
    </message>
    <message>
        <source>The journal was started from the backup %1.</source>
        <translation>Журнал почато з резервної копії %1.</translation>
    </message>
    <message>
        <source>A new, empty journal was started; the backup was not used: %1</source>
        <translation>Почато новий порожній журнал; резервну копію не використано: %1</translation>
    </message>
    <message>
        <source>The old file is kept as %1.</source>
        <translation>Старий файл збережено як %1.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>clear</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблоковано</translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation>потрібне підтвердження</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>не заповнено</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>повернення назад</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>почато знову</translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation>перехід до іншого кроку</translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation>сеанс зупинено</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ліва</translation>
    </message>
    <message>
        <source>right</source>
        <translation>права</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>зупинено достроково</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>зупинено достроково: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>перервано</translation>
    </message>
    <message>
        <source>stopped by the checklist</source>
        <translation>зупинено опитувальником</translation>
    </message>
    <message>
        <source>stopped by the checklist: %1</source>
        <translation>зупинено опитувальником: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Звіт про сеанс</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>етап %1</translation>
    </message>
    <message>
        <source>%1, started at %2</source>
        <translation>%1, почато о %2</translation>
    </message>
    <message>
        <source>, ended at %1</source>
        <translation>, завершено о %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Підсумок: %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 з %2 за планом</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>швидкість %1×</translation>
    </message>
    <message numerus="yes">
        <source>paused %n time(s), %1 in all</source>
        <translation>
            <numerusform>пауза %n раз, усього %1</numerusform>
            <numerusform>пауза %n рази, усього %1</numerusform>
            <numerusform>пауза %n разів, усього %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation>Протокол %1, версія %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Опитувальник</translation>
    </message>
    <message>
        <source>Answered %1; verdict: %2</source>
        <translation>Відповіді %1; висновок: %2</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Пунктів немає.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>as last time</source>
        <translation>як минулого разу</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>Functional assessment</source>
        <translation>Функціональна оцінка</translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation>Кроки під час сеансу</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Почато</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Тривало</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>За планом</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>extended by %1</source>
        <translation>подовжено на %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>None: the checklist stopped the session before it began.</source>
        <translation>Немає: опитувальник зупинив сеанс до початку.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Нотаток немає.</translation>
    </message>
    <message>
        <source>Note, written %1</source>
        <translation>Нотатка від %1</translation>
    </message>
    <message>
        <source>Amendment of the note of %1, written %2</source>
        <translation>Виправлення нотатки від %1, написано %2</translation>
    </message>
    <message>
        <source>How the client felt</source>
        <translation>Самопочуття клієнта</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Натиск</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Спостереження</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Наступного разу</translation>
    </message>
    <message>
        <source>Findings marked on the diagram</source>
        <translation>Спостереження, відмічені на схемі</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>ділянка</translation>
    </message>
    <message>
        <source>This diagram is not in the library: the marks are listed without it.</source>
        <translation>Цієї схеми немає в бібліотеці: відмітки перелічено без неї.</translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation>Підпис масажиста</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Підпис клієнта</translation>
    </message>
    <message>
        <source>Effleur · session summary · %1 · %2</source>
        <translation>Effleur · звіт про сеанс · %1 · %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стор. %1 з %2</translation>
    </message>
    <message>
        <source>Session summary, %1</source>
        <translation>Звіт про сеанс, %1</translation>
    </message>
    <message>
        <source>cannot paint the summary into %1</source>
        <translation>не вдалося намалювати звіт у %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::AtomicSave</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не вдалося зберегти %1: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>це не звичайний файл</translation>
    </message>
    <message>
        <source>it belongs to another user or group, and a new copy would not; it was left unchanged</source>
        <translation>він належить іншому користувачеві або групі, а нова копія не належала б; файл залишено без змін</translation>
    </message>
</context>
<context>
    <name>effleur::ui::AuthoringLauncher</name>
    <message>
        <source>Edit protocol</source>
        <translation>Змінити протокол</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Новий протокол</translation>
    </message>
    <message>
        <source>Title of the new protocol:</source>
        <translation>Назва нового протоколу:</translation>
    </message>
    <message>
        <source>My protocol</source>
        <translation>Мій протокол</translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation>Копіювати до моїх протоколів</translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation>Скопійовано як %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ClientChooser</name>
    <message>
        <source>Allergies: %1</source>
        <translation>Алергії: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Уникати: %1</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation>Уподобання: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Контакти: %1</translation>
    </message>
    <message>
        <source>No earlier session of this protocol.</source>
        <translation>Раніше сеансів за цим протоколом не було.</translation>
    </message>
    <message>
        <source>Last time: %1, %2</source>
        <translation>Минулого разу: %1, %2</translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation>, день %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned, %3</source>
        <translation>%1 з %2 за планом, %3</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>Самопочуття: %1</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Натиск: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Спостереження: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Рекомендації: %1</translation>
    </message>
    <message>
        <source>Plan for next time: %1</source>
        <translation>План на наступний раз: %1</translation>
    </message>
    <message>
        <source>Marked on the diagram: %1</source>
        <translation>Відмічено на схемі: %1</translation>
    </message>
    <message>
        <source>Marked on the diagram: %1, %2</source>
        <translation>Відмічено на схемі: %1, %2</translation>
    </message>
    <message>
        <source>Who is the client?</source>
        <translation>Хто клієнт?</translation>
    </message>
    <message>
        <source>&amp;Client: type a name to find a client, or a new name to add one</source>
        <translation>&amp;Клієнт: почніть вводити ім&apos;я, щоб знайти клієнта, або нове ім&apos;я, щоб додати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>C&amp;ontinue to the checklist</source>
        <translation>&amp;Далі до опитувальника</translation>
    </message>
    <message>
        <source>New client: %1</source>
        <translation>Новий клієнт: %1</translation>
    </message>
    <message>
        <source>No clients yet: type the new client&apos;s name.</source>
        <translation>Клієнтів поки немає: введіть ім&apos;я нового клієнта.</translation>
    </message>
    <message>
        <source>A new client. Only the name is needed now; contact details and standing notes can be added in the journal.</source>
        <translation>Новий клієнт. Зараз потрібне лише ім&apos;я; контакти й постійні нотатки можна додати в журналі.</translation>
    </message>
    <message>
        <source>The client cannot be added: %1</source>
        <translation>Клієнта не можна додати: %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::CourseForm</name>
    <message>
        <source>Start a course</source>
        <translation>Почати курс</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Протокол:</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>Пер&amp;ший сеанс:</translation>
    </message>
    <message>
        <source>Move a planned date</source>
        <translation>Перенести заплановану дату</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Сеанс:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Нова дата:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>End the course early</source>
        <translation>Завершити курс достроково</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Дата завершення:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язково</translation>
    </message>
</context>
<context>
    <name>effleur::ui::CoursePanel</name>
    <message>
        <source>every other day</source>
        <translation>через день</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>кожен %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation>раз на місяць</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>з інтервалом %n місяць</numerusform>
            <numerusform>з інтервалом %n місяці</numerusform>
            <numerusform>з інтервалом %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance: %1 a month</source>
        <translation>підтримка: %1 р. на місяць</translation>
    </message>
    <message>
        <source>a break of %1 months before the next course</source>
        <translation>перерва %1 міс. перед наступним курсом</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>проведено %n процедуру</numerusform>
            <numerusform>проведено %n процедури</numerusform>
            <numerusform>проведено %n процедур</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>виконано: %n</numerusform>
            <numerusform>виконано: %n</numerusform>
            <numerusform>виконано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation>проведено процедур: %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>виконано %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>the course would be interrupted: session %1 is moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>курс буде перервано: сеанс %1 переноситься на %n день після попереднього (%2)</numerusform>
            <numerusform>курс буде перервано: сеанс %1 переноситься на %n дні після попереднього (%2)</numerusform>
            <numerusform>курс буде перервано: сеанс %1 переноситься на %n днів після попереднього (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) since the last session</source>
        <translation>
            <numerusform>курс перервано: %n день від останнього сеансу</numerusform>
            <numerusform>курс перервано: %n дні від останнього сеансу</numerusform>
            <numerusform>курс перервано: %n днів від останнього сеансу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) between sessions %1 and %2 (%3)</source>
        <translation>
            <numerusform>курс перервано: %n день між сеансами %1 і %2 (%3)</numerusform>
            <numerusform>курс перервано: %n дні між сеансами %1 і %2 (%3)</numerusform>
            <numerusform>курс перервано: %n днів між сеансами %1 і %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 would begin too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>процедура %1 почнеться зарано: через %n день після початку процедури %2; інтервал — %3</numerusform>
            <numerusform>процедура %1 почнеться зарано: через %n дні після початку процедури %2; інтервал — %3</numerusform>
            <numerusform>процедура %1 почнеться зарано: через %n днів після початку процедури %2; інтервал — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 began too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>процедуру %1 почато зарано: через %n день після початку процедури %2; інтервал — %3</numerusform>
            <numerusform>процедуру %1 почато зарано: через %n дні після початку процедури %2; інтервал — %3</numerusform>
            <numerusform>процедуру %1 почато зарано: через %n днів після початку процедури %2; інтервал — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедури %2 буде зарано: через %n день після попереднього</numerusform>
            <numerusform>день %1 процедури %2 буде зарано: через %n дні після попереднього</numerusform>
            <numerusform>день %1 процедури %2 буде зарано: через %n днів після попереднього</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедури %2 був зарано: через %n день після попереднього</numerusform>
            <numerusform>день %1 процедури %2 був зарано: через %n дні після попереднього</numerusform>
            <numerusform>день %1 процедури %2 був зарано: через %n днів після попереднього</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 would be too early: moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>сеанс %1 буде зарано: перенесення на %n день після попереднього (%2)</numerusform>
            <numerusform>сеанс %1 буде зарано: перенесення на %n дні після попереднього (%2)</numerusform>
            <numerusform>сеанс %1 буде зарано: перенесення на %n днів після попереднього (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 was too early: %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>сеанс %1 був зарано: через %n день після попереднього (%2)</numerusform>
            <numerusform>сеанс %1 був зарано: через %n дні після попереднього (%2)</numerusform>
            <numerusform>сеанс %1 був зарано: через %n днів після попереднього (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be late: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедури %2 буде із запізненням: через %n день після попереднього</numerusform>
            <numerusform>день %1 процедури %2 буде із запізненням: через %n дні після попереднього</numerusform>
            <numerusform>день %1 процедури %2 буде із запізненням: через %n днів після попереднього</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was late: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедури %2 був із запізненням: через %n день після попереднього</numerusform>
            <numerusform>день %1 процедури %2 був із запізненням: через %n дні після попереднього</numerusform>
            <numerusform>день %1 процедури %2 був із запізненням: через %n днів після попереднього</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 of procedure %2 came out of order</source>
        <translation>день %1 процедури %2 проведено не за порядком</translation>
    </message>
    <message numerus="yes">
        <source>this course began too early: %n day(s) after the last session of the previous course; the break between courses is %1 months</source>
        <translation>
            <numerusform>цей курс почато зарано: через %n день після останнього сеансу попереднього курсу; перерва між курсами — %1 міс.</numerusform>
            <numerusform>цей курс почато зарано: через %n дні після останнього сеансу попереднього курсу; перерва між курсами — %1 міс.</numerusform>
            <numerusform>цей курс почато зарано: через %n днів після останнього сеансу попереднього курсу; перерва між курсами — %1 міс.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the course may end here</source>
        <translation>%1; курс можна завершити</translation>
    </message>
    <message>
        <source>%1; the course may end here, then %2</source>
        <translation>%1; курс можна завершити, потім %2</translation>
    </message>
    <message>
        <source>%1: the course is complete</source>
        <translation>%1: курс пройдено</translation>
    </message>
    <message>
        <source>%1: the course is complete; %2 from now</source>
        <translation>%1: курс пройдено; %2 від сьогодні</translation>
    </message>
    <message>
        <source>the course was ended early on %1 with %2</source>
        <translation>курс завершено достроково %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>more than %n session(s) a week, up to %1</source>
        <translation>
            <numerusform>понад %n сеанс на тиждень, до %1</numerusform>
            <numerusform>понад %n сеанси на тиждень, до %1</numerusform>
            <numerusform>понад %n сеансів на тиждень, до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>нічого не заплановано</translation>
    </message>
    <message>
        <source>a new course (day %1)</source>
        <translation>новий курс (день %1)</translation>
    </message>
    <message>
        <source>a new course</source>
        <translation>новий курс</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>підтримувальний</translation>
    </message>
    <message>
        <source>day %1 of procedure %2</source>
        <translation>день %1 процедури %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>сеанс %1</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>К&amp;урси</translation>
    </message>
    <message>
        <source>S&amp;tart course…</source>
        <translation>По&amp;чати курс…</translation>
    </message>
    <message>
        <source>&amp;Move date…</source>
        <translation>П&amp;еренести дату…</translation>
    </message>
    <message>
        <source>En&amp;d course…</source>
        <translation>Завер&amp;шити курс…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Експ&amp;орт календаря…</translation>
    </message>
    <message>
        <source>The planned sessions as an iCalendar file</source>
        <translation>Заплановані сеанси у вигляді файлу iCalendar</translation>
    </message>
    <message>
        <source>Print shee&amp;t…</source>
        <translation>Друк &amp;аркуша…</translation>
    </message>
    <message>
        <source>The course on one page, to tick and sign by hand</source>
        <translation>Курс на одній сторінці: позначати й підписувати від руки</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>No course yet. A course starts with the client&apos;s first session of a protocol with a course plan, or with “Start course…”.</source>
        <translation>Курсів поки немає. Курс починається з першого сеансу клієнта за протоколом із планом курсу або кнопкою «Почати курс…».</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Почато %1.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>прострочено на %n день</numerusform>
            <numerusform>прострочено на %n дні</numerusform>
            <numerusform>прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, %2 (%3).</source>
        <translation>Далі: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>За планом:</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (перенесено)</translation>
    </message>
    <message>
        <source> (moved: %1)</source>
        <translation> (перенесено: %1)</translation>
    </message>
    <message>
        <source>Start course</source>
        <translation>Почати курс</translation>
    </message>
    <message>
        <source>Move date</source>
        <translation>Перенести дату</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Завершити курс</translation>
    </message>
    <message>
        <source>Export the planned sessions</source>
        <translation>Експорт запланованих сеансів</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експорт календаря</translation>
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
        <translation>Зміна сторони</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Половина</translation>
    </message>
    <message>
        <source>Ten seconds</source>
        <translation>Десять секунд</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Сеанс завершено</translation>
    </message>
</context>
<context>
    <name>effleur::ui::DiffDialog</name>
    <message>
        <source>The file on disk and the editor&apos;s text are the same.</source>
        <translation>Файл на диску й текст у редакторі однакові.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::DuplicateDialog</name>
    <message>
        <source>The protocol file does not parse: %1</source>
        <translation>Файл протоколу не розбирається: %1</translation>
    </message>
    <message>
        <source>The protocol file has no &quot;id&quot; and &quot;title&quot; to change.</source>
        <translation>У файлі протоколу немає полів &quot;id&quot; і &quot;title&quot;, які треба змінити.</translation>
    </message>
    <message>
        <source>The protocol file could not be copied with a new id.</source>
        <translation>Не вдалося скопіювати файл протоколу з новим id.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Не вдалося створити теку %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 уже існує.</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Змінити копію</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” comes with Effleur and is read-only&lt;/b&gt;, so that it stays as its sources give it. To edit it, Effleur makes a copy in your protocol folder and opens the copy in the editor:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;«%1» входить до Effleur і доступний лише для читання&lt;/b&gt;, щоб лишатися таким, як його подають джерела. Щоб змінити його, Effleur створить копію у вашій теці протоколів і відкриє її в редакторі:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy and edit</source>
        <translation>&amp;Копіювати й змінити</translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation>Копіювати до моїх протоколів</translation>
    </message>
    <message>
        <source>A copy of “%1” goes into your protocol folder, where you can edit it:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Копія «%1» потрапить до вашої теки протоколів, де її можна змінювати:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копія)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>The copy needs an id.</source>
        <translation>Копії потрібен id.</translation>
    </message>
    <message>
        <source>An id is lower-case words and digits joined by single hyphens.</source>
        <translation>Id — це слова в нижньому регістрі й цифри, з&apos;єднані одинарними дефісами.</translation>
    </message>
    <message>
        <source>Another protocol has the id “%1”.</source>
        <translation>Інший протокол уже має id «%1».</translation>
    </message>
    <message>
        <source>Your folder has a file %1.json already.</source>
        <translation>У вашій теці вже є файл %1.json.</translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation>Копії потрібна назва.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorDocument</name>
    <message>
        <source>Change value</source>
        <translation>Змінити значення</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Очистити значення</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перемістити</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>Змінити JSON</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Новий крок</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Дублювати крок</translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation>Дублювати етап</translation>
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
        <translation>Назва</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>face, neck, back… (comma-separated)</source>
        <translation>обличчя, шия, спина… (через кому)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Зони</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Схеми</translation>
    </message>
    <message>
        <source>source ids, comma-separated</source>
        <translation>id джерел через кому</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>(no day)</source>
        <translation>(без дня)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Інструкція</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Лінії</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(типово)</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Перша сторона</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Перехід</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Підказка</translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation>По одному застереженню в рядку</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Застереження</translation>
    </message>
    <message>
        <source>Click a line on the diagram to add or remove it</source>
        <translation>Клацніть лінію на схемі, щоб додати або прибрати її</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Додати лінію</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Розвернути</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Угору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Униз</translation>
    </message>
    <message>
        <source>Seconds for the step</source>
        <translation>Секунд на крок</translation>
    </message>
    <message>
        <source>Seconds per pass</source>
        <translation>Секунд на прохід</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистити: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>невідома лінія</translation>
    </message>
    <message>
        <source>← reversed:</source>
        <translation>← у зворотний бік:</translation>
    </message>
    <message>
        <source>Worked against its drawn direction</source>
        <translation>Проти намальованого напрямку</translation>
    </message>
    <message>
        <source>Worked as drawn</source>
        <translation>За намальованим напрямком</translation>
    </message>
    <message>
        <source>Reverse line</source>
        <translation>Розвернути лінію</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Прибрати лінію</translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation>Лінію вгору</translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation>Лінію вниз</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Типова тривалість</translation>
    </message>
    <message>
        <source>Change duration kind</source>
        <translation>Змінити вид тривалості</translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation>Задати тривалість</translation>
    </message>
    <message>
        <source>Edit duration</source>
        <translation>Змінити тривалість</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorPreview</name>
    <message>
        <source>No diagram: choose the protocol&apos;s diagrams in its header.</source>
        <translation>Немає схеми: виберіть схеми протоколу в його заголовку.</translation>
    </message>
    <message>
        <source>A sketch from this step&apos;s own fields: fix the problems to see it as the session shows it.</source>
        <translation>Ескіз за полями самого кроку: виправте помилки, щоб побачити його так, як його покаже сеанс.</translation>
    </message>
    <message>
        <source>%1 — click to add or remove</source>
        <translation>%1 — клацніть, щоб додати або прибрати</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorTreeModel</name>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Day %1: </source>
        <translation>День %1: </translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(крок без назви)</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>етап</translation>
    </message>
    <message>
        <source>step</source>
        <translation>крок</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Перемістити етап</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Перемістити крок</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsBoard</name>
    <message>
        <source>tension</source>
        <translation>напруження</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>біль</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>синець</translation>
    </message>
    <message>
        <source>injection site</source>
        <translation>місце ін&apos;єкції</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>Diagram for findings</source>
        <translation>Схема для відміток</translation>
    </message>
    <message>
        <source>This protocol has no diagram to mark.</source>
        <translation>У цього протоколу немає схеми для відміток.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsDialog</name>
    <message>
        <source>Findings on the diagram</source>
        <translation>Спостереження на схемі</translation>
    </message>
    <message>
        <source>&amp;Save marks</source>
        <translation>Зберегти &amp;відмітки</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsPanel</name>
    <message>
        <source>&amp;Diagram</source>
        <translation>Сх&amp;ема</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ви&amp;д</translation>
    </message>
    <message>
        <source>a word or two</source>
        <translation>кілька слів</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>С&amp;лова</translation>
    </message>
    <message>
        <source>Click to mark a point, drag for an area. By keys: the arrows move the cross, + and − make it an area, Enter marks.</source>
        <translation>Клацання — відмітити точку, перетягування — ділянку. З клавіатури: стрілки рухають хрестик, + і − роблять з нього ділянку, Enter ставить відмітку.</translation>
    </message>
    <message>
        <source>&amp;Take back the last mark</source>
        <translation>При&amp;брати останню відмітку</translation>
    </message>
    <message>
        <source>No new marks yet.</source>
        <translation>Нових відміток поки немає.</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Відмічено: %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::GateDialog</name>
    <message>
        <source>? last time Yes — confirm</source>
        <translation>? минулого разу «так» — підтвердьте</translation>
    </message>
    <message>
        <source>? last time No — confirm</source>
        <translation>? минулого разу «ні» — підтвердьте</translation>
    </message>
    <message>
        <source>✖ Yes — stops the session</source>
        <translation>✖ Так — сеанс зупиняється</translation>
    </message>
    <message>
        <source>✔ Yes — acknowledged</source>
        <translation>✔ Так — підтверджено</translation>
    </message>
    <message>
        <source>! Yes — acknowledge it</source>
        <translation>! Так — треба підтвердити</translation>
    </message>
    <message>
        <source>✔ No</source>
        <translation>✔ Ні</translation>
    </message>
    <message>
        <source>… not answered</source>
        <translation>… без відповіді</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>відповіли: %1 з %2</translation>
    </message>
    <message>
        <source>Contraindications — %1</source>
        <translation>Протипоказання — %1</translation>
    </message>
    <message>
        <source>Contraindication checklist</source>
        <translation>Опитувальник протипоказань</translation>
    </message>
    <message>
        <source>Before the session: contraindications</source>
        <translation>Перед сеансом: протипоказання</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Для: %1</translation>
    </message>
    <message>
        <source>Every item is answered. Enter starts the session.</source>
        <translation>Відповіді на всі пункти є. Enter починає сеанс.</translation>
    </message>
    <message>
        <source>This protocol lists no contraindications.</source>
        <translation>У цьому протоколі протипоказань не вказано.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Ще ні. %1</translation>
    </message>
    <message>
        <source>No contraindications are listed.</source>
        <translation>Протипоказань не вказано.</translation>
    </message>
    <message>
        <source>Item %1 of %2 — does this apply to the client?</source>
        <translation>Пункт %1 з %2 — чи стосується це клієнта?</translation>
    </message>
    <message>
        <source>The specialist has been told, and the session may go ahead  (A)</source>
        <translation>Фахівця повідомлено, сеанс можна проводити  (A)</translation>
    </message>
    <message>
        <source>I have weighed this with the client, and the session may go ahead  (A)</source>
        <translation>Я зважив(ла) це разом із клієнтом, сеанс можна проводити  (A)</translation>
    </message>
    <message>
        <source>The source&apos;s list: “%1 …”</source>
        <translation>Перелік джерела: «%1 …»</translation>
    </message>
    <message>
        <source>Blocking items: %1</source>
        <translation>Заборонні пункти: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Зупинено</translation>
    </message>
    <message>
        <source>Yes  (Y)</source>
        <translation>Так  (Y)</translation>
    </message>
    <message>
        <source>Yes, it applies</source>
        <translation>Так, стосується</translation>
    </message>
    <message>
        <source>No  (N)</source>
        <translation>Ні  (N)</translation>
    </message>
    <message>
        <source>No, it does not apply</source>
        <translation>Ні, не стосується</translation>
    </message>
    <message>
        <source>Acknowledge this item</source>
        <translation>Підтвердити цей пункт</translation>
    </message>
    <message>
        <source>Note on this item</source>
        <translation>Нотатка до цього пункту</translation>
    </message>
    <message>
        <source>Note (optional), e.g. cleared by GP on …</source>
        <translation>Нотатка (необов&apos;язково), напр.: лікар дозволив …</translation>
    </message>
    <message>
        <source>All items and their answers</source>
        <translation>Усі пункти та відповіді на них</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close without a session</source>
        <translation>Закрити без сеансу</translation>
    </message>
    <message>
        <source>Start session  (Enter)</source>
        <translation>Почати сеанс  (Enter)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Почати сеанс</translation>
    </message>
    <message>
        <source>Functional assessment (optional)</source>
        <translation>Функціональна оцінка (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Show the functional assessment</source>
        <translation>Показати функціональну оцінку</translation>
    </message>
    <message>
        <source>Source 003: every therapy begins with a functional consultation. Notes stay with the session record.</source>
        <translation>Джерело 003: будь-яка терапія починається з функціональної консультації. Нотатки зберігаються разом із записом сеансу.</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Нотатки до оцінки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Hide the functional assessment</source>
        <translation>Сховати функціональну оцінку</translation>
    </message>
    <message>
        <source>This session cannot go ahead</source>
        <translation>Цей сеанс проводити не можна</translation>
    </message>
    <message>
        <source>The client answered yes to an absolute contraindication of this protocol:</source>
        <translation>Клієнт відповів «так» на абсолютне протипоказання цього протоколу:</translation>
    </message>
    <message>
        <source>Close the checklist, or choose a protocol that does not list this contraindication.</source>
        <translation>Закрийте опитувальник або виберіть протокол, у якому немає цього протипоказання.</translation>
    </message>
    <message>
        <source>Choose another protocol</source>
        <translation>Вибрати інший протокол</translation>
    </message>
    <message>
        <source>This checklist supports the specialist&apos;s judgment; it does not replace it.</source>
        <translation>Цей опитувальник допомагає фахівцеві ухвалити рішення, але не замінює його судження.</translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s)</source>
        <translation>
            <numerusform>Увесь %n день</numerusform>
            <numerusform>Усі %n дні</numerusform>
            <numerusform>Усі %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day %2 of %3</source>
        <translation>%1 — день %2 з %3</translation>
    </message>
    <message>
        <source>%1 — stage %2 of %3</source>
        <translation>%1 — етап %2 з %3</translation>
    </message>
</context>
<context>
    <name>effleur::ui::HelpWindow</name>
    <message>
        <source>Effleur user guide</source>
        <translation>Посібник користувача Effleur</translation>
    </message>
    <message>
        <source>The user guide is not installed. Effleur looked for user-guide.md in:
%1</source>
        <translation>Посібник користувача не встановлено. Effleur шукав user-guide.md у:
%1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalClientForm</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>рррр-мм-дд</translation>
    </message>
    <message>
        <source>pressure, oils, music</source>
        <translation>натиск, олії, музика</translation>
    </message>
    <message>
        <source>what not to do, where not to work</source>
        <translation>чого не робити, де не працювати</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Ім&apos;я (обов&apos;язково):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Контакти:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Дата народження:</translation>
    </message>
    <message>
        <source>&amp;Preferences:</source>
        <translation>&amp;Уподобання:</translation>
    </message>
    <message>
        <source>A&amp;llergies:</source>
        <translation>&amp;Алергії:</translation>
    </message>
    <message>
        <source>A&amp;void:</source>
        <translation>Ун&amp;икати:</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalNoteForm</name>
    <message>
        <source>how the client felt</source>
        <translation>самопочуття клієнта</translation>
    </message>
    <message>
        <source>&amp;Felt:</source>
        <translation>Самопо&amp;чуття:</translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation>&amp;Натиск:</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>Сп&amp;остереження:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Рекомендації:</translation>
    </message>
    <message>
        <source>P&amp;lan for next time:</source>
        <translation>П&amp;лан на наступний раз:</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalWindow</name>
    <message>
        <source>Journal — Effleur</source>
        <translation>Журнал — Effleur</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Names, notes, findings, marks</source>
        <translation>Імена, нотатки, спостереження, відмітки</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Останній сеанс</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новий клієнт…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Змінити клієнта…</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>В&amp;идалити клієнта…</translation>
    </message>
    <message>
        <source>Erase the client and every session of theirs, for good</source>
        <translation>Видалити клієнта й усі його сеанси назавжди</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Іс&amp;торія</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>П&amp;ротокол:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Підсу&amp;мок:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Усі підсумки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Опитувальник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Session re&amp;cord</source>
        <translation>Запис &amp;сеансу</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Додати нотатку…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Дру&amp;к…</translation>
    </message>
    <message>
        <source>Print the session&apos;s summary, or save it as PDF/A (Ctrl+P)</source>
        <translation>Надрукувати звіт про сеанс або зберегти його в PDF/A (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark findings…</source>
        <translation>&amp;Відмітити на схемі…</translation>
    </message>
    <message>
        <source>Mark tension, pain, a bruise or an injection site on the diagram</source>
        <translation>Відмітити на схемі напруження, біль, синець або місце ін&apos;єкції</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>сеансів поки немає</translation>
    </message>
    <message>
        <source>No clients yet. Add one with “New client…”.</source>
        <translation>Клієнтів поки немає. Додайте клієнта кнопкою «Новий клієнт…».</translation>
    </message>
    <message>
        <source>No client chosen.</source>
        <translation>Клієнта не вибрано.</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Усі протоколи</translation>
    </message>
    <message>
        <source>No session of this client matches the filters.</source>
        <translation>Жоден сеанс цього клієнта не відповідає фільтрам.</translation>
    </message>
    <message>
        <source>No sessions recorded for this client yet.</source>
        <translation>У цього клієнта поки немає записаних сеансів.</translation>
    </message>
    <message>
        <source>&amp;Amend note…</source>
        <translation>Випр&amp;авити нотатку…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>The client could not be added.</source>
        <translation>Не вдалося додати клієнта.</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Змінити клієнта</translation>
    </message>
    <message>
        <source>The client could not be changed.</source>
        <translation>Не вдалося змінити клієнта.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Видалити клієнта</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them?</source>
        <translation>Видалити %1 і все, що про нього записано?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with their checklists, notes and marks will be erased forever, along with the client&apos;s details. This cannot be undone.</source>
        <translation>
            <numerusform>%n сеанс з опитувальником, нотатками й відмітками буде видалено назавжди разом із даними клієнта. Скасувати це не можна.</numerusform>
            <numerusform>%n сеанси з опитувальниками, нотатками й відмітками буде видалено назавжди разом із даними клієнта. Скасувати це не можна.</numerusform>
            <numerusform>%n сеансів з опитувальниками, нотатками й відмітками буде видалено назавжди разом із даними клієнта. Скасувати це не можна.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase forever</source>
        <translation>&amp;Видалити назавжди</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>The client could not be erased.</source>
        <translation>Не вдалося видалити клієнта.</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>Виправити нотатку</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>The amendment is kept beside the note as it was, with its time; the note itself is not changed.</source>
        <translation>Виправлення зберігається поруч із початковою нотаткою, з часом; сама нотатка не змінюється.</translation>
    </message>
    <message>
        <source>The amendment could not be saved.</source>
        <translation>Не вдалося зберегти виправлення.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Не вдалося зберегти нотатку.</translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation>Не вдалося зберегти відмітки.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::KeyMap</name>
    <message>
        <source>Pause / resume</source>
        <translation>Пауза / продовжити</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Почати крок знову</translation>
    </message>
    <message>
        <source>15 s more</source>
        <translation>+15 с</translation>
    </message>
    <message>
        <source>15 s less</source>
        <translation>−15 с</translation>
    </message>
    <message>
        <source>Glance mode</source>
        <translation>Великий вигляд</translation>
    </message>
    <message>
        <source>Leave glance mode</source>
        <translation>Вийти з великого вигляду</translation>
    </message>
    <message>
        <source>Slower (rehearsal)</source>
        <translation>Повільніше (репетиція)</translation>
    </message>
    <message>
        <source>Faster (rehearsal)</source>
        <translation>Швидше (репетиція)</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryPreview</name>
    <message>
        <source>Every line this protocol works; arrows show the direction of the stroke, dots where each starts.</source>
        <translation>Усі лінії, які опрацьовує протокол; стрілки показують напрямок руху, точки — його початок.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryView</name>
    <message>
        <source>unreadable</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>рядок %1, стовпець %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n крок</numerusform>
            <numerusform>%n кроки</numerusform>
            <numerusform>%n кроків</numerusform>
        </translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation>процедура</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): </source>
        <translation>
            <numerusform>%n день: </numerusform>
            <numerusform>%n дні: </numerusform>
            <numerusform>%n днів: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>кожен %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>з інтервалом %n місяць</numerusform>
            <numerusform>з інтервалом %n місяці</numerusform>
            <numerusform>з інтервалом %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>do not interrupt the course</source>
        <translation>не переривати курс</translation>
    </message>
    <message>
        <source>then %1 a month</source>
        <translation>потім %1 р. на місяць</translation>
    </message>
    <message>
        <source>%1 between courses</source>
        <translation>%1 між курсами</translation>
    </message>
    <message>
        <source>Show &amp;all protocols</source>
        <translation>Показати &amp;всі протоколи</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Усі зони</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Пошкоджено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Protocols that %1 does not rule out</source>
        <translation>
            <numerusform>Протоколи, які %1 не виключає</numerusform>
            <numerusform>Протоколи, які %1 не виключають</numerusform>
            <numerusform>Протоколи, які %1 не виключають</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1½ min</source>
        <translation>%1½ хв</translation>
    </message>
    <message>
        <source>for self-massage</source>
        <translation>для самомасажу</translation>
    </message>
    <message>
        <source>for a therapist</source>
        <translation>для масажиста</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дні</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>без часу</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанси</numerusform>
            <numerusform>%n сеансів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Course plan</source>
        <translation>План курсу</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Підготовка</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Протипоказання</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Search protocols (Ctrl+F)</source>
        <translation>Пошук протоколів (Ctrl+F)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Для всіх</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Масажист</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Самомасаж</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Будь-яка тривалість</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>До 10 хв</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Понад 30 хв</translation>
    </message>
    <message>
        <source>Start session…</source>
        <translation>Почати сеанс…</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Репетиція…</translation>
    </message>
    <message>
        <source> · Bundled</source>
        <translation> · Вбудований</translation>
    </message>
    <message>
        <source>Bundled with Effleur: read-only. &quot;Duplicate to my protocols&quot; makes a copy you can edit.</source>
        <translation>Входить до Effleur: лише читання. «Копіювати до моїх протоколів» створює копію, яку можна змінювати.</translation>
    </message>
    <message>
        <source>No protocol matches.</source>
        <translation>Немає відповідних протоколів.</translation>
    </message>
    <message>
        <source>Bundled with Effleur, read-only. File › Duplicate to my protocols makes a copy you can edit.</source>
        <translation>Входить до Effleur, лише читання. Файл › Копіювати до моїх протоколів створює копію, яку можна змінювати.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): View › Problems (F8) lists them.</source>
        <translation>
            <numerusform>%n попередження: їх перелік — у Вигляд › Проблеми (F8).</numerusform>
            <numerusform>%n попередження: їх перелік — у Вигляд › Проблеми (F8).</numerusform>
            <numerusform>%n попереджень: їх перелік — у Вигляд › Проблеми (F8).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Цей файл не можна використати</translation>
    </message>
    <message>
        <source>10–30 min</source>
        <translation>10–30 хв</translation>
    </message>
    <message>
        <source>Loading the protocols…</source>
        <translation>Завантаження протоколів…</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineCanvas</name>
    <message>
        <source>✗ your pick</source>
        <translation>✗ ваш вибір</translation>
    </message>
    <message>
        <source>✓ the answer</source>
        <translation>✓ відповідь</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ правильно</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineQuizWidget</name>
    <message>
        <source>Click the line this step works; click near the end where the stroke finishes, or press D to turn it round. Tab or the arrow keys go through the lines; Enter answers.</source>
        <translation>Клацніть лінію, яку опрацьовує цей крок; клацніть ближче до кінця, де рух закінчується, або натисніть D, щоб розвернути напрямок. Tab або стрілки перебирають лінії; Enter — відповісти.</translation>
    </message>
    <message>
        <source>Turn round (D)</source>
        <translation>Розвернути (D)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>як намальовано</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>у зворотний бік</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>від %1 до %2</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Питань немає</translation>
    </message>
    <message>
        <source>Question %1 of %2 · which line does this step work, and which way?</source>
        <translation>Питання %1 з %2 · яку лінію опрацьовує цей крок і в якому напрямку?</translation>
    </message>
    <message>
        <source>Step %1 of %2 in “%3”</source>
        <translation>Крок %1 з %2 у «%3»</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>  —  it works %n line(s); find the one it starts on.</source>
        <translation>
            <numerusform>  —  він опрацьовує %n лінію; знайдіть ту, з якої він починається.</numerusform>
            <numerusform>  —  він опрацьовує %n лінії; знайдіть ту, з якої він починається.</numerusform>
            <numerusform>  —  він опрацьовує %n ліній; знайдіть ту, з якої він починається.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Right line, right way.</source>
        <translation>✓ Правильна лінія, правильний напрямок.</translation>
    </message>
    <message>
        <source>Right line, but it goes the other way: %1.</source>
        <translation>Лінія правильна, але напрямок зворотний: %1.</translation>
    </message>
    <message>
        <source>✗ Not this line: it is %1, %2.</source>
        <translation>✗ Не ця лінія: правильно — %1, %2.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Показати результат</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Наступне питання</translation>
    </message>
    <message>
        <source>“%1”: you chose %2, %3; it is %4, %5.</source>
        <translation>«%1»: ви вибрали %2, %3; правильно — %4, %5.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::MainWindow</name>
    <message>
        <source>Open a Backup of the Journal</source>
        <translation>Відкрити резервну копію журналу</translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite);;All files (*)</source>
        <translation>Резервні копії журналу (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Enter: start the chosen session  ·  Esc: the library</source>
        <translation>Enter: почати вибраний сеанс  ·  Esc: бібліотека</translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>Enter: start a session  ·  Ctrl+R: rehearse</source>
        <translation>Enter: почати сеанс  ·  Ctrl+R: репетиція</translation>
    </message>
    <message>
        <source>%1 changed on disk — the new version is used for the next session</source>
        <translation>%1 змінено на диску — нова версія буде використана в наступному сеансі</translation>
    </message>
    <message>
        <source>Esc: the library</source>
        <translation>Esc: бібліотека</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Modules</name>
    <message>
        <source>Spoken cues and chimes are off: Effleur&apos;s voice module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Голосові підказки та звукові сигнали вимкнено: модуль голосу Effleur (%1) відсутній або не завантажується. Перевстановлення Effleur поверне його.</translation>
    </message>
    <message>
        <source>The chart cannot be shown: Effleur&apos;s charts module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Графік не можна показати: модуль графіків Effleur (%1) відсутній або не завантажується. Перевстановлення Effleur поверне його.</translation>
    </message>
    <message>
        <source>Printing is not available: Effleur&apos;s printing module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Друк недоступний: модуль друку Effleur (%1) відсутній або не завантажується. Перевстановлення Effleur поверне його.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
</context>
<context>
    <name>effleur::ui::NextQuizWidget</name>
    <message>
        <source>This step:</source>
        <translation>Цей крок:</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Наступне питання</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Питань немає</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Питання %1 з %2</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Лінії: %1</translation>
    </message>
    <message>
        <source>✓  %1   — the answer</source>
        <translation>✓  %1   — відповідь</translation>
    </message>
    <message>
        <source>✗  %1   — your choice</source>
        <translation>✗  %1   — ваш вибір</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Правильно.</translation>
    </message>
    <message>
        <source>✗ Not this one: next is “%1”.</source>
        <translation>✗ Не цей: далі йде «%1».</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Показати результат</translation>
    </message>
    <message>
        <source>After “%1” you chose “%2”; next is “%3”.</source>
        <translation>Після «%1» ви вибрали «%2»; далі йде «%3».</translation>
    </message>
    <message>
        <source>&lt;b&gt;What comes next?&lt;/b&gt;  Press 1–4, or ↑ / ↓ and Enter.</source>
        <translation>&lt;b&gt;Що далі?&lt;/b&gt;  Натисніть 1–4 або ↑ / ↓ і Enter.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::OrderQuizWidget</name>
    <message numerus="yes">
        <source>Put these %n step(s) in the order they are done. Drag them, or select one and move it with Alt+↑ / Alt+↓. Ctrl+Enter checks.</source>
        <translation>
            <numerusform>Розставте %n крок у тому порядку, у якому його виконують. Перетягуйте їх або виберіть один і рухайте його Alt+↑ / Alt+↓. Ctrl+Enter — перевірити.</numerusform>
            <numerusform>Розставте ці %n кроки в тому порядку, у якому їх виконують. Перетягуйте їх або виберіть один і рухайте його Alt+↑ / Alt+↓. Ctrl+Enter — перевірити.</numerusform>
            <numerusform>Розставте ці %n кроків у тому порядку, у якому їх виконують. Перетягуйте їх або виберіть один і рухайте його Alt+↑ / Alt+↓. Ctrl+Enter — перевірити.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The correct order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Правильний порядок&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Угору</translation>
    </message>
    <message>
        <source>Alt+Up or Ctrl+Up</source>
        <translation>Alt+Up або Ctrl+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Униз</translation>
    </message>
    <message>
        <source>Alt+Down or Ctrl+Down</source>
        <translation>Alt+Down або Ctrl+Down</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>“%1”: %2 is its place, but the steps before or after it are out of order.</source>
        <translation>«%1»: це його місце (%2 крок), але кроки перед ним або після нього стоять не за порядком.</translation>
    </message>
    <message>
        <source>“%1”: you put it %2; it is %3.</source>
        <translation>«%1»: у вас це %2 крок, а має бути %3.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Показати результат</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Steps marked ✓ (green) are in order; those marked ✗ (red) are out of place, with the position they belong at. The correct order is on the right. Press Enter to see the result.</source>
        <translation>Кроки з ✓ (зелені) стоять за порядком; кроки з ✗ (червоні) не на своєму місці, поруч указано, де вони мають бути. Правильний порядок — праворуч. Натисніть Enter, щоб побачити результат.</translation>
    </message>
    <message>
        <source>%1  ✗  %2   → its place, but out of order with the steps around it</source>
        <translation>%1  ✗  %2   → його місце, але не за порядком із сусідніми кроками</translation>
    </message>
    <message>
        <source>%1  ✗  %2   → belongs %3</source>
        <translation>%1  ✗  %2   → має бути %3</translation>
    </message>
    <message>
        <source>%1 of %2 in order (%3)</source>
        <translation>%1 з %2 за порядком (%3)</translation>
    </message>
</context>
<context>
    <name>effleur::ui::PractiseDialog</name>
    <message>
        <source>Practise — %1</source>
        <translation>Тренування — %1</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>без часу</translation>
    </message>
    <message>
        <source>Choose what to practise: a stage, one step, or a stretch of steps (click the first, Shift+click the last; or Shift+↓ from the keyboard).</source>
        <translation>Виберіть, що тренувати: етап, один крок або низку кроків (клацніть перший, потім Shift+клацання на останньому; або Shift+↓ з клавіатури).</translation>
    </message>
    <message>
        <source>Steps to practise</source>
        <translation>Кроки для тренування</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>&amp;Whole protocol</source>
        <translation>&amp;Увесь протокол</translation>
    </message>
    <message>
        <source>1× (as written)</source>
        <translation>1× (як написано)</translation>
    </message>
    <message>
        <source>[ and ] change it during the rehearsal</source>
        <translation>[ і ] змінюють її під час репетиції</translation>
    </message>
    <message>
        <source>&amp;Pause after each step, to explain it aloud; → goes on</source>
        <translation>&amp;Пауза після кожного кроку, щоб пояснити його вголос; → — далі</translation>
    </message>
    <message>
        <source>Show the &amp;next step (off: recall it yourself)</source>
        <translation>Показувати &amp;наступний крок (вимк.: згадувати самому)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Від</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>&amp;Швидкість</translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation>По&amp;чати репетицію</translation>
    </message>
    <message>
        <source>This protocol has no steps.</source>
        <translation>У цьому протоколі немає кроків.</translation>
    </message>
    <message>
        <source>The whole protocol</source>
        <translation>Увесь протокол</translation>
    </message>
    <message>
        <source>Stage %1, all of it</source>
        <translation>Етап %1 повністю</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>крок %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>кроки %1–%2</translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation>Етап %1, %2</translation>
    </message>
    <message>
        <source>From stage %1, step %2 to stage %3, step %4</source>
        <translation>Від етапу %1, крок %2, до етапу %3, крок %4</translation>
    </message>
    <message>
        <source> and an untimed procedure</source>
        <translation> і процедура без часу</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2</source>
        <translation>
            <numerusform>%1 · %n крок · %2</numerusform>
            <numerusform>%1 · %n кроки · %2</numerusform>
            <numerusform>%1 · %n кроків · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Уподобання</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Розділи налаштувань</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Клавіші</translation>
    </message>
    <message>
        <source>&amp;Voice and chimes</source>
        <translation>&amp;Голос і сигнали</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation>Клавіші сеансу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>New key for the chosen action</source>
        <translation>Нова клавіша для вибраної дії</translation>
    </message>
    <message>
        <source>Choose an action above</source>
        <translation>Виберіть дію вище</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Нова клавіша:</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Повідомлення про клавішу</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Відновити типові</translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation>Відновити типові клавіші</translation>
    </message>
    <message>
        <source>Press the new key for %1</source>
        <translation>Натисніть нову клавішу для: %1</translation>
    </message>
    <message>
        <source>%1 already means “%2”. Choose another key, or give “%2” a new key first.</source>
        <translation>%1 уже означає «%2». Виберіть іншу клавішу або спершу призначте «%2» нову.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>«%1» тепер %2.</translation>
    </message>
    <message>
        <source>The default keys are back.</source>
        <translation>Типові клавіші відновлено.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>Типовий для рушія</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>Го&amp;лос:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Швидкість мовлення</translation>
    </message>
    <message>
        <source>&amp;Rate (slower – faster):</source>
        <translation>&amp;Швидкість (повільніше – швидше):</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Гучність голосу</translation>
    </message>
    <message>
        <source>V&amp;oice volume:</source>
        <translation>Гучність г&amp;олосу:</translation>
    </message>
    <message>
        <source>Chimes volume</source>
        <translation>Гучність сигналів</translation>
    </message>
    <message>
        <source>&amp;Chimes volume:</source>
        <translation>Гучність &amp;сигналів:</translation>
    </message>
    <message>
        <source>&amp;Test the voice</source>
        <translation>&amp;Перевірити голос</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Перевірити голос</translation>
    </message>
    <message>
        <source>Effleurage along the spine, slow and light. Halfway.</source>
        <translation>Погладжування вздовж хребта, повільно й легко. Половина.</translation>
    </message>
    <message>
        <source>&amp;Mute cues (Ctrl+M)</source>
        <translation>&amp;Без звуку (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute cues</source>
        <translation>Без звуку</translation>
    </message>
    <message>
        <source>The cues cannot be spoken in %1 on this computer: no voice for it was found (the voices come with speech-dispatcher-espeak-ng). The chimes still ring.</source>
        <translation>Підказки не можна озвучити мовою «%1» на цьому комп&apos;ютері: голосу для неї не знайдено (голоси встановлюються з пакетом speech-dispatcher-espeak-ng). Звукові сигнали лунають.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Мова &amp;інтерфейсу:</translation>
    </message>
    <message>
        <source>A new language applies the next time Effleur starts, so that a running session is never disturbed.</source>
        <translation>Нова мова застосовується під час наступного запуску Effleur, щоб не заважати сеансу, що триває.</translation>
    </message>
    <message>
        <source>Effleur will be in %1 from the next start. Until then it stays as it is, and so does a running session.</source>
        <translation>З наступного запуску Effleur буде мовою: %1. Доти все лишається як є, зокрема сеанс, що триває.</translation>
    </message>
    <message>
        <source>Choose an action (click it, or Enter), then press its new key. Tab moves on.</source>
        <translation>Виберіть дію (клацанням або клавішею Enter), потім натисніть нову клавішу для неї. Tab — далі.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProblemsPanel</name>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Покажчик</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Відкрити в редакторі</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses for JSON</source>
        <translation>Відкрити файл у застосунку, який система використовує для JSON</translation>
    </message>
    <message>
        <source>No problems: every protocol loads without a warning.</source>
        <translation>Проблем немає: усі протоколи завантажуються без попереджень.</translation>
    </message>
    <message>
        <source>Select a problem to see its line.</source>
        <translation>Виберіть проблему, щоб побачити її рядок.</translation>
    </message>
    <message>
        <source>, line %1, column %2</source>
        <translation>, рядок %1, стовпець %2</translation>
    </message>
    <message>
        <source>(The problem is with the file as a whole.)</source>
        <translation>(Проблема стосується файлу загалом.)</translation>
    </message>
    <message>
        <source>(The file cannot be read now: %1.)</source>
        <translation>(Файл зараз не читається: %1.)</translation>
    </message>
    <message>
        <source>(The file has changed: line %1 is no longer there.)</source>
        <translation>(Файл змінився: рядка %1 більше немає.)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;No application opens JSON files here: the file opens in Effleur’s own editor instead.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Тут немає застосунку для файлів JSON: файл відкриється у вбудованому редакторі Effleur.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Problems — %1</source>
        <translation>Проблеми — %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProgressView</name>
    <message>
        <source>No quizzes taken yet. Take one (Study ▸ Quiz…) and your scores appear here.</source>
        <translation>Тестів поки не було. Пройдіть тест (Навчання ▸ Тест…), і результати з&apos;являться тут.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Найкращий</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Останній</translation>
    </message>
    <message>
        <source>All quizzes</source>
        <translation>Усі тести</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps most often got wrong&lt;/b&gt;</source>
        <translation>&lt;b&gt;Кроки з найчастішими помилками&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test yourself…</source>
        <translation>Перевірити себе…</translation>
    </message>
    <message>
        <source>Practise these</source>
        <translation>Потренувати їх</translation>
    </message>
    <message>
        <source>Rehearse the weakest steps</source>
        <translation>Відрепетирувати найслабші кроки</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Результати з часом</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Прогрес: %1</translation>
    </message>
    <message>
        <source>%1 — missed %2 of %3</source>
        <translation>%1 — помилок %2 з %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more missed step(s)</source>
        <translation>
            <numerusform>… і ще %n крок із помилкою</numerusform>
            <numerusform>… і ще %n кроки з помилками</numerusform>
            <numerusform>… і ще %n кроків з помилками</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Поки нічого.</translation>
    </message>
    <message>
        <source>No step missed so far.</source>
        <translation>Помилок у кроках поки немає.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProtocolEditor</name>
    <message>
        <source>Save protocol as</source>
        <translation>Зберегти протокол як</translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation>Протоколи (*.json)</translation>
    </message>
    <message>
        <source>Save a protocol with problems?</source>
        <translation>Зберегти протокол із помилками?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Усе одно зберегти</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Зберегти зміни?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Не зберігати</translation>
    </message>
    <message>
        <source>Save a copy?</source>
        <translation>Зберегти копію?</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Зберегти копію…</translation>
    </message>
    <message>
        <source>Effleur editor</source>
        <translation>Редактор Effleur</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитати</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Залишити мою</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Порів&amp;няти</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>За&amp;крити</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>New &amp;step</source>
        <translation>Новий &amp;крок</translation>
    </message>
    <message>
        <source>New s&amp;tage</source>
        <translation>Новий &amp;етап</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублювати</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1[*]%2 — Effleur editor</source>
        <translation>%1[*]%2 — Редактор Effleur</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source> (bundled, read-only)</source>
        <translation> (вбудований, лише читання)</translation>
    </message>
    <message>
        <source>Edit JSON text</source>
        <translation>Змінити текст JSON</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Проблем немає</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Видалити крок</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Видалити етап</translation>
    </message>
    <message>
        <source>Not saved: the protocol would be %1 bytes, and Effleur refuses files over %2 bytes. The file on disk is unchanged.</source>
        <translation>Не збережено: протокол мав би %1 байтів, а Effleur не приймає файли понад %2 байтів. Файл на диску не змінено.</translation>
    </message>
    <message>
        <source>%1 comes with Effleur and cannot be changed. Save your version as a copy in your protocols?</source>
        <translation>%1 входить до Effleur і не може бути змінений. Зберегти вашу версію як копію у ваших протоколах?</translation>
    </message>
    <message>
        <source>Protocols that come with Effleur are read-only. Save into your protocols folder instead:
%1</source>
        <translation>Протоколи, що входять до Effleur, доступні лише для читання. Збережіть до своєї теки протоколів:
%1</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Id копії</translation>
    </message>
    <message>
        <source>The JSON text has a syntax error (%1). Save the text as it is?</source>
        <translation>У тексті JSON синтаксична помилка (%1). Зберегти текст як є?</translation>
    </message>
    <message numerus="yes">
        <source>This protocol has %n error(s), listed under Problems. It will not open in the library until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>У цьому протоколі %n помилка, її вказано в розділі «Проблеми». Протокол не відкриється в бібліотеці, доки її не виправлено. Усе одно зберегти?</numerusform>
            <numerusform>У цьому протоколі %n помилки, їх вказано в розділі «Проблеми». Протокол не відкриється в бібліотеці, доки їх не виправлено. Усе одно зберегти?</numerusform>
            <numerusform>У цьому протоколі %n помилок, їх вказано в розділі «Проблеми». Протокол не відкриється в бібліотеці, доки їх не виправлено. Усе одно зберегти?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>У %1 є незбережені зміни.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or moved on disk.&lt;/b&gt; Save to write your version again.</source>
        <translation>&lt;b&gt;%1 видалено або переміщено на диску.&lt;/b&gt; Збережіть, щоб знову записати вашу версію.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk.&lt;/b&gt; Reload it, keep your version, or compare the two.</source>
        <translation>&lt;b&gt;%1 змінено на диску.&lt;/b&gt; Перечитайте його, залиште вашу версію або порівняйте їх.</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Перечитати з диска</translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation>%1 (на диску)</translation>
    </message>
    <message>
        <source>%1 (in the editor)</source>
        <translation>%1 (у редакторі)</translation>
    </message>
    <message>
        <source>%1: disk and editor</source>
        <translation>%1: диск і редактор</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>рядок %1, стовпець %2: %3</translation>
    </message>
</context>
<context>
    <name>effleur::ui::QuizWindow</name>
    <message>
        <source>Test yourself — %1</source>
        <translation>Перевір себе — %1</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Вийти з тесту</translation>
    </message>
    <message>
        <source>Esc — nothing is recorded</source>
        <translation>Esc — нічого не записується</translation>
    </message>
    <message>
        <source>Test yourself: %1</source>
        <translation>Перевір себе: %1</translation>
    </message>
    <message>
        <source>Put the steps in order, by dragging them or with Alt+↑ / Alt+↓.</source>
        <translation>Розставте кроки за порядком: перетягуванням або Alt+↑ / Alt+↓.</translation>
    </message>
    <message>
        <source>Find the line a step works on the diagram, and which way it goes.</source>
        <translation>Знайдіть на схемі лінію, яку опрацьовує крок, і напрямок руху.</translation>
    </message>
    <message numerus="yes">
        <source>The whole protocol (%n step(s))</source>
        <translation>
            <numerusform>Увесь протокол (%n крок)</numerusform>
            <numerusform>Увесь протокол (%n кроки)</numerusform>
            <numerusform>Увесь протокол (%n кроків)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n крок)</numerusform>
            <numerusform>%1 (%n кроки)</numerusform>
            <numerusform>%1 (%n кроків)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Охоплення:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>The same seed gives the same quiz, to repeat it exactly</source>
        <translation>Той самий варіант дає той самий тест, щоб повторити його точно</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Новий варіант</translation>
    </message>
    <message>
        <source>the same seed gives the same quiz</source>
        <translation>той самий варіант — той самий тест</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Варіант:</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>Прог&amp;рес…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Repeat this quiz</source>
        <translation>По&amp;вторити цей тест</translation>
    </message>
    <message>
        <source>The same questions, from the same seed</source>
        <translation>Ті самі питання, того самого варіанта</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Новий тест</translation>
    </message>
    <message>
        <source>The seed is a whole number, such as 482113.</source>
        <translation>Варіант — ціле число, наприклад 482113.</translation>
    </message>
    <message>
        <source>This needs at least two steps to put in order.</source>
        <translation>Для цього потрібно щонайменше два кроки, щоб розставити їх за порядком.</translation>
    </message>
    <message>
        <source>This needs at least two steps: one to show, one to follow it.</source>
        <translation>Для цього потрібно щонайменше два кроки: один показати, інший — наступний за ним.</translation>
    </message>
    <message>
        <source>No step here works a massage line on a diagram.</source>
        <translation>Жоден крок тут не опрацьовує масажну лінію на схемі.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · seed %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · варіант %3</translation>
    </message>
    <message>
        <source>no progress is kept here</source>
        <translation>тут прогрес не зберігається</translation>
    </message>
    <message>
        <source>Took %1 · saved to your progress</source>
        <translation>Пройдено за %1 · збережено у вашому прогресі</translation>
    </message>
    <message>
        <source>Took %1 · not saved: %2</source>
        <translation>Пройдено за %1 · не збережено: %2</translation>
    </message>
    <message>
        <source>No mistakes — well done.</source>
        <translation>Без помилок — чудово.</translation>
    </message>
    <message>
        <source>A step is shown: pick the one that follows it, with 1–4.</source>
        <translation>Показано крок: виберіть той, що йде за ним, клавішами 1–4.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::RefusalWords</name>
    <message>
        <source>The session is in a state it cannot be in</source>
        <translation>Сеанс у неприпустимому стані</translation>
    </message>
    <message>
        <source>A session that has started cannot be resumed from a saved state</source>
        <translation>Розпочатий сеанс не можна відновити зі збереженого стану</translation>
    </message>
    <message>
        <source>The session has not started yet</source>
        <translation>Сеанс ще не почався</translation>
    </message>
    <message>
        <source>The session has not started yet: press %1 to start</source>
        <translation>Сеанс ще не почався: натисніть %1, щоб почати</translation>
    </message>
    <message>
        <source>The session has already started</source>
        <translation>Сеанс уже почався</translation>
    </message>
    <message>
        <source>The session is not paused</source>
        <translation>Сеанс не на паузі</translation>
    </message>
    <message>
        <source>The session is already paused</source>
        <translation>Сеанс уже на паузі</translation>
    </message>
    <message>
        <source>The session is waiting for you: its time is already stopped</source>
        <translation>Сеанс чекає на вас: час уже зупинено</translation>
    </message>
    <message>
        <source>The session is waiting for you</source>
        <translation>Сеанс чекає на вас</translation>
    </message>
    <message>
        <source>The session is waiting for you: press %1 to go on</source>
        <translation>Сеанс чекає на вас: натисніть %1, щоб продовжити</translation>
    </message>
    <message>
        <source>The step has not started yet</source>
        <translation>Крок ще не почався</translation>
    </message>
    <message>
        <source>The step has not started yet: press %1 to start it</source>
        <translation>Крок ще не почався: натисніть %1, щоб почати його</translation>
    </message>
    <message>
        <source>An untimed step has no time to restart</source>
        <translation>Крок без часу не можна перезапустити</translation>
    </message>
    <message>
        <source>An untimed step has no time to add or take off</source>
        <translation>Крокові без часу не можна додати чи зменшити час</translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 or %2 to run it again</source>
        <translation>Час кроку вийшов: натисніть %1 або %2, щоб повторити його</translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 to run it again</source>
        <translation>Час кроку вийшов: натисніть %1, щоб повторити його</translation>
    </message>
    <message>
        <source>The step&apos;s time is up</source>
        <translation>Час кроку вийшов</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Сеанс завершено</translation>
    </message>
    <message>
        <source>The session was busy: give the command again</source>
        <translation>Сеанс був зайнятий: повторіть команду</translation>
    </message>
    <message>
        <source>This is the first step of the session</source>
        <translation>Це перший крок сеансу</translation>
    </message>
    <message>
        <source>A breathing step is timed by its counts: change the tempo instead</source>
        <translation>Дихальний крок іде за рахунком: змініть темп</translation>
    </message>
    <message>
        <source>Adding no time changes nothing</source>
        <translation>Додавання нульового часу нічого не змінює</translation>
    </message>
    <message numerus="yes">
        <source>The step would end before now: at most %n second(s) can be taken off</source>
        <translation>
            <numerusform>Крок закінчився б раніше, ніж зараз: можна зменшити щонайбільше на %n секунду</numerusform>
            <numerusform>Крок закінчився б раніше, ніж зараз: можна зменшити щонайбільше на %n секунди</numerusform>
            <numerusform>Крок закінчився б раніше, ніж зараз: можна зменшити щонайбільше на %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step cannot last more than %n hour(s)</source>
        <translation>
            <numerusform>Крок не може тривати довше ніж %n годину</numerusform>
            <numerusform>Крок не може тривати довше ніж %n години</numerusform>
            <numerusform>Крок не може тривати довше ніж %n годин</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, step %2 is not in this session</source>
        <translation>Етапу %1, кроку %2 немає в цьому сеансі</translation>
    </message>
    <message>
        <source>The speed must be more than %1 and at most %2</source>
        <translation>Швидкість має бути більшою за %1 і не більшою за %2</translation>
    </message>
    <message>
        <source>The breathing tempo must be from %1 to %2</source>
        <translation>Темп дихання має бути від %1 до %2</translation>
    </message>
    <message>
        <source>The saved session does not fit this protocol</source>
        <translation>Збережений сеанс не відповідає цьому протоколу</translation>
    </message>
    <message>
        <source>The session did not do that</source>
        <translation>Сеанс цього не виконав</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ResumeFlow</name>
    <message numerus="yes">
        <source>%n earlier session(s) were interrupted and are kept as such.</source>
        <translation>
            <numerusform>%n попередній сеанс було перервано, і його збережено як перерваний.</numerusform>
            <numerusform>%n попередні сеанси було перервано, і їх збережено як перервані.</numerusform>
            <numerusform>%n попередніх сеансів було перервано, і їх збережено як перервані.</numerusform>
        </translation>
    </message>
    <message>
        <source>At: %1, %2 of %3</source>
        <translation>Місце: %1, %2 з %3</translation>
    </message>
    <message>
        <source>Its protocol is no longer in the library.</source>
        <translation>Його протоколу більше немає в бібліотеці.</translation>
    </message>
    <message>
        <source>Its protocol file has changed since, so it cannot go on where it was.</source>
        <translation>Файл його протоколу відтоді змінився, тому продовжити з того самого місця не можна.</translation>
    </message>
    <message>
        <source>A client session did not end: the app stopped while it ran.

%1 — %2</source>
        <translation>Сеанс із клієнтом не завершився: застосунок зупинився під час сеансу.

%1 — %2</translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation>, день %1</translation>
    </message>
    <message>
        <source>Session time: %1</source>
        <translation>Час сеансу: %1</translation>
    </message>
    <message numerus="yes">
        <source>Last saved %n min ago</source>
        <translation>
            <numerusform>Останнє збереження %n хвилину тому</numerusform>
            <numerusform>Останнє збереження %n хвилини тому</numerusform>
            <numerusform>Останнє збереження %n хвилин тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation>Продовжити сеанс?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>&amp;End it here</source>
        <translation>&amp;Завершити тут</translation>
    </message>
    <message>
        <source>Resumed where it was, paused: Space goes on</source>
        <translation>Продовжено з того самого місця, на паузі: Пробіл — далі</translation>
    </message>
    <message>
        <source>The unfinished session is kept as ended early.</source>
        <translation>Незакінчений сеанс збережено як завершений достроково.</translation>
    </message>
    <message>
        <source>It was left more than 12 hours ago.</source>
        <translation>Відтоді минуло понад 12 годин.</translation>
    </message>
    <message>
        <source>A rehearsal did not end: the app stopped while it ran.

%1</source>
        <translation>Репетиція не завершилася: застосунок зупинився під час неї.

%1</translation>
    </message>
    <message>
        <source>Nothing of it is recorded.</source>
        <translation>З неї нічого не записано.</translation>
    </message>
    <message>
        <source>Resume the rehearsal?</source>
        <translation>Продовжити репетицію?</translation>
    </message>
    <message>
        <source>The unfinished rehearsal is ended.</source>
        <translation>Незакінчену репетицію завершено.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionController</name>
    <message>
        <source>The speed changes only in a rehearsal</source>
        <translation>Швидкість змінюється лише на репетиції</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionEndDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Нотатки про сеанс</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 з %2 за планом</translation>
    </message>
    <message>
        <source>Steps: %1  ·  done %2  ·  skipped %3  ·  extended %4</source>
        <translation>Кроки: %1  ·  виконано %2  ·  пропущено %3  ·  подовжено %4</translation>
    </message>
    <message>
        <source>Went back or restarted: %1</source>
        <translation>Повернення й повтори: %1</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Зупинено достроково: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>The session&apos;s record cannot be read.</source>
        <translation>Запис сеансу не читається.</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Notes (all optional)</source>
        <translation>Нотатки (усі необов&apos;язкові)</translation>
    </message>
    <message>
        <source>How the client &amp;felt</source>
        <translation>&amp;Самопочуття клієнта</translation>
    </message>
    <message>
        <source>&amp;Pressure used</source>
        <translation>&amp;Натиск</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>Сп&amp;остереження</translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation>&amp;Рекомендації</translation>
    </message>
    <message>
        <source>Plan for &amp;next time</source>
        <translation>&amp;План на наступний раз</translation>
    </message>
    <message>
        <source>Findings on the diagram</source>
        <translation>Спостереження на схемі</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Зберегти нота&amp;тки</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Пропуст&amp;ити</translation>
    </message>
    <message>
        <source>The notes cannot be saved: %1

What you typed is kept; try again.</source>
        <translation>Не вдалося зберегти нотатки: %1

Введений текст збережено; спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionFlow</name>
    <message>
        <source>Day %1: %2</source>
        <translation>День %1: %2</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Який день?</translation>
    </message>
    <message>
        <source>Which day of %1 is this session?</source>
        <translation>Який день «%1» цей сеанс?</translation>
    </message>
    <message>
        <source>Last time was day %1.</source>
        <translation>Минулого разу був день %1.</translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation>Цей сеанс не можна почати: %1</translation>
    </message>
    <message>
        <source>The stopped screening could not be kept in the journal.</source>
        <translation>Зупинену перевірку не вдалося зберегти в журналі.</translation>
    </message>
    <message>
        <source>The screening that stopped this session is in the journal.</source>
        <translation>Перевірку, що зупинила цей сеанс, збережено в журналі.</translation>
    </message>
    <message>
        <source>End the session on screen first (Ctrl+W), then practise</source>
        <translation>Спершу завершіть сеанс на екрані (Ctrl+W), потім тренуйтеся</translation>
    </message>
    <message>
        <source>Practising your weakest steps — a rehearsal</source>
        <translation>Тренування найслабших кроків — репетиція</translation>
    </message>
    <message>
        <source>This session cannot be recorded in the journal, so it is not kept.</source>
        <translation>Цей сеанс не можна записати в журнал, тому він не зберігається.</translation>
    </message>
    <message>
        <source>A massage session is running</source>
        <translation>Триває сеанс масажу</translation>
    </message>
    <message>
        <source>Session complete — Ctrl+W returns to the library</source>
        <translation>Сеанс завершено — Ctrl+W повертає до бібліотеки</translation>
    </message>
    <message>
        <source>Client session</source>
        <translation>Сеанс із клієнтом</translation>
    </message>
    <message>
        <source>Rehearsal — nothing is recorded</source>
        <translation>Репетиція — нічого не записується</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Завершити сеанс?</translation>
    </message>
    <message>
        <source>The session has not finished. End it now? The journal keeps it as stopped early.</source>
        <translation>Сеанс ще не закінчено. Завершити його зараз? У журналі він залишиться як зупинений достроково.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Завершити сеанс</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>The notes are in the journal.</source>
        <translation>Нотатки збережено в журналі.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionRecording</name>
    <message>
        <source>The journal cannot be written to just now; this session is kept in memory and written as soon as it can be.</source>
        <translation>До журналу зараз не можна записати; цей сеанс зберігається в пам&apos;яті й буде записаний, щойно це стане можливим.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionView</name>
    <message>
        <source>+%1 more (see the protocol)</source>
        <translation>+%1 ще (див. протокол)</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Session left: %1</source>
        <translation>До кінця сеансу: %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Продовжити</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Старт</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 с</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далі ▶</translation>
    </message>
    <message>
        <source>REHEARSAL — no client, nothing recorded</source>
        <translation>РЕПЕТИЦІЯ — без клієнта, нічого не записується</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Далі: кінець сеансу</translation>
    </message>
    <message>
        <source>Next: ?  — recall it; it shows when it begins</source>
        <translation>Далі: ?  — пригадайте; він з&apos;явиться, коли почнеться</translation>
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
        <translation>Далі: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Ready — press %1 to start</source>
        <translation>Готово — натисніть %1</translation>
    </message>
    <message>
        <source>Procedure — press %1 when done</source>
        <translation>Процедура — наприкінці натисніть %1</translation>
    </message>
    <message>
        <source>Get ready — press %1 to begin</source>
        <translation>Приготуйтеся — натисніть %1</translation>
    </message>
    <message>
        <source>Explain this step — then press %1 for the next</source>
        <translation>Поясніть крок — потім %1 до наступного</translation>
    </message>
    <message>
        <source>Time is up — press %1 for the next step</source>
        <translation>Час минув — %1 до наступного кроку</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Сеанс завершено</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Швидкість %1</translation>
    </message>
    <message>
        <source>%1
count %2 of %3 · round %4 of %5</source>
        <translation>%1
рахунок %2 з %3 · коло %4 з %5</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n лінія</numerusform>
            <numerusform>%n лінії</numerusform>
            <numerusform>%n ліній</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n повтор</numerusform>
            <numerusform>%n повтори</numerusform>
            <numerusform>%n повторів</numerusform>
        </translation>
    </message>
    <message>
        <source>−15 s</source>
        <translation>−15 с</translation>
    </message>
    <message>
        <source>%1 slower</source>
        <extracomment>The key that slows a rehearsal down, as the session panel shows it: &quot;[ slower&quot;.</extracomment>
        <translation>%1 повільніше</translation>
    </message>
    <message>
        <source>%1 faster</source>
        <extracomment>The key that speeds a rehearsal up, as the session panel shows it: &quot;] faster&quot;.</extracomment>
        <translation>%1 швидше</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ShellMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Clients and sessions…</source>
        <translation>&amp;Клієнти й сеанси…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>S&amp;tudy</source>
        <translation>&amp;Навчання</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;New protocol…</source>
        <translation>&amp;Створити протокол…</translation>
    </message>
    <message>
        <source>&amp;Edit protocol…</source>
        <translation>&amp;Змінити протокол…</translation>
    </message>
    <message>
        <source>&amp;Duplicate to my protocols…</source>
        <translation>&amp;Копіювати до моїх протоколів…</translation>
    </message>
    <message>
        <source>&amp;Open in external editor</source>
        <translation>&amp;Відкрити в зовнішньому редакторі</translation>
    </message>
    <message>
        <source>&amp;Find protocol</source>
        <translation>З&amp;найти протокол</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>&amp;Перечитати бібліотеку</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Друкувати картку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Виді&amp;лити все</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Start session…</source>
        <translation>&amp;Почати сеанс…</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Репетиція…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Завершити сеанс</translation>
    </message>
    <message>
        <source>&amp;Mute cues</source>
        <translation>&amp;Без звуку</translation>
    </message>
    <message>
        <source>&amp;System theme</source>
        <translation>&amp;Системна тема</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>С&amp;вітла тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Темна тема</translation>
    </message>
    <message>
        <source>&amp;Glance mode (F11)</source>
        <translation>Вели&amp;кий вигляд (F11)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Проблеми</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Тест…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Прогрес…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>Session &amp;keys</source>
        <translation>&amp;Клавіші сеансу</translation>
    </message>
    <message>
        <source>&amp;About Effleur</source>
        <translation>Пр&amp;о Effleur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>About Effleur</source>
        <translation>Про Effleur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;A massage-protocol guide and session timer.&lt;/p&gt;&lt;p&gt;The checklist supports the specialist&apos;s judgment; it does not replace it.&lt;/p&gt;&lt;p&gt;Help › User guide (F1) explains every view; it is installed with Effleur and needs no network.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;Довідник із протоколів масажу й таймер сеансу.&lt;/p&gt;&lt;p&gt;Опитувальник допомагає фахівцеві ухвалити рішення, але не замінює його судження.&lt;/p&gt;&lt;p&gt;Довідка › Посібник користувача (F1) описує кожен екран; він установлюється разом з Effleur і не потребує мережі.&lt;/p&gt;&lt;p&gt;Поширюється за ліцензією MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation>Клавіші сеансу</translation>
    </message>
</context>
<context>
    <name>effleur::ui::StepPicture</name>
    <message>
        <source>A breathing exercise</source>
        <translation>Дихальна вправа</translation>
    </message>
    <message>
        <source>A procedure, no massage lines</source>
        <translation>Процедура, без масажних ліній</translation>
    </message>
    <message>
        <source>No massage lines</source>
        <translation>Без масажних ліній</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Study</name>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Що далі</translation>
    </message>
    <message>
        <source>Which line, which way</source>
        <translation>Яка лінія, куди</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3)</source>
        <translation>Правильно %1 з %2 (%3)</translation>
    </message>
    <message>
        <source>whole protocol</source>
        <translation>увесь протокол</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>етап %1</translation>
    </message>
    <message>
        <source>%1st</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 1st, 21st.</extracomment>
        <translation>%1-й</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 2nd, 22nd.</extracomment>
        <translation>%1-й</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 3rd, 23rd.</extracomment>
        <translation>%1-й</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal number, a step&apos;s place in the order: 4th, 11th, 12th, 20th.</extracomment>
        <translation>%1-й</translation>
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
        <translation>Не вдалося відкрити ваш прогрес у тестах, тому цей результат не збережено.

%1</translation>
    </message>
    <message>
        <source>Progress — %1</source>
        <translation>Прогрес — %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayShell</name>
    <message>
        <source>The client&apos;s course could not be kept in the journal.</source>
        <translation>Курс клієнта не вдалося зберегти в журналі.</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>був призначений на %1</translation>
    </message>
    <message>
        <source>is due today</source>
        <translation>призначено на сьогодні</translation>
    </message>
    <message>
        <source>is due %1</source>
        <translation>призначено на %1</translation>
    </message>
    <message>
        <source>In the course, day %1 %2.</source>
        <translation>За курсом день %1 %2.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayView</name>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Цього тижня нічого не призначено.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Бібліотека</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Почати сеанс</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сьогодні, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цього тижня</translation>
    </message>
    <message>
        <source>A client appears here when a session of their course is due.</source>
        <translation>Клієнт з&apos;являється тут, коли настає термін сеансу його курсу.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Words</name>
    <message>
        <source>Breathe in — belly</source>
        <translation>Вдих — животом</translation>
    </message>
    <message>
        <source>Breathe in — chest</source>
        <translation>Вдих — грудьми</translation>
    </message>
    <message>
        <source>Breathe out — chest</source>
        <translation>Видих — грудьми</translation>
    </message>
    <message>
        <source>Breathe out — belly</source>
        <translation>Видих — животом</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Затримка</translation>
    </message>
    <message>
        <source>Breathe in, belly</source>
        <translation>Вдих, живіт</translation>
    </message>
    <message>
        <source>Breathe in, chest</source>
        <translation>Вдих, груди</translation>
    </message>
    <message>
        <source>Breathe out, chest</source>
        <translation>Видих, груди</translation>
    </message>
    <message>
        <source>Breathe out, belly</source>
        <translation>Видих, живіт</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>ліва сторона</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>права сторона</translation>
    </message>
    <message>
        <source>Stroking</source>
        <translation>Погладжування</translation>
    </message>
    <message>
        <source>Rubbing</source>
        <translation>Розтирання</translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation>Розминання</translation>
    </message>
    <message>
        <source>Tapping</source>
        <translation>Поколочування</translation>
    </message>
    <message>
        <source>Vibration</source>
        <translation>Вібрація</translation>
    </message>
    <message>
        <source>Pressing</source>
        <translation>Натискання</translation>
    </message>
    <message>
        <source>Fixation</source>
        <translation>Фіксація</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Валяння</translation>
    </message>
    <message>
        <source>Sawing</source>
        <translation>Пиляння</translation>
    </message>
    <message>
        <source>Planing</source>
        <translation>Стругання</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Штрихування</translation>
    </message>
    <message>
        <source>Pinching</source>
        <translation>Пощипування</translation>
    </message>
    <message>
        <source>Squeezing</source>
        <translation>Вижимання</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>Дренаж</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Дихання</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Підготовка</translation>
    </message>
    <message>
        <source>superficial pressure</source>
        <translation>поверхневий натиск</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>середній натиск</translation>
    </message>
    <message>
        <source>deep pressure</source>
        <translation>глибокий натиск</translation>
    </message>
    <message>
        <source>Absolute — stops the session</source>
        <translation>Абсолютне — зупиняє сеанс</translation>
    </message>
    <message>
        <source>Relative — needs acknowledgement</source>
        <translation>Відносне — потрібне підтвердження</translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation>Спершу повідомити фахівця</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>абсолютне</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>відносне</translation>
    </message>
    <message>
        <source>tell the specialist</source>
        <translation>повідомити фахівця</translation>
    </message>
    <message>
        <source>Soft-tissue tension</source>
        <translation>Напруження м&apos;яких тканин</translation>
    </message>
    <message>
        <source>Mobility of face, neck and head</source>
        <translation>Рухливість обличчя, шиї та голови</translation>
    </message>
    <message>
        <source>Asymmetries</source>
        <translation>Асиметрії</translation>
    </message>
    <message>
        <source>Flow of blood and lymph</source>
        <translation>Кровотік і лімфотік</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>джерело %1</translation>
    </message>
    <message>
        <source>source %1, lines %2–%3</source>
        <translation>джерело %1, рядки %2–%3</translation>
    </message>
    <message>
        <source>source %1, line %2</source>
        <translation>джерело %1, рядок %2</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>джерело не вказано</translation>
    </message>
    <message>
        <source>%1 — a suggested contraindication for %2, taken from %3</source>
        <translation>%1 — пропоноване протипоказання для «%2» (узято з: %3)</translation>
    </message>
    <message>
        <source>%1 — listed as a contraindication for %2 (%3)</source>
        <translation>%1 — вказано як протипоказання для «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 — listed as a relative contraindication for %2 (%3)</source>
        <translation>%1 — вказано як відносне протипоказання для «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 — the source says the specialist must be told (%2)</source>
        <translation>%1 — за джерелом, треба повідомити фахівця (%2)</translation>
    </message>
    <message>
        <source>Confirm last time&apos;s answers with the client first.</source>
        <translation>Спершу підтвердьте з клієнтом відповіді минулого разу.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered yet.</source>
        <translation>
            <numerusform>%n пункт без відповіді.</numerusform>
            <numerusform>%n пункти без відповіді.</numerusform>
            <numerusform>%n пунктів без відповіді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge %1.</source>
        <translation>Підтвердьте: %1.</translation>
    </message>
    <message>
        <source>face</source>
        <translation>обличчя</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>шия</translation>
    </message>
    <message>
        <source>décolleté</source>
        <translation>зона декольте</translation>
    </message>
    <message>
        <source>collar</source>
        <translation>комірцева зона</translation>
    </message>
    <message>
        <source>back</source>
        <translation>спина</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>руки</translation>
    </message>
    <message>
        <source>upper body</source>
        <translation>верхня частина тіла</translation>
    </message>
    <message>
        <source>ended by the therapist</source>
        <translation>завершено масажистом</translation>
    </message>
    <message>
        <source>interrupted by a crash</source>
        <translation>перервано через збій</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>напруження</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>біль</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>синець</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>ін&apos;єкція</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
</TS>
