/**
 * An FGD's minutes as a document: letterhead, title, the facts, then agenda, attendance, cards by
 * cluster, vote results and decisions, each a numbered section with tables. Plain HTML set by the
 * plan's print stylesheet (the shared A4 frame) plus a few column rules of its own.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import base from '../../replication/export/plan-print.module.css';
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

function Agenda({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.agenda.length === 0) return <Empty>{t('fgdMinutes.agendaEmpty')}</Empty>;
  return (
    <table className={`${base.table} ${classes.fixed}`}>
      <colgroup>
        <col className={classes.colNumber} />
        <col className={classes.colStep} />
        <col />
        <col className={classes.colMinutes} />
        <col className={classes.colActivity} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={base.number}>
            {t('fgdMinutes.col.no')}
          </th>
          <th scope="col">{t('fgdMinutes.col.step')}</th>
          <th scope="col">{t('fgdMinutes.col.instruction')}</th>
          <th scope="col">{t('fgdMinutes.col.minutes')}</th>
          <th scope="col">{t('fgdMinutes.col.activity')}</th>
        </tr>
      </thead>
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
    </table>
  );
}

function Attendance({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.attendance.length === 0) return <Empty>{t('fgdMinutes.attendanceEmpty')}</Empty>;
  return (
    <>
      <table className={`${base.table} ${classes.fixed}`}>
        <colgroup>
          <col className={classes.colNumber} />
          <col />
          <col className={classes.colRegion} />
          <col className={classes.colVia} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={base.number}>
              {t('fgdMinutes.col.no')}
            </th>
            <th scope="col">{t('fgdMinutes.col.name')}</th>
            <th scope="col">{t('fgdMinutes.col.region')}</th>
            <th scope="col">{t('fgdMinutes.col.via')}</th>
          </tr>
        </thead>
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
      </table>
      <h3 className={classes.subheading}>{t('fgdMinutes.perRegion')}</h3>
      <table className={`${base.table} ${classes.perRegion}`}>
        <thead>
          <tr>
            <th scope="col">{t('fgdMinutes.col.region')}</th>
            <th scope="col" className={base.numeric}>
              {t('fgdMinutes.col.attendees')}
            </th>
          </tr>
        </thead>
        <tbody>
          {minutes.perRegion.map((entry) => (
            <tr key={entry.region}>
              <td>{entry.region}</td>
              <td className={base.numeric}>{entry.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
      <table className={`${base.table} ${classes.fixed}`}>
        <colgroup>
          <col className={classes.colNumber} />
          <col />
          <col className={classes.colDimension} />
          <col className={classes.colAuthor} />
          <col className={classes.colVotes} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={base.number}>
              {t('fgdMinutes.col.no')}
            </th>
            <th scope="col">{t('fgdMinutes.col.card')}</th>
            <th scope="col">{t('fgdMinutes.col.dimension')}</th>
            <th scope="col">{t('fgdMinutes.col.author')}</th>
            <th scope="col" className={base.numeric}>
              {t('fgdMinutes.col.votes')}
            </th>
          </tr>
        </thead>
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
      </table>
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
        <table className={`${base.table} ${classes.fixed}`}>
          <colgroup>
            <col className={classes.colRank} />
            <col />
            <col className={classes.colDimension} />
            <col className={classes.colVotes} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={base.numeric}>
                {t('fgdMinutes.col.rank')}
              </th>
              <th scope="col">{t('fgdMinutes.col.card')}</th>
              <th scope="col">{t('fgdMinutes.col.dimension')}</th>
              <th scope="col" className={base.numeric}>
                {t('fgdMinutes.col.votes')}
              </th>
            </tr>
          </thead>
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
        </table>
      )}
    </>
  );
}

function Decisions({ minutes }: { minutes: FgdMinutes }) {
  const { t } = useTranslation();
  if (minutes.decisions.length === 0) return <Empty>{t('fgdMinutes.decisionsEmpty')}</Empty>;
  const or = (text: string) => text || t('fgdMinutes.none');
  return (
    <table className={`${base.table} ${classes.fixed}`}>
      <colgroup>
        <col className={classes.colNumber} />
        <col className={classes.colKind} />
        <col />
        <col className={classes.colOwner} />
        <col className={classes.colDue} />
        <col className={classes.colLinked} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={base.number}>
            {t('fgdMinutes.col.no')}
          </th>
          <th scope="col">{t('fgdMinutes.col.kind')}</th>
          <th scope="col">{t('fgdMinutes.col.text')}</th>
          <th scope="col">{t('fgdMinutes.col.owner')}</th>
          <th scope="col">{t('fgdMinutes.col.due')}</th>
          <th scope="col">{t('fgdMinutes.col.linked')}</th>
        </tr>
      </thead>
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
    </table>
  );
}
