// A nullable number: the type's error says what to write; the null is no "object to create with new"
let last: number | null = null; //! RS2003 col 11
export function main(): number {
    return 0;
}
