#include "core/io/JsonTree.h"

#include "core/domain/PrintableText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string_view>

namespace jx {

namespace {

// Keys of an object up to this many are checked for a duplicate as they are read.
constexpr size_t LinearKeyCheck = 32;

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

bool JsonTree::parse(const QByteArray& bytes, int maxDepth)
{
    clear();
    m_errorOffset = -1;
    m_errorReason.clear();
    m_maxDepth = maxDepth;
    m_bytes = bytes;
    m_p = m_bytes.constData();
    m_end = m_p + m_bytes.size();
    bool ok = value(0);
    if (ok) {
        skipSpace();
        if (m_p != m_end)
            ok = unexpected(tr("the end of the value"));
    }
    if (!ok) {
        clear();
        return false;
    }
    return true;
}

bool JsonTree::fail(const char* at, const QString& reason)
{
    if (m_errorOffset < 0) {
        m_errorOffset = at - m_bytes.constData();
        m_errorReason = reason;
    }
    return false;
}

bool JsonTree::unexpected(const QString& expected)
{
    if (m_p >= m_end)
        return fail(m_p, tr("the value ends where %1 should follow").arg(expected));
    const auto c = static_cast<unsigned char>(*m_p);
    const QString found = c >= 0x20 && c < 0x7f ? QString(QLatin1Char(char(c)))
                                                : QStringLiteral("0x%1").arg(int(c), 2, 16, QLatin1Char('0'));
    return fail(m_p, tr("found “%1” where %2 should follow").arg(found, expected));
}

void JsonTree::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

// Whether the key just collected (the last on m_keyStack) was already given in the object whose
// members start at @p base of m_keyStack. Objects of our documents have a few dozen members at
// most; larger ones are checked once, sorted, when they close (duplicateKeyIn()).
bool JsonTree::duplicateKey(qsizetype base)
{
    if (m_keyStack.size() - size_t(base) > LinearKeyCheck)
        return false;
    const Text& key = m_keyStack.back();
    for (size_t i = size_t(base); i + 1 < m_keyStack.size(); ++i) {
        const Text& k = m_keyStack[i];
        if (k.size == key.size && std::memcmp(k.data, key.data, size_t(k.size)) == 0)
            return true;
    }
    return false;
}

// The first key that appears twice among the members from @p base of m_keyStack, if any.
std::optional<QString> JsonTree::duplicateKeyIn(qsizetype base) const
{
    std::vector<std::string_view> keys;
    keys.reserve(m_keyStack.size() - size_t(base));
    for (size_t i = size_t(base); i < m_keyStack.size(); ++i)
        keys.emplace_back(m_keyStack[i].data, size_t(m_keyStack[i].size));
    std::sort(keys.begin(), keys.end());
    const auto twice = std::adjacent_find(keys.begin(), keys.end());
    if (twice == keys.end())
        return std::nullopt;
    return QString::fromUtf8(twice->data(), qsizetype(twice->size()));
}

bool JsonTree::value(int depth)
{
    skipSpace();
    if (m_p >= m_end)
        return unexpected(tr("a value"));
    const char c = *m_p;
    if (c == '{' || c == '[') {
        // The caller's nesting is counted in maxDepth: the value itself is level 1.
        if (depth + 1 > m_maxDepth)
            return fail(m_p, tr("objects and lists are nested more than %1 deep").arg(JsonLimits::MaxDepth));
        const bool object = c == '{';
        const char* open = m_p;
        const int n = add(object ? Type::Object : Type::Array);
        const char close = object ? '}' : ']';
        const size_t base = m_stack.size();
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
        } else {
            for (;;) {
                if (m_stack.size() - base >= size_t(JsonLimits::MaxElements)) {
                    return fail(m_p, object ? tr("an object has more than %1 members").arg(JsonLimits::MaxElements)
                                            : tr("a list has more than %1 elements").arg(JsonLimits::MaxElements));
                }
                Text key;
                if (object) {
                    skipSpace();
                    const char* keyAt = m_p;
                    if (m_p >= m_end || *m_p != '"')
                        return unexpected(tr("a key in quotes"));
                    if (!string(key))
                        return false;
                    m_keyStack.push_back(key);
                    if (duplicateKey(qsizetype(base))) {
                        return fail(keyAt,
                            tr("the key “%1” appears twice in one object").arg(printableText(textOf(key), 60)));
                    }
                    m_keyStack.pop_back();
                    skipSpace();
                    if (m_p >= m_end || *m_p != ':')
                        return unexpected(tr("“:”"));
                    ++m_p;
                }
                const int child = int(m_nodes.size());
                if (!value(depth + 1))
                    return false;
                m_stack.push_back(child);
                m_keyStack.push_back(key);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p >= m_end || *m_p != close)
                    return unexpected(object ? tr("“,” or “}”") : tr("“,” or “]”"));
                ++m_p;
                break;
            }
        }
        if (object && m_keyStack.size() - base > LinearKeyCheck) {
            if (const std::optional<QString> key = duplicateKeyIn(qsizetype(base)))
                return fail(open, tr("the key “%1” appears twice in one object").arg(printableText(*key, 60)));
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
    if (c == 't' || c == 'f' || c == 'n') {
        const bool ok = c == 't' ? literal("true", 4) : c == 'f' ? literal("false", 5) : literal("null", 4);
        if (!ok)
            return unexpected(tr("a value"));
        const int n = add(c == 'n' ? Type::Null : Type::Bool);
        m_nodes[size_t(n)].number = c == 't' ? 1 : 0;
        return true;
    }
    if (c != '-' && c != '+' && c != '.' && (c < '0' || c > '9'))
        return unexpected(tr("a value"));
    const int n = add(Type::Number);
    double d = 0;
    if (!number(d))
        return false;
    m_nodes[size_t(n)].number = d;
    return true;
}

bool JsonTree::string(Text& into)
{
    const char* open = m_p;
    ++m_p; // the opening quote
    const char* start = m_p;
    bool escaped = false;
    while (true) {
        if (m_p >= m_end)
            return fail(open, tr("the text that starts here does not end"));
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"')
            break;
        if (c < 0x20) {
            return fail(m_p,
                tr("a control character (0x%1) inside text; write it as an escape such as \\n")
                    .arg(int(c), 2, 16, QLatin1Char('0')));
        } else if (c == '\\') {
            escaped = true;
            if (m_end - m_p < 2)
                return fail(open, tr("the text that starts here does not end"));
            m_p += 2;
        } else if (c >= 0x80) {
            const int len = utf8Length(reinterpret_cast<const unsigned char*>(m_p),
                reinterpret_cast<const unsigned char*>(m_end));
            if (len == 0)
                return fail(m_p, tr("the text is not valid UTF-8"));
            m_p += len;
        } else {
            ++m_p;
        }
        if (m_p - start > JsonLimits::MaxStringBytes)
            return fail(open, tr("a text longer than %1 bytes").arg(JsonLimits::MaxStringBytes));
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
        const char* escape = p;
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
            const int hex = stop - p < 4 ? -1 : hex4(p);
            if (hex < 0)
                return fail(escape, tr("“\\u” must be followed by four hexadecimal digits"));
            char32_t u = char32_t(hex);
            p += 4;
            if (u >= 0xD800 && u <= 0xDBFF) {
                const int low = stop - p < 6 || p[0] != '\\' || p[1] != 'u' ? -1 : hex4(p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(escape, tr("half of a surrogate pair (\\u%1) alone").arg(hex, 4, 16, QLatin1Char('0')));
                u = 0x10000 + ((u - 0xD800) << 10) + char32_t(low - 0xDC00);
                p += 6;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                return fail(escape, tr("half of a surrogate pair (\\u%1) alone").arg(hex, 4, 16, QLatin1Char('0')));
            }
            appendUtf8(out, u);
            break;
        }
        default: {
            const auto shown = static_cast<unsigned char>(e);
            return fail(escape,
                tr("“\\%1” is not an escape of JSON")
                    .arg(shown >= 0x20 && shown < 0x7f ? QString(QLatin1Char(e))
                                                       : QStringLiteral("0x%1").arg(int(shown), 2, 16, QLatin1Char('0'))));
        }
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
    const auto bad = [&] {
        const char* stop = m_p;
        while (stop < m_end && stop - start < 40 && !isSpace(*stop) && *stop != ',' && *stop != ']' && *stop != '}')
            ++stop;
        return fail(start,
            tr("“%1” is not a number as JSON writes them (like 12, -0.5 or 1e3)")
                .arg(printableText(QString::fromUtf8(start, stop - start))));
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (!digit())
        return bad();
    if (*m_p == '0') {
        ++m_p;
        if (digit())
            return bad(); // a leading zero
    } else {
        while (digit())
            ++m_p;
    }
    bool integer = true;
    if (m_p < m_end && *m_p == '.') {
        integer = false;
        ++m_p;
        if (!digit())
            return bad();
        while (digit())
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integer = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digit())
            return bad();
        while (digit())
            ++m_p;
    }
    if (m_p < m_end && !isSpace(*m_p) && *m_p != ',' && *m_p != ']' && *m_p != '}')
        return bad(); // "1x", "1.5.2"
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
    if (r.ec == std::errc::result_out_of_range) {
        // Too small to tell from zero is zero; too large for a double is an error, not infinity.
        const char* e = start;
        while (e < m_p && *e != 'e' && *e != 'E')
            ++e;
        if (e < m_p && e[1] == '-') {
            into = 0;
            return true;
        }
        return fail(start, tr("the number “%1” is too large").arg(QString::fromUtf8(start, qMin<qsizetype>(m_p - start, 40))));
    }
    if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(d))
        return fail(start, tr("the number “%1” is too large").arg(QString::fromUtf8(start, qMin<qsizetype>(m_p - start, 40))));
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
    for (qsizetype i = 0; i < node.count; ++i) {
        if (sameText(m_keys[size_t(node.first + i)], key))
            return m_kids[size_t(node.first + i)];
    }
    return Undefined;
}

bool JsonTree::sameText(const Text& t, QLatin1StringView key) const
{
    if (!t.data) // a text from assign()
        return m_owned.at(t.size) == key;
    return t.size == key.size() && std::memcmp(t.data, key.data(), size_t(t.size)) == 0;
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
