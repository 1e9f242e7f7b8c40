// BUG: aliasing an object in a local 'const' (which the language rejects on purpose) crashes
// the compiler with an internal error instead of a clear diagnostic (RS3006 ObjectMisuse):
//   RS9001 Internal compiler error: unresolved identifier 'p'   (at the first use of 'p')
// Same for 'const p = a' with 'a' a module-level instance. Minimal repro:
//   class Peer { x: i32 = 0; }
//   const peers = structArray(Peer, 4);
//   ... const p = peers[i]; console.log(`${p.x}`);
// Expected: a diagnostic saying objects cannot be aliased (write peers[i].x instead).
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
