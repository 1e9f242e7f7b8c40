/* Kernel: xorshift32 folded with a multiply-accumulate (reference for intloop.ts). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

/* the bench passes -DROUNDS=n (the .ts has `const ROUNDS = n;`) */
#ifndef ROUNDS
#define ROUNDS 100000000
#endif

int main(void)
{
    uint32_t x = 2463534242u;
    uint32_t acc = 0;
    for (int32_t i = 0; i < ROUNDS; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        acc = acc * 31 + x;
    }
    printf("intloop %" PRIu32 "\n", acc);
    return 0;
}
