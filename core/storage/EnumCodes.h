#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace kartoteka {

// The codes an enum is stored as, in one table: code(value) and fromCode(text).
// Build one with enumCodes<Enum>({{Enum::A, "a"}, {Enum::B, "b"}}), usually constexpr.
template <typename Enum, std::size_t N>
class EnumCodes
{
public:
    using Pair = std::pair<Enum, const char *>;

    constexpr explicit EnumCodes(const std::array<Pair, N> &pairs) : m_pairs(pairs) {}

    // The code of `value`; empty for a value the table lacks.
    QString code(Enum value) const
    {
        for (const auto &[candidate, text] : m_pairs) {
            if (candidate == value)
                return QString::fromLatin1(text);
        }
        return {};
    }

    // The value stored as `text`; none for an unknown code.
    std::optional<Enum> fromCode(const QString &text) const
    {
        for (const auto &[value, candidate] : m_pairs) {
            if (text == QLatin1String(candidate))
                return value;
        }
        return std::nullopt;
    }

private:
    std::array<Pair, N> m_pairs;
};

template <typename Enum, std::size_t N>
constexpr EnumCodes<Enum, N> enumCodes(const std::pair<Enum, const char *> (&pairs)[N])
{
    return EnumCodes<Enum, N>(std::to_array(pairs));
}

} // namespace kartoteka
