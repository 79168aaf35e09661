/** The Rembug mark (same drawing as build/icon.svg): people seated around one shared table. */
export function LogoMark({ size = 32 }: { size?: number }) {
  const seats = [0, 60, 120, 180, 240, 300].map((degrees) => {
    const radians = ((degrees - 90) * Math.PI) / 180;
    return { degrees, x: 256 + 150 * Math.cos(radians), y: 256 + 150 * Math.sin(radians) };
  });
  return (
    <svg width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect x="16" y="16" width="480" height="480" rx="120" fill="var(--brand)" />
      <circle cx="256" cy="256" r="86" fill="none" stroke="var(--brand-ink)" strokeWidth="26" />
      <circle cx="256" cy="256" r="34" fill="var(--accent)" />
      {seats.map((seat) => (
        <circle key={seat.degrees} cx={seat.x} cy={seat.y} r="34" fill="var(--brand-ink)" />
      ))}
    </svg>
  );
}
