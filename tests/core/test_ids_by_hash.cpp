#include "importing/IdsByHash.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace kartoteka;

namespace {
// Well-mixed 64-bit keys, as the import's hashes are (the splitmix64 sequence).
quint64 mixed(quint64 n)
{
    return IdsByHash::mixed((n + 1) * 0x9e3779b97f4a7c15ULL);
}
} // namespace

TEST_CASE("IdsByHash keeps the first id of each key", "[import][duplicates]")
{
    IdsByHash ids;
    CHECK_FALSE(ids.find(42));
    CHECK(ids.insert(42, 7));
    CHECK_FALSE(ids.insert(42, 8)); // a later organization with the same key does not take it
    REQUIRE(ids.find(42));
    CHECK(*ids.find(42) == 7);
    CHECK(ids.size() == 1);
}

TEST_CASE("IdsByHash tells 0, 1 and the largest keys apart", "[import][duplicates]")
{
    IdsByHash ids;
    const quint64 largest = std::numeric_limits<quint64>::max();
    // 0 marks empty slots, so it is kept aside; the largest keys have their home in the last
    // slot, so the next ones wrap around to the first.
    for (quint64 key : {quint64(0), quint64(1), quint64(2), largest, largest - 1, largest - 2})
        CHECK(ids.insert(key, qint64(key % 1000) + 1));
    CHECK(ids.size() == 6);
    for (quint64 key : {quint64(0), quint64(1), quint64(2), largest, largest - 1, largest - 2}) {
        REQUIRE(ids.find(key));
        CHECK(*ids.find(key) == qint64(key % 1000) + 1);
    }
    CHECK_FALSE(ids.insert(0, 99));
    CHECK(*ids.find(0) == 1);
    CHECK_FALSE(ids.find(3));
}

TEST_CASE("IdsByHash finds every one of a few hundred thousand keys as it grows", "[import][duplicates]")
{
    IdsByHash ids;
    constexpr quint64 count = 300000;
    for (quint64 n = 0; n < count; ++n) {
        REQUIRE(ids.insert(mixed(n), qint64(n)));
        // Keys added before a growth are still found after it.
        if (n % 9973 == 0) {
            for (quint64 earlier = 0; earlier <= n; earlier += 997)
                REQUIRE(ids.find(mixed(earlier)) == std::optional<qint64>(qint64(earlier)));
        }
    }
    CHECK(ids.size() == count);
    size_t found = 0;
    for (quint64 n = 0; n < count; ++n)
        found += ids.find(mixed(n)) == std::optional<qint64>(qint64(n));
    CHECK(found == count);
    size_t strangers = 0;
    for (quint64 n = count; n < 2 * count; ++n)
        strangers += ids.find(mixed(n)).has_value();
    CHECK(strangers == 0);
}
