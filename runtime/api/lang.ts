/**
 * The language's own vocabulary: fixed-width integer types, the conversions that wrap a
 * value into them, byte-order access for packet parsing, and arrays of structs.
 *
 * In Node these are plain functions with JavaScript's exact semantics (`u8(x)` is
 * `x & 0xff`); the compiler turns each into the C a programmer would write (a cast, a pair
 * of shifts), so both targets compute the same value. See docs/language.md.
 */
import { fault } from "./fault";

/** 8-bit signed integer: C `int8_t`. */
export type i8 = number;
/** 16-bit signed integer: C `int16_t`. */
export type i16 = number;
/** 32-bit signed integer: C `int32_t`. Integer literals default to it. */
export type i32 = number;
/** 8-bit unsigned integer: C `uint8_t`. */
export type u8 = number;
/** 16-bit unsigned integer: C `uint16_t`. */
export type u16 = number;
/** 32-bit unsigned integer: C `uint32_t`. */
export type u32 = number;
/** A double-precision float: C `double`. Plain `number` means the same. */
export type f64 = number;

/** Wraps to 8 bits, signed (C: `(int8_t)x`). */
export function i8(x: number): i8 {
    return (x << 24) >> 24;
}

/** Wraps to 16 bits, signed (C: `(int16_t)x`). */
export function i16(x: number): i16 {
    return (x << 16) >> 16;
}

/** Wraps to 32 bits, signed: JavaScript's ToInt32, `x | 0` (C: `(int32_t)x`). */
export function i32(x: number): i32 {
    return x | 0;
}

/** Wraps to 8 bits, unsigned: `x & 0xff` (C: `(uint8_t)x`). */
export function u8(x: number): u8 {
    return x & 0xff;
}

/** Wraps to 16 bits, unsigned: `x & 0xffff` (C: `(uint16_t)x`). */
export function u16(x: number): u16 {
    return x & 0xffff;
}

/** Wraps to 32 bits, unsigned: JavaScript's ToUint32, `x >>> 0` (C: `(uint32_t)x`). */
export function u32(x: number): u32 {
    return x >>> 0;
}

/** An integer as a float (C: `(double)x`). Mixing integers into float arithmetic needs it. */
export function f64(x: number): f64 {
    return x + 0; // -0 becomes +0, as the C integer it came from would
}

/** The fault the compiled program stops with when a field is not inside the buffer. */
function span(buf: Uint8Array, offset: number, size: number): void {
    if (!(Number.isInteger(offset) && offset >= 0 && offset + size <= buf.length)) {
        fault("index out of range");
    }
}

/** The big-endian (network order) 16-bit value at `buf[offset]`. */
export function readU16BE(buf: Uint8Array, offset: number): u16 {
    span(buf, offset, 2);
    return (buf[offset] << 8) | buf[offset + 1];
}

/** The little-endian 16-bit value at `buf[offset]`. */
export function readU16LE(buf: Uint8Array, offset: number): u16 {
    span(buf, offset, 2);
    return buf[offset] | (buf[offset + 1] << 8);
}

/** The big-endian (network order) 32-bit value at `buf[offset]`. */
export function readU32BE(buf: Uint8Array, offset: number): u32 {
    span(buf, offset, 4);
    return ((buf[offset] << 24) | (buf[offset + 1] << 16) | (buf[offset + 2] << 8) | buf[offset + 3]) >>> 0;
}

/** The little-endian 32-bit value at `buf[offset]`. */
export function readU32LE(buf: Uint8Array, offset: number): u32 {
    span(buf, offset, 4);
    return ((buf[offset + 3] << 24) | (buf[offset + 2] << 16) | (buf[offset + 1] << 8) | buf[offset]) >>> 0;
}

/** Stores the low 16 bits of `value` big-endian (network order) at `buf[offset]`. */
export function writeU16BE(buf: Uint8Array, offset: number, value: number): void {
    span(buf, offset, 2);
    buf[offset] = value >>> 8;
    buf[offset + 1] = value;
}

/** Stores the low 16 bits of `value` little-endian at `buf[offset]`. */
export function writeU16LE(buf: Uint8Array, offset: number, value: number): void {
    span(buf, offset, 2);
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
}

/** Stores the low 32 bits of `value` big-endian (network order) at `buf[offset]`. */
export function writeU32BE(buf: Uint8Array, offset: number, value: number): void {
    span(buf, offset, 4);
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
}

/** Stores the low 32 bits of `value` little-endian at `buf[offset]`. */
export function writeU32LE(buf: Uint8Array, offset: number, value: number): void {
    span(buf, offset, 4);
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
}

/**
 * The UTF-8 bytes of a string, as `new TextEncoder().encode(text)` gives them. The text must
 * be a literal or a `const` string; the compiler makes a module-level `const T = bytes(...)`
 * a `static const uint8_t` table (in flash), or a `static uint8_t` one when the program
 * writes it.
 */
export function bytes(text: string): Uint8Array {
    return new TextEncoder().encode(text);
}

/**
 * Writes the text's bytes at `buf[offset]`, as many as fit before the end of `buf`, and
 * returns how many it wrote (`new TextEncoder().encodeInto(text, buf.subarray(offset))`).
 * The text is ASCII: a literal, or a template literal of integers, booleans and constant
 * strings. C: `snprintf` into a stack buffer and a `memcpy`. An offset outside 0..length
 * is a fault.
 */
export function writeText(buf: Uint8Array, offset: number, text: string): number {
    if (!(Number.isInteger(offset) && offset >= 0 && offset <= buf.length)) {
        fault("index out of range");
    }
    return new TextEncoder().encodeInto(text, buf.subarray(offset)).written;
}

/**
 * True when `a` holds exactly the bytes of `b`: a typed array, or a literal or `const`
 * string (its UTF-8 bytes). C: the lengths compared, then `memcmp`.
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array | string): boolean {
    const other = typeof b === "string" ? new TextEncoder().encode(b) : b;
    if (a.length !== other.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== other[i]) {
            return false;
        }
    }
    return true;
}

/**
 * A fixed-size array of class instances, each made by the class's no-argument
 * constructor: `const peers = structArray(Peer, 8)` is C's `static peer_t peers[8]`.
 */
export function structArray<T>(cls: new () => T, length: number): T[] {
    const out: T[] = [];
    for (let i = 0; i < length; i++) {
        out.push(new cls());
    }
    return out;
}
