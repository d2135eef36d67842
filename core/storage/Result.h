#pragma once

#include "DatabaseError.h"

#include <optional>
#include <utility>

namespace kartoteka {

// A value or the DatabaseError that prevented it.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(DatabaseError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const DatabaseError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DatabaseError m_error;
};

} // namespace kartoteka
