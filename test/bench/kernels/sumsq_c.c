/* Kernel: the reference for sumsq_c.ts, the same job as sumsq.ts written as a C programmer's TypeScript reads: sumsq.c. */
#define NAME "sumsq_c"
#include "sumsq.c"
