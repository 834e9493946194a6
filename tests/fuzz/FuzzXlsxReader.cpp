// libFuzzer target: any bytes as an .xlsx workbook. Opening and reading every sheet never crashes,
// never exceeds the reader's limits, and every refusal says why.
#include "FuzzSupport.h"

#include "core/io/XlsxReader.h"

#include <cstdlib>

using namespace jx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setUp();
    XlsxLimits limits;
    // Small enough that a fuzzed part cannot take the run's memory or time.
    limits.maxEntrySize = 4 * 1024 * 1024;
    limits.maxTotalSize = 16 * 1024 * 1024;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::openData(bytes, QStringLiteral("fuzz.xlsx"), limits);
    if (!reader) {
        if (reader.message().isEmpty())
            std::abort();
        return 0;
    }
    for (const XlsxSheetInfo& sheet : (*reader)->sheets()) {
        int lastRow = 0;
        Result<void> r = (*reader)->readSheet(sheet.name, [&](int row, const QList<XlsxCell>& cells) {
            // Rows come in order, cells in order within their row, inside Excel's bounds.
            if (row <= lastRow || row > limits.maxRows)
                std::abort();
            lastRow = row;
            int lastColumn = 0;
            for (const XlsxCell& c : cells) {
                if (c.row != row || c.column <= lastColumn || c.column > limits.maxColumns)
                    std::abort();
                lastColumn = c.column;
            }
            return true;
        });
        if (!r && r.message().isEmpty())
            std::abort();
    }
    return 0;
}
