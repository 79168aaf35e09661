/**
 * The commitment as the area's official document: letterhead, title, the facts (event, status, round),
 * the text, the items per dimension, every member region's signature in signing order, and the hash
 * those signatures certify. Plain HTML set by the plan's print stylesheet plus a few rules of its own,
 * so it prints the same in every browser and in the desktop app.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import base from '../../print/print-sheet.module.css';
import { notesEmpty } from '../../replication/export/notes-tree';
import { PlanNotesText } from '../../replication/export/PlanNotesText';
import type { CommitmentDocumentModel, DocumentDimension, DocumentSignature } from './commitment-document';
import classes from './commitment-print.module.css';

export function CommitmentDocument({ model, stamp }: { model: CommitmentDocumentModel; stamp: string }) {
  const { t } = useTranslation();
  const sections: { title: string; body: ReactNode; table?: boolean }[] = [
    {
      title: t('commitmentPrint.section.text'),
      body: notesEmpty(model.text) ? (
        <p className={base.muted}>{t('commitmentPrint.textEmpty')}</p>
      ) : (
        <PlanNotesText nodes={model.text} className={classes.text} />
      ),
      table: true,
    },
    {
      title: t('commitmentPrint.section.items'),
      body: <ItemsTable dimensions={model.dimensions} />,
      table: true,
    },
    { title: t('commitmentPrint.section.signatures'), body: <Signatures model={model} />, table: true },
    { title: t('commitmentPrint.section.validity'), body: <Validity model={model} /> },
  ];
  return (
    <article aria-labelledby="commitment-print-title">
      {model.draft && (
        <div className={classes.watermark} aria-hidden="true">
          {t('commitmentPrint.watermark')}
        </div>
      )}
      <header className={base.letterhead}>
        <p className={base.government}>{model.areaName.toLocaleUpperCase(localeTag(model.locale))}</p>
        <div className={base.rule} />
      </header>
      <h1 id="commitment-print-title" className={base.title}>
        {t('commitmentPrint.heading')}
      </h1>
      <p className={`${base.subtitle} ${classes.subtitle}`}>{model.title}</p>
      {model.draft && (
        <div className={classes.draftMark} role="note">
          <strong>{t('commitmentPrint.draftMark')}</strong>
          <span>{t('commitmentPrint.draftNote')}</span>
        </div>
      )}
      <FactTable
        label={t('commitmentPrint.factsLabel')}
        rows={[
          [t('commitmentPrint.field.area'), model.areaName],
          [t('commitmentPrint.field.event'), model.event.title],
          [t('commitmentPrint.field.date'), model.event.date],
          [t('commitmentPrint.field.venue'), model.event.venue],
          [t('commitmentPrint.field.status'), t(`commitmentPrint.status.${model.stage}`)],
          [t('commitmentPrint.field.round'), String(model.round)],
          [
            t('commitmentPrint.field.signed'),
            t('commitmentPrint.signedValue', { signed: model.signed, total: model.signatures.length }),
          ],
        ]}
      />
      {sections.map((section, index) => (
        <section
          key={section.title}
          className={section.table ? `${base.section} ${base.tableSection}` : base.section}
        >
          <h2 className={base.sectionTitle}>{`${index + 1}. ${section.title}`}</h2>
          {section.body}
        </section>
      ))}
      <footer className={`${base.footer} ${base.screenOnly}`}>{stamp}</footer>
    </article>
  );
}

function localeTag(locale: CommitmentDocumentModel['locale']): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

function FactTable({ rows, label }: { rows: readonly (readonly [string, string])[]; label: string }) {
  const { t } = useTranslation();
  return (
    <table className={base.table} aria-label={label}>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row" className={base.factLabel}>
              {name}
            </th>
            <td>{value === '' ? t('commitmentPrint.none') : value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Names({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return t('commitmentPrint.none');
  return (
    <ul className={classes.cellList}>
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

function ItemsTable({ dimensions }: { dimensions: readonly DocumentDimension[] }) {
  const { t } = useTranslation();
  if (dimensions.length === 0) return <p className={base.muted}>{t('commitmentPrint.itemsEmpty')}</p>;
  let number = 0;
  return (
    <table className={`${base.table} ${classes.itemsTable}`}>
      <colgroup>
        <col className={classes.colNumber} />
        <col className={classes.colItem} />
        <col className={classes.colLead} />
        <col className={classes.colSupporting} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={base.number}>
            {t('commitmentPrint.col.no')}
          </th>
          <th scope="col">{t('commitmentPrint.col.item')}</th>
          <th scope="col">{t('commitmentPrint.col.lead')}</th>
          <th scope="col">{t('commitmentPrint.col.supporting')}</th>
          <th scope="col">{t('commitmentPrint.col.followUps')}</th>
        </tr>
      </thead>
      {dimensions.map((dimension) => (
        // One body per dimension, kept on one page where it fits: a dimension's name never ends a page.
        <tbody key={dimension.name} className={base.stageGroup}>
          <tr className={base.stageRow}>
            <th scope="colgroup" colSpan={5}>
              {dimension.name}
            </th>
          </tr>
          {dimension.items.map((item) => {
            number += 1;
            return (
              <tr key={`${number}-${item.title}`}>
                <td className={base.number}>{number}</td>
                <td>{item.title}</td>
                <td>
                  <Names names={item.lead} />
                </td>
                <td>
                  <Names names={item.supporting} />
                </td>
                <td>
                  <Names names={item.followUps} />
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}

function Signatures({ model }: { model: CommitmentDocumentModel }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={classes.lead}>
        {t('commitmentPrint.signaturesSummary', { signed: model.signed, total: model.signatures.length })}
      </p>
      <table className={`${base.table} ${classes.signatureTable}`}>
        <colgroup>
          <col className={classes.colNumber} />
          <col className={classes.colRegion} />
          <col className={classes.colOfficial} />
          <col className={classes.colPosition} />
          <col className={classes.colTime} />
          <col className={classes.colState} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={base.number}>
              {t('commitmentPrint.col.no')}
            </th>
            <th scope="col">{t('commitmentPrint.col.region')}</th>
            <th scope="col">{t('commitmentPrint.col.official')}</th>
            <th scope="col">{t('commitmentPrint.col.position')}</th>
            <th scope="col">{t('commitmentPrint.col.signedAt')}</th>
            <th scope="col">{t('commitmentPrint.col.state')}</th>
          </tr>
        </thead>
        <tbody>
          {model.signatures.map((signature, index) => (
            <SignatureRow key={signature.regionName} n={index + 1} signature={signature} />
          ))}
        </tbody>
      </table>
      <p className={classes.note}>{t('commitmentPrint.signaturesNote')}</p>
    </>
  );
}

function SignatureRow({ n, signature }: { n: number; signature: DocumentSignature }) {
  const { t } = useTranslation();
  const or = (text: string) => (text === '' ? t('commitmentPrint.none') : text);
  return (
    <tr>
      <td className={base.number}>{n}</td>
      <th scope="row" className={classes.regionCell}>
        {signature.regionName}
      </th>
      <td>{or(signature.official)}</td>
      <td>{or(signature.position)}</td>
      <td>
        {signature.signedDate === '' ? (
          t('commitmentPrint.none')
        ) : (
          <>
            <span className={classes.nowrap}>{signature.signedDate}</span>{' '}
            <span className={classes.nowrap}>{signature.signedTime}</span>
          </>
        )}
      </td>
      <td>{t(`commitmentPrint.state.${signature.state}`)}</td>
    </tr>
  );
}

function Validity({ model }: { model: CommitmentDocumentModel }) {
  const { t } = useTranslation();
  return (
    <>
      <table className={base.table} aria-label={t('commitmentPrint.section.validity')}>
        <tbody>
          <tr>
            <th scope="row" className={classes.validityLabel}>
              {t('commitmentPrint.field.hash')}
            </th>
            <td>
              <code className={classes.hash}>{model.hash}</code>
            </td>
          </tr>
          <tr>
            <th scope="row" className={classes.validityLabel}>
              {t('commitmentPrint.field.round')}
            </th>
            <td>{model.round}</td>
          </tr>
          <tr>
            <th scope="row" className={classes.validityLabel}>
              {t('commitmentPrint.field.printedAt')}
            </th>
            <td>{model.printedAt}</td>
          </tr>
        </tbody>
      </table>
      <p className={classes.note}>{t('commitmentPrint.hashNote')}</p>
    </>
  );
}
