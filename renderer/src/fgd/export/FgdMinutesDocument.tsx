/**
 * An FGD's minutes as a document: letterhead, title, the facts, then agenda, attendance, cards by
 * cluster, vote results and decisions, each a numbered section with tables. Plain HTML set by the
 * plan's print stylesheet (the shared A4 frame) plus a few column rules of its own.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import base from '../../print/print-sheet.module.css';
import type { FgdMinutes, MinutesCardStep, MinutesVoteStep } from './fgd-minutes';
import classes from './fgd-print.module.css';

export function FgdMinutesDocument({ minutes, stamp }: { minutes: FgdMinutes; stamp: string }) {
  const { t } = useTranslation();
  const sections: { title: string; body: ReactNode }[] = [
    { title: t('fgdMinutes.section.agenda'), body: <Agenda minutes={minutes} /> },
    { title: t('fgdMinutes.section.attendance'), body: <Attendance minutes={minutes} /> },
    { title: t('fgdMinutes.section.cards'), body: <Cards minutes={minutes} /> },
    { title: t('fgdMinutes.section.votes'), body: <Votes minutes={minutes} /> },
    { title: t('fgdMinutes.section.decisions'), body: <Decisions minutes={minutes} /> },
  ];
  const facts: [string, string][] = [
    [t('fgdMinutes.field.date'), minutes.date],
    [t('fgdMinutes.field.venue'), minutes.venue],
    [t('fgdMinutes.field.facilitators'), minutes.facilitators.join(', ')],
    [
      t('fgdMinutes.field.attendees'),
      t('fgdMinutes.attendeesValue', { count: minutes.attendance.length, regions: minutes.perRegion.length }),
    ],
  ];
  return (
    <article aria-labelledby="fgd-minutes-title">
      <header className={base.letterhead}>
        <p className={base.government}>
          {minutes.areaName.toLocaleUpperCase(minutes.locale === 'en' ? 'en-GB' : 'id-ID')}
        </p>
        <div className={base.rule} />
      </header>
      <h1 id="fgd-minutes-title" className={base.title}>
        {t('fgdMinutes.heading')}
      </h1>
      <p className={`${base.subtitle} ${classes.subtitle}`}>{minutes.title}</p>
      <table className={base.table} aria-label={t('fgdMinutes.factsLabel')}>
        <tbody>
          {facts.map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className={base.factLabel}>
                {name}
              </th>
              <td>{value === '' ? t('fgdMinutes.none') : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sections.map((section, index) => (
        <section key={section.title} className={`${base.section} ${base.tableSection}`}>
          <h2 className={base.sectionTitle}>{`${index + 1}. ${section.title}`}</h2>
          {section.body}
        </section>
      ))}
      <footer className={`${base.footer} ${base.screenOnly}`}>{stamp}</footer>
    </article>
  );
}

function Empty({ children }: { children: string }) {
  return <p className={base.muted}>{children}</p>;
}

/** A column of a minutes table: its heading, its width rule (none: it takes what is left), its alignment. */
type Column = { label: string; width?: string; align?: 'number' | 'numeric' };

/**
 * A minutes table with fixed column widths and a header row that repeats on every printed page; its
 * body (one or more tbody) is the caller's.
 */
