/* Kernel (floats): a moving average over 256 samples and its RMS (reference for filter.ts). */
#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 200000
#endif

static double signal[256];

static double smoothed_rms(const double *x, size_t len, double alpha)
{
    double y = 0.0;
    double e = 0.0;
    for (size_t i = 0; i < len; i++) {
        y = y + alpha * (x[i] - y);
        e = e + y * y;
    }
    return sqrt(e / 256);
}

int main(void)
{
    uint32_t seed = 3;
    for (size_t i = 0; i < 256; i++) {
        seed = seed * 1103515245u + 12345u;
        signal[i] = (double)(seed >> 16) / 65536 - 0.5;
    }
    double acc = 0.0;
    for (int32_t r = 0; r < ROUNDS; r++) {
        signal[r & 255] = (double)(r & 1023) / 1024;
        acc = acc + smoothed_rms(signal, 256, 0.125);
    }
    /* acc * 1000 stays far below 2^31 for any ROUNDS the bench uses */
    printf("filter %" PRId32 "\n", (int32_t)(acc * 1000));
    return 0;
}
