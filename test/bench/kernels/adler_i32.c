/* Kernel: the reference for adler_i32.ts, which is adler.ts with integer types: adler.c. */
#define NAME "adler_i32"
#include "adler.c"
