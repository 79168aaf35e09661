/**
 * Saving a file through the desktop's save dialog: the caller learns where it went (or that nothing
 * was saved) and says it once; only a failure is announced here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, IpcResult, ResultValue } from '../../shared/ipc/contract';

const shown = vi.hoisted(() => [] as unknown[]);
vi.mock('@mantine/notifications', () => ({ notifications: { show: (note: unknown) => shown.push(note) } }));

const { saveFileWithDesktop } = await import('../../renderer/src/desktop/desktop-calls');

function desktopAnswering(answer: IpcResult<ResultValue<'file.save'>>): DesktopApi {
  return { 'file.save': async () => answer } as unknown as DesktopApi;
}

beforeEach(() => {
  shown.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('saveFileWithDesktop', () => {
  it('returns the saved path and leaves the one message to the caller', async () => {
    const desktop = desktopAnswering({ ok: true, value: { saved: true, path: '/home/ani/katalog.xlsx' } });
    await expect(saveFileWithDesktop(desktop, 'a;b', 'katalog.xlsx')).resolves.toBe('/home/ani/katalog.xlsx');
    expect(shown).toEqual([]);
  });

  it('returns null and says nothing when the dialog was cancelled', async () => {
    const desktop = desktopAnswering({ ok: true, value: { saved: false } });
    await expect(saveFileWithDesktop(desktop, 'a;b', 'katalog.csv')).resolves.toBeNull();
    expect(shown).toEqual([]);
  });

  it('returns null and shows the failure when the save was refused', async () => {
    const desktop = desktopAnswering({ ok: false, error: { code: 'failed', message: 'EACCES' } });
    await expect(saveFileWithDesktop(desktop, 'a;b', 'katalog.csv')).resolves.toBeNull();
    expect(shown).toEqual([expect.objectContaining({ color: 'red' })]);
  });
});
