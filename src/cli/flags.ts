/** The engine names options as the library does (`timeoutMs`); the CLI user knows them as flags. */
const FLAGS: Record<string, string> = {
  timeoutMs: '--timeout',
  stallMs: '--stall',
  maxCostUsd: '--max-cost',
  maxRunCostUsd: '--max-run-cost',
  envNames: '--env',
};

export function cliFlag(option: string): string {
  return FLAGS[option] ?? `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
