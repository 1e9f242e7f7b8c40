import { structArray, u8, u16, u32, i32 } from "riotscript";

const enum PeerState { Free, Probing, Up, Down }

class Peer {
    id: u16 = 0;
    state: PeerState = PeerState.Free;
    rssi: i32 = 0;
    seen: u32 = 0;
    missed: u8 = 0;

    update(rssi: i32): void {
        this.rssi = i32((this.rssi * 3 + rssi) >> 2);
        this.seen = u32(this.seen + 1);
        this.missed = 0;
        this.state = PeerState.Up;
    }

    tick(): void {
        if (this.state === PeerState.Free) {
            return;
        }
        this.missed = u8(this.missed + 1);
        if (this.missed > 2) {
            this.state = PeerState.Down;
        }
    }
}

const peers = structArray(Peer, 8);
const ids = [17, 4, 17, 99, 250, 4, 17, 31, 77, 12, 5, 6, 99] as const;

function findOrAdd(id: u16): i32 {
    let free = -1;
    for (let i = 0; i < peers.length; i++) {
        if (peers[i].state !== PeerState.Free && peers[i].id === id) {
            return i;
        }
        if (free < 0 && peers[i].state === PeerState.Free) {
            free = i;
        }
    }
    if (free >= 0) {
        peers[free].id = id;
        peers[free].state = PeerState.Probing;
        peers[free].rssi = -90;
    }
    return free;
}

function countIn(s: PeerState): i32 {
    let n = 0;
    for (const p of peers) {
        if (p.state === s) n = i32(n + 1);
    }
    return n;
}

export function main(): number {
    console.log(`peers ${peers.length} free ${countIn(PeerState.Free)}`);
    for (let k = 0; k < ids.length; k++) {
        const slot = findOrAdd(ids[k]);
        if (slot >= 0) {
            peers[slot].update(-40 - k * 3);
        }
        console.log(`rx id=${ids[k]} slot=${slot}`);
        if ((k % 4) === 3) {
            for (const p of peers) {
                p.tick();
            }
        }
    }
    for (let i = 0; i < peers.length; i++) {
        console.log(`[${i}] id=${peers[i].id} st=${peers[i].state} rssi=${peers[i].rssi} seen=${peers[i].seen} missed=${peers[i].missed}`);
    }
    console.log(`up=${countIn(PeerState.Up)} down=${countIn(PeerState.Down)} probing=${countIn(PeerState.Probing)}`);
    for (let round = 0; round < 2; round++) {
        for (const p of peers) {
            p.tick();
        }
        peers[round + 5].update(-30);
        console.log(`round ${round}: up=${countIn(PeerState.Up)} down=${countIn(PeerState.Down)}`);
    }
    let total: u32 = 0;
    for (const p of peers) {
        total = u32(total + p.seen);
    }
    console.log(`total seen ${total}`);
    return 0;
}
