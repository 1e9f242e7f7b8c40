import { i32 } from "riotscript";

// Helper module for b-multi-sensor.ts: unit conversions and a calibration table.
export const enum Unit { Raw, MilliCelsius, DeciPercent }

export const CAL_OFFSETS = [-12, 4, 0, 9] as const;

export function toMilliCelsius(raw: i32): i32 {
    // 12-bit ADC, 0..4095 -> -40000..85000
    return i32(-40000 + Math.trunc(Math.imul(raw, 125000) / 4095));
}

export function toDeciPercent(raw: i32): i32 {
    return Math.trunc(Math.imul(raw, 1000) / 4095);
}

export function convert(u: Unit, raw: i32): i32 {
    switch (u) {
        case Unit.MilliCelsius:
            return toMilliCelsius(raw);
        case Unit.DeciPercent:
            return toDeciPercent(raw);
        default:
            return raw;
    }
}
