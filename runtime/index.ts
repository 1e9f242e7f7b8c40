/**
 * The package entry for Node: the firmware API, running on real sockets unless a test
 * harness installed another backend first.
 */
import { backendInstalled, installBackend } from "./api/platform";
import { nodeBackend } from "./node/backend";

if (!backendInstalled()) {
    installBackend(nodeBackend);
}

export * from "./api/index";
