#include "core/io/JsonTree.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>

namespace jx {

namespace {

// Deeper than any interchange document; QJsonDocument, asked instead, has its own limit.
constexpr int MaxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape at @p p (which has at least four bytes); -1 if not hex.
int hex4(const char* p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The length of the well-formed UTF-8 sequence at @p p (a byte >= 0x80), or 0.
int utf8Length(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    int n;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < n || p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return n;
}

} // namespace

void JsonTree::clear()
{
    m_nodes.clear();
    m_kids.clear();
    m_keys.clear();
    m_stack.clear();
    m_keyStack.clear();
    m_ownedUtf8.clear();
    m_owned.clear();
    m_bytes.clear();
}

int JsonTree::add(Type type)
{
    m_nodes.push_back(Node { type, 0, 0, 0, {} });
    return int(m_nodes.size() - 1);
}

bool JsonTree::parse(const QByteArray& bytes)
{
    clear();
    m_bytes = bytes;
    m_p = m_bytes.constData();
    m_end = m_p + m_bytes.size();
    if (!value(0)) {
        clear();
        return false;
    }
    skipSpace();
    if (m_p != m_end) {
        clear();
        return false;
    }
    return true;
}

void JsonTree::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

bool JsonTree::value(int depth)
{
    skipSpace();
    if (m_p >= m_end)
        return false;
    const char c = *m_p;
    if (c == '{' || c == '[') {
        if (depth >= MaxDepth)
            return false;
        const bool object = c == '{';
        const int n = add(object ? Type::Object : Type::Array);
        const char close = object ? '}' : ']';
        const size_t base = m_stack.size();
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
        } else {
            for (;;) {
                Text key;
                if (object) {
                    skipSpace();
                    if (m_p >= m_end || *m_p != '"' || !string(key))
                        return false;
                    skipSpace();
                    if (m_p >= m_end || *m_p != ':')
                        return false;
                    ++m_p;
                }
                const int child = int(m_nodes.size());
                if (!value(depth + 1))
                    return false;
                m_stack.push_back(child);
                m_keyStack.push_back(key);
                skipSpace();
                if (m_p >= m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p != close)
                    return false;
                ++m_p;
                break;
            }
        }
        Node& node = m_nodes[size_t(n)];
        node.first = qsizetype(m_kids.size());
        node.count = qsizetype(m_stack.size() - base);
        m_kids.insert(m_kids.end(), m_stack.begin() + qsizetype(base), m_stack.end());
        m_keys.insert(m_keys.end(), m_keyStack.begin() + qsizetype(base), m_keyStack.end());
        m_stack.resize(base);
        m_keyStack.resize(base);
        return true;
    }
    if (c == '"') {
        const int n = add(Type::String);
        Text t;
        if (!string(t))
            return false;
        m_nodes[size_t(n)].text = t;
        return true;
    }
    const auto literal = [this](const char* word, size_t size) {
        if (size_t(m_end - m_p) < size || std::memcmp(m_p, word, size) != 0)
            return false;
        m_p += size;
        return true;
    };
    if (c == 't' || c == 'f') {
        const int n = add(Type::Bool);
        m_nodes[size_t(n)].number = c == 't' ? 1 : 0;
        return c == 't' ? literal("true", 4) : literal("false", 5);
    }
    if (c == 'n') {
        add(Type::Null);
        return literal("null", 4);
    }
    const int n = add(Type::Number);
    double d = 0;
    if (!number(d))
        return false;
    m_nodes[size_t(n)].number = d;
    return true;
}

bool JsonTree::string(Text& into)
{
    ++m_p; // the opening quote
    const char* start = m_p;
    bool escaped = false;
    while (true) {
        if (m_p >= m_end)
            return false;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"')
            break;
        if (c < 0x20) {
            return false; // QJsonDocument takes these; let it
        } else if (c == '\\') {
            escaped = true;
            if (m_end - m_p < 2)
                return false;
            m_p += 2;
        } else if (c >= 0x80) {
            const int len = utf8Length(reinterpret_cast<const unsigned char*>(m_p),
                reinterpret_cast<const unsigned char*>(m_end));
            if (len == 0)
                return false;
            m_p += len;
        } else {
            ++m_p;
        }
    }
    const char* stop = m_p;
    ++m_p; // the closing quote
    if (!escaped) {
        into = Text { start, stop - start };
        return true;
    }
    QByteArray out;
    out.reserve(stop - start);
    for (const char* p = start; p < stop;) {
        if (*p != '\\') {
            out += *p++;
            continue;
        }
        const char e = p[1];
        p += 2;
        switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            if (stop - p < 4)
                return false;
            char32_t u = char32_t(hex4(p));
            if (int(u) < 0)
                return false;
            p += 4;
            if (u >= 0xD800 && u <= 0xDBFF) {
                // Only a whole surrogate pair is taken here; a lone half goes to QJsonDocument.
                if (stop - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return false;
                const int low = hex4(p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                u = 0x10000 + ((u - 0xD800) << 10) + char32_t(low - 0xDC00);
                p += 6;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, u);
            break;
        }
        default: return false;
        }
    }
    m_ownedUtf8 << out;
    into = Text { m_ownedUtf8.last().constData(), m_ownedUtf8.last().size() };
    return true;
}

bool JsonTree::number(double& into)
{
    // Strict JSON: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char* start = m_p;
    const auto digit = [this] { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (!digit())
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (digit())
            ++m_p;
    }
    bool integer = true;
    if (m_p < m_end && *m_p == '.') {
        integer = false;
        ++m_p;
        if (!digit())
            return false;
        while (digit())
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integer = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digit())
            return false;
        while (digit())
            ++m_p;
    }
    if (integer) {
        // As QJsonValue: an integer that fits is kept exactly, then read as a double.
        long long n = 0;
        const std::from_chars_result r = std::from_chars(start, m_p, n);
        if (r.ec == std::errc() && r.ptr == m_p) {
            into = double(n);
            return true;
        }
    }
    double d = 0;
    const std::from_chars_result r = std::from_chars(start, m_p, d);
    if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(d) || std::fpclassify(d) == FP_SUBNORMAL)
        return false; // out of range: QJsonDocument decides
    into = d == 0 ? 0.0 : d; // QJsonValue keeps -0.0 as the integer 0
    return true;
}

