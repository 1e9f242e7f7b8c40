import { i32 } from "riotscript";
import { Device, bootCount, bus } from "./lib-init-log";

// Helper module for b-init-order.ts: its module-level object depends on values that
// lib-init-log.ts computed while it was initialised.
export const sensor = new Device(i32(bootCount + bus.id));
export const SENSOR_LABEL = "temperature";
