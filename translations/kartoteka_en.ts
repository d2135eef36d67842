<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportCli</name>
    <message numerus="yes">
        <source>Exported %n task(s) to «%1».</source>
        <translation>
            <numerusform>Exported %n task to «%1».</numerusform>
            <numerusform>Exported %n tasks to «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message numerus="yes">
        <source>--strict: %n row(s) could not be read, so nothing was imported.</source>
        <translation>
            <numerusform>--strict: %n row could not be read, so nothing was imported.</numerusform>
            <numerusform>--strict: %n rows could not be read, so nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>%n task(s) of its organizations</source>
        <translation>
            <numerusform>%n task of its organizations</numerusform>
            <numerusform>%n tasks of its organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) added to its organizations since</source>
        <translation>
            <numerusform>%n sale added to its organizations since</numerusform>
            <numerusform>%n sales added to its organizations since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to its organizations since</source>
        <translation>
            <numerusform>%n person added to its organizations since</numerusform>
            <numerusform>%n persons added to its organizations since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by later imports</source>
        <translation>
            <numerusform>%n change by later imports</numerusform>
            <numerusform>%n changes by later imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of its organizations</source>
        <translation>
            <numerusform>%n project of its organizations</numerusform>
            <numerusform>%n projects of its organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) of its organizations</source>
        <translation>
            <numerusform>%n deal of its organizations</numerusform>
            <numerusform>%n deals of its organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of its persons</source>
        <translation>
            <numerusform>%n task of its persons</numerusform>
            <numerusform>%n tasks of its persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task change(s) by later imports</source>
        <translation>
            <numerusform>%n task change by later imports</numerusform>
            <numerusform>%n task changes by later imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message numerus="yes">
        <source>%n task(s) of its contact persons</source>
        <translation>
            <numerusform>%n task of its contact persons</numerusform>
            <numerusform>%n tasks of its contact persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>References</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderQueue</name>
    <message numerus="yes">
        <source>A reminder can be put off by 1 minute to 7 days, not %n minute(s).</source>
        <translation>
            <numerusform>A reminder can be put off by 1 minute to 7 days, not %n minute.</numerusform>
            <numerusform>A reminder can be put off by 1 minute to 7 days, not %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTypeRepository</name>
    <message numerus="yes">
        <source>The task type %1 cannot be deleted: %n task(s) have it.</source>
        <translation>
            <numerusform>The task type %1 cannot be deleted: %n task has it.</numerusform>
            <numerusform>The task type %1 cannot be deleted: %n tasks have it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CalendarPage</name>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CalendarUserChooser</name>
    <message numerus="yes">
        <source>Tasks of %n user(s)</source>
        <translation>
            <numerusform>Tasks of %n user</numerusform>
            <numerusform>Tasks of %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsExchange</name>
    <message numerus="yes">
        <source>Exported %n organization(s) to %1</source>
        <translation>
            <numerusform>Exported %n organization to %1</numerusform>
            <numerusform>Exported %n organizations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1</source>
        <translation>
            <numerusform>Exported %n person to %1</numerusform>
            <numerusform>Exported %n persons to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read (the first at line %1: %2).</source>
        <translation>
            <numerusform>%n card could not be read (the first at line %1: %2).</numerusform>
            <numerusform>%n cards could not be read (the first at line %1: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s); Import › History can undo it</source>
        <translation>
            <numerusform>Imported %n contact; Import › History can undo it</numerusform>
            <numerusform>Imported %n contacts; Import › History can undo it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ContactsPage</name>
    <message numerus="yes">
        <source>The first %Ln found</source>
        <translation>
            <numerusform>The first %Ln found</numerusform>
            <numerusform>The first %Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CustomFieldsDialog</name>
    <message numerus="yes">
        <source>Delete the field «%1» and its %n value(s)? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Delete the field «%1» and its %n value? Edit › Undo brings them back.</numerusform>
            <numerusform>Delete the field «%1» and its %n values? Edit › Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OrganizationCard</name>
    <message numerus="yes">
        <source>%1 in %n sale(s)</source>
        <translation>
            <numerusform>%1 in %n sale</numerusform>
            <numerusform>%1 in %n sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PersonsView</name>
    <message numerus="yes">
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>%Ln person found</numerusform>
            <numerusform>%Ln persons found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::PreviewPage</name>
    <message numerus="yes">
        <source>%1  ·  %n column(s)  ·  %2  ·  %3</source>
        <translation>
            <numerusform>%1  ·  %n column  ·  %2  ·  %3</numerusform>
            <numerusform>%1  ·  %n columns  ·  %2  ·  %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderService</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderWindow</name>
    <message numerus="yes">
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>%n reminder came due.</numerusform>
            <numerusform>%n reminders came due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SummaryPage</name>
    <message numerus="yes">
        <source>Strict mode: nothing was imported from «%1», because %n row(s) could not be read. Fix them (see below) or import without Strict.</source>
        <translation>
            <numerusform>Strict mode: nothing was imported from «%1», because %n row could not be read. Fix them (see below) or import without Strict.</numerusform>
            <numerusform>Strict mode: nothing was imported from «%1», because %n rows could not be read. Fix them (see below) or import without Strict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskJournalView</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TasksIcsActions</name>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Exported %n task to %1</numerusform>
            <numerusform>Exported %n tasks to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
