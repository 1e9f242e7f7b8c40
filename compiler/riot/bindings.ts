/**
 * The one table that says what each riotscript API item is in C. `lower` reads it to
 * translate calls, `docs/api.md` is generated from it, and a test checks it against the
 * runtime's declarations, so the TypeScript API and the C it stands for cannot drift.
 */
import { Feature, T, Ty } from "../ir/ir";

/** How one TypeScript argument becomes C arguments. */
export type Param =
    /** A number, converted to the C parameter type. */
    | { readonly k: "value"; readonly ty: Ty; readonly mustBeZero?: boolean }
    /** A typed array, passed as pointer and `sizeof` (two C arguments). */
    | { readonly k: "buffer" }
    /** A typed array, passed as pointer; its length is checked against param `lenIndex`. */
    | { readonly k: "data"; readonly lenIndex: number }
    /** A byte count, at most the length of the array in param `ofIndex`. */
    | { readonly k: "length"; readonly ofIndex: number; readonly ty: Ty }
    /** An endpoint or null: `&ep` or `NULL`. `out` means the callee writes it. */
    | { readonly k: "endpoint"; readonly out?: "onSuccess" }
    /** An object held by value, passed by address (`&queue`). */
    | { readonly k: "object"; readonly c: string }
    /** An event object passed as the `event_t *` it embeds (`&ev.super`). */
    | { readonly k: "event" }
    /** A top-level function passed as a callback of this C typedef. */
    | { readonly k: "handler"; readonly c: string }
    /** The handler's argument: `NULL`. */
    | { readonly k: "handlerArg" }
    /** A string literal. */
    | { readonly k: "cstring" }
    /** A module-level `structArray` of RIOT objects: the array and its element count. */
    | { readonly k: "objects"; readonly c: string };

export interface MethodBinding {
    /** The C function (or macro) called, with the receiver's address first unless `static`. */
    readonly c: string;
    readonly params: readonly Param[];
    readonly ret: Ty;
    readonly features: readonly Feature[];
    readonly header: string;
    /** Factory methods that only initialise a declaration: the RIOT initializer macro. */
    readonly initializer?: { readonly macro: string; readonly portParam?: number };
    /** The result is at most the length of the array in this param (for range proofs). */
    readonly resultAtMostLengthOf?: number;
    /** The plaintext of one DTLS record is this param's bytes: tinydtls's buffer must hold it. */
    readonly recordOf?: number;
    /** Short description for docs/api.md. */
    readonly doc: string;
    /** Where the receiver goes among the C arguments when it is not first (`event_callback_post(&q, &ev)`). */
    readonly selfAt?: number;
    /** Not a call: `self = arg;`, a struct copy (`ep.copyFrom(other)`). */
    readonly assign?: true;
    /** Not a call: the endpoint's address bytes copied into the buffer (`ep.address(buf)`). */
    readonly addressCopy?: true;
    /** credman_add of a PSK credential: the strings become a compound literal's static data. */
    readonly pskCredential?: true;
    /**
     * The C function returns 0 or an errno and hands out an object through its last
     * argument (`sock_tcp_accept(&q, &conn, 0)`): TypeScript gets the object or null.
     */
    readonly outPointer?: { readonly c: string };
}

export interface FieldBinding {
    readonly c: string;
    readonly ty: Ty;
}

export interface ClassBinding {
    /** The C type of the object. */
    readonly c: string;
    readonly header: string;
    readonly features: readonly Feature[];
    /** Objects RIOT keeps pointers to must have static storage (module level). */
    readonly moduleLevelOnly: boolean;
    /** How a parameter of this type is passed: by pointer (socks) or not at all. */
    readonly paramAs: "pointer" | "never";
    readonly methods: Readonly<Record<string, MethodBinding>>;
    readonly statics: Readonly<Record<string, MethodBinding>>;
    readonly fields: Readonly<Record<string, FieldBinding>>;
}

export interface EnumBinding {
    /** C spelling of each member. */
    readonly members: Readonly<Record<string, string>>;
    /** What using a member brings in (`Clock.MSEC`: the ztimer_msec module). */
    readonly memberFeatures?: Readonly<Record<string, readonly Feature[]>>;
    readonly ty: Ty;
    readonly header: string;
}

