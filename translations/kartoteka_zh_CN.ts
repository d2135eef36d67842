<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveOrganizationCommand</name>
    <message>
        <source>archive «%1»</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>restore «%1»</source>
        <translation>恢复“%1”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Organizations to create (default 300).</source>
        <translation>要创建的组织数（默认 300）。</translation>
    </message>
    <message>
        <source>Months of sales history (default 24).</source>
        <translation>销售历史的月数（默认 24）。</translation>
    </message>
    <message>
        <source>Tasks to create (default 2000).</source>
        <translation>要创建的任务数（默认 2000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>Organizations with sales history (default: up to 10000).</source>
        <translation>有销售历史的组织数（默认：最多 10000）。</translation>
    </message>
    <message>
        <source>--clients, --months, --tasks, --seed and --buyers take whole numbers of 0 or more.</source>
        <translation>--clients、--months、--tasks、--seed 和 --buyers 只接受大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>--months takes at most 600 and --seed at most 4294967295.</source>
        <translation>--months 最大为 600，--seed 最大为 4294967295。</translation>
    </message>
    <message>
        <source>«%1» is read-only; demo data cannot be written.</source>
        <translation>“%1”是只读的，无法写入演示数据。</translation>
    </message>
    <message>
        <source>Created %1 organizations, %2 persons, %3 users, %4 projects, %5 deals, %6 tasks and %7 sales in %8 s.</source>
        <translation>已在 %8 秒内创建 %1 个组织、%2 位联系人、%3 位用户、%4 个项目、%5 笔交易、%6 项任务和 %7 条销售记录。</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>架构版本：%1（本程序最高支持 %2）</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Where to write the copy; must not exist yet.</source>
        <translation>副本的写入位置；该文件必须尚不存在。</translation>
    </message>
    <message>
        <source>backup takes one FILE.</source>
        <translation>backup 只接受一个 FILE。</translation>
    </message>
    <message>
        <source>Backed up «%1» to «%2».</source>
        <translation>已将“%1”备份到“%2”。</translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>统计每类记录的数量。</translation>
    </message>
    <message>
        <source>Fill the database with realistic demo data.</source>
        <translation>用逼真的演示数据填充数据库。</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>检查数据库的完整性和架构版本。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the live database to FILE.</source>
        <translation>将正在使用的数据库的一致副本写入 FILE。</translation>
    </message>
    <message>
        <source>Find organizations and persons by part of a name, INN, phone, e-mail or city.</source>
        <translation>按名称的一部分、税号、电话、电子邮件或城市查找组织和联系人。</translation>
    </message>
    <message>
        <source>ABC/XYZ segmentation as a table, JSON, CSV or PDF report.</source>
        <translation>ABC/XYZ 客户分级，输出为表格、JSON、CSV 或 PDF 报告。</translation>
    </message>
    <message>
        <source>tasks report: hours, done on time and overdue per user, type, state or organization.</source>
        <translation>tasks report：按用户、类型、状态或组织统计工时、按时完成和逾期任务。</translation>
    </message>
    <message>
        <source>«%1» does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Kartoteka CRM from the command line.</source>
        <translation>Kartoteka CRM 命令行工具。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>未指定命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>unknown command «%1»; see --help.</source>
        <translation>未知命令“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Import clients or sales (CSV), contacts (vCard) or tasks (iCalendar); undo or list imports.</source>
        <translation>导入客户或销售（CSV）、联系人（vCard）或任务（iCalendar）；撤销或列出导入。</translation>
    </message>
    <message>
        <source>Export organizations or persons as CSV or vCard, tasks as iCalendar.</source>
        <translation>将组织或人员导出为 CSV 或 vCard，将任务导出为 iCalendar。</translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>Organization #%1 disappeared during the import.</source>
        <translation>第 %1 号组织在导入过程中消失了。</translation>
    </message>
</context>
<context>
    <name>ClientRowBuilder</name>
    <message>
        <source>broken quoting</source>
        <translation>引号不匹配</translation>
    </message>
    <message>
        <source>%1 fields where the file has %2 columns</source>
        <translation>有 %1 个字段，而文件只有 %2 列</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN; kept as typed</source>
        <translation>“%1”不是有效的税号，已按原样保留</translation>
    </message>
    <message>
        <source>«%1» is not a known kind of counterparty; «client» is used</source>
        <translation>“%1”不是已知的往来单位类型，已使用“客户”</translation>
    </message>
    <message>
        <source>there is no user «%1»; the manager is left empty</source>
        <translation>没有用户“%1”，负责经理留空</translation>
    </message>
    <message>
        <source>«%1» is not a date; the import time is used</source>
        <translation>“%1”不是日期，已使用导入时间</translation>
    </message>
    <message>
        <source>the organization&apos;s name is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>«%1» is not a valid phone number; kept as typed</source>
        <translation>“%1”不是有效的电话号码，已按原样保留</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail; kept as typed</source>
        <translation>“%1”不是有效的电子邮件地址，已按原样保留</translation>
    </message>
    <message>
        <source>«%1» is not a known service priority; «normal» is used</source>
        <translation>“%1”不是已知的服务优先级，已使用“普通”</translation>
    </message>
    <message>
        <source>«%1» is not a date; the birthday is left empty</source>
        <translation>“%1”不是日期，生日留空</translation>
    </message>
    <message>
        <source>«%1» is not a value of «%2»; it is left empty</source>
        <translation>«%1» 不是字段「%2」可取的值；该字段留空</translation>
    </message>
</context>
<context>
    <name>ContactChecks</name>
    <message>
        <source>Not a phone number: %1.</source>
        <translation>不是电话号码：%1。</translation>
    </message>
    <message>
        <source>No phone number found in «%1».</source>
        <translation>在“%1”中未找到电话号码。</translation>
    </message>
    <message>
        <source>«%1» does not look like an e-mail address (name@example.ru).</source>
        <translation>“%1”看起来不像电子邮件地址（name@example.ru）。</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Key client</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>new</source>
        <comment>XYZ class of a client with too short a history</comment>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ContactsCsvExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>CreateOrganizationCommand</name>
    <message>
        <source>create «%1»</source>
        <translation>创建“%1”</translation>
    </message>
</context>
<context>
    <name>CreateTaskCommand</name>
    <message>
        <source>create task «%1»</source>
        <translation>创建任务“%1”</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Cannot write «%1»: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Cannot write the rejects to «%1»: %2</source>
        <translation>无法将被拒绝的行写入“%1”：%2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Reading «%1» failed: %2; nothing was written.</source>
        <translation>读取“%1”失败：%2；未写入任何内容。</translation>
    </message>
    <message>
        <source>The rejects cannot be written to «%1»: it is the database or the file being imported. Nothing was imported.</source>
        <translation>无法将被拒绝的行写入“%1”：它是数据库或正在导入的文件。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>Unknown encoding «%1».</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>«%1» cannot separate fields.</source>
        <translation>“%1”不能用作字段分隔符。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>«%1» cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>«%1» is empty</source>
        <translation>“%1”是空文件</translation>
    </message>
    <message>
        <source>Unknown encoding «%1».</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>«%1» looks like a binary file, not a CSV text</source>
        <translation>“%1”看起来是二进制文件，而不是 CSV 文本</translation>
    </message>
</context>
<context>
    <name>CustomFieldChangeCommand</name>
    <message>
        <source>add the field «%1»</source>
        <translation>添加字段“%1”</translation>
    </message>
    <message>
        <source>delete the field «%1»</source>
        <translation>删除字段“%1”</translation>
    </message>
    <message>
        <source>change the field «%1»</source>
        <translation>修改字段“%1”</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>A custom field needs a label.</source>
        <translation>自定义字段需要标签。</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>There is already a field %1.</source>
        <translation>已存在字段 %1。</translation>
    </message>
    <message>
        <source>A custom field cannot move to another kind of record.</source>
        <translation>自定义字段不能移到另一种记录。</translation>
    </message>
    <message>
        <source>The type of a field that has values cannot change.</source>
        <translation>已有值的字段不能更改类型。</translation>
    </message>
    <message>
        <source>There is no organization #%1.</source>
        <translation>没有第 %1 号组织。</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>没有第 %1 号人员。</translation>
    </message>
    <message>
        <source>%1 is not a valid value of %2.</source>
        <translation>%1 不是 %2 的有效值。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>«%1» is not a Kartoteka database: it is not an SQLite file.</source>
        <translation>“%1”不是 Kartoteka 数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>«%1» is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>«%1» does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder «%1».</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>«%1» was written by a newer version of Kartoteka (schema %2; this version knows up to %3). Update Kartoteka to open it.</source>
        <translation>“%1”由较新版本的 Kartoteka 写入（架构版本 %2；本版本最高支持 %3）。请更新 Kartoteka 后再打开。</translation>
    </message>
    <message>
        <source>«%1» is an SQLite database of another program, not Kartoteka&apos;s.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是 Kartoteka 的数据库。</translation>
    </message>
    <message>
        <source>«%1» is read-only and needs a schema upgrade before Kartoteka can use it.</source>
        <translation>“%1”是只读的，需要先升级架构，Kartoteka 才能使用。</translation>
    </message>
    <message>
        <source>Cannot open «%1»</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <source>Cannot switch «%1» to write-ahead logging; another program may be using it.</source>
        <translation>无法将“%1”切换为预写日志（WAL）模式；可能有其他程序正在使用它。</translation>
    </message>
    <message>
        <source>No upgrade was made: the backup before it failed: %1</source>
        <translation>未进行升级：升级前的备份失败：%1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>架构升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>«%1» already exists; choose another name for the backup.</source>
        <translation>“%1”已存在；请为备份另选一个名称。</translation>
    </message>
    <message>
        <source>Backup to «%1» failed: %2</source>
        <translation>备份到“%1”失败：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>the database is locked by another program; try again when it is done</source>
        <translation>数据库被其他程序锁定；请在其完成后重试</translation>
    </message>
    <message>
        <source>the database is open read-only; changes cannot be saved</source>
        <translation>数据库以只读方式打开；无法保存更改</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>数据库文件已损坏（%1）；请从备份中恢复</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1)</source>
        <translation>无法打开数据库文件（%1）</translation>
    </message>
</context>
<context>
    <name>DatabaseUpgrade</name>
    <message>
        <source>Upgrading «%1» for this version of Kartoteka (a backup is taken first)…</source>
        <translation>正在为此版本的 Kartoteka 升级“%1”（先进行备份）…</translation>
    </message>
    <message>
        <source>Database upgrade</source>
        <translation>数据库升级</translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <source>d MMMM</source>
        <comment>QLocale date format: a day and its month</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date format: a day, its month and year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format: a day and its month, short</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month of a year: %1 the month&apos;s standalone name, %2 the year, %3 the month&apos;s number</comment>
        <translation>%2年%3月</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>QLocale date format: a day&apos;s header, the longest</comment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>ddd, d MMMM</source>
        <comment>QLocale date format: a day&apos;s header, shorter</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>ddd, d MMM</source>
        <comment>QLocale date format: a day&apos;s header, shorter still</comment>
        <translation>M/d ddd</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>QLocale date format: a day&apos;s header, short</comment>
        <translation>d日 ddd</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a name.</source>
        <translation>交易需要名称。</translation>
    </message>
    <message>
        <source>The amount of a deal cannot be negative.</source>
        <translation>交易金额不能为负数。</translation>
    </message>
    <message>
        <source>A deal cannot close before it opens.</source>
        <translation>交易的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>it has %1; mark it lost instead</source>
        <translation>它有%1；请改为将其标记为失败</translation>
    </message>
    <message>
        <source>The deal cannot be deleted: %1.</source>
        <translation>无法删除该交易：%1。</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationCommand</name>
    <message>
        <source>delete «%1»</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>DeleteTaskCommand</name>
    <message>
        <source>delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>delete task «%1»</source>
        <translation>删除任务“%1”</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation>已取消创建演示数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>Demo data needs non-negative counts and at most 600 months.</source>
        <translation>演示数据的数量不能为负数，且最多 600 个月。</translation>
    </message>
    <message>
        <source>Demo data takes at most %L1 organizations and %L2 tasks.</source>
        <translation>演示数据最多 %L1 个组织和 %L2 个任务。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same INN</source>
        <translation>税号相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>similar name, same city</source>
        <translation>名称相近，城市相同</translation>
    </message>
