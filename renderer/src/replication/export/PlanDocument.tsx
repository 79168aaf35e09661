/**
 * The replication plan as an official document of the adopting region: letterhead, title, the plan's
 * facts, risks and requested support, formal records, milestones per stage, evaluation figures, the
 * source region's support and the notes. Plain HTML set by print-sheet.module.css, so it prints the
 * same in every browser and in the desktop app.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { planProgress, REPLICATION_STAGES } from '../../../../shared/model/replication-plan';
import { useArea } from '../../app/hooks';
import { formatDate, formatDateTime, formatRupiah, intlLocale } from '../../catalog/innovation-format';
import classes from '../../print/print-sheet.module.css';
import type { PlanView } from '../plan-view';
import { type NoteNode, notesEmpty } from './notes-tree';
import { PlanEvaluationTable, PlanMilestonesTable } from './PlanDocumentTables';
import { PlanNotesText } from './PlanNotesText';
import { letterheadArea, letterheadRegion, regionFullName } from './plan-document';

export interface PlanDocumentProps {
  view: PlanView;
  notes: readonly NoteNode[];
  /** yyyy-mm-dd: what "late" is measured against. */
  today: string;
  printedAt: Date;
}

export function PlanDocument({ view, notes, today, printedAt }: PlanDocumentProps) {
  const { t, i18n } = useTranslation();
  const area = useArea();
  const { plan, row } = view;
  const sections: { title: string; body: ReactNode; table?: boolean }[] = [
    { title: t('planPrint.section.facts'), body: <PlanFacts view={view} today={today} /> },
    { title: t('planPrint.field.risks'), body: <Paragraph text={plan.risks} empty={t('planPrint.none')} /> },
    {
      title: t('planPrint.field.supportRequested'),
      body: <Paragraph text={plan.supportRequested} empty={t('planPrint.none')} />,
    },
    { title: t('planPrint.section.records'), body: <PlanRecords view={view} /> },
    {
      title: t('planPrint.section.milestones'),
      body: <PlanMilestonesTable plan={plan} today={today} />,
      table: true,
    },
    { title: t('planPrint.section.evaluation'), body: <PlanEvaluationTable plan={plan} />, table: true },
    { title: t('planPrint.section.support'), body: <PlanSupport view={view} /> },
    {
      title: t('planPrint.notes.title'),
      body: notesEmpty(notes) ? (
        <p className={classes.muted}>{t('planPrint.notes.none')}</p>
      ) : (
        <PlanNotesText nodes={notes} className={classes.notes} />
      ),
    },
  ];
  return (
    <article aria-labelledby="plan-print-title">
      <header className={classes.letterhead}>
        <p className={classes.government}>
          {t('planPrint.government', { region: letterheadRegion(plan.adopterCode) })}
        </p>
        <p className={classes.area}>{letterheadArea(area.name)}</p>
        <div className={classes.rule} />
      </header>
      <h1 id="plan-print-title" className={classes.title}>
        {t('planPrint.title')}
      </h1>
      <p className={classes.subtitle}>
        {t('planPrint.subtitle', {
          innovation: row.innovationName,
          source: regionFullName(plan.source.regionCode),
        })}
      </p>
      {sections.map((section, index) => (
        <section
          key={section.title}
          className={section.table ? `${classes.section} ${classes.tableSection}` : classes.section}
        >
          <h2 className={classes.sectionTitle}>{`${index + 1}. ${section.title}`}</h2>
          {section.body}
        </section>
      ))}
      <footer className={`${classes.footer} ${classes.screenOnly}`}>
        {t('planPrint.footer', { date: formatDateTime(printedAt.toISOString(), i18n.language) })}
      </footer>
    </article>
  );
}

function Paragraph({ text, empty }: { text: string; empty: string }) {
  return text.trim() === '' ? (
    <p className={classes.muted}>{empty}</p>
  ) : (
    <p className={classes.paragraph}>{text}</p>
  );
}