const sockAsyncFlags: Ty = { k: "int", c: "sock_async_flags_t", bits: 32, signed: false };
const clockTy: Ty = { k: "ptr", to: { k: "struct", c: "ztimer_clock_t" } };
const callbackHandler: Param = { k: "handler", c: "event_callback_fn" };

/** UdpEndpoint and TcpEndpoint: one C structure (`struct _sock_tl_ep`) under two typedefs. */
function transportEndpoint(c: string, header: string, feature: Feature, str2ep: string,
    more: Readonly<Record<string, MethodBinding>> = {}): ClassBinding {
    const any = (macro: string, family: Feature, text: string): MethodBinding => ({
        c: macro, params: [{ k: "value", ty: T.u16 }], ret: T.void, features: [feature, family], header,
        initializer: { macro, portParam: 0 },
        doc: `Any ${text} address on a port: \`${c} ep = ${macro}; ep.port = p;\`.`,
    });
    return {
        c,
        header,
        features: [feature],
        moduleLevelOnly: false,
        paramAs: "never",
        fields: {
            family: { c: "family", ty: T.int },
            port: { c: "port", ty: T.u16 },
            netif: { c: "netif", ty: T.u16 },
        },
        statics: {
            ipv6Any: any("SOCK_IPV6_EP_ANY", "ipv6", "IPv6"),
            ipv4Any: any("SOCK_IPV4_EP_ANY", "ipv4", "IPv4 (lwIP and the host only)"),
        },
        methods: {
            parse: {
                c: str2ep, params: [{ k: "cstring" }], ret: T.int, features: ["sock_util"], header: "net/sock/util.h",
                doc: "Parses `\"[addr]:port\"` or `\"a.b.c.d:port\"`; 0 or `-EINVAL`.",
            },
            equals: {
                c: c.replace(/_t$/, "_equal"), params: [{ k: "object", c }], ret: T.bool, features: ["sock_util"],
                header: "net/sock/util.h",
                doc: "True for the same family, address and port (the interface is not compared, as in RIOT).",
            },
            address: {
                c: "memcpy", params: [{ k: "buffer" }], ret: T.int, features: [], header: "net/af.h", addressCopy: true,
                doc: "Copies the address (16 bytes for IPv6, 4 for IPv4, network order) to the start of `buf`, "
                    + "which holds at least 16; returns how many, 0 for `AF_UNSPEC`.",
            },
            copyFrom: {
                c: "=", params: [{ k: "object", c }], ret: T.void, features: [], header, assign: true,
                doc: "Copies the other endpoint into this one (a struct copy; `ep = other` in TypeScript would alias).",
            },
            ...more,
        },
    };
}

