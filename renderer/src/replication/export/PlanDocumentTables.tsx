/** The printed plan's two long tables: milestones grouped by stage, and the evaluation figures. */
import { useTranslation } from 'react-i18next';
import { REPLICATION_STAGES, type ReplicationPlan } from '../../../../shared/model/replication-plan';
import { formatDate, intlLocale } from '../../catalog/innovation-format';
import classes from '../../print/print-sheet.module.css';
import { formatPercentChange } from '../plan/evaluation-change';
import { figureChange, overdueMilestoneIds } from './plan-document';

export function PlanMilestonesTable({ plan, today }: { plan: ReplicationPlan; today: string }) {
  const { t, i18n } = useTranslation();
  const late = overdueMilestoneIds(plan, today);
  let number = 0;
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col" className={classes.number}>
            {t('planPrint.col.no')}
          </th>
          <th scope="col">{t('planPrint.col.milestone')}</th>
          <th scope="col">{t('planPrint.col.owner')}</th>
          <th scope="col">{t('planPrint.col.due')}</th>
          <th scope="col">{t('planPrint.col.status')}</th>
        </tr>
      </thead>
      {REPLICATION_STAGES.map((stage, stageIndex) => {
        const milestones = plan.milestones.filter((milestone) => milestone.stage === stage);
        return (
          // One body per stage, kept on one page where it fits: a stage's heading never ends a page.
          <tbody key={stage} className={classes.stageGroup}>
            <tr className={classes.stageRow}>
              <th scope="colgroup" colSpan={5}>
                {t('planPrint.stageHeading', {
                  n: stageIndex + 1,
                  stage: t(`replicationStage.${stage}`),
                })}
                {stage === plan.stage && plan.status === 'aktif' ? ` — ${t('planPrint.currentStage')}` : ''}
              </th>
            </tr>
            {milestones.length === 0 ? (
              <tr>
                <td />
                <td colSpan={4} className={classes.muted}>
                  {t('planPrint.milestonesNone')}
                </td>
              </tr>
            ) : (
              milestones.map((milestone) => {
                number += 1;
                const isLate = late.has(milestone.id);
                return (
                  <tr key={milestone.id}>
                    <td className={classes.number}>{number}</td>
                    <td>
                      {milestone.title}
                      {milestone.notes !== '' && <span className={classes.cellNote}>{milestone.notes}</span>}
                    </td>
                    <td>{milestone.ownerOpd}</td>
                    <td className={classes.dueCell}>{formatDate(milestone.dueDate, i18n.language)}</td>
                    <td className={isLate ? classes.late : undefined}>
                      {t(`planPrint.milestoneStatus.${milestone.status}`)}
                      {isLate && <span className={classes.cellNote}>{t('planPrint.overdue')}</span>}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        );
      })}
    </table>
  );
}

export function PlanEvaluationTable({ plan }: { plan: ReplicationPlan }) {
  const { t, i18n } = useTranslation();
  if (plan.evaluation.length === 0) return <p className={classes.muted}>{t('planPrint.evaluationNone')}</p>;
  const locale = intlLocale(i18n.language);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // Signed with a true minus, as the plan page's evaluation section writes changes.
  const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${number.format(Math.abs(n))}`;
  const value = (n: number | null) => (n === null ? t('planPrint.none') : number.format(n));
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col">{t('planPrint.col.indicator')}</th>
          <th scope="col">{t('planPrint.col.unit')}</th>
          <th scope="col" className={classes.numeric}>
            {t('planPrint.col.before')}
          </th>
          <th scope="col" className={classes.numeric}>
            {t('planPrint.col.after')}
          </th>
          <th scope="col" className={classes.numeric}>
            {t('planPrint.col.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {plan.evaluation.map((figure) => {
          const change = figureChange(figure.before, figure.after);
          return (
            <tr key={figure.id}>
              <td>
                {figure.indicator}
                {figure.note !== '' && <span className={classes.cellNote}>{figure.note}</span>}
              </td>
              <td>{figure.unit === '' ? t('planPrint.none') : figure.unit}</td>
              <td className={classes.numeric}>{value(figure.before)}</td>
              <td className={classes.numeric}>{value(figure.after)}</td>
              <td className={classes.numeric}>
                {change.difference === null ? t('planPrint.none') : signed(change.difference)}
                {change.relative !== null && (
                  <span className={classes.cellNote}>
                    {formatPercentChange(change.relative * 100, i18n.language)}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
