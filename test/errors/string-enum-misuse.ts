enum Light { Red = "red", Green = "green" }
enum Mixed { A = "a", B = 2 } //! RS2003 col 27
let l = Light.Red;
export function main(): number {
    if (l < Light.Green) { //! RS2005 col 11
        l = Light.Green;
    }
    const s = Mixed.A;
    console.log(`${l}`);
    return 0;
}
