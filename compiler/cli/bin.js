#!/usr/bin/env node
/*
 * The riotscript executable: runs the compiled CLI from dist/. `npm install` builds it
 * (the prepare script); a missing build is reported, not thrown.
 */
"use strict";
const path = require("node:path");

let cli;
try {
    cli = require(path.join(__dirname, "..", "..", "dist", "compiler", "cli", "main.js"));
} catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND") {
        process.stderr.write("riotscript: the compiler is not built; run 'npm run build' in "
            + path.join(__dirname, "..", "..") + "\n");
        process.exit(3);
    }
    throw e;
}
// `riotscript boards | head`: a closed pipe ends the output, it is not an error
for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
        if (e && e.code === "EPIPE") {
            process.exit(process.exitCode ?? 0);
        }
        throw e;
    });
}
cli.main(process.argv.slice(2), cli.nodeIo()).then(
    (code) => { process.exitCode = code; },
    (e) => {
        process.stderr.write(`riotscript: internal error: ${e && e.message}\n`);
        process.exitCode = 1;
    });
