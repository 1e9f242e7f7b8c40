/**
 * A small structured writer for C in RIOT's style: 4-space indent, braces always, and one
 * place that decides how blocks and statements are laid out.
 */

export class CBuilder {
    private readonly lines: string[] = [];
    private depth = 0;

    /** One line at the current indentation. */
    line(text: string): this {
        this.lines.push(text === "" ? "" : "    ".repeat(this.depth) + text);
        return this;
    }

    blank(): this {
        if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") {
            this.lines.push("");
        }
        return this;
    }

    /** A function definition: the signature on its own line, the brace below (RIOT style). */
    func(signature: string, body: () => void): this {
        this.line(signature);
        this.line("{");
        this.depth++;
        body();
        this.depth--;
        this.line("}");
        return this;
    }

    /** Runs `body` one level deeper; the caller writes the braces. */
    indent(body: () => void): this {
        this.depth++;
        body();
        this.depth--;
        return this;
    }

    /** if / else, RIOT style: `else` on its own line after the closing brace. */
    ifStmt(cond: string, then: () => void, otherwise?: () => void): this {
        this.line(`if (${cond}) {`);
        this.depth++;
        then();
        this.depth--;
        if (otherwise) {
            this.line("}");
            this.line("else {");
            this.depth++;
            otherwise();
            this.depth--;
        }
        this.line("}");
        return this;
    }

    toString(): string {
        return this.lines.join("\n") + "\n";
    }
}

/** A C string literal for `text`, UTF-8 encoded, with octal escapes for the rest. */
export function cString(text: string): string {
    let out = "\"";
    for (const byte of Buffer.from(text, "utf8")) {
        const ch = String.fromCharCode(byte);
        if (ch === "\"" || ch === "\\") {
            out += "\\" + ch;
        } else if (ch === "\n") {
            out += "\\n";
        } else if (ch === "\t") {
            out += "\\t";
        } else if (ch === "?") {
            out += "\\?"; // no trigraphs
        } else if (byte >= 0x20 && byte < 0x7f) {
            out += ch;
        } else {
            out += "\\" + byte.toString(8).padStart(3, "0");
        }
    }
    return out + "\"";
}
