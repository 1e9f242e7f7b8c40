/**
 * The board tooling's pure parts: RIOT's memory lengths, binutils' output, "did you mean",
 * the emulator's UART decoding (ethos text frames, the panic message, the frame pacer), and
 * the line map that points a C error at its .ts line.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compile } from "../../compiler/index";
import { stripLineDirectives } from "../../compiler/emit/linemap";
import { editDistance, suggestBoards } from "../../targets/boards";
import { EthosText, FramePacer, PanicSplitter } from "../../targets/riot/emulator";
import { parseLength } from "../../targets/riot/query";
import { parseNm, parseSize } from "../../targets/riot/size";
import { checkTool } from "../../targets/riot/programmer";
import { fsHost, ROOT } from "../helpers";

test("RIOT's memory lengths: hex, K and M suffixes, plain numbers", () => {
    expect(parseLength("0x40000")).toBe(262144);
    expect(parseLength("256K")).toBe(262144);
    expect(parseLength("1M")).toBe(1048576);
    expect(parseLength("16384")).toBe(16384);
    expect(parseLength("")).toBeUndefined();
    expect(parseLength("$(ROM)")).toBeUndefined();
});

test("binutils: size's Berkeley table and nm -S's sized symbols", () => {
    expect(parseSize("   text\t   data\t    bss\t    dec\t    hex\tfilename\n  47852\t     56\t  14944\t  62852\t   f584\tx.elf\n"))
        .toEqual({ text: 47852, data: 56, bss: 14944 });
    expect(parseNm("00000000 00000080 b buf\n00000010 0000004c t handler\n00000000 00000010 T main\n"
        + "00000004 00000004 r PORT\n         U puts\n")).toEqual([
        { c: "buf", bytes: 128, section: "bss" }, { c: "handler", bytes: 76, section: "text" },
        { c: "main", bytes: 16, section: "text" }, { c: "PORT", bytes: 4, section: "rodata" }]);
});

test("did you mean: near misses first, then names that contain it", () => {
    const boards = ["nrf52840dk", "nrf52dk", "nrf52840dongle", "samr21-xpro", "native64", "microbit", "microbit-v2"];
    expect(suggestBoards("nrf52840", boards)).toEqual(["nrf52840dk", "nrf52840dongle"]);
    expect(suggestBoards("samr21xpro", boards)).toEqual(["samr21-xpro"]);
    expect(suggestBoards("mircobit", boards)[0]).toBe("microbit");
    expect(suggestBoards("esp32", boards)).toEqual([]);
    expect(editDistance("ab", "ba")).toBe(1);
});

test("ethos framing: text frames are the program's output; Ethernet frames and escapes are not text", () => {
    let out = "";
    const d = new EthosText((s) => { out += s; });
    // a hello frame, a text frame split across reads with an escaped delimiter, a data frame
    d.push(Buffer.from([0x7e, 0x7d, 0x22, 1, 2, 3, 4, 5, 6, 0x7e, 0x7e, 0x7d, 0x21, 0x68, 0x69]));
    d.push(Buffer.from([0x7d, 0x5e, 0x0a, 0x7e, 0x7e, 0x33, 0x33, 0x7e]));
    expect(out).toBe("hi~\n");
});

test("the UART's panic: output before it is stdout, the message is the fault", () => {
    let out = "";
    let err = "";
    const s = new PanicSplitter((t) => { out += t; }, (t) => { err += t; });
    for (const part of ["sample 1\nsam", "ple 2\n*** RIOT ker", "nel panic:\nmain.ts:19: index out", " of range\n"]) {
        s.push(part);
    }
    expect(s.finish()).toBe("main.ts:19: index out of range");
    expect(out).toBe("sample 1\nsample 2\n");
    expect(err).toBe("*** RIOT kernel panic:\nmain.ts:19: index out of range\n");
});

test("the frame pacer sends one whole frame at a time, spaced like a 115200-baud UART", async () => {
    const sent: { at: number; frame: string }[] = [];
    const t0 = Date.now();
    const p = new FramePacer((f) => sent.push({ at: Date.now() - t0, frame: f.toString("hex") }));
    // two frames and the start of a third in one write, the rest later; an escape inside
    p.push(Buffer.from([0x7e, 1, 2, 0x7e, 0x7e, 3, 0x7d, 0x5e, 0x7e, 0x7e, 4]));
    p.push(Buffer.from([5, 0x7e]));
    await new Promise((r) => setTimeout(r, 60));
    expect(sent.map((s) => s.frame)).toEqual(["7e01027e", "7e037d5e7e", "7e04057e"]);
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(4);
    expect(sent[2].at - sent[1].at).toBeGreaterThanOrEqual(4);
});

test("a programmer's tool: found on PATH, named by RIOT's variable, or missing with where to get it", () => {
    const dir = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "rs-tool-"));
    fs.writeFileSync(path.join(dir, "JLinkExe"), "#!/bin/sh\n");
    fs.chmodSync(path.join(dir, "JLinkExe"), 0o755);
    expect(checkTool("jlink", "", { PATH: dir })).toMatchObject({ ok: true, tool: "JLinkExe" });
    expect(checkTool("openocd", "", { PATH: dir })).toMatchObject({ ok: false, tool: "openocd", install: "apt-get install openocd" });
    expect(checkTool("openocd", "", { PATH: "/nonexistent", OPENOCD: `${path.join(dir, "JLinkExe")} -s /tcl` }))
        .toMatchObject({ ok: true });
    expect(checkTool("edbg", "", { PATH: "/nonexistent" })).toMatchObject({ ok: true, note: expect.stringContaining("RIOT builds") });
    expect(checkTool("someprog", "/nonexistent/flasher --x", { PATH: dir })).toMatchObject({ ok: false, tool: "flasher" });
});

describe("the #line build is the plain build line for line, so C errors map to .ts lines", () => {
    const programs = ["examples/udp-echo/main.ts", "examples/tcp-echo/main.ts", "examples/dtls-echo/main.ts",
        ...fs.readdirSync(path.join(ROOT, "test", "run")).filter((f) => /^[ab]-.*\.ts$/.test(f)).slice(0, 30)
            .map((f) => `test/run/${f}`)];
    test.each(programs)("%s", (entry) => {
        const plain = compile(entry, fsHost());
        const debug = compile(entry, fsHost(), { debug: true });
        expect(plain.ok && debug.ok).toBe(true);
        const name = [...plain.files.keys()][0];
        const stripped = stripLineDirectives(debug.files.get(name) as string);
        expect(stripped.text).toBe(plain.files.get(name));
        // every function body line and every module object line knows where it comes from
        const lines = stripped.text.split("\n");
        const main = lines.findIndex((l) => /^int main\(void\)$/.test(l)) + 1;
        expect(stripped.origin(main)?.file).toBe(entry);
        const src = fs.readFileSync(path.join(ROOT, entry), "utf8").split("\n");
        const at = stripped.origin(main)?.line as number;
        expect(src[at - 1]).toMatch(/function main\(/);
    });
});