export const classes: Readonly<Record<string, ClassBinding>> = {
    EventCallback: {
        c: "event_callback_t",
        header: "event/callback.h",
        features: ["event", "event_callback"],
        moduleLevelOnly: true,
        paramAs: "never",
        statics: {},
        fields: {},
        methods: {
            init: {
                c: "event_callback_init", params: [callbackHandler, { k: "handlerArg" }], ret: T.void,
                features: ["event_callback"], header: "event/callback.h",
                doc: "Sets the function the event calls (not while it is queued).",
            },
            post: {
                c: "event_callback_post", params: [{ k: "object", c: "event_queue_t" }], ret: T.void, selfAt: 1,
                features: ["event_callback"], header: "event/callback.h",
                doc: "Posts the event to a queue; a no-op while it is queued.",
            },
            oneshot: {
                c: "event_callback_oneshot", params: [{ k: "object", c: "event_queue_t" }, callbackHandler, { k: "handlerArg" }],
                ret: T.void, features: ["event_callback"], header: "event/callback.h",
                doc: "init and post in one call.",
            },
        },
    },
    EventTimeout: {
        c: "event_timeout_t",
        header: "event/timeout.h",
        features: ["event", "event_timeout"],
        moduleLevelOnly: true,
        paramAs: "never",
        statics: {},
        fields: {},
        methods: {
            init: {
                c: "event_timeout_ztimer_init", params: [{ k: "value", ty: clockTy }, { k: "object", c: "event_queue_t" }, { k: "event" }],
                ret: T.void, features: ["event_timeout"], header: "event/timeout.h",
                doc: "Binds the timeout to a clock, a queue and the event it will post.",
            },
            set: {
                c: "event_timeout_set", params: [{ k: "value", ty: T.u32 }], ret: T.void, features: ["event_timeout"],
                header: "event/timeout.h", doc: "Posts the event after n ticks (0: now); re-setting restarts it.",
            },
            clear: {
                c: "event_timeout_clear", params: [], ret: T.void, features: ["event_timeout"], header: "event/timeout.h",
                doc: "Disarms it; an already posted event stays queued.",
            },
            isPending: {
                c: "event_timeout_is_pending", params: [], ret: T.bool, features: ["event_timeout"], header: "event/timeout.h",
                doc: "True while armed or while its event is queued.",
            },
        },
    },
    PeriodicCallback: {
        c: "event_periodic_callback_t",
        header: "event/periodic_callback.h",
        features: ["event", "event_periodic"],
        moduleLevelOnly: true,
        paramAs: "never",
        statics: {},
        fields: {},
        methods: {
            init: {
                c: "event_periodic_callback_init",
                params: [{ k: "value", ty: clockTy }, { k: "object", c: "event_queue_t" }, callbackHandler, { k: "handlerArg" }],
                ret: T.void, features: ["event_periodic"], header: "event/periodic_callback.h",
                doc: "Binds a clock, a queue and the function to call.",
            },
            start: {
                c: "event_periodic_callback_start", params: [{ k: "value", ty: T.u32 }], ret: T.void, features: ["event_periodic"],
                header: "event/periodic_callback.h", doc: "First call after n ticks, then every n, without drift.",
            },
            startNow: {
                c: "event_periodic_callback_start_now", params: [{ k: "value", ty: T.u32 }], ret: T.void,
                features: ["event_periodic"], header: "event/periodic_callback.h", doc: "As start, with a first call now.",
            },
            stop: {
                c: "event_periodic_callback_stop", params: [], ret: T.void, features: ["event_periodic"],
                header: "event/periodic_callback.h", doc: "Stops it.",
            },
            setCount: {
                c: "event_periodic_callback_set_count", params: [{ k: "value", ty: T.u32 }], ret: T.void,
                features: ["event_periodic"], header: "event/periodic_callback.h", doc: "n more calls, then stop (0: forever).",
            },
            getCount: {
                c: "event_periodic_callback_get_count", params: [], ret: T.u32, features: ["event_periodic"],
                header: "event/periodic_callback.h", doc: "Calls left (0: forever).",
            },
            getInterval: {
                c: "event_periodic_callback_get_interval", params: [], ret: T.u32, features: ["event_periodic"],
                header: "event/periodic_callback.h", doc: "The interval in ticks.",
            },
        },
    },
    EventQueue: {
        c: "event_queue_t",
        header: "event.h",
        features: ["event"],
        moduleLevelOnly: true,
        paramAs: "never",
        statics: {},
        fields: {},
        methods: {
            init: {
                c: "event_queue_init", params: [], ret: T.void, features: ["event"], header: "event.h",
                doc: "Initialises the queue; the calling thread owns it.",
            },
            loop: {
                c: "event_loop", params: [], ret: T.void, features: ["event"], header: "event.h",
                doc: "Runs the queue's handlers forever (in Node: hands control to the runtime).",
            },
        },
    },
    TcpEndpoint: transportEndpoint("sock_tcp_ep_t", "net/sock/tcp.h", "sock_tcp", "sock_tcp_str2ep"),
    TcpSock: {
        c: "sock_tcp_t",
        header: "net/sock/tcp.h",
        features: ["sock_tcp"],
        moduleLevelOnly: true,
        paramAs: "pointer",
        statics: {},
        fields: {},
        methods: {
            connect: {
                c: "sock_tcp_connect", params: [{ k: "endpoint" }, { k: "value", ty: T.u16 }, { k: "value", ty: T.u16 }],
                ret: T.int, features: ["sock_tcp"], header: "net/sock/tcp.h",
                doc: "Connects (blocking) from `local_port` (0: any); 0, `-ECONNREFUSED`, `-ETIMEDOUT`, ...",
            },
            read: {
                c: "sock_tcp_read", params: [{ k: "buffer" }, { k: "value", ty: T.u32, mustBeZero: true }],
                ret: T.ssize, features: ["sock_tcp"], header: "net/sock/tcp.h", resultAtMostLengthOf: 0,
                doc: "Reads what has arrived, up to the buffer's size; `-EAGAIN`; `-ECONNRESET` once the peer closed or reset (lwIP: not 0).",
            },
            write: {
                c: "sock_tcp_write", params: [{ k: "data", lenIndex: 1 }, { k: "length", ofIndex: 0, ty: T.size }],
                ret: T.ssize, features: ["sock_tcp"], header: "net/sock/tcp.h",
                doc: "Writes `len` bytes of `data`; bytes written, `-ENOTCONN`, `-ECONNRESET`.",
            },
            disconnect: {
                c: "sock_tcp_disconnect", params: [], ret: T.void, features: ["sock_tcp"], header: "net/sock/tcp.h",
                doc: "Closes the connection; an accepted sock returns to its queue.",
            },
            getLocal: {
                c: "sock_tcp_get_local", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int,
                features: ["sock_tcp"], header: "net/sock/tcp.h", doc: "Writes the local endpoint; 0 or `-EADDRNOTAVAIL`.",
            },
            getRemote: {
                c: "sock_tcp_get_remote", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int,
                features: ["sock_tcp"], header: "net/sock/tcp.h", doc: "Writes the remote endpoint; 0 or `-ENOTCONN`.",
            },
            eventInit: {
                c: "sock_tcp_event_init",
                params: [{ k: "object", c: "event_queue_t" }, { k: "handler", c: "sock_tcp_cb_t" }, { k: "handlerArg" }],
                ret: T.void, features: ["sock_async_event"], header: "net/sock/async/event.h",
                doc: "Delivers the connection's events to a queue's handler (needs lwIP on RIOT).",
            },
            eventClose: {
                c: "sock_tcp_event_close", params: [], ret: T.void, features: ["sock_async_event"],
                header: "net/sock/async/event.h", doc: "Disconnects an async sock from any context.",
            },
        },
    },
    TcpQueue: {
        c: "sock_tcp_queue_t",
        header: "net/sock/tcp.h",
        features: ["sock_tcp"],
        moduleLevelOnly: true,
        paramAs: "pointer",
        statics: {},
        fields: {},
        methods: {
            listen: {
                c: "sock_tcp_listen",
                params: [{ k: "endpoint" }, { k: "objects", c: "sock_tcp_t" }, { k: "value", ty: T.u16 }],
                ret: T.int, features: ["sock_tcp"], header: "net/sock/tcp.h",
                doc: "Listens on `local`, accepting into a `structArray(TcpSock, n)`; 0, `-EADDRINUSE`, ...",
            },
            accept: {
                c: "sock_tcp_accept", params: [{ k: "value", ty: T.u32, mustBeZero: true }],
                ret: { k: "ptr", to: { k: "struct", c: "sock_tcp_t" } }, outPointer: { c: "sock_tcp_t" },
                features: ["sock_tcp"], header: "net/sock/tcp.h",
                doc: "The next connection, or null (none waiting, or every sock in use: then lwIP closes the waiting ones).",
            },
            stopListen: {
                c: "sock_tcp_stop_listen", params: [], ret: T.void, features: ["sock_tcp"], header: "net/sock/tcp.h",
                doc: "Stops listening and disconnects every accepted sock.",
            },
            getLocal: {
                c: "sock_tcp_queue_get_local", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int,
                features: ["sock_tcp"], header: "net/sock/tcp.h", doc: "Writes the local endpoint; 0 or `-EADDRNOTAVAIL`.",
            },
            eventInit: {
                c: "sock_tcp_queue_event_init",
                params: [{ k: "object", c: "event_queue_t" }, { k: "handler", c: "sock_tcp_queue_cb_t" }, { k: "handlerArg" }],
                ret: T.void, features: ["sock_async_event"], header: "net/sock/async/event.h",
                doc: "Delivers `CONN_RECV` to a queue's handler (needs lwIP on RIOT).",
            },
        },
    },
    IpEndpoint: {
        c: "sock_ip_ep_t",
        header: "net/sock/ip.h",
        features: ["sock_ip"],
        moduleLevelOnly: false,
        paramAs: "never",
        fields: {
            family: { c: "family", ty: T.int },
            netif: { c: "netif", ty: T.u16 },
        },
        statics: {
            ipv6Any: {
                c: "SOCK_IPV6_EP_ANY", params: [], ret: T.void, features: ["sock_ip", "ipv6"], header: "net/sock/ip.h",
                initializer: { macro: "SOCK_IPV6_EP_ANY" }, doc: "Any IPv6 address: `sock_ip_ep_t ep = SOCK_IPV6_EP_ANY;`.",
            },
            ipv4Any: {
                c: "SOCK_IPV4_EP_ANY", params: [], ret: T.void, features: ["sock_ip", "ipv4"], header: "net/sock/ip.h",
                initializer: { macro: "SOCK_IPV4_EP_ANY" }, doc: "Any IPv4 address (lwIP and the host only).",
            },
        },
        methods: {},
    },
    IpSock: {
        c: "sock_ip_t",
        header: "net/sock/ip.h",
        features: ["sock_ip"],
        moduleLevelOnly: true,
        paramAs: "pointer",
        statics: {},
        fields: {},
        methods: {
            create: {
                c: "sock_ip_create",
                params: [{ k: "endpoint" }, { k: "endpoint" }, { k: "value", ty: T.u8 }, { k: "value", ty: T.u16 }],
                ret: T.int, features: ["sock_ip"], header: "net/sock/ip.h",
                doc: "Creates the sock for protocol `proto` on `local`; 0, `-EPROTONOSUPPORT`, `-EPERM` (host: no raw sockets), ...",
            },
            close: {
                c: "sock_ip_close", params: [], ret: T.void, features: ["sock_ip"], header: "net/sock/ip.h",
                doc: "Closes the sock.",
            },
            getLocal: {
                c: "sock_ip_get_local", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int, features: ["sock_ip"],
                header: "net/sock/ip.h", doc: "Writes the local endpoint; 0 or `-EADDRNOTAVAIL`.",
            },
            getRemote: {
                c: "sock_ip_get_remote", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int, features: ["sock_ip"],
                header: "net/sock/ip.h", doc: "Writes the remote endpoint; 0 or `-ENOTCONN`.",
            },
            recv: {
                c: "sock_ip_recv",
                params: [{ k: "buffer" }, { k: "value", ty: T.u32, mustBeZero: true }, { k: "endpoint", out: "onSuccess" }],
                ret: T.ssize, features: ["sock_ip"], header: "net/sock/ip.h", resultAtMostLengthOf: 0,
                doc: "Receives one datagram's payload; bytes, or `-EAGAIN`, `-ENOBUFS` (dropped), ...",
            },
            send: {
                c: "sock_ip_send",
                params: [{ k: "data", lenIndex: 1 }, { k: "length", ofIndex: 0, ty: T.size }, { k: "value", ty: T.u8 },
                    { k: "endpoint" }],
                ret: T.ssize, features: ["sock_ip"], header: "net/sock/ip.h",
                doc: "Sends `len` bytes of `data` (`proto` is used only without a sock); bytes sent or a negative errno.",
            },
            eventInit: {
                c: "sock_ip_event_init",
                params: [{ k: "object", c: "event_queue_t" }, { k: "handler", c: "sock_ip_cb_t" }, { k: "handlerArg" }],
                ret: T.void, features: ["sock_async_event"], header: "net/sock/async/event.h",
                doc: "Delivers the sock's events to a queue's handler.",
            },
            eventClose: {
                c: "sock_ip_event_close", params: [], ret: T.void, features: ["sock_async_event"],
                header: "net/sock/async/event.h", doc: "Closes an async sock from any context.",
            },
        },
    },
    DtlsSession: {
        c: "sock_dtls_session_t",
        header: "net/sock/dtls.h",
        features: ["sock_dtls"],
        moduleLevelOnly: false,
        paramAs: "never",
        statics: {},
        fields: {},
        methods: {
            getUdpEp: {
                c: "sock_dtls_session_get_udp_ep", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.void,
                features: ["sock_dtls"], header: "net/sock/dtls.h", doc: "Writes the peer's UDP endpoint.",
            },
            setUdpEp: {
                c: "sock_dtls_session_set_udp_ep", params: [{ k: "endpoint" }], ret: T.void,
                features: ["sock_dtls"], header: "net/sock/dtls.h", doc: "Sets the peer's UDP endpoint.",
            },
        },
    },
    DtlsSock: {
        c: "sock_dtls_t",
        header: "net/sock/dtls.h",
        features: ["sock_dtls"],
        moduleLevelOnly: true,
        paramAs: "pointer",
        statics: {},
        fields: {},
        methods: {
            create: {
                c: "sock_dtls_create",
                params: [{ k: "object", c: "sock_udp_t" }, { k: "value", ty: T.u16 }, { k: "value", ty: T.uint },
                    { k: "value", ty: T.uint }],
                ret: T.int, features: ["sock_dtls"], header: "net/sock/dtls.h",
                doc: "Creates the DTLS sock over a UDP sock with a credman tag; 0, or -1 (not an errno).",
            },
            sessionInit: {
                c: "sock_dtls_session_init", params: [{ k: "endpoint" }, { k: "object", c: "sock_dtls_session_t" }],
                ret: T.int, features: ["sock_dtls"], header: "net/sock/dtls.h",
                doc: "Client: starts a handshake; 1 started, 0 exists, `-ENOMEM`, `-EINVAL`.",
            },
            sessionDestroy: {
                c: "sock_dtls_session_destroy", params: [{ k: "object", c: "sock_dtls_session_t" }], ret: T.void,
                features: ["sock_dtls"], header: "net/sock/dtls.h", doc: "Ends a session (close_notify).",
            },
            recv: {
                c: "sock_dtls_recv",
                params: [{ k: "object", c: "sock_dtls_session_t" }, { k: "buffer" }, { k: "value", ty: T.u32, mustBeZero: true }],
                ret: T.ssize, features: ["sock_dtls"], header: "net/sock/dtls.h", resultAtMostLengthOf: 1,
                doc: "Decrypted bytes, `-SOCK_DTLS_HANDSHAKE` (a new session), `-EAGAIN`, `-ENOBUFS`.",
            },
            send: {
                c: "sock_dtls_send",
                params: [{ k: "object", c: "sock_dtls_session_t" }, { k: "data", lenIndex: 2 },
                    { k: "length", ofIndex: 1, ty: T.size }, { k: "value", ty: T.u32, mustBeZero: true }],
                ret: T.ssize, features: ["sock_dtls"], header: "net/sock/dtls.h", recordOf: 1,
                doc: "Encrypts and sends; bytes, or `-ENOTCONN` without a session.",
            },
            getEventSession: {
                c: "sock_dtls_get_event_session", params: [{ k: "object", c: "sock_dtls_session_t" }], ret: T.bool,
                features: ["sock_dtls"], header: "net/sock/dtls.h", doc: "During CONN_FIN: the session the peer closed.",
            },
            close: {
                c: "sock_dtls_close", params: [], ret: T.void, features: ["sock_dtls"], header: "net/sock/dtls.h",
                doc: "Ends every session; the UDP sock stays open.",
            },
            eventInit: {
                c: "sock_dtls_event_init",
                params: [{ k: "object", c: "event_queue_t" }, { k: "handler", c: "sock_dtls_cb_t" }, { k: "handlerArg" }],
                ret: T.void, features: ["sock_async_event"], header: "net/sock/async/event.h",
                doc: "Delivers the DTLS sock's events (and its UDP sock's) to a queue.",
            },
            eventClose: {
                c: "sock_dtls_event_close", params: [], ret: T.void, features: ["sock_async_event"],
                header: "net/sock/async/event.h", doc: "Closes the DTLS sock from any context.",
            },
        },
    },
    UdpEndpoint: transportEndpoint("sock_udp_ep_t", "net/sock/udp.h", "sock_udp", "sock_udp_str2ep", {
        isV6: {
            c: "sock_udp_ep_is_v6", params: [], ret: T.bool, features: [], header: "net/sock/udp.h",
            doc: "True for an IPv6 endpoint.",
        },
        isMulticast: {
            c: "sock_udp_ep_is_multicast", params: [], ret: T.bool, features: [],
            header: "net/sock/udp.h", doc: "True for a multicast address.",
        },
    }),
    UdpSock: {
        c: "sock_udp_t",
        header: "net/sock/udp.h",
        features: ["sock_udp"],
        moduleLevelOnly: true,
        paramAs: "pointer",
        statics: {},
        fields: {},
        methods: {
            create: {
                c: "sock_udp_create",
                params: [{ k: "endpoint" }, { k: "endpoint" }, { k: "value", ty: T.u16 }],
                ret: T.int, features: ["sock_udp"], header: "net/sock/udp.h",
                doc: "Creates the sock on `local`, optionally restricted to `remote`.",
            },
            close: {
                c: "sock_udp_close", params: [], ret: T.void, features: ["sock_udp"],
                header: "net/sock/udp.h", doc: "Closes the sock.",
            },
            getLocal: {
                c: "sock_udp_get_local", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int,
                features: ["sock_udp"], header: "net/sock/udp.h",
                doc: "Writes the local endpoint; 0 or `-EADDRNOTAVAIL`.",
            },
            getRemote: {
                c: "sock_udp_get_remote", params: [{ k: "endpoint", out: "onSuccess" }], ret: T.int,
                features: ["sock_udp"], header: "net/sock/udp.h",
                doc: "Writes the remote endpoint; 0 or `-ENOTCONN`.",
            },
            recv: {
                c: "sock_udp_recv",
                params: [{ k: "buffer" }, { k: "value", ty: T.u32, mustBeZero: true },
                    { k: "endpoint", out: "onSuccess" }],
                ret: T.ssize, features: ["sock_udp"], header: "net/sock/udp.h",
                resultAtMostLengthOf: 0,
                doc: "Receives one datagram; bytes, or `-EAGAIN`, `-ENOBUFS` (dropped), ...",
            },
            send: {
                c: "sock_udp_send",
                params: [{ k: "data", lenIndex: 1 }, { k: "length", ofIndex: 0, ty: T.size },
                    { k: "endpoint" }],
                ret: T.ssize, features: ["sock_udp"], header: "net/sock/udp.h",
                doc: "Sends `len` bytes of `data`; bytes sent or a negative errno.",
            },
            eventInit: {
                c: "sock_udp_event_init",
                params: [{ k: "object", c: "event_queue_t" }, { k: "handler", c: "sock_udp_cb_t" },
                    { k: "handlerArg" }],
                ret: T.void, features: ["sock_async_event"], header: "net/sock/async/event.h",
                doc: "Delivers the sock's events to a queue's handler.",
            },
            eventClose: {
                c: "sock_udp_event_close", params: [], ret: T.void, features: ["sock_async_event"],
                header: "net/sock/async/event.h", doc: "Closes an async sock from any context.",
            },
        },
    },
};

