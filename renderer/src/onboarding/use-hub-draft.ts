/**
 * A hub address and token being typed, and whether that exact pair passed "Uji koneksi". Only a
 * tested pair can be saved: changing either field makes the earlier result count for nothing.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Profile } from '../data/profile';
import { checkHub, type HubCheck, normaliseHubUrl } from '../sync/hub-check';

export type HubMode = 'local' | 'hub';

export type HubTest =
  | { phase: 'idle' }
  | { phase: 'testing' }
  | { phase: 'done'; result: HubCheck; address: string; token: string; areaId: string };

export interface HubDraft {
  mode: HubMode;
  address: string;
  token: string;
  test: HubTest;
}

export interface HubDraftControl {
  draft: HubDraft;
  setMode: (mode: HubMode) => void;
  setAddress: (address: string) => void;
  setToken: (token: string) => void;
  runTest: () => void;
  /** The result of the test of the current address and token; null while untested or testing. */
  result: HubCheck | null;
  /** What to save: null for no hub, the hub once tested, undefined while it cannot be saved. */
  saveable: Profile['hub'] | undefined;
}

export function initialHubDraft(hub: Profile['hub'], mode: HubMode = hub ? 'hub' : 'local'): HubDraft {
  return { mode, address: hub?.url ?? '', token: hub?.token ?? '', test: { phase: 'idle' } };
}

export function useHubDraft(areaId: string, initial: () => HubDraft): HubDraftControl {
  const [draft, setDraft] = useState<HubDraft>(initial);

  const setMode = useCallback((mode: HubMode) => setDraft((current) => ({ ...current, mode })), []);
  const setAddress = useCallback(
    (address: string) => setDraft((current) => ({ ...current, address, test: { phase: 'idle' } })),
    [],
  );
  const setToken = useCallback(
    (token: string) => setDraft((current) => ({ ...current, token, test: { phase: 'idle' } })),
    [],
  );

  const { address, token } = draft;
  const runTest = useCallback(() => {
    const tested = { address, token: token.trim(), areaId };
    setDraft((current) => ({ ...current, test: { phase: 'testing' } }));
    void checkHub(tested.address, tested.token, areaId)
      .catch((error: unknown): HubCheck => {
        console.error('hub check failed unexpectedly', error);
        return { ok: false, reason: 'unreachable' };
      })
      .then((result) => {
        // A result for an address that has since been edited belongs to nothing on screen.
        setDraft((current) =>
          current.address === address && current.token === token
            ? { ...current, test: { phase: 'done', result, ...tested } }
            : current,
        );
      });
  }, [address, token, areaId]);

  return useMemo(() => {
    // A token is granted per area: a pass for another area (chosen earlier) proves nothing now.
    const result = draft.test.phase === 'done' && draft.test.areaId === areaId ? draft.test.result : null;
    let saveable: Profile['hub'] | undefined;
    if (draft.mode === 'local') saveable = null;
    else if (result?.ok) {
      const url = normaliseHubUrl(draft.address);
      if (url !== null) saveable = { url, token: draft.token.trim() };
    }
    return { draft, setMode, setAddress, setToken, runTest, result, saveable };
  }, [draft, areaId, setMode, setAddress, setToken, runTest]);
}
