/**
 * Serial ports and riotscript's own serial terminal, for `riotscript term` where RIOT's
 * pyterm cannot run (it needs python3's pyserial). The terminal is the `serialport`
 * package (an optional dependency with prebuilt bindings); ports are listed from /dev and
 * sysfs, which needs no udev.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface SerialPortInfo {
    readonly path: string;
    /** What sysfs or /dev/serial/by-id says the device is (USB vendor and product). */
    readonly description: string;
}

/** The serial ports of this machine that a board may be on: USB ACM and USB-serial adapters. */
export function listSerialPorts(devDir = "/dev", sysDir = "/sys/class/tty"): SerialPortInfo[] {
    let names: string[];
    try {
        names = fs.readdirSync(devDir).filter((n) => /^tty(ACM|USB|AMA|S[A-Z]+)\d+$/.test(n)).sort();
    } catch {
        return [];
    }
    const byId = new Map<string, string>();
    try {
        const dir = path.join(devDir, "serial", "by-id");
        for (const link of fs.readdirSync(dir)) {
            byId.set(path.basename(fs.realpathSync(path.join(dir, link))), link);
        }
    } catch {
        // no udev links
    }
    return names.map((n) => {
        let description = byId.get(n) ?? "";
        if (description === "") {
            const dev = path.join(sysDir, n, "device", "..");
            const read = (f: string) => {
                try {
                    return fs.readFileSync(path.join(dev, f), "utf8").trim();
                } catch {
                    return "";
                }
            };
            description = [read("manufacturer"), read("product")].filter((x) => x !== "").join(" ");
        }
        return { path: path.join(devDir, n), description };
    });
}

export interface TerminalIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
}

type SerialPortCtor = new (opts: { path: string; baudRate: number; autoOpen?: boolean }) => {
    on(ev: "open" | "close", f: () => void): void;
    on(ev: "data", f: (d: Buffer) => void): void;
    on(ev: "error", f: (e: Error) => void): void;
    write(d: Buffer | string): void;
    close(cb?: () => void): void;
};

/** The serialport package, if it is installed. */
export function loadSerialPort(): SerialPortCtor | undefined {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return (require("serialport") as { SerialPort: SerialPortCtor }).SerialPort;
    } catch {
        return undefined;
    }
}

/**
 * A plain terminal on a serial port: what arrives is printed, what is typed is sent, Ctrl-C
 * (or the end of stdin) closes it. Resolves to an exit status.
 */
export function serialTerminal(port: string, baud: number, io: TerminalIo, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
    const SerialPort = loadSerialPort();
    if (!SerialPort) {
        io.stderr("riotscript term: no serial terminal: python3's pyserial is missing (apt-get install python3-serial) "
            + "and so is the serialport package (npm install serialport)\n");
        return Promise.resolve(3);
    }
    return new Promise((resolve) => {
        const sp = new SerialPort({ path: port, baudRate: baud });
        let done = false;
        const finish = (code: number) => {
            if (!done) {
                done = true;
                process.off("SIGINT", onInt);
                stdin.off("data", onData);
                stdin.off("end", onEnd);
                (stdin as { pause?: () => void }).pause?.();
                sp.close(() => resolve(code));
                setTimeout(() => resolve(code), 500).unref();
            }
        };
        const onInt = () => {
            io.stderr("\nterminal closed\n");
            finish(0);
        };
        const onData = (d: Buffer) => sp.write(d);
        const onEnd = () => setTimeout(() => finish(0), 300);
        sp.on("open", () => {
            io.stderr(`connected to ${port} at ${baud} baud (riotscript's terminal; Ctrl-C closes it)\n`);
            stdin.on("data", onData);
            stdin.on("end", onEnd);
            (stdin as { resume?: () => void }).resume?.();
        });
        sp.on("data", (d: Buffer) => io.stdout(d.toString("latin1")));
        sp.on("error", (e: Error) => {
            io.stderr(`riotscript term: ${port}: ${e.message}\n`);
            finish(2);
        });
        sp.on("close", () => finish(0));
        process.on("SIGINT", onInt);
    });
}
