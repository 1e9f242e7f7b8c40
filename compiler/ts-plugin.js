/*
 * riotscript's TypeScript language-service plugin, by the name tsconfig.json gives it:
 * "plugins": [{ "name": "riotscript/compiler/ts-plugin" }]. tsserver resolves plugins the
 * Node 10 way (no package "exports"), so the name is this file's path in the package.
 */
"use strict";
const plugin = require("../dist/compiler/plugin/ts-plugin.js");
// tsserver calls the module itself: the factory, with the helpers on it for tests
module.exports = Object.assign((modules) => plugin.init(modules), plugin);
