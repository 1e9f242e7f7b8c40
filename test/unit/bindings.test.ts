/**
 * The TypeScript API (runtime/api) and the C bindings (compiler/riot/bindings.ts) must
 * describe the same surface: every public member has a binding and every binding a member.
 */
import * as path from "node:path";
import { Project, Scope } from "ts-morph";
import { classes, enums } from "../../compiler/riot/bindings";
import { ROOT } from "../helpers";

const project = new Project({ skipAddingFilesFromTsConfig: true });
project.addSourceFilesAtPaths(path.join(ROOT, "runtime", "api", "*.ts"));
const index = project.getSourceFileOrThrow(path.join(ROOT, "runtime", "api", "index.ts"));
const exported = index.getExportedDeclarations();

describe("API surface matches the C bindings", () => {
    test.each(Object.keys(classes))("class %s", (name) => {
        const decl = exported.get(name)?.[0];
        expect(decl).toBeDefined();
        const cls = project.getSourceFiles().flatMap((f) => f.getClasses()).find((c) => c.getName() === name)!;
        const isPublic = (n: string) => !n.startsWith("_");
        const methods = cls.getInstanceMethods().map((m) => m.getName()).filter(isPublic).sort();
        const statics = cls.getStaticMethods().map((m) => m.getName()).filter(isPublic).sort();
        const fields = cls.getInstanceProperties().filter((p) => p.getScope() !== Scope.Private)
            .map((p) => p.getName()).filter(isPublic).sort();
        expect(methods).toEqual(Object.keys(classes[name].methods).sort());
        expect(statics).toEqual(Object.keys(classes[name].statics).sort());
        expect(fields).toEqual(Object.keys(classes[name].fields).sort());
    });

    test.each(Object.keys(enums))("enum %s", (name) => {
        const en = project.getSourceFiles().flatMap((f) => f.getEnums()).find((e) => e.getName() === name)!;
        expect(en.getMembers().map((m) => m.getName()).sort()).toEqual(Object.keys(enums[name].members).sort());
    });

    test("every exported class and enum has a binding", () => {
        for (const [name, decls] of exported) {
            const kind = decls[0].getKindName();
            if (kind === "ClassDeclaration" && name !== "Fault") {
                // Fault is what the Node runtime throws; firmware never names it
                expect(Object.keys(classes)).toContain(name);
            }
            if (kind === "EnumDeclaration") {
                expect(Object.keys(enums)).toContain(name);
            }
        }
    });
});
