<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BreathingFigure</name>
    <message>
        <source>Breathe in:
belly</source>
        <translation>Вдох:
животом</translation>
    </message>
    <message>
        <source>Breathe in:
chest</source>
        <translation>Вдох:
грудью</translation>
    </message>
    <message>
        <source>Breathe out:
chest</source>
        <translation>Выдох:
грудью</translation>
    </message>
    <message>
        <source>Breathe out:
belly</source>
        <translation>Выдох:
животом</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>count %1 of %2</source>
        <translation>счёт %1 из %2</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>круг %1 из %2</translation>
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
        <translation>идёт</translation>
    </message>
    <message>
        <source>done; maintenance sessions follow</source>
        <translation>завершён; далее поддерживающие сеансы</translation>
    </message>
    <message>
        <source>done; the next course after the break</source>
        <translation>завершён; следующий курс после перерыва</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>проведена %n процедура</numerusform>
            <numerusform>проведено %n процедуры</numerusform>
            <numerusform>проведено %n процедур</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation>проведено процедур: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>проведено %1 из %2</translation>
    </message>
    <message>
        <source>Course sheet</source>
        <translation>Лист курса</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Began %1; %2; %3</source>
        <translation>Начат %1; %2; %3</translation>
    </message>
    <message>
        <source>Ended early on %1: %2</source>
        <translation>Завершён досрочно %1: %2</translation>
    </message>
    <message>
        <source>Tick each session when it is done and sign it; write the date it was held.</source>
        <translation>Отмечайте каждый проведённый сеанс и подписывайте его; записывайте дату проведения.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation>Подпись массажиста</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Подпись клиента</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>поддерживающий</translation>
    </message>
    <message>
        <source>next course</source>
        <translation>следующий курс</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перенесён</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>перенесён: %1</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>при необходимости</translation>
    </message>
    <message>
        <source>Effleur · course sheet · %1 · printed %2</source>
        <translation>Effleur · лист курса · %1 · напечатано %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>no course to print</source>
        <translation>нет курса для печати</translation>
    </message>
    <message>
        <source>cannot paint the course sheet into %1</source>
        <translation>не удалось отрисовать лист курса в %1</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>не удалось закрыть доступ к %1</translation>
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
        <translation>поглаживание</translation>
    </message>
    <message>
        <source>rubbing</source>
        <translation>растирание</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>разминание</translation>
    </message>
    <message>
        <source>tapping</source>
        <translation>поколачивание</translation>
    </message>
    <message>
        <source>vibration</source>
        <translation>вибрация</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>надавливание</translation>
    </message>
    <message>
        <source>fixation</source>
        <translation>фиксация</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>валяние</translation>
    </message>
    <message>
        <source>sawing</source>
        <translation>пиление</translation>
    </message>
    <message>
        <source>planing</source>
        <translation>строгание</translation>
    </message>
    <message>
        <source>shading</source>
        <translation>штрихование</translation>
    </message>
    <message>
        <source>pinching</source>
        <translation>пощипывание</translation>
    </message>
    <message>
        <source>squeezing</source>
        <translation>выжимание</translation>
    </message>
    <message>
        <source>drainage</source>
        <translation>дренаж</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>дыхание</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>процедура</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>поверхностно</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средне</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>глубоко</translation>
    </message>
    <message>
        <source>both</source>
        <translation>обе</translation>
    </message>
    <message>
        <source>left</source>
        <translation>левая</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правая</translation>
    </message>
    <message>
        <source>left, then right</source>
        <translation>левая, затем правая</translation>
    </message>
    <message>
        <source>right, then left</source>
        <translation>правая, затем левая</translation>
    </message>
    <message>
        <source>Absolute: do not massage</source>
        <translation>Абсолютные: не массировать</translation>
    </message>
    <message>
        <source>Relative: only after weighing them</source>
        <translation>Относительные: только после взвешенной оценки</translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation>Сначала сообщить специалисту</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>линия %1</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>линии %1–%2</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>без времени</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 на каждую сторону</translation>
    </message>
    <message>
        <source>%1 × %2 counts</source>
        <translation>%1 × счёт до %2</translation>
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
        <translation>сеансов: %1</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>every other day</source>
        <translation>через день</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation>раз в месяц</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>с интервалом %n месяц</numerusform>
            <numerusform>с интервалом %n месяца</numerusform>
            <numerusform>с интервалом %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>without interruption</source>
        <translation>без перерыва</translation>
    </message>
    <message>
        <source>then %1 a month to keep the result</source>
        <translation>затем %1 р. в месяц для поддержания результата</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>не чаще %1 р. в неделю</translation>
    </message>
    <message>
        <source>%1 months between courses</source>
        <translation>%1 мес. между курсами</translation>
    </message>
    <message>
        <source>%1, the other way</source>
        <translation>%1, в обратную сторону</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Самомассаж</translation>
    </message>
    <message>
        <source>For a therapist</source>
        <translation>Для массажиста</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n этап</numerusform>
            <numerusform>%n этапа</numerusform>
            <numerusform>%n этапов</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Each line is numbered in the order the steps first work it; arrows show the direction of the stroke.</source>
        <translation>Линии пронумерованы в том порядке, в каком шаги впервые их прорабатывают; стрелки показывают направление движения.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>licensed physicians only</source>
        <translation>только для врачей с лицензией</translation>
    </message>
    <message>
        <source>Suggested: the source does not give this value; it is the protocol&apos;s suggestion.</source>
        <translation>Рекомендуемое: источник не даёт этого значения, это предложение протокола.</translation>
    </message>
    <message>
        <source>Rules and cautions</source>
        <translation>Правила и предостережения</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Шаг %1:</translation>
    </message>
    <message>
        <source>Steps %1:</source>
        <translation>Шаги %1:</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Противопоказания</translation>
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
        <translation>Курс не задан.</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>шаг %1 (%2)</translation>
    </message>
    <message>
        <source>course (%1)</source>
        <translation>курс (%1)</translation>
    </message>
    <message>
        <source>contraindications (%1)</source>
        <translation>противопоказания (%1)</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Цитируемые источники</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>День %1 · %2</translation>
    </message>
    <message>
        <source>Effleur · %1 · %2, version %3</source>
        <translation>Effleur · %1 · %2, версия %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>%1: protocol card</source>
        <translation>%1: карточка протокола</translation>
    </message>
    <message>
        <source>cannot paint the card into %1</source>
        <translation>не удалось отрисовать карточку в %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>The template is damaged: %1</source>
        <translation>Шаблон повреждён: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>возврат назад</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>начат заново</translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation>переход к другому шагу</translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation>сеанс остановлен</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>не завершён</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>остановлен досрочно</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>остановлен досрочно: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>заблокирован: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation>нужно подтверждение</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>не заполнен</translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation>Протокол %1, версия %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Начат %1</translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation>, завершён %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>Duration: %1 planned</source>
        <translation>Длительность: %1 по плану</translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation>Скорость: %1×</translation>
    </message>
    <message>
        <source>Checklist (%1), answered %2</source>
        <translation>Опросник (%1), ответы %2</translation>
    </message>
    <message>
        <source>  No items.</source>
        <translation>  Нет пунктов.</translation>
    </message>
    <message>
        <source>, as last time</source>
        <translation>, как в прошлый раз</translation>
    </message>
    <message>
        <source>, acknowledged</source>
        <translation>, подтверждено</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — заметка: %1</translation>
    </message>
    <message>
        <source>  Functional assessment:</source>
        <translation>  Функциональная оценка:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation>Шаги в ходе сеанса</translation>
    </message>
    <message>
        <source>, extended by %1</source>
        <translation>, продлён на %1</translation>
    </message>
    <message>
        <source>No pauses.</source>
        <translation>Без пауз.</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s), %1 in all</source>
        <translation>
            <numerusform>%n пауза, всего %1</numerusform>
            <numerusform>%n паузы, всего %1</numerusform>
            <numerusform>%n пауз, всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  None yet.</source>
        <translation>  Пока нет.</translation>
    </message>
    <message>
        <source>Amended %1:</source>
        <translation>Исправлено %1:</translation>
    </message>
    <message>
        <source>Note, %1:</source>
        <translation>Заметка, %1:</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Самочувствие</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Нажим</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Marks on the diagram</source>
        <translation>Отметки на схеме</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Предпочтения</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Избегать</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>No standing notes.</source>
        <translation>Постоянных заметок нет.</translation>
    </message>
    <message>
        <source>session-%1-%2.pdf</source>
        <translation>session-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Print the session summary</source>
        <translation>Печать отчёта о сеансе</translation>
    </message>
    <message>
        <source>Save as PDF/A for the archive…</source>
        <translation>Сохранить в PDF/A для архива…</translation>
    </message>
    <message>
        <source>Save the summary as PDF/A-1b, for records that must be archived (Ctrl+Shift+S)</source>
        <translation>Сохранить отчёт в PDF/A-1b для записей, которые нужно архивировать (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the summary as PDF/A</source>
        <translation>Сохранить отчёт в PDF/A</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF/A</source>
        <translation>Сохранить в PDF/A</translation>
    </message>
    <message>
        <source>The summary was not saved: %1</source>
        <translation>Отчёт не сохранён: %1</translation>
    </message>
    <message>
        <source>course-sheet-%1</source>
        <translation>course-sheet-%1</translation>
    </message>
    <message>
        <source>Print the course sheet</source>
        <translation>Печать листа курса</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so no client session can be recorded.

%1

You can start a new journal, empty or from a backup. The file as it is now is kept beside it under a new name; it is never overwritten.</source>
        <translation>Журнал не открывается, поэтому сеанс с клиентом записать нельзя.

%1

Можно начать новый журнал, пустой или из резервной копии. Нынешний файл остаётся рядом под новым именем и никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>Open a &amp;Backup…</source>
        <translation>Открыть &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Start a &amp;New Journal</source>
        <translation>Начать &amp;новый журнал</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>No new journal was started: %1</source>
        <translation>Новый журнал не начат: %1</translation>
    </message>
    <message>
        <source>No new journal could be started: %1</source>
        <translation>Не удалось начать новый журнал: %1</translation>
    </message>
    <message>
        <source>A new journal was started.</source>
        <translation>Начат новый журнал.</translation>
    </message>
    <message>
        <source>The journal was started from the backup %1.</source>
        <translation>Журнал начат из резервной копии %1.</translation>
    </message>
    <message>
        <source>A new, empty journal was started; the backup was not used: %1</source>
        <translation>Начат новый пустой журнал; резервная копия не использована: %1</translation>
    </message>
    <message>
        <source>The old file is kept as %1.</source>
        <translation>Старый файл сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>clear</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>needs acknowledgement</source>
        <translation>нужно подтверждение</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>не заполнен</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>возврат назад</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>начат заново</translation>
    </message>
    <message>
        <source>left for another step</source>
        <translation>переход к другому шагу</translation>
    </message>
    <message>
        <source>session stopped</source>
        <translation>сеанс остановлен</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>не завершён</translation>
    </message>
    <message>
        <source>left</source>
        <translation>левая</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правая</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>остановлен досрочно</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>остановлен досрочно: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
    <message>
        <source>stopped by the checklist</source>
        <translation>остановлен опросником</translation>
    </message>
    <message>
        <source>stopped by the checklist: %1</source>
        <translation>остановлен опросником: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Отчёт о сеансе</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <source>%1, started at %2</source>
        <translation>%1, начат в %2</translation>
    </message>
    <message>
        <source>, ended at %1</source>
        <translation>, завершён в %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 из %2 по плану</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>скорость %1×</translation>
    </message>
    <message numerus="yes">
        <source>paused %n time(s), %1 in all</source>
        <translation>
            <numerusform>пауза %n раз, всего %1</numerusform>
            <numerusform>пауза %n раза, всего %1</numerusform>
            <numerusform>пауза %n раз, всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol %1, version %2</source>
        <translation>Протокол %1, версия %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Опросник</translation>
    </message>
    <message>
        <source>Answered %1; verdict: %2</source>
        <translation>Ответы %1; вывод: %2</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Нет пунктов.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>as last time</source>
        <translation>как в прошлый раз</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>Functional assessment</source>
        <translation>Функциональная оценка</translation>
    </message>
    <message>
        <source>Steps as they ran</source>
        <translation>Шаги в ходе сеанса</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Длилось</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>extended by %1</source>
        <translation>продлён на %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>None: the checklist stopped the session before it began.</source>
        <translation>Нет: опросник остановил сеанс до начала.</translation>
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
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <source>Note, written %1</source>
        <translation>Заметка от %1</translation>
    </message>
    <message>
        <source>Amendment of the note of %1, written %2</source>
        <translation>Исправление заметки от %1, написано %2</translation>
    </message>
    <message>
        <source>How the client felt</source>
        <translation>Самочувствие клиента</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Нажим</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>В следующий раз</translation>
    </message>
    <message>
        <source>Findings marked on the diagram</source>
        <translation>Наблюдения, отмеченные на схеме</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>область</translation>
    </message>
    <message>
        <source>This diagram is not in the library: the marks are listed without it.</source>
        <translation>Этой схемы нет в библиотеке: отметки перечислены без неё.</translation>
    </message>
    <message>
        <source>Therapist&apos;s signature</source>
        <translation>Подпись массажиста</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Подпись клиента</translation>
    </message>
    <message>
        <source>Effleur · session summary · %1 · %2</source>
        <translation>Effleur · отчёт о сеансе · %1 · %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>Session summary, %1</source>
        <translation>Отчёт о сеансе, %1</translation>
    </message>
    <message>
        <source>cannot paint the summary into %1</source>
        <translation>не удалось отрисовать отчёт в %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::AtomicSave</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>it belongs to another user or group, and a new copy would not; it was left unchanged</source>
        <translation>он принадлежит другому пользователю или группе, а новая копия не принадлежала бы; файл оставлен без изменений</translation>
    </message>
</context>
<context>
    <name>effleur::ui::AuthoringLauncher</name>
    <message>
        <source>Edit protocol</source>
        <translation>Изменить протокол</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Новый протокол</translation>
    </message>
    <message>
        <source>Title of the new protocol:</source>
        <translation>Название нового протокола:</translation>
    </message>
    <message>
        <source>My protocol</source>
        <translation>Мой протокол</translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation>Копировать в мои протоколы</translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation>Скопирован как %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ClientChooser</name>
    <message>
        <source>Allergies: %1</source>
        <translation>Аллергии: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Избегать: %1</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation>Предпочтения: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Контакты: %1</translation>
    </message>
    <message>
        <source>No earlier session of this protocol.</source>
        <translation>Ранее сеансов по этому протоколу не было.</translation>
    </message>
    <message>
        <source>Last time: %1, %2</source>
        <translation>Прошлый раз: %1, %2</translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation>, день %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned, %3</source>
        <translation>%1 из %2 по плану, %3</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>Самочувствие: %1</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Нажим: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Наблюдения: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Рекомендации: %1</translation>
    </message>
    <message>
        <source>Plan for next time: %1</source>
        <translation>План на следующий раз: %1</translation>
    </message>
    <message>
        <source>Marked on the diagram: %1</source>
        <translation>Отмечено на схеме: %1</translation>
    </message>
    <message>
        <source>Marked on the diagram: %1, %2</source>
        <translation>Отмечено на схеме: %1, %2</translation>
    </message>
    <message>
        <source>Who is the client?</source>
        <translation>Кто клиент?</translation>
    </message>
    <message>
        <source>&amp;Client: type a name to find a client, or a new name to add one</source>
        <translation>&amp;Клиент: начните вводить имя, чтобы найти клиента, или новое имя, чтобы добавить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>C&amp;ontinue to the checklist</source>
        <translation>&amp;Далее к опроснику</translation>
    </message>
    <message>
        <source>New client: %1</source>
        <translation>Новый клиент: %1</translation>
    </message>
    <message>
        <source>No clients yet: type the new client&apos;s name.</source>
        <translation>Клиентов пока нет: введите имя нового клиента.</translation>
    </message>
    <message>
        <source>A new client. Only the name is needed now; contact details and standing notes can be added in the journal.</source>
        <translation>Новый клиент. Сейчас нужно только имя; контакты и постоянные заметки можно добавить в журнале.</translation>
    </message>
    <message>
        <source>The client cannot be added: %1</source>
        <translation>Клиента нельзя добавить: %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::CourseForm</name>
    <message>
        <source>Start a course</source>
        <translation>Начать курс</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Протокол:</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>Пер&amp;вый сеанс:</translation>
    </message>
    <message>
        <source>Move a planned date</source>
        <translation>Перенести дату по плану</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Сеанс:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Новая дата:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>End the course early</source>
        <translation>Завершить курс досрочно</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Дата завершения:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
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
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>a month apart</source>
        <translation>раз в месяц</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>с интервалом %n месяц</numerusform>
            <numerusform>с интервалом %n месяца</numerusform>
            <numerusform>с интервалом %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance: %1 a month</source>
        <translation>поддержка: %1 р. в месяц</translation>
    </message>
    <message>
        <source>a break of %1 months before the next course</source>
        <translation>перерыв %1 мес. перед следующим курсом</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) done</source>
        <translation>
            <numerusform>проведена %n процедура</numerusform>
            <numerusform>проведено %n процедуры</numerusform>
            <numerusform>проведено %n процедур</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 procedures done</source>
        <translation>проведено процедур: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>проведено %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>the course would be interrupted: session %1 is moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>курс будет прерван: сеанс %1 переносится на %n день после предыдущего (%2)</numerusform>
            <numerusform>курс будет прерван: сеанс %1 переносится на %n дня после предыдущего (%2)</numerusform>
            <numerusform>курс будет прерван: сеанс %1 переносится на %n дней после предыдущего (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) since the last session</source>
        <translation>
            <numerusform>курс прерван: %n день с последнего сеанса</numerusform>
            <numerusform>курс прерван: %n дня с последнего сеанса</numerusform>
            <numerusform>курс прерван: %n дней с последнего сеанса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the course was interrupted: %n day(s) between sessions %1 and %2 (%3)</source>
        <translation>
            <numerusform>курс прерван: %n день между сеансами %1 и %2 (%3)</numerusform>
            <numerusform>курс прерван: %n дня между сеансами %1 и %2 (%3)</numerusform>
            <numerusform>курс прерван: %n дней между сеансами %1 и %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 would begin too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>процедура %1 начнётся слишком рано: через %n день после начала процедуры %2; интервал — %3</numerusform>
            <numerusform>процедура %1 начнётся слишком рано: через %n дня после начала процедуры %2; интервал — %3</numerusform>
            <numerusform>процедура %1 начнётся слишком рано: через %n дней после начала процедуры %2; интервал — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>procedure %1 began too early: %n day(s) after procedure %2 began; they are %3</source>
        <translation>
            <numerusform>процедура %1 начата слишком рано: через %n день после начала процедуры %2; интервал — %3</numerusform>
            <numerusform>процедура %1 начата слишком рано: через %n дня после начала процедуры %2; интервал — %3</numerusform>
            <numerusform>процедура %1 начата слишком рано: через %n дней после начала процедуры %2; интервал — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедуры %2 будет слишком рано: через %n день после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 будет слишком рано: через %n дня после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 будет слишком рано: через %n дней после предыдущего</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was too early: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедуры %2 был слишком рано: через %n день после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 был слишком рано: через %n дня после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 был слишком рано: через %n дней после предыдущего</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 would be too early: moved to %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>сеанс %1 будет слишком рано: перенос на %n день после предыдущего (%2)</numerusform>
            <numerusform>сеанс %1 будет слишком рано: перенос на %n дня после предыдущего (%2)</numerusform>
            <numerusform>сеанс %1 будет слишком рано: перенос на %n дней после предыдущего (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session %1 was too early: %n day(s) after the one before (%2)</source>
        <translation>
            <numerusform>сеанс %1 был слишком рано: через %n день после предыдущего (%2)</numerusform>
            <numerusform>сеанс %1 был слишком рано: через %n дня после предыдущего (%2)</numerusform>
            <numerusform>сеанс %1 был слишком рано: через %n дней после предыдущего (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 would be late: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедуры %2 будет с опозданием: через %n день после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 будет с опозданием: через %n дня после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 будет с опозданием: через %n дней после предыдущего</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day %1 of procedure %2 was late: %n day(s) after the day before</source>
        <translation>
            <numerusform>день %1 процедуры %2 был с опозданием: через %n день после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 был с опозданием: через %n дня после предыдущего</numerusform>
            <numerusform>день %1 процедуры %2 был с опозданием: через %n дней после предыдущего</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 of procedure %2 came out of order</source>
        <translation>день %1 процедуры %2 проведён не по порядку</translation>
    </message>
    <message numerus="yes">
        <source>this course began too early: %n day(s) after the last session of the previous course; the break between courses is %1 months</source>
        <translation>
            <numerusform>этот курс начат слишком рано: через %n день после последнего сеанса предыдущего курса; перерыв между курсами — %1 мес.</numerusform>
            <numerusform>этот курс начат слишком рано: через %n дня после последнего сеанса предыдущего курса; перерыв между курсами — %1 мес.</numerusform>
            <numerusform>этот курс начат слишком рано: через %n дней после последнего сеанса предыдущего курса; перерыв между курсами — %1 мес.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the course may end here</source>
        <translation>%1; курс можно завершить</translation>
    </message>
    <message>
        <source>%1; the course may end here, then %2</source>
        <translation>%1; курс можно завершить, затем %2</translation>
    </message>
    <message>
        <source>%1: the course is complete</source>
        <translation>%1: курс пройден</translation>
    </message>
    <message>
        <source>%1: the course is complete; %2 from now</source>
        <translation>%1: курс пройден; %2 с сегодняшнего дня</translation>
    </message>
    <message>
        <source>the course was ended early on %1 with %2</source>
        <translation>курс завершён досрочно %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>more than %n session(s) a week, up to %1</source>
        <translation>
            <numerusform>больше %n сеанса в неделю, до %1</numerusform>
            <numerusform>больше %n сеансов в неделю, до %1</numerusform>
            <numerusform>больше %n сеансов в неделю, до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>ничего не запланировано</translation>
    </message>
    <message>
        <source>a new course (day %1)</source>
        <translation>новый курс (день %1)</translation>
    </message>
    <message>
        <source>a new course</source>
        <translation>новый курс</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>поддерживающий</translation>
    </message>
    <message>
        <source>day %1 of procedure %2</source>
        <translation>день %1 процедуры %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>сеанс %1</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>К&amp;урсы</translation>
    </message>
    <message>
        <source>S&amp;tart course…</source>
        <translation>Начать &amp;курс…</translation>
    </message>
    <message>
        <source>&amp;Move date…</source>
        <translation>П&amp;еренести дату…</translation>
    </message>
    <message>
        <source>En&amp;d course…</source>
        <translation>Завер&amp;шить курс…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Экспорт календаря…</translation>
    </message>
    <message>
        <source>The planned sessions as an iCalendar file</source>
        <translation>Запланированные сеансы в виде файла iCalendar</translation>
    </message>
    <message>
        <source>Print shee&amp;t…</source>
        <translation>Печать &amp;листа…</translation>
    </message>
    <message>
        <source>The course on one page, to tick and sign by hand</source>
        <translation>Курс на одной странице: отмечать и подписывать от руки</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>No course yet. A course starts with the client&apos;s first session of a protocol with a course plan, or with “Start course…”.</source>
        <translation>Курсов пока нет. Курс начинается с первого сеанса клиента по протоколу с планом курса или кнопкой «Начать курс…».</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Начат %1.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, %2 (%3).</source>
        <translation>Далее: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>По плану:</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (перенесён)</translation>
    </message>
    <message>
        <source> (moved: %1)</source>
        <translation> (перенесён: %1)</translation>
    </message>
    <message>
        <source>Start course</source>
        <translation>Начать курс</translation>
    </message>
    <message>
        <source>Move date</source>
        <translation>Перенести дату</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Завершить курс</translation>
    </message>
    <message>
        <source>Export the planned sessions</source>
        <translation>Экспорт запланированных сеансов</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
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
        <translation>Смена стороны</translation>
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
        <translation>Сеанс завершён</translation>
    </message>
</context>
<context>
    <name>effleur::ui::DiffDialog</name>
    <message>
        <source>The file on disk and the editor&apos;s text are the same.</source>
        <translation>Файл на диске и текст в редакторе совпадают.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::DuplicateDialog</name>
    <message>
        <source>The protocol file does not parse: %1</source>
        <translation>Файл протокола не разбирается: %1</translation>
    </message>
    <message>
        <source>The protocol file has no &quot;id&quot; and &quot;title&quot; to change.</source>
        <translation>В файле протокола нет полей &quot;id&quot; и &quot;title&quot;, которые нужно изменить.</translation>
    </message>
    <message>
        <source>The protocol file could not be copied with a new id.</source>
        <translation>Не удалось скопировать файл протокола с новым id.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Не удалось создать папку %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Изменить копию</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” comes with Effleur and is read-only&lt;/b&gt;, so that it stays as its sources give it. To edit it, Effleur makes a copy in your protocol folder and opens the copy in the editor:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;«%1» входит в Effleur и доступен только для чтения&lt;/b&gt;, чтобы оставаться таким, как его дают источники. Чтобы изменить его, Effleur создаст копию в вашей папке протоколов и откроет её в редакторе:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy and edit</source>
        <translation>&amp;Копировать и изменить</translation>
    </message>
    <message>
        <source>Duplicate to my protocols</source>
        <translation>Копировать в мои протоколы</translation>
    </message>
    <message>
        <source>A copy of “%1” goes into your protocol folder, where you can edit it:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Копия «%1» попадёт в вашу папку протоколов, где её можно изменять:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>The copy needs an id.</source>
        <translation>У копии должен быть id.</translation>
    </message>
    <message>
        <source>An id is lower-case words and digits joined by single hyphens.</source>
        <translation>Id — это слова в нижнем регистре и цифры, соединённые одиночными дефисами.</translation>
    </message>
    <message>
        <source>Another protocol has the id “%1”.</source>
        <translation>У другого протокола уже есть id «%1».</translation>
    </message>
    <message>
        <source>Your folder has a file %1.json already.</source>
        <translation>В вашей папке уже есть файл %1.json.</translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation>У копии должно быть название.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorDocument</name>
    <message>
        <source>Change value</source>
        <translation>Изменить значение</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Очистить значение</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>Изменить JSON</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Новый шаг</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Дублировать шаг</translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation>Дублировать этап</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>face, neck, back… (comma-separated)</source>
        <translation>лицо, шея, спина… (через запятую)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Схемы</translation>
    </message>
    <message>
        <source>source ids, comma-separated</source>
        <translation>id источников через запятую</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>Приём</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Первая сторона</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Переход</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation>По одному предостережению в строке</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Предостережения</translation>
    </message>
    <message>
        <source>Click a line on the diagram to add or remove it</source>
        <translation>Щёлкните линию на схеме, чтобы добавить или убрать её</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить линию</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Развернуть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Seconds for the step</source>
        <translation>Секунд на шаг</translation>
    </message>
    <message>
        <source>Seconds per pass</source>
        <translation>Секунд на проход</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>неизвестная линия</translation>
    </message>
    <message>
        <source>← reversed:</source>
        <translation>← обратно:</translation>
    </message>
    <message>
        <source>Worked against its drawn direction</source>
        <translation>Против нарисованного направления</translation>
    </message>
    <message>
        <source>Worked as drawn</source>
        <translation>По нарисованному направлению</translation>
    </message>
    <message>
        <source>Reverse line</source>
        <translation>Развернуть линию</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Убрать линию</translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation>Линию вверх</translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation>Линию вниз</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Длительность по умолчанию</translation>
    </message>
    <message>
        <source>Change duration kind</source>
        <translation>Сменить вид длительности</translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation>Задать длительность</translation>
    </message>
    <message>
        <source>Edit duration</source>
        <translation>Изменить длительность</translation>
    </message>
</context>
<context>
    <name>effleur::ui::EditorPreview</name>
    <message>
        <source>No diagram: choose the protocol&apos;s diagrams in its header.</source>
        <translation>Нет схемы: выберите схемы протокола в его заголовке.</translation>
    </message>
    <message>
        <source>A sketch from this step&apos;s own fields: fix the problems to see it as the session shows it.</source>
        <translation>Эскиз по полям самого шага: исправьте ошибки, чтобы увидеть его так, как его покажет сеанс.</translation>
    </message>
    <message>
        <source>%1 — click to add or remove</source>
        <translation>%1 — щёлкните, чтобы добавить или убрать</translation>
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
        <translation>Этап %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(шаг без названия)</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Переместить этап</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Переместить шаг</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsBoard</name>
    <message>
        <source>tension</source>
        <translation>напряжение</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>боль</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>синяк</translation>
    </message>
    <message>
        <source>injection site</source>
        <translation>место инъекции</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Diagram for findings</source>
        <translation>Схема для отметок</translation>
    </message>
    <message>
        <source>This protocol has no diagram to mark.</source>
        <translation>У этого протокола нет схемы для отметок.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsDialog</name>
    <message>
        <source>Findings on the diagram</source>
        <translation>Наблюдения на схеме</translation>
    </message>
    <message>
        <source>&amp;Save marks</source>
        <translation>Сохранить &amp;отметки</translation>
    </message>
</context>
<context>
    <name>effleur::ui::FindingsPanel</name>
    <message>
        <source>&amp;Diagram</source>
        <translation>С&amp;хема</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Т&amp;ип</translation>
    </message>
    <message>
        <source>a word or two</source>
        <translation>пара слов</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>Сло&amp;ва</translation>
    </message>
    <message>
        <source>Click to mark a point, drag for an area. By keys: the arrows move the cross, + and − make it an area, Enter marks.</source>
        <translation>Щелчок — отметить точку, перетаскивание — область. С клавиатуры: стрелки двигают крестик, + и − делают из него область, Enter ставит отметку.</translation>
    </message>
    <message>
        <source>&amp;Take back the last mark</source>
        <translation>&amp;Убрать последнюю отметку</translation>
    </message>
    <message>
        <source>No new marks yet.</source>
        <translation>Новых отметок пока нет.</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::GateDialog</name>
    <message>
        <source>? last time Yes — confirm</source>
        <translation>? в прошлый раз «да» — подтвердите</translation>
    </message>
    <message>
        <source>? last time No — confirm</source>
        <translation>? в прошлый раз «нет» — подтвердите</translation>
    </message>
    <message>
        <source>✖ Yes — stops the session</source>
        <translation>✖ Да — сеанс останавливается</translation>
    </message>
    <message>
        <source>✔ Yes — acknowledged</source>
        <translation>✔ Да — подтверждено</translation>
    </message>
    <message>
        <source>! Yes — acknowledge it</source>
        <translation>! Да — нужно подтвердить</translation>
    </message>
    <message>
        <source>✔ No</source>
        <translation>✔ Нет</translation>
    </message>
    <message>
        <source>… not answered</source>
        <translation>… нет ответа</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>отвечено: %1 из %2</translation>
    </message>
    <message>
        <source>Contraindications — %1</source>
        <translation>Противопоказания — %1</translation>
    </message>
    <message>
        <source>Contraindication checklist</source>
        <translation>Опросник противопоказаний</translation>
    </message>
    <message>
        <source>Before the session: contraindications</source>
        <translation>Перед сеансом: противопоказания</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Для: %1</translation>
    </message>
    <message>
        <source>Every item is answered. Enter starts the session.</source>
        <translation>Ответы на все пункты есть. Enter начинает сеанс.</translation>
    </message>
    <message>
        <source>This protocol lists no contraindications.</source>
        <translation>В этом протоколе противопоказания не указаны.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Пока нет. %1</translation>
    </message>
    <message>
        <source>No contraindications are listed.</source>
        <translation>Противопоказания не указаны.</translation>
    </message>
    <message>
        <source>Item %1 of %2 — does this apply to the client?</source>
        <translation>Пункт %1 из %2 — относится ли это к клиенту?</translation>
    </message>
    <message>
        <source>The specialist has been told, and the session may go ahead  (A)</source>
        <translation>Специалист в курсе, сеанс можно проводить  (A)</translation>
    </message>
    <message>
        <source>I have weighed this with the client, and the session may go ahead  (A)</source>
        <translation>Я оценил(а) это вместе с клиентом, сеанс можно проводить  (A)</translation>
    </message>
    <message>
        <source>The source&apos;s list: “%1 …”</source>
        <translation>Список источника: «%1 …»</translation>
    </message>
    <message>
        <source>Blocking items: %1</source>
        <translation>Запрещающие пункты: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Yes  (Y)</source>
        <translation>Да  (Y)</translation>
    </message>
    <message>
        <source>Yes, it applies</source>
        <translation>Да, относится</translation>
    </message>
    <message>
        <source>No  (N)</source>
        <translation>Нет  (N)</translation>
    </message>
    <message>
        <source>No, it does not apply</source>
        <translation>Нет, не относится</translation>
    </message>
    <message>
        <source>Acknowledge this item</source>
        <translation>Подтвердить этот пункт</translation>
    </message>
    <message>
        <source>Note on this item</source>
        <translation>Заметка к этому пункту</translation>
    </message>
    <message>
        <source>Note (optional), e.g. cleared by GP on …</source>
        <translation>Заметка (необязательно), напр.: врач разрешил …</translation>
    </message>
    <message>
        <source>All items and their answers</source>
        <translation>Все пункты и ответы на них</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close without a session</source>
        <translation>Закрыть без сеанса</translation>
    </message>
    <message>
        <source>Start session  (Enter)</source>
        <translation>Начать сеанс  (Enter)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Начать сеанс</translation>
    </message>
    <message>
        <source>Functional assessment (optional)</source>
        <translation>Функциональная оценка (необязательно)</translation>
    </message>
    <message>
        <source>Show the functional assessment</source>
        <translation>Показать функциональную оценку</translation>
    </message>
    <message>
        <source>Source 003: every therapy begins with a functional consultation. Notes stay with the session record.</source>
        <translation>Источник 003: любая терапия начинается с функциональной консультации. Заметки хранятся вместе с записью сеанса.</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Заметки к оценке</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Hide the functional assessment</source>
        <translation>Скрыть функциональную оценку</translation>
    </message>
    <message>
        <source>This session cannot go ahead</source>
        <translation>Этот сеанс проводить нельзя</translation>
    </message>
    <message>
        <source>The client answered yes to an absolute contraindication of this protocol:</source>
        <translation>Клиент ответил «да» на абсолютное противопоказание этого протокола:</translation>
    </message>
    <message>
        <source>Close the checklist, or choose a protocol that does not list this contraindication.</source>
        <translation>Закройте опросник или выберите протокол, в котором нет этого противопоказания.</translation>
    </message>
    <message>
        <source>Choose another protocol</source>
        <translation>Выбрать другой протокол</translation>
    </message>
    <message>
        <source>This checklist supports the specialist&apos;s judgment; it does not replace it.</source>
        <translation>Этот опросник помогает специалисту принять решение, но не заменяет его суждения.</translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s)</source>
        <translation>
            <numerusform>Весь %n день</numerusform>
            <numerusform>Все %n дня</numerusform>
            <numerusform>Все %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day %2 of %3</source>
        <translation>%1 — день %2 из %3</translation>
    </message>
    <message>
        <source>%1 — stage %2 of %3</source>
        <translation>%1 — этап %2 из %3</translation>
    </message>
</context>
<context>
    <name>effleur::ui::HelpWindow</name>
    <message>
        <source>Effleur user guide</source>
        <translation>Руководство пользователя Effleur</translation>
    </message>
    <message>
        <source>The user guide is not installed. Effleur looked for user-guide.md in:
%1</source>
        <translation>Руководство пользователя не установлено. Effleur искал user-guide.md в:
%1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalClientForm</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>pressure, oils, music</source>
        <translation>нажим, масла, музыка</translation>
    </message>
    <message>
        <source>what not to do, where not to work</source>
        <translation>чего не делать, где не работать</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Имя (обязательно):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>&amp;Preferences:</source>
        <translation>&amp;Предпочтения:</translation>
    </message>
    <message>
        <source>A&amp;llergies:</source>
        <translation>&amp;Аллергии:</translation>
    </message>
    <message>
        <source>A&amp;void:</source>
        <translation>Из&amp;бегать:</translation>
    </message>
</context>
<context>
    <name>effleur::ui::JournalNoteForm</name>
    <message>
        <source>how the client felt</source>
        <translation>самочувствие клиента</translation>
    </message>
    <message>
        <source>&amp;Felt:</source>
        <translation>Само&amp;чувствие:</translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation>&amp;Нажим:</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>Н&amp;аблюдения:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Рекомендации:</translation>
    </message>
    <message>
        <source>P&amp;lan for next time:</source>
        <translation>П&amp;лан на следующий раз:</translation>
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
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Names, notes, findings, marks</source>
        <translation>Имена, заметки, наблюдения, отметки</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Последний сеанс</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Изменить клиента…</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>У&amp;далить клиента…</translation>
    </message>
    <message>
        <source>Erase the client and every session of theirs, for good</source>
        <translation>Удалить клиента и все его сеансы навсегда</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>П&amp;ротокол:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ито&amp;г:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все итоги</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Опросник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Session re&amp;cord</source>
        <translation>&amp;Запись сеанса</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Добавить заметку…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the session&apos;s summary, or save it as PDF/A (Ctrl+P)</source>
        <translation>Напечатать отчёт о сеансе или сохранить его в PDF/A (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Mark findings…</source>
        <translation>&amp;Отметить на схеме…</translation>
    </message>
    <message>
        <source>Mark tension, pain, a bruise or an injection site on the diagram</source>
        <translation>Отметить на схеме напряжение, боль, синяк или место инъекции</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>сеансов пока нет</translation>
    </message>
    <message>
        <source>No clients yet. Add one with “New client…”.</source>
        <translation>Клиентов пока нет. Добавьте клиента кнопкой «Новый клиент…».</translation>
    </message>
    <message>
        <source>No client chosen.</source>
        <translation>Клиент не выбран.</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Все протоколы</translation>
    </message>
    <message>
        <source>No session of this client matches the filters.</source>
        <translation>Ни один сеанс этого клиента не подходит под фильтры.</translation>
    </message>
    <message>
        <source>No sessions recorded for this client yet.</source>
        <translation>У этого клиента пока нет записанных сеансов.</translation>
    </message>
    <message>
        <source>&amp;Amend note…</source>
        <translation>Испр&amp;авить заметку…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>The client could not be added.</source>
        <translation>Не удалось добавить клиента.</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>The client could not be changed.</source>
        <translation>Не удалось изменить клиента.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them?</source>
        <translation>Удалить %1 и всё, что о нём записано?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with their checklists, notes and marks will be erased forever, along with the client&apos;s details. This cannot be undone.</source>
        <translation>
            <numerusform>%n сеанс с опросником, заметками и отметками будет удалён навсегда вместе с данными клиента. Отменить это нельзя.</numerusform>
            <numerusform>%n сеанса с опросниками, заметками и отметками будут удалены навсегда вместе с данными клиента. Отменить это нельзя.</numerusform>
            <numerusform>%n сеансов с опросниками, заметками и отметками будут удалены навсегда вместе с данными клиента. Отменить это нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase forever</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>The client could not be erased.</source>
        <translation>Не удалось удалить клиента.</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>Исправить заметку</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>The amendment is kept beside the note as it was, with its time; the note itself is not changed.</source>
        <translation>Исправление хранится рядом с исходной заметкой, с указанием времени; сама заметка не меняется.</translation>
    </message>
    <message>
        <source>The amendment could not be saved.</source>
        <translation>Не удалось сохранить исправление.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Не удалось сохранить заметку.</translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation>Не удалось сохранить отметки.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::KeyMap</name>
    <message>
        <source>Pause / resume</source>
        <translation>Пауза / продолжить</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Начать шаг заново</translation>
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
        <translation>Крупный вид</translation>
    </message>
    <message>
        <source>Leave glance mode</source>
        <translation>Выйти из крупного вида</translation>
    </message>
    <message>
        <source>Slower (rehearsal)</source>
        <translation>Медленнее (репетиция)</translation>
    </message>
    <message>
        <source>Faster (rehearsal)</source>
        <translation>Быстрее (репетиция)</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryPreview</name>
    <message>
        <source>Every line this protocol works; arrows show the direction of the stroke, dots where each starts.</source>
        <translation>Все линии, которые прорабатывает протокол; стрелки показывают направление движения, точки — его начало.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LibraryView</name>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
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
            <numerusform>%n дня: </numerusform>
            <numerusform>%n дней: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) apart</source>
        <translation>
            <numerusform>с интервалом %n месяц</numerusform>
            <numerusform>с интервалом %n месяца</numerusform>
            <numerusform>с интервалом %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>do not interrupt the course</source>
        <translation>не прерывать курс</translation>
    </message>
    <message>
        <source>then %1 a month</source>
        <translation>затем %1 р. в месяц</translation>
    </message>
    <message>
        <source>%1 between courses</source>
        <translation>%1 между курсами</translation>
    </message>
    <message>
        <source>Show &amp;all protocols</source>
        <translation>Показать &amp;все протоколы</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Повреждён: %1</translation>
    </message>
    <message numerus="yes">
        <source>Protocols that %1 does not rule out</source>
        <translation>
            <numerusform>Протоколы, которые %1 не исключает</numerusform>
            <numerusform>Протоколы, которые %1 не исключают</numerusform>
            <numerusform>Протоколы, которые %1 не исключают</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1½ min</source>
        <translation>%1½ мин</translation>
    </message>
    <message>
        <source>for self-massage</source>
        <translation>для самомассажа</translation>
    </message>
    <message>
        <source>for a therapist</source>
        <translation>для массажиста</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>без времени</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
            <numerusform>%n сеансов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Course plan</source>
        <translation>План курса</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Противопоказания</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Search protocols (Ctrl+F)</source>
        <translation>Поиск протоколов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Для всех</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Массажист</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Самомассаж</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Любая длительность</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>До 10 мин</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Больше 30 мин</translation>
    </message>
    <message>
        <source>Start session…</source>
        <translation>Начать сеанс…</translation>
    </message>
    <message>
        <source>Rehearse…</source>
        <translation>Репетиция…</translation>
    </message>
    <message>
        <source> · Bundled</source>
        <translation> · Встроенный</translation>
    </message>
    <message>
        <source>Bundled with Effleur: read-only. &quot;Duplicate to my protocols&quot; makes a copy you can edit.</source>
        <translation>Входит в Effleur: только чтение. «Копировать в мои протоколы» создаёт копию, которую можно изменять.</translation>
    </message>
    <message>
        <source>No protocol matches.</source>
        <translation>Нет подходящих протоколов.</translation>
    </message>
    <message>
        <source>Bundled with Effleur, read-only. File › Duplicate to my protocols makes a copy you can edit.</source>
        <translation>Входит в Effleur, только чтение. Файл › Копировать в мои протоколы создаёт копию, которую можно изменять.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): View › Problems (F8) lists them.</source>
        <translation>
            <numerusform>%n предупреждение: их список — в Вид › Проблемы (F8).</numerusform>
            <numerusform>%n предупреждения: их список — в Вид › Проблемы (F8).</numerusform>
            <numerusform>%n предупреждений: их список — в Вид › Проблемы (F8).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <source>10–30 min</source>
        <translation>10–30 мин</translation>
    </message>
    <message>
        <source>Loading the protocols…</source>
        <translation>Загрузка протоколов…</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineCanvas</name>
    <message>
        <source>✗ your pick</source>
        <translation>✗ ваш выбор</translation>
    </message>
    <message>
        <source>✓ the answer</source>
        <translation>✓ ответ</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ верно</translation>
    </message>