function MinutesTable({
  columns,
  className = classes.fixed,
  children,
}: {
  columns: readonly Column[];
  className?: string;
  children: ReactNode;
}) {
  const align = (column: Column) => (column.align ? base[column.align] : undefined);
  return (
    <table className={`${base.table} ${className}`}>
      {columns.some((column) => column.width) && (
        <colgroup>
          {columns.map((column) => (
            <col key={column.label} className={column.width} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={align(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      {children}
    </table>
  );
}

function Agenda({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.agenda.length === 0) return <Empty>{t('fgdMinutes.agendaEmpty')}</Empty>;
  return (
    <MinutesTable
      columns={[
        { label: t('fgdMinutes.col.no'), width: classes.colNumber, align: 'number' },
        { label: t('fgdMinutes.col.step'), width: classes.colStep },
        { label: t('fgdMinutes.col.instruction') },
        { label: t('fgdMinutes.col.minutes'), width: classes.colMinutes },
        { label: t('fgdMinutes.col.activity'), width: classes.colActivity },
      ]}
    >
      <tbody>
        {minutes.agenda.map((step) => (
          <tr key={step.n}>
            <td className={base.number}>{step.n}</td>
            <td>{step.title}</td>
            <td className={classes.prewrap}>{step.instruction || t('fgdMinutes.none')}</td>
            <td>{t('fgdMinutes.minutesValue', { minutes: step.minutes })}</td>
            <td>{step.activity}</td>
          </tr>
        ))}
      </tbody>
    </MinutesTable>
  );
}

function Attendance({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.attendance.length === 0) return <Empty>{t('fgdMinutes.attendanceEmpty')}</Empty>;
  return (
    <>
      <MinutesTable
        columns={[
          { label: t('fgdMinutes.col.no'), width: classes.colNumber, align: 'number' },
          { label: t('fgdMinutes.col.name') },
          { label: t('fgdMinutes.col.region'), width: classes.colRegion },
          { label: t('fgdMinutes.col.via'), width: classes.colVia },
        ]}
      >
        <tbody>
          {minutes.attendance.map((person) => (
            <tr key={person.n}>
              <td className={base.number}>{person.n}</td>
              <td>{person.name}</td>
              <td>{person.region || t('fgdMinutes.none')}</td>
              <td>{person.via}</td>
            </tr>
          ))}
        </tbody>
      </MinutesTable>
      <h3 className={classes.subheading}>{t('fgdMinutes.perRegion')}</h3>
      <MinutesTable
        className={classes.perRegion}
        columns={[
          { label: t('fgdMinutes.col.region') },
          { label: t('fgdMinutes.col.attendees'), align: 'numeric' },
        ]}
      >
        <tbody>
          {minutes.perRegion.map((entry) => (
            <tr key={entry.region}>
              <td>{entry.region}</td>
              <td className={base.numeric}>{entry.count}</td>
            </tr>
          ))}
        </tbody>
      </MinutesTable>
    </>
  );
}

function Cards({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.cardSteps.length === 0) return <Empty>{t('fgdMinutes.cardsEmpty')}</Empty>;
  return minutes.cardSteps.map((step) => <CardStep key={step.title} step={step} />);
}

function CardStep({ step }: { step: MinutesCardStep }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className={classes.subheading}>
        {step.title}{' '}
        <span className={classes.count}>({t('fgdMinutes.cardCount', { count: step.cardCount })})</span>
      </h3>
      {step.anonymous && <p className={classes.note}>{t('fgdMinutes.anonymousStep')}</p>}
      <MinutesTable
        columns={[
          { label: t('fgdMinutes.col.no'), width: classes.colNumber, align: 'number' },
          { label: t('fgdMinutes.col.card') },
          { label: t('fgdMinutes.col.dimension'), width: classes.colDimension },
          { label: t('fgdMinutes.col.author'), width: classes.colAuthor },
          { label: t('fgdMinutes.col.votes'), width: classes.colVotes, align: 'numeric' },
        ]}
      >
        {step.groups.map((group) => (
          <tbody key={group.clustered ? `c-${group.name}` : 'loose'} className={classes.group}>
            <tr className={base.stageRow}>
              <th scope="colgroup" colSpan={5}>
                {group.clustered ? group.name : t('fgdMinutes.unclustered')}
              </th>
            </tr>
            {group.cards.map((card) => (
              <tr key={card.n}>
                <td className={base.number}>{card.n}</td>
                <td className={classes.prewrap}>{card.text}</td>
                <td>{card.dimension}</td>
                <td>{card.author}</td>
                <td className={base.numeric}>{card.votes}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </MinutesTable>
    </>
  );
}

function Votes({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.voteSteps.length === 0) return <Empty>{t('fgdMinutes.votesEmpty')}</Empty>;
  return minutes.voteSteps.map((step) => <VoteStep key={step.title} step={step} />);
}

function VoteStep({ step }: { step: MinutesVoteStep }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className={classes.subheading}>{step.title}</h3>
      <p className={classes.lead}>
        {t('fgdMinutes.voteSummary', { voters: step.voters, votes: step.votes })}
      </p>
      {step.results.length === 0 ? (
        <Empty>{t('fgdMinutes.noVotes')}</Empty>
      ) : (
        <MinutesTable
          columns={[
            { label: t('fgdMinutes.col.rank'), width: classes.colRank, align: 'numeric' },
            { label: t('fgdMinutes.col.card') },
            { label: t('fgdMinutes.col.dimension'), width: classes.colDimension },
            { label: t('fgdMinutes.col.votes'), width: classes.colVotes, align: 'numeric' },
          ]}
        >
          <tbody>
            {step.results.map((result) => (
              <tr key={`${result.rank}-${result.text}`}>
                <td className={base.numeric}>{result.rank}</td>
                <td className={classes.prewrap}>{result.text}</td>
                <td>{result.dimension}</td>
                <td className={base.numeric}>{result.votes}</td>
              </tr>
            ))}
          </tbody>
        </MinutesTable>
      )}
    </>
  );
}

function Decisions({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.decisions.length === 0) return <Empty>{t('fgdMinutes.decisionsEmpty')}</Empty>;
  const or = (text: string) => text || t('fgdMinutes.none');
  return (
    <MinutesTable
      columns={[
        { label: t('fgdMinutes.col.no'), width: classes.colNumber, align: 'number' },
        { label: t('fgdMinutes.col.kind'), width: classes.colKind },
        { label: t('fgdMinutes.col.text') },
        { label: t('fgdMinutes.col.owner'), width: classes.colOwner },
        { label: t('fgdMinutes.col.due'), width: classes.colDue },
        { label: t('fgdMinutes.col.linked'), width: classes.colLinked },
      ]}
    >
      <tbody>
        {minutes.decisions.map((decision) => (
          <tr key={decision.n}>
            <td className={base.number}>{decision.n}</td>
            <td>{decision.kind}</td>
            <td className={classes.prewrap}>{decision.text}</td>
            <td>{or(decision.owner)}</td>
            <td>{or(decision.dueDate)}</td>
            <td>{or(decision.linked)}</td>
          </tr>
        ))}
      </tbody>
    </MinutesTable>
  );
}
