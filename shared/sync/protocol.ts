/**
 * The wire vocabulary shared by the sync node and every client: y-websocket message types, the one
 * message type Rembug adds, and the close codes a node uses to refuse or drop a connection.
 */

/** Top-level message types of the y-websocket protocol (first varint of every binary frame). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Rembug's own: "your writes to this room are not accepted", followed by a varString reason.
   * Stock y-websocket clients have no handler for it and leave it alone.
   */
  writeRefused: 100,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Sub-types of a `sync` message (y-protocols/sync). */
export const SyncStep = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/**
 * WebSocket close codes (4000–4999 is the range RFC 6455 leaves to applications). Each comes with a
 * short English reason for logs; the UI maps the code to a message in the user's language.
 */
export const CloseCode = {
  /** The room name in the URL is not a valid document name. */
  badRoomName: 4400,
  /** No token, or a token the node does not know. */
  unauthorized: 4401,
  /** The token is valid but may not read this room. */
  forbidden: 4403,
  /** A message could not be decoded, or carried an invalid Yjs or awareness update. */
  malformedMessage: 4422,
  /** Too many messages too fast (after the rate limiter's grace). */
  rateLimited: 4429,
  /** The room could not be loaded from disk. */
  roomUnavailable: 4500,
  /** The node is shutting down. */
  shuttingDown: 4503,
  /** Standard code used by `ws` when a frame exceeds the maximum message size. */
  messageTooBig: 1009,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const CloseReason: Record<CloseCode, string> = {
  [CloseCode.badRoomName]: 'invalid room name',
  [CloseCode.unauthorized]: 'unknown or missing token',
  [CloseCode.forbidden]: 'token may not read this room',
  [CloseCode.malformedMessage]: 'malformed message',
  [CloseCode.rateLimited]: 'rate limit exceeded',
  [CloseCode.roomUnavailable]: 'room could not be loaded',
  [CloseCode.shuttingDown]: 'node shutting down',
  [CloseCode.messageTooBig]: 'message too big',
};

/** Default upper bound of one WebSocket message, in bytes (16 MiB). */
export const DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
