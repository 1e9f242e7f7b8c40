/**
 * What the compiler core needs from the outside world. The core does no I/O of its own:
 * the CLI passes a host over the real file system, tests pass one over a Map.
 */
export interface CompilerHost {
    /** The file's text, or undefined if it does not exist. Paths are absolute. */
    readFile(path: string): string | undefined;
    /** The current directory, used to print paths relative to it. */
    readonly cwd: string;
    /** Absolute path of the runtime API sources (`runtime/api`): what "riotscript" means. */
    readonly runtimeDir: string;
}

/** A host over an in-memory map of absolute paths to texts, for tests. */
export function memoryHost(files: ReadonlyMap<string, string>, runtimeDir: string,
    cwd = "/", fallback?: (path: string) => string | undefined): CompilerHost {
    return {
        cwd,
        runtimeDir,
        readFile: (path) => files.get(path) ?? fallback?.(path),
    };
}
