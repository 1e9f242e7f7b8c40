/**
 * Command-line parsing for riotscript: `riotscript <command> [options] [file]`.
 */

export interface Parsed {
    readonly command?: string;
    readonly positional: string[];
    readonly options: Map<string, string | true>;
}

/** Options that take a value (`--board nrf52840dk` or `--board=nrf52840dk`). */
const WITH_VALUE = new Set(["board", "out", "stack", "pretty", "cc", "riotbase", "port", "riotscript", "programmer",
    "serial", "netns", "tap", "top", "commands", "timeout"]);

export function parseArgs(argv: readonly string[]): Parsed | { error: string } {
    const positional: string[] = [];
    const options = new Map<string, string | true>();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === "--") {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (a === "-h") {
            options.set("help", true);
        } else if (a === "-v") {
            options.set("version", true);
        } else if (a.startsWith("--")) {
            const eq = a.indexOf("=");
            const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
            if (WITH_VALUE.has(name)) {
                const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
                if (value === undefined) {
                    return { error: `option --${name} needs a value` };
                }
                options.set(name, value);
            } else if (eq >= 0) {
                return { error: `option --${name} takes no value` };
            } else {
                options.set(name, true);
            }
        } else if (a.startsWith("-") && a !== "-") {
            return { error: `unknown option '${a}'` };
        } else {
            positional.push(a);
        }
    }
    const [command, ...rest] = positional;
    return { command, positional: rest, options };
}