export const enums: Readonly<Record<string, EnumBinding>> = {
    DtlsVersion: {
        ty: T.uint,
        header: "net/sock/dtls.h",
        members: { DTLS_1_2: "SOCK_DTLS_1_2" },
    },
    DtlsRole: {
        ty: T.uint,
        header: "net/sock/dtls.h",
        members: { CLIENT: "SOCK_DTLS_CLIENT", SERVER: "SOCK_DTLS_SERVER" },
    },
    Clock: {
        ty: clockTy,
        header: "ztimer.h",
        members: { USEC: "ZTIMER_USEC", MSEC: "ZTIMER_MSEC", SEC: "ZTIMER_SEC" },
        memberFeatures: { USEC: ["ztimer_usec"], MSEC: ["ztimer_msec"], SEC: ["ztimer_sec"] },
    },
    SockAsync: {
        ty: sockAsyncFlags,
        header: "net/sock/async/types.h",
        members: {
            CONN_RDY: "SOCK_ASYNC_CONN_RDY", CONN_FIN: "SOCK_ASYNC_CONN_FIN",
            CONN_RECV: "SOCK_ASYNC_CONN_RECV", MSG_RECV: "SOCK_ASYNC_MSG_RECV",
            MSG_SENT: "SOCK_ASYNC_MSG_SENT", PATH_PROP: "SOCK_ASYNC_PATH_PROP",
        },
    },
    SockFlags: {
        ty: T.u16,
        header: "net/sock.h",
        members: { NONE: "0", REUSE_EP: "SOCK_FLAGS_REUSE_EP", CONNECT_REMOTE: "SOCK_FLAGS_CONNECT_REMOTE" },
    },
    AF: {
        ty: T.int,
        header: "net/af.h",
        members: { UNSPEC: "AF_UNSPEC", INET: "AF_INET", INET6: "AF_INET6" },
    },
    Errno: {
        ty: T.int,
        header: "<errno.h>",
        members: Object.fromEntries(["EPERM", "EXDEV", "EAGAIN", "ENOMEM", "EINVAL", "EPROTO",
            "EPROTOTYPE", "EPROTONOSUPPORT", "EAFNOSUPPORT", "EADDRINUSE", "EADDRNOTAVAIL",
            "ENETUNREACH", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN", "ETIMEDOUT",
            "ECONNREFUSED", "EHOSTUNREACH"].map((n) => [n, n])),
    },
};

