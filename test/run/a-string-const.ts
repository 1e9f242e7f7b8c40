// Regression test (fixed in the compiler).
// Was a bug: a module-level string constant, which template literals may interpolate, is emitted
// with the qualifier twice and the host build fails:
//   static const const char * NAME = "probe";
//   error: duplicate 'const' declaration specifier [-Werror=duplicate-decl-specifier]
// (The global's 'const' plus the str type's own "const char *".) Minimal repro:
//   const NAME = "probe";
//   export function main(): number { console.log(`${NAME} 1`); return 0; }
// Node prints "probe 1". Expected: `static const char *const NAME = "probe";`.
import { u8, i32 } from "riotscript";

const NAME = "sensor";
const UNIT = "mV";

function level(mv: i32): i32 {
    return mv < 1000 ? 0 : mv < 3000 ? 1 : 2;
}

export function main(): number {
    for (let mv = 0; mv <= 4000; mv += 900) {
        console.log(`${NAME}: ${mv} ${UNIT} level ${level(mv)} ${mv > 2000 ? "high" : "low"}`);
    }
    return 0;
}
