import fs from 'node:fs';
import path from 'node:path';

import { isRunning, startTimeOf } from './runningProcesses';
import { TEST_PORT_BASE } from './testPorts';

// One file per port base, so that a run never kills another run's processes.
const FILE = path.resolve(__dirname, '..', '..', '.data', `test-processes-${TEST_PORT_BASE}.txt`);

/**
 * Remembers a process a test started (with `group`, the process group it leads: a detached child and
 * everything it starts), so that global tear-down kills it when the test that started it could not:
 * a test that failed or timed out before its `finally`, or a whole run cut short.
 */
export function trackProcess(pid: number | undefined, { group = false } = {}): void {
  if (pid === undefined) return;
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.appendFileSync(FILE, `${pid} ${group ? 'group' : 'process'} ${startTimeOf(pid) ?? '-'}\n`);
}

/** Kills (SIGKILL) every remembered process, or group, still running, and forgets them all; says what it killed. */
export function killTrackedProcesses(): string[] {
  if (!fs.existsSync(FILE)) return [];
  const killed: string[] = [];
  for (const line of fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean)) {
    const [pidText, kind, started] = line.split(' ');
    const pid = Number(pidText);
    // A running pid that started at another time is another process that got the number: not ours.
    if (isRunning(pid) && startTimeOf(pid) !== started) continue;
    try {
      // A group outlives its leader as long as one member runs; the group id stays reserved meanwhile.
      process.kill(kind === 'group' ? -pid : pid, 'SIGKILL');
      killed.push(`${kind} ${pid}`);
    } catch {
      // Already gone.
    }
  }
  fs.rmSync(FILE, { force: true });
  return killed;
}
