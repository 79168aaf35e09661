/**
 * The state of a y-websocket connection as people should see it, derived from the provider's events.
 * Pure and environment-free: the renderer's sync status uses it per document; the node's upstream link
 * status can use it later.
 *
 * y-websocket reports `connecting` before every attempt and `disconnected` only after a connection
 * that had been open closes; a node that is down from the start yields an endless
 * connecting → (close) → connecting loop. Shown raw, the chip would flicker or claim
 * "Menyambungkan…" forever. So: `connecting` only until the first attempt ends, `disconnected` from
 * any failed or closed connection until one opens again, and `refused` when the node turned us away
 * for good (close code 4400–4499: bad token, forbidden room), which retrying cannot fix.
 */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'refused';

export type ConnectionEvent =
  | { type: 'status'; status: 'connecting' | 'connected' | 'disconnected' }
  | { type: 'connection-lost' }
  | { type: 'refused' };

export function nextConnectionState(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'status':
      if (event.status === 'connected') return 'connected';
      if (event.status === 'disconnected') return state === 'refused' ? 'refused' : 'disconnected';
      // A new attempt: still "connecting" the first time, still "disconnected" while retrying.
      return state === 'connected' ? 'connecting' : state;
    case 'connection-lost':
      return state === 'refused' ? 'refused' : 'disconnected';
    case 'refused':
      return 'refused';
  }
}
