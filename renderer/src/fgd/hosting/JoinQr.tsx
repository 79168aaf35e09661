/**
 * The join URL as a QR code, drawn as one SVG path from the code's modules (no markup strings), so
 * it stays sharp on a projector and scales with its box.
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

/** Light modules around the code that scanners need to find it. */
const QUIET_ZONE = 4;

function modulePath(url: string): { size: number; path: string } {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}

export function JoinQr({ url, label, size }: { url: string; label: string; size: number | string }) {
  const qr = useMemo(() => modulePath(url), [url]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      data-testid="fgd-join-qr"
      data-url={url}
    >
      <title>{label}</title>
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