</context>
<context>
    <name>EditOrganizationCommand</name>
    <message>
        <source>edit «%1»</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <source>edit task «%1»</source>
        <translation>编辑任务“%1”</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message>
        <source>export tasks needs --ics FILE (- for stdout).</source>
        <translation>export tasks 需要 --ics FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not «%2».</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Cannot write «%1»: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to «%1».</source>
        <translation>
            <numerusform>已将 %n 项任务导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>organizations, persons or tasks</source>
        <translation>organizations、persons 或 tasks</translation>
    </message>
    <message>
        <source>Write the tasks as iCalendar to FILE (- for stdout).</source>
        <translation>将任务以 iCalendar 格式写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Tasks planned on or after DATE (YYYY-MM-DD).</source>
        <translation>计划日期在 DATE（YYYY-MM-DD）当天或之后的任务。</translation>
    </message>
    <message>
        <source>Tasks planned on or before DATE (YYYY-MM-DD).</source>
        <translation>计划日期在 DATE（YYYY-MM-DD）当天或之前的任务。</translation>
    </message>
    <message>
        <source>Write CSV to FILE (- for stdout).</source>
        <translation>将 CSV 写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the persons as vCards to FILE (- for stdout).</source>
        <translation>将联系人以 vCard 格式写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>vCard version: 3 (the default) or 4.</source>
        <translation>vCard 版本：3（默认）或 4。</translation>
    </message>
    <message>
        <source>Include archived records.</source>
        <translation>包括已归档的记录。</translation>
    </message>
    <message>
        <source>export takes organizations, persons or tasks.</source>
        <translation>export 只接受 organizations、persons 或 tasks。</translation>
    </message>
    <message>
        <source>--vcard exports persons, instead of --csv.</source>
        <translation>--vcard 仅用于导出联系人，且不能与 --csv 同用。</translation>
    </message>
    <message>
        <source>export needs --csv FILE or, for persons, --vcard FILE (- for stdout).</source>
        <translation>export 需要 --csv FILE，导出联系人时也可用 --vcard FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>--vcard-version takes 3 or 4.</source>
        <translation>--vcard-version 只接受 3 或 4。</translation>
    </message>
    <message>
        <source>Exported %1 rows to «%2».</source>
        <translation>已将 %1 行导出到“%2”。</translation>
    </message>
</context>
<context>
    <name>IcsComponentReader</name>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Reading «%1» failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message>
        <source>%1 closes nothing that was begun</source>
        <translation>%1 之前没有对应的 BEGIN 行</translation>
    </message>
    <message>
        <source>«%1» is not a complete iCalendar file (BEGIN:VCALENDAR … END:VCALENDAR).</source>
        <translation>“%1”不是完整的 iCalendar 文件（BEGIN:VCALENDAR … END:VCALENDAR）。</translation>
    </message>
    <message>
        <source>libical cannot read it: %1</source>
        <translation>libical 无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ImportBackup</name>
    <message>
        <source>«%1» is open read-only; nothing can be imported into it.</source>
        <translation>“%1”以只读方式打开，无法向其中导入。</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before it failed: %1</source>
        <translation>未导入任何内容：导入前的备份失败：%1</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>An import needs the path of its file.</source>
        <translation>导入需要文件路径。</translation>
    </message>
    <message>
        <source>An import cannot count fewer than no rows.</source>
        <translation>导入的行数不能为负数。</translation>
    </message>
    <message>
        <source>The import of %1 has already finished.</source>
        <translation>%1 的导入已经完成。</translation>
    </message>
    <message>
        <source>The import of %1 has already been undone.</source>
        <translation>%1 的导入已经撤销。</translation>
    </message>
</context>
<context>
    <name>ImportChangeRepository</name>
    <message>
        <source>An updated record needs its previous values to be undone.</source>
        <translation>已更新的记录需要保存其先前的值才能撤销。</translation>
    </message>
    <message>
        <source>The previous values are not JSON: %1.</source>
        <translation>先前的值不是 JSON：%1。</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>«%1» is not an encoding this system knows.</source>
        <translation>“%1”不是本系统已知的编码。</translation>
    </message>
    <message>
        <source>--delimiter takes auto, tab or one character.</source>
        <translation>--delimiter 只接受 auto、tab 或单个字符。</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD, not «%1».</source>
        <translation>--map 需要 HEADER=FIELD 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, skip or create.</source>
        <translation>--on-duplicate 只接受 merge、skip 或 create。</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy.</source>
        <translation>--date-order 只接受 dmy 或 mdy。</translation>
    </message>
    <message>
        <source>Read %1 rows (%2, delimiter %3): %4 created, %5 merged, %6 skipped, %7 rejected, %8 warnings.</source>
        <translation>已读取 %1 行（%2，分隔符 %3）：新建 %4，合并 %5，跳过 %6，拒绝 %7，警告 %8。</translation>
    </message>
    <message>
        <source>  line %1: rejected: %2</source>
        <translation>  第 %1 行：已拒绝：%2</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rejected rows were written to «%1».</source>
        <translation>被拒绝的行已写入“%1”。</translation>
    </message>
    <message>
        <source>Import #%1 done; `import undo %1` takes it back.</source>
        <translation>第 %1 次导入已完成；`import undo %1` 可撤销。</translation>
    </message>
    <message numerus="yes">
        <source>--strict: %n row(s) could not be read, so nothing was imported.</source>
        <translation>
            <numerusform>--strict：有 %n 行无法读取，因此未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database has several users: say whose tasks these are with --user LOGIN.</source>
        <translation>数据库中有多位用户：请用 --user LOGIN 指定这些任务属于谁。</translation>
    </message>
    <message>
        <source>%1 rows, %2 created, %3 merged, %4 rejected%5</source>
        <translation>%1 行，新建 %2，合并 %3，拒绝 %4%5</translation>
    </message>
    <message>
        <source>, undone</source>
        <translation>，已撤销</translation>
    </message>
    <message>
        <source>clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH or list.</source>
        <translation>clients FILE、sales FILE、vcard FILE、ics FILE、undo BATCH 或 list。</translation>
    </message>
    <message>
        <source>auto (default) or an encoding name, e.g. windows-1251.</source>
        <translation>auto（默认）或编码名称，例如 windows-1251。</translation>
    </message>
    <message>
        <source>auto (default), tab or one character.</source>
        <translation>auto（默认）、tab 或单个字符。</translation>
    </message>
    <message>
        <source>Use the saved import profile NAME.</source>
        <translation>使用已保存的导入配置 NAME。</translation>
    </message>
    <message>
        <source>Save these settings as the profile NAME.</source>
        <translation>将这些设置保存为配置 NAME。</translation>
    </message>
    <message>
        <source>Map a column: HEADER=FIELD (repeatable; FIELD - ignores it).</source>
        <translation>映射一列：HEADER=FIELD（可重复；FIELD 为 - 时忽略该列）。</translation>
    </message>
    <message>
        <source>merge (default), skip or create.</source>
        <translation>merge（默认）、skip 或 create。</translation>
    </message>
    <message>
        <source>dmy or mdy, for dates like 03/04/2025.</source>
        <translation>dmy 或 mdy，用于 03/04/2025 这类日期。</translation>
    </message>
    <message>
        <source>Country of phone numbers without a code (default RU).</source>
        <translation>不带国家代码的电话号码所属国家（默认 RU）。</translation>
    </message>
    <message>
        <source>Write nothing unless every row can be read.</source>
        <translation>只要有一行无法读取，就不写入任何内容。</translation>
    </message>
    <message>
        <source>Write the rejected rows to FILE.</source>
        <translation>将被拒绝的行写入 FILE。</translation>
    </message>
    <message>
        <source>Print one JSON object (an array for list).</source>
        <translation>输出一个 JSON 对象（list 输出数组）。</translation>
    </message>
    <message>
        <source>ics: whose tasks they become (a login; default: the only user).</source>
        <translation>ics：任务归属的用户（登录名；默认：唯一的用户）。</translation>
    </message>
    <message>
        <source>import takes clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH or list.</source>
        <translation>import 只接受 clients FILE、sales FILE、vcard FILE、ics FILE、undo BATCH 或 list。</translation>
    </message>
    <message>
        <source>«%1» is read-only; nothing can be imported or undone.</source>
        <translation>“%1”是只读的，无法导入或撤销。</translation>
    </message>
    <message>
        <source>import undo takes a batch number.</source>
        <translation>import undo 需要一个批次号。</translation>
    </message>
    <message>
        <source>Import #%1 was undone.</source>
        <translation>第 %1 次导入已撤销。</translation>
    </message>
    <message>
        <source>--region takes a country as two letters (RU, BY, KZ, CN…), not «%1».</source>
        <translation>--region 需要两个字母的国家代码（RU、BY、KZ、CN…），而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>Map a column to «%1»: every client needs a name.</source>
        <translation>请将某一列对应到“%1”：每个客户都需要名称。</translation>
    </message>
    <message>
        <source>«%1» or «%2»</source>
        <translation>“%1”或“%2”</translation>
    </message>
    <message>
        <source>Map a column to each of: %1. A sales line needs them.</source>
        <translation>请为以下每个字段指定一列：%1。每条销售记录都需要它们。</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>ImportFieldNames</name>
    <message>
        <source>Organization</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责经理</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>组织形式</translation>
    </message>
    <message>
        <source>Service priority</source>
        <translation>服务优先级</translation>
    </message>
    <message>
        <source>Price terms</source>
        <translation>价格条款</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条款</translation>
    </message>
    <message>
        <source>Contact&apos;s birthday</source>
        <translation>联系人生日</translation>
    </message>
    <message>
        <source>Notes on the contact</source>
        <translation>联系人备注</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The dates in column «%1» could be day/month or month/day; choose the order (--date-order dmy or mdy).</source>
        <translation>“%1”列中的日期可能是日/月或月/日格式；请选择顺序（--date-order dmy 或 mdy）。</translation>
    </message>
    <message>
        <source>The file has no column «%1».</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <source>«%1» is not a field; use one of: %2.</source>
        <translation>“%1”不是字段；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>No column is mapped to «%1»; map one with HEADER=%2.</source>
        <translation>没有列对应到“%1”；请用 标题=%2 指定一列。</translation>
    </message>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The dates in columns %1 could be day/month or month/day; choose the order (--date-order dmy or mdy).</source>
        <translation>%1 列中的日期可能是日/月或月/日格式；请选择顺序（--date-order dmy 或 mdy）。</translation>
    </message>
    <message>
        <source>«%1»</source>
        <comment>a column&apos;s header in a message</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ImportProfileRepository</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要名称。</translation>
    </message>
    <message>
        <source>There is no import profile «%1».</source>
        <translation>没有名为“%1”的导入配置。</translation>
    </message>
    <message>
        <source>The import profile «%1» is for %2, not for this import.</source>
        <translation>导入配置“%1”用于 %2，不适用于本次导入。</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>%n task(s) of its organizations</source>
        <translation>
            <numerusform>其组织的 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) added to its organizations since</source>
        <translation>
            <numerusform>此后为其组织添加的 %n 笔销售</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to its organizations since</source>
        <translation>
            <numerusform>此后为其组织添加的 %n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by later imports</source>
        <translation>
            <numerusform>之后的导入所做的 %n 处更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of its organizations</source>
        <translation>
            <numerusform>其组织的 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) of its organizations</source>
        <translation>
            <numerusform>其组织的 %n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of its persons</source>
        <translation>
            <numerusform>其联系人的 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import #%1.</source>
        <translation>没有第 %1 次导入。</translation>
    </message>
    <message>
        <source>Import #%1 was undone already.</source>
        <translation>第 %1 次导入已经撤销。</translation>
    </message>
    <message>
        <source>Import #%1 cannot be undone: what it created now has %2.</source>
        <translation>无法撤销第 %1 次导入：它创建的数据现在已有%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n task change(s) by later imports</source>
        <translation>
            <numerusform>之后的导入对任务所做的 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>The values before the import of record %1 cannot be read (%2); nothing was undone.</source>
        <translation>无法读取记录 %1 导入前的值（%2）；未撤销任何内容。</translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation>撤销已取消；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>MarkTaskDoneCommand</name>
    <message>
        <source>mark «%1» done</source>
        <translation>将“%1”标记为已完成</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>merge «%1»</source>
        <translation>合并“%1”</translation>
    </message>
