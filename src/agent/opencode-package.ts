/**
 * Which npm package holds the real OpenCode binary for a machine: the platform packages the `opencode-ai`
 * launcher depends on (`opencode-<os>-<cpu>[-baseline][-musl]`, a self-contained binary in `bin/`), chosen
 * the way its postinstall chooses. Pure; the machine's facts come in as arguments.
 */
import { readFileSync } from 'node:fs';

export interface MachineFacts {
  platform: NodeJS.Platform;
  arch: string;
  /** x64 CPUs without AVX2 need the `-baseline` build. */
  avx2: boolean;
  /** Linux without glibc (Alpine) needs the `-musl` build. */
  musl: boolean;
}

export interface OpencodePackage {
  name: string;
  /** The executable's path inside the package. */
  binary: string;
}

export function opencodePackage(machine: MachineFacts): OpencodePackage | { unavailable: string } {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[machine.platform as string];
  const cpu = { x64: 'x64', arm64: 'arm64' }[machine.arch];
  if (!os || !cpu)
    return { unavailable: `OpenCode publishes no binary for ${machine.platform}/${machine.arch}` };
  const baseline = cpu === 'x64' && !machine.avx2 ? '-baseline' : '';
  const musl = os === 'linux' && machine.musl ? '-musl' : '';
  return {
    name: `opencode-${os}-${cpu}${baseline}${musl}`,
    binary: os === 'windows' ? 'bin/opencode.exe' : 'bin/opencode',
  };
}

/** The facts of this machine. */
export function thisMachine(): MachineFacts {
  let avx2 = true;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      avx2 = /^flags\s*:.*\bavx2\b/m.test(readFileSync('/proc/cpuinfo', 'utf8'));
    } catch {
      // No /proc: assume a CPU of this decade.
    }
  }
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)
    ?.header;
  return {
    platform: process.platform,
    arch: process.arch,
    avx2,
    musl: process.platform === 'linux' && !header?.glibcVersionRuntime,
  };
}
