/* Kernel: the reference for records_c.ts, the same job as records.ts written as a C programmer's TypeScript reads: records.c. */
#define NAME "records_c"
#include "records.c"
