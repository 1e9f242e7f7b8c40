/**
 * Where each line of the generated C comes from: the `#line` build of a program, with its
 * directives taken out, is the plain build line for line, and the directives say which
 * .ts line each C line belongs to. A C compiler's error in the plain file can so be
 * reported at the TypeScript line that produced it.
 */

export interface SourceLine {
    readonly file: string;
    readonly line: number;
}

/** The plain C and, for each of its lines (1-based), the .ts line it comes from. */
export function stripLineDirectives(debugC: string): { text: string; origin: (cLine: number) => SourceLine | undefined } {
    const out: string[] = [];
    const origins: (SourceLine | undefined)[] = [];
    let current: SourceLine | undefined;
    for (const l of debugC.split("\n")) {
        const m = /^\s*#line (\d+) "((?:[^"\\]|\\.)*)"\s*$/.exec(l);
        if (m) {
            current = { file: unescapeC(m[2]), line: Number(m[1]) };
            continue;
        }
        out.push(l);
        origins.push(current);
        // a #line names the line that follows it; those after belong to the same statement
    }
    return { text: out.join("\n"), origin: (cLine) => origins[cLine - 1] };
}

function unescapeC(s: string): string {
    const bytes: number[] = [];
    for (let i = 0; i < s.length; i++) {
        if (s[i] === "\\" && /[0-7]/.test(s[i + 1] ?? "")) {
            const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1))?.[0] ?? "0";
            bytes.push(parseInt(oct, 8));
            i += oct.length;
        } else if (s[i] === "\\") {
            const c = s[++i];
            bytes.push((c === "n" ? "\n" : c === "t" ? "\t" : c).charCodeAt(0));
        } else {
            bytes.push(...Buffer.from(s[i], "utf8"));
        }
    }
    return Buffer.from(bytes).toString("utf8");
}
