/**
 * Connects one document (room) to the host's sync node and reports what the shell shows: the
 * connection state and how many people are present in the room.
 *
 * This is the renderer's only y-websocket client so far. It opens the room with the host's token,
 * announces this window in awareness, and tears everything down when the component unmounts.
 */
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  type ConnectionEvent,
  type ConnectionState,
  nextConnectionState,
} from '../../../shared/connection-state';
import type { NodeLink } from '../../../shared/host';

export interface RoomPresence {
  connection: ConnectionState;
  /** People in the room according to awareness, this window included. */
  online: number;
  /** When the room last finished syncing with the node; null until it has. */
  lastSyncedAt: Date | null;
}

export interface LocalUser {
  name: string;
  color: string;
}

export function useRoomConnection(node: NodeLink, room: string, user: LocalUser): RoomPresence {
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [online, setOnline] = useState(1);
  const [lastSyncedAt, setLastSyncedAt] = useState<Date | null>(null);
  const { url, token } = node;
  const { name, color } = user;

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(url, room, doc, {
      // BroadcastChannel would let two tabs sync with each other behind the node's back (and its
      // auth); every peer must go through the node.
      disableBc: true,
      params: token === '' ? {} : { token },
    });
    const update = (event: ConnectionEvent) => setConnection((state) => nextConnectionState(state, event));
    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) =>
      update({ type: 'status', status });
    const onLost = () => update({ type: 'connection-lost' });
    const onRefused = () => update({ type: 'refused' });
    const onAwareness = () => setOnline(provider.awareness.getStates().size);
    const onSync = (synced: boolean) => {
      if (synced) setLastSyncedAt(new Date());
    };
    // Say goodbye while the socket is still open, so others' counts drop at once instead of when
    // the node notices the closed socket (or awareness times out after 30 s).
    const leave = () => provider.awareness.setLocalState(null);

    provider.on('status', onStatus);
    provider.on('connection-close', onLost);
    provider.on('connection-error', onLost);
    provider.on('closed', onRefused);
    provider.on('sync', onSync);
    provider.awareness.on('change', onAwareness);
    provider.awareness.setLocalStateField('user', { name, color });
    window.addEventListener('pagehide', leave);
    // The constructor already emitted its first `connecting` (the initial state here); `connected`
    // can only come later, from the socket's open event, so no event is missed.
    onAwareness();

    return () => {
      provider.off('status', onStatus);
      provider.off('connection-close', onLost);
      provider.off('connection-error', onLost);
      provider.off('closed', onRefused);
      provider.off('sync', onSync);
      provider.awareness.off('change', onAwareness);
      window.removeEventListener('pagehide', leave);
      leave();
      provider.destroy();
      doc.destroy();
      setConnection('connecting');
    };
  }, [url, token, room, name, color]);

  return { connection, online, lastSyncedAt };
}
