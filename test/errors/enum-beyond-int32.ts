// A C enum constant is an int: 4294967295 would print as -1 in C and 4294967295 in Node.
enum E {
    B = -1,
    C = 4294967295, //! RS2003 col 5
}
export function main(): number {
    console.log(`${E.B}`);
    return 0;
}
