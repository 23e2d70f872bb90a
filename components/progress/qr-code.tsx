/** A QR code drawn as one SVG path of dark modules on a light quiet zone, so it scans in either theme. */
export interface Modules {
  size: number;
  dark: boolean[];
}

/**
 * The modules of the QR code for `text` at the lowest error correction, the most it can hold, or
 * null when the text does not fit in one code. The encoder loads only when a code is wanted.
 */
export async function qrModules(text: string): Promise<Modules | null> {
  const { create } = await import("qrcode");
  try {
    const { modules } = create(text, { errorCorrectionLevel: "L" });
    return { size: modules.size, dark: Array.from(modules.data, (bit) => bit === 1) };
  } catch {
    return null;
  }
}

/** The standard four-module quiet zone around the code. */
const quiet = 4;

export function QrCode({ modules }: { modules: Modules }) {
  const { size, dark } = modules;
  // One rectangle per run of dark modules in a row keeps the path short.
  let d = "";
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size;) {
      if (!dark[y * size + x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (x + run < size && dark[y * size + x + run]) run += 1;
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const full = size + quiet * 2;
  return (
    <svg className="qr-code" viewBox={`0 0 ${full} ${full}`} role="img" aria-label="QR code of the transfer link">
      <rect width={full} height={full} fill="#ffffff" />
      <path d={d} fill="#000000" shapeRendering="crispEdges" />
    </svg>
  );
}
