#pragma once

#include <QString>

namespace kartoteka {

// The key two spellings of one organization share, for matching duplicates: case-folded, ё→е,
// quotes and punctuation gone, initials joined ("S.A." → "sa", "А. А." → "аа"), legal forms
// (ООО, АО, ИП, "Общество с ограниченной ответственностью", LLC, Ltd, Inc., GmbH, 有限公司, …)
// removed wherever they stand, words joined by single spaces.
// 'ООО "Торговый дом ""Восток"""' and 'Торговый Дом Восток, ООО' both give "торговый дом восток".
// A name made of legal forms only keeps them, so it still has a key.
QString normalizedOrganizationName(const QString &name);

} // namespace kartoteka
