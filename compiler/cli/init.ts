/**
 * `riotscript init <dir>`: a new firmware project that depends on riotscript, from the
 * templates in targets/init (package.json with the Jest setup, tsconfig.json, its tests in
 * test/main.test.ts, a README, a VS Code task whose problem matcher reads riotscript's
 * one-line diagnostics) and the udp-echo example as src/main.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface InitResult {
    readonly created: readonly string[];
    readonly error?: string;
}

/** The files of a new project, by path relative to it. */
function templateFiles(templates: string, name: string, riotscript: string): Map<string, string> {
    const fill = (text: string) => text.replace(/\{\{name\}\}/g, name).replace(/\{\{riotscript\}\}/g, riotscript);
    const out = new Map<string, string>();
    const walk = (dir: string, rel: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const from = path.join(dir, entry.name);
            const to = path.join(rel, entry.name);
            if (entry.isDirectory()) {
                // npm leaves dot-folders out of some packs: the template's vscode/ is .vscode/
                walk(from, entry.name === "vscode" ? path.join(rel, ".vscode") : to);
            } else if (entry.name === "gitignore.tmpl") {
                out.set(path.join(rel, ".gitignore"), fill(fs.readFileSync(from, "utf8")));
            } else {
                out.set(to.replace(/\.tmpl$/, ""), fill(fs.readFileSync(from, "utf8")));
            }
        }
    };
    walk(templates, "");
    return out;
}

/**
 * Writes the project into `dir`, which must not exist or be empty. Its firmware is
 * `firmware` (the udp-echo example), so the template cannot drift from the example.
 */
export function initProject(dir: string, templates: string, firmware: string, riotscript: string): InitResult {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
        return { created: [], error: `${dir} is not empty; choose a new folder` };
    }
    const name = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9-_.]/g, "-") || "firmware";
    const files = templateFiles(templates, name, riotscript);
    files.set(path.join("src", "main.ts"), fs.readFileSync(firmware, "utf8"));
    for (const [rel, text] of files) {
        const file = path.join(dir, rel);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
    }
    return { created: [...files.keys()].sort() };
}

export interface Origin {
    /** What the new project's package.json asks for: `^0.1.0`, `file:/abs/riotscript-0.1.0.tgz`, `file:/abs/checkout`. */
    readonly spec: string;
    /** Where that came from, for the message. */
    readonly from: string;
}

function readJson(file: string): Record<string, unknown> | undefined {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch {
        return undefined;
    }
}

/** A spec as written in `owner`'s package.json or lock, made to resolve from anywhere. */
function absolute(spec: string, owner: string, version: string): string | undefined {
    if (/^https?:\/\/.*\/-\/riotscript-[^/]+\.tgz$/.test(spec)) {
        return `^${version}`; // a registry tarball: the registry has this version
    }
    if (/^(https?|git\+\w+|git|github):/.test(spec)) {
        return spec;
    }
    const file = spec.startsWith("file:") ? spec.slice(5) : /^(\.|\/|~)/.test(spec) || /\.(tgz|tar\.gz)$/.test(spec) ? spec : undefined;
    if (file === undefined) {
        return /^[\^~<>=*\d]|^latest$|^next$/.test(spec) ? `^${version}` : undefined;
    }
    const abs = path.resolve(owner, file.replace(/^~(?=\/)/, process.env.HOME ?? "~"));
    return fs.existsSync(abs) ? `file:${abs}` : undefined;
}

/**
 * Where the running riotscript came from, as a dependency a new project can install: the
 * checkout itself; or what the project that installed it (npx's cache folder included) asked
 * for, a tarball or folder made absolute, a registry version as `^version`.
 */
export function riotscriptOrigin(root: string, version: string): Origin {
    const parts = root.split(path.sep);
    const nm = parts.lastIndexOf("node_modules");
    if (nm < 0) {
        return { spec: `file:${root}`, from: `the checkout ${root}` };
    }
    const owner = parts.slice(0, nm).join(path.sep) || path.sep;
    const pkg = readJson(path.join(owner, "package.json"));
    for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
        const deps = pkg?.[field] as Record<string, unknown> | undefined;
        const spec = deps?.riotscript;
        if (typeof spec === "string") {
            const made = absolute(spec, owner, version);
            if (made) {
                return { spec: made, from: `${path.join(owner, "package.json")} (${spec})` };
            }
        }
    }
    const lock = readJson(path.join(owner, "node_modules", ".package-lock.json"));
    const entry = (lock?.packages as Record<string, { resolved?: unknown }> | undefined)?.["node_modules/riotscript"];
    if (typeof entry?.resolved === "string") {
        const made = absolute(entry.resolved, owner, version);
        if (made) {
            return { spec: made, from: `npm's lock in ${owner} (${entry.resolved})` };
        }
    }
    return { spec: `^${version}`, from: "the registry" };
}
