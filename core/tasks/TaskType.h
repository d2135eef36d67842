#pragma once

#include <QString>

namespace kartoteka {

// A kind of task: call, letter, e-mail, meeting, visit, plain task, or one the users add.
struct TaskType
{
    qint64 id = 0;
    QString code;  // stable identifier ("call", "user_7"); the builtin codes never change
    QString name;
    QString color = QStringLiteral("#607d8b"); // #rrggbb, how the calendar paints the type
    bool builtin = false; // shipped with the program; cannot be deleted
    int sortOrder = 0;
};

} // namespace kartoteka
