/**
 * Bahasa Indonesia, the default language. Flat keys (`area.…`, `error.…`) so that i18next can use
 * this object as is (keySeparator: false) and the model can name a message without knowing its text.
 * Placeholders use i18next's `{{name}}` syntax.
 */
export const id = {
  'shell.appName': 'Rembug',
  'shell.areaKind': 'Kawasan',
  'connection.connecting': 'Menyambungkan…',
  'connection.connected': 'Tersambung',
  'connection.disconnected': 'Terputus',
  'connection.refused': 'Terputus',
  'connectionHint.connecting': 'Menghubungi penyimpanan lokal',
  'connectionHint.connected': 'Perubahan tersimpan dan tersinkron',
  'connectionHint.disconnected': 'Mencoba menyambung kembali… Perubahan tetap tersimpan di perangkat ini.',
  'connectionHint.refused': 'Akses ditolak oleh node. Periksa tautan atau token Anda.',
  'shell.online': '{{count}} orang daring',
  'shell.onlineHint': 'Orang yang sedang membuka ruang kerja kawasan ini',
  'shell.workspaceEyebrow': 'Ruang kerja kawasan',
  'shell.workspaceTitle': 'Bersama membangun kota cerdas',
  'shell.workspaceLead':
    'Kabupaten dan kota di kawasan ini menyusun komitmen bersama, menjalankan diskusi kelompok terarah, dan saling mereplikasi inovasi — tetap berjalan tanpa internet, tersinkron saat jaringan tersedia.',
  'shell.statusHeading': 'Status sinkronisasi',
  'shell.statusStore': 'Penyimpanan',
  'shell.statusStoreLocal': 'Perangkat ini (node lokal)',
  'shell.statusStoreServed': 'Node {{address}}',
  'shell.statusConnection': 'Koneksi',
  'shell.statusOnline': 'Sedang daring',
  'shell.statusLastSync': 'Sinkron terakhir',
  'shell.statusNeverSynced': 'Belum pernah tersinkron',
  'shell.footerLocal': 'Data tersimpan di perangkat ini.',
  'shell.footerServed': 'Data tersimpan di node yang melayani halaman ini.',
  'shell.footerVersion': 'Versi {{version}}',
  'shell.footerBrowser': 'Versi web',
  'shell.language': 'Bahasa',
  'shell.hostErrorTitle': 'Rembug tidak dapat terhubung ke penyimpanannya',
  'shell.hostErrorBody':
    'Tutup lalu buka kembali aplikasi. Jika masalah berlanjut, hubungi admin TI daerah Anda.',
  'shell.guestName': 'Tamu',

  'role.coordinator': 'Koordinator kawasan',
  'role.regionEditor': 'Editor daerah',
  'role.facilitator': 'Fasilitator',
  'role.viewer': 'Pengamat',

  'replicationStage.persiapan': 'Persiapan',
  'replicationStage.rencanaPengembangan': 'Rencana & pengembangan',
  'replicationStage.replikasi': 'Replikasi',
  'replicationStage.evaluasi': 'Evaluasi',

  'error.invalidInput': 'Isian tidak valid: {{detail}}',
  'error.notCoordinator': 'Hanya koordinator kawasan yang dapat mengubah profil kawasan.',
  'error.unknownRegion': 'Kode daerah {{code}} tidak dikenal dalam daftar Kemendagri.',
  'error.notAMember': '{{region}} bukan anggota kawasan ini.',
  'error.alreadyMember': '{{region}} sudah menjadi anggota kawasan ini.',
  'error.duplicateId': 'Sudah ada entri dengan kode {{id}}.',
  'error.notFound': 'Entri {{id}} tidak ditemukan.',
  'error.memberInGroup':
    '{{region}} masih tercantum dalam kelompok {{group}}; keluarkan dulu dari kelompok itu.',
  'error.notYourRegion': 'Hanya editor {{region}} yang dapat mengubah data {{region}}.',
  'error.ownInnovation': 'Daerah tidak mereplikasi inovasinya sendiri.',
  'error.stageStep': 'Tahap rencana hanya dapat berpindah satu langkah, maju atau mundur.',
  'error.letterOfIntentNeeded':
    'Catat surat minat replikasi kepada daerah asal sebelum masuk tahap replikasi.',
  'error.notAnEditor': 'Hanya editor daerah atau koordinator kawasan yang dapat mengubah komitmen.',
  'error.statusStep': 'Status komitmen tidak dapat berpindah langsung ke tahap itu.',
  'error.notCoordinatorFinal':
    'Hanya koordinator kawasan yang dapat memfinalkan atau membuka kembali komitmen.',
  'error.commitmentFinal': 'Komitmen sudah final dan terkunci; minta koordinator membukanya kembali.',
  'error.signOwnRegionOnly': 'Anda hanya dapat menandatangani atas nama daerah Anda sendiri.',
  'error.signFinalOnly': 'Komitmen hanya dapat ditandatangani setelah final.',
  'error.notFacilitator': 'Hanya fasilitator yang dapat mengatur jalannya FGD.',
  'error.stepNotOpenFor': 'Langkah agenda saat ini tidak membuka kesempatan untuk itu.',
  'error.voteBudget': 'Jatah suara Anda {{budget}}; kurangi suara di kartu lain dulu.',
  'error.lastCoordinator': 'Kawasan perlu setidaknya satu koordinator.',
  'error.importHasProblems': 'Impor dibatalkan: {{count}} masalah pada lembar kerja harus diperbaiki dulu.',
  'error.lastPillar': 'Kawasan perlu setidaknya satu pilar.',
} as const;

export type MessageKey = keyof typeof id;
