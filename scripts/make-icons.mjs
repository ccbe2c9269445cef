// Draws the Pacecar icon (a pace gauge on a rounded square) and writes assets/icon-*.png.
// Run: node scripts/make-icons.mjs. No packages: shapes are distance functions, anti-aliased by
// supersampling, and the PNG is encoded here with node's zlib.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

/** Sizes the manifest names (16/32/80 ribbon, 32/64 add-in icon) plus a large logo for the README. */
const OUTPUTS = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "logo-filled.png", size: 300 },
];

const NAVY = [14, 58, 112];
const WHITE = [255, 255, 255];
const AMBER = [255, 170, 0];

const DEG = Math.PI / 180;
const ARC_FROM = -30 * DEG; // the gauge is open at the bottom, like a speedometer
const ARC_TO = 210 * DEG;
const AHEAD_ZONE_TO = 40 * DEG; // the arc's right end, in amber: "ahead of pace"
const NEEDLE_ANGLE = 45 * DEG; // pointing up and right: on pace, pushing towards the amber zone

/**
 * Geometry in the unit square for an icon of `size` px. The ribbon's 16 px icon is laid out on
 * the pixel grid (scaled down, the needle dissolves into the arc); larger sizes share one design.
 */
function layout(size) {
  const px = 1 / size;
  if (size <= 20) {
    // Ribbon size: a 2 px arc whose top and sides fall exactly on pixel rows and columns.
    return {
      inset: 0,
      corner: 3 * px,
      cx: 0.5,
      cy: 10 * px,
      r: 5 * px,
      arcHalf: px,
      needleHalf: 0.85 * px,
      needleLength: 0.72,
      hub: 1.3 * px,
    };
  }
  return {
    inset: 0.03,
    corner: 0.2,
    cx: 0.5,
    cy: 0.6,
    r: 0.29,
    arcHalf: 0.0525,
    needleHalf: 0.0425,
    needleLength: 0.78,
    hub: 0.09,
  };
}

/** Distance from (x, y) to a rounded rectangle [x0, x1] x [y0, y1] with corner radius r (negative inside). */
function roundedRectDistance(x, y, x0, y0, x1, y1, r) {
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(x - (x0 + x1) / 2) - hx;
  const qy = Math.abs(y - (y0 + y1) / 2) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Point at angle a (counter-clockwise from 3 o'clock; y grows downwards) and radius r around the gauge centre. */
function onGauge(g, a, r) {
  return [g.cx + r * Math.cos(a), g.cy - r * Math.sin(a)];
}

/** Angle of (x, y) around the gauge centre, in [ARC_FROM, ARC_FROM + 360 degrees). */
function gaugeAngle(g, x, y) {
  const a = Math.atan2(g.cy - y, x - g.cx);
  return a < ARC_FROM ? a + 2 * Math.PI : a;
}

/** Distance from (x, y) to the gauge arc (round ends). */
function arcDistance(g, x, y) {
  if (gaugeAngle(g, x, y) <= ARC_TO) return Math.abs(Math.hypot(x - g.cx, y - g.cy) - g.r);
  const [x0, y0] = onGauge(g, ARC_FROM, g.r);
  const [x1, y1] = onGauge(g, ARC_TO, g.r);
  return Math.min(Math.hypot(x - x0, y - y0), Math.hypot(x - x1, y - y1));
}

/** Whether (x, y) lies on the amber side of the arc: its right end, the round cap included. */
function inAheadZone(g, x, y) {
  const a = gaugeAngle(g, x, y);
  const gapMiddle = (ARC_TO + ARC_FROM + 2 * Math.PI) / 2; // bottom of the gauge, where the arc is open
  return a <= AHEAD_ZONE_TO || a >= gapMiddle;
}

/** Colour of the icon at (x, y) in the unit square for layout g, or null where it is transparent. */
function paint(g, x, y) {
  if (roundedRectDistance(x, y, g.inset, g.inset, 1 - g.inset, 1 - g.inset, g.corner) > 0) return null;
  const [nx, ny] = onGauge(g, NEEDLE_ANGLE, g.r * g.needleLength);
  if (Math.hypot(x - g.cx, y - g.cy) <= g.hub) return WHITE;
  if (segmentDistance(x, y, g.cx, g.cy, nx, ny) <= g.needleHalf) return WHITE;
  if (arcDistance(g, x, y) <= g.arcHalf) return inAheadZone(g, x, y) ? AMBER : WHITE;
  return NAVY;
}

/** RGBA pixels of the icon at `size` px, averaging samples x samples points per pixel. */
function render(size, samples) {
  const geometry = layout(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint(geometry, (px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        // Colour averaged over covered samples only (straight alpha), coverage becomes alpha.
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks need it (ISO 3309 polynomial). */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) holding the square image `rgba` of side `size`. */
function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(ASSETS, { recursive: true });
for (const { file, size } of OUTPUTS) {
  const png = encodePng(render(size, size <= 80 ? 8 : 4), size);
  writeFileSync(join(ASSETS, file), png);
  console.log(`${file}: ${size}x${size}, ${png.length} bytes`);
}
