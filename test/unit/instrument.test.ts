/**
 * Bounds checks for firmware under Jest: runtime/jest/transform.js routes every `a[i]` in a
 * file that imports "riotscript" through runtime/node/checks.ts, so an index outside the
 * array faults with "<file>:<line>: index out of range" (the compiled C's core_panic) instead
 * of reading `undefined` or dropping the write. In range, the results are JavaScript's own.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Fault } from "../../runtime/api/fault";
import * as oob from "./fixtures/oob";
import * as plain from "./fixtures/plain";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURE = "test/unit/fixtures/oob.ts";
const SOURCE = fs.readFileSync(path.join(ROOT, FIXTURE), "utf8").split("\n");

/** The 1-based line of the fixture carrying `// @marker`. */
function lineOf(marker: string): number {
    const i = SOURCE.findIndex((l) => l.endsWith(`// @${marker}`));
    if (i < 0) {
        throw new Error(`no marker @${marker} in ${FIXTURE}`);
    }
    return i + 1;
}

/** Runs `fn`, which must fault; gives the Fault. */
function faultOf(fn: () => unknown): Fault {
    try {
        fn();
    } catch (e) {
        expect(e).toBeInstanceOf(Fault);
        return e as Fault;
    }
    throw new Error("expected a fault, but the call returned");
}

function expectOutOfRange(fn: () => unknown, marker: string): void {
    expect(faultOf(fn).message).toBe(`${FIXTURE}:${lineOf(marker)}: index out of range`);
}

beforeEach(() => {
    oob.buf.fill(0);
    oob.grid.forEach((row) => row.fill(0));
});

describe("in range: JavaScript's results", () => {
    test("read and write, with Uint8Array wrapping the store", () => {
        oob.write(1, 7);
        expect(oob.read(1)).toBe(7);
        oob.write(3, 300);
        expect(oob.read(3)).toBe(44);
        expect(Array.from(oob.buf)).toEqual([0, 7, 0, 44]);
    });

    test("compound assignment wraps", () => {
        oob.write(0, 250);
        oob.add(0, 10);
        expect(oob.read(0)).toBe(4);
        oob.write(2, 0x81);
        oob.shiftLeft(2, 1);
        expect(oob.read(2)).toBe(0x02);
    });

    test("postfix gives the old value, prefix the stored one", () => {
        oob.write(0, 255);
        expect(oob.postInc(0)).toBe(255);
        expect(oob.read(0)).toBe(0);
        expect(oob.postDec(0)).toBe(0);
        expect(oob.read(0)).toBe(255);
        expect(oob.preInc(0)).toBe(0);
        expect(oob.read(0)).toBe(0);
        expect(oob.preInc(0)).toBe(1);
    });

    test("nested accesses", () => {
        oob.write(1, 2);
        expect(oob.lookup(1)).toBe(30);
        oob.setCell(1, 0, 0x1ff);
        expect(Array.from(oob.grid[1])).toEqual([0xff, 0]);
    });

    test("compound assignment whose value awaits", async () => {
        oob.write(2, 5);
        await oob.addLater(2, Promise.resolve(3));
        expect(oob.read(2)).toBe(8);
    });
});

describe("out of range: a Fault naming the firmware line", () => {
    test("read", () => {
        expectOutOfRange(() => oob.read(4), "read");
        expectOutOfRange(() => oob.read(1000), "read");
    });

    test("negative and non-integer indexes", () => {
        expectOutOfRange(() => oob.read(-1), "read");
        expectOutOfRange(() => oob.read(1.5), "read");
        expectOutOfRange(() => oob.read(NaN), "read");
        expectOutOfRange(() => oob.write(-1, 1), "write");
        expectOutOfRange(() => oob.add(0.5, 1), "add");
    });

    test("write leaves the array alone", () => {
        expectOutOfRange(() => oob.write(4, 9), "write");
        expect(Array.from(oob.buf)).toEqual([0, 0, 0, 0]);
    });

    test("compound assignment", () => {
        expectOutOfRange(() => oob.add(4, 1), "add");
        expectOutOfRange(() => oob.shiftLeft(-2, 1), "shift");
    });

    test("increment and decrement", () => {
        expectOutOfRange(() => oob.postInc(4), "postinc");
        expectOutOfRange(() => oob.postDec(-1), "postdec");
        expectOutOfRange(() => oob.preInc(4), "preinc");
        expect(Array.from(oob.buf)).toEqual([0, 0, 0, 0]);
    });

    test("nested accesses fault at their own line", () => {
        expectOutOfRange(() => oob.lookup(4), "lookup-inner");
        oob.write(0, 200);
        expectOutOfRange(() => oob.lookup(0), "lookup-outer");
        expectOutOfRange(() => oob.setCell(2, 0, 1), "grid");
        expectOutOfRange(() => oob.setCell(0, 2, 1), "grid");
    });

    test("compound assignment whose value awaits", async () => {
        await expect(oob.addLater(4, Promise.resolve(1))).rejects.toThrow(
            new Fault(`${FIXTURE}:${lineOf("add-await")}: index out of range`));
    });
});

describe("source maps", () => {
    test("a fault's stack names the firmware's .ts line", () => {
        const stack = faultOf(() => oob.read(9)).stack ?? "";
        expect(stack).toContain(`${path.join(ROOT, FIXTURE)}:${lineOf("read")}:`);
    });

    test("an error thrown in firmware maps to its .ts line", () => {
        let stack = "";
        try {
            oob.boom();
        } catch (e) {
            stack = (e as Error).stack ?? "";
        }
        expect(stack).toContain(`${path.join(ROOT, FIXTURE)}:${lineOf("boom")}:`);
    });
});

describe("only firmware is instrumented", () => {
    test("firmware functions go through the checks", () => {
        expect(oob.read.toString()).toContain("__rs_checks.at(");
        expect(oob.write.toString()).toContain("__rs_checks.set(");
    });

    test("a module without the riotscript import keeps JavaScript's indexing", () => {
        expect(plain.read.toString()).not.toContain("__rs_checks");
        expect(plain.read(5)).toBeUndefined();
    });

    test("test files are not instrumented", () => {
        const a = new Uint8Array(2);
        a[5] = 1;
        expect(a[5]).toBeUndefined();
    });

    test("which files count as firmware", () => {
        const transform = require("../../runtime/jest/transform.js") as {
            _isFirmware(source: string, file: string): boolean;
        };
        const firmware = `import { u8 } from "riotscript";\n`;
        expect(transform._isFirmware(firmware, path.join(ROOT, "examples/x/main.ts"))).toBe(true);
        expect(transform._isFirmware(`import {\n  u8,\n} from 'riotscript';\n`, "/p/a.ts")).toBe(true);
        expect(transform._isFirmware(firmware, "/p/a.test.ts")).toBe(false);
        expect(transform._isFirmware(firmware, "/p/a.spec.ts")).toBe(false);
        expect(transform._isFirmware(firmware, "/p/a.js")).toBe(false);
        expect(transform._isFirmware(`import * as fs from "node:fs";\n`, "/p/a.ts")).toBe(false);
        // the runtime itself, which names "riotscript" in a comment
        const api = path.join(ROOT, "runtime/api/index.ts");
        expect(transform._isFirmware(fs.readFileSync(api, "utf8"), api)).toBe(false);
    });
});
