// libFuzzer target: any text as an amount. Parsing never crashes; an amount it reads formats
// and reads back to itself; checked arithmetic on it never overflows silently.
#include "FuzzSupport.h"

#include "core/domain/Money.h"

#include <cstdlib>
#include <cstring>

using namespace jx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setUp();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (MoneyUnit unit : { MoneyUnit::Yuan, MoneyUnit::TenThousandYuan }) {
        Result<Money> m = Money::parse(text, unit);
        if (!m) {
            if (m.message().isEmpty())
                std::abort();
            continue;
        }
        Result<Money> again = Money::parse(m->format(MoneyUnit::Yuan));
        if (!again || *again != *m)
            std::abort();
        // Sums and ratios of what was read, checked against 128-bit arithmetic.
        __extension__ typedef __int128 Wide;
        const Wide twice = Wide(m->fen()) * 2;
        Result<Money> sum = m->plus(*m);
        if (sum.ok() != (twice >= Wide(INT64_MIN) && twice <= Wide(INT64_MAX)) || (sum.ok() && Wide(sum->fen()) != twice))
            std::abort();
        qint64 numerator = 0;
        if (size >= sizeof(numerator)) {
            std::memcpy(&numerator, data, sizeof(numerator));
            (void)m->scaled(numerator, 7);
            (void)m->scaled(1, numerator);
        }
    }
    return 0;
}
