/**
 * Jest's configuration: the unit tests, and the examples' tests run once per target.
 *
 * - "unit": test/ (the compiler, the host port, the CLI, and RIOT builds when RIOTBASE is set);
 * - "examples: node": every example's tests against the Node runtime (simulated network);
 * - "examples: host": the same files against the compiled host binary on loopback;
 * - "examples: microbit": the same files against the RIOT firmware on QEMU's micro:bit,
 *   reached over a tap interface. It runs only where it can: RIOTBASE set, root (for the
 *   tap), qemu-system-arm, arm-none-eabi-gcc and socat. Elsewhere Jest says why it skipped.
 *
 * The transform is @swc/jest (runtime/jest/transform.js): it strips types without the
 * classic TypeScript compiler API, which TypeScript 7 no longer has.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const common = {
    testEnvironment: "node",
    transform: { "^.+\\.ts$": "<rootDir>/runtime/jest/transform.js" },
    moduleNameMapper: {
        "^riotscript$": "<rootDir>/runtime/index.ts",
        "^riotscript/testing$": "<rootDir>/runtime/testing/index.ts",
    },
    testTimeout: 60000,
};

function examples(target, match) {
    return {
        ...common,
        displayName: `examples: ${target}`,
        roots: ["<rootDir>/examples"],
        testMatch: match,
        ...(target === "node" ? {} : { globals: { RIOTSCRIPT_TARGET: target } }),
    };
}

function onPath(tool) {
    try {
        execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
        return true;
    } catch {
        return false;
    }
}

/** Why the emulated board's project cannot run here, or undefined when it can. */
function microbitMissing(env) {
    if (!env.RIOTBASE) {
        return "RIOTBASE is not set (point it at a RIOT checkout)";
    }
    if (!fs.existsSync(path.join(env.RIOTBASE, "boards", "microbit"))) {
        return `${env.RIOTBASE} has no boards/microbit`;
    }
    if (typeof process.getuid === "function" && process.getuid() !== 0) {
        return "it needs root, for the tap interface";
    }
    const tools = ["qemu-system-arm", "arm-none-eabi-gcc", "socat", "ip"].filter((t) => !onPath(t));
    return tools.length > 0 ? `${tools.join(", ")} not found` : undefined;
}

// The examples on GNRC: UDP, raw IP and DTLS. The TCP examples need lwIP (TCP with events), and
// riotscript wires the emulated network (ethos with a static address) for GNRC only.
const MICROBIT_EXAMPLES = ["udp-echo", "udp-telemetry", "dtls-echo", "ip-raw", "coap-server"];

const projects = [
    { ...common, displayName: "unit", roots: ["<rootDir>/test"], testMatch: ["**/*.test.ts"] },
    examples("node", ["**/test/*.test.ts"]),
    examples("host", ["**/test/*.test.ts"]),
];
const missing = microbitMissing(process.env);
if (missing === undefined) {
    projects.push({
        ...examples("microbit", MICROBIT_EXAMPLES.map((e) => `**/examples/${e}/test/*.test.ts`)),
        setupFilesAfterEnv: ["<rootDir>/runtime/jest/board-timeout.js"],
    });
} else if (process.env.JEST_WORKER_ID === undefined) {
    process.stderr.write(`examples: microbit skipped: ${missing}\n`);
}

module.exports = { maxWorkers: 2, testTimeout: 60000, projects };
