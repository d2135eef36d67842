#pragma once

#include "contacts/User.h"

#include <QCoreApplication>

namespace kartoteka::ui {

// The words for users' roles, in the user's language.
class UserTexts
{
    Q_DECLARE_TR_FUNCTIONS(UserTexts)

public:
    static QString roleName(User::Role role);
};

} // namespace kartoteka::ui
