/**
 * Which rooms this app has started hosting on which node, remembered in localStorage so the console
 * and the projector window (same origin) know whether to ask the node. The node answers "not hosted"
 * with a 404, which browsers log as a console error on every poll; asking only about rooms marked
 * here keeps an unhosted session silent. A stale mark (the node restarted) is dropped on its 404.
 */
const PREFIX = 'rembug.fgdHosting.v1:';

const keyOf = (base: string, room: string): string => `${PREFIX}${base}|${room}`;

export function isMarkedHosted(base: string, room: string): boolean {
  return window.localStorage.getItem(keyOf(base, room)) !== null;
}

export function markHosted(base: string, room: string, hosted: boolean): void {
  if (hosted) window.localStorage.setItem(keyOf(base, room), new Date().toISOString());
  else window.localStorage.removeItem(keyOf(base, room));
}

/** Calls `listener` when another window marks or unmarks `room` (the storage event fires only there). */
export function onMarkChange(base: string, room: string, listener: () => void): () => void {
  const key = keyOf(base, room);
  const handle = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener();
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}
