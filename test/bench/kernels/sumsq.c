/* Kernel: the sum of squares of 1 KiB of signed 8-bit samples (reference for sumsq.ts). */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 1000000
#endif
#ifndef NAME
#define NAME "sumsq" /* the line the bench compares */
#endif

static int8_t samples[1024];

static uint32_t energy(const int8_t *x, size_t len)
{
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i++) {
        sum += (uint32_t)(x[i] * x[i]);
    }
    return sum;
}

int main(void)
{
    uint32_t seed = 99;
    for (size_t i = 0; i < sizeof(samples); i++) {
        seed = seed * 1103515245u + 12345u;
        samples[i] = (int8_t)(seed >> 16);
    }
    uint32_t acc = 0;
    for (int32_t r = 0; r < ROUNDS; r++) {
        samples[r & 1023] = (int8_t)r;
        acc += energy(samples, sizeof(samples));
    }
    printf(NAME " %" PRIu32 "\n", acc);
    return 0;
}
