import { labels } from '../labels';

/** The area's landing page. The modules light up one by one as later issues build them. */
export function Workspace({ areaName }: { areaName: string }) {
  return (
    <main className="workspace">
      <section className="intro" aria-labelledby="workspace-title">
        <p className="eyebrow">
          {labels.workspaceEyebrow} · {areaName}
        </p>
        <h1 id="workspace-title">{labels.workspaceTitle}</h1>
        <p className="lead">{labels.workspaceLead}</p>
      </section>
      <section aria-labelledby="modules-title">
        <h2 id="modules-title" className="section-title">
          {labels.modulesHeading}
        </h2>
        <ul className="modules">
          {labels.modules.map((module) => (
            <li key={module.key} className="module" data-module={module.key}>
              <h3>{module.title}</h3>
              <p>{module.body}</p>
              <span className="tag">{labels.comingSoon}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
