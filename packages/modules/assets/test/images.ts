import sharp from 'sharp';

/** A real, decodable image of the given size (solid colour with a gradient-free stripe). */
export async function makeImage(width: number, height: number, format: 'png' | 'jpeg' | 'webp' = 'png', seed = 0): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: (seed * 37) % 256, g: 120, b: 200 } } })
    [format]()
    .toBuffer();
}
