<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchiveOrganizationCommand</name>
    <message>
        <source>archive «%1»</source>
        <translation>архивирование «%1»</translation>
    </message>
    <message>
        <source>restore «%1»</source>
        <translation>восстановление «%1»</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Organizations to create (default 300).</source>
        <translation>Сколько организаций создать (по умолчанию 300).</translation>
    </message>
    <message>
        <source>Months of sales history (default 24).</source>
        <translation>Сколько месяцев истории продаж (по умолчанию 24).</translation>
    </message>
    <message>
        <source>Tasks to create (default 2000).</source>
        <translation>Сколько задач создать (по умолчанию 2000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Начальное значение генератора случайных чисел; при одном и том же значении получаются одни и те же данные.</translation>
    </message>
    <message>
        <source>Organizations with sales history (default: up to 10000).</source>
        <translation>Сколько организаций с историей продаж (по умолчанию — до 10000).</translation>
    </message>
    <message>
        <source>--clients, --months, --tasks, --seed and --buyers take whole numbers of 0 or more.</source>
        <translation>--clients, --months, --tasks, --seed и --buyers принимают целые неотрицательные числа.</translation>
    </message>
    <message>
        <source>--months takes at most 600 and --seed at most 4294967295.</source>
        <translation>--months принимает не больше 600, а --seed — не больше 4294967295.</translation>
    </message>
    <message>
        <source>«%1» is read-only; demo data cannot be written.</source>
        <translation>«%1» доступна только для чтения; демонстрационные данные записать нельзя.</translation>
    </message>
    <message>
        <source>Created %1 organizations, %2 persons, %3 users, %4 projects, %5 deals, %6 tasks and %7 sales in %8 s.</source>
        <translation>Создано за %8 с: организаций — %1, контактных лиц — %2, пользователей — %3, проектов — %4, сделок — %5, задач — %6, продаж — %7.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>Версия схемы: %1 (эта программа знает версии до %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Целостность: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>нарушена</translation>
    </message>
    <message>
        <source>Where to write the copy; must not exist yet.</source>
        <translation>Куда записать копию; такого файла ещё не должно быть.</translation>
    </message>
    <message>
        <source>backup takes one FILE.</source>
        <translation>backup принимает один аргумент FILE.</translation>
    </message>
    <message>
        <source>Backed up «%1» to «%2».</source>
        <translation>Резервная копия «%1» записана в «%2».</translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Подсчитать записи каждого вида.</translation>
    </message>
    <message>
        <source>Fill the database with realistic demo data.</source>
        <translation>Заполнить базу данных правдоподобными демонстрационными данными.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Проверить целостность базы данных и версию её схемы.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the live database to FILE.</source>
        <translation>Записать согласованную копию рабочей базы данных в FILE.</translation>
    </message>
    <message>
        <source>Find organizations and persons by part of a name, INN, phone, e-mail or city.</source>
        <translation>Найти организации и контактных лиц по части наименования или ФИО, ИНН, телефона, e-mail или города.</translation>
    </message>
    <message>
        <source>ABC/XYZ segmentation as a table, JSON, CSV or PDF report.</source>
        <translation>ABC/XYZ-сегментация в виде таблицы, JSON, CSV или отчёта PDF.</translation>
    </message>
    <message>
        <source>tasks report: hours, done on time and overdue per user, type, state or organization.</source>
        <translation>tasks report: часы, задачи, выполненные в срок и просроченные, по пользователям, типам, состояниям или организациям.</translation>
    </message>
    <message>
        <source>«%1» does not exist.</source>
        <translation>«%1» не существует.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Kartoteka CRM from the command line.</source>
        <translation>CRM «Картотека» из командной строки.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Что сделать.</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>команда не указана; см. --help.</translation>
    </message>
    <message>
        <source>unknown command «%1»; see --help.</source>
        <translation>неизвестная команда «%1»; см. --help.</translation>
    </message>
    <message>
        <source>Import clients or sales (CSV), contacts (vCard) or tasks (iCalendar); undo or list imports.</source>
        <translation>Импорт клиентов или продаж (CSV), контактов (vCard) или задач (iCalendar); отмена и список импортов.</translation>
    </message>
    <message>
        <source>Export organizations or persons as CSV or vCard, tasks as iCalendar.</source>
        <translation>Экспорт организаций или людей в CSV или vCard, задач в iCalendar.</translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>Organization #%1 disappeared during the import.</source>
        <translation>Организация №%1 исчезла во время импорта.</translation>
    </message>
</context>
<context>
    <name>ClientRowBuilder</name>
    <message>
        <source>broken quoting</source>
        <translation>нарушены кавычки</translation>
    </message>
    <message>
        <source>%1 fields where the file has %2 columns</source>
        <translation>%1 полей, а в файле %2 столбцов</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN; kept as typed</source>
        <translation>«%1» — неверный ИНН; сохранён как есть</translation>
    </message>
    <message>
        <source>«%1» is not a known kind of counterparty; «client» is used</source>
        <translation>«%1» — неизвестный тип контрагента; указан «клиент»</translation>
    </message>
    <message>
        <source>there is no user «%1»; the manager is left empty</source>
        <translation>пользователя «%1» нет; менеджер не указан</translation>
    </message>
    <message>
        <source>«%1» is not a date; the import time is used</source>
        <translation>«%1» — не дата; взято время импорта</translation>
    </message>
    <message>
        <source>the organization&apos;s name is empty</source>
        <translation>наименование организации не заполнено</translation>
    </message>
    <message>
        <source>«%1» is not a valid phone number; kept as typed</source>
        <translation>«%1» — неверный номер телефона; сохранён как есть</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail; kept as typed</source>
        <translation>«%1» — неверный адрес эл. почты; сохранён как есть</translation>
    </message>
    <message>
        <source>«%1» is not a known service priority; «normal» is used</source>
        <translation>«%1» — неизвестный приоритет обслуживания; указан «обычный»</translation>
    </message>
    <message>
        <source>«%1» is not a date; the birthday is left empty</source>
        <translation>«%1» — не дата; день рождения не указан</translation>
    </message>
    <message>
        <source>«%1» is not a value of «%2»; it is left empty</source>
        <translation>«%1» не подходит полю «%2»; поле оставлено пустым</translation>
    </message>
</context>
<context>
    <name>ContactChecks</name>
    <message>
        <source>Not a phone number: %1.</source>
        <translation>Не номер телефона: %1.</translation>
    </message>
    <message>
        <source>No phone number found in «%1».</source>
        <translation>В «%1» не найден номер телефона.</translation>
    </message>
    <message>
        <source>«%1» does not look like an e-mail address (name@example.ru).</source>
        <translation>«%1» не похоже на адрес эл. почты (name@example.ru).</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Key client</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <source>new</source>
        <comment>XYZ class of a client with too short a history</comment>
        <translation>новый</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ContactsCsvExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Не удаётся записать файл экспорта: %1</translation>
    </message>
</context>
<context>
    <name>CreateOrganizationCommand</name>
    <message>
        <source>create «%1»</source>
        <translation>создание «%1»</translation>
    </message>
</context>
<context>
    <name>CreateTaskCommand</name>
    <message>
        <source>create task «%1»</source>
        <translation>создание задачи «%1»</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Не удаётся записать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Cannot write «%1»: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Cannot write the rejects to «%1»: %2</source>
        <translation>Не удаётся записать отклонённые строки в «%1»: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Reading «%1» failed: %2; nothing was written.</source>
        <translation>Не удалось прочитать «%1»: %2; ничего не записано.</translation>
    </message>
    <message>
        <source>The rejects cannot be written to «%1»: it is the database or the file being imported. Nothing was imported.</source>
        <translation>Отклонённые строки нельзя записать в «%1»: это база данных или импортируемый файл. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Файл не открыт для чтения.</translation>
    </message>
    <message>
        <source>Unknown encoding «%1».</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
    <message>
        <source>«%1» cannot separate fields.</source>
        <translation>«%1» не может разделять поля.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>«%1» cannot be read: %2</source>
        <translation>«%1» не читается: %2</translation>
    </message>
    <message>
        <source>«%1» is empty</source>
        <translation>«%1» пуст</translation>
    </message>
    <message>
        <source>Unknown encoding «%1».</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
    <message>
        <source>«%1» looks like a binary file, not a CSV text</source>
        <translation>«%1» похож на двоичный файл, а не на текст CSV</translation>
    </message>
</context>
<context>
    <name>CustomFieldChangeCommand</name>
    <message>
        <source>add the field «%1»</source>
        <translation>добавление поля «%1»</translation>
    </message>
    <message>
        <source>delete the field «%1»</source>
        <translation>удаление поля «%1»</translation>
    </message>
    <message>
        <source>change the field «%1»</source>
        <translation>изменение поля «%1»</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>A custom field needs a label.</source>
        <translation>У дополнительного поля должна быть подпись.</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>В поле выбора из списка должен быть хотя бы один вариант.</translation>
    </message>
    <message>
        <source>There is already a field %1.</source>
        <translation>Поле %1 уже есть.</translation>
    </message>
    <message>
        <source>A custom field cannot move to another kind of record.</source>
        <translation>Дополнительное поле нельзя перенести в записи другого вида.</translation>
    </message>
    <message>
        <source>The type of a field that has values cannot change.</source>
        <translation>Тип поля, у которого есть значения, изменить нельзя.</translation>
    </message>
    <message>
        <source>There is no organization #%1.</source>
        <translation>Организации №%1 нет.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Человека №%1 нет.</translation>
    </message>
    <message>
        <source>%1 is not a valid value of %2.</source>
        <translation>%1 — недопустимое значение поля %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>«%1» is not a Kartoteka database: it is not an SQLite file.</source>
        <translation>«%1» — не база данных Картотеки: это не файл SQLite.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>«%1» is not a file.</source>
        <translation>«%1» — не файл.</translation>
    </message>
    <message>
        <source>«%1» does not exist.</source>
        <translation>«%1» не существует.</translation>
    </message>
    <message>
        <source>Cannot create the folder «%1».</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>«%1» was written by a newer version of Kartoteka (schema %2; this version knows up to %3). Update Kartoteka to open it.</source>
        <translation>«%1» записана более новой версией Картотеки (схема %2; эта версия знает схемы до %3). Обновите Картотеку, чтобы открыть её.</translation>
    </message>
    <message>
        <source>«%1» is an SQLite database of another program, not Kartoteka&apos;s.</source>
        <translation>«%1» — база данных SQLite другой программы, а не Картотеки.</translation>
    </message>
    <message>
        <source>«%1» is read-only and needs a schema upgrade before Kartoteka can use it.</source>
        <translation>«%1» доступна только для чтения, а перед работой с ней Картотеке нужно обновить её схему.</translation>
    </message>
    <message>
        <source>Cannot open «%1»</source>
        <translation>Не удаётся открыть «%1»</translation>
    </message>
    <message>
        <source>Cannot switch «%1» to write-ahead logging; another program may be using it.</source>
        <translation>Не удаётся перевести «%1» в режим журнала упреждающей записи (WAL); возможно, её использует другая программа.</translation>
    </message>
    <message>
        <source>No upgrade was made: the backup before it failed: %1</source>
        <translation>Обновление не выполнено: не удалась резервная копия перед ним: %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>Не удалось обновить схему до версии %1: %2</translation>
    </message>
    <message>
        <source>«%1» already exists; choose another name for the backup.</source>
        <translation>«%1» уже существует; выберите другое имя для резервной копии.</translation>
    </message>
    <message>
        <source>Backup to «%1» failed: %2</source>
        <translation>Не удалось создать резервную копию в «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>the database is locked by another program; try again when it is done</source>
        <translation>база данных заблокирована другой программой; повторите попытку, когда та закончит работу</translation>
    </message>
    <message>
        <source>the database is open read-only; changes cannot be saved</source>
        <translation>база данных открыта только для чтения; изменения сохранить нельзя</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>файл базы данных повреждён (%1); восстановите его из резервной копии</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>файл не является базой данных SQLite</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1)</source>
        <translation>файл базы данных не открывается (%1)</translation>
    </message>
</context>
<context>
    <name>DatabaseUpgrade</name>
    <message>
        <source>Upgrading «%1» for this version of Kartoteka (a backup is taken first)…</source>
        <translation>Обновление «%1» для этой версии Kartoteka (сначала делается резервная копия)…</translation>
    </message>
    <message>
        <source>Database upgrade</source>
        <translation>Обновление базы данных</translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <source>d MMMM</source>
        <comment>QLocale date format: a day and its month</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date format: a day, its month and year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format: a day and its month, short</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month of a year: %1 the month&apos;s standalone name, %2 the year, %3 the month&apos;s number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>QLocale date format: a day&apos;s header, the longest</comment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>ddd, d MMMM</source>
        <comment>QLocale date format: a day&apos;s header, shorter</comment>
        <translation>ddd, d MMMM</translation>
    </message>
    <message>
        <source>ddd, d MMM</source>
        <comment>QLocale date format: a day&apos;s header, shorter still</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>QLocale date format: a day&apos;s header, short</comment>
        <translation>ddd d</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a name.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>The amount of a deal cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A deal cannot close before it opens.</source>
        <translation>Сделка не может закрыться раньше, чем открылась.</translation>
    </message>
    <message>
        <source>it has %1; mark it lost instead</source>
        <translation>у неё есть %1; вместо удаления отметьте её как проигранную</translation>
    </message>
    <message>
        <source>The deal cannot be deleted: %1.</source>
        <translation>Сделку нельзя удалить: %1.</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationCommand</name>
    <message>
        <source>delete «%1»</source>
        <translation>удаление «%1»</translation>
    </message>
</context>
<context>
    <name>DeleteTaskCommand</name>
    <message>
        <source>delete task</source>
        <translation>удаление задачи</translation>
    </message>
    <message>
        <source>delete task «%1»</source>
        <translation>удаление задачи «%1»</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation>Создание демонстрационных данных отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Demo data needs non-negative counts and at most 600 months.</source>
        <translation>Для демонстрационных данных нужны неотрицательные количества и не более 600 месяцев.</translation>
    </message>
    <message>
        <source>Demo data takes at most %L1 organizations and %L2 tasks.</source>
        <translation>Демонстрационные данные — не более %L1 организаций и %L2 задач.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same INN</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>та же эл. почта</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>similar name, same city</source>
        <translation>похожее наименование, тот же город</translation>
    </message>
</context>
<context>
    <name>EditOrganizationCommand</name>
    <message>
        <source>edit «%1»</source>
        <translation>изменение «%1»</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <source>edit task «%1»</source>
        <translation>изменение задачи «%1»</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message>
        <source>export tasks needs --ics FILE (- for stdout).</source>
        <translation>export tasks требует --ics FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not «%2».</source>
        <translation>--%1 принимает дату в виде YYYY-MM-DD, а не «%2».</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to раньше --from.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Не удаётся записать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Cannot write «%1»: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to «%1».</source>
        <translation>
            <numerusform>Экспортирована %n задача в «%1».</numerusform>
            <numerusform>Экспортированы %n задачи в «%1».</numerusform>
            <numerusform>Экспортировано %n задач в «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>organizations, persons or tasks</source>
        <translation>organizations, persons или tasks</translation>
    </message>
    <message>
        <source>Write the tasks as iCalendar to FILE (- for stdout).</source>
        <translation>Записать задачи в формате iCalendar в FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>Tasks planned on or after DATE (YYYY-MM-DD).</source>
        <translation>Задачи, запланированные на DATE или позже (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Tasks planned on or before DATE (YYYY-MM-DD).</source>
        <translation>Задачи, запланированные на DATE или раньше (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write CSV to FILE (- for stdout).</source>
        <translation>Записать CSV в FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>Write the persons as vCards to FILE (- for stdout).</source>
        <translation>Записать контактных лиц в формате vCard в FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>vCard version: 3 (the default) or 4.</source>
        <translation>Версия vCard: 3 (по умолчанию) или 4.</translation>
    </message>
    <message>
        <source>Include archived records.</source>
        <translation>Включить записи из архива.</translation>
    </message>
    <message>
        <source>export takes organizations, persons or tasks.</source>
        <translation>export принимает organizations, persons или tasks.</translation>
    </message>
    <message>
        <source>--vcard exports persons, instead of --csv.</source>
        <translation>--vcard экспортирует только persons и используется вместо --csv.</translation>
    </message>
    <message>
        <source>export needs --csv FILE or, for persons, --vcard FILE (- for stdout).</source>
        <translation>export требует --csv FILE или, для persons, --vcard FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>--vcard-version takes 3 or 4.</source>
        <translation>--vcard-version принимает 3 или 4.</translation>
    </message>
    <message>
        <source>Exported %1 rows to «%2».</source>
        <translation>В «%2» экспортировано строк: %1.</translation>
    </message>
</context>
<context>
    <name>IcsComponentReader</name>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>Reading «%1» failed: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>%1 closes nothing that was begun</source>
        <translation>%1: перед этой строкой нет соответствующей строки BEGIN</translation>
    </message>
    <message>
        <source>«%1» is not a complete iCalendar file (BEGIN:VCALENDAR … END:VCALENDAR).</source>
        <translation>«%1» — неполный файл iCalendar (BEGIN:VCALENDAR … END:VCALENDAR).</translation>
    </message>
    <message>
        <source>libical cannot read it: %1</source>
        <translation>libical не может его прочитать: %1</translation>
    </message>
</context>
<context>
    <name>ImportBackup</name>
    <message>
        <source>«%1» is open read-only; nothing can be imported into it.</source>
        <translation>«%1» открыта только для чтения; импортировать в неё нельзя.</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before it failed: %1</source>
        <translation>Ничего не импортировано: не удалась резервная копия перед импортом: %1</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>An import needs the path of its file.</source>
        <translation>Для импорта нужен путь к файлу.</translation>
    </message>
    <message>
        <source>An import cannot count fewer than no rows.</source>
        <translation>Число строк импорта не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The import of %1 has already finished.</source>
        <translation>Импорт %1 уже завершён.</translation>
    </message>
    <message>
        <source>The import of %1 has already been undone.</source>
        <translation>Импорт %1 уже отменён.</translation>
    </message>
</context>
<context>
    <name>ImportChangeRepository</name>
    <message>
        <source>An updated record needs its previous values to be undone.</source>
        <translation>Чтобы отменить изменение записи, нужны её прежние значения.</translation>
    </message>
    <message>
        <source>The previous values are not JSON: %1.</source>
        <translation>Прежние значения — не JSON: %1.</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>«%1» is not an encoding this system knows.</source>
        <translation>Кодировка «%1» этой системе неизвестна.</translation>
    </message>
    <message>
        <source>--delimiter takes auto, tab or one character.</source>
        <translation>--delimiter принимает auto, tab или один символ.</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD, not «%1».</source>
        <translation>--map принимает HEADER=FIELD, а не «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, skip or create.</source>
        <translation>--on-duplicate принимает merge, skip или create.</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy.</source>
        <translation>--date-order принимает dmy или mdy.</translation>
    </message>
    <message>
        <source>Read %1 rows (%2, delimiter %3): %4 created, %5 merged, %6 skipped, %7 rejected, %8 warnings.</source>
        <translation>Прочитано строк: %1 (%2, разделитель %3); создано: %4, объединено: %5, пропущено: %6, отклонено: %7, предупреждений: %8.</translation>
    </message>
    <message>
        <source>  line %1: rejected: %2</source>
        <translation>  строка %1: отклонено: %2</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  строка %1: %2</translation>
    </message>
    <message>
        <source>Rejected rows were written to «%1».</source>
        <translation>Отклонённые строки записаны в «%1».</translation>
    </message>
    <message>
        <source>Import #%1 done; `import undo %1` takes it back.</source>
        <translation>Импорт №%1 выполнен; `import undo %1` отменит его.</translation>
    </message>
    <message numerus="yes">
        <source>--strict: %n row(s) could not be read, so nothing was imported.</source>
        <translation>
            <numerusform>--strict: %n строку не удалось прочитать, поэтому ничего не импортировано.</numerusform>
            <numerusform>--strict: %n строки не удалось прочитать, поэтому ничего не импортировано.</numerusform>
            <numerusform>--strict: %n строк не удалось прочитать, поэтому ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database has several users: say whose tasks these are with --user LOGIN.</source>
        <translation>В базе данных несколько пользователей: укажите с помощью --user LOGIN, чьи это задачи.</translation>
    </message>
    <message>
        <source>%1 rows, %2 created, %3 merged, %4 rejected%5</source>
        <translation>строк: %1, создано: %2, объединено: %3, отклонено: %4%5</translation>
    </message>
    <message>
        <source>, undone</source>
        <translation>, отменён</translation>
    </message>
    <message>
        <source>clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH or list.</source>
        <translation>clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH или list.</translation>
    </message>
    <message>
        <source>auto (default) or an encoding name, e.g. windows-1251.</source>
        <translation>auto (по умолчанию) или название кодировки, например windows-1251.</translation>
    </message>
    <message>
        <source>auto (default), tab or one character.</source>
        <translation>auto (по умолчанию), tab или один символ.</translation>
    </message>
    <message>
        <source>Use the saved import profile NAME.</source>
        <translation>Использовать сохранённый профиль импорта NAME.</translation>
    </message>
    <message>
        <source>Save these settings as the profile NAME.</source>
        <translation>Сохранить эти настройки как профиль NAME.</translation>
    </message>
    <message>
        <source>Map a column: HEADER=FIELD (repeatable; FIELD - ignores it).</source>
        <translation>Сопоставить столбец полю: HEADER=FIELD (можно повторять; FIELD, равное -, пропускает столбец).</translation>
    </message>
    <message>
        <source>merge (default), skip or create.</source>
        <translation>merge (по умолчанию), skip или create.</translation>
    </message>
    <message>
        <source>dmy or mdy, for dates like 03/04/2025.</source>
        <translation>dmy или mdy — для дат вида 03/04/2025.</translation>
    </message>
    <message>
        <source>Country of phone numbers without a code (default RU).</source>
        <translation>Страна для телефонных номеров без кода (по умолчанию RU).</translation>
    </message>
    <message>
        <source>Write nothing unless every row can be read.</source>
        <translation>Ничего не записывать, если хоть одну строку не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Write the rejected rows to FILE.</source>
        <translation>Записать отклонённые строки в FILE.</translation>
    </message>
    <message>
        <source>Print one JSON object (an array for list).</source>
        <translation>Вывести один объект JSON (для list — массив).</translation>
    </message>
    <message>
        <source>ics: whose tasks they become (a login; default: the only user).</source>
        <translation>ics: чьими задачами они станут (логин; по умолчанию — единственный пользователь).</translation>
    </message>
    <message>
        <source>import takes clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH or list.</source>
        <translation>import принимает clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH или list.</translation>
    </message>
    <message>
        <source>«%1» is read-only; nothing can be imported or undone.</source>
        <translation>«%1» доступна только для чтения; ничего нельзя ни импортировать, ни отменить.</translation>
    </message>
    <message>
        <source>import undo takes a batch number.</source>
        <translation>import undo принимает номер импорта.</translation>
    </message>
    <message>
        <source>Import #%1 was undone.</source>
        <translation>Импорт №%1 отменён.</translation>
    </message>
    <message>
        <source>--region takes a country as two letters (RU, BY, KZ, CN…), not «%1».</source>
        <translation>--region — страна двумя буквами (RU, BY, KZ, CN…), а не «%1».</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>Map a column to «%1»: every client needs a name.</source>
        <translation>Сопоставьте какой-нибудь столбец с полем «%1»: у каждого клиента должно быть наименование.</translation>
    </message>
    <message>
        <source>«%1» or «%2»</source>
        <translation>«%1» или «%2»</translation>
    </message>
    <message>
        <source>Map a column to each of: %1. A sales line needs them.</source>
        <translation>Сопоставьте столбцы с каждым из полей: %1. Без них строку продаж не прочитать.</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ImportFieldNames</name>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Доп. поле: %1</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Организационно-правовая форма</translation>
    </message>
    <message>
        <source>Service priority</source>
        <translation>Приоритет обслуживания</translation>
    </message>
    <message>
        <source>Price terms</source>
        <translation>Ценовые условия</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <source>Contact&apos;s birthday</source>
        <translation>День рождения контактного лица</translation>
    </message>
    <message>
        <source>Notes on the contact</source>
        <translation>Примечание о контактном лице</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The dates in column «%1» could be day/month or month/day; choose the order (--date-order dmy or mdy).</source>
        <translation>Даты в столбце «%1» могут быть записаны как день/месяц или месяц/день; укажите порядок (--date-order dmy или mdy).</translation>
    </message>
    <message>
        <source>The file has no column «%1».</source>
        <translation>В файле нет столбца «%1».</translation>
    </message>
    <message>
        <source>«%1» is not a field; use one of: %2.</source>
        <translation>«%1» — не поле; используйте одно из: %2.</translation>
    </message>
    <message>
        <source>No column is mapped to «%1»; map one with HEADER=%2.</source>
        <translation>Ни один столбец не сопоставлен с полем «%1»; укажите его: ЗАГОЛОВОК=%2.</translation>
    </message>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>The dates in columns %1 could be day/month or month/day; choose the order (--date-order dmy or mdy).</source>
        <translation>Даты в столбцах %1 могут быть записаны как день/месяц или месяц/день; укажите порядок (--date-order dmy или mdy).</translation>
    </message>
    <message>
        <source>«%1»</source>
        <comment>a column&apos;s header in a message</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ImportProfileRepository</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть название.</translation>
    </message>
    <message>
        <source>There is no import profile «%1».</source>
        <translation>Профиля импорта «%1» нет.</translation>
    </message>
    <message>
        <source>The import profile «%1» is for %2, not for this import.</source>
        <translation>Профиль импорта «%1» предназначен для %2, а не для этого импорта.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>%n task(s) of its organizations</source>
        <translation>
            <numerusform>%n задача его организаций</numerusform>
            <numerusform>%n задачи его организаций</numerusform>
            <numerusform>%n задач его организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) added to its organizations since</source>
        <translation>
            <numerusform>%n продажа, добавленная с тех пор его организациям</numerusform>
            <numerusform>%n продажи, добавленные с тех пор его организациям</numerusform>
            <numerusform>%n продаж, добавленных с тех пор его организациям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to its organizations since</source>
        <translation>
            <numerusform>%n контактное лицо, добавленное с тех пор его организациям</numerusform>
            <numerusform>%n контактных лица, добавленных с тех пор его организациям</numerusform>
            <numerusform>%n контактных лиц, добавленных с тех пор его организациям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by later imports</source>
        <translation>
            <numerusform>%n изменение более поздними импортами</numerusform>
            <numerusform>%n изменения более поздними импортами</numerusform>
            <numerusform>%n изменений более поздними импортами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of its organizations</source>
        <translation>
            <numerusform>%n проект его организаций</numerusform>
            <numerusform>%n проекта его организаций</numerusform>
            <numerusform>%n проектов его организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) of its organizations</source>
        <translation>
            <numerusform>%n сделка его организаций</numerusform>
            <numerusform>%n сделки его организаций</numerusform>
            <numerusform>%n сделок его организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of its persons</source>
        <translation>
            <numerusform>%n задача его контактных лиц</numerusform>
            <numerusform>%n задачи его контактных лиц</numerusform>
            <numerusform>%n задач его контактных лиц</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import #%1.</source>
        <translation>Импорта №%1 нет.</translation>
    </message>
    <message>
        <source>Import #%1 was undone already.</source>
        <translation>Импорт №%1 уже отменён.</translation>
    </message>
    <message>
        <source>Import #%1 cannot be undone: what it created now has %2.</source>
        <translation>Импорт №%1 нельзя отменить: у созданного им теперь есть %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n task change(s) by later imports</source>
        <translation>
            <numerusform>%n изменение задач более поздними импортами</numerusform>
            <numerusform>%n изменения задач более поздними импортами</numerusform>
            <numerusform>%n изменений задач более поздними импортами</numerusform>
        </translation>
    </message>
    <message>
        <source>The values before the import of record %1 cannot be read (%2); nothing was undone.</source>
        <translation>Прежние значения записи %1 не читаются (%2); ничего не отменено.</translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation>Отмена импорта прервана; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>MarkTaskDoneCommand</name>
    <message>
        <source>mark «%1» done</source>
        <translation>выполнение «%1»</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>merge «%1»</source>
        <translation>объединение «%1»</translation>
    </message>
</context>
<context>
    <name>OrganizationListQuery</name>
    <message>
        <source>Organization #%1 does not exist.</source>
        <translation>Организации №%1 не существует.</translation>
    </message>
</context>
<context>
    <name>OrganizationMerge</name>
    <message>
        <source>There is no organization #%1.</source>
        <translation>Организации №%1 нет.</translation>
    </message>
    <message>
        <source>An organization cannot be merged into itself.</source>
        <translation>Организацию нельзя объединить с ней самой.</translation>
    </message>
    <message>
        <source>There is no merge #%1.</source>
        <translation>Объединения №%1 нет.</translation>
    </message>
    <message>
        <source>Merge #%1 was undone already.</source>
        <translation>Объединение №%1 уже отменено.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: organization #%1 has been created again since.</source>
        <translation>Объединение нельзя отменить: с тех пор организация №%1 была создана заново.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>An organization needs a name.</source>
        <translation>У организации должно быть наименование.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of its contact persons</source>
        <translation>
            <numerusform>%n задача её контактных лиц</numerusform>
            <numerusform>%n задачи её контактных лиц</numerusform>
            <numerusform>%n задач её контактных лиц</numerusform>
        </translation>
    </message>
    <message>
        <source>it has %1; archive it instead</source>
        <translation>у неё есть %1; вместо удаления переместите её в архив</translation>
    </message>
    <message>
        <source>The organization cannot be deleted: %1.</source>
        <translation>Организацию нельзя удалить: %1.</translation>
    </message>
</context>
<context>
    <name>PersonChangeCommand</name>
    <message>
        <source>create «%1»</source>
        <translation>создание «%1»</translation>
    </message>
    <message>
        <source>edit «%1»</source>
        <translation>изменение «%1»</translation>
    </message>
    <message>
        <source>archive «%1»</source>
        <translation>архивирование «%1»</translation>
    </message>
    <message>
        <source>restore «%1»</source>
        <translation>восстановление «%1»</translation>
    </message>
    <message>
        <source>delete «%1»</source>
        <translation>удаление «%1»</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>У человека должно быть указано ФИО.</translation>
    </message>
    <message>
        <source>A member of our staff belongs to no client organization.</source>
        <translation>Наш сотрудник не может относиться к организации-клиенту.</translation>
    </message>
    <message>
        <source>A contact person needs an organization.</source>
        <translation>У контактного лица должна быть организация.</translation>
    </message>
    <message>
        <source>they have %1; archive them instead</source>
        <translation>у него есть %1; вместо удаления переместите его в архив</translation>
    </message>
    <message>
        <source>The person cannot be deleted: %1.</source>
        <translation>Человека нельзя удалить: %1.</translation>
    </message>
</context>
<context>
    <name>PersonsVCardExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Не удаётся записать файл экспорта: %1</translation>
    </message>
</context>
<context>
    <name>PhoneRegions</name>
    <message>
        <source>Russia (+7)</source>
        <translation>Россия (+7)</translation>
    </message>
    <message>
        <source>Kazakhstan (+7)</source>
        <translation>Казахстан (+7)</translation>
    </message>
    <message>
        <source>Belarus (+375)</source>
        <translation>Беларусь (+375)</translation>
    </message>
    <message>
        <source>Ukraine (+380)</source>
        <translation>Украина (+380)</translation>
    </message>
    <message>
        <source>Uzbekistan (+998)</source>
        <translation>Узбекистан (+998)</translation>
    </message>
    <message>
        <source>China (+86)</source>
        <translation>Китай (+86)</translation>
    </message>
    <message>
        <source>Germany (+49)</source>
        <translation>Германия (+49)</translation>
    </message>
    <message>
        <source>United Kingdom (+44)</source>
        <translation>Великобритания (+44)</translation>
    </message>
    <message>
        <source>United States (+1)</source>
        <translation>США (+1)</translation>
    </message>
</context>
<context>
    <name>PreviewCellChecker</name>
    <message>
        <source>The whole row is rejected: its quoting is broken.</source>
        <translation>Вся строка отклоняется: в ней нарушены кавычки.</translation>
    </message>
    <message>
        <source>The whole row is rejected: %1 fields where the file has %2 columns.</source>
        <translation>Вся строка отклоняется: в ней %1 полей, а в файле %2 столбцов.</translation>
    </message>
    <message>
        <source>The row is rejected: the organization&apos;s name is empty.</source>
        <translation>Строка отклоняется: наименование организации не заполнено.</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN (wrong length or check digits); it is kept as typed.</source>
        <translation>«%1» — неверный ИНН (длина или контрольные цифры); он сохраняется как есть.</translation>
    </message>
    <message>
        <source>«%1» is not a valid phone number; it is kept as typed.</source>
        <translation>«%1» — неверный номер телефона; он сохраняется как есть.</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail; it is kept as typed.</source>
        <translation>«%1» — неверный адрес эл. почты; он сохраняется как есть.</translation>
    </message>
    <message>
        <source>«%1» is not a date; the import time is used instead.</source>
        <translation>«%1» — не дата; вместо неё берётся время импорта.</translation>
    </message>
    <message>
        <source>«%1» is not a known kind of counterparty; «client» is used.</source>
        <translation>«%1» — неизвестный тип контрагента; будет «клиент».</translation>
    </message>
    <message>
        <source>The row is rejected: the date is empty.</source>
        <translation>Строка отклоняется: дата не заполнена.</translation>
    </message>
    <message>
        <source>The row is rejected: «%1» is not a date.</source>
        <translation>Строка отклоняется: «%1» — не дата.</translation>
    </message>
    <message>
        <source>The row is rejected: the amount is empty.</source>
        <translation>Строка отклоняется: сумма не заполнена.</translation>
    </message>
    <message>
        <source>The row is rejected: «%1» is not an amount.</source>
        <translation>Строка отклоняется: «%1» — не сумма.</translation>
    </message>
    <message>
        <source>«%1» is not an amount; the profit is left empty.</source>
        <translation>«%1» — не сумма; прибыль останется пустой.</translation>
    </message>
    <message>
        <source>The row is rejected: neither the client nor a valid INN is given.</source>
        <translation>Строка отклоняется: не указан ни клиент, ни верный ИНН.</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN; the client is matched by name.</source>
        <translation>«%1» — неверный ИНН; клиент ищется по наименованию.</translation>
    </message>
    <message>
        <source>«%1» is not a value of «%2»; it is left empty.</source>
        <translation>«%1» не подходит полю «%2»; поле останется пустым.</translation>
    </message>
    <message>
        <source>«%1» is not a date; the birthday is left empty.</source>
        <translation>«%1» — не дата; день рождения останется пустым.</translation>
    </message>
    <message>
        <source>The row is rejected: «%1» is beyond any sale.</source>
        <translation>Строка будет отклонена: «%1» — невозможная сумма продажи.</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>A project needs a name.</source>
        <translation>У проекта должно быть название.</translation>
    </message>
    <message>
        <source>A project cannot end before it starts.</source>
        <translation>Проект не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>it has %1; close it instead</source>
        <translation>у него есть %1; вместо удаления закройте его</translation>
    </message>
    <message>
        <source>The project cannot be deleted: %1.</source>
        <translation>Проект нельзя удалить: %1.</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n продажа</numerusform>
            <numerusform>%n продажи</numerusform>
            <numerusform>%n продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderQueue</name>
    <message numerus="yes">
        <source>A reminder can be put off by 1 minute to 7 days, not %n minute(s).</source>
        <translation>
            <numerusform>Напоминание можно отложить на срок от 1 минуты до 7 дней, а не на %n минуту.</numerusform>
            <numerusform>Напоминание можно отложить на срок от 1 минуты до 7 дней, а не на %n минуты.</numerusform>
            <numerusform>Напоминание можно отложить на срок от 1 минуты до 7 дней, а не на %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>Задачи №%1 не существует.</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Не удаётся сохранить отчёт</translation>
    </message>
    <message>
        <source>The report was saved to «%1» (pages: %2).</source>
        <translation>Отчёт сохранён в «%1» (страниц: %2).</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>--json and --csv - cannot both write to stdout.</source>
        <translation>--json и --csv - не могут оба писать в стандартный вывод.</translation>
    </message>
    <message>
        <source>--pdf takes a file name.</source>
        <translation>--pdf принимает имя файла.</translation>
    </message>
    <message>
        <source>--csv takes a file name, or - for stdout.</source>
        <translation>--csv принимает имя файла или - для стандартного вывода.</translation>
    </message>
    <message>
        <source>PDF report written to «%1»; pages: %2.</source>
        <translation>Отчёт PDF записан в «%1»; страниц: %2.</translation>
    </message>
    <message>
        <source>«%1» is the database itself; writing there would destroy it. Choose another file.</source>
        <translation>«%1» — это сама база данных; запись туда уничтожила бы её. Выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Kartoteka: %1, printed %2</source>
        <translation>Картотека: %1, напечатано %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <source>Cannot write the PDF report to «%1».</source>
        <translation>Не удаётся записать отчёт PDF в «%1».</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
</context>
<context>
    <name>RescheduleTaskCommand</name>
    <message>
        <source>reschedule «%1»</source>
        <translation>перенос «%1»</translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>A sale needs a client.</source>
        <translation>У продажи должен быть клиент.</translation>
    </message>
    <message>
        <source>A sale needs a date.</source>
        <translation>У продажи должна быть дата.</translation>
    </message>
    <message>
        <source>The amount and profit of a sale must be numbers.</source>
        <translation>Сумма и прибыль продажи должны быть числами.</translation>
    </message>
</context>
<context>
    <name>SalesImporter</name>
    <message>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>broken quoting</source>
        <translation>нарушены кавычки</translation>
    </message>
    <message>
        <source>%1 fields where the file has %2 columns</source>
        <translation>%1 полей, а в файле %2 столбцов</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>дата не заполнена</translation>
    </message>
    <message>
        <source>«%1» is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>сумма не заполнена</translation>
    </message>
    <message>
        <source>«%1» is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
    <message>
        <source>«%1» is not an amount; the profit is left empty</source>
        <translation>«%1» — не сумма; прибыль оставлена пустой</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN; the client is matched by name</source>
        <translation>«%1» — неверный ИНН; клиент найден по наименованию</translation>
    </message>
    <message>
        <source>neither the client nor a valid INN is given</source>
        <translation>не указан ни клиент, ни верный ИНН</translation>
    </message>
    <message>
        <source>«%1» is beyond any sale (at most a trillion either way)</source>
        <translation>«%1» — невозможная сумма продажи (не более триллиона по модулю)</translation>
    </message>
</context>
<context>
    <name>SearchCli</name>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>What to look for: part of a name, INN, phone, e-mail or city.</source>
        <translation>Что искать: часть наименования или ФИО, ИНН, телефона, e-mail или города.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Не больше N результатов (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Print the results as a JSON array.</source>
        <translation>Вывести результаты массивом JSON.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search требует поисковый запрос.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit принимает положительное число.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SegmentCli</name>
    <message>
        <source>--from takes a month as YYYY-MM, not «%1».</source>
        <translation>--from принимает месяц в виде YYYY-MM, а не «%1».</translation>
    </message>
    <message>
        <source>--to takes a month as YYYY-MM, not «%1».</source>
        <translation>--to принимает месяц в виде YYYY-MM, а не «%1».</translation>
    </message>
    <message>
        <source>--metric takes revenue or profit, not «%1».</source>
        <translation>--metric принимает revenue или profit, а не «%1».</translation>
    </message>
    <message>
        <source>--granularity takes month or quarter, not «%1».</source>
        <translation>--granularity принимает month или quarter, а не «%1».</translation>
    </message>
    <message>
        <source>--abc takes the A and B bounds in percent, e.g. 80,95, not «%1».</source>
        <translation>--abc принимает границы A и B в процентах, например 80,95, а не «%1».</translation>
    </message>
    <message>
        <source>--xyz takes the X and Y bounds of the CV in percent, e.g. 10,25, not «%1».</source>
        <translation>--xyz принимает границы X и Y для коэффициента вариации в процентах, например 10,25, а не «%1».</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>кварталам</translation>
    </message>
    <message>
        <source>ABC/XYZ segmentation of %1, %2 to %3, XYZ by %4</source>
        <translation>ABC/XYZ-сегментация: %1, с %2 по %3, XYZ по %4</translation>
    </message>
    <message>
        <source>Bounds: A %1 %, B %2 % of the total; X %3 %, Y %4 % of the CV</source>
        <translation>Границы: A %1 %, B %2 % от итога; X %3 %, Y %4 % коэффициента вариации</translation>
    </message>
    <message>
        <source>Total %1; ranked clients: %2; lost clients: %3</source>
        <translation>Итого %1; клиентов в рейтинге: %2; потерянных клиентов: %3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Cum. %</source>
        <translation>Накоп. %</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Lost clients, who bought before the period and nothing in it:</source>
        <translation>Потерянные клиенты (покупали до периода, в периоде — ничего):</translation>
    </message>
    <message>
        <source>First month of the period (default: twelve months ago).</source>
        <translation>Первый месяц периода (по умолчанию — двенадцать месяцев назад).</translation>
    </message>
    <message>
        <source>Last month of the period (default: last month).</source>
        <translation>Последний месяц периода (по умолчанию — прошлый месяц).</translation>
    </message>
    <message>
        <source>revenue (default) or profit.</source>
        <translation>revenue (по умолчанию) или profit.</translation>
    </message>
    <message>
        <source>month (default) or quarter, for XYZ.</source>
        <translation>month (по умолчанию) или quarter — для XYZ.</translation>
    </message>
    <message>
        <source>The A and B bounds in percent of the total (default 80,95).</source>
        <translation>Границы A и B в процентах от итога (по умолчанию 80,95).</translation>
    </message>
    <message>
        <source>The X and Y bounds of the CV in percent (default 10,25).</source>
        <translation>Границы X и Y для коэффициента вариации в процентах (по умолчанию 10,25).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Write the ranked table as CSV to FILE (- for stdout).</source>
        <translation>Записать рейтинг клиентов в формате CSV в FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>Write the printable report as PDF to FILE.</source>
        <translation>Записать отчёт для печати в формате PDF в FILE.</translation>
    </message>
    <message>
        <source>Save the result as a snapshot and as the clients&apos; classes.</source>
        <translation>Сохранить результат как снимок и как классы клиентов.</translation>
    </message>
    <message>
        <source>segment takes options only; see segment --help.</source>
        <translation>segment принимает только параметры; см. segment --help.</translation>
    </message>
    <message>
        <source>«%1» is read-only; the snapshot cannot be saved.</source>
        <translation>«%1» доступна только для чтения; снимок сохранить нельзя.</translation>
    </message>
    <message>
        <source>Saved as snapshot #%1.</source>
        <translation>Сохранено как снимок №%1.</translation>
    </message>
</context>
<context>
    <name>SegmentSnapshotRepository</name>
    <message>
        <source>There is no saved analysis %1.</source>
        <translation>Сохранённого анализа %1 нет.</translation>
    </message>
</context>
<context>
    <name>SegmentationCharts</name>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>%1, billions</source>
        <translation>%1, млрд</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1, млн</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, тыс.</translation>
    </message>
    <message>
        <source>Pareto: revenue by client</source>
        <translation>Парето: выручка по клиентам</translation>
    </message>
    <message>
        <source>Pareto: profit by client</source>
        <translation>Парето: прибыль по клиентам</translation>
    </message>
    <message>
        <source>No client with a positive value in the period</source>
        <translation>Нет клиентов с положительной суммой за период</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>Накопленная доля, %</translation>
    </message>
    <message>
        <source>A up to %1 %</source>
        <translation>A — до %1 %</translation>
    </message>
    <message>
        <source>B up to %1 %</source>
        <translation>B — до %1 %</translation>
    </message>
    <message>
        <source>Revenue by ABC class</source>
        <translation>Выручка по классам ABC</translation>
    </message>
    <message>
        <source>Profit by ABC class</source>
        <translation>Прибыль по классам ABC</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <source>ABC class (clients)</source>
        <translation>Класс ABC (клиентов)</translation>
    </message>
    <message>
        <source>Clients by rank</source>
        <translation>Клиенты по рейтингу</translation>
    </message>
    <message>
        <source>(%1 clients)</source>
        <translation>(клиентов: %1)</translation>
    </message>
    <message>
        <source>(%1 clients, %2 per bar)</source>
        <translation>(клиентов: %1, по %2 в столбце)</translation>
    </message>
</context>
<context>
    <name>SegmentationCsv</name>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>Накопленная доля, %</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>CV, %</source>
        <translation>КВ, %</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
</context>
<context>
    <name>SegmentationParameters</name>
    <message>
        <source>The period needs a first and a last month.</source>
        <translation>Для периода нужны первый и последний месяцы.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <source>The ABC bounds must satisfy 0 &lt; A ≤ B ≤ 100 %.</source>
        <translation>Границы ABC должны удовлетворять условию 0 &lt; A ≤ B ≤ 100 %.</translation>
    </message>
    <message>
        <source>The XYZ bounds must satisfy 0 ≤ X ≤ Y.</source>
        <translation>Границы XYZ должны удовлетворять условию 0 ≤ X ≤ Y.</translation>
    </message>
</context>
<context>
    <name>SegmentationReport</name>
    <message>
        <source>ABC/XYZ segmentation of clients</source>
        <translation>ABC/XYZ-сегментация клиентов</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>прибыль</translation>
    </message>
    <message>
        <source>ABC bounds</source>
        <translation>Границы ABC</translation>
    </message>
    <message>
        <source>A while the share before the client is below %1 %, B below %2 %, C the rest</source>
        <translation>A — пока накопленная доля до клиента ниже %1 %, B — ниже %2 %, C — остальные</translation>
    </message>
    <message>
        <source>XYZ bounds</source>
        <translation>Границы XYZ</translation>
    </message>
    <message>
        <source>coefficient of variation per %1: X up to %2 %, Y up to %3 %, Z above; fewer than three periods: new</source>
        <translation>коэффициент вариации по %1: X — до %2 %, Y — до %3 %, Z — выше; меньше трёх периодов — новый</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>кварталам</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>%1; ranked clients: %2</source>
        <translation>%1; клиентов в рейтинге: %2</translation>
    </message>
    <message>
        <source>Lost clients</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <source>%1 (bought before the period, nothing in it)</source>
        <translation>%1 (покупали до периода, в периоде — ничего)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>ABC × XYZ matrix: clients and %1</source>
        <translation>Матрица ABC × XYZ: клиенты и %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Clients ranked</source>
        <translation>Рейтинг клиентов</translation>
    </message>
    <message>
        <source>No client has a positive value in the period.</source>
        <translation>Ни у одного клиента нет положительной суммы за период.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Cum., %</source>
        <translation>Накопл., %</translation>
    </message>
    <message>
        <source>CV, %</source>
        <translation>КВ, %</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Clients ranked by %1</source>
        <translation>Рейтинг клиентов (%1)</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>Lost clients: bought before the period, nothing in it</source>
        <translation>Потерянные клиенты: покупали до периода, в периоде — ничего</translation>
    </message>
    <message>
        <source>ABC/XYZ segmentation</source>
        <translation>ABC/XYZ-сегментация</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>A task report needs a period with a start and an end.</source>
        <translation>Для отчёта по задачам нужен период с началом и концом.</translation>
    </message>
    <message>
        <source>The period of a task report must end after it starts.</source>
        <translation>Период отчёта по задачам должен заканчиваться после начала.</translation>
    </message>
    <message>
        <source>The period of a task report can be at most ten years long.</source>
        <translation>Период отчёта по задачам не может быть длиннее десяти лет.</translation>
    </message>
    <message>
        <source>A task report needs the current time to tell overdue tasks.</source>
        <translation>Отчёту по задачам нужно текущее время, чтобы определить просроченные задачи.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Без организации</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Контролёры</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Состояния</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
</context>
<context>
    <name>TaskReportCharts</name>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Плановые часы</translation>
    </message>
    <message>
        <source>Actual hours</source>
        <translation>Фактические часы</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>Прочие (%1)</translation>
    </message>
    <message>
        <source>Planned vs actual hours per user</source>
        <translation>Плановые и фактические часы по пользователям</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Задачи по состояниям</translation>
    </message>
    <message>
        <source>Tasks by type</source>
        <translation>Задачи по типам</translation>
    </message>
    <message>
        <source>Workload: planned hours per day</source>
        <translation>Загрузка: плановые часы по дням</translation>
    </message>
</context>
<context>
    <name>TaskReportCsv</name>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Плановые часы</translation>
    </message>
    <message>
        <source>Actual hours</source>
        <translation>Фактические часы</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Выполнено в срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>TaskReportDocument</name>
    <message>
        <source>Task report</source>
        <translation>Отчёт по задачам</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>not done or cancelled, deadline before %1</source>
        <translation>не выполненные и не отменённые задачи со сроком до %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>План, ч</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>Факт, ч</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Tasks by %1</source>
        <translation>Задачи в разрезе: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>У задачи должна быть тема.</translation>
    </message>
    <message>
        <source>A task needs a type.</source>
        <translation>У задачи должен быть тип.</translation>
    </message>
    <message>
        <source>A task needs an author.</source>
        <translation>У задачи должен быть автор.</translation>
    </message>
    <message>
        <source>The importance of a task is low, normal or high.</source>
        <translation>Важность задачи бывает низкой, обычной или высокой.</translation>
    </message>
    <message>
        <source>A task is 0 to 100 % complete, not %1 %.</source>
        <translation>Задача может быть выполнена на 0–100 %, а не на %1 %.</translation>
    </message>
    <message>
        <source>A task cannot be planned to end before it starts.</source>
        <translation>Плановое окончание задачи не может быть раньше её планового начала.</translation>
    </message>
    <message>
        <source>A task cannot have ended before it started.</source>
        <translation>Задача не может закончиться раньше, чем началась.</translation>
    </message>
    <message>
        <source>The expenses of a task cannot be negative.</source>
        <translation>Расходы по задаче не могут быть отрицательными.</translation>
    </message>
</context>
<context>
    <name>TaskTypeRepository</name>
    <message>
        <source>A task type needs a name.</source>
        <translation>У типа задачи должно быть название.</translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #rrggbb.</source>
        <translation>%1 — не цвет в формате #rrggbb.</translation>
    </message>
    <message>
        <source>There is no task type %1.</source>
        <translation>Типа задачи %1 нет.</translation>
    </message>
    <message>
        <source>The task type %1 comes with the program and cannot be deleted.</source>
        <translation>Тип задачи %1 входит в поставку программы, удалить его нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>The task type %1 cannot be deleted: %n task(s) have it.</source>
        <translation>
            <numerusform>Тип задачи %1 нельзя удалить: он указан у %n задачи.</numerusform>
            <numerusform>Тип задачи %1 нельзя удалить: он указан у %n задач.</numerusform>
            <numerusform>Тип задачи %1 нельзя удалить: он указан у %n задач.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksCli</name>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not «%1».</source>
        <translation>--from принимает дату в виде YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not «%1».</source>
        <translation>--to принимает дату в виде YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) раньше --from (%2).</translation>
    </message>
    <message>
        <source>--group-by takes user, type, state or organization, not «%1».</source>
        <translation>--group-by принимает user, type, state или organization, а не «%1».</translation>
    </message>
    <message>
        <source>--state takes planned, in_progress, done, cancelled or postponed, not «%1».</source>
        <translation>--state принимает planned, in_progress, done, cancelled или postponed, а не «%1».</translation>
    </message>
    <message>
        <source>Task report, %1 to %2, by %3</source>
        <translation>Отчёт по задачам, с %1 по %2, группировка: %3</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>План, ч</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>Факт, ч</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>There is no user with the login «%1».</source>
        <translation>Пользователя с логином «%1» нет.</translation>
    </message>
    <message>
        <source>There is no task type «%1» (call, letter, email, meeting, visit, task, ...).</source>
        <translation>Типа задачи «%1» нет (call, letter, email, meeting, visit, task, ...).</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>First day of the period (default: the month&apos;s first).</source>
        <translation>Первый день периода (по умолчанию — первое число месяца).</translation>
    </message>
    <message>
        <source>Last day of the period, included (default: the month&apos;s last).</source>
        <translation>Последний день периода включительно (по умолчанию — последнее число месяца).</translation>
    </message>
    <message>
        <source>Only tasks assigned to LOGIN (repeatable).</source>
        <translation>Только задачи исполнителя LOGIN (можно повторять).</translation>
    </message>
    <message>
        <source>Only tasks of TYPE: call, letter, email, meeting, visit, task or a custom code (repeatable).</source>
        <translation>Только задачи типа TYPE: call, letter, email, meeting, visit, task или собственный код (можно повторять).</translation>
    </message>
    <message>
        <source>Only tasks in STATE: planned, in_progress, done, cancelled or postponed (repeatable).</source>
        <translation>Только задачи в состоянии STATE: planned, in_progress, done, cancelled или postponed (можно повторять).</translation>
    </message>
    <message>
        <source>user (default), type, state or organization.</source>
        <translation>user (по умолчанию), type, state или organization.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Write the rows as CSV to FILE (- for stdout).</source>
        <translation>Записать строки в формате CSV в FILE (- означает стандартный вывод).</translation>
    </message>
    <message>
        <source>Write the printable report as PDF to FILE.</source>
        <translation>Записать отчёт для печати в формате PDF в FILE.</translation>
    </message>
    <message>
        <source>tasks takes report; see tasks --help.</source>
        <translation>tasks принимает report; см. tasks --help.</translation>
    </message>
</context>
<context>
    <name>TasksIcsExport</name>
    <message>
        <source>Cannot write the calendar: %1</source>
        <translation>Не удаётся записать календарь: %1</translation>
    </message>
</context>
<context>
    <name>TasksIcsImport</name>
    <message>
        <source>libical cannot read it: %1</source>
        <translation>libical не может его прочитать: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>it has no title (SUMMARY)</source>
        <translation>у него нет названия (SUMMARY)</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>оно заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>it repeats; only its first occurrence was imported</source>
        <translation>оно повторяется; импортировано только первое повторение</translation>
    </message>
    <message>
        <source>its reminder is relative to a time it does not have; it was left out</source>
        <translation>его напоминание отсчитывается от времени, которого у него нет; напоминание пропущено</translation>
    </message>
    <message>
        <source>The task type «%1» is missing.</source>
        <translation>Типа задачи «%1» нет.</translation>
    </message>
    <message>
        <source>Imported tasks need a user to belong to.</source>
        <translation>Импортированным задачам нужен пользователь, которому они будут принадлежать.</translation>
    </message>
    <message>
        <source>a changed occurrence of a repeating event was skipped</source>
        <translation>изменённое повторение повторяющегося события пропущено</translation>
    </message>
    <message>
        <source>«%1» holds no events or to-dos.</source>
        <translation>В «%1» нет ни событий, ни дел.</translation>
    </message>
    <message>
        <source>libical cannot read it</source>
        <translation>libical не может его прочитать</translation>
    </message>
    <message>
        <source>its END line is missing</source>
        <translation>нет его строки END</translation>
    </message>
    <message>
        <source>«%1» is no date; it was left out</source>
        <translation>«%1» — не дата; она пропущена</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 — последний активный администратор: сначала назначьте администратором другого пользователя.</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A user needs a login.</source>
        <translation>У пользователя должен быть логин.</translation>
    </message>
    <message>
        <source>A user needs a display name.</source>
        <translation>У пользователя должно быть отображаемое имя.</translation>
    </message>
    <message>
        <source>The login %1 is taken by %2.</source>
        <translation>Логин %1 уже занят: %2.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Пользователя %1 нет.</translation>
    </message>
    <message>
        <source>they authored or are assigned %1; deactivate them instead</source>
        <translation>за ним как за автором или исполнителем числятся %1; вместо удаления отключите его</translation>
    </message>
    <message>
        <source>The user cannot be deleted: %1.</source>
        <translation>Пользователя нельзя удалить: %1.</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>the card has no END:VCARD</source>
        <translation>в карточке нет END:VCARD</translation>
    </message>
    <message>
        <source>the card has no name (FN or N)</source>
        <translation>в карточке нет имени (FN или N)</translation>
    </message>
</context>
<context>
    <name>VCardImport</name>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>«%1» holds no vCard.</source>
        <translation>В «%1» нет ни одной карточки vCard.</translation>
    </message>
    <message>
        <source>--strict: the card at line %1 cannot be read (%2), so nothing was imported.</source>
        <translation>--strict: карточку в строке %1 не удалось прочитать (%2), поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>the card has no organization (ORG)</source>
        <translation>в карточке нет организации (ORG)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Planned work by day, week, decade and month, and the daily schedule. Drag a task to move it, its lower edge to change its end; double-click an empty slot to plan a new one.</source>
        <translation>Запланированная работа по дням, неделям, декадам и месяцам, а также распорядок дня. Перетащите задачу, чтобы перенести её, или её нижний край, чтобы изменить окончание; дважды щёлкните свободное место, чтобы запланировать новую.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Декада</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Распорядок</translation>
    </message>
    <message>
        <source>%1 (%2 or Ctrl+Alt+%2)</source>
        <translation>%1 (%2 или Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>Показать сегодняшний день (T)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>The previous day, week, decade or month (Page Up, Alt+Left)</source>
        <translation>Предыдущий день, неделя, декада или месяц (Page Up, Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>The next day, week, decade or month (Page Down, Alt+Right)</source>
        <translation>Следующий день, неделя, декада или месяц (Page Down, Alt+Right)</translation>
    </message>
    <message>
        <source>Schedule for %1</source>
        <translation>Распорядок на %1</translation>
    </message>
    <message>
        <source>Decade %1: %2 – %3</source>
        <translation>Декада %1: %2 – %3</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>Не удаётся прочитать календарь</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln задача</numerusform>
            <numerusform>%Ln задачи</numerusform>
            <numerusform>%Ln задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the tasks: %1</source>
        <translation>Не удаётся прочитать задачи: %1</translation>
    </message>
    <message>
        <source>Cannot move the task</source>
        <translation>Не удаётся перенести задачу</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CalendarUserChooser</name>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Everybody&apos;s tasks</source>
        <translation>Задачи всех</translation>
    </message>
    <message>
        <source>Tasks of the users ticked</source>
        <translation>Задачи отмеченных пользователей</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>Задачи: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tasks of %n user(s)</source>
        <translation>
            <numerusform>Задачи %n пользователя</numerusform>
            <numerusform>Задачи %n пользователей</numerusform>
            <numerusform>Задачи %n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose tasks the calendar shows</source>
        <translation>Чьи задачи показывает календарь</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CardFields</name>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ChoiceButton</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>выбран %n</numerusform>
            <numerusform>выбрано %n</numerusform>
            <numerusform>выбрано %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: all; tick some to report only on them</source>
        <translation>%1: все; отметьте некоторые, чтобы отчёт был только по ним</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ChooseFilePage</name>
    <message>
        <source>&amp;Clients: organizations and their contact persons</source>
        <translation>&amp;Клиенты: организации и их контактные лица</translation>
    </message>
    <message>
        <source>&amp;Sales history: client, date, amount</source>
        <translation>&amp;История продаж: клиент, дата, сумма</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV file exported from another program or a spreadsheet, in any common encoding.</source>
        <translation>Файл CSV, выгруженный из другой программы или электронной таблицы, в любой распространённой кодировке.</translation>
    </message>
    <message>
        <source>Path to a .csv or .txt file</source>
        <translation>Путь к файлу .csv или .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>Что содержит файл?</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV и текстовые (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удаётся прочитать файл</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClassMovesModel</name>
    <message>
        <source>↓ falling</source>
        <translation>↓ падение</translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation>↑ рост</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменился</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>вне рейтинга</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 новый</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsExchange</name>
    <message>
        <source>organizations.csv</source>
        <translation>organizations.csv</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>persons.csv</source>
        <translation>persons.csv</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organization(s) to %1</source>
        <translation>
            <numerusform>В %1 выгружена %n организация</numerusform>
            <numerusform>В %1 выгружены %n организации</numerusform>
            <numerusform>В %1 выгружено %n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1</source>
        <translation>
            <numerusform>В %1 выгружен %n человек</numerusform>
            <numerusform>В %1 выгружены %n человека</numerusform>
            <numerusform>В %1 выгружено %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Import vCard</source>
        <translation>Импорт vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Файлы vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Импорт контактов…</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read (the first at line %1: %2).</source>
        <translation>
            <numerusform>Не удалось прочитать %n карточку (первая — в строке %1: %2).</numerusform>
            <numerusform>Не удалось прочитать %n карточки (первая — в строке %1: %2).</numerusform>
            <numerusform>Не удалось прочитать %n карточек (первая — в строке %1: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s); Import › History can undo it</source>
        <translation>
            <numerusform>Импортирован %n контакт; отменить можно в разделе Импорт › История</numerusform>
            <numerusform>Импортировано %n контакта; отменить можно в разделе Импорт › История</numerusform>
            <numerusform>Импортировано %n контактов; отменить можно в разделе Импорт › История</numerusform>
        </translation>
    </message>
    <message>
        <source>Import or export did not finish</source>
        <translation>Импорт или экспорт не завершён</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Отменено; ничего не записано</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>The card index: organizations, contact persons, their journal and sales.</source>
        <translation>Картотека: организации, контактные лица, их журнал и продажи.</translation>
    </message>
    <message>
        <source>Search by name, INN, phone, e-mail or city</source>
        <translation>Поиск по наименованию, ИНН, телефону, эл. почте или городу</translation>
    </message>
    <message>
        <source>No organizations yet. Import a client list (File › Import…) or create demo data from the welcome page.</source>
        <translation>Организаций пока нет. Импортируйте список клиентов (Файл › Импорт…) или создайте демонстрационные данные на странице приветствия.</translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Не удаётся прочитать список: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Скопировано в буфер обмена: %1</translation>
    </message>
    <message>
        <source>Cannot read the card index</source>
        <translation>Не удаётся прочитать картотеку</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Не удаётся выполнить поиск: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln found</source>
        <translation>
            <numerusform>Показан первый %Ln найденный результат</numerusform>
            <numerusform>Показаны первые %Ln найденных результата</numerusform>
            <numerusform>Показаны первые %Ln найденных результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>Найден %Ln результат</numerusform>
            <numerusform>Найдено %Ln результата</numerusform>
            <numerusform>Найдено %Ln результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization matches the filters</source>
        <translation>Ни одна организация не подходит под фильтры</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
            <numerusform>%Ln организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Create an organization (Ctrl+Shift+O)</source>
        <translation>Создать организацию (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Edit the organization shown (F2)</source>
        <translation>Изменить показанную организацию (F2)</translation>
    </message>
    <message>
        <source>Delete the organization shown (Del); one with history can only be archived</source>
        <translation>Удалить показанную организацию (Del); организацию с историей можно только архивировать</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Bring the organization back from the archive</source>
        <translation>Вернуть организацию из архива</translation>
    </message>
    <message>
        <source>Hide the organization in the archive; it keeps its history</source>
        <translation>Убрать организацию в архив; её история сохраняется</translation>
    </message>
    <message>
        <source>Cannot create the organization</source>
        <translation>Не удаётся создать организацию</translation>
    </message>
    <message>
        <source>Cannot edit the organization</source>
        <translation>Не удаётся изменить организацию</translation>
    </message>
    <message>
        <source>Cannot save the organization</source>
        <translation>Не удаётся сохранить организацию</translation>
    </message>
    <message>
        <source>Cannot archive the organization</source>
        <translation>Не удаётся архивировать организацию</translation>
    </message>
    <message>
        <source>Cannot restore the organization</source>
        <translation>Не удаётся восстановить организацию</translation>
    </message>
    <message>
        <source>Cannot delete the organization</source>
        <translation>Не удаётся удалить организацию</translation>
    </message>
    <message>
        <source>«%1» cannot be deleted: %2.</source>
        <translation>«%1» нельзя удалить: %2.</translation>
    </message>
    <message>
        <source>Delete the organization</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <source>Delete «%1» and its contact persons?</source>
        <translation>Удалить «%1» вместе с контактными лицами?</translation>
    </message>
    <message>
        <source>create «%1»</source>
        <translation>создание «%1»</translation>
    </message>
    <message>
        <source>edit «%1»</source>
        <translation>изменение «%1»</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldEditor</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Да/нет</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>&amp;Choices, one per line:</source>
        <translation>&amp;Варианты, по одному в строке:</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation>Изменение дополнительного поля</translation>
    </message>
    <message>
        <source>The type of a field that has values cannot change</source>
        <translation>Тип поля, у которого есть значения, изменить нельзя</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Enter the label.</source>
        <translation>Укажите подпись.</translation>
    </message>
    <message>
        <source>Enter at least one choice.</source>
        <translation>Укажите хотя бы один вариант.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldFilters</name>
    <message>
        <source>Any «%1»</source>
        <translation>«%1»: любое</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: да</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: нет</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Fields of organizations</source>
        <translation>Поля организаций</translation>
    </message>
    <message>
        <source>Fields of persons</source>
        <translation>Поля людей</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot add the field</source>
        <translation>Не удаётся добавить поле</translation>
    </message>
    <message>
        <source>Cannot change the field</source>
        <translation>Не удаётся изменить поле</translation>
    </message>
    <message>
        <source>Delete the field</source>
        <translation>Удаление поля</translation>
    </message>
    <message numerus="yes">
        <source>Delete the field «%1» and its %n value(s)? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Удалить поле «%1» и его %n значение? Правка › Отменить вернёт их.</numerusform>
            <numerusform>Удалить поле «%1» и его %n значения? Правка › Отменить вернёт их.</numerusform>
            <numerusform>Удалить поле «%1» и его %n значений? Правка › Отменить вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the field</source>
        <translation>Не удаётся удалить поле</translation>
    </message>
    <message>
        <source>reorder the fields</source>
        <translation>изменение порядка полей</translation>
    </message>
    <message>
        <source>Cannot reorder the fields</source>
        <translation>Не удаётся изменить порядок полей</translation>
    </message>
    <message>
        <source>Extra fields show on the cards, in the editors, as list columns and as list filters, and are exported as custom:LABEL.</source>
        <translation>Дополнительные поля видны в карточках, в редакторах, в столбцах и фильтрах списков и выгружаются как custom:LABEL.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomValuesEditor</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 is not a number: «%2».</source>
        <translation>%1: «%2» — не число.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseBackup</name>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Резервная копия не может заменить копируемую базу данных.</translation>
    </message>
    <message>
        <source>Backing up to «%1»…</source>
        <translation>Резервная копия в «%1»…</translation>
    </message>
    <message>
        <source>Cannot write «%1».</source>
        <translation>Не удаётся записать «%1».</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written</source>
        <translation>Резервное копирование отменено; файл не записан</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseController</name>
    <message>
        <source>No database is open.</source>
        <translation>Нет открытой базы данных.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыта %1</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Не удаётся создать базу данных</translation>
    </message>
    <message>
        <source>«%1» already exists. Choose a new file name, or open it with File → Open database.</source>
        <translation>«%1» уже существует. Выберите новое имя файла или откройте его через Файл → Открыть базу данных.</translation>
    </message>
    <message>
        <source>Kartoteka databases (*.sqlite *.db)</source>
        <translation>Базы данных Картотеки (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot tell who is working: %1</source>
        <translation>Не удаётся определить, кто работает: %1</translation>
    </message>
    <message>
        <source>Welcome, %1: you are the administrator of this database.</source>
        <translation>Добро пожаловать, %1: вы администратор этой базы данных.</translation>
    </message>
    <message>
        <source>Cannot switch the user</source>
        <translation>Не удаётся сменить пользователя</translation>
    </message>
    <message>
        <source>%1 is working now</source>
        <translation>Сейчас работает %1</translation>
    </message>
    <message>
        <source>«%1» is the open database; writing there would destroy it. Choose another file.</source>
        <translation>«%1» — это открытая база данных; запись туда уничтожила бы её. Выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseStatusWidget</name>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>This database file cannot be changed; it is open for reading only.</source>
        <translation>Этот файл базы данных нельзя изменить: он открыт только для чтения.</translation>
    </message>
    <message>
        <source>The open database file</source>
        <translation>Открытый файл базы данных</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>Организации: %1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>Контактные лица: %1</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Задачи: %1</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Продажи: %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DemoDataRunner</name>
    <message>
        <source>Creating demo data…</source>
        <translation>Создание демонстрационных данных…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DuplicatesDialog</name>
    <message>
        <source>Duplicate organizations</source>
        <translation>Дубликаты организаций</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее значение</translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>Оставить &amp;первую, объединить с ней вторую</translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first into it</source>
        <translation>Оставить &amp;вторую, объединить с ней первую</translation>
    </message>
    <message>
        <source>Persons, tasks, sales, projects and deals move to the kept organization; empty fields are filled from the other. Edit &gt; Undo takes a merge back.</source>
        <translation>Контактные лица, задачи, продажи, проекты и сделки переходят к оставленной организации; её пустые поля заполняются из другой. Правка &gt; Отменить отменяет объединение.</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Искать &amp;снова</translation>
    </message>
    <message>
        <source>Looking for organizations that are probably one…</source>
        <translation>Поиск организаций, которые, вероятно, являются одной и той же…</translation>
    </message>
    <message>
        <source>No probable duplicates were found.</source>
        <translation>Вероятных дубликатов не найдено.</translation>
    </message>
    <message>
        <source>Probable duplicates: %1. Choose a pair and which one to keep.</source>
        <translation>Вероятных дубликатов: %1. Выберите пару и организацию, которую нужно оставить.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Не удаётся найти дубликаты</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <source>Cannot merge the organizations</source>
        <translation>Не удаётся объединить организации</translation>
    </message>
    <message>
        <source>«%1» was merged into «%2». Edit &gt; Undo takes it back.</source>
        <translation>Организация «%1» объединена с «%2». Правка &gt; Отменить возвращает всё как было.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportHistoryModel</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импортировать файл…</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported or undone.</source>
        <translation>База данных открыта только для чтения: импортировать или отменять импорт нельзя.</translation>
    </message>
    <message>
        <source>&amp;Undo selected import</source>
        <translation>&amp;Отменить выбранный импорт</translation>
    </message>
    <message>
        <source>Bring in client lists and sales histories from other programs and spreadsheets: CSV files in any encoding, with a preview, field mapping and duplicate checks. Every import can be undone.</source>
        <translation>Перенесите списки клиентов и историю продаж из других программ и электронных таблиц: файлы CSV в любой кодировке, с предпросмотром, сопоставлением полей и поиском дубликатов. Любой импорт можно отменить.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>Не удаётся прочитать историю импорта</translation>
    </message>
    <message>
        <source>Import clients or a sales history from a CSV file (Ctrl+I)</source>
        <translation>Импорт клиентов или истории продаж из файла CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Take the chosen import back: what it created is deleted, what it changed restored</source>
        <translation>Отменить выбранный импорт: созданное им удаляется, изменённое восстанавливается</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportUndoFlow</name>
    <message>
        <source>Undo import #%1 of «%2»? The clients, persons and sales it created are deleted, and what it changed is restored.</source>
        <translation>Отменить импорт №%1 из «%2»? Созданные им клиенты, контактные лица и продажи будут удалены, а изменённые данные восстановлены.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>Отмена импорта №%1…</translation>
    </message>
    <message>
        <source>Import #%1 was undone.</source>
        <translation>Импорт №%1 отменён.</translation>
    </message>
    <message>
        <source>The undo was cancelled; import #%1 is still in the database.</source>
        <translation>Отмена прервана; импорт №%1 остаётся в базе.</translation>
    </message>
    <message>
        <source>The import cannot be undone</source>
        <translation>Импорт нельзя отменить</translation>
    </message>
    <message>
        <source>Import #%1 was not undone; nothing was changed.
%2</source>
        <translation>Импорт №%1 не отменён; ничего не изменилось.
%2</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Kartoteka. Dates, numbers and the first day of the week follow it.</source>
        <translation>Новый язык будет использован при следующем запуске Картотеки. Даты, числа и первый день недели следуют ему.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MainWindow</name>
    <message>
        <source>Kartoteka</source>
        <translation>Картотека</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Сегментация</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kartoteka</source>
        <translation>&amp;О программе Картотека</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Демонстрационные данные созданы</translation>
    </message>
    <message>
        <source>Cannot create demo data</source>
        <translation>Не удаётся создать демонстрационные данные</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was written</source>
        <translation>Создание демонстрационных данных отменено; ничего не записано</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;A desktop CRM workstation for sales managers: the client card index, tasks and contacts on a calendar, and ABC/XYZ segmentation.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Картотека %1&lt;/h3&gt;&lt;p&gt;Рабочее место менеджера по продажам: картотека клиентов, задачи и контакты в календаре, ABC/XYZ-сегментация.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2 (работает на Qt %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Kartoteka</source>
        <translation>О программе Картотека</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
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
        <source>Find &amp;duplicate organizations…</source>
        <translation>Найти &amp;дубликаты организаций…</translation>
    </message>
    <message>
        <source>Organizations with the same INN, e-mail or phone, or nearly the same name in one city</source>
        <translation>Организации с одинаковым ИНН, эл. почтой или телефоном либо с почти одинаковым наименованием в одном городе</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Сменить &amp;пользователя…</translation>
    </message>
    <message>
        <source>Import c&amp;alendar (.ics)…</source>
        <translation>Импорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export tasks to calendar (.ics)…</source>
        <translation>&amp;Экспорт задач в календарь (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport contacts</source>
        <translation>Экспорт ко&amp;нтактов</translation>
    </message>
    <message>
        <source>&amp;Organizations as CSV…</source>
        <translation>&amp;Организации в CSV…</translation>
    </message>
    <message>
        <source>&amp;Persons as CSV…</source>
        <translation>&amp;Люди в CSV…</translation>
    </message>
    <message>
        <source>Persons as &amp;vCard…</source>
        <translation>Люди в &amp;vCard…</translation>
    </message>
    <message>
        <source>Import v&amp;Card…</source>
        <translation>Импорт v&amp;Card…</translation>
    </message>
    <message>
        <source>Custom &amp;fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <source>The extra fields of organizations and persons: text, number, date, yes/no or a choice</source>
        <translation>Дополнительные поля организаций и людей: текст, число, дата, да/нет или выбор из списка</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Текущий пользователь: %1 (%2)</translation>
    </message>
    <message>
        <source>Kartoteka — %1</source>
        <translation>Картотека — %1</translation>
    </message>
    <message>
        <source>Kartoteka &amp;Help</source>
        <translation>&amp;Справка Картотеки</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MappingPage</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Match the columns to fields</source>
        <translation>Сопоставьте столбцы с полями</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field, to a custom field or nowhere. Red cells would be rejected, yellow ones kept with a warning; point at a cell to see why.</source>
        <translation>Каждый столбец файла попадёт в поле, в дополнительное поле или никуда. Красные ячейки будут отклонены, жёлтые сохранятся с предупреждением; наведите указатель на ячейку, чтобы узнать причину.</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>&amp;Сохранить как профиль…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>Phones without a country code are &amp;from:</source>
        <translation>Телефоны без кода страны — &amp;из:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Cannot load the profile</source>
        <translation>Не удаётся загрузить профиль</translation>
    </message>
    <message>
        <source>The profile «%1» does not fit this file</source>
        <translation>Профиль «%1» не подходит к этому файлу</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Не удаётся сохранить профиль</translation>
    </message>
    <message>
        <source>Complete the mapping first: %1</source>
        <translation>Сначала завершите сопоставление: %1</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <source>Name of the profile (the next file of this shape can use it):</source>
        <translation>Название профиля (им можно будет воспользоваться для следующего файла такого же вида):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Choose how the dates are written to go on.</source>
        <translation>Чтобы продолжить, укажите, как записаны даты.</translation>
    </message>
    <message>
        <source>The dates in column «%1» can be read two ways. Which is right?</source>
        <translation>Даты в столбце «%1» можно прочитать двояко. Как правильно?</translation>
    </message>
    <message>
        <source>&amp;Day first: %1 is %2</source>
        <translation>Сначала &amp;день: %1 — это %2</translation>
    </message>
    <message>
        <source>&amp;Month first: %1 is %2</source>
        <translation>Сначала &amp;месяц: %1 — это %2</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>Новое доп. поле: %1</translation>
    </message>
    <message>
        <source>The dates in columns %1 can be read two ways. Which is right?</source>
        <translation>Даты в столбцах %1 можно прочитать двояко. Как правильно?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OptionsPage</name>
    <message>
        <source>When a client is already in the database or earlier in the file</source>
        <translation>Если клиент уже есть в базе данных или выше в файле</translation>
    </message>
    <message>
        <source>&amp;Merge (recommended)</source>
        <translation>&amp;Объединить (рекомендуется)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>&amp;Всё равно создать</translation>
    </message>
    <message>
        <source>S&amp;trict: import nothing unless every row can be read</source>
        <translation>&amp;Строго: не импортировать ничего, если хоть одну строку нельзя прочитать</translation>
    </message>
    <message>
        <source>Choose the options</source>
        <translation>Выберите параметры</translation>
    </message>
    <message>
        <source>A backup of the database is taken before the import, and the whole import can be undone later.</source>
        <translation>Перед импортом делается резервная копия базы данных, а весь импорт можно будет отменить.</translation>
    </message>
    <message>
        <source>Duplicates are found by INN, then e-mail, then phone, then name.</source>
        <translation>Дубликаты ищутся по ИНН, затем по эл. почте, затем по телефону, затем по наименованию.</translation>
    </message>
    <message>
        <source>Fill the empty fields of the existing client and add the new contact persons to it. Nothing already filled in is overwritten.</source>
        <translation>Заполнить пустые поля имеющегося клиента и добавить к нему новые контактные лица. Уже заполненное не перезаписывается.</translation>
    </message>
    <message>
        <source>Leave the existing client as it is and do not import the row.</source>
        <translation>Оставить имеющегося клиента как есть и не импортировать строку.</translation>
    </message>
    <message>
        <source>Add the row as a new client even though that makes a duplicate.</source>
        <translation>Добавить строку как нового клиента, даже если получится дубликат.</translation>
    </message>
    <message>
        <source>Every sales line is added. Its client is found by INN, else by name; clients not yet in the database are created.</source>
        <translation>Добавляется каждая строка продаж. Клиент ищется по ИНН, иначе по наименованию; клиенты, которых ещё нет в базе, создаются.</translation>
    </message>
    <message>
        <source>Otherwise the rows that cannot be read are left out and listed with their line numbers. Values kept with a warning never count against a row.</source>
        <translation>Иначе строки, которые нельзя прочитать, пропускаются и перечисляются с номерами строк. Значения, сохранённые с предупреждением, строку не отклоняют.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationCard</name>
    <message>
        <source>Choose an organization in the list to see its card.</source>
        <translation>Выберите организацию в списке, чтобы увидеть её карточку.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Cannot show the organization: %1</source>
        <translation>Не удаётся показать организацию: %1</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>менеджер %1</translation>
    </message>
    <message>
        <source>archived on %1</source>
        <translation>в архиве с %1</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Service priority</source>
        <translation>Приоритет обслуживания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Price terms</source>
        <translation>Ценовые условия</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>ABC/XYZ class</source>
        <translation>Класс ABC/XYZ</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (на %2)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>no sales</source>
        <translation>нет продаж</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n sale(s)</source>
        <translation>
            <numerusform>%1 за %n продажу</numerusform>
            <numerusform>%1 за %n продажи</numerusform>
            <numerusform>%1 за %n продаж</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation>Продажи за 12 месяцев</translation>
    </message>
    <message>
        <source>Sales, all time</source>
        <translation>Продажи за всё время</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Контактные лица (%1)</translation>
    </message>
    <message>
        <source>Journal (%1)</source>
        <translation>Журнал (%1)</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>Добавить &amp;задачу…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or other task with this organization</source>
        <translation>Запланировать звонок, встречу или другую задачу с этой организацией</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Записать звонок…</translation>
    </message>
    <message>
        <source>Record a call made just now</source>
        <translation>Записать только что сделанный звонок</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Изменение организации</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>+7 495 123-45-67, 8 (812) 765-43-21</source>
        <translation>+7 495 123-45-67, 8 (812) 765-43-21</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Организационно-правовая &amp;форма:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>Service &amp;priority:</source>
        <translation>&amp;Приоритет обслуживания:</translation>
    </message>
    <message>
        <source>Price &amp;terms:</source>
        <translation>&amp;Ценовые условия:</translation>
    </message>
    <message>
        <source>&amp;Delivery terms:</source>
        <translation>&amp;Условия поставки:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>Те&amp;лефоны:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Укажите наименование.</translation>
    </message>
    <message>
        <source>The INN is not valid: it needs 10 or 12 digits with correct check digits.</source>
        <translation>Неверный ИНН: нужно 10 или 12 цифр с правильными контрольными цифрами.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationFilterBar</name>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Kind of organization</source>
        <translation>Тип организации</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>Любой менеджер</translation>
    </message>
    <message>
        <source>Personal manager</source>
        <translation>Персональный менеджер</translation>
    </message>
    <message>
        <source>Any ABC</source>
        <translation>Любой класс ABC</translation>
    </message>
    <message>
        <source>ABC class: how much the client buys</source>
        <translation>Класс ABC: сколько покупает клиент</translation>
    </message>
    <message>
        <source>Any XYZ</source>
        <translation>Любой класс XYZ</translation>
    </message>
    <message>
        <source>XYZ class: how steadily the client buys</source>
        <translation>Класс XYZ: насколько стабильно покупает клиент</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Любой город</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Показывать ар&amp;хивные</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Посл. контакт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationPicker</name>
    <message>
        <source>Type a name, INN, phone or city</source>
        <translation>Введите наименование, ИНН, телефон или город</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonCard</name>
    <message>
        <source>Choose a person to see their card.</source>
        <translation>Выберите человека, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>our staff</source>
        <translation>наш сотрудник</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open the organization&apos;s card</source>
        <translation>Открыть карточку организации</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Program user</source>
        <translation>Пользователь программы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonEditor</name>
    <message>
        <source>One of our &amp;staff</source>
        <translation>Наш &amp;сотрудник</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменение данных человека</translation>
    </message>
    <message>
        <source>Type part of the name, INN or phone</source>
        <translation>Введите часть наименования, ИНН или телефона</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The program user this member of staff logs in as</source>
        <translation>Пользователь программы, под которым входит этот сотрудник</translation>
    </message>
    <message>
        <source>+7 916 123-45-67, 8 (495) 765-43-21</source>
        <translation>+7 916 123-45-67, 8 (495) 765-43-21</translation>
    </message>
    <message>
        <source>name@example.ru, name@mail.ru</source>
        <translation>name@example.ru, name@mail.ru</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Program &amp;user:</source>
        <translation>&amp;Пользователь программы:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>Те&amp;лефоны:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>День &amp;рождения:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Укажите ФИО.</translation>
    </message>
    <message>
        <source>Choose the organization of the contact person (or mark them as one of our staff).</source>
        <translation>Выберите организацию контактного лица (или отметьте, что это наш сотрудник).</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonListModel</name>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>our staff</source>
        <translation>наш сотрудник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonsView</name>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Показывать ар&amp;хивные</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Contact persons of the organizations and our own staff, with their journal.</source>
        <translation>Контактные лица организаций и наши сотрудники, с их журналом.</translation>
    </message>
    <message>
        <source>Search persons by name, phone or e-mail</source>
        <translation>Поиск людей по ФИО, телефону или эл. почте</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Наши сотрудники</translation>
    </message>
    <message>
        <source>Create a person (Ctrl+Shift+P)</source>
        <translation>Добавить человека (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Edit the person shown (F2)</source>
        <translation>Изменить данные показанного человека (F2)</translation>
    </message>
    <message>
        <source>Delete the person shown (Del); one with a journal can only be archived</source>
        <translation>Удалить показанного человека (Del); человека с журналом можно только архивировать</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>Найден %Ln человек</numerusform>
            <numerusform>Найдено %Ln человека</numerusform>
            <numerusform>Найдено %Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the persons: %1</source>
        <translation>Не удаётся прочитать список людей: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Bring the person back from the archive</source>
        <translation>Вернуть человека из архива</translation>
    </message>
    <message>
        <source>Hide the person in the archive; they keep their journal</source>
        <translation>Убрать человека в архив; его журнал сохраняется</translation>
    </message>
    <message>
        <source>Cannot create the person</source>
        <translation>Не удаётся добавить человека</translation>
    </message>
    <message>
        <source>create «%1»</source>
        <translation>создание «%1»</translation>
    </message>
    <message>
        <source>Cannot edit the person</source>
        <translation>Не удаётся изменить данные человека</translation>
    </message>
    <message>
        <source>Cannot save the person</source>
        <translation>Не удаётся сохранить данные человека</translation>
    </message>
    <message>
        <source>edit «%1»</source>
        <translation>изменение «%1»</translation>
    </message>
    <message>
        <source>Cannot archive the person</source>
        <translation>Не удаётся архивировать человека</translation>
    </message>
    <message>
        <source>Cannot restore the person</source>
        <translation>Не удаётся восстановить человека</translation>
    </message>
    <message>
        <source>Cannot delete the person</source>
        <translation>Не удаётся удалить человека</translation>
    </message>
    <message>
        <source>«%1» cannot be deleted: %2.</source>
        <translation>«%1» нельзя удалить: %2.</translation>
    </message>
    <message>
        <source>Delete the person</source>
        <translation>Удаление человека</translation>
    </message>
    <message>
        <source>Delete «%1»? Edit › Undo brings them back.</source>
        <translation>Удалить «%1»? Правка › Отменить вернёт его.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PhoneSettingsPage</name>
    <message>
        <source>Phone numbers typed or imported without a country code are read as numbers of this country; numbers of this country are shown in its national format.</source>
        <translation>Телефоны, введённые или импортированные без кода страны, считаются номерами этой страны; номера этой страны показываются в её национальном формате.</translation>
    </message>
    <message>
        <source>Default &amp;country for phones:</source>
        <translation>&amp;Страна телефонов по умолчанию:</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PreviewPage</name>
    <message>
        <source>First row is the &amp;header</source>
        <translation>Первая строка — &amp;заголовок</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Проверьте, как читается файл</translation>
    </message>
    <message>
        <source>The first rows as they were decoded. If the letters look wrong or the columns are split badly, choose another encoding or delimiter.</source>
        <translation>Первые строки в том виде, как они прочитаны. Если буквы выглядят неправильно или столбцы разделены не так, выберите другую кодировку или разделитель.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Авто (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n column(s)  ·  %2  ·  %3</source>
        <translation>
            <numerusform>%1  ·  %n столбец  ·  %2  ·  %3</numerusform>
            <numerusform>%1  ·  %n столбца  ·  %2  ·  %3</numerusform>
            <numerusform>%1  ·  %n столбцов  ·  %2  ·  %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderService</name>
    <message>
        <source>Kartoteka</source>
        <translation>Картотека</translation>
    </message>
    <message>
        <source>Reminders cannot be read: %1</source>
        <translation>Не удаётся прочитать напоминания: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>The reminder cannot be put off: %1</source>
        <translation>Не удаётся отложить напоминание: %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderWindow</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>&amp;Snooze 5 min</source>
        <translation>Отло&amp;жить на 5 мин</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 минут</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>Наступило %n напоминание.</numerusform>
            <numerusform>Наступило %n напоминания.</numerusform>
            <numerusform>Наступило %n напоминаний.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel stops the import and writes nothing.</source>
        <translation>Кнопка «Отменить импорт» останавливает импорт, и ничего не записывается.</translation>
    </message>
    <message>
        <source>Importing «%1»…</source>
        <translation>Импорт «%1»…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written to the database. Go back to change the options and import again, or close the wizard.</source>
        <translation>Импорт отменён; в базу данных ничего не записано. Вернитесь назад, чтобы изменить параметры и повторить импорт, или закройте мастер.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written to the database.
%1</source>
        <translation>Импорт не удался; в базу данных ничего не записано.
%1</translation>
    </message>
    <message>
        <source>Building the indexes for sorting and search…</source>
        <translation>Строятся индексы для сортировки и поиска…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SearchResultsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contact person of %1</source>
        <translation>Контактное лицо организации %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование / ФИО</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Совпадение</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationHistoryDialog</name>
    <message>
        <source>Only clients whose class &amp;changed</source>
        <translation>Только клиенты, у которых &amp;изменился класс</translation>
    </message>
    <message>
        <source>Segmentation history</source>
        <translation>История сегментации</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>вне рейтинга</translation>
    </message>
    <message>
        <source>Rows: the class in the earlier snapshot; columns: the class in the later one.</source>
        <translation>Строки — класс в более раннем снимке, столбцы — в более позднем.</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>&amp;Ранний снимок:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Поздний снимок:</translation>
    </message>
    <message>
        <source>ABC classes, earlier (rows) → later (columns):</source>
        <translation>Классы ABC, ранний (строки) → поздний (столбцы):</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>прибыль</translation>
    </message>
    <message>
        <source>%1: %2, %3, ranked clients: %4</source>
        <translation>%1: %2, %3, клиентов в рейтинге: %4</translation>
    </message>
    <message>
        <source>Cannot read the saved snapshots: %1</source>
        <translation>Не удаётся прочитать сохранённые снимки: %1</translation>
    </message>
    <message>
        <source>Save the analysis as a snapshot at least twice (now and, say, next month) to see how clients move between classes.</source>
        <translation>Сохраните анализ как снимок хотя бы дважды (сейчас и, скажем, через месяц), чтобы увидеть, как клиенты переходят между классами.</translation>
    </message>
    <message>
        <source>Choose two different snapshots.</source>
        <translation>Выберите два разных снимка.</translation>
    </message>
    <message>
        <source>Cannot compare the snapshots: %1</source>
        <translation>Не удаётся сравнить снимки: %1</translation>
    </message>
    <message>
        <source>Fell to a worse class or dropped out (red): %1</source>
        <translation>Опустились в худший класс или выбыли (красным): %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationMatrixWidget</name>
    <message>
        <source>X
steady</source>
        <translation>X
стабильный</translation>
    </message>
    <message>
        <source>Steady demand: the smallest month-to-month variation</source>
        <translation>Стабильный спрос: наименьшие колебания от месяца к месяцу</translation>
    </message>
    <message>
        <source>Y
varying</source>
        <translation>Y
изменчивый</translation>
    </message>
    <message>
        <source>Demand that varies</source>
        <translation>Спрос с колебаниями</translation>
    </message>
    <message>
        <source>Z
erratic</source>
        <translation>Z
нерегулярный</translation>
    </message>
    <message>
        <source>Erratic demand</source>
        <translation>Нерегулярный спрос</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Fewer than three months (or quarters) to measure: not classed by XYZ</source>
        <translation>Меньше трёх месяцев (или кварталов) для оценки: класс XYZ не определяется</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The clients that bring most of the value</source>
        <translation>Клиенты, которые дают основную часть суммы</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>The middle clients</source>
        <translation>Средние клиенты</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The many small clients</source>
        <translation>Многочисленные мелкие клиенты</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, новые</translation>
    </message>
    <message>
        <source>%1 — clients: %2, share of the total value: %3</source>
        <translation>%1 — клиентов: %2, доля в общей сумме: %3</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>Сегментация</translation>
    </message>
    <message>
        <source>Which clients matter: the ABC/XYZ analysis of their sales in a period.</source>
        <translation>Какие клиенты важнее всего: ABC/XYZ-анализ их продаж за период.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Stop the analysis (Esc); the result shown stays</source>
        <translation>Остановить анализ (Esc); показанный результат останется</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <source>The periods over which the steadiness of demand (XYZ) is measured</source>
        <translation>Периоды, по которым оценивается стабильность спроса (XYZ)</translation>
    </message>
    <message>
        <source>Class A: the best clients that together make up this share of the total</source>
        <translation>Класс A: лучшие клиенты, вместе дающие эту долю итога</translation>
    </message>
    <message>
        <source>Class B: the next clients, up to this share of the total; the rest are C</source>
        <translation>Класс B: следующие клиенты, до этой доли итога; остальные — C</translation>
    </message>
    <message>
        <source>Class X: coefficient of variation at most this</source>
        <translation>Класс X: коэффициент вариации не больше этого значения</translation>
    </message>
    <message>
        <source>Class Y: coefficient of variation at most this; above it is Z</source>
        <translation>Класс Y: коэффициент вариации не больше этого значения; выше — Z</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>Analyse the sales (F5)</source>
        <translation>Проанализировать продажи (F5)</translation>
    </message>
    <message>
        <source>&amp;Save as snapshot</source>
        <translation>&amp;Сохранить снимок</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Compare saved snapshots: how clients moved between classes</source>
        <translation>Сравнить сохранённые снимки: как клиенты переходили между классами</translation>
    </message>
    <message>
        <source>Print the report, save it as PDF, or export the ranked clients as CSV</source>
        <translation>Напечатать отчёт, сохранить его в PDF или выгрузить рейтинг клиентов в CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>По&amp;казатель:</translation>
    </message>
    <message>
        <source>&amp;Steadiness by:</source>
        <translation>Ста&amp;бильность по:</translation>
    </message>
    <message>
        <source>Class bounds:</source>
        <translation>Границы классов:</translation>
    </message>
    <message>
        <source>&amp;A ≤</source>
        <translation>&amp;A ≤</translation>
    </message>
    <message>
        <source>&amp;B ≤</source>
        <translation>&amp;B ≤</translation>
    </message>
    <message>
        <source>&amp;X ≤</source>
        <translation>&amp;X ≤</translation>
    </message>
    <message>
        <source>&amp;Y ≤</source>
        <translation>&amp;Y ≤</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>По классам</translation>
    </message>
    <message>
        <source>ABC × XYZ</source>
        <translation>ABC × XYZ</translation>
    </message>
    <message>
        <source>Click a cell to list its clients; click it again to list all</source>
        <translation>Щёлкните ячейку, чтобы показать её клиентов; щёлкните ещё раз, чтобы показать всех</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;всех</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>Ranked clients</source>
        <translation>Рейтинг клиентов</translation>
    </message>
    <message>
        <source>Lost clients</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <source>Bought before the period, nothing in it</source>
        <translation>Покупали до периода, в периоде — ничего</translation>
    </message>
    <message>
        <source>Cannot open the database for the analysis</source>
        <translation>Не удаётся открыть базу данных для анализа</translation>
    </message>
    <message>
        <source>Press Run (F5) to analyse the sales of the chosen period.</source>
        <translation>Нажмите «Рассчитать» (F5), чтобы проанализировать продажи за выбранный период.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled; the previous result is still shown.</source>
        <translation>Отменено; показан прежний результат.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Анализ не удался: %1</translation>
    </message>
    <message>
        <source>Cannot analyse the sales</source>
        <translation>Не удаётся проанализировать продажи</translation>
    </message>
    <message>
        <source>total revenue %1</source>
        <translation>выручка всего %1</translation>
    </message>
    <message>
        <source>total profit %1</source>
        <translation>прибыль всего %1</translation>
    </message>
    <message>
        <source>ranked clients: %1</source>
        <translation>клиентов в рейтинге: %1</translation>
    </message>
    <message>
        <source>lost clients: %1</source>
        <translation>потерянных клиентов: %1</translation>
    </message>
    <message>
        <source>No client bought anything in %1 (or every value was zero or negative).

Choose another period or metric and press Run (F5).</source>
        <translation>За период %1 ни один клиент ничего не купил (или все значения нулевые либо отрицательные).

Выберите другой период или показатель и нажмите «Рассчитать» (F5).</translation>
    </message>
    <message>
        <source>Ranked clients (%1)</source>
        <translation>Рейтинг клиентов (%1)</translation>
    </message>
    <message>
        <source>Lost clients (%1)</source>
        <translation>Потерянные клиенты (%1)</translation>
    </message>
    <message>
        <source>There are no sales to analyse yet.

Import a sales history (Import page) or create demo data, then press Run (F5).</source>
        <translation>Пока нет продаж для анализа.

Импортируйте историю продаж (страница «Импорт») или создайте демонстрационные данные, затем нажмите «Рассчитать» (F5).</translation>
    </message>
    <message>
        <source>%1. %2 (%3%4): %5, %6 % of the total, %7 % cumulative</source>
        <translation>%1. %2 (%3%4): %5, %6 % от итога, нарастающим итогом %7 %</translation>
    </message>
    <message>
        <source>Class %1 — clients: %2, value: %3</source>
        <translation>Класс %1 — клиентов: %2, сумма: %3</translation>
    </message>
    <message>
        <source>All ranked clients, best first: %1</source>
        <translation>Все клиенты рейтинга, начиная с лучших: %1</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, новые</translation>
    </message>
    <message>
        <source>Clients of cell %1: %2</source>
        <translation>Клиенты ячейки %1: %2</translation>
    </message>
    <message>
        <source>Clients of class %1: %2</source>
        <translation>Клиенты класса %1: %2</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be saved.</source>
        <translation>База данных открыта только для чтения: сохранить ничего нельзя.</translation>
    </message>
    <message>
        <source>This result is saved already.</source>
        <translation>Этот результат уже сохранён.</translation>
    </message>
    <message>
        <source>Keep this result to compare it later, and store each client&apos;s class on its card</source>
        <translation>Сохранить этот результат для последующего сравнения и записать класс каждого клиента в его карточку</translation>
    </message>
    <message>
        <source>Export the ranked clients as CSV</source>
        <translation>Экспорт рейтинга клиентов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the CSV file</source>
        <translation>Не удаётся выгрузить файл CSV</translation>
    </message>
    <message>
        <source>The ranked clients were exported to «%1».</source>
        <translation>Рейтинг клиентов выгружен в «%1».</translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>Снимок не сохранён: %1</translation>
    </message>
    <message>
        <source>Cannot save the snapshot</source>
        <translation>Не удаётся сохранить снимок</translation>
    </message>
    <message>
        <source>Saved as a snapshot; each client&apos;s card now shows its class.</source>
        <translation>Сохранено как снимок; теперь в карточке каждого клиента указан его класс.</translation>
    </message>
    <message>
        <source>Ranks %1–%2: %3, %4 % cumulative</source>
        <translation>Места %1–%2: %3, накопленная доля %4 %</translation>
    </message>
    <message>
        <source>Saving the snapshot…</source>
        <translation>Снимок сохраняется…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationTableModel</name>
    <message>
        <source>Fewer than three months (or quarters) to measure: not classed by XYZ.</source>
        <translation>Меньше трёх месяцев (или кварталов) для оценки: класс XYZ не определяется.</translation>
    </message>
    <message>
        <source>Months (or quarters) measured: %1</source>
        <translation>Учтено месяцев (или кварталов): %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>The client&apos;s share of the total, percent</source>
        <translation>Доля клиента в итоге, %</translation>
    </message>
    <message>
        <source>The share of this client and all ranked above it, percent</source>
        <translation>Доля этого клиента вместе со всеми, кто выше в рейтинге, %</translation>
    </message>
    <message>
        <source>Coefficient of variation of the monthly (or quarterly) value, percent: the lower, the steadier</source>
        <translation>Коэффициент вариации помесячных (или поквартальных) значений, %: чем ниже, тем стабильнее</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>Накопленная доля, %</translation>
    </message>
    <message>
        <source>CV, %</source>
        <translation>КВ, %</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SummaryPage</name>
    <message>
        <source>&amp;Open rejects file</source>
        <translation>&amp;Открыть файл отклонённых строк</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>О&amp;тменить импорт</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>Merged into existing clients:</source>
        <translation>Объединено с имеющимися клиентами:</translation>
    </message>
    <message>
        <source>Skipped as duplicates:</source>
        <translation>Пропущено как дубликаты:</translation>
    </message>
    <message>
        <source>New clients for sales:</source>
        <translation>Новых клиентов по продажам:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждений:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Import #%1 of «%2» is done.</source>
        <translation>Импорт №%1 из «%2» выполнен.</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: nothing was imported from «%1», because %n row(s) could not be read. Fix them (see below) or import without Strict.</source>
        <translation>
            <numerusform>Строгий режим: из «%1» ничего не импортировано, потому что %n строку не удалось прочитать. Исправьте её (см. ниже) или импортируйте без строгого режима.</numerusform>
            <numerusform>Строгий режим: из «%1» ничего не импортировано, потому что %n строки не удалось прочитать. Исправьте их (см. ниже) или импортируйте без строгого режима.</numerusform>
            <numerusform>Строгий режим: из «%1» ничего не импортировано, потому что %n строк не удалось прочитать. Исправьте их (см. ниже) или импортируйте без строгого режима.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the rejects file</source>
        <translation>Не удаётся открыть файл отклонённых строк</translation>
    </message>
    <message>
        <source>No application opened «%1».</source>
        <translation>Ни одна программа не открыла «%1».</translation>
    </message>
    <message>
        <source>The import is still in the database.</source>
        <translation>Импорт остаётся в базе данных.</translation>
    </message>
    <message>
        <source>Import #%1 was undone: the database is as it was before it.</source>
        <translation>Импорт №%1 отменён: база данных такая же, как до него.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskEditing</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Cannot edit the task</source>
        <translation>Не удаётся изменить задачу</translation>
    </message>
    <message>
        <source>Cannot create the task</source>
        <translation>Не удаётся создать задачу</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Не удаётся сохранить задачу</translation>
    </message>
    <message>
        <source>Cannot delete the task</source>
        <translation>Не удаётся удалить задачу</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Удаление задачи</translation>
    </message>
    <message>
        <source>Delete «%1»? Edit › Undo brings it back.</source>
        <translation>Удалить «%1»? Правка › Отменить вернёт её.</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>Не удаётся завершить задачу</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskEditor</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>T&amp;ypes…</source>
        <translation>Тип&amp;ы…</translation>
    </message>
    <message>
        <source>Personal: seen by its aut&amp;hor, assignee and controller only</source>
        <translation>Лична&amp;я: видна только автору, исполнителю и контролёру</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>Весь ден&amp;ь</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменение задачи</translation>
    </message>
    <message>
        <source>Add, rename and recolour task types</source>
        <translation>Добавить, переименовать или перекрасить типы задач</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>В момент начала</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>За 5 минут</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>За 15 минут</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>За 30 минут</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>At a time of its own</source>
        <translation>В указанное время</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Ти&amp;п:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>Co&amp;mplete:</source>
        <translation>Выпол&amp;нено:</translation>
    </message>
    <message>
        <source>Organi&amp;zation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Co&amp;ntact person:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>Сдел&amp;ка:</translation>
    </message>
    <message>
        <source>&amp;Expenses:</source>
        <translation>Рас&amp;ходы:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>C&amp;ontroller:</source>
        <translation>Контрол&amp;ёр:</translation>
    </message>
    <message>
        <source>P&amp;lanned start:</source>
        <translation>На&amp;чало по плану:</translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation>Окончани&amp;е по плану:</translation>
    </message>
    <message>
        <source>Actual start:</source>
        <translation>Фактическое начало:</translation>
    </message>
    <message>
        <source>Actual end:</source>
        <translation>Фактическое окончание:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Дата контроля:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Напо&amp;минание:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>Содер&amp;жание:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Enter the subject.</source>
        <translation>Укажите тему.</translation>
    </message>
    <message>
        <source>Choose the type.</source>
        <translation>Выберите тип.</translation>
    </message>
    <message>
        <source>Choose the author.</source>
        <translation>Выберите автора.</translation>
    </message>
    <message>
        <source>Choose the organization from the list, or clear the field.</source>
        <translation>Выберите организацию из списка или очистите поле.</translation>
    </message>
    <message>
        <source>A planned end needs a planned start.</source>
        <translation>Для планового окончания нужно плановое начало.</translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>Плановое окончание раньше планового начала.</translation>
    </message>
    <message>
        <source>The actual end is before the actual start.</source>
        <translation>Фактическое окончание раньше фактического начала.</translation>
    </message>
    <message>
        <source>A reminder before the start needs a planned start.</source>
        <translation>Для напоминания до начала нужно плановое начало.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskFilterBar</name>
    <message>
        <source>All I see</source>
        <translation>Все видимые мне</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Я исполнитель</translation>
    </message>
    <message>
        <source>Authored by me</source>
        <translation>Я автор</translation>
    </message>
    <message>
        <source>Controlled by me</source>
        <translation>Я контролёр</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Любое время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This decade</source>
        <translation>Эта декада</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>Любая важность</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskJournalModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskJournalView</name>
    <message>
        <source>The newest %1 of %2 tasks</source>
        <translation>Показаны последние задачи: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the tasks: %1</source>
        <translation>Не удаётся прочитать задачи: %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Task reports: hours, expenses, done on time and overdue over a period.</source>
        <translation>Отчёты по задачам: часы, расходы, выполненные в срок и просроченные задачи за период.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Stop the report (Esc); the report shown stays</source>
        <translation>Остановить отчёт (Esc); показанный отчёт останется</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Контролёры</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Состояния</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>Make the report (F5)</source>
        <translation>Построить отчёт (F5)</translation>
    </message>
    <message>
        <source>Print the report, save it as PDF, or export its table as CSV</source>
        <translation>Напечатать отчёт, сохранить его в PDF или выгрузить его таблицу в CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировать по:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Hours per user</source>
        <translation>Часы по пользователям</translation>
    </message>
    <message>
        <source>Workload per day</source>
        <translation>Загрузка по дням</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>По состояниям</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>По типам</translation>
    </message>
    <message>
        <source>Choose the period and filters, then press Run (F5).</source>
        <translation>Выберите период и фильтры, затем нажмите «Рассчитать» (F5).</translation>
    </message>
    <message>
        <source>Choose the organization from the list, or clear its field.</source>
        <translation>Выберите организацию из списка или очистите её поле.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled; the previous report is still shown.</source>
        <translation>Отменено; показан прежний отчёт.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Отчёт не построен: %1</translation>
    </message>
    <message>
        <source>Cannot make the task report</source>
        <translation>Не удаётся построить отчёт по задачам</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>задач: %1</translation>
    </message>
    <message>
        <source>planned %1 h, actual %2 h</source>
        <translation>по плану %1 ч, фактически %2 ч</translation>
    </message>
    <message>
        <source>expenses %1</source>
        <translation>расходы %1</translation>
    </message>
    <message>
        <source>done %1, on time %2</source>
        <translation>выполнено %1, в срок %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочено %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>План, ч</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>Факт, ч</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No task of the period matches the filters.</source>
        <translation>Ни одна задача периода не подходит под фильтры.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Экспорт отчёта в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the CSV file</source>
        <translation>Не удаётся выгрузить файл CSV</translation>
    </message>
    <message>
        <source>The report was exported to «%1».</source>
        <translation>Отчёт выгружен в «%1».</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskTypesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Task types</source>
        <translation>Типы задач</translation>
    </message>
    <message>
        <source>Name of the type</source>
        <translation>Название типа</translation>
    </message>
    <message>
        <source>Colour of the type in the calendar</source>
        <translation>Цвет типа в календаре</translation>
    </message>
    <message>
        <source>Add a type with this name and colour</source>
        <translation>Добавить тип с этим названием и цветом</translation>
    </message>
    <message>
        <source>Give the chosen type this name and colour</source>
        <translation>Задать выбранному типу это название и цвет</translation>
    </message>
    <message>
        <source>Comes with the program: its name follows the language; its colour can change</source>
        <translation>Входит в поставку программы: название зависит от языка, цвет можно изменить</translation>
    </message>
    <message>
        <source>Colour of the type</source>
        <translation>Цвет типа</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TasksIcsActions</name>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics *.ical *.ifb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export tasks to iCalendar</source>
        <translation>Экспорт задач в iCalendar</translation>
    </message>
    <message>
        <source>tasks.ics</source>
        <translation>tasks.ics</translation>
    </message>
    <message>
        <source>Cannot write «%1»: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot import a calendar</source>
        <translation>Не удаётся импортировать календарь</translation>
    </message>
    <message>
        <source>This database is open read-only, or nobody is working in it.</source>
        <translation>Эта база данных открыта только для чтения или в ней никто не работает.</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>Импорт файла iCalendar</translation>
    </message>
    <message>
        <source>Cannot export tasks</source>
        <translation>Не удаётся экспортировать задачи</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>В %1 выгружена %n задача</numerusform>
            <numerusform>В %1 выгружены %n задачи</numerusform>
            <numerusform>В %1 выгружено %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported: %1 new, %2 updated, %3 rejected</source>
        <translation>Календарь импортирован: новых — %1, обновлённых — %2, отклонённых — %3</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2</source>
        <translation>Строка %1: отклонено: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Some of the calendar was not imported as it is</source>
        <translation>Часть календаря импортирована не в исходном виде</translation>
    </message>
    <message>
        <source>Importing «%1»…</source>
        <translation>Импорт «%1»…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Отменено; ничего не записано</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Calls, letters, meetings and other tasks: who does what and when, with their state, importance and progress.</source>
        <translation>Звонки, письма, встречи и другие задачи: кто, что и когда делает, их состояние, важность и ход выполнения.</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Done now: 100 % and the actual end now (Ctrl+D)</source>
        <translation>Выполнена сейчас: 100 % и фактическое окончание — сейчас (Ctrl+D)</translation>
    </message>
    <message>
        <source>Any project</source>
        <translation>Любой проект</translation>
    </message>
    <message>
        <source>Any deal</source>
        <translation>Любая сделка</translation>
    </message>
    <message>
        <source>The journal of a user: the tasks they author, are assigned or control</source>
        <translation>Журнал пользователя: задачи, где он автор, исполнитель или контролёр</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Любой пользователь</translation>
    </message>
    <message>
        <source>Plan a call, letter, meeting or other task (Ctrl+N anywhere)</source>
        <translation>Запланировать звонок, письмо, встречу или другую задачу (Ctrl+N на любой странице)</translation>
    </message>
    <message>
        <source>Open the chosen task in the editor (F2, Enter or a double-click)</source>
        <translation>Открыть выбранную задачу в редакторе (F2, Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete the chosen task after asking (Del); Edit › Undo brings it back</source>
        <translation>Удалить выбранную задачу после подтверждения (Del); Правка › Отменить вернёт её</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TimeGridView</name>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::UserChooserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Several people work with this database. Who are you?</source>
        <translation>С этой базой данных работают несколько человек. Кто вы?</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::UserEditor</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Изменение пользователя</translation>
    </message>
    <message>
        <source>A manager sees shared tasks and their own personal ones; a supervisor sees all; an administrator also manages the users</source>
        <translation>Менеджер видит общие задачи и свои личные; руководитель видит все; администратор, кроме того, управляет пользователями</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>Укажите логин.</translation>
    </message>
    <message>
        <source>The login %1 is taken by %2.</source>
        <translation>Логин %1 уже занят: %2.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>The e-mail does not look like an address (name@example.ru).</source>
        <translation>Эл. почта не похожа на адрес (name@example.ru).</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 — последний активный администратор: сначала назначьте администратором другого пользователя.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::UsersSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>Нет, отключён</translation>
    </message>
    <message>
        <source>Users who worked with tasks are deactivated rather than deleted: they keep their history.</source>
        <translation>Пользователи, которые работали с задачами, не удаляются, а отключаются: их история сохраняется.</translation>
    </message>
    <message>
        <source>Only an administrator can change the users.</source>
        <translation>Изменять пользователей может только администратор.</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself</source>
        <translation>Нельзя отключить самого себя</translation>
    </message>
    <message>
        <source>The last active administrator stays active</source>
        <translation>Последний активный администратор остаётся активным</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kartoteka</source>
        <translation>Добро пожаловать в Картотеку</translation>
    </message>
    <message>
        <source>This database has no clients yet. Choose how to begin:</source>
        <translation>В этой базе данных пока нет клиентов. Выберите, с чего начать:</translation>
    </message>
    <message>
        <source>Import a client list</source>
        <translation>Импортировать список клиентов</translation>
    </message>
    <message>
        <source>Bring in organizations and contacts from a CSV file that another program or a spreadsheet exported.</source>
        <translation>Загрузить организации и контакты из CSV-файла, выгруженного другой программой или электронной таблицей.</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Создать демонстрационные данные</translation>
    </message>
    <message>
        <source>Fill this database with sample clients, tasks and sales to try Kartoteka out.</source>
        <translation>Заполнить базу примерами клиентов, задач и продаж, чтобы опробовать Картотеку.</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>Start the card index by hand with your first client.</source>
        <translation>Начать картотеку вручную с первого клиента.</translation>
    </message>
    <message>
        <source>Press F1 on any page for help about it; Help › Keyboard shortcuts lists the keys.</source>
        <translation>Нажмите F1 на любой странице, чтобы открыть справку о ней; Справка › Сочетания клавиш перечисляет все клавиши.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::WorkerProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::help::HelpWindow</name>
    <message>
        <source>Kartoteka Help</source>
        <translation>Справка Картотеки</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>Поиск по справке</translation>
    </message>
    <message>
        <source>Shows only the topics that contain every word typed; Enter finds it in the page</source>
        <translation>Показывает только разделы, где есть все введённые слова; Enter ищет их на странице</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Kartoteka Help — %1</source>
        <translation>Справка Картотеки — %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kartoteka: the client card index, tasks and segmentation.</source>
        <translation>Картотека: картотека клиентов, задачи и сегментация.</translation>
    </message>
    <message>
        <source>Open the database &lt;path&gt; instead of the per-user one.</source>
        <translation>Открыть базу данных &lt;path&gt; вместо базы пользователя.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print the time until the main window has painted, then quit.</source>
        <translation>Вывести время до первой отрисовки главного окна и завершить работу.</translation>
    </message>
</context>
</TS>
