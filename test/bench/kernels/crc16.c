/* Kernel: CRC-16/CCITT-FALSE over 1 KiB, as a C programmer writes it (reference for crc16.ts). */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 20000
#endif
#ifndef NAME
#define NAME "crc16" /* the line the bench compares */
#endif

static uint8_t data[1024];

static uint16_t crc16(const uint8_t *buf, size_t len)
{
    uint16_t crc = 0xffff;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(buf[i] << 8);
        for (int bit = 0; bit < 8; bit++) {
            if (crc & 0x8000) {
                crc = (uint16_t)((crc << 1) ^ 0x1021);
            }
            else {
                crc = (uint16_t)(crc << 1);
            }
        }
    }
    return crc;
}

int main(void)
{
    uint32_t seed = 12345;
    for (size_t i = 0; i < sizeof(data); i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (uint8_t)(seed >> 16);
    }
    uint32_t acc = 0;
    for (int32_t r = 0; r < ROUNDS; r++) {
        data[r & 1023] = (uint8_t)r;
        acc += crc16(data, sizeof(data));
    }
    printf(NAME " %" PRIu32 "\n", acc);
    return 0;
}
