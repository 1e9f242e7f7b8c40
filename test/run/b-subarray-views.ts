import { u8, u32, i32 } from "riotscript";

// subarray views share storage with their parent and are passed to Uint8Array parameters.
const frame = new Uint8Array(32);

function fillPattern(buf: Uint8Array, seed: u8): void {
    for (let i = 0; i < buf.length; i++) {
        buf[i] = seed + i * 7;
    }
}

function checksum(buf: Uint8Array): u32 {
    let a: u32 = 1;
    let b: u32 = 0;
    for (const x of buf) {
        a = (a + x) % 65521;
        b = (b + a) % 65521;
    }
    return u32((b << 16) | a);
}

function reverse(buf: Uint8Array): void {
    let i = 0;
    let j = buf.length - 1;
    while (i < j) {
        const t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
        i++;
        j--;
    }
}

function countOver(buf: Uint8Array, limit: u8): i32 {
    let n = 0;
    for (let i = 0; i < buf.length; i++) {
        if (buf[i] > limit) n = i32(n + 1);
    }
    return n;
}

export function main(): number {
    fillPattern(frame, 3);
    console.log(`whole ${checksum(frame)} over100=${countOver(frame, 100)}`);
    const header = frame.subarray(0, 4);
    const payload = frame.subarray(4, 28);
    const trailer = frame.subarray(28, 32);
    console.log(`lengths ${header.length} ${payload.length} ${trailer.length}`);
    console.log(`header ${header[0]} ${header[3]} payload[0]=${payload[0]} trailer[3]=${trailer[3]}`);
    fillPattern(payload, 200);
    console.log(`after payload fill frame[4]=${frame[4]} frame[27]=${frame[27]} frame[28]=${frame[28]}`);
    console.log(`payload ${checksum(payload)} whole ${checksum(frame)}`);
    reverse(header);
    console.log(`header reversed: frame ${frame[0]} ${frame[1]} ${frame[2]} ${frame[3]}`);
    const inner = frame.subarray(6, 14);
    inner[0] = 0xaa;
    inner[7] = inner.length * 40 - 20;
    console.log(`inner len=${inner.length} payload[2]=${payload[2]} payload[9]=${payload[9]} over100=${countOver(inner, 100)}`);
    const empty = frame.subarray(16, 16);
    console.log(`empty len=${empty.length} checksum=${checksum(empty)}`);
    let sum: u32 = 0;
    for (const b of trailer) {
        sum = u32(sum + b);
    }
    console.log(`trailer sum ${sum}`);
    for (let k = 0; k < 4; k++) {
        const part = frame.subarray(k * 8, k * 8 + 8);
        reverse(part);
        console.log(`block ${k}: ${checksum(part)} first=${part[0]}`);
    }
    console.log(`final whole ${checksum(frame)}`);
    return 0;
}
