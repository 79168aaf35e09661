/**
 * The hosting of one FGD room on this window's node, kept fresh by polling while a screen shows it
 * (the node has no push channel for hosting: participants join over plain HTTP).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HostingState } from '../../../../shared/sync/fgd-hosting';
import { useSession } from '../../app/session';
import { setLanWithDesktop } from '../../desktop/desktop-calls';
import { isMarkedHosted, markHosted, onMarkChange } from './hosted-marks';
import {
  type HostingAnswer,
  type HostingNode,
  type HostingProblem,
  hostingNode,
  readHosting,
  removeParticipant,
  startHosting,
  stopHosting,
} from './hosting-client';

export const HOSTING_POLL_MS = 3000;

export interface Hosting {
  node: HostingNode;
  /** undefined until the first answer; null when the room is not hosted. */
  state: HostingState | null | undefined;
  /** The last poll's problem (node unreachable, token refused), null when it answered. */
  problem: HostingProblem | null;
  start: () => Promise<HostingAnswer<HostingState>>;
  stop: () => Promise<HostingAnswer<undefined>>;
  remove: (participantId: string) => Promise<HostingAnswer<undefined>>;
}

export function useHosting(room: string, pollMs = HOSTING_POLL_MS): Hosting {
  const { host, profile } = useSession();
  const node = useMemo(() => hostingNode(host, profile), [host, profile]);
  const [state, setState] = useState<HostingState | null | undefined>(undefined);
  const [problem, setProblem] = useState<HostingProblem | null>(null);
  // Answers can arrive out of order (a slow poll after a stop): only the newest request may set state.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    generation.current += 1;
    const mine = generation.current;
    // Not started from this app: nothing to ask (see hosted-marks.ts); starting again returns a
    // hosting that runs anyway (POST is idempotent).
    if (!isMarkedHosted(node.base, room)) {
      setState(null);
      setProblem(null);
      return;
    }
    const answer = await readHosting(node, room);
    if (mine !== generation.current) return;
    if (answer.ok) {
      if (answer.value === null) markHosted(node.base, room, false);
      setState(answer.value);
      setProblem(null);
    } else {
      setProblem(answer.problem);
    }
  }, [node, room]);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), pollMs);
    const unsubscribe = onMarkChange(node.base, room, () => void refresh());
    return () => {
      window.clearInterval(timer);
      unsubscribe();
      generation.current += 1;
    };
  }, [refresh, pollMs, node, room]);

  const start = useCallback(async () => {
    generation.current += 1;
    // The desktop app's node is on the LAN only while it hosts: open it first, so the join
    // addresses the node answers with are ones a phone can reach.
    if (host.kind === 'electron') await setLanWithDesktop(host.desktop, true);
    const answer = await startHosting(node, room);
    if (answer.ok) {
      markHosted(node.base, room, true);
      setState(answer.value);
      setProblem(null);
    }
    return answer;
  }, [node, room, host]);

  const stop = useCallback(async () => {
    generation.current += 1;
    const answer = await stopHosting(node, room);
    if (answer.ok) {
      markHosted(node.base, room, false);
      setState(null);
      if (host.kind === 'electron') void setLanWithDesktop(host.desktop, false);
    }
    return answer;
  }, [node, room, host]);

  const remove = useCallback(
    async (participantId: string) => {
      const answer = await removeParticipant(node, room, participantId);
      await refresh();
      return answer;
    },
    [node, room, refresh],
  );

  return { node, state, problem, start, stop, remove };
}
