/**
 * The declarations users get (dist/*.d.ts, built by `npm test`'s pretest with stripInternal):
 * they type-check on their own, with skipLibCheck off, and completions offer the API only,
 * none of the `@internal` members (`_bind`, `_mbox`, ...).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Project, ts } from "ts-morph";
import { ROOT } from "../helpers";

const DIST = path.join(ROOT, "dist", "runtime");

function consumer(text: string): { program: ts.Program; file: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rs-dts-"));
    const file = path.join(dir, "main.ts");
    fs.writeFileSync(file, text);
    // ts-morph's Project brings the standard library; @types/node as a user's project has it
    const project = new Project({ compilerOptions: {
        strict: true, noEmit: true, skipLibCheck: false, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], types: ["node"],
        typeRoots: [path.join(ROOT, "node_modules", "@types")],
        paths: { "riotscript": [path.join(DIST, "index.d.ts")], "riotscript/testing": [path.join(DIST, "testing", "index.d.ts")] },
    } });
    project.addSourceFileAtPath(file);
    return { program: project.getProgram().compilerObject, file };
}

test("the published declarations type-check with skipLibCheck off", () => {
    expect(fs.existsSync(path.join(DIST, "index.d.ts"))).toBe(true);
    const { program } = consumer(`import * as rs from "riotscript";\nimport * as t from "riotscript/testing";\nexport const all = [rs, t];\n`);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")
        + (d.file ? ` (${path.relative(ROOT, d.file.fileName)})` : ""));
    expect(errors).toEqual([]);
});

test("completions on the API's objects offer no internal members", () => {
    const { program, file } = consumer(`import { EventQueue, TcpSock, UdpEndpoint, UdpSock } from "riotscript";
export const u = new UdpSock();
export const t = new TcpSock();
export const q = new EventQueue();
export const e = new UdpEndpoint();
`);
    const checker = program.getTypeChecker();
    const sf = program.getSourceFile(file) as ts.SourceFile;
    const members: Record<string, string[]> = {};
    sf.forEachChild((n) => {
        if (ts.isVariableStatement(n)) {
            for (const d of n.declarationList.declarations) {
                const type = checker.getTypeAtLocation(d.name);
                members[d.name.getText(sf)] = checker.getPropertiesOfType(type).map((p) => p.getName());
            }
        }
    });
    // sock. offered 17 items, the first 9 of them _bind … _transport, before stripInternal
    expect(members.u).toEqual(expect.arrayContaining(["create", "recv", "send", "eventInit", "close"]));
    expect(members.e).toEqual(expect.arrayContaining(["family", "port", "netif"]));
    for (const [name, list] of Object.entries(members)) {
        expect({ name, internal: list.filter((m) => m.startsWith("_")) }).toEqual({ name, internal: [] });
    }
});
