/**
 * The RIOT checkout riotscript builds against: where it is (--riotbase or RIOTBASE), which
 * commit it is at, and the cache folder for what riotscript learned from it (board data,
 * tools built from its dist/). Everything cached is keyed by the commit, so a checkout that
 * moves gets fresh answers.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface Riot {
    /** Absolute path of the checkout. */
    readonly base: string;
    /** The commit (40 hex digits), or "unknown" when it is not a git checkout. */
    readonly commit: string;
    /** A folder of riotscript's own for this commit: board data, the query app, built tools. */
    readonly cacheDir: string;
}

/** Where riotscript caches what it learns (XDG_CACHE_HOME, else ~/.cache). */
export function cacheRoot(env: NodeJS.ProcessEnv): string {
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME ?? os.homedir(), ".cache");
    return path.join(base, "riotscript");
}

/**
 * Finds the RIOT checkout: an explicit path wins over RIOTBASE. Returns undefined when
 * neither is set, and an error sentence when the path is not a RIOT checkout.
 */
export function findRiot(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): Riot | { error: string } | undefined {
    const given = explicit ?? env.RIOTBASE;
    if (given === undefined || given === "") {
        return undefined;
    }
    const base = path.resolve(cwd, given);
    if (!fs.existsSync(path.join(base, "Makefile.include")) || !fs.existsSync(path.join(base, "boards"))) {
        return { error: `${base} is not a RIOT checkout (it has no Makefile.include and boards/)` };
    }
    const commit = riotCommit(base);
    return { base, commit, cacheDir: path.join(cacheRoot(env), `riot-${commit.slice(0, 12)}`) };
}

/** The checkout's commit, from git; "unknown" for a tree without git (then nothing is cached for long). */
export function riotCommit(base: string): string {
    // the checkout's own commit, not that of a repository the folder happens to sit in
    const r = spawnSync("git", ["-C", base, "rev-parse", "--show-toplevel", "HEAD"], { encoding: "utf8" });
    const [top, head] = r.status === 0 ? r.stdout.trim().split("\n") : [];
    const same = top !== undefined && fs.existsSync(top) && fs.realpathSync(top) === fs.realpathSync(base);
    return same && /^[0-9a-f]{40}$/.test(head ?? "") ? head : "unknown";
}

/** A short description for messages: the path and the commit. */
export function describeRiot(riot: Riot): string {
    return `${riot.base} (${riot.commit === "unknown" ? "not a git checkout" : riot.commit.slice(0, 10)})`;
}
