#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer hands a target, as a QByteArray that does not copy them.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A target's first byte as a small choice (a flag, a status), the rest as the input proper.
inline QByteArray afterChoice(const uint8_t *data, size_t size, uint8_t *choice)
{
    *choice = size > 0 ? data[0] : 0;
    return size > 0 ? fuzzBytes(data + 1, size - 1) : QByteArray();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
