/**
 * The riotscript firmware API: what firmware imports from "riotscript". Every item maps
 * onto one piece of RIOT's C API (see docs/api.md); the compiler emits that C.
 */
export { AF, SockAsync, SockFlags, SOCK_NO_TIMEOUT, SOCK_ADDR_ANY_NETIF } from "./sock";
export { Errno } from "./errno";
export { EventQueue } from "./event";
export { UdpEndpoint, UdpSock } from "./udp";
export type { UdpHandler } from "./udp";
