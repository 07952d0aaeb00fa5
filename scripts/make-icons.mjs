// Draws the toolbar icon (a white message bubble on a blue rounded square) at the sizes the
// stores ask for, as PNG files in public/icon/. Run again after changing the drawing.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 98, 214];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideTail(x, y) {
  // A triangle under the bubble's lower left, in units of the icon's width.
  const [ax, ay, bx, by, cx, cy] = [0.3, 0.66, 0.46, 0.66, 0.26, 0.84];
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function colorAt(x, y) {
  if (!insideRoundedRect(x, y, 0, 0, 1, 1, 0.22)) return null;

  const inDot = [0.34, 0.5, 0.66].some((dx) => (x - dx) ** 2 + (y - 0.47) ** 2 <= 0.055 ** 2);
  const inBubble = insideRoundedRect(x, y, 0.16, 0.24, 0.84, 0.7, 0.12) || insideTail(x, y);
  return inBubble && !inDot ? WHITE : BLUE;
}

function pixel(size, px, py) {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const color = colorAt(
        (px + (sx + 0.5) / SUPERSAMPLE) / size,
        (py + (sy + 0.5) / SUPERSAMPLE) / size,
      );
      if (!color) continue;
      r += color[0];
      g += color[1];
      b += color[2];
      a += 1;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [r / a, g / a, b / a, (255 * a) / SUPERSAMPLE ** 2].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(
      Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(size, x, y)).flat()]),
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('icons written to public/icon/');
