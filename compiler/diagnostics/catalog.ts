/**
 * Every diagnostic riotscript can report, with its stable code, its message and what to
 * write instead. Codes are grouped by range:
 *
 * - RS1xxx: TypeScript syntax outside the subset
 * - RS2xxx: types outside the subset
 * - RS3xxx: use of the RIOT API (storage, handlers, arguments)
 * - RS4xxx: program structure (entry point, modules)
 * - RS5xxx: command line and files
 * - RS9xxx: internal errors (a bug in riotscript)
 *
 * `{0}`, `{1}` in a message are filled with the diagnostic's arguments.
 */

export interface MessageDef {
    readonly code: number;
    readonly message: string;
    readonly hint: string;
}

export const catalog = {
    // --- RS1xxx: syntax outside the subset ---------------------------------------------
    VarDeclaration: {
        code: 1001,
        message: "'var' declarations are not supported.",
        hint: "Use 'let' for a variable that changes and 'const' for one that does not.",
    },
    EvalCall: {
        code: 1002,
        message: "'eval' cannot be compiled: firmware has no JavaScript engine.",
        hint: "Write the code directly; riotscript compiles it ahead of time.",
    },
    UnsupportedSyntax: {
        code: 1003,
        message: "{0} is not supported in riotscript.",
        hint: "{1}",
    },
    ClosureAsHandler: {
        code: 1004,
        message: "A function expression cannot be used as a handler or callback.",
        hint: "Declare a top-level 'function' and pass its name; keep state it needs in "
            + "module-level objects.",
    },
    NestedFunction: {
        code: 1005,
        message: "Functions must be declared at the top level of a module.",
        hint: "Move 'function {0}' to the top level; C has no closures, so it cannot capture "
            + "local variables.",
    },
    ClassInheritance: {
        code: 1006,
        message: "Class inheritance ('extends') is not supported.",
        hint: "Use composition: give the class a field of the other class's type.",
    },
    LooseEquality: {
        code: 1007,
        message: "'{0}' is not supported, because its coercions differ from C's.",
        hint: "Use '{1}'.",
    },
    AssignmentInExpression: {
        code: 1008,
        message: "An assignment can only be used as a statement.",
        hint: "Assign on its own line, then use the variable.",
    },
    EvaluationOrder: {
        code: 1009,
        message: "This expression calls a function and also reads or calls something else; "
            + "C does not fix the order in which they happen, JavaScript does.",
        hint: "Call the function in its own statement first: 'const r = f(); ... r ...'.",
    },
    DeclarationInCase: {
        code: 1010,
        message: "A declaration directly inside a 'case' clause is not supported.",
        hint: "Wrap the clause's statements in braces: 'case 1: { const x = ...; break; }'.",
    },
    // --- RS2xxx: types ------------------------------------------------------------------
    AnyType: {
        code: 2001,
        message: "The type 'any' is not supported: every value needs a fixed C type.",
        hint: "Write the concrete type, for example 'UdpSock', 'number' or 'Uint8Array'.",
    },
    DynamicArrayLength: {
        code: 2002,
        message: "The length of a typed array must be a compile-time constant.",
        hint: "Write a number literal or a 'const' initialised with one, e.g. "
            + "'new Uint8Array(128)'. Firmware has no heap.",
    },
    ArrayLengthRange: {
        code: 2009,
        message: "A typed array's length must be a whole number from 1 to 2147483647; this one is {0}.",
        hint: "C has no arrays of length 0 (or of a fraction); a buffer that may hold nothing still needs room "
            + "for one element, and its length in a separate 'let'.",
    },
    ViewElementMismatch: {
        code: 2008,
        message: "'{0}' holds {1} values, but parameter '{2}' takes {3}.",
        hint: "The function gets a pointer to the array itself, so the element types must be the same: write the "
            + "parameter as '{4}'. (An 'as const' table's element type is the smallest that holds its values.)",
    },
    ClassHoldsItself: {
        code: 2007,
        message: "Class '{0}' holds an object of its own class through field '{1}' ({2}).",
        hint: "C has no size for such a struct, and in Node its constructor never ends. Keep the objects in a "
            + "structArray and hold an index into it instead.",
    },
    UnsupportedType: {
        code: 2003,
        message: "The type '{0}' is not supported here.",
        hint: "{1}",
    },
    UnknownApi: {
        code: 2004,
        message: "'{0}' is not part of the riotscript API and has no C equivalent.",
        hint: "{1}",
    },
    UnsupportedOperator: {
        code: 2005,
        message: "The operator '{0}' is not supported on {1}.",
        hint: "{2}",
    },
    NotACompileTimeString: {
        code: 2006,
        message: "This must be a string literal, or a 'const' initialised with one.",
        hint: "Write the text in quotes: the C function needs text fixed at compile time.",
    },
    // --- RS21xx: numbers with the same value in Node and in C ------------------------------
    IntegerMayNotFit: {
        code: 2101,
        message: "This value can be {0}, which does not fit in {1} ({2}..{3}). JavaScript "
            + "would keep {0}; C would wrap it.",
        hint: "Wrap it on purpose with {4}(...), or test the range first (for example "
            + "'if (x < {3})').",
    },
    CharIndexRange: {
        code: 2108,
        message: "'{0}.charCodeAt' may read index {1}, outside the string ({2} characters): JavaScript "
            + "gives NaN there, and no C integer holds NaN.",
        hint: "Test the index first ('if (i < {0}.length)'), or keep the text as bytes, "
            + "'const T = bytes(...)', and read T[i] (checked like any array).",
    },
    TextNotAscii: {
        code: 2109,
        message: "{0} takes ASCII text here; this text has characters beyond it.",
        hint: "{1}",
    },
    /** IntegerMayNotFit on a counter (`n++`, `n += 1`): the two Node-equal ways to write one. */
    CounterMayNotFit: {
        code: 2101,
        message: "This value can be {0}, which does not fit in {1} ({2}..{3}). JavaScript "
            + "would keep {0}; C would wrap it.",
        hint: "For a counter that wraps at the top, as C's does, write '{5} = {4}({5} + 1)' ({4}() "
            + "wraps in Node too); for one that stops there, 'if ({5} < {3}) {5}++'.",
    },
    IntegerPrecision: {
        code: 2102,
        message: "This integer expression can reach {0}, beyond 2^53, where JavaScript numbers "
            + "stop being exact.",
        hint: "Use Math.imul(a, b) for 32-bit multiplication, or narrow an operand with "
            + "u32(...)/i32(...).",
    },
    IntegerDivision: {
        code: 2103,
        message: "'/' on integers gives a fraction in JavaScript.",
        hint: "Write Math.trunc(a / b) or Math.floor(a / b) for integer division, "
            + "'(a / b) | 0' to wrap to 32 bits, or f64(a) / f64(b) for a fraction.",
    },
    DivisorMayBeZero: {
        code: 2104,
        message: "The divisor can be zero: JavaScript gives {0} there.",
        hint: "Test it first, for example 'if (d > 0) { ... }', or divide by a non-zero "
            + "constant. Tests count for locals and parameters: copy a module-level variable or a "
            + "field into a 'const' and test that.",
    },
    /** MixedIntFloat where the float is a variable or parameter declared 'number'. */
    NumberWhereInteger: {
        code: 2105,
        message: "An integer ('{0}') is needed here, and '{1}' is a float ('number').",
        hint: "'{1}' is declared 'number' on line {2}: if it holds integers, declare it '{0}' (or "
            + "'i32', 'u32', ...); else convert it here: i32({1}) is JavaScript's ToInt32, the "
            + "integer part wrapped to 32 bits.",
    },
    MixedIntFloat: {
        code: 2105,
        message: "An integer ('{0}') and a float ('{1}') are mixed here.",
        hint: "Convert explicitly: f64(x) to compute with floats, or i32(x)/u32(x)/... for an "
            + "integer.",
    },
    FloatFormat: {
        code: 2106,
        message: "A floating-point value cannot be printed: JavaScript's shortest round-trip "
            + "format has no small C equivalent.",
        hint: "Print an integer instead, for example ${i32(x)} or a fixed-point ${i32(x * 100)}.",
    },
    NotAConstant: {
        code: 2107,
        message: "{0} must be a compile-time constant.",
        hint: "{1}",
    },
    // --- RS3xxx: the RIOT API -----------------------------------------------------------
    LocalArrayTooLarge: {
        code: 3011,
        message: "A local array of {0} bytes is too large for a thread's stack (the limit is {1} bytes).",
        hint: "Declare it at module level ('const {2} = new {3}({4})' at the top of the file): it then has static "
            + "storage. A board's main stack is 1.5 KiB on a Cortex-M0.",
    },
    ObjectNotModuleLevel: {
        code: 3001,
        message: "A {0} must be declared at module level.",
        hint: "Move 'const {1} = new {0}()' to the top of the file: RIOT keeps a pointer to "
            + "it, so it needs static storage.",
    },
    HandlerNotFunction: {
        code: 3002,
        message: "A handler must be the name of a top-level function.",
        hint: "Declare 'function {0}(sock, flags, arg)' at the top level and pass its name.",
    },
    HandlerArgUnsupported: {
        code: 3003,
        message: "The handler argument must be 'null', a module-level object of one of the program's "
            + "classes, or an element of a module-level structArray of one.",
        hint: "RIOT keeps the pointer for as long as the sock lives: declare the object at module level "
            + "('const sessions = structArray(Session, 4)') and pass 'sessions[i]'; the handler's third "
            + "parameter takes its class ('arg: Session').",
    },
    BlockingTimeout: {
        code: 3004,
        message: "Only a timeout of 0 is supported here: a blocking receive would stall the "
            + "event queue, and the Node runtime cannot block.",
        hint: "Pass 0 and receive from an event handler on MSG_RECV.",
    },
    InitializerOnly: {
        code: 3005,
        message: "'{0}' can only initialise a 'const' or 'let' declaration.",
        hint: "Write 'const ep = {0}(...)' and then use 'ep'.",
    },
    ObjectMisuse: {
        code: 3006,
        message: "This {0} cannot be {1}.",
        hint: "{2}",
    },
    BufferArgument: {
        code: 3007,
        message: "This argument must be a module-level or local typed array.",
        hint: "Pass the array variable itself, e.g. 'buf'.",
    },
    EndpointArgument: {
        code: 3008,
        message: "This argument must be an endpoint variable or 'null'.",
        hint: "Declare 'const ep = new UdpEndpoint()' and pass 'ep'.",
    },
    HandlerSignature: {
        code: 3009,
        message: "The handler '{0}' must take ({1}) and return void.",
        hint: "Declare it as 'function {0}({1}): void'.",
    },
    StackUnsupported: {
        code: 3010,
        message: "{0} is not available with {1}, the network stack riotscript builds for board {2}.",
        hint: "{3}",
    },
    // --- RS4xxx: program structure --------------------------------------------------------
    MissingMain: {
        code: 4001,
        message: "The entry file has no 'main' function.",
        hint: "Add 'export function main(): number { ... }'; it becomes the C 'main'.",
    },
    BadMainSignature: {
        code: 4002,
        message: "'main' must take no parameters and return 'number'.",
        hint: "Write 'export function main(): number'.",
    },
    Recursion: {
        code: 4004,
        message: "'{0}' calls itself{1}: riotscript does not compile recursion.",
        hint: "Its depth has no bound the compiler can see, and a board's stack is small (1.5 KiB on a Cortex-M0): "
            + "C would overflow it where Node throws a RangeError. Write it as a loop, with an array of bounded size "
            + "for what the recursion kept on the stack.",
    },
    ImportCycle: {
        code: 4005,
        message: "This import closes a cycle of modules ({0}).",
        hint: "Node would initialise one module while another's module-level values are still unset, an order C "
            + "cannot copy. Move what the modules share into a module that imports neither.",
    },
    TooDeep: {
        code: 4006,
        message: "'{0}' nests expressions or statements deeper than riotscript can follow here.",
        hint: "riotscript compiles anything TypeScript itself checks (it retries with a 256 MiB stack); past that, "
            + "split the expression or the chain of calls into steps with local variables.",
    },
    UnsupportedImport: {
        code: 4003,
        message: "Importing '{0}' is not supported.",
        hint: "Import the RIOT API from \"riotscript\"; other modules of the program are "
            + "not supported yet.",
    },
    // --- RS5xxx: command line and files ---------------------------------------------------
    FileNotFound: {
        code: 5001,
        message: "Cannot find the file '{0}'.",
        hint: "Check the path; it is resolved from the current directory.",
    },
    NotTypeScript: {
        code: 5002,
        message: "'{0}' is not a TypeScript file.",
        hint: "Pass the program's entry file, ending in '.ts'.",
    },
    // --- RS9xxx: internal -----------------------------------------------------------------
    InternalError: {
        code: 9001,
        message: "Internal compiler error: {0}",
        hint: "This is a bug in riotscript, not in your program. Please report it with "
            + "this file.",
    },
} as const satisfies Record<string, MessageDef>;

export type MessageId = keyof typeof catalog;
