import { u8, u16, u32, i32 } from "riotscript";

// The Internet checksum (ones' complement sum of 16-bit words with end-around carry) of an
// IPv4 header, verification, and Hamming distances between byte strings.

const hdr = new Uint8Array(20);
const other = new Uint8Array(20);

function checksum(buf: Uint8Array): u16 {
    let sum: u32 = 0;
    for (let i = 0; i < buf.length - 1; i += 2) {
        sum = u32(sum + ((buf[i] << 8) | buf[i + 1]));
    }
    if ((buf.length & 1) === 1) {
        sum = u32(sum + (buf[buf.length - 1] << 8));
    }
    while (sum > 0xffff) {
        sum = (sum & 0xffff) + (sum >>> 16);
    }
    return u16(~sum);
}

function hamming(a: Uint8Array, b: Uint8Array): i32 {
    let d = 0;
    for (let i = 0; i < a.length && i < b.length; i++) {
        let x = a[i] ^ b[i];
        while (x !== 0) {
            x &= x - 1;
            d = i32(d + 1);
        }
    }
    return d;
}

const bytes = [0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7] as const;

export function main(): number {
    for (let i = 0; i < 20; i++) {
        hdr[i] = bytes[i];
        other[i] = u8(bytes[i] + i);
    }
    const c = checksum(hdr);
    console.log(`checksum ${c} hi ${c >> 8} lo ${c & 0xff}`);
    hdr[10] = c >> 8;
    hdr[11] = c & 0xff;
    console.log(`verify ${checksum(hdr)}`);
    console.log(`other ${checksum(other)} hamming ${hamming(hdr, other)} self ${hamming(hdr, hdr)}`);
    for (let i = 0; i < 20; i++) {
        hdr[i] = 0xff;
    }
    console.log(`all ones ${checksum(hdr)}`);
    for (let i = 0; i < 20; i++) {
        hdr[i] = 0;
    }
    console.log(`all zero ${checksum(hdr)} hamming ${hamming(hdr, other)}`);
    return 0;
}
