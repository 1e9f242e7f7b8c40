/**
 * Golden files: the generated C and Makefile of each example, stored next to it in
 * examples/<name>/golden/ and reviewed as diffs. Regenerate with `UPDATE_GOLDEN=1 npm test`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { VERSION } from "../compiler/index";
import { applicationName, riotMakefile } from "../targets/riot/app";
import { makeBoard, overridesFrom } from "../targets/boards";
import { compileFile, ROOT } from "./helpers";

const EXAMPLES = ["udp-echo"];
const update = process.env.UPDATE_GOLDEN === "1";

function golden(file: string, actual: string): void {
    if (update || !fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, actual);
        if (!update) {
            throw new Error(`golden file ${path.relative(ROOT, file)} was missing and has been written; review it`);
        }
    }
    expect(actual).toBe(fs.readFileSync(file, "utf8"));
}

const known = overridesFrom(path.join(ROOT, "targets", "boards"));

describe.each(EXAMPLES)("golden output of examples/%s", (name) => {
    const entry = path.join("examples", name, "main.ts");
    const dir = path.join(ROOT, "examples", name, "golden");

    test("C", () => {
        const result = compileFile(entry);
        expect(result.diagnostics).toEqual([]);
        golden(path.join(dir, "main.c"), result.files.get("main.c") as string);
    });

    test.each(["native64", "nrf52840dk"])("Makefile for %s", (boardName) => {
        const result = compileFile(entry);
        expect(known.names()).toContain(boardName);
        const board = makeBoard(boardName, known.read(boardName));
        const makefile = riotMakefile({
            application: applicationName(entry), board, stack: board.stack,
            features: result.features, source: `../${name}/main.ts`, riotbase: "$(CURDIR)/../RIOT",
            version: VERSION,
        });
        golden(path.join(dir, `Makefile.${boardName}`), makefile);
    });
});

test("the udp-echo Makefile names exactly the GNRC modules RIOT's example uses", () => {
    const text = fs.readFileSync(path.join(ROOT, "examples", "udp-echo", "golden", "Makefile.nrf52840dk"), "utf8");
    const modules = [...text.matchAll(/^USEMODULE \+= (\S+)$/gm)].map((m) => m[1]).sort();
    expect(modules).toEqual(["auto_init_gnrc_netif", "gnrc_ipv6_default", "netdev_default", "sock_async_event",
        "sock_udp"]);
});
