/**
 * The real hub for the UI benchmark: out/hub/index.js on a free port over a data folder that outlives
 * it, serving the built web client, so a restart reads the same documents back from disk.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { trackChild } from './cleanup.js';

export interface Hub {
  httpUrl: string;
  wsUrl: string;
  pid: number;
  /** SIGTERM (the hub stores what it holds), SIGKILL after `timeoutMs`; resolves with how it ended. */
  stop(timeoutMs?: number): Promise<string>;
}

const LISTENING = /listening on ws:\/\/([^\s:/]+):(\d+)/;
const KEPT_LINES = 30;

export function startHub(entry: string, dataDir: string, webDir: string, timeoutMs = 20_000): Promise<Hub> {
  const args = [entry, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--web', webDir];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      lines.push(line);
      if (process.env.BENCH_VERBOSE) process.stderr.write(`  [hub] ${line}\n`);
    }
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  // Always drained: a hub blocked on a full pipe would look like a slow hub.
  child.stderr?.on('data', keep);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let ready = false;
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`hub ${why}:\n    ${lines.join('\n    ')}`));
    };
    const timer = setTimeout(() => fail(`printed no "listening on" line within ${timeoutMs} ms`), timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`exited before listening (${code ?? signal})`);
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (ready) return;
      stdout += chunk.toString('utf8');
      const match = LISTENING.exec(stdout);
      if (match?.[1] === undefined || match[2] === undefined) return;
      ready = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      const origin = `${match[1]}:${match[2]}`;
      resolve({
        httpUrl: `http://${origin}/`,
        wsUrl: `ws://${origin}`,
        pid: child.pid ?? -1,
        stop: (stopTimeoutMs = 10_000) => stopChild(child, stopTimeoutMs, lines),
      });
    });
  });
}

async function stopChild(child: ChildProcess, timeoutMs: number, lines: string[]): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return `had already exited (${child.exitCode ?? child.signalCode}): ${lines.slice(-5).join(' / ')}`;
  }
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code === 0 ? 'clean' : `exit ${code ?? signal}`));
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const how = await exited;
  clearTimeout(timer);
  return how;
}
