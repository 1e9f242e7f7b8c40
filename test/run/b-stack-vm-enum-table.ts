// Regression: a module-level 'as const' table whose elements are enum members crashed the
// compiler (RS9001 "unresolved identifier 'PROGRAM'"). b-stack-vm.ts is the same machine with
// the table written in plain numbers.
import { u8, i32 } from "riotscript";

// A tiny stack machine: const enum opcodes, a switch dispatch, an Int32Array stack.
const enum Op {
    Halt = 0,
    Push = 1,
    Add = 2,
    Sub = 3,
    Mul = 4,
    Dup = 5,
    Swap = 6,
    Jnz = 7,
    Dec = 8,
    Print = 9,
    Drop = 10,
    Over = 11,
}

// sum of 1..10: [s n] -> [s+n n-1] until n is 0
const PROGRAM = [
    Op.Push, 0, Op.Push, 10,
    Op.Swap, Op.Over, Op.Add, Op.Swap, Op.Dec, Op.Dup, Op.Jnz, 4,
    Op.Drop, Op.Print, Op.Halt,
] as const;

class Machine {
    readonly stack = new Int32Array(16);
    sp: i32 = 0;
    steps: i32 = 0;
    halted: boolean = false;

    push(v: i32): void {
        if (this.sp < this.stack.length) {
            this.stack[this.sp] = v;
            this.sp = i32(this.sp + 1);
        }
    }

    pop(): i32 {
        if (this.sp <= 0) {
            return 0;
        }
        this.sp = i32(this.sp - 1);
        return this.stack[this.sp];
    }

    top(): i32 {
        return this.sp > 0 ? this.stack[this.sp - 1] : 0;
    }
}

const code = new Uint8Array(64);
let codeLen = 0;

function emit(op: Op): void {
    if (codeLen < code.length) {
        code[codeLen] = op;
        codeLen = i32(codeLen + 1);
    }
}

function emitArg(v: u8): void {
    if (codeLen < code.length) {
        code[codeLen] = v;
        codeLen = i32(codeLen + 1);
    }
}

function run(m: Machine, maxSteps: i32): void {
    let pc = 0;
    while (!m.halted && m.steps < maxSteps && pc < codeLen) {
        const op: Op = code[pc];
        pc = i32(pc + 1);
        m.steps = i32(m.steps + 1);
        switch (op) {
            case Op.Halt:
                m.halted = true;
                break;
            case Op.Push:
                m.push(code[pc]);
                pc = i32(pc + 1);
                break;
            case Op.Add: {
                const b = m.pop();
                const a = m.pop();
                m.push(i32(a + b));
                break;
            }
            case Op.Sub: {
                const b = m.pop();
                const a = m.pop();
                m.push(i32(a - b));
                break;
            }
            case Op.Mul: {
                const b = m.pop();
                const a = m.pop();
                m.push(Math.imul(a, b));
                break;
            }
            case Op.Dup:
                m.push(m.top());
                break;
            case Op.Swap: {
                const b = m.pop();
                const a = m.pop();
                m.push(b);
                m.push(a);
                break;
            }
            case Op.Jnz: {
                const target = code[pc];
                pc = i32(pc + 1);
                const v = m.pop();
                if (v !== 0) {
                    pc = target;
                }
                break;
            }
            case Op.Dec:
                m.push(i32(m.pop() - 1));
                break;
            case Op.Print:
                console.log(`  print ${m.top()} (sp=${m.sp})`);
                break;
            case Op.Over: {
                const b = m.pop();
                const a = m.pop();
                m.push(a);
                m.push(b);
                m.push(a);
                break;
            }
            case Op.Drop:
                m.pop();
                break;
            default:
                console.log(`  bad opcode ${op} at ${pc - 1}`);
                m.halted = true;
        }
    }
}

export function main(): number {
    console.log(`opcodes Push=${Op.Push} Jnz=${Op.Jnz} Print=${Op.Print} table=${PROGRAM.length}`);
    // factorial of 7: [acc n] -> [acc*n n-1] until n is 0
    emit(Op.Push); emitArg(1);
    emit(Op.Push); emitArg(7);
    const loop = codeLen;
    emit(Op.Swap);
    emit(Op.Over);
    emit(Op.Mul);
    emit(Op.Print);
    emit(Op.Swap);
    emit(Op.Dec);
    emit(Op.Dup);
    emit(Op.Jnz); emitArg(u8(loop));
    emit(Op.Drop);
    emit(Op.Print);
    emit(Op.Halt);
    console.log(`code length ${codeLen}`);
    const m = new Machine();
    run(m, 500);
    console.log(`halted=${m.halted} steps=${m.steps} sp=${m.sp} result=${m.top()}`);
    // the static PROGRAM table, copied and run on a fresh machine
    codeLen = 0;
    for (let i = 0; i < PROGRAM.length; i++) {
        emitArg(PROGRAM[i]);
    }
    emitArg(99);
    emitArg(Op.Push);
    emitArg(5);
    emitArg(Op.Print);
    emitArg(99);
    const m2 = new Machine();
    run(m2, 100);
    console.log(`m2 halted=${m2.halted} steps=${m2.steps} sp=${m2.sp} top=${m2.top()}`);
    return 0;
}
