export interface StopStep {
  /** The clean way: drain requests, close the driver, stop Neo4j with a checkpoint. */
  graceful: () => Promise<void>;
  /** What must not survive a stop that ran out of time (kill Neo4j); synchronous, it runs just before exit. */
  forced?: () => void;
}

export interface GracefulStopOptions {
  log: (line: string) => void;
  /** Forced stop after this long; process managers commonly SIGKILL after 10–30 s (systemd 90, Docker 10). */
  deadlineMs: number;
  /** How often to check that the process which started this one is still there. */
  parentCheckMs?: number;
}

/**
 * How the run command ends. Triggers: SIGINT (Ctrl-C), SIGTERM (process managers, containers), and the
 * disappearance of the parent process. The last matters for `npm start`: npm forwards SIGTERM to the
 * shell that runs the script, the shell dies without passing it on, and this process would be left to
 * init; noticing the new parent, it stops as if it had been sent the signal. The steps run last
 * added first (the API before the database); if they outlast the deadline the forced steps run and the
 * process exits with 1.
 */
export class GracefulStop {
  private readonly steps: StopStep[] = [];
  private stopping = false;

  constructor(private readonly options: GracefulStopOptions) {
    process.on('SIGINT', () => void this.stop('SIGINT'));
    process.on('SIGTERM', () => void this.stop('SIGTERM'));
    const parent = process.ppid;
    const parentCheck = setInterval(() => {
      if (process.ppid !== parent) void this.stop(`the parent process (${parent}) is gone`);
    }, options.parentCheckMs ?? 500);
    parentCheck.unref();
  }

  add(step: StopStep): void {
    this.steps.push(step);
  }

  /** Runs the steps once (later calls wait for nothing), then exits the process. */
  async stop(reason: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const { log, deadlineMs } = this.options;
    log(`${reason}: finishing in-flight requests, then stopping.`);
    const deadline = setTimeout(() => {
      log(`Stopping took longer than ${deadlineMs / 1000} s: killing what is left.`);
      this.runForced();
      process.exit(1);
    }, deadlineMs);
    let failed = false;
    for (const step of [...this.steps].reverse()) {
      try {
        await step.graceful();
      } catch (error) {
        failed = true;
        log(`A stop step failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    clearTimeout(deadline);
    if (failed) this.runForced();
    process.exit(failed ? 1 : 0);
  }

  private runForced(): void {
    for (const step of [...this.steps].reverse()) {
      try {
        step.forced?.();
      } catch {
        // Nothing more can be done for this step; the others still run.
      }
    }
  }
}
