#!/usr/bin/env node
// Draws the add-in's ribbon icons (assets/*-{16,32,64,80}.png) from simple shapes, so that no
// third-party artwork is used. Run `node scripts/drawIcons.js` after changing a shape; the PNGs
// are committed. Each shape is drawn in unit coordinates (0..1) with 4×4 supersampling.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const SAMPLES = 4;

const colors = {
  paper: [255, 255, 255, 255],
  edge: [96, 96, 96, 255],
  rule: [180, 180, 180, 255],
  green: [16, 124, 65, 255],
  red: [196, 30, 58, 255],
  blue: [31, 78, 121, 255],
  panel: [222, 236, 249, 255],
};

// Shapes answer "does this point lie inside?".
const rect =
  (x0, y0, x1, y1, r = 0) =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
const stroke = (points, width) => (x, y) => {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2) return true;
  }
  return false;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A sheet of paper with ruled lines: the common ground of the icons. */
function sheet(x0, y0, x1, y1) {
  const layers = [
    [colors.edge, rect(x0, y0, x1, y1, 0.04)],
    [colors.paper, rect(x0 + 0.04, y0 + 0.04, x1 - 0.04, y1 - 0.04, 0.02)],
  ];
  for (let y = y0 + 0.2; y < y1 - 0.08; y += 0.16) {
    layers.push([colors.rule, rect(x0 + 0.1, y, x1 - 0.1, y + 0.05)]);
  }
  return layers;
}

const icons = {
  icon: [
    ...sheet(0.12, 0.06, 0.8, 0.94),
    [colors.red, circle(0.72, 0.72, 0.24)],
    [
      colors.paper,
      stroke(
        [
          [0.6, 0.72],
          [0.69, 0.81],
          [0.85, 0.62],
        ],
        0.08,
      ),
    ],
  ],
  validate: [
    ...sheet(0.08, 0.06, 0.72, 0.94),
    [
      colors.green,
      stroke(
        [
          [0.36, 0.6],
          [0.56, 0.82],
          [0.92, 0.3],
        ],
        0.16,
      ),
    ],
  ],
  summarize: [
    [
      colors.blue,
      stroke(
        [
          [0.8, 0.16],
          [0.22, 0.16],
          [0.56, 0.5],
          [0.22, 0.84],
          [0.8, 0.84],
        ],
        0.14,
      ),
    ],
  ],
  pane: [
    [colors.edge, rect(0.06, 0.12, 0.94, 0.88, 0.04)],
    [colors.paper, rect(0.1, 0.16, 0.9, 0.84, 0.02)],
    [colors.panel, rect(0.58, 0.16, 0.9, 0.84)],
    [colors.blue, rect(0.63, 0.26, 0.85, 0.33)],
    [colors.blue, rect(0.63, 0.42, 0.85, 0.49)],
    [colors.blue, rect(0.63, 0.58, 0.85, 0.65)],
  ],
};

function render(layers, size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color = null;
          for (const [c, inside] of layers) if (inside(x, y)) color = c;
          if (color) for (let k = 0; k < 4; k++) acc[k] += color[k] * (k === 3 ? 1 : color[3] / 255);
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = acc[3] / n;
      const o = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) pixels[o + k] = alpha ? Math.round((acc[k] / n / alpha) * 255) : 0;
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return png(pixels, size);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const [name, layers] of Object.entries(icons)) {
  for (const size of SIZES) fs.writeFileSync(path.join(outDir, `${name}-${size}.png`), render(layers, size));
}
console.log(`Wrote ${Object.keys(icons).length * SIZES.length} icons to ${outDir}`);