/** Free functions of the API. */
export const functions: Readonly<Record<string, MethodBinding>> = {
    credmanAddPsk: {
        c: "credman_add", params: [{ k: "value", ty: T.u16 }, { k: "cstring" }, { k: "cstring" }], ret: T.int,
        features: ["credman"], header: "net/credman.h", pskCredential: true,
        doc: "Adds a PSK credential under a tag: `credman_add(&(const credman_credential_t){ .type = CREDMAN_TYPE_PSK, ... })`; "
            + "0, -1 (tag taken), -2 (no space).",
    },
    ztimerNow: {
        c: "ztimer_now", params: [{ k: "value", ty: clockTy }], ret: T.u32, features: [], header: "ztimer.h",
        doc: "The clock's 32-bit tick count; wraps.",
    },
    ztimerSleep: {
        c: "ztimer_sleep", params: [{ k: "value", ty: clockTy }, { k: "value", ty: T.u32 }], ret: T.void, features: [],
        header: "ztimer.h", doc: "Blocks the calling thread (and its queue) for n ticks.",
    },
};

export const constants: Readonly<Record<string, { c: string; ty: Ty; header: string; small?: true }>> = {
    SOCK_NO_TIMEOUT: { c: "SOCK_NO_TIMEOUT", ty: T.u32, header: "net/sock.h" },
    SOCK_ADDR_ANY_NETIF: { c: "SOCK_ADDR_ANY_NETIF", ty: T.u16, header: "net/sock.h" },
    SOCK_DTLS_HANDSHAKE: { c: "SOCK_DTLS_HANDSHAKE", ty: T.int, header: "net/sock/dtls.h", small: true },
};

