/**
 * App-wide "deny by default" rules, registered once before any window exists so that every web
 * contents — including ones a later issue adds (presenter window) — inherits them.
 */
import { app, type Session, shell } from 'electron';
import { checkExternalUrl } from './external-url';
import { describeUrlForLog } from './url-log';

export function hardenApp(): void {
  // Sandbox every renderer, even one created with options that forget to ask for it.
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents) => {
    // The renderer is a single-page app: it never navigates. A navigation is a link that slipped
    // through or injected content, so it is refused, never opened in our privileged window.
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      console.warn(`blocked navigation to ${describeUrlForLog(url)}`);
    });
    contents.on('will-redirect', (event, url) => {
      event.preventDefault();
      console.warn(`blocked redirect to ${describeUrlForLog(url)}`);
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      console.warn('blocked a <webview>');
    });
    contents.setWindowOpenHandler(({ url }) => {
      // Never a new Electron window; an https link to a public site goes to the system browser.
      const external = checkExternalUrl(url);
      if (external.ok) {
        shell
          .openExternal(external.url)
          .catch((error: unknown) => console.warn('could not open a link', error));
      } else {
        console.warn(`blocked a new window for ${describeUrlForLog(url)}: ${external.reason}`);
      }
      return { action: 'deny' };
    });
  });
}

/** Refuses camera, microphone, notifications, geolocation and every other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
