/*
 * Host port of RIOT's panic.h: core_panic prints its message and ends the process with a
 * non-zero status, where a board would halt or reboot.
 */
#ifndef PANIC_H
#define PANIC_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    PANIC_GENERAL_ERROR,
    PANIC_SOFT_REBOOT,
    PANIC_HARD_REBOOT,
    PANIC_ASSERT_FAIL,
    PANIC_EXPECT_FAIL,
} core_panic_t;

_Noreturn void core_panic(core_panic_t crash_code, const char *message);

#ifdef __cplusplus
}
#endif

#endif /* PANIC_H */
