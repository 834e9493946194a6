#include "core/exchange/SigningKey.h"

#include "core/exchange/Sm3.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace jx {

namespace {

// The distinguishing ID of GB/T 35276 (SM2 签名 default user ID), fixed by the format.
constexpr char SignerId[] = "1234567812345678";
constexpr int SignerIdLength = 16;

// scrypt parameters of the stored private key: 16 MiB and about 50 ms per try on a desktop,
// within OpenSSL's default memory ceiling (32 MiB) so that any OpenSSL 3 can read it back.
constexpr uint64_t ScryptN = 1 << 14;
constexpr uint64_t ScryptR = 8;
constexpr uint64_t ScryptP = 1;
constexpr int SaltLength = 16;

std::shared_ptr<evp_pkey_st> own(EVP_PKEY* key)
{
    return std::shared_ptr<evp_pkey_st>(key, &EVP_PKEY_free);
}

QString sslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString();
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Error cryptoError(const QString& what)
{
    const QString detail = sslError();
    return makeError(Error::Code::Storage,
        detail.isEmpty() ? what : SigningKey::tr("%1 (OpenSSL: %2)").arg(what, detail));
}

std::shared_ptr<evp_pkey_st> publicKeyFromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (!key || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size() || !EVP_PKEY_is_a(key, "SM2")) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return {};
    }
    return own(key);
}

// A digest-sign or digest-verify context over SM3 with the SM2 ID set (EVP_PKEY-SM2(7)).
struct DigestContext
{
    EVP_MD_CTX* md = nullptr;
    EVP_PKEY_CTX* pkey = nullptr; // not owned by md when set with EVP_MD_CTX_set_pkey_ctx

    DigestContext() = default;
    DigestContext(const DigestContext&) = delete;
    DigestContext& operator=(const DigestContext&) = delete;
    ~DigestContext()
    {
        EVP_MD_CTX_free(md);
        EVP_PKEY_CTX_free(pkey);
    }

    bool init(EVP_PKEY* key, bool signing)
    {
        md = EVP_MD_CTX_new();
        pkey = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
        if (!md || !pkey || EVP_PKEY_CTX_set1_id(pkey, SignerId, SignerIdLength) <= 0)
            return false;
        EVP_MD_CTX_set_pkey_ctx(md, pkey);
        return signing ? EVP_DigestSignInit(md, nullptr, EVP_sm3(), nullptr, key) > 0
                       : EVP_DigestVerifyInit(md, nullptr, EVP_sm3(), nullptr, key) > 0;
    }
};

} // namespace

struct SigningKey::Signer::State
{
    DigestContext ctx;
    std::shared_ptr<evp_pkey_st> key;
};

struct SigningKey::Verifier::State
{
    DigestContext ctx;
    std::shared_ptr<evp_pkey_st> key;
};

Result<SigningKey> SigningKey::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
    if (!key)
        return cryptoError(tr("Cannot generate an SM2 key pair."));
    return SigningKey(own(key));
}

Result<SigningKey> SigningKey::fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509_SIG* encrypted = PEM_read_bio_PKCS8(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!encrypted) {
        ERR_clear_error();
        return makeError(Error::Code::Invalid, tr("The stored private key is damaged: it is not an encrypted PKCS#8 key."));
    }
    PKCS8_PRIV_KEY_INFO* info = PKCS8_decrypt(encrypted, passphrase.constData(), int(passphrase.size()));
    X509_SIG_free(encrypted);
    if (!info) {
        ERR_clear_error();
        return makeError(Error::Code::Invalid, tr("Wrong passphrase: the private key cannot be decrypted with it."));
    }
    EVP_PKEY* key = EVP_PKCS82PKEY(info);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!key || !EVP_PKEY_is_a(key, "SM2")) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return makeError(Error::Code::Invalid, tr("The stored private key is not an SM2 key."));
    }
    return SigningKey(own(key));
}

Result<QByteArray> SigningKey::toEncryptedPem(const QByteArray& passphrase) const
{
    if (passphrase.size() < MinPassphraseLength) {
        return makeError(Error::Code::Invalid,
            tr("The passphrase is too short: at least %1 characters.").arg(MinPassphraseLength));
    }
    unsigned char salt[SaltLength];
    if (RAND_bytes(salt, SaltLength) != 1)
        return cryptoError(tr("Cannot draw random bytes for the key's salt."));
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(m_key.get());
    if (!info)
        return cryptoError(tr("Cannot encode the private key."));
    X509_ALGOR* pbe = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), salt, SaltLength, nullptr, ScryptN, ScryptR, ScryptP);
    if (!pbe) {
        PKCS8_PRIV_KEY_INFO_free(info);
        return cryptoError(tr("Cannot set up the encryption of the private key."));
    }
    X509_SIG* encrypted = PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), info, pbe);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!encrypted) {
        X509_ALGOR_free(pbe);
        return cryptoError(tr("Cannot encrypt the private key."));
    }
    BIO* bio = BIO_new(BIO_s_mem());
    const bool written = PEM_write_bio_PKCS8(bio, encrypted) == 1;
    X509_SIG_free(encrypted);
    QByteArray out;
    if (written) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, size);
    }
    BIO_free(bio);
    if (!written)
        return cryptoError(tr("Cannot encode the encrypted private key."));
    return out;
}

