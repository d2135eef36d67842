#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace kartoteka {

// A map from 64-bit key hashes (already well mixed) to ids, for the millions of keys an
// import matches against: one flat array, open addressing with linear probing, so that an
// insert costs a probe or two instead of a node of a general-purpose hash.
class IdsByHash
{
public:
    std::optional<qint64> find(quint64 hash) const;
    // Keeps the id a key already has; returns whether this one was added.
    bool insert(quint64 hash, qint64 id);
    size_t size() const { return m_size; }
    // The splitmix64 finalizer: any 64 bits well mixed, as the keys of this table want them.
    static quint64 mixed(quint64 bits);

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty
        qint64 id = 0;
    };
    size_t home(quint64 hash) const;
    void rehash(size_t capacity);

    std::vector<Slot> m_slots;
    size_t m_size = 0;
    std::optional<qint64> m_zero; // the id of the key hashing to 0, which marks empty slots
};

} // namespace kartoteka
