/**
 * One host-target firmware at a time on this machine: compiled programs bind fixed ports
 * (the examples use 12345), so test files that Jest runs in parallel workers take turns.
 * A lock file in the temporary folder, reentrant within a process, taken over when the
 * process that held it is gone.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const FILE = path.join(os.tmpdir(), "riotscript-host-target.lock");
let held = 0;

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

/** Waits for the machine-wide host-target lock; the returned function releases it. */
export async function acquireHostLock(): Promise<() => void> {
    if (held === 0) {
        for (;;) {
            try {
                fs.writeFileSync(FILE, String(process.pid), { flag: "wx" });
                break;
            } catch {
                const owner = Number(fs.existsSync(FILE) ? fs.readFileSync(FILE, "utf8") : "0");
                if (owner > 0 && owner !== process.pid && !alive(owner)) {
                    fs.rmSync(FILE, { force: true });
                    continue;
                }
                await new Promise((r) => setTimeout(r, 50));
            }
        }
    }
    held++;
    let released = false;
    return () => {
        if (released) {
            return;
        }
        released = true;
        held--;
        if (held === 0) {
            fs.rmSync(FILE, { force: true });
        }
    };
}
