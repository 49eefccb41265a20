// Tests that start real processes (`npm start`, `npm run supergraph`) start each in its own process
// group, so they can check that the whole tree exited and kill whatever did not.
import type { ChildProcess } from 'node:child_process';

/** True while any process of the group led by `pid` still exists. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to `ms` for every process of the group to exit; false if some still run. */
export async function waitForGroupExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !groupAlive(pid);
}

/** For afterEach: SIGKILLs the group of every child still alive, so no test leaves a process behind. */
export function killGroups(children: readonly ChildProcess[]): void {
  for (const child of children) {
    if (child.pid !== undefined && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  }
}
