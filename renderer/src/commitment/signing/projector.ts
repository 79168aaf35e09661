/** The signing board's route for the room's projector (opened with shell/open-presenter.ts). */
export const projectorPath = (commitmentId: string): string => `/papan/komitmen/${commitmentId}`;
