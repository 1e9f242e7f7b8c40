import { structArray, u8, u32, i32 } from "riotscript";

// IPv4 longest-prefix-match routing over a struct array of routes; addresses as u32.
class Route {
    prefix: u32 = 0;
    len: u8 = 0;
    gateway: u32 = 0;
    metric: u8 = 0;
    used: u32 = 0;
    valid: boolean = false;

    matches(addr: u32): boolean {
        if (!this.valid) return false;
        if (this.len === 0) return true;
        const mask = u32(0xffffffff << (32 - this.len));
        return ((addr ^ this.prefix) & mask) === 0;
    }
}

const routes = structArray(Route, 8);
const QUERIES = [
    10, 1, 2, 3,  10, 1, 2, 200,  10, 1, 9, 9,  10, 200, 0, 1,  172, 16, 5, 5,  172, 31, 255, 255,
    172, 32, 0, 1,  192, 168, 1, 50,  10, 1, 2, 127,  10, 1, 2, 128,  11, 0, 0, 1,  10, 1, 3, 0,
] as const;
let count = 0;

function ip(a: u8, b: u8, c: u8, d: u8): u32 {
    return u32((a << 24) | (b << 16) | (c << 8) | d);
}

function add(prefix: u32, len: u8, gw: u32, metric: u8): boolean {
    if (count >= routes.length || len > 32) return false;
    routes[count].prefix = prefix;
    routes[count].len = len;
    routes[count].gateway = gw;
    routes[count].metric = metric;
    routes[count].valid = true;
    count = i32(count + 1);
    return true;
}

function lookup(addr: u32): i32 {
    let best = -1;
    let bestLen = -1;
    let bestMetric = 256;
    for (let i = 0; i < routes.length; i++) {
        if (!routes[i].matches(addr)) continue;
        const l = routes[i].len;
        const m = routes[i].metric;
        if (l > bestLen || (l === bestLen && m < bestMetric)) {
            best = i;
            bestLen = l;
            bestMetric = m;
        }
    }
    if (best >= 0) {
        routes[best].used = u32(routes[best].used + 1);
    }
    return best;
}

function octet(v: u32, k: i32): u32 {
    return (v >>> (24 - k * 8)) & 0xff;
}

export function main(): number {
    add(0, 0, ip(192, 168, 1, 1), 10);
    add(ip(10, 0, 0, 0), 8, ip(10, 255, 255, 254), 5);
    add(ip(10, 1, 0, 0), 16, ip(10, 1, 255, 254), 5);
    add(ip(10, 1, 2, 0), 24, ip(10, 1, 2, 1), 7);
    add(ip(10, 1, 2, 0), 24, ip(10, 1, 2, 2), 3);
    add(ip(172, 16, 0, 0), 12, ip(172, 16, 0, 1), 1);
    add(ip(10, 1, 2, 128), 25, ip(10, 1, 2, 129), 9);
    console.log(`routes ${count}`);
    for (let q = 0; q < QUERIES.length - 3; q += 4) {
        const addr = ip(QUERIES[q], QUERIES[q + 1], QUERIES[q + 2], QUERIES[q + 3]);
        const r = lookup(addr);
        if (r < 0) {
            console.log(`${octet(addr, 0)}.${octet(addr, 1)}.${octet(addr, 2)}.${octet(addr, 3)} -> unreachable`);
        } else {
            const gw = routes[r].gateway;
            console.log(`${octet(addr, 0)}.${octet(addr, 1)}.${octet(addr, 2)}.${octet(addr, 3)} -> route ${r} /${routes[r].len} via ${octet(gw, 0)}.${octet(gw, 1)}.${octet(gw, 2)}.${octet(gw, 3)}`);
        }
    }
    for (const rt of routes) {
        if (rt.valid) console.log(`len ${rt.len} metric ${rt.metric} used ${rt.used}`);
    }
    routes[0].valid = false;
    const g1 = lookup(ip(8, 8, 8, 8));
    const g2 = lookup(ip(172, 31, 0, 1));
    const g3 = lookup(ip(172, 32, 0, 1));
    console.log(`no default: 8.8.8.8 -> ${g1} 172.31.0.1 -> ${g2} 172.32.0.1 -> ${g3}`);
    return 0;
}
