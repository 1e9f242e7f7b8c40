/**
 * Faults: what the compiled program stops on with core_panic (an index outside its buffer,
 * for example), the Node runtime raises as a `Fault` whose message names the firmware's
 * .ts file and line in the same words the C program prints.
 */

/** A firmware fault: the C build would call core_panic here. */
export class Fault extends Error {
    constructor(message: string) {
        super(message);
        this.name = "Fault";
    }
}

/**
 * The firmware source location of the caller of an API function: the first stack frame
 * outside riotscript's own runtime, as `file:line` with the file relative to the working
 * directory (Jest's source maps make these the .ts lines).
 */
export function callerLocation(): string {
    const stack = new Error().stack ?? "";
    for (const line of stack.split("\n").slice(1)) {
        const m = /\(?([^()\s]+\.[cm]?[jt]s):(\d+):\d+\)?$/.exec(line.trim());
        if (!m) {
            continue;
        }
        const file = m[1].replace(/\\/g, "/");
        if (/\/runtime\/(api|node|jest)\//.test(file) || file.includes("/node_modules/")) {
            continue;
        }
        return `${relative(file)}:${m[2]}`;
    }
    return "<unknown>";
}

function relative(file: string): string {
    const proc = (globalThis as { process?: { cwd(): string } }).process;
    const cwd = proc ? proc.cwd().replace(/\\/g, "/") + "/" : "";
    return cwd && file.startsWith(cwd) ? file.slice(cwd.length) : file;
}

/** Raises a fault at the caller's firmware line: `file:line: what`. */
export function fault(what: string, where = callerLocation()): never {
    throw new Fault(`${where}: ${what}`);
}
