// Regression: a second 'const' name for an object ('const p = peers[i]', 'const q = single')
// crashed the compiler (RS9001 "unresolved identifier 'p'"). It is now a supported alias: a
// pointer to the same object.
import { structArray, i32 } from "riotscript";

class Peer {
    x: i32 = 0;
}

const peers = structArray(Peer, 4);
const single = new Peer();

export function main(): number {
    for (let i = 0; i < peers.length; i++) {
        const p = peers[i];
        console.log(`${p.x}`);
    }
    const q = single;
    console.log(`${q.x}`);
    return 0;
}
