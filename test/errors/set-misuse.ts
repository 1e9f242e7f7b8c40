import { u8 } from "riotscript";
const a = new Uint8Array(8);
const w = new Uint16Array(4);
const T = [1, 2, 3] as const;
export function main(): number {
    const x = a.set(a, 0); //! RS1003 col 15
    a.set(T, 1); //! RS1003 col 5
    a.set(w, 0); //! RS2003 col 11
    return 0;
}
