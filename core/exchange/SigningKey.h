#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace jx {

/**
 * An SM2 key pair (国密 SM2, OpenSSL 3). Signatures are SM2 with the SM3 digest and the
 * standard distinguishing ID "1234567812345678" (GB/T 35276). The private key leaves the
 * object only encrypted (PKCS#8, AES-256-CBC, key from the passphrase by scrypt).
 * Copies share the key.
 */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    /// A new key pair from the system's random source.
    static Result<SigningKey> generate();
    /// The key from an encrypted PKCS#8 PEM; a wrong passphrase is refused with its own message.
    static Result<SigningKey> fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase);
    /// The private key as encrypted PKCS#8 PEM. Refuses a passphrase shorter than MinPassphraseLength.
    Result<QByteArray> toEncryptedPem(const QByteArray& passphrase) const;

    /// The public key, DER SubjectPublicKeyInfo.
    QByteArray publicKeyDer() const;
    /// The fingerprint of publicKeyDer() (fingerprint()).
    QString fingerprint() const;

    /// An SM2 signature (DER) over @p data.
    Result<QByteArray> sign(const QByteArray& data) const;
    /// Whether @p signature is this scheme's signature of @p data by @p publicKeyDer; an error says why not.
    static Result<void> verify(const QByteArray& publicKeyDer, const QByteArray& data, const QByteArray& signature);

    /**
     * The fingerprint people compare by phone: SM3 of the public key DER, its first 16 bytes as
     * 8 groups of 4 upper-case hex digits ("3F2A 09B1 …").
     */
    static QString fingerprint(const QByteArray& publicKeyDer);
    /// A fingerprint as typed by a person (spaces, dashes, case) in the form above; empty if it is none.
    static QString normalizedFingerprint(const QString& typed);

    static constexpr int MinPassphraseLength = 8;

    /// Signs data given in pieces (a package of hundreds of megabytes).
    class Signer
    {
    public:
        ~Signer();
        Signer(Signer&&) noexcept;
        Signer& operator=(Signer&&) noexcept;
        void update(const char* data, qint64 size);
        /// The signature (DER) over everything given; the signer is spent afterwards.
        Result<QByteArray> finish();

    private:
        friend class SigningKey;
        struct State;
        explicit Signer(std::unique_ptr<State> state);
        std::unique_ptr<State> d;
    };
    Result<Signer> signer() const;

    /// Verifies data given in pieces against a public key.
    class Verifier
    {
    public:
        ~Verifier();
        Verifier(Verifier&&) noexcept;
        Verifier& operator=(Verifier&&) noexcept;
        void update(const char* data, qint64 size);
        /// Whether @p signature signs everything given; the verifier is spent afterwards.
        Result<void> finish(const QByteArray& signature);

    private:
        friend class SigningKey;
        struct State;
        explicit Verifier(std::unique_ptr<State> state);
        std::unique_ptr<State> d;
    };
    /// A verifier for @p publicKeyDer; an error if it is not an SM2 public key.
    static Result<Verifier> verifier(const QByteArray& publicKeyDer);

private:
    explicit SigningKey(std::shared_ptr<evp_pkey_st> key) : m_key(std::move(key)) {}
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace jx
