#pragma once

#include <QByteArray>

#include <memory>

namespace jx {

/// SM3 (GB/T 32905) over data given in pieces; through OpenSSL.
class Sm3
{
public:
    Sm3();
    ~Sm3();
    Sm3(Sm3&&) noexcept;
    Sm3& operator=(Sm3&&) noexcept;

    void update(const char* data, qint64 size);
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    /// The 32-byte digest; the object starts over afterwards.
    QByteArray finish();

    /// SM3 of @p data in one call.
    static QByteArray hash(const QByteArray& data);
    static constexpr int Size = 32;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jx
