// Writes build/icon.png (512×512): a white heart on a teal rounded square. Node + zlib only, so
// the icon can be regenerated offline: `node build/make-icon.ts`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis, for smooth edges
const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.22, half = 0.47; // centre-relative units: the square spans ±half
  const dx = Math.max(Math.abs(x) - (half - r), 0);
  const dy = Math.max(Math.abs(y) - (half - r), 0);
  return dx * dx + dy * dy <= r * r;
}

function inHeart(x: number, y: number): boolean {
  const u = x / 0.22, v = -(y - 0.015) / 0.22; // (x² + y² − 1)³ − x²y³ ≤ 0, scaled and centred
  const a = u * u + v * v - 1;
  return a * a * a - u * u * v * v * v <= 0;
}

function pixel(px: number, py: number): number[] {
  let bg = 0, heart = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = (px + (i + 0.5) / SAMPLES) / SIZE - 0.5;
      const y = (py + (j + 0.5) / SAMPLES) / SIZE - 0.5;
      if (inRoundedSquare(x, y)) {
        bg++;
        if (inHeart(x, y)) heart++;
      }
    }
  }
  const n = SAMPLES * SAMPLES;
  if (bg === 0) return [0, 0, 0, 0];
  const t = heart / bg;
  return [...TEAL.map((c, k) => Math.round(c * (1 - t) + WHITE[k]! * t)), Math.round((255 * bg) / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
