<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>kartoteka::ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Planned work by day, week, decade and month, and the daily schedule with reminders.</source>
        <translation>按日、周、旬、月查看计划工作，以及带提醒的每日日程。</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The card index: organizations, contact persons, their journal, search and duplicates.</source>
        <translation>客户卡片库：组织、联系人、往来记录、搜索和重复项。</translation>
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
        <source>Cannot write «%1».</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Kartoteka databases (*.sqlite *.db)</source>
        <translation>Kartoteka 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bring in client lists from other programs and spreadsheets: CSV files in any encoding, with a preview, field mapping and duplicate checks.</source>
        <translation>从其他程序和电子表格导入客户名单：支持任意编码的 CSV 文件，提供预览、字段映射和重复检查。</translation>
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
</context>
<context>
    <name>kartoteka::ui::SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Which clients matter: the ABC/XYZ analysis of sales, the nine-cell matrix, the Pareto chart and printed reports.</source>
        <translation>哪些客户最重要：销售的 ABC/XYZ 分析、九宫格矩阵、帕累托图和打印报表。</translation>
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
</context>
</TS>
