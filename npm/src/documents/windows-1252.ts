// Some Node releases (20.x among them) decode windows-1252 as ISO-8859-1: bytes 0x80-0x9F come out
// as C1 control characters instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, which
// is exactly where Word's curly quotes and dashes live. The WHATWG Encoding Standard's table for
// those 32 bytes repairs the decoder's output where the runtime has the bug; browsers do not.

const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

let broken: boolean | undefined;

/** Whether this runtime's TextDecoder maps byte 0x80 of windows-1252 to U+0080 instead of €. */
function runtimeIsBroken(): boolean {
  broken ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€';
  return broken;
}

/** Text decoded as windows-1252 by TextDecoder, with the runtime's C1 mistake undone. */
export function repairWindows1252(text: string): string {
  if (!runtimeIsBroken()) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}
