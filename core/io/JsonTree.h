#pragma once

#include "core/io/JsonLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace jx {

/**
 * A light, read-only JSON value tree for one element of a document (a program of an import):
 * an arena of nodes whose strings are views into the UTF-8 bytes, made into a QString only when
 * read. It is several times cheaper to build than a QJsonDocument, which an import made for every
 * program. parse() takes strict JSON (RFC 8259) only, within the limits of JsonLimits, and refuses
 * what QJsonDocument would let pass: a key twice in one object, numbers like "1." or ".5", raw
 * control characters in text, invalid UTF-8, lone surrogates. On failure errorOffset() and
 * errorReason() say where and what (translated). Values read as QJsonValue would read them.
 *
 * Nodes are numbered; the root is 0 and -1 is "undefined" (a missing member), which every
 * accessor accepts.
 */
class JsonTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    static constexpr int Undefined = -1;

    /// Parses @p bytes, one JSON value nested at most @p maxDepth deep; false (and an empty tree)
    /// unless it is strict JSON within the limits. The tree keeps a reference to @p bytes (which
    /// may be raw data that must outlive it).
    bool parse(const QByteArray& bytes, int maxDepth = JsonLimits::MaxDepth);
    /// After a failed parse(): the byte of the input where it failed, and why (translated).
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString& errorReason() const { return m_errorReason; }
    /// Takes a value QJsonDocument read.
    void assign(const QJsonValue& value);

    int root() const { return m_nodes.empty() ? Undefined : 0; }

    bool isUndefined(int n) const { return n < 0; }
    bool isNull(int n) const { return n >= 0 && type(n) == Type::Null; }
    bool isBool(int n) const { return n >= 0 && type(n) == Type::Bool; }
    bool isDouble(int n) const { return n >= 0 && type(n) == Type::Number; }
    bool isString(int n) const { return n >= 0 && type(n) == Type::String; }
    bool isArray(int n) const { return n >= 0 && type(n) == Type::Array; }
    bool isObject(int n) const { return n >= 0 && type(n) == Type::Object; }

    /// As QJsonValue: empty, 0 or false when the node is of another type.
    QString toString(int n) const;
    double toDouble(int n) const { return isDouble(n) ? m_nodes[size_t(n)].number : 0; }
    bool toBool(int n) const { return isBool(n) && m_nodes[size_t(n)].number != 0; }

    /// The member @p key of object @p n; Undefined if none.
    int member(int n, QLatin1StringView key) const;
    /// The number of members of object @p n.
    qsizetype memberCount(int n) const { return isObject(n) ? m_nodes[size_t(n)].count : 0; }
    /// The key of member @p i of object @p n.
    QString keyAt(int n, qsizetype i) const { return textOf(m_keys[size_t(m_nodes[size_t(n)].first + i)]); }
    /// Whether the key of member @p i of object @p n is @p key (without making a QString of it).
    bool keyIs(int n, qsizetype i, QLatin1StringView key) const { return sameText(m_keys[size_t(m_nodes[size_t(n)].first + i)], key); }
    /// The node of member @p i of object @p n.
    int memberAt(int n, qsizetype i) const { return m_kids[size_t(m_nodes[size_t(n)].first + i)]; }
    /// The number of elements of array @p n; 0 for any other node.
    qsizetype size(int n) const { return isArray(n) ? m_nodes[size_t(n)].count : 0; }
    /// Element @p i of array @p n.
    int at(int n, qsizetype i) const { return m_kids[size_t(m_nodes[size_t(n)].first + i)]; }

    /// The node as a QJsonValue, for messages that show a value as QJsonValue does.
    QJsonValue toJsonValue(int n) const;

private:
    struct Text
    {
        const char* data = nullptr; // UTF-8; null when the text is in m_owned
        qsizetype size = 0; // or the index in m_owned
    };
    struct Node
    {
        Type type = Type::Null;
        qsizetype first = 0; // of an array or object: its first entry in m_kids / m_keys
        qsizetype count = 0;
        double number = 0;
        Text text;
    };

    Type type(int n) const { return m_nodes[size_t(n)].type; }
    void clear();
    int add(Type type);
    bool value(int depth);
    bool string(Text& into);
    bool number(double& into);
    bool fail(const char* at, const QString& reason);
    bool unexpected(const QString& expected);
    bool duplicateKey(qsizetype base);
    std::optional<QString> duplicateKeyIn(qsizetype base) const;
    void skipSpace();
    int fromJson(const QJsonValue& value);
    Text own(const QString& text);
    QString textOf(const Text& t) const;
    bool sameText(const Text& t, QLatin1StringView key) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_kids;
    std::vector<Text> m_keys; // beside m_kids, for members of objects
    std::vector<int> m_stack; // children being collected while their container is parsed
    std::vector<Text> m_keyStack;
    QByteArray m_bytes;
    QList<QByteArray> m_ownedUtf8; // strings with escapes, decoded
    QList<QString> m_owned; // strings from assign()
    const char* m_p = nullptr;
    const char* m_end = nullptr;
    int m_maxDepth = JsonLimits::MaxDepth;
    qsizetype m_errorOffset = -1;
    QString m_errorReason;
};

} // namespace jx
