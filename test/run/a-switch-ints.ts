import { u8, i32 } from "riotscript";

// switch on integers: shared case labels, default in the middle, break and return.

const enum Kind { Small = 1, Medium = 2, Large = 3 }

function name(x: i32): i32 {
    switch (x) {
    case 0:
        return 100;
    case 1:
    case 2:
    case 3:
        return i32(200 + x);
    default:
        return -1;
    case -1:
        return 300;
    case 2147483647:
    case -2147483648:
        return 400;
    }
}

function kindOf(size: u8): Kind {
    let k: Kind = Kind.Small;
    switch (size >> 4) {
    case 0:
        k = Kind.Small;
        break;
    case 1:
    case 2:
        k = Kind.Medium;
        break;
    default:
        k = Kind.Large;
        break;
    }
    return k;
}

function days(month: i32): i32 {
    let d = 0;
    switch (month) {
    case 2:
        d = 28;
        break;
    case 4:
    case 6:
    case 9:
    case 11:
        d = 30;
        break;
    default:
    case 1:
        d = 31;
    }
    return d;
}

export function main(): number {
    for (let x = -2; x <= 4; x++) {
        console.log(`name ${x} = ${name(x)}`);
    }
    console.log(`extremes ${name(2147483647)} ${name(-2147483648)}`);
    for (let s = 0; s < 256; s += 15) {
        console.log(`kind ${s} = ${kindOf(s)}`);
    }
    let total = 0;
    for (let m = 0; m <= 13; m++) {
        total = i32(total + days(m));
        console.log(`days ${m} = ${days(m)}`);
    }
    console.log(`total ${total}`);
    let state = 0;
    let steps = 0;
    while (state !== 9 && steps < 20) {
        switch (state) {
        case 0: state = 3; break;
        case 3: state = steps > 4 ? 9 : 5; break;
        case 5: state = 0; break;
        default: state = 9;
        }
        steps++;
        console.log(`state ${state}`);
    }
    return 0;
}
