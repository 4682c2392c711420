import fs from 'node:fs';

// Linux's /proc, read directly: what runs, who started it, and with which command line.

function pids(): number[] {
  return fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
}

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
}

/** The fields of /proc/<pid>/stat after the command name (which may itself hold spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  const stat = read(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** True while the process exists and is not a zombie. */
export function isRunning(pid: number): boolean {
  const state = statFields(pid)?.[0];
  return state !== undefined && state !== 'Z';
}

/** When the process started (clock ticks since boot): with the pid, it names one process even after the pid is reused. */
export function startTimeOf(pid: number): string | undefined {
  return statFields(pid)?.[19];
}

/** The process and all its descendants, running now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of pids()) {
    const parent = Number(statFields(pid)?.[1]);
    if (!Number.isNaN(parent)) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    (children.get(pid) ?? []).forEach(visit);
  };
  if (isRunning(root)) visit(root);
  return tree.filter(isRunning);
}

/** The Neo4j launchers (java … Launcher.java <dataDir> …) running on this data folder, whoever started them. */
export function neo4jProcessesOn(dataDir: string): number[] {
  return pids().filter((pid) => {
    const args = read(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
    const launcher = args.indexOf('Launcher.java');
    return launcher >= 0 && args[launcher + 1] === dataDir && isRunning(pid);
  });
}
