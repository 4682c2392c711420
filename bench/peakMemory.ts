import fs from 'node:fs';

/** Peak resident set size of process `pid` so far, in MB (Linux VmHWM); undefined elsewhere. */
export function peakResidentMb(pid: number | 'self' = 'self'): number | undefined {
  return statusField(pid, 'VmHWM');
}

/** Current resident set size of process `pid`, in MB (Linux VmRSS); undefined elsewhere. */
export function residentMb(pid: number | 'self' = 'self'): number | undefined {
  return statusField(pid, 'VmRSS');
}

function statusField(pid: number | 'self', field: string): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}
