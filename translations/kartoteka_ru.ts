<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>kartoteka::ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Planned work by day, week, decade and month, and the daily schedule with reminders.</source>
        <translation>Запланированная работа по дням, неделям, декадам и месяцам, а также распорядок дня с напоминаниями.</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>The card index: organizations, contact persons, their journal, search and duplicates.</source>
        <translation>Картотека: организации, контактные лица, их журнал, поиск и дубликаты.</translation>
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
        <source>Cannot write «%1».</source>
        <translation>Не удаётся записать «%1».</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Kartoteka databases (*.sqlite *.db)</source>
        <translation>Базы данных Картотеки (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
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
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Bring in client lists from other programs and spreadsheets: CSV files in any encoding, with a preview, field mapping and duplicate checks.</source>
        <translation>Загрузка списков клиентов из других программ и таблиц: CSV-файлы в любой кодировке, с предпросмотром, сопоставлением полей и проверкой дубликатов.</translation>
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
</context>
<context>
    <name>kartoteka::ui::SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>Сегментация</translation>
    </message>
    <message>
        <source>Which clients matter: the ABC/XYZ analysis of sales, the nine-cell matrix, the Pareto chart and printed reports.</source>
        <translation>Какие клиенты важны: ABC/XYZ-анализ продаж, матрица из девяти ячеек, диаграмма Парето и печатные отчёты.</translation>
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
</context>
</TS>