</context>
<context>
    <name>OrganizationListQuery</name>
    <message>
        <source>Organization #%1 does not exist.</source>
        <translation>第 %1 号组织不存在。</translation>
    </message>
</context>
<context>
    <name>OrganizationMerge</name>
    <message>
        <source>There is no organization #%1.</source>
        <translation>没有第 %1 号组织。</translation>
    </message>
    <message>
        <source>An organization cannot be merged into itself.</source>
        <translation>组织不能合并到其自身。</translation>
    </message>
    <message>
        <source>There is no merge #%1.</source>
        <translation>没有第 %1 次合并。</translation>
    </message>
    <message>
        <source>Merge #%1 was undone already.</source>
        <translation>第 %1 次合并已经撤销。</translation>
    </message>
    <message>
        <source>The merge cannot be undone: organization #%1 has been created again since.</source>
        <translation>无法撤销合并：第 %1 号组织此后已被重新创建。</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>An organization needs a name.</source>
        <translation>组织需要名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of its contact persons</source>
        <translation>
            <numerusform>其联系人的 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>it has %1; archive it instead</source>
        <translation>它有%1；请改为归档</translation>
    </message>
    <message>
        <source>The organization cannot be deleted: %1.</source>
        <translation>无法删除该组织：%1。</translation>
    </message>
</context>
<context>
    <name>PersonChangeCommand</name>
    <message>
        <source>create «%1»</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <source>edit «%1»</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>archive «%1»</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>restore «%1»</source>
        <translation>恢复“%1”</translation>
    </message>
    <message>
        <source>delete «%1»</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>人员需要姓名。</translation>
    </message>
    <message>
        <source>A member of our staff belongs to no client organization.</source>
        <translation>本公司员工不属于任何客户组织。</translation>
    </message>
    <message>
        <source>A contact person needs an organization.</source>
        <translation>联系人需要所属组织。</translation>
    </message>
    <message>
        <source>they have %1; archive them instead</source>
        <translation>此人有%1；请改为归档</translation>
    </message>
    <message>
        <source>The person cannot be deleted: %1.</source>
        <translation>无法删除该人员：%1。</translation>
    </message>
</context>
<context>
    <name>PersonsVCardExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>PhoneRegions</name>
    <message>
        <source>Russia (+7)</source>
        <translation>俄罗斯 (+7)</translation>
    </message>
    <message>
        <source>Kazakhstan (+7)</source>
        <translation>哈萨克斯坦 (+7)</translation>
    </message>
    <message>
        <source>Belarus (+375)</source>
        <translation>白俄罗斯 (+375)</translation>
    </message>
    <message>
        <source>Ukraine (+380)</source>
        <translation>乌克兰 (+380)</translation>
    </message>
    <message>
        <source>Uzbekistan (+998)</source>
        <translation>乌兹别克斯坦 (+998)</translation>
    </message>
    <message>
        <source>China (+86)</source>
        <translation>中国 (+86)</translation>
    </message>
    <message>
        <source>Germany (+49)</source>
        <translation>德国 (+49)</translation>
    </message>
    <message>
        <source>United Kingdom (+44)</source>
        <translation>英国 (+44)</translation>
    </message>
    <message>
        <source>United States (+1)</source>
        <translation>美国 (+1)</translation>
    </message>
