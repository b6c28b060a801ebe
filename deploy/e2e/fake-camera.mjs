// A picture as a camera for Chromium: writeY4m turns a PNG (for example a screenshot of a printed resident
// card) into a short Y4M video that Chromium plays, in a loop, as its only camera when started with
//   --use-fake-device-for-media-stream --use-fake-ui-for-media-stream --use-file-for-fake-video-capture=<file.y4m>
// The picture is scaled into the middle of the frame over a grey background, as a card held up to a
// webcam, unmirrored (a webcam sees the card as it is). No dependency but pngjs.
import { PNG } from 'pngjs';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * Writes a Y4M file (YUV 4:2:0, C420jpeg: full-range BT.601) of `frames` identical frames.
 * @param {string} pngPath  the picture
 * @param {string} y4mPath  where to write the video
 * @param {{width?: number, height?: number, frames?: number, fps?: number, fill?: number, background?: number}} options
 *   width and height of the video (even, default 640×480); fill: the share of the frame's width (or height,
 *   whichever binds first) the picture takes (default 0.6); background: grey level 0–255 (default 110)
 * @returns {{width: number, height: number, frames: number, bytes: number}}
 */
export function writeY4m(pngPath, y4mPath, { width = 640, height = 480, frames = 10, fps = 10, fill = 0.6, background = 110 } = {}) {
  if (width % 2 || height % 2) throw new Error(`Y4M 4:2:0 needs an even size, not ${width}×${height}`);
  if (!(frames >= 1)) throw new Error('at least one frame');
  const png = PNG.sync.read(readFileSync(pngPath));
  const rgb = compose(png, width, height, fill, background);
  const frame = toYuv420(rgb, width, height);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frameHeader = Buffer.from('FRAME\n', 'ascii');
  const file = openSync(y4mPath, 'w');
  try {
    writeSync(file, header);
    for (let i = 0; i < frames; i++) {
      writeSync(file, frameHeader);
      writeSync(file, frame);
    }
  } finally {
    closeSync(file);
  }
  return { width, height, frames, bytes: header.length + frames * (frameHeader.length + frame.length) };
}

/** RGB bytes of the frame: the background, and the picture scaled (bilinear) into its middle. */
function compose(png, width, height, fill, background) {
  const rgb = Buffer.alloc(width * height * 3, background);
  const scale = Math.min((width * fill) / png.width, (height * fill) / png.height);
  const w = Math.max(1, Math.round(png.width * scale));
  const h = Math.max(1, Math.round(png.height * scale));
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(png.height - 1, Math.max(0, (y + 0.5) / scale - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(png.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < w; x++) {
      const sx = Math.min(png.width - 1, Math.max(0, (x + 0.5) / scale - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(png.width - 1, x0 + 1);
      const fx = sx - x0;
      const out = ((top + y) * width + left + x) * 3;
      for (let c = 0; c < 3; c++) {
        const value = (1 - fy) * ((1 - fx) * onWhite(png, x0, y0, c) + fx * onWhite(png, x1, y0, c))
          + fy * ((1 - fx) * onWhite(png, x0, y1, c) + fx * onWhite(png, x1, y1, c));
        rgb[out + c] = Math.round(value);
      }
    }
  }
  return rgb;
}

/** A channel of a PNG pixel, composed over white where the PNG is transparent. */
function onWhite(png, x, y, channel) {
  const i = (y * png.width + x) * 4;
  const alpha = png.data[i + 3] / 255;
  return png.data[i + channel] * alpha + 255 * (1 - alpha);
}

/** Planar Y, then U and V at half resolution (each the mean of a 2×2 block), full range as JPEG uses. */
function toYuv420(rgb, width, height) {
  const ySize = width * height;
  const cSize = (width / 2) * (height / 2);
  const out = Buffer.alloc(ySize + 2 * cSize);
  for (let i = 0; i < ySize; i++) {
    const r = rgb[3 * i], g = rgb[3 * i + 1], b = rgb[3 * i + 2];
    out[i] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
  }
  for (let cy = 0; cy < height / 2; cy++) {
    for (let cx = 0; cx < width / 2; cx++) {
      let r = 0, g = 0, b = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const i = ((2 * cy + dy) * width + 2 * cx + dx) * 3;
        r += rgb[i]; g += rgb[i + 1]; b += rgb[i + 2];
      }
      r /= 4; g /= 4; b /= 4;
      const c = cy * (width / 2) + cx;
      out[ySize + c] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      out[ySize + cSize + c] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  }
  return out;
}

function clamp(v) {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}
