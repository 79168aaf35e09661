import { execFileSync } from 'node:child_process';

/** Integration tests run the real hub bundle as a child process: build it once per run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-hub.mjs'], { stdio: 'inherit' });
}
