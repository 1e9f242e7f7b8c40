import { structArray, i32 } from "riotscript";
class Peer {
    port: i32 = 0;
}
export function main(): number {
    const peers = structArray(Peer, 4); //! RS1003 col 19
    return 0;
}
