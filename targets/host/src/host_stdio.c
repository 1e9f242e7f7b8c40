/*
 * Host port of RIOT's stdio behaviour: RIOT writes console output as it is printed, so the
 * host binary's stdout is line-buffered even when it is a pipe (a test reading the output,
 * or a program stopped with Ctrl-C, sees every complete line).
 */
#include <stdio.h>

__attribute__((constructor))
static void _host_stdio_init(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
}
