#include "UserTexts.h"

namespace kartoteka::ui {

QString UserTexts::roleName(User::Role role)
{
    switch (role) {
    case User::Role::Manager: return tr("Manager");
    case User::Role::Supervisor: return tr("Supervisor");
    case User::Role::Admin: return tr("Administrator");
    }
    return {};
}

} // namespace kartoteka::ui
