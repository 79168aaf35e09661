/**
 * Every user-facing string of the shell, in Bahasa Indonesia. Kept in one place so the i18n issue
 * can swap this object for a translated catalogue without hunting through components.
 */
import type { ConnectionState } from '../../shared/connection-state';

export const labels = {
  appName: 'Rembug',
  areaKind: 'Kawasan',
  connection: {
    connecting: 'Menyambungkan…',
    connected: 'Tersambung',
    disconnected: 'Terputus',
    refused: 'Terputus',
  } satisfies Record<ConnectionState, string>,
  connectionHint: {
    connecting: 'Menghubungi penyimpanan lokal',
    connected: 'Perubahan tersimpan dan tersinkron',
    disconnected: 'Mencoba menyambung kembali… Perubahan tetap tersimpan di perangkat ini.',
    refused: 'Akses ditolak oleh node. Periksa tautan atau token Anda.',
  } satisfies Record<ConnectionState, string>,
  online: (count: number) => `${count} orang daring`,
  onlineHint: 'Orang yang sedang membuka ruang kerja kawasan ini',
  workspaceEyebrow: 'Ruang kerja kawasan',
  workspaceTitle: 'Bersama membangun kota cerdas',
  workspaceLead:
    'Kabupaten dan kota di kawasan ini menyusun komitmen bersama, menjalankan diskusi kelompok terarah, ' +
    'dan saling mereplikasi inovasi — tetap berjalan tanpa internet, tersinkron saat jaringan tersedia.',
  statusHeading: 'Status sinkronisasi',
  statusStore: 'Penyimpanan',
  statusStoreLocal: 'Perangkat ini (node lokal)',
  statusStoreServed: (address: string) => `Node ${address}`,
  statusConnection: 'Koneksi',
  statusOnline: 'Sedang daring',
  statusLastSync: 'Sinkron terakhir',
  statusNeverSynced: 'Belum pernah tersinkron',
  formatTime: (at: Date) =>
    at.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  footerLocal: 'Data tersimpan di perangkat ini.',
  footerServed: 'Data tersimpan di node yang melayani halaman ini.',
  footerVersion: (version: string) => `Versi ${version}`,
  footerBrowser: 'Versi web',
  hostErrorTitle: 'Rembug tidak dapat terhubung ke penyimpanannya',
  hostErrorBody: 'Tutup lalu buka kembali aplikasi. Jika masalah berlanjut, hubungi admin TI daerah Anda.',
  guestName: 'Tamu',
} as const;