</context>
<context>
    <name>effleur::ui::LineQuizWidget</name>
    <message>
        <source>Click the line this step works; click near the end where the stroke finishes, or press D to turn it round. Tab or the arrow keys go through the lines; Enter answers.</source>
        <translation>Щёлкните линию, которую прорабатывает этот шаг; щёлкните ближе к концу, где движение заканчивается, или нажмите D, чтобы развернуть направление. Tab или стрелки перебирают линии; Enter — ответить.</translation>
    </message>
    <message>
        <source>Turn round (D)</source>
        <translation>Развернуть (D)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>как нарисовано</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>обратно</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Вопросов нет</translation>
    </message>
    <message>
        <source>Question %1 of %2 · which line does this step work, and which way?</source>
        <translation>Вопрос %1 из %2 · какую линию прорабатывает этот шаг и в каком направлении?</translation>
    </message>
    <message>
        <source>Step %1 of %2 in “%3”</source>
        <translation>Шаг %1 из %2 в «%3»</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>  —  it works %n line(s); find the one it starts on.</source>
        <translation>
            <numerusform>  —  он прорабатывает %n линию; найдите ту, с которой он начинается.</numerusform>
            <numerusform>  —  он прорабатывает %n линии; найдите ту, с которой он начинается.</numerusform>
            <numerusform>  —  он прорабатывает %n линий; найдите ту, с которой он начинается.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Right line, right way.</source>
        <translation>✓ Верная линия, верное направление.</translation>
    </message>
    <message>
        <source>Right line, but it goes the other way: %1.</source>
        <translation>Линия верная, но направление обратное: %1.</translation>
    </message>
    <message>
        <source>✗ Not this line: it is %1, %2.</source>
        <translation>✗ Не эта линия: правильно — %1, %2.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Показать результат</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>“%1”: you chose %2, %3; it is %4, %5.</source>
        <translation>«%1»: вы выбрали %2, %3; правильно — %4, %5.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::MainWindow</name>
    <message>
        <source>Open a Backup of the Journal</source>
        <translation>Открыть резервную копию журнала</translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии журнала (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter: start the chosen session  ·  Esc: the library</source>
        <translation>Enter: начать выбранный сеанс  ·  Esc: библиотека</translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>Enter: start a session  ·  Ctrl+R: rehearse</source>
        <translation>Enter: начать сеанс  ·  Ctrl+R: репетиция</translation>
    </message>
    <message>
        <source>%1 changed on disk — the new version is used for the next session</source>
        <translation>%1 изменён на диске — новая версия будет использована в следующем сеансе</translation>
    </message>
    <message>
        <source>Esc: the library</source>
        <translation>Esc: библиотека</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Modules</name>
    <message>
        <source>Spoken cues and chimes are off: Effleur&apos;s voice module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Голосовые подсказки и звуковые сигналы выключены: модуль голоса Effleur (%1) отсутствует или не загружается. Переустановка Effleur вернёт его.</translation>
    </message>
    <message>
        <source>The chart cannot be shown: Effleur&apos;s charts module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>График нельзя показать: модуль графиков Effleur (%1) отсутствует или не загружается. Переустановка Effleur вернёт его.</translation>
    </message>
    <message>
        <source>Printing is not available: Effleur&apos;s printing module (%1) is missing or cannot be loaded. Reinstalling Effleur brings it back.</source>
        <translation>Печать недоступна: модуль печати Effleur (%1) отсутствует или не загружается. Переустановка Effleur вернёт его.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>effleur::ui::NextQuizWidget</name>
    <message>
        <source>This step:</source>
        <translation>Этот шаг:</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Вопросов нет</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Линии: %1</translation>
    </message>
    <message>
        <source>✓  %1   — the answer</source>
        <translation>✓  %1   — ответ</translation>
    </message>
    <message>
        <source>✗  %1   — your choice</source>
        <translation>✗  %1   — ваш выбор</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Верно.</translation>
    </message>
    <message>
        <source>✗ Not this one: next is “%1”.</source>
        <translation>✗ Не этот: дальше идёт «%1».</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Показать результат</translation>
    </message>
    <message>
        <source>After “%1” you chose “%2”; next is “%3”.</source>
        <translation>После «%1» вы выбрали «%2»; дальше идёт «%3».</translation>
    </message>
    <message>
        <source>&lt;b&gt;What comes next?&lt;/b&gt;  Press 1–4, or ↑ / ↓ and Enter.</source>
        <translation>&lt;b&gt;Что дальше?&lt;/b&gt;  Нажмите 1–4 или ↑ / ↓ и Enter.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::OrderQuizWidget</name>
    <message numerus="yes">
        <source>Put these %n step(s) in the order they are done. Drag them, or select one and move it with Alt+↑ / Alt+↓. Ctrl+Enter checks.</source>
        <translation>
            <numerusform>Расставьте %n шаг в том порядке, в каком он выполняется. Перетаскивайте их или выберите один и двигайте его Alt+↑ / Alt+↓. Ctrl+Enter — проверить.</numerusform>
            <numerusform>Расставьте эти %n шага в том порядке, в каком они выполняются. Перетаскивайте их или выберите один и двигайте его Alt+↑ / Alt+↓. Ctrl+Enter — проверить.</numerusform>
            <numerusform>Расставьте эти %n шагов в том порядке, в каком они выполняются. Перетаскивайте их или выберите один и двигайте его Alt+↑ / Alt+↓. Ctrl+Enter — проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The correct order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Правильный порядок&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Alt+Up or Ctrl+Up</source>
        <translation>Alt+Up или Ctrl+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Alt+Down or Ctrl+Down</source>
        <translation>Alt+Down или Ctrl+Down</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>“%1”: %2 is its place, but the steps before or after it are out of order.</source>
        <translation>«%1»: это его место (%2 шаг), но шаги до или после него стоят не по порядку.</translation>
    </message>
    <message>
        <source>“%1”: you put it %2; it is %3.</source>
        <translation>«%1»: у вас это %2 шаг, а должен быть %3.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Показать результат</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Steps marked ✓ (green) are in order; those marked ✗ (red) are out of place, with the position they belong at. The correct order is on the right. Press Enter to see the result.</source>
        <translation>Шаги с ✓ (зелёные) стоят по порядку; шаги с ✗ (красные) не на своём месте, рядом указано, где они должны быть. Правильный порядок — справа. Нажмите Enter, чтобы увидеть результат.</translation>
    </message>
    <message>
        <source>%1  ✗  %2   → its place, but out of order with the steps around it</source>
        <translation>%1  ✗  %2   → его место, но не по порядку с соседними шагами</translation>
    </message>
    <message>
        <source>%1  ✗  %2   → belongs %3</source>
        <translation>%1  ✗  %2   → должен быть %3</translation>
    </message>
    <message>
        <source>%1 of %2 in order (%3)</source>
        <translation>%1 из %2 по порядку (%3)</translation>
    </message>
</context>
<context>
    <name>effleur::ui::PractiseDialog</name>
    <message>
        <source>Practise — %1</source>
        <translation>Тренировка — %1</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>без времени</translation>
    </message>
    <message>
        <source>Choose what to practise: a stage, one step, or a stretch of steps (click the first, Shift+click the last; or Shift+↓ from the keyboard).</source>
        <translation>Выберите, что тренировать: этап, один шаг или ряд шагов (щёлкните первый, затем Shift+щелчок по последнему; или Shift+↓ с клавиатуры).</translation>
    </message>
    <message>
        <source>Steps to practise</source>
        <translation>Шаги для тренировки</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>&amp;Whole protocol</source>
        <translation>&amp;Весь протокол</translation>
    </message>
    <message>
        <source>1× (as written)</source>
        <translation>1× (как написано)</translation>
    </message>
    <message>
        <source>[ and ] change it during the rehearsal</source>
        <translation>[ и ] меняют её во время репетиции</translation>
    </message>
    <message>
        <source>&amp;Pause after each step, to explain it aloud; → goes on</source>
        <translation>&amp;Пауза после каждого шага, чтобы объяснить его вслух; → — дальше</translation>
    </message>
    <message>
        <source>Show the &amp;next step (off: recall it yourself)</source>
        <translation>Показывать &amp;следующий шаг (выкл.: вспоминать самому)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Ско&amp;рость</translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Начать репетицию</translation>
    </message>
    <message>
        <source>This protocol has no steps.</source>
        <translation>В этом протоколе нет шагов.</translation>
    </message>
    <message>
        <source>The whole protocol</source>
        <translation>Весь протокол</translation>
    </message>
    <message>
        <source>Stage %1, all of it</source>
        <translation>Этап %1 целиком</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>шаги %1–%2</translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <translation>Этап %1, %2</translation>
    </message>
    <message>
        <source>From stage %1, step %2 to stage %3, step %4</source>
        <translation>От этапа %1, шаг %2, до этапа %3, шаг %4</translation>
    </message>
    <message>
        <source> and an untimed procedure</source>
        <translation> и процедура без времени</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2</source>
        <translation>
            <numerusform>%1 · %n шаг · %2</numerusform>
            <numerusform>%1 · %n шага · %2</numerusform>
            <numerusform>%1 · %n шагов · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effleur::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Предпочтения</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>&amp;Voice and chimes</source>
        <translation>&amp;Голос и сигналы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation>Клавиши сеанса</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>New key for the chosen action</source>
        <translation>Новая клавиша для выбранного действия</translation>
    </message>
    <message>
        <source>Choose an action above</source>
        <translation>Выберите действие выше</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Новая клавиша:</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Сообщение о клавише</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Восстановить стандартные</translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation>Восстановить стандартные клавиши</translation>
    </message>
    <message>
        <source>Press the new key for %1</source>
        <translation>Нажмите новую клавишу для: %1</translation>
    </message>
    <message>
        <source>%1 already means “%2”. Choose another key, or give “%2” a new key first.</source>
        <translation>%1 уже означает «%2». Выберите другую клавишу или сначала назначьте «%2» новую.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>«%1» теперь %2.</translation>
    </message>
    <message>
        <source>The default keys are back.</source>
        <translation>Стандартные клавиши восстановлены.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>По умолчанию движка</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>Го&amp;лос:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Скорость речи</translation>
    </message>
    <message>
        <source>&amp;Rate (slower – faster):</source>
        <translation>&amp;Скорость (медленнее – быстрее):</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Громкость голоса</translation>
    </message>
    <message>
        <source>V&amp;oice volume:</source>
        <translation>Гро&amp;мкость голоса:</translation>
    </message>
    <message>
        <source>Chimes volume</source>
        <translation>Громкость сигналов</translation>
    </message>
    <message>
        <source>&amp;Chimes volume:</source>
        <translation>Громкость с&amp;игналов:</translation>
    </message>
    <message>
        <source>&amp;Test the voice</source>
        <translation>&amp;Проверить голос</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Проверить голос</translation>
    </message>
    <message>
        <source>Effleurage along the spine, slow and light. Halfway.</source>
        <translation>Поглаживание вдоль позвоночника, медленно и легко. Половина.</translation>
    </message>
    <message>
        <source>&amp;Mute cues (Ctrl+M)</source>
        <translation>&amp;Без звука (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mute cues</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>The cues cannot be spoken in %1 on this computer: no voice for it was found (the voices come with speech-dispatcher-espeak-ng). The chimes still ring.</source>
        <translation>Подсказки нельзя озвучить на языке «%1» на этом компьютере: голос для него не найден (голоса устанавливаются с пакетом speech-dispatcher-espeak-ng). Звуковые сигналы звучат.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
    <message>
        <source>A new language applies the next time Effleur starts, so that a running session is never disturbed.</source>
        <translation>Новый язык применяется при следующем запуске Effleur, чтобы не мешать идущему сеансу.</translation>
    </message>
    <message>
        <source>Effleur will be in %1 from the next start. Until then it stays as it is, and so does a running session.</source>
        <translation>Со следующего запуска Effleur будет на языке: %1. До тех пор всё остаётся как есть, в том числе идущий сеанс.</translation>
    </message>
    <message>
        <source>Choose an action (click it, or Enter), then press its new key. Tab moves on.</source>
        <translation>Выберите действие (щелчком или клавишей Enter), затем нажмите новую клавишу для него. Tab — дальше.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProblemsPanel</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Указатель</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Открыть в редакторе</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses for JSON</source>
        <translation>Открыть файл в приложении, которое система использует для JSON</translation>
    </message>
    <message>
        <source>No problems: every protocol loads without a warning.</source>
        <translation>Проблем нет: все протоколы загружаются без предупреждений.</translation>
    </message>
    <message>
        <source>Select a problem to see its line.</source>
        <translation>Выберите проблему, чтобы увидеть её строку.</translation>
    </message>
    <message>
        <source>, line %1, column %2</source>
        <translation>, строка %1, столбец %2</translation>
    </message>
    <message>
        <source>(The problem is with the file as a whole.)</source>
        <translation>(Проблема касается файла целиком.)</translation>
    </message>
    <message>
        <source>(The file cannot be read now: %1.)</source>
        <translation>(Файл сейчас не читается: %1.)</translation>
    </message>
    <message>
        <source>(The file has changed: line %1 is no longer there.)</source>
        <translation>(Файл изменился: строки %1 больше нет.)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;No application opens JSON files here: the file opens in Effleur’s own editor instead.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Здесь нет приложения для файлов JSON: файл откроется во встроенном редакторе Effleur.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Problems — %1</source>
        <translation>Проблемы — %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProgressView</name>
    <message>
        <source>No quizzes taken yet. Take one (Study ▸ Quiz…) and your scores appear here.</source>
        <translation>Тестов пока не было. Пройдите тест (Учёба ▸ Тест…), и результаты появятся здесь.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Лучший</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <source>All quizzes</source>
        <translation>Все тесты</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps most often got wrong&lt;/b&gt;</source>
        <translation>&lt;b&gt;Шаги с частыми ошибками&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test yourself…</source>
        <translation>Проверить себя…</translation>
    </message>
    <message>
        <source>Practise these</source>
        <translation>Потренировать их</translation>
    </message>
    <message>
        <source>Rehearse the weakest steps</source>
        <translation>Отрепетировать самые слабые шаги</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Результаты по времени</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Прогресс: %1</translation>
    </message>
    <message>
        <source>%1 — missed %2 of %3</source>
        <translation>%1 — ошибок %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more missed step(s)</source>
        <translation>
            <numerusform>… и ещё %n шаг с ошибкой</numerusform>
            <numerusform>… и ещё %n шага с ошибками</numerusform>
            <numerusform>… и ещё %n шагов с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Пока ничего.</translation>
    </message>
    <message>
        <source>No step missed so far.</source>
        <translation>Ошибок в шагах пока нет.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ProtocolEditor</name>
    <message>
        <source>Save protocol as</source>
        <translation>Сохранить протокол как</translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation>Протоколы (*.json)</translation>
    </message>
    <message>
        <source>Save a protocol with problems?</source>
        <translation>Сохранить протокол с ошибками?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Всё равно сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Save a copy?</source>
        <translation>Сохранить копию?</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
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
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнить</translation>
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
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>New &amp;step</source>
        <translation>Новый &amp;шаг</translation>
    </message>
    <message>
        <source>New s&amp;tage</source>
        <translation>Новый &amp;этап</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>История правок</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;открыт&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1[*]%2 — Effleur editor</source>
        <translation>%1[*]%2 — Редактор Effleur</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source> (bundled, read-only)</source>
        <translation> (встроенный, только чтение)</translation>
    </message>
    <message>
        <source>Edit JSON text</source>
        <translation>Изменить текст JSON</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Проблем нет</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Not saved: the protocol would be %1 bytes, and Effleur refuses files over %2 bytes. The file on disk is unchanged.</source>
        <translation>Не сохранено: протокол занял бы %1 байт, а Effleur не принимает файлы больше %2 байт. Файл на диске не изменён.</translation>
    </message>
    <message>
        <source>%1 comes with Effleur and cannot be changed. Save your version as a copy in your protocols?</source>
        <translation>%1 входит в Effleur и не может быть изменён. Сохранить вашу версию как копию в ваших протоколах?</translation>
    </message>
    <message>
        <source>Protocols that come with Effleur are read-only. Save into your protocols folder instead:
%1</source>
        <translation>Протоколы, входящие в Effleur, доступны только для чтения. Сохраните в свою папку протоколов:
%1</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Id копии</translation>
    </message>
    <message>
        <source>The JSON text has a syntax error (%1). Save the text as it is?</source>
        <translation>В тексте JSON синтаксическая ошибка (%1). Сохранить текст как есть?</translation>
    </message>
    <message numerus="yes">
        <source>This protocol has %n error(s), listed under Problems. It will not open in the library until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>В этом протоколе %n ошибка, она указана в разделе «Проблемы». Протокол не откроется в библиотеке, пока она не исправлена. Всё равно сохранить?</numerusform>
            <numerusform>В этом протоколе %n ошибки, они указаны в разделе «Проблемы». Протокол не откроется в библиотеке, пока они не исправлены. Всё равно сохранить?</numerusform>
            <numerusform>В этом протоколе %n ошибок, они указаны в разделе «Проблемы». Протокол не откроется в библиотеке, пока они не исправлены. Всё равно сохранить?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>В %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or moved on disk.&lt;/b&gt; Save to write your version again.</source>
        <translation>&lt;b&gt;%1 удалён или перемещён на диске.&lt;/b&gt; Сохраните, чтобы снова записать вашу версию.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk.&lt;/b&gt; Reload it, keep your version, or compare the two.</source>
        <translation>&lt;b&gt;%1 изменён на диске.&lt;/b&gt; Перечитайте его, оставьте вашу версию или сравните их.</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Перечитать с диска</translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation>%1 (на диске)</translation>
    </message>
    <message>
        <source>%1 (in the editor)</source>
        <translation>%1 (в редакторе)</translation>
    </message>
    <message>
        <source>%1: disk and editor</source>
        <translation>%1: диск и редактор</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
</context>
<context>
    <name>effleur::ui::QuizWindow</name>
    <message>
        <source>Test yourself — %1</source>
        <translation>Проверь себя — %1</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Выйти из теста</translation>
    </message>
    <message>
        <source>Esc — nothing is recorded</source>
        <translation>Esc — ничего не записывается</translation>
    </message>
    <message>
        <source>Test yourself: %1</source>
        <translation>Проверь себя: %1</translation>
    </message>
    <message>
        <source>Put the steps in order, by dragging them or with Alt+↑ / Alt+↓.</source>
        <translation>Расставьте шаги по порядку: перетаскиванием или Alt+↑ / Alt+↓.</translation>
    </message>
    <message>
        <source>Find the line a step works on the diagram, and which way it goes.</source>
        <translation>Найдите на схеме линию, которую прорабатывает шаг, и направление движения.</translation>
    </message>
    <message numerus="yes">
        <source>The whole protocol (%n step(s))</source>
        <translation>
            <numerusform>Весь протокол (%n шаг)</numerusform>
            <numerusform>Весь протокол (%n шага)</numerusform>
            <numerusform>Весь протокол (%n шагов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n шаг)</numerusform>
            <numerusform>%1 (%n шага)</numerusform>
            <numerusform>%1 (%n шагов)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Охват:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Вопросы:</translation>
    </message>
    <message>
        <source>The same seed gives the same quiz, to repeat it exactly</source>
        <translation>Один и тот же вариант даёт тот же тест, чтобы повторить его в точности</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Новый вариант</translation>
    </message>
    <message>
        <source>the same seed gives the same quiz</source>
        <translation>тот же вариант — тот же тест</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>В&amp;ариант:</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Прогресс…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Repeat this quiz</source>
        <translation>По&amp;вторить этот тест</translation>
    </message>
    <message>
        <source>The same questions, from the same seed</source>
        <translation>Те же вопросы, того же варианта</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Новый тест</translation>
    </message>
    <message>
        <source>The seed is a whole number, such as 482113.</source>
        <translation>Вариант — целое число, например 482113.</translation>
    </message>
    <message>
        <source>This needs at least two steps to put in order.</source>
        <translation>Для этого нужно хотя бы два шага, чтобы расставить их по порядку.</translation>
    </message>
    <message>
        <source>This needs at least two steps: one to show, one to follow it.</source>
        <translation>Для этого нужно хотя бы два шага: один показать, другой — следующий за ним.</translation>
    </message>
    <message>
        <source>No step here works a massage line on a diagram.</source>
        <translation>Ни один шаг здесь не прорабатывает массажную линию на схеме.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · seed %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · вариант %3</translation>
    </message>
    <message>
        <source>no progress is kept here</source>
        <translation>здесь прогресс не сохраняется</translation>
    </message>
    <message>
        <source>Took %1 · saved to your progress</source>
        <translation>Пройден за %1 · сохранено в вашем прогрессе</translation>
    </message>
    <message>
        <source>Took %1 · not saved: %2</source>
        <translation>Пройден за %1 · не сохранено: %2</translation>
    </message>
    <message>
        <source>No mistakes — well done.</source>
        <translation>Без ошибок — отлично.</translation>
    </message>
    <message>
        <source>A step is shown: pick the one that follows it, with 1–4.</source>
        <translation>Показан шаг: выберите тот, что идёт за ним, клавишами 1–4.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::RefusalWords</name>
    <message>
        <source>The session is in a state it cannot be in</source>
        <translation>Сеанс в недопустимом состоянии</translation>
    </message>
    <message>
        <source>A session that has started cannot be resumed from a saved state</source>
        <translation>Начатый сеанс нельзя восстановить из сохранённого состояния</translation>
    </message>
    <message>
        <source>The session has not started yet</source>
        <translation>Сеанс ещё не начался</translation>
    </message>
    <message>
        <source>The session has not started yet: press %1 to start</source>
        <translation>Сеанс ещё не начался: нажмите %1, чтобы начать</translation>
    </message>
    <message>
        <source>The session has already started</source>
        <translation>Сеанс уже начался</translation>
    </message>
    <message>
        <source>The session is not paused</source>
        <translation>Сеанс не на паузе</translation>
    </message>
    <message>
        <source>The session is already paused</source>
        <translation>Сеанс уже на паузе</translation>
    </message>
    <message>
        <source>The session is waiting for you: its time is already stopped</source>
        <translation>Сеанс ждёт вас: время уже остановлено</translation>
    </message>
    <message>
        <source>The session is waiting for you</source>
        <translation>Сеанс ждёт вас</translation>
    </message>
    <message>
        <source>The session is waiting for you: press %1 to go on</source>
        <translation>Сеанс ждёт вас: нажмите %1, чтобы продолжить</translation>
    </message>
    <message>
        <source>The step has not started yet</source>
        <translation>Шаг ещё не начался</translation>
    </message>
    <message>
        <source>The step has not started yet: press %1 to start it</source>
        <translation>Шаг ещё не начался: нажмите %1, чтобы начать его</translation>
    </message>
    <message>
        <source>An untimed step has no time to restart</source>
        <translation>У шага без времени нечего перезапускать</translation>
    </message>
    <message>
        <source>An untimed step has no time to add or take off</source>
        <translation>Шагу без времени нельзя добавить или убавить время</translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 or %2 to run it again</source>
        <translation>Время шага вышло: нажмите %1 или %2, чтобы повторить его</translation>
    </message>
    <message>
        <source>The step&apos;s time is up: press %1 to run it again</source>
        <translation>Время шага вышло: нажмите %1, чтобы повторить его</translation>
    </message>
    <message>
        <source>The step&apos;s time is up</source>
        <translation>Время шага вышло</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>The session was busy: give the command again</source>
        <translation>Сеанс был занят: повторите команду</translation>
    </message>
    <message>
        <source>This is the first step of the session</source>
        <translation>Это первый шаг сеанса</translation>
    </message>
    <message>
        <source>A breathing step is timed by its counts: change the tempo instead</source>
        <translation>Дыхательный шаг идёт по счёту: измените темп</translation>
    </message>
    <message>
        <source>Adding no time changes nothing</source>
        <translation>Добавление нулевого времени ничего не меняет</translation>
    </message>
    <message numerus="yes">
        <source>The step would end before now: at most %n second(s) can be taken off</source>
        <translation>
            <numerusform>Шаг закончился бы раньше текущего момента: можно убавить не больше %n секунды</numerusform>
            <numerusform>Шаг закончился бы раньше текущего момента: можно убавить не больше %n секунд</numerusform>
            <numerusform>Шаг закончился бы раньше текущего момента: можно убавить не больше %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step cannot last more than %n hour(s)</source>
        <translation>
            <numerusform>Шаг не может длиться дольше %n часа</numerusform>
            <numerusform>Шаг не может длиться дольше %n часов</numerusform>
            <numerusform>Шаг не может длиться дольше %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, step %2 is not in this session</source>
        <translation>Этапа %1, шага %2 нет в этом сеансе</translation>
    </message>
    <message>
        <source>The speed must be more than %1 and at most %2</source>
        <translation>Скорость должна быть больше %1 и не больше %2</translation>
    </message>
    <message>
        <source>The breathing tempo must be from %1 to %2</source>
        <translation>Темп дыхания должен быть от %1 до %2</translation>
    </message>
    <message>
        <source>The saved session does not fit this protocol</source>
        <translation>Сохранённый сеанс не подходит к этому протоколу</translation>
    </message>
    <message>
        <source>The session did not do that</source>
        <translation>Сеанс этого не выполнил</translation>
    </message>
</context>
<context>
    <name>effleur::ui::ResumeFlow</name>
    <message numerus="yes">
        <source>%n earlier session(s) were interrupted and are kept as such.</source>
        <translation>
            <numerusform>%n прежний сеанс был прерван и сохранён как прерванный.</numerusform>
            <numerusform>%n прежних сеанса были прерваны и сохранены как прерванные.</numerusform>
            <numerusform>%n прежних сеансов были прерваны и сохранены как прерванные.</numerusform>
        </translation>
    </message>
    <message>
        <source>At: %1, %2 of %3</source>
        <translation>Место: %1, %2 из %3</translation>
    </message>
    <message>
        <source>Its protocol is no longer in the library.</source>
        <translation>Его протокола больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Its protocol file has changed since, so it cannot go on where it was.</source>
        <translation>Файл его протокола с тех пор изменился, поэтому продолжить с того же места нельзя.</translation>
    </message>
    <message>
        <source>A client session did not end: the app stopped while it ran.

%1 — %2</source>
        <translation>Сеанс с клиентом не был завершён: приложение остановилось во время сеанса.

%1 — %2</translation>
    </message>
    <message>
        <source>, day %1</source>
        <translation>, день %1</translation>
    </message>
    <message>
        <source>Session time: %1</source>
        <translation>Время сеанса: %1</translation>
    </message>
    <message numerus="yes">
        <source>Last saved %n min ago</source>
        <translation>
            <numerusform>Последнее сохранение %n минуту назад</numerusform>
            <numerusform>Последнее сохранение %n минуты назад</numerusform>
            <numerusform>Последнее сохранение %n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation>Продолжить сеанс?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;End it here</source>
        <translation>&amp;Завершить здесь</translation>
    </message>
    <message>
        <source>Resumed where it was, paused: Space goes on</source>
        <translation>Продолжено с того же места, на паузе: Пробел — дальше</translation>
    </message>
    <message>
        <source>The unfinished session is kept as ended early.</source>
        <translation>Незаконченный сеанс сохранён как завершённый досрочно.</translation>
    </message>
    <message>
        <source>It was left more than 12 hours ago.</source>
        <translation>С тех пор прошло больше 12 часов.</translation>
    </message>
    <message>
        <source>A rehearsal did not end: the app stopped while it ran.

%1</source>
        <translation>Репетиция не была завершена: приложение остановилось во время неё.

%1</translation>
    </message>
    <message>
        <source>Nothing of it is recorded.</source>
        <translation>Из неё ничего не записано.</translation>
    </message>
    <message>
        <source>Resume the rehearsal?</source>
        <translation>Продолжить репетицию?</translation>
    </message>
    <message>
        <source>The unfinished rehearsal is ended.</source>
        <translation>Незаконченная репетиция завершена.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionController</name>
    <message>
        <source>The speed changes only in a rehearsal</source>
        <translation>Скорость меняется только на репетиции</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionEndDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Заметки о сеансе</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 из %2 по плану</translation>
    </message>
    <message>
        <source>Steps: %1  ·  done %2  ·  skipped %3  ·  extended %4</source>
        <translation>Шаги: %1  ·  выполнено %2  ·  пропущено %3  ·  продлено %4</translation>
    </message>
    <message>
        <source>Went back or restarted: %1</source>
        <translation>Возвраты и повторы: %1</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Остановлен досрочно: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>The session&apos;s record cannot be read.</source>
        <translation>Запись сеанса не читается.</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Notes (all optional)</source>
        <translation>Заметки (все необязательны)</translation>
    </message>
    <message>
        <source>How the client &amp;felt</source>
        <translation>&amp;Самочувствие клиента</translation>
    </message>
    <message>
        <source>&amp;Pressure used</source>
        <translation>&amp;Нажим</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>На&amp;блюдения</translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation>&amp;Рекомендации</translation>
    </message>
    <message>
        <source>Plan for &amp;next time</source>
        <translation>&amp;План на следующий раз</translation>
    </message>
    <message>
        <source>Findings on the diagram</source>
        <translation>Наблюдения на схеме</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Сохранить &amp;заметки</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Пропус&amp;тить</translation>
    </message>
    <message>
        <source>The notes cannot be saved: %1

What you typed is kept; try again.</source>
        <translation>Не удалось сохранить заметки: %1

Введённый текст сохранён; попробуйте ещё раз.</translation>
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
        <translation>Какой день?</translation>
    </message>
    <message>
        <source>Which day of %1 is this session?</source>
        <translation>Какой день «%1» этот сеанс?</translation>
    </message>
    <message>
        <source>Last time was day %1.</source>
        <translation>В прошлый раз был день %1.</translation>
    </message>
    <message>
        <source>Effleur</source>
        <translation>Effleur</translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation>Этот сеанс нельзя начать: %1</translation>
    </message>
    <message>
        <source>The stopped screening could not be kept in the journal.</source>
        <translation>Остановленную проверку не удалось сохранить в журнале.</translation>
    </message>
    <message>
        <source>The screening that stopped this session is in the journal.</source>
        <translation>Проверка, остановившая этот сеанс, сохранена в журнале.</translation>
    </message>
    <message>
        <source>End the session on screen first (Ctrl+W), then practise</source>
        <translation>Сначала завершите сеанс на экране (Ctrl+W), затем тренируйтесь</translation>
    </message>
    <message>
        <source>Practising your weakest steps — a rehearsal</source>
        <translation>Тренировка самых слабых шагов — репетиция</translation>
    </message>
    <message>
        <source>This session cannot be recorded in the journal, so it is not kept.</source>
        <translation>Этот сеанс нельзя записать в журнал, поэтому он не сохраняется.</translation>
    </message>
    <message>
        <source>A massage session is running</source>
        <translation>Идёт сеанс массажа</translation>
    </message>
    <message>
        <source>Session complete — Ctrl+W returns to the library</source>
        <translation>Сеанс завершён — Ctrl+W возвращает в библиотеку</translation>
    </message>
    <message>
        <source>Client session</source>
        <translation>Сеанс с клиентом</translation>
    </message>
    <message>
        <source>Rehearsal — nothing is recorded</source>
        <translation>Репетиция — ничего не записывается</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Завершить сеанс?</translation>
    </message>
    <message>
        <source>The session has not finished. End it now? The journal keeps it as stopped early.</source>
        <translation>Сеанс ещё не закончен. Завершить его сейчас? В журнале он останется как остановленный досрочно.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>The notes are in the journal.</source>
        <translation>Заметки сохранены в журнале.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionRecording</name>
    <message>
        <source>The journal cannot be written to just now; this session is kept in memory and written as soon as it can be.</source>
        <translation>В журнал сейчас нельзя записать; этот сеанс хранится в памяти и будет записан, как только это станет возможно.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::SessionView</name>
    <message>
        <source>+%1 more (see the protocol)</source>
        <translation>+%1 ещё (см. протокол)</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Session left: %1</source>
        <translation>До конца сеанса: %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Продолжить</translation>
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
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>REHEARSAL — no client, nothing recorded</source>
        <translation>РЕПЕТИЦИЯ — без клиента, ничего не записывается</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Далее: конец сеанса</translation>
    </message>
    <message>
        <source>Next: ?  — recall it; it shows when it begins</source>
        <translation>Далее: ?  — вспомните; он появится, когда начнётся</translation>
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
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Ready — press %1 to start</source>
        <translation>Готово — нажмите %1</translation>
    </message>
    <message>
        <source>Procedure — press %1 when done</source>
        <translation>Процедура — в конце нажмите %1</translation>
    </message>
    <message>
        <source>Get ready — press %1 to begin</source>
        <translation>Приготовьтесь — нажмите %1</translation>
    </message>
    <message>
        <source>Explain this step — then press %1 for the next</source>
        <translation>Объясните шаг — затем %1 к следующему</translation>
    </message>
    <message>
        <source>Time is up — press %1 for the next step</source>
        <translation>Время вышло — %1 к следующему шагу</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Скорость %1</translation>
    </message>
    <message>
        <source>%1
count %2 of %3 · round %4 of %5</source>
        <translation>%1
счёт %2 из %3 · круг %4 из %5</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n повтор</numerusform>
            <numerusform>%n повтора</numerusform>
            <numerusform>%n повторов</numerusform>
        </translation>
    </message>
    <message>
        <source>−15 s</source>
        <translation>−15 с</translation>
    </message>
    <message>
        <source>%1 slower</source>
        <extracomment>The key that slows a rehearsal down, as the session panel shows it: &quot;[ slower&quot;.</extracomment>
        <translation>%1 медленнее</translation>
    </message>
    <message>
        <source>%1 faster</source>
        <extracomment>The key that speeds a rehearsal up, as the session panel shows it: &quot;] faster&quot;.</extracomment>
        <translation>%1 быстрее</translation>
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
        <translation>&amp;Правка</translation>
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
        <translation>&amp;Клиенты и сеансы…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>S&amp;tudy</source>
        <translation>&amp;Учёба</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;New protocol…</source>
        <translation>&amp;Создать протокол…</translation>
    </message>
    <message>
        <source>&amp;Edit protocol…</source>
        <translation>&amp;Изменить протокол…</translation>
    </message>
    <message>
        <source>&amp;Duplicate to my protocols…</source>
        <translation>&amp;Копировать в мои протоколы…</translation>
    </message>
    <message>
        <source>&amp;Open in external editor</source>
        <translation>&amp;Открыть во внешнем редакторе</translation>
    </message>
    <message>
        <source>&amp;Find protocol</source>
        <translation>&amp;Найти протокол</translation>
    </message>
    <message>
        <source>&amp;Reload library</source>
        <translation>&amp;Перечитать библиотеку</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Пе&amp;чать карточки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить в&amp;сё</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Start session…</source>
        <translation>&amp;Начать сеанс…</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Репетиция…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <source>&amp;Mute cues</source>
        <translation>&amp;Без звука</translation>
    </message>
    <message>
        <source>&amp;System theme</source>
        <translation>&amp;Системная тема</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>С&amp;ветлая тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <source>&amp;Glance mode (F11)</source>
        <translation>&amp;Крупный вид (F11)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>П&amp;роблемы</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Тест…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Прогресс…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Session &amp;keys</source>
        <translation>&amp;Клавиши сеанса</translation>
    </message>
    <message>
        <source>&amp;About Effleur</source>
        <translation>&amp;О программе Effleur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>About Effleur</source>
        <translation>О программе Effleur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;A massage-protocol guide and session timer.&lt;/p&gt;&lt;p&gt;The checklist supports the specialist&apos;s judgment; it does not replace it.&lt;/p&gt;&lt;p&gt;Help › User guide (F1) explains every view; it is installed with Effleur and needs no network.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Effleur %1&lt;/h3&gt;&lt;p&gt;Справочник по протоколам массажа и таймер сеанса.&lt;/p&gt;&lt;p&gt;Опросник помогает специалисту принять решение, но не заменяет его суждения.&lt;/p&gt;&lt;p&gt;Справка › Руководство пользователя (F1) описывает каждый экран; оно устанавливается вместе с Effleur и не требует сети.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session keys</source>
        <translation>Клавиши сеанса</translation>
    </message>
</context>
<context>
    <name>effleur::ui::StepPicture</name>
    <message>
        <source>A breathing exercise</source>
        <translation>Дыхательное упражнение</translation>
    </message>
    <message>
        <source>A procedure, no massage lines</source>
        <translation>Процедура, без массажных линий</translation>
    </message>
    <message>
        <source>No massage lines</source>
        <translation>Без массажных линий</translation>
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
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Which line, which way</source>
        <translation>Какая линия, куда</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3)</source>
        <translation>Верно %1 из %2 (%3)</translation>
    </message>
    <message>
        <source>whole protocol</source>
        <translation>весь протокол</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>этап %1</translation>
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
        <translation>Не удалось открыть ваш прогресс в тестах, поэтому этот результат не сохранён.

%1</translation>
    </message>
    <message>
        <source>Progress — %1</source>
        <translation>Прогресс — %1</translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayShell</name>
    <message>
        <source>The client&apos;s course could not be kept in the journal.</source>
        <translation>Курс клиента не удалось сохранить в журнале.</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>был назначен на %1</translation>
    </message>
    <message>
        <source>is due today</source>
        <translation>назначен на сегодня</translation>
    </message>
    <message>
        <source>is due %1</source>
        <translation>назначен на %1</translation>
    </message>
    <message>
        <source>In the course, day %1 %2.</source>
        <translation>По курсу день %1 %2.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::TodayView</name>
    <message>
        <source>Nothing is due this week.</source>
        <translation>На этой неделе ничего не назначено.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Начать сеанс</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>A client appears here when a session of their course is due.</source>
        <translation>Клиент появляется здесь, когда подходит срок сеанса его курса.</translation>
    </message>
</context>
<context>
    <name>effleur::ui::Words</name>
    <message>
        <source>Breathe in — belly</source>
        <translation>Вдох — животом</translation>
    </message>
    <message>
        <source>Breathe in — chest</source>
        <translation>Вдох — грудью</translation>
    </message>
    <message>
        <source>Breathe out — chest</source>
        <translation>Выдох — грудью</translation>
    </message>
    <message>
        <source>Breathe out — belly</source>
        <translation>Выдох — животом</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Breathe in, belly</source>
        <translation>Вдох, живот</translation>
    </message>
    <message>
        <source>Breathe in, chest</source>
        <translation>Вдох, грудь</translation>
    </message>
    <message>
        <source>Breathe out, chest</source>
        <translation>Выдох, грудь</translation>
    </message>
    <message>
        <source>Breathe out, belly</source>
        <translation>Выдох, живот</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>левая сторона</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>правая сторона</translation>
    </message>
    <message>
        <source>Stroking</source>
        <translation>Поглаживание</translation>
    </message>
    <message>
        <source>Rubbing</source>
        <translation>Растирание</translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation>Разминание</translation>
    </message>
    <message>
        <source>Tapping</source>
        <translation>Поколачивание</translation>
    </message>
    <message>
        <source>Vibration</source>
        <translation>Вибрация</translation>
    </message>
    <message>
        <source>Pressing</source>
        <translation>Надавливание</translation>
    </message>
    <message>
        <source>Fixation</source>
        <translation>Фиксация</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Валяние</translation>
    </message>
    <message>
        <source>Sawing</source>
        <translation>Пиление</translation>
    </message>
    <message>
        <source>Planing</source>
        <translation>Строгание</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Штрихование</translation>
    </message>
    <message>
        <source>Pinching</source>
        <translation>Пощипывание</translation>
    </message>
    <message>
        <source>Squeezing</source>
        <translation>Выжимание</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>Дренаж</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Дыхание</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>superficial pressure</source>
        <translation>поверхностный нажим</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>средний нажим</translation>
    </message>
    <message>
        <source>deep pressure</source>
        <translation>глубокий нажим</translation>
    </message>
    <message>
        <source>Absolute — stops the session</source>
        <translation>Абсолютное — останавливает сеанс</translation>
    </message>
    <message>
        <source>Relative — needs acknowledgement</source>
        <translation>Относительное — нужно подтверждение</translation>
    </message>
    <message>
        <source>Tell the specialist first</source>
        <translation>Сначала сообщить специалисту</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>абсолютное</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>относительное</translation>
    </message>
    <message>
        <source>tell the specialist</source>
        <translation>сообщить специалисту</translation>
    </message>
    <message>
        <source>Soft-tissue tension</source>
        <translation>Напряжение мягких тканей</translation>
    </message>
    <message>
        <source>Mobility of face, neck and head</source>
        <translation>Подвижность лица, шеи и головы</translation>
    </message>
    <message>
        <source>Asymmetries</source>
        <translation>Асимметрии</translation>
    </message>
    <message>
        <source>Flow of blood and lymph</source>
        <translation>Кровоток и лимфоток</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>source %1, lines %2–%3</source>
        <translation>источник %1, строки %2–%3</translation>
    </message>
    <message>
        <source>source %1, line %2</source>
        <translation>источник %1, строка %2</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <source>%1 — a suggested contraindication for %2, taken from %3</source>
        <translation>%1 — предлагаемое противопоказание для «%2» (взято из: %3)</translation>
    </message>
    <message>
        <source>%1 — listed as a contraindication for %2 (%3)</source>
        <translation>%1 — указано как противопоказание для «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 — listed as a relative contraindication for %2 (%3)</source>
        <translation>%1 — указано как относительное противопоказание для «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 — the source says the specialist must be told (%2)</source>
        <translation>%1 — по источнику, нужно сообщить специалисту (%2)</translation>
    </message>
    <message>
        <source>Confirm last time&apos;s answers with the client first.</source>
        <translation>Сначала подтвердите с клиентом ответы прошлого раза.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered yet.</source>
        <translation>
            <numerusform>%n пункт без ответа.</numerusform>
            <numerusform>%n пункта без ответа.</numerusform>
            <numerusform>%n пунктов без ответа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge %1.</source>
        <translation>Подтвердите: %1.</translation>
    </message>
    <message>
        <source>face</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>шея</translation>
    </message>
    <message>
        <source>décolleté</source>
        <translation>зона декольте</translation>
    </message>
    <message>
        <source>collar</source>
        <translation>воротниковая зона</translation>
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
        <translation>верхняя часть тела</translation>
    </message>
    <message>
        <source>ended by the therapist</source>
        <translation>завершён массажистом</translation>
    </message>
    <message>
        <source>interrupted by a crash</source>
        <translation>прерван из-за сбоя</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>напряжение</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>боль</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>синяк</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>инъекция</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
</TS>
