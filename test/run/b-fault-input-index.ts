import { u8, u16, i32 } from "riotscript";

// A command parser that stores register writes "reg value" from an input stream. The last
// command names a register beyond the register file; the store faults.
const regs = new Uint16Array(16);
const INPUT = [
    0x01, 3, 0x12, 0x34,
    0x01, 7, 0xff, 0xff,
    0x02, 3, 0, 0,
    0x01, 15, 0x00, 0x2a,
    0x03, 0, 0, 0,
    0x02, 15, 0, 0,
    0x01, 16, 0xbe, 0xef,
    0x02, 16, 0, 0,
] as const;

function regSum(): u16 {
    let s: u16 = 0;
    for (const r of regs) {
        s = u16(s + r);
    }
    return s;
}

export function main(): number {
    for (let pc = 0; pc < INPUT.length - 3; pc += 4) {
        const op = INPUT[pc];
        const reg = INPUT[pc + 1];
        const value = u16((INPUT[pc + 2] << 8) | INPUT[pc + 3]);
        switch (op) {
            case 0x01:
                console.log(`write r${reg} = ${value}`);
                regs[reg] = value;
                break;
            case 0x02:
                console.log(`read r${reg} -> ${regs[reg]}`);
                break;
            case 0x03:
                console.log(`sum ${regSum()}`);
                break;
            default:
                console.log(`bad op ${op}`);
        }
    }
    console.log(`done`);
    return 0;
}