function FactTable({ rows, label }: { rows: readonly (readonly [string, ReactNode])[]; label: string }) {
  return (
    <table className={classes.table} aria-label={label}>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row" className={classes.factLabel}>
              {name}
            </th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlanFacts({ view, today }: { view: PlanView; today: string }) {
  const { t, i18n } = useTranslation();
  const { plan, row } = view;
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent' });
  const stageNumber = REPLICATION_STAGES.indexOf(plan.stage) + 1;
  const budget =
    plan.budget.amount === null
      ? t('planPrint.budgetUnset')
      : plan.budget.source.trim() === ''
        ? formatRupiah(plan.budget.amount)
        : t('planPrint.budgetWithSource', {
            amount: formatRupiah(plan.budget.amount),
            source: plan.budget.source,
          });
  const or = (text: string) => (text.trim() === '' ? t('planPrint.none') : text);
  return (
    <FactTable
      label={t('planPrint.section.facts')}
      rows={[
        [t('planPrint.field.innovation'), row.innovationName],
        [t('planPrint.field.source'), regionFullName(plan.source.regionCode)],
        [t('planPrint.field.adopter'), regionFullName(plan.adopterCode)],
        [t('planPrint.field.facilitator'), or(plan.facilitator)],
        [t('planPrint.field.adaptation'), t(`planPrint.adaptation.${plan.adaptation}`)],
        [
          t('planPrint.field.stage'),
          t('planPrint.stageOf', {
            stage: t(`replicationStage.${plan.stage}`),
            n: stageNumber,
            total: REPLICATION_STAGES.length,
          }),
        ],
        [t('planPrint.field.status'), t(`planPrint.status.${plan.status}`)],
        [
          t('planPrint.field.progress'),
          t('planPrint.progressValue', {
            percent: percent.format(planProgress(plan, today).fraction),
            done: plan.milestones.filter((milestone) => milestone.status === 'selesai').length,
            total: plan.milestones.length,
          }),
        ],
        [t('planPrint.field.budget'), budget],
        [t('planPrint.field.rpjmd'), or(plan.rpjmdReference)],
      ]}
    />
  );
}

function PlanRecords({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const { letterOfIntent: letter, agreement } = view.plan;
  const notRecorded = <span className={classes.muted}>{t('planPrint.notRecorded')}</span>;
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col">{t('planPrint.col.document')}</th>
          <th scope="col">{t('planPrint.col.number')}</th>
          <th scope="col">{t('planPrint.col.date')}</th>
          <th scope="col">{t('planPrint.col.remarks')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('planPrint.letter.title')}</th>
          {letter ? (
            <>
              <td>{letter.number}</td>
              <td className={classes.dueCell}>{formatDate(letter.date, i18n.language)}</td>
              <td>{letter.link === '' ? t('planPrint.none') : letter.link}</td>
            </>
          ) : (
            <td colSpan={3}>{notRecorded}</td>
          )}
        </tr>
        <tr>
          <th scope="row">{t('planPrint.agreement.title')}</th>
          {agreement ? (
            <>
              <td>{agreement.number}</td>
              <td className={classes.dueCell}>{formatDate(agreement.date, i18n.language)}</td>
              <td>{t('planPrint.agreement.partiesValue', { parties: agreement.parties.join('; ') })}</td>
            </>
          ) : (
            <td colSpan={3}>{notRecorded}</td>
          )}
        </tr>
      </tbody>
    </table>
  );
}

function PlanSupport({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const { support, plan } = view;
  const region = regionFullName(plan.source.regionCode);
  if (!support) {
    return (
      <FactTable
        label={t('planPrint.section.support')}
        rows={[
          [t('planPrint.field.support'), t('planPrint.support.stateOpen')],
          [t('planPrint.support.detail'), t('planPrint.support.none', { region })],
        ]}
      />
    );
  }
  const rows: [string, ReactNode][] = [
    [
      t('planPrint.field.support'),
      support.confirmed ? t('planPrint.support.stateConfirmed') : t('planPrint.support.stateOpen'),
    ],
    [
      t('planPrint.support.detail'),
      support.confirmed
        ? t('planPrint.support.confirmed', { region })
        : t('planPrint.support.open', { region }),
    ],
    [t('planPrint.support.recordedBy'), support.updated.by.name],
    [t('planPrint.support.recordedAt'), formatDateTime(support.updated.at, i18n.language)],
  ];
  if (support.message.trim() !== '') rows.push([t('planPrint.support.message'), support.message]);
  return <FactTable label={t('planPrint.section.support')} rows={rows} />;
}
