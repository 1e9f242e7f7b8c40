// A constant length that is no length: its own message (RS2009), not "not a constant" (RS2002)
const empty = new Uint8Array(0); //! RS2009 col 30
const EMPTY = 0;
const alsoEmpty = new Uint16Array(EMPTY); //! RS2009 col 35
export function main(): number {
    return empty.length + alsoEmpty.length;
}
