/* Kernel: Adler-32 over a 4 KiB buffer, folded into a checksum (reference for adler.ts). */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 20000
#endif
#ifndef NAME
#define NAME "adler"
#endif

static uint8_t data[4096];

static uint32_t adler(const uint8_t *b, size_t len)
{
    uint32_t a = 1, s = 0;
    for (size_t i = 0; i < len; i++) {
        a = (a + b[i]) % 65521;
        s = (s + a) % 65521;
    }
    return s << 16 | a;
}

int main(void)
{
    uint32_t seed = 99;
    for (size_t i = 0; i < sizeof data; i++) {
        seed = (seed * 75 + 74) % 65537;
        data[i] = (uint8_t)seed;
    }
    uint32_t acc = 0;
    for (int32_t r = 0; r < ROUNDS; r++) {
        data[r % sizeof data] = (uint8_t)r;
        uint32_t x = adler(data, sizeof data);
        acc = (acc * 31 + (x >> 16) + (x & 0xffff)) % 1000003;
    }
    printf(NAME " %" PRIu32 "\n", acc);
    return 0;
}
