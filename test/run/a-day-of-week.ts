import { u8, u16, i32 } from "riotscript";

// Calendar arithmetic: day of the week (Zeller and Sakamoto), days since an epoch with
// floor division for dates before it, and the inverse conversion.

const T = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;

function sakamoto(y0: i32, m: u8, d: u8): i32 {
    if (m < 1 || m > 12) {
        return -1;
    }
    const y = m < 3 ? y0 - 1 : y0;
    return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + T[m - 1] + d) % 7;
}

function zeller(y0: i32, m0: u8, d: u8): i32 {
    const m = m0 < 3 ? m0 + 12 : m0;
    const y = m0 < 3 ? y0 - 1 : y0;
    const k = y % 100;
    const j = Math.floor(y / 100);
    const h = (d + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
    return (h + 6) % 7;
}

/** Days from 1970-01-01 (Howard Hinnant's days_from_civil). */
function daysFromCivil(y0: i32, m: u8, d: u8): i32 {
    const y = m <= 2 ? y0 - 1 : y0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = m > 2 ? m - 3 : m + 9;
    const doy = Math.trunc((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.trunc(yoe / 4) - Math.trunc(yoe / 100) + doy;
    return i32(era * 146097 + doe - 719468);
}

const dates = [1970, 1, 1, 2000, 2, 29, 1900, 3, 1, 2024, 12, 31, 1, 1, 1, 1969, 12, 31, 2038, 1, 19, 1583, 10, 15, -44, 3, 15] as const;

export function main(): number {
    for (let i = 0; i < dates.length; i += 3) {
        const y = dates[i];
        const m = u8(dates[i + 1]);
        const d = u8(dates[i + 2]);
        console.log(`${y}-${m}-${d}: sakamoto ${sakamoto(y, m, d)} zeller ${zeller(y, m, d)} days ${daysFromCivil(y, m, d)}`);
    }
    let mondays = 0;
    for (let y = 1990; y < 2010; y++) {
        for (let m = 1; m <= 12; m++) {
            if (sakamoto(y, m, 13) === 5) {
                mondays = i32(mondays + 1);
            }
        }
    }
    console.log(`friday the 13ths 1990-2009: ${mondays}`);
    return 0;
}