</context>
<context>
    <name>PreviewCellChecker</name>
    <message>
        <source>The whole row is rejected: its quoting is broken.</source>
        <translation>整行将被拒绝：引号不匹配。</translation>
    </message>
    <message>
        <source>The whole row is rejected: %1 fields where the file has %2 columns.</source>
        <translation>整行将被拒绝：该行有 %1 个字段，而文件只有 %2 列。</translation>
    </message>
    <message>
        <source>The row is rejected: the organization&apos;s name is empty.</source>
        <translation>该行将被拒绝：单位名称为空。</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN (wrong length or check digits); it is kept as typed.</source>
        <translation>“%1”不是有效的税号（位数或校验位有误），将按原样保留。</translation>
    </message>
    <message>
        <source>«%1» is not a valid phone number; it is kept as typed.</source>
        <translation>“%1”不是有效的电话号码，将按原样保留。</translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail; it is kept as typed.</source>
        <translation>“%1”不是有效的电子邮件地址，将按原样保留。</translation>
    </message>
    <message>
        <source>«%1» is not a date; the import time is used instead.</source>
        <translation>“%1”不是日期，将改用导入时间。</translation>
    </message>
    <message>
        <source>«%1» is not a known kind of counterparty; «client» is used.</source>
        <translation>“%1”不是已知的往来单位类型，将使用“客户”。</translation>
    </message>
    <message>
        <source>The row is rejected: the date is empty.</source>
        <translation>该行将被拒绝：日期为空。</translation>
    </message>
    <message>
        <source>The row is rejected: «%1» is not a date.</source>
        <translation>该行将被拒绝：“%1”不是日期。</translation>
    </message>
    <message>
        <source>The row is rejected: the amount is empty.</source>
        <translation>该行将被拒绝：金额为空。</translation>
    </message>
    <message>
        <source>The row is rejected: «%1» is not an amount.</source>
        <translation>该行将被拒绝：“%1”不是金额。</translation>
    </message>
    <message>
        <source>«%1» is not an amount; the profit is left empty.</source>
        <translation>“%1”不是金额，利润将留空。</translation>
    </message>
    <message>
        <source>The row is rejected: neither the client nor a valid INN is given.</source>
        <translation>该行将被拒绝：既没有客户，也没有有效的税号。</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN; the client is matched by name.</source>
        <translation>“%1”不是有效的税号，将按名称匹配客户。</translation>
    </message>
    <message>
        <source>«%1» is not a value of «%2»; it is left empty.</source>
        <translation>«%1» 不是字段「%2」可取的值；该字段将留空。</translation>
    </message>
    <message>
        <source>«%1» is not a date; the birthday is left empty.</source>
        <translation>“%1”不是日期，生日将留空。</translation>
    </message>
    <message>
        <source>The row is rejected: «%1» is beyond any sale.</source>
        <translation>该行将被拒绝：“%1”超出任何销售额的范围。</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>A project needs a name.</source>
        <translation>项目需要名称。</translation>
    </message>
    <message>
        <source>A project cannot end before it starts.</source>
        <translation>项目的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>it has %1; close it instead</source>
        <translation>它有%1；请改为关闭</translation>
    </message>
    <message>
        <source>The project cannot be deleted: %1.</source>
        <translation>无法删除该项目：%1。</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔销售</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderQueue</name>
    <message numerus="yes">
        <source>A reminder can be put off by 1 minute to 7 days, not %n minute(s).</source>
        <translation>
            <numerusform>提醒只能推迟 1 分钟到 7 天，不能推迟 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>第 %1 号任务不存在。</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Re&amp;port</source>
        <translation>报告(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>The report was saved to «%1» (pages: %2).</source>
        <translation>报告已保存到“%1”（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>--json and --csv - cannot both write to stdout.</source>
        <translation>--json 和 --csv - 不能同时写入标准输出。</translation>
    </message>
    <message>
        <source>--pdf takes a file name.</source>
        <translation>--pdf 需要一个文件名。</translation>
    </message>
    <message>
        <source>--csv takes a file name, or - for stdout.</source>
        <translation>--csv 需要一个文件名，或用 - 表示标准输出。</translation>
    </message>
    <message>
        <source>PDF report written to «%1»; pages: %2.</source>
        <translation>PDF 报告已写入“%1”；页数：%2。</translation>
    </message>
    <message>
        <source>«%1» is the database itself; writing there would destroy it. Choose another file.</source>
        <translation>“%1”就是数据库本身；写入该文件会毁掉数据库。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Kartoteka: %1, printed %2</source>
        <translation>Kartoteka：%1，打印于 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Cannot write the PDF report to «%1».</source>
        <translation>无法将 PDF 报告写入“%1”。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
</context>
<context>
    <name>RescheduleTaskCommand</name>
    <message>
        <source>reschedule «%1»</source>
        <translation>重新安排“%1”</translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>A sale needs a client.</source>
        <translation>销售记录需要客户。</translation>
    </message>
    <message>
        <source>A sale needs a date.</source>
        <translation>销售记录需要日期。</translation>
    </message>
    <message>
        <source>The amount and profit of a sale must be numbers.</source>
        <translation>销售记录的金额和利润必须是数字。</translation>
    </message>
</context>
<context>
    <name>SalesImporter</name>
    <message>
        <source>INN %1</source>
        <translation>税号 %1</translation>
    </message>
    <message>
        <source>broken quoting</source>
        <translation>引号不匹配</translation>
    </message>
    <message>
        <source>%1 fields where the file has %2 columns</source>
        <translation>有 %1 个字段，而文件只有 %2 列</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>«%1» is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>«%1» is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>«%1» is not an amount; the profit is left empty</source>
        <translation>“%1”不是金额，利润留空</translation>
    </message>
    <message>
        <source>«%1» is not a valid INN; the client is matched by name</source>
        <translation>“%1”不是有效的税号，已按名称匹配客户</translation>
    </message>
    <message>
        <source>neither the client nor a valid INN is given</source>
        <translation>既没有客户，也没有有效的税号</translation>
    </message>
    <message>
        <source>«%1» is beyond any sale (at most a trillion either way)</source>
        <translation>“%1”超出任何销售额的范围（绝对值最多一万亿）</translation>
    </message>
</context>
<context>
    <name>SearchCli</name>
    <message>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>What to look for: part of a name, INN, phone, e-mail or city.</source>
        <translation>要查找的内容：名称的一部分、税号、电话、电子邮件或城市。</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>Print the results as a JSON array.</source>
        <translation>以 JSON 数组输出结果。</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search 需要查询内容。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit 只接受正数。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何结果。</translation>
    </message>
</context>
<context>
    <name>SegmentCli</name>
    <message>
        <source>--from takes a month as YYYY-MM, not «%1».</source>
        <translation>--from 需要 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to takes a month as YYYY-MM, not «%1».</source>
        <translation>--to 需要 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>--metric takes revenue or profit, not «%1».</source>
        <translation>--metric 只接受 revenue 或 profit，而不是“%1”。</translation>
    </message>
    <message>
        <source>--granularity takes month or quarter, not «%1».</source>
        <translation>--granularity 只接受 month 或 quarter，而不是“%1”。</translation>
    </message>
    <message>
        <source>--abc takes the A and B bounds in percent, e.g. 80,95, not «%1».</source>
        <translation>--abc 需要以百分比表示的 A 和 B 界限，例如 80,95，而不是“%1”。</translation>
    </message>
    <message>
        <source>--xyz takes the X and Y bounds of the CV in percent, e.g. 10,25, not «%1».</source>
        <translation>--xyz 需要以百分比表示的变异系数 X 和 Y 界限，例如 10,25，而不是“%1”。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>ABC/XYZ segmentation of %1, %2 to %3, XYZ by %4</source>
        <translation>ABC/XYZ 客户分级（%1），%2 至 %3，XYZ 按%4计算</translation>
    </message>
    <message>
        <source>Bounds: A %1 %, B %2 % of the total; X %3 %, Y %4 % of the CV</source>
        <translation>界限：A %1 %，B %2 %（占合计）；X %3 %，Y %4 %（变异系数）</translation>
    </message>
    <message>
        <source>Total %1; ranked clients: %2; lost clients: %3</source>
        <translation>合计 %1；参与排名的客户：%2；流失客户：%3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <source>Cum. %</source>
        <translation>累计 %</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <source>Lost clients, who bought before the period and nothing in it:</source>
        <translation>流失客户（期间之前有购买，期间内无购买）：</translation>
    </message>
    <message>
        <source>First month of the period (default: twelve months ago).</source>
        <translation>期间的第一个月（默认：十二个月前）。</translation>
    </message>
    <message>
        <source>Last month of the period (default: last month).</source>
        <translation>期间的最后一个月（默认：上个月）。</translation>
    </message>
    <message>
        <source>revenue (default) or profit.</source>
        <translation>revenue（默认）或 profit。</translation>
    </message>
    <message>
        <source>month (default) or quarter, for XYZ.</source>
        <translation>month（默认）或 quarter，用于 XYZ。</translation>
    </message>
    <message>
        <source>The A and B bounds in percent of the total (default 80,95).</source>
        <translation>A 和 B 界限，以占合计的百分比表示（默认 80,95）。</translation>
    </message>
    <message>
        <source>The X and Y bounds of the CV in percent (default 10,25).</source>
        <translation>变异系数的 X 和 Y 界限，以百分比表示（默认 10,25）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Write the ranked table as CSV to FILE (- for stdout).</source>
        <translation>将排名表以 CSV 格式写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the printable report as PDF to FILE.</source>
        <translation>将可打印的报告以 PDF 格式写入 FILE。</translation>
    </message>
    <message>
        <source>Save the result as a snapshot and as the clients&apos; classes.</source>
        <translation>将结果保存为快照，并保存为客户的类别。</translation>
    </message>
    <message>
        <source>segment takes options only; see segment --help.</source>
        <translation>segment 只接受选项；请参阅 segment --help。</translation>
    </message>
    <message>
        <source>«%1» is read-only; the snapshot cannot be saved.</source>
        <translation>“%1”是只读的，无法保存快照。</translation>
    </message>
    <message>
        <source>Saved as snapshot #%1.</source>
        <translation>已保存为第 %1 号快照。</translation>
    </message>
</context>
<context>
    <name>SegmentSnapshotRepository</name>
    <message>
        <source>There is no saved analysis %1.</source>
        <translation>没有已保存的分析 %1。</translation>
    </message>
</context>
<context>
    <name>SegmentationCharts</name>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>%1, billions</source>
        <translation>%1（十亿）</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1（百万）</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1（千）</translation>
    </message>
    <message>
        <source>Pareto: revenue by client</source>
        <translation>帕累托图：各客户销售额</translation>
    </message>
    <message>
        <source>Pareto: profit by client</source>
        <translation>帕累托图：各客户利润</translation>
    </message>
    <message>
        <source>No client with a positive value in the period</source>
        <translation>该期间内没有数值为正的客户</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <source>A up to %1 %</source>
        <translation>A 类上限 %1 %</translation>
    </message>
    <message>
        <source>B up to %1 %</source>
        <translation>B 类上限 %1 %</translation>
    </message>
    <message>
        <source>Revenue by ABC class</source>
        <translation>各 ABC 类别的销售额</translation>
    </message>
    <message>
        <source>Profit by ABC class</source>
        <translation>各 ABC 类别的利润</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>ABC class (clients)</source>
        <translation>ABC 类别（客户数）</translation>
    </message>
    <message>
        <source>Clients by rank</source>
        <translation>按排名的客户</translation>
    </message>
    <message>
        <source>(%1 clients)</source>
        <translation>（%1 个客户）</translation>
    </message>
    <message>
        <source>(%1 clients, %2 per bar)</source>
        <translation>（%1 个客户，每柱 %2 个）</translation>
    </message>
</context>
<context>
    <name>SegmentationCsv</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>CV, %</source>
        <translation>变异系数（%）</translation>
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
        <translation>期间需要起始月份和结束月份。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>期间的开始晚于结束。</translation>
    </message>
    <message>
        <source>The ABC bounds must satisfy 0 &lt; A ≤ B ≤ 100 %.</source>
        <translation>ABC 界限必须满足 0 &lt; A ≤ B ≤ 100 %。</translation>
    </message>
    <message>
        <source>The XYZ bounds must satisfy 0 ≤ X ≤ Y.</source>
        <translation>XYZ 界限必须满足 0 ≤ X ≤ Y。</translation>
    </message>
</context>
<context>
    <name>SegmentationReport</name>
    <message>
        <source>ABC/XYZ segmentation of clients</source>
        <translation>客户 ABC/XYZ 分级</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>ABC bounds</source>
        <translation>ABC 界限</translation>
    </message>
    <message>
        <source>A while the share before the client is below %1 %, B below %2 %, C the rest</source>
        <translation>排在该客户之前的累计占比低于 %1 % 时为 A，低于 %2 % 时为 B，其余为 C</translation>
    </message>
    <message>
        <source>XYZ bounds</source>
        <translation>XYZ 界限</translation>
    </message>
    <message>
        <source>coefficient of variation per %1: X up to %2 %, Y up to %3 %, Z above; fewer than three periods: new</source>
        <translation>按%1计算的变异系数：X 不超过 %2 %，Y 不超过 %3 %，更高为 Z；不足三个周期：新客户</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1; ranked clients: %2</source>
        <translation>%1；参与排名的客户：%2</translation>
    </message>
    <message>
        <source>Lost clients</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>%1 (bought before the period, nothing in it)</source>
        <translation>%1（期间之前有购买，期间内无购买）</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>ABC × XYZ matrix: clients and %1</source>
        <translation>ABC × XYZ 矩阵：客户数与%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Clients ranked</source>
        <translation>客户排名</translation>
    </message>
    <message>
        <source>No client has a positive value in the period.</source>
        <translation>该期间内没有数值为正的客户。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Cum., %</source>
        <translation>累计（%）</translation>
    </message>
    <message>
        <source>CV, %</source>
        <translation>变异系数（%）</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>Clients ranked by %1</source>
        <translation>按%1排名的客户</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>最近一次销售</translation>
    </message>
    <message>
        <source>Lost clients: bought before the period, nothing in it</source>
        <translation>流失客户：期间之前有购买，期间内无购买</translation>
    </message>
    <message>
        <source>ABC/XYZ segmentation</source>
        <translation>ABC/XYZ 客户分级</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>A task report needs a period with a start and an end.</source>
        <translation>任务报告需要有开始和结束的期间。</translation>
    </message>
    <message>
        <source>The period of a task report must end after it starts.</source>
        <translation>任务报告的期间结束必须晚于开始。</translation>
    </message>
    <message>
        <source>The period of a task report can be at most ten years long.</source>
        <translation>任务报告的期间最长为十年。</translation>
    </message>
    <message>
        <source>A task report needs the current time to tell overdue tasks.</source>
        <translation>任务报告需要当前时间来判断逾期任务。</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>无组织</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>监督人</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
</context>
<context>
    <name>TaskReportCharts</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Actual hours</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <source>Planned vs actual hours per user</source>
        <translation>各用户的计划工时与实际工时</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>按状态的任务</translation>
    </message>
    <message>
        <source>Tasks by type</source>
        <translation>按类型的任务</translation>
    </message>
    <message>
        <source>Workload: planned hours per day</source>
        <translation>工作量：每日计划工时</translation>
    </message>
</context>
<context>
    <name>TaskReportCsv</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Actual hours</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>TaskReportDocument</name>
    <message>
        <source>Task report</source>
        <translation>任务报告</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>not done or cancelled, deadline before %1</source>
        <translation>未完成或已取消，截止时间早于 %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Tasks by %1</source>
        <translation>按%1统计的任务</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>任务需要主题。</translation>
    </message>
    <message>
        <source>A task needs a type.</source>
        <translation>任务需要类型。</translation>
    </message>
    <message>
        <source>A task needs an author.</source>
        <translation>任务需要创建人。</translation>
    </message>
    <message>
        <source>The importance of a task is low, normal or high.</source>
        <translation>任务的重要性只能是低、普通或高。</translation>
    </message>
    <message>
        <source>A task is 0 to 100 % complete, not %1 %.</source>
        <translation>任务的完成度为 0 到 100 %，不能是 %1 %。</translation>
    </message>
    <message>
        <source>A task cannot be planned to end before it starts.</source>
        <translation>任务的计划结束时间不能早于计划开始时间。</translation>
    </message>
    <message>
        <source>A task cannot have ended before it started.</source>
        <translation>任务的实际结束时间不能早于实际开始时间。</translation>
    </message>
    <message>
        <source>The expenses of a task cannot be negative.</source>
        <translation>任务的费用不能为负数。</translation>
    </message>
</context>
<context>
    <name>TaskTypeRepository</name>
    <message>
        <source>A task type needs a name.</source>
        <translation>任务类型需要名称。</translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #rrggbb.</source>
        <translation>%1 不是 #rrggbb 格式的颜色。</translation>
    </message>
    <message>
        <source>There is no task type %1.</source>
        <translation>没有任务类型 %1。</translation>
    </message>
    <message>
        <source>The task type %1 comes with the program and cannot be deleted.</source>
        <translation>任务类型 %1 是程序自带的，不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>The task type %1 cannot be deleted: %n task(s) have it.</source>
        <translation>
            <numerusform>无法删除任务类型 %1：有 %n 项任务使用该类型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksCli</name>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not «%1».</source>
        <translation>--from 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not «%1».</source>
        <translation>--to 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to（%1）早于 --from（%2）。</translation>
    </message>
    <message>
        <source>--group-by takes user, type, state or organization, not «%1».</source>
        <translation>--group-by 只接受 user、type、state 或 organization，而不是“%1”。</translation>
    </message>
    <message>
        <source>--state takes planned, in_progress, done, cancelled or postponed, not «%1».</source>
        <translation>--state 只接受 planned、in_progress、done、cancelled 或 postponed，而不是“%1”。</translation>
    </message>
    <message>
        <source>Task report, %1 to %2, by %3</source>
        <translation>任务报告，%1 至 %2，按 %3 分组</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>There is no user with the login «%1».</source>
        <translation>没有登录名为“%1”的用户。</translation>
    </message>
    <message>
        <source>There is no task type «%1» (call, letter, email, meeting, visit, task, ...).</source>
        <translation>没有任务类型“%1”（call、letter、email、meeting、visit、task 等）。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>First day of the period (default: the month&apos;s first).</source>
        <translation>期间的第一天（默认：当月第一天）。</translation>
    </message>
    <message>
        <source>Last day of the period, included (default: the month&apos;s last).</source>
        <translation>期间的最后一天，含当天（默认：当月最后一天）。</translation>
    </message>
    <message>
        <source>Only tasks assigned to LOGIN (repeatable).</source>
        <translation>仅限分配给 LOGIN 的任务（可重复）。</translation>
    </message>
    <message>
        <source>Only tasks of TYPE: call, letter, email, meeting, visit, task or a custom code (repeatable).</source>
        <translation>仅限 TYPE 类型的任务：call、letter、email、meeting、visit、task 或自定义代码（可重复）。</translation>
    </message>
    <message>
        <source>Only tasks in STATE: planned, in_progress, done, cancelled or postponed (repeatable).</source>
        <translation>仅限处于 STATE 状态的任务：planned、in_progress、done、cancelled 或 postponed（可重复）。</translation>
    </message>
    <message>
        <source>user (default), type, state or organization.</source>
        <translation>user（默认）、type、state 或 organization。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Write the rows as CSV to FILE (- for stdout).</source>
        <translation>将各行以 CSV 格式写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the printable report as PDF to FILE.</source>
        <translation>将可打印的报告以 PDF 格式写入 FILE。</translation>
    </message>
    <message>
        <source>tasks takes report; see tasks --help.</source>
        <translation>tasks 只接受 report；请参阅 tasks --help。</translation>
    </message>
</context>
<context>
    <name>TasksIcsExport</name>
    <message>
        <source>Cannot write the calendar: %1</source>
        <translation>无法写入日历：%1</translation>
    </message>
</context>
<context>
    <name>TasksIcsImport</name>
    <message>
        <source>libical cannot read it: %1</source>
        <translation>libical 无法读取：%1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>it has no title (SUMMARY)</source>
        <translation>没有标题（SUMMARY）</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>it repeats; only its first occurrence was imported</source>
        <translation>这是重复事件；只导入了第一次发生</translation>
    </message>
    <message>
        <source>its reminder is relative to a time it does not have; it was left out</source>
        <translation>其提醒相对于一个不存在的时间；已略过该提醒</translation>
    </message>
    <message>
        <source>The task type «%1» is missing.</source>
        <translation>缺少任务类型“%1”。</translation>
    </message>
    <message>
        <source>Imported tasks need a user to belong to.</source>
        <translation>导入的任务需要所属用户。</translation>
    </message>
    <message>
        <source>a changed occurrence of a repeating event was skipped</source>
        <translation>已跳过重复事件中被修改的一次发生</translation>
    </message>
    <message>
        <source>«%1» holds no events or to-dos.</source>
        <translation>“%1”中没有事件或待办事项。</translation>
    </message>
    <message>
        <source>libical cannot read it</source>
        <translation>libical 无法读取</translation>
    </message>
    <message>
        <source>its END line is missing</source>
        <translation>缺少其 END 行</translation>
    </message>
    <message>
        <source>«%1» is no date; it was left out</source>
        <translation>“%1”不是有效日期，已略去</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 是最后一位启用的管理员：请先将另一位用户设为管理员。</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A user needs a login.</source>
        <translation>用户需要登录名。</translation>
    </message>
    <message>
        <source>A user needs a display name.</source>
        <translation>用户需要显示名称。</translation>
    </message>
    <message>
        <source>The login %1 is taken by %2.</source>
        <translation>登录名 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>they authored or are assigned %1; deactivate them instead</source>
        <translation>此用户创建或执行过%1；请改为停用</translation>
    </message>
    <message>
        <source>The user cannot be deleted: %1.</source>
        <translation>无法删除该用户：%1。</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Manager</source>
        <translation>负责经理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>the card has no END:VCARD</source>
        <translation>名片缺少 END:VCARD</translation>
    </message>
    <message>
        <source>the card has no name (FN or N)</source>
        <translation>名片没有姓名（FN 或 N）</translation>
    </message>
</context>
<context>
    <name>VCardImport</name>
    <message>
        <source>Cannot read «%1»: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>«%1» holds no vCard.</source>
        <translation>“%1”中没有 vCard。</translation>
    </message>
    <message>
        <source>--strict: the card at line %1 cannot be read (%2), so nothing was imported.</source>
        <translation>--strict：第 %1 行的名片无法读取（%2），因此未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>the card has no organization (ORG)</source>
        <translation>名片没有组织（ORG）</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Planned work by day, week, decade and month, and the daily schedule. Drag a task to move it, its lower edge to change its end; double-click an empty slot to plan a new one.</source>
        <translation>按日、周、旬和月查看计划工作，以及每日日程。拖动任务可移动它，拖动其下边缘可更改结束时间；双击空白时段可安排新任务。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>旬</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>%1 (%2 or Ctrl+Alt+%2)</source>
        <translation>%1（%2 或 Ctrl+Alt+%2）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>显示今天（T）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>The previous day, week, decade or month (Page Up, Alt+Left)</source>
        <translation>上一日、周、旬或月（Page Up，Alt+Left）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>The next day, week, decade or month (Page Down, Alt+Right)</source>
        <translation>下一日、周、旬或月（Page Down，Alt+Right）</translation>
    </message>
    <message>
        <source>Schedule for %1</source>
        <translation>%1 的日程</translation>
    </message>
    <message>
        <source>Decade %1: %2 – %3</source>
        <translation>第 %1 旬：%2 – %3</translation>
    </message>
    <message>
        <source>Cannot read the calendar</source>
        <translation>无法读取日历</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Cannot move the task</source>
        <translation>无法移动任务</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CalendarUserChooser</name>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Everybody&apos;s tasks</source>
        <translation>所有人的任务</translation>
    </message>
    <message>
        <source>Tasks of the users ticked</source>
        <translation>所选用户的任务</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>%1 的任务</translation>
    </message>
    <message numerus="yes">
        <source>Tasks of %n user(s)</source>
        <translation>
            <numerusform>%n 位用户的任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose tasks the calendar shows</source>
        <translation>日历显示哪些人的任务</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CardFields</name>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ChoiceButton</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: all; tick some to report only on them</source>
        <translation>%1：全部；勾选部分项可只对其生成报告</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ChooseFilePage</name>
    <message>
        <source>&amp;Clients: organizations and their contact persons</source>
        <translation>客户：单位及其联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sales history: client, date, amount</source>
        <translation>销售历史：客户、日期、金额(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file exported from another program or a spreadsheet, in any common encoding.</source>
        <translation>从其他程序或电子表格导出的 CSV 文件，支持各种常见编码。</translation>
    </message>
    <message>
        <source>Path to a .csv or .txt file</source>
        <translation>.csv 或 .txt 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>文件中是什么数据？</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClassMovesModel</name>
    <message>
        <source>↓ falling</source>
        <translation>↓ 下降</translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation>↑ 上升</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 新客户</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organization(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个组织导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1</source>
        <translation>
            <numerusform>已将 %n 位人员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import vCard</source>
        <translation>导入 vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard 文件 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>正在导入联系人…</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read (the first at line %1: %2).</source>
        <translation>
            <numerusform>有 %n 张名片无法读取（第一张在第 %1 行：%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s); Import › History can undo it</source>
        <translation>
            <numerusform>已导入 %n 位联系人；可在“导入 › 历史”中撤销</numerusform>
        </translation>
    </message>
    <message>
        <source>Import or export did not finish</source>
        <translation>导入或导出未完成</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>已取消，未写入任何内容</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The card index: organizations, contact persons, their journal and sales.</source>
        <translation>客户卡片库：组织、联系人及其日志和销售记录。</translation>
    </message>
    <message>
        <source>Search by name, INN, phone, e-mail or city</source>
        <translation>按名称、税号、电话、电子邮件或城市搜索</translation>
    </message>
    <message>
        <source>No organizations yet. Import a client list (File › Import…) or create demo data from the welcome page.</source>
        <translation>还没有组织。请导入客户名单（文件 › 导入…），或在欢迎页面创建演示数据。</translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>已复制到剪贴板：%1</translation>
    </message>
    <message>
        <source>Cannot read the card index</source>
        <translation>无法读取客户卡片库</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到任何结果</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln found</source>
        <translation>
            <numerusform>仅显示找到的前 %Ln 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>找到 %Ln 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization matches the filters</source>
        <translation>没有符合筛选条件的组织</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln 个组织</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>新建组织(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Create an organization (Ctrl+Shift+O)</source>
        <translation>创建组织（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Edit the organization shown (F2)</source>
        <translation>编辑当前显示的组织（F2）</translation>
    </message>
    <message>
        <source>Delete the organization shown (Del); one with history can only be archived</source>
        <translation>删除当前显示的组织（Del）；有历史记录的组织只能归档</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the organization back from the archive</source>
        <translation>将组织从归档中恢复</translation>
    </message>
    <message>
        <source>Hide the organization in the archive; it keeps its history</source>
        <translation>将组织隐藏到归档中；其历史记录会保留</translation>
    </message>
    <message>
        <source>Cannot create the organization</source>
        <translation>无法创建组织</translation>
    </message>
    <message>
        <source>Cannot edit the organization</source>
        <translation>无法编辑组织</translation>
    </message>
    <message>
        <source>Cannot save the organization</source>
        <translation>无法保存组织</translation>
    </message>
    <message>
        <source>Cannot archive the organization</source>
        <translation>无法归档组织</translation>
    </message>
    <message>
        <source>Cannot restore the organization</source>
        <translation>无法恢复组织</translation>
    </message>
    <message>
        <source>Cannot delete the organization</source>
        <translation>无法删除组织</translation>
    </message>
    <message>
        <source>«%1» cannot be deleted: %2.</source>
        <translation>无法删除“%1”：%2。</translation>
    </message>
    <message>
        <source>Delete the organization</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <source>Delete «%1» and its contact persons?</source>
        <translation>删除“%1”及其联系人？</translation>
    </message>
    <message>
        <source>create «%1»</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <source>edit «%1»</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldEditor</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>从列表中选择</translation>
    </message>
    <message>
        <source>&amp;Choices, one per line:</source>
        <translation>选项，每行一个(&amp;C)：</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation>编辑自定义字段</translation>
    </message>
    <message>
        <source>The type of a field that has values cannot change</source>
        <translation>已有值的字段不能更改类型</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter the label.</source>
        <translation>请输入标签。</translation>
    </message>
    <message>
        <source>Enter at least one choice.</source>
        <translation>请至少输入一个选项。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldFilters</name>
    <message>
        <source>Any «%1»</source>
        <translation>所有“%1”</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1：是</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1：否</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Fields of organizations</source>
        <translation>组织的字段</translation>
    </message>
    <message>
        <source>Fields of persons</source>
        <translation>人员的字段</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot add the field</source>
        <translation>无法添加字段</translation>
    </message>
    <message>
        <source>Cannot change the field</source>
        <translation>无法修改字段</translation>
    </message>
    <message>
        <source>Delete the field</source>
        <translation>删除字段</translation>
    </message>
    <message numerus="yes">
        <source>Delete the field «%1» and its %n value(s)? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>删除字段“%1”及其 %n 个值？“编辑 › 撤销”可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the field</source>
        <translation>无法删除字段</translation>
    </message>
    <message>
        <source>reorder the fields</source>
        <translation>重新排列字段</translation>
    </message>
    <message>
        <source>Cannot reorder the fields</source>
        <translation>无法重新排列字段</translation>
    </message>
    <message>
        <source>Extra fields show on the cards, in the editors, as list columns and as list filters, and are exported as custom:LABEL.</source>
        <translation>自定义字段显示在卡片、编辑器、列表列和列表筛选中，并以 custom:LABEL 导出。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomValuesEditor</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is not a number: «%2».</source>
        <translation>%1 不是数字：“%2”。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseBackup</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>备份不能覆盖正在复制的数据库。</translation>
    </message>
    <message>
        <source>Backing up to «%1»…</source>
        <translation>正在备份到“%1”…</translation>
    </message>
    <message>
        <source>Cannot write «%1».</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written</source>
        <translation>备份已取消；未写入文件</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseController</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>«%1» already exists. Choose a new file name, or open it with File → Open database.</source>
        <translation>“%1”已存在。请选择新的文件名，或通过“文件 → 打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Kartoteka databases (*.sqlite *.db)</source>
        <translation>Kartoteka 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot tell who is working: %1</source>
        <translation>无法确定当前用户：%1</translation>
    </message>
    <message>
        <source>Welcome, %1: you are the administrator of this database.</source>
        <translation>欢迎，%1：您是此数据库的管理员。</translation>
    </message>
    <message>
        <source>Cannot switch the user</source>
        <translation>无法切换用户</translation>
    </message>
    <message>
        <source>%1 is working now</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>«%1» is the open database; writing there would destroy it. Choose another file.</source>
        <translation>“%1”是当前打开的数据库；写入该文件会毁掉数据库。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DatabaseStatusWidget</name>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This database file cannot be changed; it is open for reading only.</source>
        <translation>此数据库文件无法修改，已以只读方式打开。</translation>
    </message>
    <message>
        <source>The open database file</source>
        <translation>当前打开的数据库文件</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>销售：%1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DemoDataRunner</name>
    <message>
        <source>Creating demo data…</source>
        <translation>正在创建演示数据…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DuplicatesDialog</name>
    <message>
        <source>Duplicate organizations</source>
        <translation>重复的组织</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>可能的重复项</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>相同值</translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>保留第一个，将第二个合并到其中(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first into it</source>
        <translation>保留第二个，将第一个合并到其中(&amp;S)</translation>
    </message>
    <message>
        <source>Persons, tasks, sales, projects and deals move to the kept organization; empty fields are filled from the other. Edit &gt; Undo takes a merge back.</source>
        <translation>联系人、任务、销售记录、项目和交易将转到保留的组织；其空字段由另一个组织补全。“编辑 &gt; 撤销”可撤销合并。</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>重新搜索(&amp;A)</translation>
    </message>
    <message>
        <source>Looking for organizations that are probably one…</source>
        <translation>正在查找可能是同一家的组织…</translation>
    </message>
    <message>
        <source>No probable duplicates were found.</source>
        <translation>未找到可能的重复项。</translation>
    </message>
    <message>
        <source>Probable duplicates: %1. Choose a pair and which one to keep.</source>
        <translation>可能的重复项：%1。请选择一对，并决定保留哪一个。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>无法查找重复项</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>Cannot merge the organizations</source>
        <translation>无法合并组织</translation>
    </message>
    <message>
        <source>«%1» was merged into «%2». Edit &gt; Undo takes it back.</source>
        <translation>“%1”已合并到“%2”。“编辑 &gt; 撤销”可恢复原状。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportHistoryModel</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported or undone.</source>
        <translation>数据库以只读方式打开：无法导入或撤销导入。</translation>
    </message>
    <message>
        <source>&amp;Undo selected import</source>
        <translation>撤销所选导入(&amp;U)</translation>
    </message>
    <message>
        <source>Bring in client lists and sales histories from other programs and spreadsheets: CSV files in any encoding, with a preview, field mapping and duplicate checks. Every import can be undone.</source>
        <translation>从其他程序和电子表格导入客户名单和销售历史：支持任意编码的 CSV 文件，提供预览、字段对应和重复检查。每次导入都可以撤销。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Cannot read the import history</source>
        <translation>无法读取导入历史</translation>
    </message>
    <message>
        <source>Import clients or a sales history from a CSV file (Ctrl+I)</source>
        <translation>从 CSV 文件导入客户或销售历史（Ctrl+I）</translation>
    </message>
    <message>
        <source>Take the chosen import back: what it created is deleted, what it changed restored</source>
        <translation>撤销所选导入：删除其创建的记录，恢复其修改的记录</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportUndoFlow</name>
    <message>
        <source>Undo import #%1 of «%2»? The clients, persons and sales it created are deleted, and what it changed is restored.</source>
        <translation>撤销来自“%2”的第 %1 次导入？它创建的客户、联系人和销售记录将被删除，它修改过的内容将被恢复。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>正在撤销导入 #%1…</translation>
    </message>
    <message>
        <source>Import #%1 was undone.</source>
        <translation>第 %1 次导入已撤销。</translation>
    </message>
    <message>
        <source>The undo was cancelled; import #%1 is still in the database.</source>
        <translation>撤销已取消；导入 #%1 仍在数据库中。</translation>
    </message>
    <message>
        <source>The import cannot be undone</source>
        <translation>无法撤销该导入</translation>
    </message>
    <message>
        <source>Import #%1 was not undone; nothing was changed.
%2</source>
        <translation>第 %1 次导入未被撤销，数据未作任何更改。
%2</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Kartoteka. Dates, numbers and the first day of the week follow it.</source>
        <translation>新语言将在下次启动 Kartoteka 时生效。日期、数字和每周的第一天随之改变。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MainWindow</name>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka 客户卡片库</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kartoteka</source>
        <translation>关于 Kartoteka(&amp;A)</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>演示数据已创建</translation>
    </message>
    <message>
        <source>Cannot create demo data</source>
        <translation>无法创建演示数据</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was written</source>
        <translation>已取消创建演示数据，未写入任何内容</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;A desktop CRM workstation for sales managers: the client card index, tasks and contacts on a calendar, and ABC/XYZ segmentation.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoteka %1&lt;/h3&gt;&lt;p&gt;面向销售经理的桌面 CRM 工作站：客户卡片库、日历中的任务与联系记录，以及 ABC/XYZ 客户分级。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Kartoteka</source>
        <translation>关于 Kartoteka</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Find &amp;duplicate organizations…</source>
        <translation>查找重复的组织(&amp;D)…</translation>
    </message>
    <message>
        <source>Organizations with the same INN, e-mail or phone, or nearly the same name in one city</source>
        <translation>税号、电子邮件或电话相同，或在同一城市中名称几乎相同的组织</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Import c&amp;alendar (.ics)…</source>
        <translation>导入日历 (.ics)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export tasks to calendar (.ics)…</source>
        <translation>将任务导出到日历 (.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport contacts</source>
        <translation>导出联系人(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Organizations as CSV…</source>
        <translation>组织导出为 CSV(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Persons as CSV…</source>
        <translation>人员导出为 CSV(&amp;P)…</translation>
    </message>
    <message>
        <source>Persons as &amp;vCard…</source>
        <translation>人员导出为 vCard(&amp;V)…</translation>
    </message>
    <message>
        <source>Import v&amp;Card…</source>
        <translation>导入 vCard(&amp;C)…</translation>
    </message>
    <message>
        <source>Custom &amp;fields…</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>The extra fields of organizations and persons: text, number, date, yes/no or a choice</source>
        <translation>组织和人员的附加字段：文本、数字、日期、是/否或选项</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Kartoteka — %1</source>
        <translation>Kartoteka — %1</translation>
    </message>
    <message>
        <source>Kartoteka &amp;Help</source>
        <translation>Kartoteka 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MappingPage</name>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Match the columns to fields</source>
        <translation>将各列对应到字段</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field, to a custom field or nowhere. Red cells would be rejected, yellow ones kept with a warning; point at a cell to see why.</source>
        <translation>文件的每一列可对应到一个字段、一个自定义字段，或不导入。红色单元格将被拒绝，黄色单元格会保留并给出警告；将指针悬停在单元格上可查看原因。</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>另存为配置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Phones without a country code are &amp;from:</source>
        <translation>无国家代码的电话属于(&amp;F)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Cannot load the profile</source>
        <translation>无法载入配置</translation>
    </message>
    <message>
        <source>The profile «%1» does not fit this file</source>
        <translation>配置“%1”与此文件不符</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>无法保存配置</translation>
    </message>
    <message>
        <source>Complete the mapping first: %1</source>
        <translation>请先完成字段对应：%1</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>另存为配置</translation>
    </message>
    <message>
        <source>Name of the profile (the next file of this shape can use it):</source>
        <translation>配置名称（下次导入同样格式的文件时可以使用）：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Choose how the dates are written to go on.</source>
        <translation>请选择日期的写法后再继续。</translation>
    </message>
    <message>
        <source>The dates in column «%1» can be read two ways. Which is right?</source>
        <translation>“%1”列中的日期有两种读法。哪一种是对的？</translation>
    </message>
    <message>
        <source>&amp;Day first: %1 is %2</source>
        <translation>日在前(&amp;D)：%1 是 %2</translation>
    </message>
    <message>
        <source>&amp;Month first: %1 is %2</source>
        <translation>月在前(&amp;M)：%1 是 %2</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>新建自定义字段：%1</translation>
    </message>
    <message>
        <source>The dates in columns %1 can be read two ways. Which is right?</source>
        <translation>%1 列中的日期有两种读法。哪一种是对的？</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 项</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OptionsPage</name>
    <message>
        <source>When a client is already in the database or earlier in the file</source>
        <translation>当客户已在数据库中或在文件前面出现过时</translation>
    </message>
    <message>
        <source>&amp;Merge (recommended)</source>
        <translation>合并（推荐）(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>仍然新建(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;trict: import nothing unless every row can be read</source>
        <translation>严格模式：只要有一行无法读取就不导入任何内容(&amp;T)</translation>
    </message>
    <message>
        <source>Choose the options</source>
        <translation>选择选项</translation>
    </message>
    <message>
        <source>A backup of the database is taken before the import, and the whole import can be undone later.</source>
        <translation>导入前会备份数据库，之后也可以撤销整次导入。</translation>
    </message>
    <message>
        <source>Duplicates are found by INN, then e-mail, then phone, then name.</source>
        <translation>按税号、电子邮件、电话、名称的顺序查找重复项。</translation>
    </message>
    <message>
        <source>Fill the empty fields of the existing client and add the new contact persons to it. Nothing already filled in is overwritten.</source>
        <translation>补全已有客户的空字段，并为其添加新的联系人。已填写的内容不会被覆盖。</translation>
    </message>
    <message>
        <source>Leave the existing client as it is and do not import the row.</source>
        <translation>保持已有客户不变，不导入该行。</translation>
    </message>
    <message>
        <source>Add the row as a new client even though that makes a duplicate.</source>
        <translation>即使会产生重复，也将该行作为新客户添加。</translation>
    </message>
    <message>
        <source>Every sales line is added. Its client is found by INN, else by name; clients not yet in the database are created.</source>
        <translation>每条销售记录都会被添加。客户先按税号查找，找不到再按名称查找；数据库中尚无的客户将被新建。</translation>
    </message>
    <message>
        <source>Otherwise the rows that cannot be read are left out and listed with their line numbers. Values kept with a warning never count against a row.</source>
        <translation>否则，无法读取的行会被略过，并连同行号列出。带警告保留的值不会导致整行被拒绝。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationCard</name>
    <message>
        <source>Choose an organization in the list to see its card.</source>
        <translation>在列表中选择一个组织即可查看其卡片。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Cannot show the organization: %1</source>
        <translation>无法显示该组织：%1</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>负责经理 %1</translation>
    </message>
    <message>
        <source>archived on %1</source>
        <translation>已于 %1 归档</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>组织形式</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责经理</translation>
    </message>
    <message>
        <source>Service priority</source>
        <translation>服务优先级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Price terms</source>
        <translation>价格条款</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ABC/XYZ class</source>
        <translation>ABC/XYZ 类别</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>no sales</source>
        <translation>无销售</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n sale(s)</source>
        <translation>
            <numerusform>%1，共 %n 笔销售</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation>最近 12 个月的销售</translation>
    </message>
    <message>
        <source>Sales, all time</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Journal (%1)</source>
        <translation>日志（%1）</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>添加任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Plan a call, meeting or other task with this organization</source>
        <translation>安排与此组织的电话、会议或其他任务</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>记录通话(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a call made just now</source>
        <translation>记录刚刚进行的通话</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>+7 495 123-45-67, 8 (812) 765-43-21</source>
        <translation>+7 495 123-45-67, 8 (812) 765-43-21</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>组织形式(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>税号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>负责经理(&amp;M)：</translation>
    </message>
    <message>
        <source>Service &amp;priority:</source>
        <translation>服务优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Price &amp;terms:</source>
        <translation>价格条款(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Delivery terms:</source>
        <translation>交货条款(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The INN is not valid: it needs 10 or 12 digits with correct check digits.</source>
        <translation>税号无效：应为 10 位或 12 位数字，且校验位正确。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationFilterBar</name>
    <message>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Kind of organization</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Any manager</source>
        <translation>所有负责经理</translation>
    </message>
    <message>
        <source>Personal manager</source>
        <translation>专属负责经理</translation>
    </message>
    <message>
        <source>Any ABC</source>
        <translation>所有 ABC 类别</translation>
    </message>
    <message>
        <source>ABC class: how much the client buys</source>
        <translation>ABC 类别：客户的购买量</translation>
    </message>
    <message>
        <source>Any XYZ</source>
        <translation>所有 XYZ 类别</translation>
    </message>
    <message>
        <source>XYZ class: how steadily the client buys</source>
        <translation>XYZ 类别：客户购买的稳定程度</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>所有城市</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>显示已归档(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责经理</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationPicker</name>
    <message>
        <source>Type a name, INN, phone or city</source>
        <translation>输入名称、税号、电话或城市</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonCard</name>
    <message>
        <source>Choose a person to see their card.</source>
        <translation>选择一个人员即可查看其卡片。</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>日志(&amp;J)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>our staff</source>
        <translation>本公司员工</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Open the organization&apos;s card</source>
        <translation>打开该组织的卡片</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Program user</source>
        <translation>程序用户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonEditor</name>
    <message>
        <source>One of our &amp;staff</source>
        <translation>本公司员工(&amp;S)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Type part of the name, INN or phone</source>
        <translation>输入名称、税号或电话的一部分</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The program user this member of staff logs in as</source>
        <translation>此员工登录程序时使用的用户</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Program &amp;user:</source>
        <translation>程序用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Choose the organization of the contact person (or mark them as one of our staff).</source>
        <translation>请选择联系人所属的组织（或将其标记为本公司员工）。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonListModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>our staff</source>
        <translation>本公司员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonsView</name>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>显示已归档(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Contact persons of the organizations and our own staff, with their journal.</source>
        <translation>各组织的联系人和本公司员工，以及他们的日志。</translation>
    </message>
    <message>
        <source>Search persons by name, phone or e-mail</source>
        <translation>按姓名、电话或电子邮件搜索人员</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>本公司员工</translation>
    </message>
    <message>
        <source>Create a person (Ctrl+Shift+P)</source>
        <translation>创建人员（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Edit the person shown (F2)</source>
        <translation>编辑当前显示的人员（F2）</translation>
    </message>
    <message>
        <source>Delete the person shown (Del); one with a journal can only be archived</source>
        <translation>删除当前显示的人员（Del）；有日志记录的人员只能归档</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>找到 %Ln 位人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln 位人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the persons: %1</source>
        <translation>无法读取人员：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the person back from the archive</source>
        <translation>将人员从归档中恢复</translation>
    </message>
    <message>
        <source>Hide the person in the archive; they keep their journal</source>
        <translation>将人员隐藏到归档中；其日志会保留</translation>
    </message>
    <message>
        <source>Cannot create the person</source>
        <translation>无法创建人员</translation>
    </message>
    <message>
        <source>create «%1»</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <source>Cannot edit the person</source>
        <translation>无法编辑人员</translation>
    </message>
    <message>
        <source>Cannot save the person</source>
        <translation>无法保存人员</translation>
    </message>
    <message>
        <source>edit «%1»</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Cannot archive the person</source>
        <translation>无法归档人员</translation>
    </message>
    <message>
        <source>Cannot restore the person</source>
        <translation>无法恢复人员</translation>
    </message>
    <message>
        <source>Cannot delete the person</source>
        <translation>无法删除人员</translation>
    </message>
    <message>
        <source>«%1» cannot be deleted: %2.</source>
        <translation>无法删除“%1”：%2。</translation>
    </message>
    <message>
        <source>Delete the person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete «%1»? Edit › Undo brings them back.</source>
        <translation>删除“%1”？“编辑 › 撤销”可恢复。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PhoneSettingsPage</name>
    <message>
        <source>Phone numbers typed or imported without a country code are read as numbers of this country; numbers of this country are shown in its national format.</source>
        <translation>输入或导入时没有国家代码的电话号码按此国家的号码解读；此国家的号码以其本国格式显示。</translation>
    </message>
    <message>
        <source>Default &amp;country for phones:</source>
        <translation>电话默认国家(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PreviewPage</name>
    <message>
        <source>First row is the &amp;header</source>
        <translation>首行为标题行(&amp;H)</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>检查文件的读取效果</translation>
    </message>
    <message>
        <source>The first rows as they were decoded. If the letters look wrong or the columns are split badly, choose another encoding or delimiter.</source>
        <translation>以下是解码后的前几行。如果文字显示为乱码或分列不对，请选择其他编码或分隔符。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n column(s)  ·  %2  ·  %3</source>
        <translation>
            <numerusform>%1  ·  %n 列  ·  %2  ·  %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderService</name>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka 客户卡片库</translation>
    </message>
    <message>
        <source>Reminders cannot be read: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>The reminder cannot be put off: %1</source>
        <translation>无法推迟提醒：%1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderWindow</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>关闭(&amp;I)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>&amp;Snooze 5 min</source>
        <translation>5 分钟后再提醒(&amp;S)</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>有 %n 条提醒到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel stops the import and writes nothing.</source>
        <translation>“取消导入”会停止导入，不写入任何内容。</translation>
    </message>
    <message>
        <source>Importing «%1»…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written to the database. Go back to change the options and import again, or close the wizard.</source>
        <translation>导入已取消，数据库中未写入任何内容。可以返回修改选项后重新导入，或关闭向导。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written to the database.
%1</source>
        <translation>导入失败，数据库中未写入任何内容。
%1</translation>
    </message>
    <message>
        <source>Building the indexes for sorting and search…</source>
        <translation>正在建立排序和搜索索引…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SearchResultsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Contact person of %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配内容</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationHistoryDialog</name>
    <message>
        <source>Only clients whose class &amp;changed</source>
        <translation>仅显示类别有变化的客户(&amp;C)</translation>
    </message>
    <message>
        <source>Segmentation history</source>
        <translation>客户分级历史</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Rows: the class in the earlier snapshot; columns: the class in the later one.</source>
        <translation>行：较早快照中的类别；列：较晚快照中的类别。</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>较早(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>较晚(&amp;L)：</translation>
    </message>
    <message>
        <source>ABC classes, earlier (rows) → later (columns):</source>
        <translation>ABC 类别，较早（行）→ 较晚（列）：</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>%1: %2, %3, ranked clients: %4</source>
        <translation>%1：%2，%3，参与排名的客户：%4</translation>
    </message>
    <message>
        <source>Cannot read the saved snapshots: %1</source>
        <translation>无法读取已保存的快照：%1</translation>
    </message>
    <message>
        <source>Save the analysis as a snapshot at least twice (now and, say, next month) to see how clients move between classes.</source>
        <translation>请至少两次将分析结果保存为快照（例如现在一次、下个月再一次），即可查看客户在各类别之间的变动。</translation>
    </message>
    <message>
        <source>Choose two different snapshots.</source>
        <translation>请选择两个不同的快照。</translation>
    </message>
    <message>
        <source>Cannot compare the snapshots: %1</source>
        <translation>无法比较快照：%1</translation>
    </message>
    <message>
        <source>Fell to a worse class or dropped out (red): %1</source>
        <translation>降到较差类别或退出排名（红色）：%1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationMatrixWidget</name>
    <message>
        <source>X
steady</source>
        <translation>X
稳定</translation>
    </message>
    <message>
        <source>Steady demand: the smallest month-to-month variation</source>
        <translation>需求稳定：各月之间波动最小</translation>
    </message>
    <message>
        <source>Y
varying</source>
        <translation>Y
波动</translation>
    </message>
    <message>
        <source>Demand that varies</source>
        <translation>需求有波动</translation>
    </message>
    <message>
        <source>Z
erratic</source>
        <translation>Z
不规律</translation>
    </message>
    <message>
        <source>Erratic demand</source>
        <translation>需求不规律</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Fewer than three months (or quarters) to measure: not classed by XYZ</source>
        <translation>可计算的月份（或季度）不足三个：不进行 XYZ 分类</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The clients that bring most of the value</source>
        <translation>贡献了大部分金额的客户</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>The middle clients</source>
        <translation>中等客户</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The many small clients</source>
        <translation>众多小客户</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1，新客户</translation>
    </message>
    <message>
        <source>%1 — clients: %2, share of the total value: %3</source>
        <translation>%1 — 客户数：%2，占总金额的比例：%3</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Which clients matter: the ABC/XYZ analysis of their sales in a period.</source>
        <translation>哪些客户最重要：对客户在某一期间的销售进行 ABC/XYZ 分析。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the analysis (Esc); the result shown stays</source>
        <translation>停止分析（Esc），当前显示的结果保留</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>The periods over which the steadiness of demand (XYZ) is measured</source>
        <translation>用于衡量需求稳定性（XYZ）的周期</translation>
    </message>
    <message>
        <source>Class A: the best clients that together make up this share of the total</source>
        <translation>A 类：合计占总额这一比例的最佳客户</translation>
    </message>
    <message>
        <source>Class B: the next clients, up to this share of the total; the rest are C</source>
        <translation>B 类：其后的客户，累计至总额的这一比例；其余为 C 类</translation>
    </message>
    <message>
        <source>Class X: coefficient of variation at most this</source>
        <translation>X 类：变异系数不超过此值</translation>
    </message>
    <message>
        <source>Class Y: coefficient of variation at most this; above it is Z</source>
        <translation>Y 类：变异系数不超过此值；高于此值为 Z 类</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Analyse the sales (F5)</source>
        <translation>分析销售数据（F5）</translation>
    </message>
    <message>
        <source>&amp;Save as snapshot</source>
        <translation>保存为快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Compare saved snapshots: how clients moved between classes</source>
        <translation>比较已保存的快照：客户在各类别之间的变动</translation>
    </message>
    <message>
        <source>Print the report, save it as PDF, or export the ranked clients as CSV</source>
        <translation>打印报告、另存为 PDF，或将客户排名导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Steadiness by:</source>
        <translation>稳定性周期(&amp;S)：</translation>
    </message>
    <message>
        <source>Class bounds:</source>
        <translation>类别界限：</translation>
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
        <translation>帕累托图</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>ABC × XYZ</source>
        <translation>ABC × XYZ</translation>
    </message>
    <message>
        <source>Click a cell to list its clients; click it again to list all</source>
        <translation>单击单元格可列出其中的客户；再次单击可列出全部客户</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>最近一次销售</translation>
    </message>
    <message>
        <source>Ranked clients</source>
        <translation>客户排名</translation>
    </message>
    <message>
        <source>Lost clients</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Bought before the period, nothing in it</source>
        <translation>期间之前有购买，期间内无购买</translation>
    </message>
    <message>
        <source>Cannot open the database for the analysis</source>
        <translation>无法打开数据库进行分析</translation>
    </message>
    <message>
        <source>Press Run (F5) to analyse the sales of the chosen period.</source>
        <translation>按“运行”（F5）分析所选期间的销售数据。</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; the previous result is still shown.</source>
        <translation>已取消，仍显示之前的结果。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Cannot analyse the sales</source>
        <translation>无法分析销售数据</translation>
    </message>
    <message>
        <source>total revenue %1</source>
        <translation>销售额合计 %1</translation>
    </message>
    <message>
        <source>total profit %1</source>
        <translation>利润合计 %1</translation>
    </message>
    <message>
        <source>ranked clients: %1</source>
        <translation>参与排名的客户：%1</translation>
    </message>
    <message>
        <source>lost clients: %1</source>
        <translation>流失客户：%1</translation>
    </message>
    <message>
        <source>No client bought anything in %1 (or every value was zero or negative).

Choose another period or metric and press Run (F5).</source>
        <translation>%1 期间没有客户购买任何商品（或所有数值均为零或负数）。

请选择其他期间或指标，然后按“运行”（F5）。</translation>
    </message>
    <message>
        <source>Ranked clients (%1)</source>
        <translation>客户排名（%1）</translation>
    </message>
    <message>
        <source>Lost clients (%1)</source>
        <translation>流失客户（%1）</translation>
    </message>
    <message>
        <source>There are no sales to analyse yet.

Import a sales history (Import page) or create demo data, then press Run (F5).</source>
        <translation>还没有可分析的销售数据。

请导入销售历史（“导入”页面）或创建演示数据，然后按“运行”（F5）。</translation>
    </message>
    <message>
        <source>%1. %2 (%3%4): %5, %6 % of the total, %7 % cumulative</source>
        <translation>%1. %2（%3%4）：%5，占总额 %6 %，累计 %7 %</translation>
    </message>
    <message>
        <source>Class %1 — clients: %2, value: %3</source>
        <translation>%1 类 — 客户数：%2，金额：%3</translation>
    </message>
    <message>
        <source>All ranked clients, best first: %1</source>
        <translation>全部排名客户（从高到低）：%1</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1，新客户</translation>
    </message>
    <message>
        <source>Clients of cell %1: %2</source>
        <translation>单元格 %1 中的客户：%2</translation>
    </message>
    <message>
        <source>Clients of class %1: %2</source>
        <translation>%1 类客户：%2</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be saved.</source>
        <translation>数据库以只读方式打开：无法保存任何内容。</translation>
    </message>
    <message>
        <source>This result is saved already.</source>
        <translation>此结果已保存。</translation>
    </message>
    <message>
        <source>Keep this result to compare it later, and store each client&apos;s class on its card</source>
        <translation>保存此结果以便日后比较，并将每个客户的类别记录到其卡片中</translation>
    </message>
    <message>
        <source>Export the ranked clients as CSV</source>
        <translation>将客户排名导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the CSV file</source>
        <translation>无法导出 CSV 文件</translation>
    </message>
    <message>
        <source>The ranked clients were exported to «%1».</source>
        <translation>客户排名已导出到“%1”。</translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>快照未保存：%1</translation>
    </message>
    <message>
        <source>Cannot save the snapshot</source>
        <translation>无法保存快照</translation>
    </message>
    <message>
        <source>Saved as a snapshot; each client&apos;s card now shows its class.</source>
        <translation>已保存为快照，现在每个客户的卡片上都会显示其类别。</translation>
    </message>
    <message>
        <source>Ranks %1–%2: %3, %4 % cumulative</source>
        <translation>第 %1–%2 名：%3，累计 %4 %</translation>
    </message>
    <message>
        <source>Saving the snapshot…</source>
        <translation>正在保存快照…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SegmentationTableModel</name>
    <message>
        <source>Fewer than three months (or quarters) to measure: not classed by XYZ.</source>
        <translation>可计算的月份（或季度）不足三个：不进行 XYZ 分类。</translation>
    </message>
    <message>
        <source>Months (or quarters) measured: %1</source>
        <translation>已计算的月份（或季度）数：%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>The client&apos;s share of the total, percent</source>
        <translation>该客户占总额的比例（%）</translation>
    </message>
    <message>
        <source>The share of this client and all ranked above it, percent</source>
        <translation>该客户及排名在其之前的所有客户的合计占比（%）</translation>
    </message>
    <message>
        <source>Coefficient of variation of the monthly (or quarterly) value, percent: the lower, the steadier</source>
        <translation>月度（或季度）数值的变异系数（%）：越低越稳定</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>税号 (INN)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <source>CV, %</source>
        <translation>变异系数（%）</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SummaryPage</name>
    <message>
        <source>&amp;Open rejects file</source>
        <translation>打开被拒绝行文件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>新建：</translation>
    </message>
    <message>
        <source>Merged into existing clients:</source>
        <translation>合并到已有客户：</translation>
    </message>
    <message>
        <source>Skipped as duplicates:</source>
        <translation>作为重复项跳过：</translation>
    </message>
    <message>
        <source>New clients for sales:</source>
        <translation>因销售记录新建的客户：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>拒绝：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import #%1 of «%2» is done.</source>
        <translation>来自“%2”的第 %1 次导入已完成。</translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: nothing was imported from «%1», because %n row(s) could not be read. Fix them (see below) or import without Strict.</source>
        <translation>
            <numerusform>严格模式：由于有 %n 行无法读取，未从“%1”导入任何内容。请修正这些行（见下方），或关闭严格模式后导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot open the rejects file</source>
        <translation>无法打开被拒绝行文件</translation>
    </message>
    <message>
        <source>No application opened «%1».</source>
        <translation>没有程序能打开“%1”。</translation>
    </message>
    <message>
        <source>The import is still in the database.</source>
        <translation>导入的数据仍在数据库中。</translation>
    </message>
    <message>
        <source>Import #%1 was undone: the database is as it was before it.</source>
        <translation>第 %1 次导入已撤销：数据库已恢复到导入之前的状态。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskEditing</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Cannot edit the task</source>
        <translation>无法编辑任务</translation>
    </message>
    <message>
        <source>Cannot create the task</source>
        <translation>无法创建任务</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>无法保存任务</translation>
    </message>
    <message>
        <source>Cannot delete the task</source>
        <translation>无法删除任务</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete «%1»? Edit › Undo brings it back.</source>
        <translation>删除“%1”？“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation>无法完成任务</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>T&amp;ypes…</source>
        <translation>类型(&amp;Y)…</translation>
    </message>
    <message>
        <source>Personal: seen by its aut&amp;hor, assignee and controller only</source>
        <translation>个人任务：仅创建人、执行人和监督人可见(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Add, rename and recolour task types</source>
        <translation>添加任务类型、重命名或更改颜色</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>提前 5 分钟</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>提前 30 分钟</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>At a time of its own</source>
        <translation>自定义时间</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>重要性(&amp;I)：</translation>
    </message>
    <message>
        <source>Co&amp;mplete:</source>
        <translation>完成度(&amp;M)：</translation>
    </message>
    <message>
        <source>Organi&amp;zation:</source>
        <translation>组织(&amp;Z)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact person:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>交易(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Expenses:</source>
        <translation>费用(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>创建人(&amp;U)：</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>执行人(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;ontroller:</source>
        <translation>监督人(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;lanned start:</source>
        <translation>计划开始(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation>计划结束(&amp;P)：</translation>
    </message>
    <message>
        <source>Actual start:</source>
        <translation>实际开始：</translation>
    </message>
    <message>
        <source>Actual end:</source>
        <translation>实际结束：</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>检查时间(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Enter the subject.</source>
        <translation>请输入主题。</translation>
    </message>
    <message>
        <source>Choose the type.</source>
        <translation>请选择类型。</translation>
    </message>
    <message>
        <source>Choose the author.</source>
        <translation>请选择创建人。</translation>
    </message>
    <message>
        <source>Choose the organization from the list, or clear the field.</source>
        <translation>请从列表中选择组织，或清空该字段。</translation>
    </message>
    <message>
        <source>A planned end needs a planned start.</source>
        <translation>设置计划结束时间需要先设置计划开始时间。</translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>计划结束时间早于计划开始时间。</translation>
    </message>
    <message>
        <source>The actual end is before the actual start.</source>
        <translation>实际结束时间早于实际开始时间。</translation>
    </message>
    <message>
        <source>A reminder before the start needs a planned start.</source>
        <translation>开始前的提醒需要设置计划开始时间。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskFilterBar</name>
    <message>
        <source>All I see</source>
        <translation>我可见的全部</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>分配给我的</translation>
    </message>
    <message>
        <source>Authored by me</source>
        <translation>我创建的</translation>
    </message>
    <message>
        <source>Controlled by me</source>
        <translation>由我监督的</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This decade</source>
        <translation>本旬</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>任意重要性</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskJournalModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskJournalView</name>
    <message>
        <source>The newest %1 of %2 tasks</source>
        <translation>最新的 %1 个任务（共 %2 个）</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Task reports: hours, expenses, done on time and overdue over a period.</source>
        <translation>任务报告：某一期间内的工时、费用、按时完成和逾期情况。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the report (Esc); the report shown stays</source>
        <translation>停止生成报告（Esc），当前显示的报告保留</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>监督人</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Make the report (F5)</source>
        <translation>生成报告（F5）</translation>
    </message>
    <message>
        <source>Print the report, save it as PDF, or export its table as CSV</source>
        <translation>打印报告、另存为 PDF，或将其表格导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Hours per user</source>
        <translation>各用户工时</translation>
    </message>
    <message>
        <source>Workload per day</source>
        <translation>每日工作量</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Choose the period and filters, then press Run (F5).</source>
        <translation>请选择期间和筛选条件，然后按“运行”（F5）。</translation>
    </message>
    <message>
        <source>Choose the organization from the list, or clear its field.</source>
        <translation>请从列表中选择组织，或清空其字段。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; the previous report is still shown.</source>
        <translation>已取消，仍显示之前的报告。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>报告生成失败：%1</translation>
    </message>
    <message>
        <source>Cannot make the task report</source>
        <translation>无法生成任务报告</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>planned %1 h, actual %2 h</source>
        <translation>计划 %1 小时，实际 %2 小时</translation>
    </message>
    <message>
        <source>expenses %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <source>done %1, on time %2</source>
        <translation>完成 %1，按时 %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No task of the period matches the filters.</source>
        <translation>该期间内没有符合筛选条件的任务。</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>将报告导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the CSV file</source>
        <translation>无法导出 CSV 文件</translation>
    </message>
    <message>
        <source>The report was exported to «%1».</source>
        <translation>报告已导出到“%1”。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskTypesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Task types</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Name of the type</source>
        <translation>类型名称</translation>
    </message>
    <message>
        <source>Colour of the type in the calendar</source>
        <translation>该类型在日历中的颜色</translation>
    </message>
    <message>
        <source>Add a type with this name and colour</source>
        <translation>添加具有此名称和颜色的类型</translation>
    </message>
    <message>
        <source>Give the chosen type this name and colour</source>
        <translation>将此名称和颜色应用于所选类型</translation>
    </message>
    <message>
        <source>Comes with the program: its name follows the language; its colour can change</source>
        <translation>程序自带：其名称随界面语言变化；颜色可以更改</translation>
    </message>
    <message>
        <source>Colour of the type</source>
        <translation>类型颜色</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TasksIcsActions</name>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics *.ical *.ifb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export tasks to iCalendar</source>
        <translation>将任务导出到 iCalendar</translation>
    </message>
    <message>
        <source>tasks.ics</source>
        <translation>tasks.ics</translation>
    </message>
    <message>
        <source>Cannot write «%1»: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot import a calendar</source>
        <translation>无法导入日历</translation>
    </message>
    <message>
        <source>This database is open read-only, or nobody is working in it.</source>
        <translation>此数据库以只读方式打开，或当前没有用户登录。</translation>
    </message>
    <message>
        <source>Import an iCalendar file</source>
        <translation>导入 iCalendar 文件</translation>
    </message>
    <message>
        <source>Cannot export tasks</source>
        <translation>无法导出任务</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>已将 %n 项任务导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported: %1 new, %2 updated, %3 rejected</source>
        <translation>日历已导入：新建 %1，更新 %2，拒绝 %3</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2</source>
        <translation>第 %1 行：已拒绝：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Some of the calendar was not imported as it is</source>
        <translation>日历中有部分内容未按原样导入</translation>
    </message>
    <message>
        <source>Importing «%1»…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>已取消，未写入任何内容</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Calls, letters, meetings and other tasks: who does what and when, with their state, importance and progress.</source>
        <translation>电话、信函、会议及其他任务：谁在何时做什么，以及任务的状态、重要性和进度。</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记为已完成(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Done now: 100 % and the actual end now (Ctrl+D)</source>
        <translation>立即完成：完成度 100 %，实际结束时间为现在（Ctrl+D）</translation>
    </message>
    <message>
        <source>Any project</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Any deal</source>
        <translation>所有交易</translation>
    </message>
    <message>
        <source>The journal of a user: the tasks they author, are assigned or control</source>
        <translation>用户的日志：其创建、执行或监督的任务</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>Plan a call, letter, meeting or other task (Ctrl+N anywhere)</source>
        <translation>安排电话、信函、会议或其他任务（在任意页面按 Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the chosen task in the editor (F2, Enter or a double-click)</source>
        <translation>在编辑器中打开所选任务（F2、Enter 或双击）</translation>
    </message>
    <message>
        <source>Delete the chosen task after asking (Del); Edit › Undo brings it back</source>
        <translation>确认后删除所选任务（Del）；“编辑 › 撤销”可恢复</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TimeGridView</name>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::UserChooserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>谁在使用？</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Several people work with this database. Who are you?</source>
        <translation>有多人使用此数据库。您是哪一位？</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::UserEditor</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>A manager sees shared tasks and their own personal ones; a supervisor sees all; an administrator also manages the users</source>
        <translation>负责经理可以看到共享任务和自己的个人任务；主管可以看到所有任务；管理员还可以管理用户</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>The login %1 is taken by %2.</source>
        <translation>登录名 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The e-mail does not look like an address (name@example.ru).</source>
        <translation>电子邮件地址格式不正确（例如 name@example.ru）。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 是最后一位启用的管理员：请先将另一位用户设为管理员。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::UsersSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>否，已停用</translation>
    </message>
    <message>
        <source>Users who worked with tasks are deactivated rather than deleted: they keep their history.</source>
        <translation>处理过任务的用户会被停用而不是删除：其历史记录会保留。</translation>
    </message>
    <message>
        <source>Only an administrator can change the users.</source>
        <translation>只有管理员可以更改用户。</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself</source>
        <translation>您不能停用自己</translation>
    </message>
    <message>
        <source>The last active administrator stays active</source>
        <translation>最后一位启用的管理员必须保持启用</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kartoteka</source>
        <translation>欢迎使用 Kartoteka</translation>
    </message>
    <message>
        <source>This database has no clients yet. Choose how to begin:</source>
        <translation>此数据库中还没有客户。请选择开始方式：</translation>
    </message>
    <message>
        <source>Import a client list</source>
        <translation>导入客户名单</translation>
    </message>
    <message>
        <source>Bring in organizations and contacts from a CSV file that another program or a spreadsheet exported.</source>
        <translation>从其他程序或电子表格导出的 CSV 文件中导入组织和联系人。</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <source>Fill this database with sample clients, tasks and sales to try Kartoteka out.</source>
        <translation>用示例客户、任务和销售数据填充此数据库，以便试用 Kartoteka。</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>添加组织</translation>
    </message>
    <message>
        <source>Start the card index by hand with your first client.</source>
        <translation>手动添加第一个客户，开始建立卡片库。</translation>
    </message>
    <message>
        <source>Press F1 on any page for help about it; Help › Keyboard shortcuts lists the keys.</source>
        <translation>在任意页面按 F1 可查看该页的帮助；“帮助 › 键盘快捷键”列出所有按键。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::WorkerProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::help::HelpWindow</name>
    <message>
        <source>Kartoteka Help</source>
        <translation>Kartoteka 帮助</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Shows only the topics that contain every word typed; Enter finds it in the page</source>
        <translation>只显示包含所有输入词语的主题；按 Enter 在页面中查找</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+左箭头）</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+右箭头）</translation>
    </message>
    <message>
        <source>Kartoteka Help — %1</source>
        <translation>Kartoteka 帮助 — %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kartoteka: the client card index, tasks and segmentation.</source>
        <translation>Kartoteka：客户卡片库、任务和客户分级。</translation>
    </message>
    <message>
        <source>Open the database &lt;path&gt; instead of the per-user one.</source>
        <translation>打开数据库 &lt;path&gt;，而不是当前用户的默认数据库。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Print the time until the main window has painted, then quit.</source>
        <translation>输出主窗口完成首次绘制所用的时间，然后退出。</translation>
    </message>
</context>
</TS>
