import { describe, expect, it } from 'vitest';
import {
  type ConnectionEvent,
  type ConnectionState,
  nextConnectionState,
} from '../../shared/connection-state';

const run = (events: ConnectionEvent[], from: ConnectionState = 'connecting') =>
  events.reduce(nextConnectionState, from);

const connecting: ConnectionEvent = { type: 'status', status: 'connecting' };
const connected: ConnectionEvent = { type: 'status', status: 'connected' };
const disconnected: ConnectionEvent = { type: 'status', status: 'disconnected' };
const lost: ConnectionEvent = { type: 'connection-lost' };

describe('connection chip state', () => {
  it('connects', () => {
    expect(run([connecting, connected])).toBe('connected');
  });

  it('shows a node that is down from the start as disconnected, not connecting forever', () => {
    expect(run([connecting, lost, connecting, lost, connecting])).toBe('disconnected');
  });

  it('stays disconnected while retrying, and recovers', () => {
    const afterDrop = run([connecting, connected, lost, disconnected, connecting]);
    expect(afterDrop).toBe('disconnected');
    expect(nextConnectionState(afterDrop, connected)).toBe('connected');
  });

  it('keeps a refusal visible: retry noise does not hide it', () => {
    expect(run([connecting, { type: 'refused' }, lost, disconnected, connecting])).toBe('refused');
  });
});
