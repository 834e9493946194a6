#include "core/exchange/Sm3.h"

#include <openssl/evp.h>

namespace jx {

struct Sm3::Private
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(ctx); }
    void start() { EVP_DigestInit_ex(ctx, EVP_sm3(), nullptr); }
};

Sm3::Sm3()
    : d(std::make_unique<Private>())
{
    d->start();
}

Sm3::~Sm3() = default;
Sm3::Sm3(Sm3&&) noexcept = default;
Sm3& Sm3::operator=(Sm3&&) noexcept = default;

void Sm3::update(const char* data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(d->ctx, data, size_t(size));
}

QByteArray Sm3::finish()
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &length);
    out.resize(int(length));
    d->start();
    return out;
}

QByteArray Sm3::hash(const QByteArray& data)
{
    Sm3 sm3;
    sm3.update(data);
    return sm3.finish();
}

} // namespace jx
