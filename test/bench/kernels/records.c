/* Kernel: parse 64-byte big-endian records from a 4 KiB buffer (reference for records.ts). */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 2000000
#endif
#ifndef NAME
#define NAME "records" /* the line the bench compares */
#endif

#define RECORD 64

static uint8_t frames[4096];

static uint32_t parse(const uint8_t *buf, size_t size)
{
    uint32_t sum = 0;
    for (size_t off = 0; off + RECORD <= size; off += RECORD) {
        const uint8_t *r = &buf[off];
        uint16_t type = (uint16_t)((r[0] << 8) | r[1]);
        uint16_t len = (uint16_t)((r[2] << 8) | r[3]) & 0x2f;
        uint32_t seq = ((uint32_t)r[4] << 24) | ((uint32_t)r[5] << 16) | ((uint32_t)r[6] << 8) | r[7];
        uint8_t flags = r[8];
        uint32_t payload = 0;
        for (uint16_t i = 0; i < len; i++) {
            payload += r[16 + i];
        }
        if (flags & 1) {
            sum += seq ^ type;
        }
        else {
            sum += payload + len;
        }
    }
    return sum;
}

int main(void)
{
    uint32_t seed = 7;
    for (size_t i = 0; i < sizeof(frames); i++) {
        seed = seed * 1103515245u + 12345u;
        frames[i] = (uint8_t)(seed >> 16);
    }
    uint32_t acc = 0;
    for (int32_t r = 0; r < ROUNDS; r++) {
        frames[r & 4095] = (uint8_t)r;
        acc += parse(frames, sizeof(frames));
    }
    printf(NAME " %" PRIu32 "\n", acc);
    return 0;
}
