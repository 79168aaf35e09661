/**
 * The HTTP contract of hosting an FGD on a node: the facilitator opens one FGD document to the room
 * under a 6-digit join code; a person in the room trades the code (and a name) for a token that reaches
 * that FGD document and the area's profile, nothing else. Node (electron/sync-node/fgd-hosting.ts) and
 * clients (facilitator console, participant page) both parse with these schemas.
 *
 * Routes (JSON bodies, at most 4 KiB; facilitator routes take `Authorization: Bearer <token>`, a token
 * that may write the FGD document on this node — any on an open node):
 * - `POST /fgd/hosting` {room} → 200 HostingState (starts hosting, or returns the running one)
 * - `GET /fgd/hosting?room=` → 200 HostingState | 404 notHosted
 * - `DELETE /fgd/hosting?room=` → 204 (stops hosting: the code stops working, participants are dropped;
 *   also 204 when the room was not hosted, so a retried stop succeeds)
 * - `POST /fgd/hosting/remove` {room, participantId} → 204 (that participant's token stops working and
 *   their sockets close with 4401; also 204 for an unknown participant) | 404 notHosted
 * - `POST /fgd/join` {code, name, region} → 200 JoinResult | 404 unknownCode | 409 roomFull |
 *   429 tooManyTries with `Retry-After` seconds (per client address; a wrong code costs extra)
 * Any route: 400 badRequest (malformed JSON, schema failure, bad `room` query), 413 tooLarge,
 * 415 badRequest (body not `application/json`), 405 methodNotAllowed (with `Allow`); facilitator routes
 * 401 unauthorized (no or unknown token) | 403 forbidden (token may not write the room).
 * Errors are `{error: string}` with a stable English code word (see HostingErrorCode). Answers carry
 * `cache-control: no-store`. Hosting lives in the node's memory: a restarted node hosts nothing.
 */
import { z } from 'zod';
import { EntryId } from '../model/fields.js';

export const JoinCode = z.string().regex(/^\d{6}$/, 'a join code is 6 digits');
export type JoinCode = z.infer<typeof JoinCode>;

/** `<area>/fgd/<id>`: the only kind of document a node hosts for a room. */
export const FgdRoom = z
  .string()
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._-]*\/fgd\/[a-z0-9][a-z0-9._-]*$/, 'not an FGD document');

export const HostRequest = z.object({ room: FgdRoom });

export const RemoveParticipantRequest = z.object({ room: FgdRoom, participantId: EntryId });

export const JoinRequest = z.object({
  code: JoinCode,
  name: z.string().trim().min(1).max(120),
  /** A member region's Kemendagri code, or null for someone who comes for no region. */
  region: z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .nullable(),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinedParticipant = z.object({
  /** Issued by the node; also the participant's id in the FGD document (their ballot's key). */
  id: EntryId,
  name: z.string().min(1).max(120),
  region: z.string().nullable(),
  joinedAt: z.iso.datetime(),
});
export type JoinedParticipant = z.infer<typeof JoinedParticipant>;

export const HostingState = z.object({
  room: FgdRoom,
  code: JoinCode,
  /** Addresses a phone in the room can open, LAN addresses first (the QR code shows the first). */
  joinUrls: z.array(z.url()).min(1),
  participants: z.array(JoinedParticipant),
  startedAt: z.iso.datetime(),
});
export type HostingState = z.infer<typeof HostingState>;

export const JoinResult = z.object({
  room: FgdRoom,
  /** Token for the y-websocket connection: writes `room`, reads `<area>/area`. */
  token: z.string().min(16),
  participant: JoinedParticipant,
  /** ws:// URL of the node to sync with. */
  node: z.string(),
});
export type JoinResult = z.infer<typeof JoinResult>;

export const HostingErrorCode = z.enum([
  'badRequest',
  'unauthorized',
  'forbidden',
  'notHosted',
  'unknownCode',
  'tooManyTries',
  'tooLarge',
  'roomFull',
  'methodNotAllowed',
  'internal',
]);
export type HostingErrorCode = z.infer<typeof HostingErrorCode>;
export const HostingError = z.object({ error: HostingErrorCode });

/** The page a join URL opens: the participant page with the code filled in. */
export function joinPath(code: string): string {
  return `/#/ikut?kode=${code}`;
}
