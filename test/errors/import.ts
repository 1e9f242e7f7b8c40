import { readFileSync } from "node:fs"; //! RS4003 col 30 //! TS2591 col 30
export function main(): number {
    return 0;
}
