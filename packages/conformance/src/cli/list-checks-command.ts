import { describeChecks } from '../report.js';

/** `cx-conformance list-checks`: every check id with what it asks, in plain words. */
export function listChecksCommand(write: (text: string) => void): number {
  for (const check of describeChecks()) {
    write(`${check.id}\n  ${check.title}.\n  ${wrap(check.explanation)}\n  Severity: ${wrap(check.severity)}\n\n`);
  }
  return 0;
}

function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n  ');
}
