/**
 * Resolution of names to the riotscript API: which class, method, enum member or constant
 * of the runtime a TypeScript node refers to. Shared by `check` and `lower`.
 */
import * as path from "node:path";
import { ts } from "ts-morph";
import { ClassBinding, classes, constants, EnumBinding, enums, MethodBinding } from "../riot/bindings";

export type ApiRef =
    | { readonly k: "class"; readonly name: string; readonly binding: ClassBinding }
    | { readonly k: "method"; readonly cls: string; readonly name: string; readonly isStatic: boolean;
        readonly binding: MethodBinding | undefined }
    | { readonly k: "field"; readonly cls: string; readonly name: string }
    | { readonly k: "enumMember"; readonly en: string; readonly name: string;
        readonly binding: EnumBinding | undefined }
    | { readonly k: "enum"; readonly name: string }
    | { readonly k: "constant"; readonly name: string }
    | { readonly k: "other"; readonly name: string };

export class Resolver {
    constructor(readonly checker: ts.TypeChecker, readonly runtimeDir: string) {}

    isApiDecl(decl: ts.Node): boolean {
        return decl.getSourceFile().fileName.startsWith(this.runtimeDir + path.sep);
    }

    /** The symbol a node names, through import aliases. */
    symbolOf(node: ts.Node): ts.Symbol | undefined {
        let sym = this.checker.getSymbolAtLocation(node);
        if (sym && (sym.flags & ts.SymbolFlags.Alias) !== 0) {
            sym = this.checker.getAliasedSymbol(sym);
        }
        return sym;
    }

    /** What API item a node refers to, or undefined if it is the program's own. */
    api(node: ts.Node): ApiRef | undefined {
        const sym = this.symbolOf(node);
        const decl = sym?.declarations?.[0];
        if (!sym || !decl || !this.isApiDecl(decl)) {
            return undefined;
        }
        return this.apiOfDecl(decl, sym.name);
    }

    apiOfDecl(decl: ts.Node, name: string): ApiRef {
        if (ts.isClassDeclaration(decl) && decl.name) {
            const binding = classes[decl.name.text];
            return binding ? { k: "class", name: decl.name.text, binding } : { k: "other", name };
        }
        if ((ts.isMethodDeclaration(decl) || ts.isPropertyDeclaration(decl))
            && ts.isClassDeclaration(decl.parent) && decl.parent.name) {
            const cls = decl.parent.name.text;
            const isStatic = (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static) !== 0;
            const cb = classes[cls];
            if (ts.isPropertyDeclaration(decl)) {
                return cb?.fields[name] ? { k: "field", cls, name } : { k: "other", name: `${cls}.${name}` };
            }
            const binding = isStatic ? cb?.statics[name] : cb?.methods[name];
            return { k: "method", cls, name, isStatic, binding };
        }
        if (ts.isEnumMember(decl) && ts.isEnumDeclaration(decl.parent)) {
            const en = decl.parent.name.text;
            return { k: "enumMember", en, name, binding: enums[en] };
        }
        if (ts.isEnumDeclaration(decl)) {
            return { k: "enum", name: decl.name.text };
        }
        if (ts.isVariableDeclaration(decl) && constants[name]) {
            return { k: "constant", name };
        }
        return { k: "other", name };
    }

    /** The API class a type refers to (`UdpSock`), if any. */
    classOfType(type: ts.Type): string | undefined {
        const decl = type.getSymbol()?.declarations?.[0];
        if (decl && ts.isClassDeclaration(decl) && decl.name && this.isApiDecl(decl)) {
            return decl.name.text;
        }
        return undefined;
    }

    /** The API enum a type refers to (`SockAsync`), if any. */
    enumOfType(type: ts.Type): string | undefined {
        const sym = type.getSymbol() ?? type.aliasSymbol;
        let decl = sym?.declarations?.[0];
        if (decl && ts.isEnumMember(decl)) {
            decl = decl.parent;
        }
        if (decl && ts.isEnumDeclaration(decl) && this.isApiDecl(decl)) {
            return decl.name.text;
        }
        return undefined;
    }

    /** True for a value of the global DataView type. */
    isDataView(e: ts.Expression): boolean {
        return this.checker.getTypeAtLocation(e).getSymbol()?.name === "DataView";
    }

    /**
     * The Uint8Array a `new DataView(a.buffer)` or `new DataView(a.buffer, a.byteOffset,
     * a.byteLength)` covers (the same name each time): the only DataViews riotscript takes,
     * because they cover exactly the array's bytes.
     */
    dataViewSource(e: ts.Expression): ts.Identifier | undefined {
        if (!ts.isNewExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== "DataView") {
            return undefined;
        }
        const args = e.arguments ?? [];
        const parts = ["buffer", "byteOffset", "byteLength"];
        if (args.length !== 1 && args.length !== 3) {
            return undefined;
        }
        let name: ts.Identifier | undefined;
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (!ts.isPropertyAccessExpression(a) || !ts.isIdentifier(a.expression) || a.name.text !== parts[i]
                || (name !== undefined && a.expression.text !== name.text)) {
                return undefined;
            }
            name = a.expression;
        }
        return name && this.isTypedArray(this.checker.getTypeAtLocation(name)) === "Uint8Array" ? name : undefined;
    }

    isTypedArray(type: ts.Type): string | undefined {
        const name = type.getSymbol()?.name;
        return name !== undefined && ["Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
            "Int32Array", "Float64Array"].includes(name) ? name : undefined;
    }
}
