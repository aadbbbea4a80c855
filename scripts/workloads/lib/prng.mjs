/**
 * A small seeded random source. Every generated file must be byte-identical for one seed, so
 * nothing here reads the clock or Math.random.
 */

/** mulberry32: a 32-bit state, a few multiplies per draw; fast enough for a million rows. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, so a named sub-stream gets its own seed. */
function hashLabel(label) {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const HEX = '0123456789abcdef';
/** Two hex digits for each byte value: hex8 runs three times per W3 row. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Rng {
  /** @param {number} seed */
  constructor(seed) {
    this.seed = seed >>> 0;
    this.next = mulberry32(this.seed);
  }

  /**
   * An independent stream for one part of a file. Sections draw from their own stream so that
   * adding a row in one section does not reshuffle every other section.
   */
  fork(label) {
    return new Rng((this.seed ^ hashLabel(label)) >>> 0);
  }

  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One element, drawn by weight: `[[value, weight], …]`. */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }

  /** A string of n characters from an alphabet. */
  chars(alphabet, n) {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  hex(n) {
    return this.chars(HEX, n);
  }

  upperAlnum(n) {
    return this.chars(UPPER_ALNUM, n);
  }

  base32(n) {
    return this.chars(BASE32, n);
  }

  alnum(n) {
    return this.chars(ALNUM, n);
  }

  digits(n) {
    return this.chars('0123456789', n);
  }

  /** 32 random bits as 8 lower-case hex digits. */
  hex8() {
    const x = (this.next() * 4294967296) >>> 0;
    return (
      BYTE_HEX[x >>> 24] +
      BYTE_HEX[(x >>> 16) & 255] +
      BYTE_HEX[(x >>> 8) & 255] +
      BYTE_HEX[x & 255]
    );
  }

  /** A version-4 shaped GUID, lower case as Graph writes them; four draws, fast enough for W3. */
  uuid() {
    const a = this.hex8();
    const b = this.hex8();
    const c = this.hex8();
    const d = this.hex8();
    const variant = '89ab'[parseInt(c[0], 16) & 3];
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
  }

  /** A shuffled copy. */
  shuffle(items) {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
