/* Kernel: a weighted checksum over a window of a 4 KiB buffer (reference for scan.ts). */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 200000
#endif

static uint8_t data[4096];

static uint32_t scan(const uint8_t *b, size_t len, int32_t start, int32_t end)
{
    if (start < 0 || (size_t)end > len || start > end) {
        return 0;
    }
    uint32_t s = 0;
    for (int32_t i = start; i < end; i++) {
        s += b[i] * (uint32_t)((i & 7) + 1);
    }
    return s;
}

int main(void)
{
    uint32_t seed = 99;
    for (size_t i = 0; i < sizeof(data); i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (uint8_t)(seed >> 16);
    }
    uint32_t acc = 0;
    for (int32_t r = 0; r < ROUNDS; r++) {
        data[r & 4095] = (uint8_t)r;
        acc += scan(data, sizeof(data), r & 63, 4096 - (r & 31));
    }
    printf("scan %" PRIu32 "\n", acc);
    return 0;
}
