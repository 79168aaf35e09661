/**
 * The matrix itself: a real table (rows: source regions, columns: adopting regions), short names
 * with the full name for hover and screen readers, headers and totals stuck to the frame's edges.
 * Only cells with plans are buttons, so the keyboard does not walk 600 empty cells.
 */
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './area.module.css';
import { cellLevel, type MatrixSelection, type ReplicationMatrix } from './matrix';
import type { RegionNames } from './region-names';

export interface MatrixGridProps {
  matrix: ReplicationMatrix;
  names: ReadonlyMap<string, RegionNames>;
  onSelect: (selection: MatrixSelection) => void;
}

const LEVEL_CLASS = ['', classes.level1, classes.level2, classes.level3, classes.level4, classes.level5];

export function MatrixGrid({ matrix, names, onSelect }: MatrixGridProps) {
  const { t } = useTranslation();
  const full = (code: string) => names.get(code)?.full ?? code;
  const short = (code: string) => names.get(code)?.short ?? code;

  const countButton = (count: number, label: string, selection: MatrixSelection, level = 0) =>
    count === 0 ? null : (
      <button
        type="button"
        className={`${classes.cellButton} ${LEVEL_CLASS[level] ?? ''}`}
        aria-label={label}
        title={label}
        onClick={() => onSelect(selection)}
      >
        {count}
      </button>
    );

  return (
    <>
      <div className={classes.matrixFrame}>
        <table className={classes.matrix}>
          <caption>
            <VisuallyHidden>{t('replicationArea.matrix.caption')}</VisuallyHidden>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${classes.rowHead} ${classes.corner}`}>
                {t('replicationArea.matrix.corner')}
              </th>
              {matrix.adopters.map((code) => (
                <th key={code} scope="col" className={classes.colHead} title={full(code)}>
                  <span aria-hidden="true">{short(code)}</span>
                  <VisuallyHidden>{full(code)}</VisuallyHidden>
                </th>
              ))}
              <th scope="col" className={`${classes.colHead} ${classes.total} ${classes.totalColumn}`}>
                <span>{t('replicationArea.matrix.total')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.sources.map((source, r) => (
              <tr key={source}>
                <th scope="row" className={classes.rowHead} title={full(source)}>
                  <span aria-hidden="true">{short(source)}</span>
                  <VisuallyHidden>{full(source)}</VisuallyHidden>
                </th>
                {matrix.adopters.map((adopter, c) => {
                  const count = matrix.counts[r]?.[c] ?? 0;
                  return (
                    <td key={adopter} className={classes.cell}>
                      {countButton(
                        count,
                        t('replicationArea.matrix.cellLabel', {
                          count,
                          source: full(source),
                          adopter: full(adopter),
                        }),
                        { source, adopter },
                        cellLevel(count, matrix.max),
                      )}
                    </td>
                  );
                })}
                <td className={`${classes.cell} ${classes.total} ${classes.totalColumn}`}>
                  {countButton(
                    matrix.sourceTotals[r] ?? 0,
                    t('replicationArea.matrix.rowTotalLabel', {
                      count: matrix.sourceTotals[r] ?? 0,
                      source: full(source),
                    }),
                    { source, adopter: null },
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={classes.rowHead}>
                {t('replicationArea.matrix.total')}
              </th>
              {matrix.adopters.map((adopter, c) => (
                <td key={adopter} className={`${classes.cell} ${classes.total}`}>
                  {countButton(
                    matrix.adopterTotals[c] ?? 0,
                    t('replicationArea.matrix.columnTotalLabel', {
                      count: matrix.adopterTotals[c] ?? 0,
                      adopter: full(adopter),
                    }),
                    { source: null, adopter },
                  )}
                </td>
              ))}
              <td className={`${classes.cell} ${classes.total} ${classes.totalColumn}`}>{matrix.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Group gap="md" wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('replicationArea.matrix.legend')}
        </Text>
        <Group gap={4} aria-hidden="true" wrap="nowrap">
          {[1, 2, 3, 4, 5].map((level) => (
            <span key={level} className={`${classes.legendSwatch} ${LEVEL_CLASS[level] ?? ''}`} />
          ))}
        </Group>
      </Group>
    </>
  );
}
