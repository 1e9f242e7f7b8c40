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
    /** A top-level function passed as a callback of this C typedef. */
    | { readonly k: "handler"; readonly c: string }
    /** The handler's argument: `NULL`. */
    | { readonly k: "handlerArg" }
    /** A string literal. */
    | { readonly k: "cstring" };

export interface MethodBinding {
    /** The C function (or macro) called, with the receiver's address first unless `static`. */
    readonly c: string;
    readonly params: readonly Param[];
    readonly ret: Ty;
    readonly features: readonly Feature[];
    readonly header: string;
    /** Factory methods that only initialise a declaration: the RIOT initializer macro. */
    readonly initializer?: { readonly macro: string; readonly portParam: number };
    /** The result is at most the length of the array in this param (for range proofs). */
    readonly resultAtMostLengthOf?: number;
    /** Short description for docs/api.md. */
    readonly doc: string;
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
    readonly ty: Ty;
    readonly header: string;
}

const sockAsyncFlags: Ty = { k: "int", c: "sock_async_flags_t", bits: 32, signed: false };

export const classes: Readonly<Record<string, ClassBinding>> = {
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
    UdpEndpoint: {
        c: "sock_udp_ep_t",
        header: "net/sock/udp.h",
        features: ["sock_udp"],
        moduleLevelOnly: false,
        paramAs: "never",
        fields: {
            family: { c: "family", ty: T.int },
            port: { c: "port", ty: T.u16 },
            netif: { c: "netif", ty: T.u16 },
        },
        statics: {
            ipv6Any: {
                c: "SOCK_IPV6_EP_ANY", params: [{ k: "value", ty: T.u16 }], ret: T.void,
                features: ["sock_udp", "ipv6"], header: "net/sock/udp.h",
                initializer: { macro: "SOCK_IPV6_EP_ANY", portParam: 0 },
                doc: "Any IPv6 address on a port: `sock_udp_ep_t ep = SOCK_IPV6_EP_ANY; ep.port = p;`.",
            },
            ipv4Any: {
                c: "SOCK_IPV4_EP_ANY", params: [{ k: "value", ty: T.u16 }], ret: T.void,
                features: ["sock_udp", "ipv4"], header: "net/sock/udp.h",
                initializer: { macro: "SOCK_IPV4_EP_ANY", portParam: 0 },
                doc: "Any IPv4 address on a port: `sock_udp_ep_t ep = SOCK_IPV4_EP_ANY; ep.port = p;`.",
            },
        },
        methods: {
            parse: {
                c: "sock_udp_str2ep", params: [{ k: "cstring" }], ret: T.int,
                features: ["sock_util"], header: "net/sock/util.h",
                doc: "Parses `\"[addr]:port\"` or `\"a.b.c.d:port\"`; 0 or `-EINVAL`.",
            },
            isV6: {
                c: "sock_udp_ep_is_v6", params: [], ret: T.bool, features: [], header: "net/sock/udp.h",
                doc: "True for an IPv6 endpoint.",
            },
            isMulticast: {
                c: "sock_udp_ep_is_multicast", params: [], ret: T.bool, features: [],
                header: "net/sock/udp.h", doc: "True for a multicast address.",
            },
        },
    },
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

export const constants: Readonly<Record<string, { c: string; ty: Ty; header: string }>> = {
    SOCK_NO_TIMEOUT: { c: "SOCK_NO_TIMEOUT", ty: T.u32, header: "net/sock.h" },
    SOCK_ADDR_ANY_NETIF: { c: "SOCK_ADDR_ANY_NETIF", ty: T.u16, header: "net/sock.h" },
};

/** The handler typedefs: the C callback's parameters and the TypeScript that matches them. */
export const handlerTypes: Readonly<Record<string, { params: readonly Ty[]; ts: string }>> = {
    sock_udp_cb_t: {
        params: [{ k: "ptr", to: { k: "struct", c: "sock_udp_t" } }, sockAsyncFlags, T.voidPtr],
        ts: "sock: UdpSock, flags: SockAsync, arg: null",
    },
};