/** The handler typedefs: the C callback's parameters and the TypeScript that matches them. */
export const handlerTypes: Readonly<Record<string, { params: readonly Ty[]; ts: string }>> = {
    event_callback_fn: { params: [T.voidPtr], ts: "arg: null" },
    sock_udp_cb_t: {
        params: [{ k: "ptr", to: { k: "struct", c: "sock_udp_t" } }, sockAsyncFlags, T.voidPtr],
        ts: "sock: UdpSock, flags: SockAsync, arg: null",
    },
    sock_ip_cb_t: {
        params: [{ k: "ptr", to: { k: "struct", c: "sock_ip_t" } }, sockAsyncFlags, T.voidPtr],
        ts: "sock: IpSock, flags: SockAsync, arg: null",
    },
    sock_dtls_cb_t: {
        params: [{ k: "ptr", to: { k: "struct", c: "sock_dtls_t" } }, sockAsyncFlags, T.voidPtr],
        ts: "sock: DtlsSock, flags: SockAsync, arg: null",
    },
    sock_tcp_cb_t: {
        params: [{ k: "ptr", to: { k: "struct", c: "sock_tcp_t" } }, sockAsyncFlags, T.voidPtr],
        ts: "sock: TcpSock, flags: SockAsync, arg: null",
    },
    sock_tcp_queue_cb_t: {
        params: [{ k: "ptr", to: { k: "struct", c: "sock_tcp_queue_t" } }, sockAsyncFlags, T.voidPtr],
        ts: "queue: TcpQueue, flags: SockAsync, arg: null",
    },
};
