// The stack's clock for the specs that let days pass (an objection window, a deadline): the backend started by
// test.sh reads an offset (an ISO-8601 duration) from the file REDLINE_CLOCK_OFFSET_FILE names. Only the 'clock'
// project, which runs after every other spec, may move it.
import { writeFileSync } from 'node:fs';

function offsetFile(): string {
  const file = process.env.REDLINE_CLOCK_OFFSET_FILE;
  if (!file) {
    throw new Error('REDLINE_CLOCK_OFFSET_FILE is not set: start the stack and the tests with it (test.sh does)');
  }
  return file;
}

/** Moves the server's time to `days` days from now (0 takes it back), and waits for the backend to read it. */
export async function serverDaysFromNow(days: number): Promise<void> {
  writeFileSync(offsetFile(), days === 0 ? '' : `P${days}D\n`);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
