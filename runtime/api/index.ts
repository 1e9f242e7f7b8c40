/**
 * The riotscript firmware API: what firmware imports from "riotscript". Every item maps
 * onto one piece of RIOT's C API (see docs/api.md); the compiler emits that C.
 */
export { AF, SockAsync, SockFlags, SOCK_NO_TIMEOUT, SOCK_ADDR_ANY_NETIF } from "./sock";
export { Errno } from "./errno";
export { EventQueue } from "./event";
export { Clock, EventCallback, EventTimeout, PeriodicCallback, ztimerNow, ztimerSleep } from "./timer";
export type { CallbackHandler } from "./timer";
export { UdpEndpoint, UdpSock } from "./udp";
export type { UdpHandler } from "./udp";
export { TcpEndpoint, TcpQueue, TcpSock } from "./tcp";
export { IpEndpoint, IpSock } from "./ip";
export { credmanAddPsk, DtlsRole, DtlsSession, DtlsSock, DtlsVersion, SOCK_DTLS_HANDSHAKE } from "./dtls";
export type { DtlsHandler } from "./dtls";
export type { IpHandler } from "./ip";
export type { TcpHandler, TcpQueueHandler } from "./tcp";
export { i8, i16, i32, u8, u16, u32, f64, readU16BE, readU16LE, readU32BE, readU32LE, writeU16BE,
    writeU16LE, writeU32BE, writeU32LE, structArray, bytes, writeText, bytesEqual } from "./lang";
export { Fault } from "./fault";
