/**
 * The one place that decides C names. TypeScript names are kept where C cannot confuse
 * them with anything a header declares, on any board; every other name gets the prefix
 * `rs_`, which no header uses. Whether a name is safe follows from its shape and from where
 * it is declared, because the identifiers of C headers have shapes of their own:
 *
 * - object-like macros are ALL_CAPS (PORT, LINE_MAX, EOF) or start with two capitals
 *   (PRId32, M_PIf), and a few are lowercase (errno, stdin, linux, unix): such a name is prefixed
 *   wherever it is declared;
 * - RIOT's and the vendors' functions, types and constants are module_prefixed snake_case,
 *   `_t` typedefs, CMSIS PascalCase (Port, SysTick_Config) or ALL_CAPS, and glibc has
 *   snake_case macros (st_mtime): snake_case names are prefixed wherever they are declared,
 *   file-scope names of the other shapes too;
 * - the C library's and POSIX's own names are single lowercase words (remove, round, pow,
 *   fopen), and a few of RIOT's packages use camelCase (tinydtls's rijndaelEncrypt) or single
 *   words (equals): file-scope names in cnames.json, generated from the headers themselves
 *   (glibc's, newlib's, and RIOT's for a set of boards), are prefixed;
 * - names reserved to the implementation (a leading `_`, any `__`) and C's keywords are
 *   prefixed.
 *
 * The prefix makes the mapping one to one: a TypeScript name that starts with `rs_` is
 * prefixed too. test/names.test.ts proves the scheme against the headers themselves (and,
 * with RIOTBASE, against every macro and declaration of the boards' headers).
 */
import { Func, Var } from "../ir/ir";
import LIBRARY from "./cnames.json";

export const PREFIX = "rs_";

/** Where a name is declared, which decides what it can be confused with. */
export type NameKind = "global" | "function" | "local" | "field" | "type";

const KEYWORDS = new Set(("auto break case char const continue default do double else enum extern float for goto if "
    + "inline int long register restrict return short signed sizeof static struct switch typedef union unsigned void "
    + "volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn _Static_assert "
    + "_Thread_local asm typeof bool true false NULL main self").split(" "));

/** The lowercase object-like macros of C and of the compilers (errno, stdin, linux): they replace a name anywhere. */
const LOWERCASE_MACROS: ReadonlySet<string> = new Set(LIBRARY.macros);

const library: ReadonlySet<string> = new Set(LIBRARY.names);

/** What RIOT's and its packages' headers declare in shapes that are otherwise kept (equals, rijndaelEncrypt). */
const riot: ReadonlySet<string> = new Set(LIBRARY.riot);

/** True if `name` must not appear in C as it is, declared as a `kind`. */
export function needsPrefix(name: string, kind: NameKind): boolean {
    if (KEYWORDS.has(name) || LOWERCASE_MACROS.has(name) || name.startsWith("_") || name.includes("__")
        || /^[a-z][A-Za-z0-9]*_/.test(name) // C's snake_case: RIOT's module_function, glibc's st_mtime, CMSIS's xPSR_Z_Msk
        || name.startsWith(PREFIX) || /^[A-Z][A-Z0-9_]*$/.test(name) || /^[A-Z][A-Z0-9_]/.test(name) || /_t$/.test(name) || /[^A-Za-z0-9_]/.test(name)) {
        return true;
    }
    switch (kind) {
    case "local":
        // CMSIS's PascalCase macros (SysTick, CoreDebug); a view parameter's length travels as `<name>_len`
        return /^[A-Z]/.test(name) || /_len$/.test(name);
    case "field":
        return /^[A-Z]/.test(name);
    case "type":
        // the struct is `<name>_t`: lowercase `_t` names are RIOT's and POSIX's
        return /^[a-z]/.test(name);
    case "global":
    case "function":
        return library.has(name) || riot.has(name)
            || /^k[A-Z]/.test(name) // NXP's SDK constants (kDmaRequestMux0Disable)
            || /^[A-Z][A-Za-z0-9]*$/.test(name) // CMSIS typedefs (Port, Tc)
            || /_[A-Z]/.test(name); // CMSIS functions (SysTick_Config)
    }
}

/** The C identifier for a TypeScript name declared as a `kind`. */
export function cIdent(name: string, kind: NameKind): string {
    return needsPrefix(name, kind) ? `${PREFIX}${name}` : name;
}

/** A method or constructor of a class whose C type base is `base` (Point → Point_add). */
export function methodName(base: string, member: string): string {
    // the base is a safe type name; a method spelled like CMSIS's (SysTick_Config) is prefixed
    const name = `${base}_${member}`;
    return /^[A-Z]/.test(member) ? `${PREFIX}${name}` : name;
}

export class Names {
    private readonly names = new Map<Var | Func, string>();

    /** `external`: every C identifier the emitted file refers to (functions, macros). */
    constructor(private readonly external: ReadonlySet<string>) {}

    of(x: Var | Func): string {
        let name = this.names.get(x);
        if (name === undefined) {
            name = this.decide(x);
            this.names.set(x, name);
        }
        return name;
    }

    private decide(x: Var | Func): string {
        if ("isMain" in x) {
            if (x.isMain) {
                return "main";
            }
            // methods and constructors are named by lowering (Point_add); they are safe
            return x.isMethod ? x.name : this.external.has(x.name) ? `${PREFIX}${x.name}` : cIdent(x.name, "function");
        }
        if (x.isReceiver) {
            return x.name;
        }
        const kind: NameKind = x.scope === "global" ? "global" : "local";
        return this.external.has(x.name) ? `${PREFIX}${x.name}` : cIdent(x.name, kind);
    }
}
