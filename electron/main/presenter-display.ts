/**
 * Where the presenter window goes: the projector is the display that is not the laptop's own. With a
 * projector attached that is the first display other than the primary one (external screens are
 * usually listed after the built-in one); without, the window shares the laptop's screen.
 * No Electron imports: index.ts passes `screen.getAllDisplays()` and the primary display's id.
 */

export interface DisplayFacts {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface PresenterPlacement {
  display: DisplayFacts;
  /** Whether a second display was found (the renderer says where the board went). */
  second: boolean;
}

export function choosePresenterDisplay(
  displays: readonly DisplayFacts[],
  primaryId: number,
): PresenterPlacement | null {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (primary === undefined) return null;
  const others = displays.filter((d) => d.id !== primary.id && d.bounds.width > 0 && d.bounds.height > 0);
  // The biggest other screen is the projector (a tablet mirroring a small screen is not).
  const projector = [...others].sort((a, b) => area(b) - area(a))[0];
  return projector === undefined ? { display: primary, second: false } : { display: projector, second: true };
}

function area(d: DisplayFacts): number {
  return d.bounds.width * d.bounds.height;
}
