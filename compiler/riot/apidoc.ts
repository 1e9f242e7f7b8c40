/**
 * The API mapping table of docs/api.md, generated from the bindings so that the
 * documentation cannot drift from what the compiler emits.
 */
import { classes, constants, enums, functions, Param } from "./bindings";

function tsParams(params: readonly Param[]): string {
    const names = params.map((p) => {
        switch (p.k) {
        case "value": return p.mustBeZero ? "0" : "n";
        case "buffer": return "buf";
        case "data": return "data";
        case "length": return "len";
        case "endpoint": return p.out ? "ep" : "ep | null";
        case "object": return objectName(p.c);
        case "event": return "ev";
        case "handler": return "handler";
        case "handlerArg": return "null | ctx";
        case "cstring": return "\"text\"";
        case "objects": return "socks";
        }
    });
    return names.join(", ").replace(/\|/g, "\\|"); // a pipe in a table cell, even in code, needs its backslash
}

function cArgs(self: string | null, params: readonly Param[]): string {
    const args = self ? [self] : [];
    for (const p of params) {
        switch (p.k) {
        case "value": args.push(p.mustBeZero ? "0" : "n"); break;
        case "buffer": args.push("buf", "sizeof(buf)"); break;
        case "data": args.push("data"); break;
        case "length": args.push("len"); break;
        case "endpoint": args.push(p.out ? "&ep" : "&ep or NULL"); break;
        case "object": args.push(`&${objectName(p.c)}`); break;
        case "event": args.push("&ev.super"); break;
        case "handler": args.push("handler"); break;
        case "handlerArg": args.push("NULL or &ctx"); break;
        case "cstring": args.push("\"text\""); break;
        case "objects": args.push("socks", "n"); break;
        }
    }
    return args.join(", ");
}

/** The variable name each class's rows use, as in the examples. */
const VAR_NAMES: Record<string, string> = { EventQueue: "queue", UdpSock: "sock", UdpEndpoint: "ep", TcpSock: "conn",
    TcpEndpoint: "ep", TcpQueue: "listener" };

/** The variable name of an object argument: that of the class whose C type it is. */
function objectName(c: string): string {
    const entry = Object.entries(classes).find(([, cls]) => cls.c === c);
    if (entry === undefined) {
        return "obj";
    }
    return VAR_NAMES[entry[0]] ?? entry[0].charAt(0).toLowerCase() + entry[0].slice(1);
}

export function apiTable(): string {
    const rows = ["| TypeScript | C (RIOT) | Header | Modules / notes |", "|---|---|---|---|"];
    for (const [name, cls] of Object.entries(classes)) {
        const v = VAR_NAMES[name] ?? name.charAt(0).toLowerCase() + name.slice(1);
        rows.push(`| \`new ${name}()\` | \`${cls.moduleLevelOnly ? "static " : ""}${cls.c} ${v}${cls.moduleLevelOnly ? "" : " = { 0 }"};\` | `
            + `\`${cls.header}\` | ${cls.moduleLevelOnly ? "module level only" : "local or module level"} |`);
        for (const [m, b] of Object.entries(cls.statics)) {
            const c = b.initializer ? `\`${cls.c} ep = ${b.initializer.macro};${b.initializer.portParam !== undefined ? " ep.port = n;" : ""}\``
                : `\`${b.c}(${cArgs(null, b.params)})\``;
            rows.push(`| \`${name}.${m}(${tsParams(b.params)})\` | ${c} | \`${b.header}\` | ${b.doc.replace(/\|/g, "\\|")} |`);
        }
        for (const [m, b] of Object.entries(cls.methods)) {
            // an argument of the receiver's own type is the other one (`ep.equals(other)`)
            const same = b.params.length === 1 && b.params[0].k === "object" && b.params[0].c === cls.c;
            const cargs = same ? ["&other"] : cArgs(null, b.params).split(", ").filter((x) => x !== "");
            cargs.splice(b.selfAt ?? 0, 0, `&${v}`);
            const call = b.assign ? `${v} = other;` : b.addressCopy ? `memcpy(buf, &${v}.addr, n)` : b.outPointer
                ? `${b.outPointer.c} *conn; if (${b.c}(${[...cargs.slice(0, 1), "&conn", ...cargs.slice(1)].join(", ")}) != 0) conn = NULL;`
                : `${b.c}(${cargs.join(", ")})`;
            rows.push(`| \`${m === "accept" ? "const conn = " : ""}${v}.${m}(${same ? "other" : tsParams(b.params)})\` | \`${call}\` | `
                + `\`${b.header}\` | ${b.features.length ? b.features.join(", ") + ": " : ""}${b.doc.replace(/\|/g, "\\|")} |`);
        }
        for (const [f, b] of Object.entries(cls.fields)) {
            rows.push(`| \`${v}.${f}\` | \`${v}.${b.c}\` | \`${cls.header}\` | field |`);
        }
    }
    for (const [name, e] of Object.entries(enums)) {
        for (const [m, c] of Object.entries(e.members)) {
            rows.push(`| \`${name}.${m}\` | \`${c}\` | \`${e.header}\` | |`);
        }
    }
    for (const [name, b] of Object.entries(functions)) {
        rows.push(`| \`${name}(${tsParams(b.params)})\` | \`${b.c}(${cArgs(null, b.params)})\` | \`${b.header}\` | ${b.doc} |`);
    }
    for (const [name, c] of Object.entries(constants)) {
        rows.push(`| \`${name}\` | \`${c.c}\` | \`${c.header}\` | |`);
    }
    rows.push("| `console.log(\"text\")` | `puts(\"text\")` | `<stdio.h>` | |");
    rows.push("| `console.log(`n=${n}`)` | `printf(\"n=%zd\\n\", n)` | `<stdio.h>` | format from the C type |");
    return rows.join("\n") + "\n";
}
