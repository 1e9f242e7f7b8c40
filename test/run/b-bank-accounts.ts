import { u32, i32 } from "riotscript";

// Objects passed to functions by reference: transfers mutate both accounts, and a ledger
// object records what happened.
const enum Result { Ok, Insufficient, Frozen, Limit }

class Account {
    id: u32 = 0;
    balance: i32 = 0;
    frozen: boolean = false;
    ops: u32 = 0;

    constructor(id: u32, opening: i32) {
        this.id = id;
        this.balance = opening;
    }

    deposit(amount: i32): void {
        this.balance = i32(this.balance + amount);
        this.ops = u32(this.ops + 1);
    }
}

class Ledger {
    moved: i32 = 0;
    ok: u32 = 0;
    failed: u32 = 0;
    last: Result = Result.Ok;
}

const ledger = new Ledger();
const alice = new Account(1, 500);
const bob = new Account(2, 120);

function transfer(from: Account, to: Account, amount: i32, log: Ledger): Result {
    let r: Result = Result.Ok;
    if (amount < 0) {
        r = Result.Limit;
    } else if (from.frozen || to.frozen) {
        r = Result.Frozen;
    } else if (amount > 1000) {
        r = Result.Limit;
    } else if (from.balance < amount) {
        r = Result.Insufficient;
    } else {
        from.deposit(-amount);
        to.deposit(amount);
        log.moved = i32(log.moved + amount);
    }
    if (r === Result.Ok) {
        log.ok = u32(log.ok + 1);
    } else {
        log.failed = u32(log.failed + 1);
    }
    log.last = r;
    return r;
}

function applyInterest(a: Account, permille: i32): void {
    if (a.balance > 0) {
        a.deposit(Math.trunc(Math.imul(a.balance, permille) / 1000));
    }
}

function show(a: Account): void {
    console.log(`account ${a.id}: balance ${a.balance} ops ${a.ops} frozen ${a.frozen}`);
}

export function main(): number {
    const carol = new Account(3, 0);
    const amounts = new Int16Array(8);
    for (let i = 0; i < amounts.length; i++) {
        amounts[i] = Math.imul(i + 1, 45);
    }
    for (let i = 0; i < amounts.length; i++) {
        const r1 = transfer(alice, bob, amounts[i], ledger);
        const r2 = transfer(bob, carol, amounts[i] >> 1, ledger);
        console.log(`round ${i}: ${amounts[i]} a->b ${r1}, ${amounts[i] >> 1} b->c ${r2}`);
    }
    show(alice);
    show(bob);
    show(carol);
    bob.frozen = true;
    const r3 = transfer(carol, bob, 10, ledger);
    const r4 = transfer(carol, alice, 5000, ledger);
    console.log(`frozen -> ${r3}, limit -> ${r4}`);
    for (let y = 0; y < 3; y++) {
        applyInterest(alice, 25);
        applyInterest(bob, 25);
        applyInterest(carol, 25);
    }
    show(alice);
    show(bob);
    show(carol);
    const total = i32(alice.balance + bob.balance + carol.balance);
    console.log(`ledger moved ${ledger.moved} ok ${ledger.ok} failed ${ledger.failed} last ${ledger.last} total ${total}`);
    return 0;
}
