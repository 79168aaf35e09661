/** The save dialog's file type for a file we made, from its extension. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

const FILTERS: Readonly<Record<string, FileFilter>> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  docx: { name: 'Word', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

export function filtersFor(fileName: string): FileFilter[] {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const filter = FILTERS[extension];
  return filter === undefined ? [] : [filter];
}

/** A document title as a file name: what every file system accepts, never a path. */
export function safeFileName(title: string, extension: string): string {
  const base = title
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base === '' ? 'Rembug' : base}.${extension}`;
}
