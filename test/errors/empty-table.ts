// An empty table: C has no zero-length arrays (this was an internal error, RS9001).
const T = [] as const; //! RS1003 col 11
export function main(): number {
    console.log(`${T.length}`);
    return 0;
}
