/**
 * The host build: which files of the host port a program needs and the flags RIOT's build
 * system would have set (SOCK_HAS_*, MODULE_*), for compiling with the machine's cc.
 */
import { Feature } from "../../compiler/ir/ir";
import { Stack } from "../boards";
import { chooseStack } from "../riot/app";

export interface HostBuild {
    readonly sources: readonly string[];
    readonly defines: readonly string[];
    readonly cflags: readonly string[];
    /** Libraries to link: `-lm` when the program computes with floats. */
    readonly libs: readonly string[];
}

/**
 * `stack`: the network stack whose behaviour the host port takes on, as a board build picks
 * it (lwIP for TCP events, else GNRC) unless one is asked for: with GNRC, input is taken in
 * before each handler (FACTS trap 11).
 */
export function hostBuild(features: readonly Feature[], debug: boolean, stack?: Stack): HostBuild {
    const has = (f: Feature) => features.includes(f);
    // the event loop and socks run on the host's epoll poller; pure computation needs none of it
    const net = has("event") || has("sock_udp") || has("sock_tcp") || has("sock_ip") || has("sock_async_event");
    const sources = [...(net ? ["host_stack.c", "host_net.c", "host_control.c", "event.c"] : []), "host_stdio.c"];
    const defines = ["SOCK_HAS_IPV6", "SOCK_HAS_IPV4",
        chooseStack(features, "gnrc", stack).stack === "gnrc" ? "HOST_STACK_GNRC" : "HOST_STACK_LWIP"];
    if (has("sock_udp")) {
        sources.push("sock_udp.c");
        defines.push("MODULE_SOCK_UDP");
    }
    if (has("sock_dtls")) {
        sources.push("sock_dtls.c", "host_dtls.c");
        defines.push("MODULE_SOCK_DTLS");
    }
    if (has("sock_dtls") || has("credman")) {
        sources.push("credman.c");
        defines.push("MODULE_CREDMAN");
    }
    if (has("sock_ip")) {
        sources.push("sock_ip.c");
        defines.push("MODULE_SOCK_IP");
    }
    if (has("sock_tcp")) {
        sources.push("sock_tcp.c");
        defines.push("MODULE_SOCK_TCP");
    }
    // the host port's socks always carry the async context (RIOT's do with sock_async)
    const async = has("sock_async_event") || has("sock_udp") || has("sock_tcp") || has("sock_ip");
    if (async) {
        sources.push("sock_async_event.c");
        defines.push("SOCK_HAS_ASYNC", "SOCK_HAS_ASYNC_CTX", "MODULE_SOCK_ASYNC_EVENT");
    }
    if (has("sock_util")) {
        sources.push("sock_util.c");
        defines.push("MODULE_SOCK_UTIL");
    }
    if (has("addr_str")) {
        sources.push("addr_str.c");
        defines.push("MODULE_IPV6_ADDR", "MODULE_IPV4_ADDR");
    }
    // events of the program's own and time
    const timers = has("event_timeout") || has("event_periodic") || has("ztimer_usec") || has("ztimer_msec")
        || has("ztimer_sec");
    if (has("event_callback") || has("event_periodic")) {
        sources.push("event_callback.c");
    }
    if (has("event_timeout")) {
        sources.push("event_timeout.c");
    }
    if (has("event_periodic")) {
        sources.push("event_periodic.c");
    }
    if (timers) {
        sources.push("ztimer.c");
    }
    // sock_async_event.c panics on an eventInit whose event is queued (RIOT would corrupt its queue)
    if (has("panic") || async) {
        sources.push("panic.c");
    }
    return {
        sources,
        defines,
        cflags: ["-std=c11", "-Wall", "-Wextra", "-Werror", debug ? "-O0" : "-O2", "-g"],
        libs: [...(has("float") ? ["-lm"] : []), ...(has("sock_dtls") ? ["-lssl", "-lcrypto"] : [])],
    };
}
