/*
 * Host port of core_panic: the message on stderr, then exit status 70 (EX_SOFTWARE).
 */
#include <stdio.h>
#include <stdlib.h>

#include "panic.h"

void core_panic(core_panic_t crash_code, const char *message)
{
    (void)crash_code;
    fflush(stdout);
    fprintf(stderr, "*** RIOT kernel panic:\n%s\n", message);
    exit(70);
}