QByteArray SigningKey::publicKeyDer() const
{
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}

QString SigningKey::fingerprint() const
{
    return fingerprint(publicKeyDer());
}

Result<SigningKey::Signer> SigningKey::signer() const
{
    auto state = std::make_unique<Signer::State>();
    state->key = m_key;
    if (!state->ctx.init(m_key.get(), true))
        return cryptoError(tr("Cannot start an SM2 signature."));
    return Signer(std::move(state));
}

Result<QByteArray> SigningKey::sign(const QByteArray& data) const
{
    Result<Signer> s = signer();
    if (!s)
        return s.error();
    s->update(data.constData(), data.size());
    return s->finish();
}

Result<SigningKey::Verifier> SigningKey::verifier(const QByteArray& publicKeyDer)
{
    std::shared_ptr<evp_pkey_st> key = publicKeyFromDer(publicKeyDer);
    if (!key)
        return makeError(Error::Code::Invalid, tr("The signer's key is not an SM2 public key."));
    auto state = std::make_unique<Verifier::State>();
    state->key = key;
    if (!state->ctx.init(key.get(), false))
        return cryptoError(tr("Cannot start the check of an SM2 signature."));
    return Verifier(std::move(state));
}

Result<void> SigningKey::verify(const QByteArray& publicKeyDer, const QByteArray& data, const QByteArray& signature)
{
    Result<Verifier> v = verifier(publicKeyDer);
    if (!v)
        return v.error();
    v->update(data.constData(), data.size());
    return v->finish(signature);
}

QString SigningKey::fingerprint(const QByteArray& publicKeyDer)
{
    const QByteArray hex = Sm3::hash(publicKeyDer).left(16).toHex().toUpper();
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

QString SigningKey::normalizedFingerprint(const QString& typed)
{
    QString hex;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char(':'))
            continue;
        const char16_t u = c.unicode();
        const bool hexDigit = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hexDigit)
            return {};
        hex += c.toUpper();
    }
    if (hex.size() != 32)
        return {};
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += hex.mid(i, 4);
    }
    return out;
}

SigningKey::Signer::Signer(std::unique_ptr<State> state) : d(std::move(state)) {}
SigningKey::Signer::~Signer() = default;
SigningKey::Signer::Signer(Signer&&) noexcept = default;
SigningKey::Signer& SigningKey::Signer::operator=(Signer&&) noexcept = default;

void SigningKey::Signer::update(const char* data, qint64 size)
{
    if (d && size > 0)
        EVP_DigestSignUpdate(d->ctx.md, data, size_t(size));
}

Result<QByteArray> SigningKey::Signer::finish()
{
    if (!d)
        return makeError(Error::Code::Invalid, tr("The signature was already made."));
    size_t size = 0;
    QByteArray out;
    bool ok = EVP_DigestSignFinal(d->ctx.md, nullptr, &size) > 0;
    if (ok) {
        out.resize(qsizetype(size));
        ok = EVP_DigestSignFinal(d->ctx.md, reinterpret_cast<unsigned char*>(out.data()), &size) > 0;
        out.resize(qsizetype(size));
    }
    d.reset();
    if (!ok)
        return cryptoError(tr("Cannot make the SM2 signature."));
    return out;
}

SigningKey::Verifier::Verifier(std::unique_ptr<State> state) : d(std::move(state)) {}
SigningKey::Verifier::~Verifier() = default;
SigningKey::Verifier::Verifier(Verifier&&) noexcept = default;
SigningKey::Verifier& SigningKey::Verifier::operator=(Verifier&&) noexcept = default;

void SigningKey::Verifier::update(const char* data, qint64 size)
{
    if (d && size > 0)
        EVP_DigestVerifyUpdate(d->ctx.md, data, size_t(size));
}

Result<void> SigningKey::Verifier::finish(const QByteArray& signature)
{
    if (!d)
        return makeError(Error::Code::Invalid, tr("The signature was already checked."));
    const int result = EVP_DigestVerifyFinal(
        d->ctx.md, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()));
    d.reset();
    ERR_clear_error();
    if (result != 1)
        return makeError(Error::Code::Invalid, tr("The SM2 signature does not match the signed content."));
    return {};
}

} // namespace jx
