#include "IdsByHash.h"

#include <algorithm>

namespace kartoteka {

namespace {
constexpr double maxLoad = 0.8;
}

quint64 IdsByHash::mixed(quint64 bits)
{
    bits ^= bits >> 30;
    bits *= 0xbf58476d1ce4e5b9ULL;
    bits ^= bits >> 27;
    bits *= 0x94d049bb133111ebULL;
    return bits ^ (bits >> 31);
}

size_t IdsByHash::home(quint64 hash) const
{
    // The high bits of hash × capacity: any capacity, no modulo.
    __extension__ using Wide = unsigned __int128;
    return size_t(Wide(hash) * m_slots.size() >> 64);
}

std::optional<qint64> IdsByHash::find(quint64 hash) const
{
    if (hash == 0)
        return m_zero;
    if (m_slots.empty())
        return std::nullopt;
    for (size_t at = home(hash);; at = at + 1 == m_slots.size() ? 0 : at + 1) {
        const Slot &slot = m_slots[at];
        if (slot.hash == hash)
            return slot.id;
        if (slot.hash == 0)
            return std::nullopt;
    }
}

bool IdsByHash::insert(quint64 hash, qint64 id)
{
    if (hash == 0) {
        if (m_zero)
            return false;
        m_zero = id;
        ++m_size;
        return true;
    }
    if (double(m_size + 1) > maxLoad * double(m_slots.size()))
        rehash(std::max<size_t>(64, m_slots.size() + m_slots.size() / 2));
    for (size_t at = home(hash);; at = at + 1 == m_slots.size() ? 0 : at + 1) {
        Slot &slot = m_slots[at];
        if (slot.hash == hash)
            return false;
        if (slot.hash == 0) {
            slot = {hash, id};
            ++m_size;
            return true;
        }
    }
}

void IdsByHash::rehash(size_t capacity)
{
    std::vector<Slot> old(capacity);
    old.swap(m_slots);
    m_size = m_zero ? 1 : 0;
    for (const Slot &slot : old) {
        if (slot.hash != 0)
            insert(slot.hash, slot.id);
    }
}

} // namespace kartoteka
