/**
 * An endpoint's text: Node's UdpEndpoint.toString() against the host port's C
 * ipv6_addr_to_str (targets/host/src/addr_str.c) on 20,000 addresses rich in zero and ffff
 * groups, where `::`, its ties and dotted IPv4 are decided; with RIOTBASE, against RIOT's own
 * ipv6_addr_to_str.c as well (built with module ipv4_addr, as riotscript builds it).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { AF, UdpEndpoint } from "riotscript";
import { ROOT } from "../helpers";
import { scratchDir } from "../run/run-support";

const DRIVER = `#include <stdio.h>
#include "net/ipv6/addr.h"
int main(void)
{
    char line[64];
    while (fgets(line, sizeof(line), stdin)) {
        ipv6_addr_t a;
        for (int i = 0; i < 16; i++) {
            unsigned v;
            sscanf(line + 2 * i, "%2x", &v);
            a.u8[i] = (uint8_t)v;
        }
        char text[IPV6_ADDR_MAX_STR_LEN];
        puts(ipv6_addr_to_str(text, &a, sizeof(text)));
    }
    return 0;
}
`;

function addresses(n: number): Uint8Array[] {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // the edge cases first: all zero, ::1, 1::, mapped and compatible IPv4, two equal runs
    const out: Uint8Array[] = ["00000000000000000000000000000000", "00000000000000000000000000000001",
        "00010000000000000000000000000000", "00000000000000000000ffffc0000201", "000000000000000000000000c0000201",
        "00010000000000020000000000030004"].map((h) => Uint8Array.from(Buffer.from(h, "hex")));
    for (let k = 0; k < n; k++) {
        const a = new Uint8Array(16);
        for (let w = 0; w < 8; w++) {
            const r = Math.floor(rnd() * 5);
            const v = r <= 1 ? 0 : r === 2 ? 0xffff : r === 3 ? Math.floor(rnd() * 16) : Math.floor(rnd() * 65536);
            a[2 * w] = v >> 8;
            a[2 * w + 1] = v & 0xff;
        }
        out.push(a);
    }
    return out;
}

const addrs = addresses(20000);
const input = addrs.map((a) => Buffer.from(a).toString("hex")).join("\n") + "\n";
const nodeText = addrs.map((a) => {
    const ep = new UdpEndpoint();
    ep._set(AF.INET6, a, 5683, 0);
    const s = String(ep);
    expect(s.startsWith("[") && s.endsWith("]:5683")).toBe(true);
    return s.slice(1, -"]:5683".length);
});

function run(sources: string[], includes: string[], defines: string[]): string[] {
    const dir = scratchDir("rs-addrtext-");
    try {
        const driver = path.join(dir, "driver.c");
        fs.writeFileSync(driver, DRIVER);
        const bin = path.join(dir, "driver");
        const cc = spawnSync("cc", ["-std=c11", "-O1", ...defines.map((d) => `-D${d}`), ...includes.map((i) => `-I${i}`),
            driver, ...sources, "-o", bin], { encoding: "utf8" });
        expect(cc.stderr.split("\n").filter((l) => / error: /.test(l))).toEqual([]);
        const r = spawnSync(bin, [], { input, encoding: "utf8", maxBuffer: 1 << 24 });
        return r.stdout.trimEnd().split("\n");
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

test("Node writes every address as the host port's ipv6_addr_to_str does", () => {
    const host = path.join(ROOT, "targets", "host");
    const c = run([path.join(host, "src", "addr_str.c")], [path.join(host, "include")], []);
    expect(c).toHaveLength(addrs.length);
    const differ = c.map((t, i) => [t, nodeText[i]]).filter(([a, b]) => a !== b);
    expect(differ.slice(0, 5)).toEqual([]);
    // the cases that decide the rules are all in the sample
    expect(nodeText.some((t) => /^::ffff:\d+\.\d+\.\d+\.\d+$/.test(t))).toBe(true);
    expect(nodeText.some((t) => /^::\d+\.\d+\.\d+\.\d+$/.test(t))).toBe(true);
    expect(nodeText.slice(0, 6)).toEqual(["::", "::1", "1::", "::ffff:192.0.2.1", "::192.0.2.1", "1::2:0:0:3:4"]);
    expect(nodeText.some((t) => /::.*:0:0/.test(t) || /:0:0.*::/.test(t))).toBe(true); // a tie or a shorter run kept
});

const RIOTBASE = process.env.RIOTBASE;
const riot = RIOTBASE !== undefined && fs.existsSync(path.join(RIOTBASE, "sys", "net", "network_layer", "ipv6", "addr", "ipv6_addr_to_str.c"));
if (!riot) {
    process.stderr.write("test/unit/addrtext: RIOTBASE is not set to a RIOT checkout; skipping the comparison with RIOT's ipv6_addr_to_str.c\n");
}
(riot ? test : test.skip)("Node writes every address as RIOT's own ipv6_addr_to_str.c does (module ipv4_addr)", () => {
    const R = RIOTBASE as string;
    const c = run([path.join(R, "sys/net/network_layer/ipv6/addr/ipv6_addr_to_str.c"), path.join(R, "sys/net/network_layer/ipv4/addr/ipv4_addr_to_str.c")],
        ["sys/include", "core/include", "core/lib/include", "drivers/include", "cpu/native/include", "boards/native/include"].map((d) => path.join(R, d)),
        ["MODULE_IPV4_ADDR"]);
    expect(c).toHaveLength(addrs.length);
    expect(c.map((t, i) => [t, nodeText[i]]).filter(([a, b]) => a !== b).slice(0, 5)).toEqual([]);
});
