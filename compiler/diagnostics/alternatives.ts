/**
 * What to write instead of a name outside the riotscript API (RS2004), for the names people
 * reach for first: Node's Buffer methods, DataView, timers, Math, strings.
 */
const BY_NAME: readonly [RegExp, string][] = [
    [/^(slice|subarray)$/, "For a part of a buffer without a copy, take a view: buf.subarray(start, end)."],
    [/^(readUInt16BE|readUint16BE|getUint16)$/, "readU16BE(buf, offset) from \"riotscript\" (readU16LE for little-endian)."],
    [/^(readUInt32BE|readUint32BE|getUint32)$/, "readU32BE(buf, offset) from \"riotscript\" (readU32LE for little-endian)."],
    [/^(readUInt16LE|readUint16LE)$/, "readU16LE(buf, offset) from \"riotscript\"."],
    [/^(readUInt32LE|readUint32LE)$/, "readU32LE(buf, offset) from \"riotscript\"."],
    [/^(writeUInt16BE|writeUint16BE|setUint16)$/, "writeU16BE(buf, offset, value) from \"riotscript\" (writeU16LE for little-endian)."],
    [/^(writeUInt32BE|writeUint32BE|setUint32)$/, "writeU32BE(buf, offset, value) from \"riotscript\" (writeU32LE for little-endian)."],
    [/^(writeUInt16LE|writeUint16LE)$/, "writeU16LE(buf, offset, value) from \"riotscript\"."],
    [/^(writeUInt32LE|writeUint32LE)$/, "writeU32LE(buf, offset, value) from \"riotscript\"."],
    [/^(readUInt8|readUint8|getUint8|readInt8|getInt8)$/, "Index the array: buf[i] (an Int8Array for signed bytes)."],
    [/^(writeUInt8|writeUint8|setUint8|writeInt8|setInt8)$/, "Assign to the element: buf[i] = value."],
    [/^DataView$/, "'const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)' inside a function (getUint16, setInt32, ..., with a constant littleEndian), or readU16BE/readU32BE/writeU16BE/writeU32BE from \"riotscript\" on the Uint8Array itself."],
    [/^(set|copyWithin|copy)$/, "dst.set(src, offset) copies a typed array into another of the same element type (memcpy); for other values, a loop."],
    [/^(now)$/, "ztimerNow(Clock.MSEC) (RIOT's ZTIMER_MSEC), or Clock.USEC for microseconds."],
    [/^(setTimeout|setInterval|clearTimeout|clearInterval)$/, "An EventTimeout (once) or a PeriodicCallback (repeatedly) on the event queue."],
    [/^(error|warn|info|debug|trace)$/, "console.log: RIOT has one console (stdio)."],
    [/^random$/, "riotscript has no random source yet; a xorshift or LCG in u32 arithmetic gives the same numbers in Node and C."],
    [/^(TextDecoder|decode)$/, "Text stays bytes: compare a view with bytesEqual(view, \"GET\"); parse digits by hand (buf[i] - 48)."],
    [/^(indexOf|findIndex)$/, "Find it with a loop: for (let i = 0; i < a.length; i++) if (a[i] === x) ... (=== on objects is identity)."],
    [/^(parseInt|parseFloat|Number|toString|toFixed|String|JSON|stringify|parse|isNaN|isFinite)$/,
        "Format with a template literal, `${x}`; parse digits by hand (buf[i] - 48)."],
    [/^(push|pop|shift|unshift|splice|map|filter|forEach|reduce|includes|find|join|some|every)$/,
        "Arrays have a fixed length: a typed array with a count in a 'let', and a for loop."],
    [/^(charCodeAt|length)$/,
        "'.length' and 'charCodeAt(i)' work on a literal or a 'const' string; other text is bytes: 'const T = bytes(\"...\")'."],
    [/^(Map|Set|WeakMap|Array|Object)$/, "No heap: a structArray(C, n) of a class with a 'used' flag, or typed arrays with a count."],
    [/^(Date)$/, "ztimerNow(Clock.MSEC) (RIOT's ZTIMER_MSEC), or Clock.USEC for microseconds."],
    [/^(TextEncoder|encode|encodeInto|written)$/,
        "bytes(\"text\") from \"riotscript\" makes a table of its UTF-8 bytes; writeText(buf, offset, `t=${v}`) formats into a buffer."],
    [/^(split|substring|startsWith|endsWith|trim|concat|localeCompare|padStart|padEnd)$/,
        "Text is bytes: compare with bytesEqual(view, \"GET\"), read bytes by index, format with writeText(buf, offset, `...`)."],
    [/^(round)$/, "Math.round takes a float (number); for integers it is the value itself."],
    [/^(pow|exp|log|sin|cos|tan|atan2|hypot|cbrt|sign|fround|clz32)$/,
        "Not bound: the subset has Math.abs, min, max, floor, ceil, trunc, round, sqrt and imul."],
];

/** The hint for RS2004 on `name` (`Math.random`, `buf.readUInt16BE`, `Date.now`, ...). */
export function alternativeFor(name: string): string {
    const last = name.split(".").pop() ?? name;
    for (const [re, hint] of BY_NAME) {
        if (re.test(last)) {
            return hint;
        }
    }
    return GENERIC_ALTERNATIVE;
}

/** What alternativeFor says when it knows nothing better. */
export const GENERIC_ALTERNATIVE = "See docs/api.md for what each riotscript class offers.";
