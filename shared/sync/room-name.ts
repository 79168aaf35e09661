/**
 * Document (room) names: `<area>/<kind>[/<id>]`, e.g. `kspn-borobudur/region/33.10`.
 * Segments are lower-case letters, digits, `.`, `_` and `-`; no segment is `.` or `..`.
 * The node never uses a name as a file path (it hashes it), but it also refuses anything else
 * so that odd names cannot even reach the registry or the logs.
 */
export const MAX_ROOM_NAME_LENGTH = 200;

const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

export type RoomNameCheck = { ok: true; name: string } | { ok: false; error: string };

export function checkRoomName(name: string): RoomNameCheck {
  if (name.length === 0) return { ok: false, error: 'empty room name' };
  if (name.length > MAX_ROOM_NAME_LENGTH) {
    return { ok: false, error: `room name longer than ${MAX_ROOM_NAME_LENGTH} characters` };
  }
  const segments = name.split('/');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      return { ok: false, error: `invalid room name segment "${segment.slice(0, 40)}"` };
    }
  }
  return { ok: true, name };
}
