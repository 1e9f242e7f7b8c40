/* Kernel: the reference for crc16_c.ts, the same job as crc16.ts written as a C programmer's TypeScript reads: crc16.c. */
#define NAME "crc16_c"
#include "crc16.c"