void JsonTree::assign(const QJsonValue& value)
{
    clear();
    fromJson(value);
}

JsonTree::Text JsonTree::own(const QString& text)
{
    m_ownedUtf8 << text.toUtf8();
    return Text { m_ownedUtf8.last().constData(), m_ownedUtf8.last().size() };
}

int JsonTree::fromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool: {
        const int n = add(Type::Bool);
        m_nodes[size_t(n)].number = value.toBool() ? 1 : 0;
        return n;
    }
    case QJsonValue::Double: {
        const int n = add(Type::Number);
        m_nodes[size_t(n)].number = value.toDouble();
        return n;
    }
    case QJsonValue::String: {
        const int n = add(Type::String);
        m_owned << value.toString();
        m_nodes[size_t(n)].text = Text { nullptr, m_owned.size() - 1 };
        return n;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const bool object = value.isObject();
        const int n = add(object ? Type::Object : Type::Array);
        std::vector<int> kids;
        std::vector<Text> keys;
        if (object) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                keys.push_back(own(it.key()));
                kids.push_back(fromJson(it.value()));
            }
        } else {
            const QJsonArray a = value.toArray();
            for (const QJsonValue& v : a) {
                keys.push_back(Text {});
                kids.push_back(fromJson(v));
            }
        }
        Node& node = m_nodes[size_t(n)];
        node.first = qsizetype(m_kids.size());
        node.count = qsizetype(kids.size());
        m_kids.insert(m_kids.end(), kids.begin(), kids.end());
        m_keys.insert(m_keys.end(), keys.begin(), keys.end());
        return n;
    }
    default: return add(Type::Null);
    }
}

QString JsonTree::textOf(const Text& t) const
{
    return t.data ? QString::fromUtf8(t.data, t.size) : m_owned.at(t.size);
}

QString JsonTree::toString(int n) const
{
    return isString(n) ? textOf(m_nodes[size_t(n)].text) : QString();
}

int JsonTree::member(int n, QLatin1StringView key) const
{
    if (!isObject(n))
        return Undefined;
    const Node& node = m_nodes[size_t(n)];
    // From the end, so that of a key written twice the last counts, as in QJsonObject.
    for (qsizetype i = node.count - 1; i >= 0; --i) {
        const Text& k = m_keys[size_t(node.first + i)];
        if (k.size == key.size() && std::memcmp(k.data, key.data(), size_t(k.size)) == 0)
            return m_kids[size_t(node.first + i)];
    }
    return Undefined;
}

QJsonValue JsonTree::toJsonValue(int n) const
{
    if (n < 0)
        return QJsonValue(QJsonValue::Undefined);
    const Node& node = m_nodes[size_t(n)];
    switch (node.type) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return QJsonValue(node.number != 0);
    case Type::Number: return QJsonValue(node.number);
    case Type::String: return QJsonValue(textOf(node.text));
    case Type::Array: {
        QJsonArray a;
        for (qsizetype i = 0; i < node.count; ++i)
            a.append(toJsonValue(m_kids[size_t(node.first + i)]));
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (qsizetype i = 0; i < node.count; ++i)
            o.insert(textOf(m_keys[size_t(node.first + i)]), toJsonValue(m_kids[size_t(node.first + i)]));
        return o;
    }
    }
    return QJsonValue();
}

} // namespace jx
