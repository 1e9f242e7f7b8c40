// A program whose only RIOT call is credmanAddPsk (its host build lacked sock_dtls's types).
import { credmanAddPsk } from "riotscript";

export function main(): number {
    const a = credmanAddPsk(1, "key-one", "id-one");
    const again = credmanAddPsk(1, "key-two", "id-two");
    const b = credmanAddPsk(2, "key-two", "id-two");
    console.log(`${a} ${again} ${b}`);
    return 0;
}
