/**
 * The one place that decides C names. TypeScript names are kept; only a name that would
 * clash with a C keyword or with a C identifier the file itself uses gets a trailing `_`.
 */
import { Func, Var } from "../ir/ir";

const C_KEYWORDS = new Set(("auto break case char const continue default do double else enum "
    + "extern float for goto if inline int long register restrict return short signed sizeof "
    + "static struct switch typedef union unsigned void volatile while _Alignas _Alignof _Atomic "
    + "_Bool _Complex _Generic _Imaginary _Noreturn _Static_assert _Thread_local bool true false "
    + "NULL main errno stdin stdout stderr printf puts assert floor trunc sqrt ceil fabs fmod isfinite "
    + "NAN INFINITY abs exit malloc free memset memcpy strlen self div ldiv labs atoi atol strtol rand srand "
    + "abort calloc realloc qsort bsearch memcmp memmove strcmp strncmp strcpy strncpy strcat sprintf "
    + "snprintf fprintf putchar getchar time clock signal raise read write open close send recv socket "
    + "bind listen accept connect htons htonl ntohs ntohl sleep usleep random index select poll").split(" "));

/** A C identifier for a TypeScript name: kept, unless C reserves it (keywords, `*_t` types). */
export function cIdent(name: string): string {
    return C_KEYWORDS.has(name) || /_t$/.test(name) || /^_/.test(name) ? `${name}_` : name;
}

export class Names {
    private readonly names = new Map<Var | Func, string>();

    /** `external`: every C identifier the emitted file refers to (functions, macros). */
    constructor(private readonly external: ReadonlySet<string>) {}

    of(x: Var | Func): string {
        let name = this.names.get(x);
        if (name === undefined) {
            name = x.name;
            const isMain = "isMain" in x && x.isMain;
            const receiver = "isReceiver" in x && x.isReceiver;
            if (!isMain && !receiver && (cIdent(name) !== name || this.external.has(name))) {
                name += "_";
            }
            this.names.set(x, name);
        }
        return name;
    }
}
