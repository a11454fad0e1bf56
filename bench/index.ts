/**
 * `npm run bench`: the figures the issues ask for, each as a ratio or difference against a baseline measured
 * in the same run (these machines are shared and noisy). Prints one markdown table.
 */
import { actionsBench } from './actions.js';
import { apiBench } from './api.js';
import { coreBench } from './core.js';
import { dockerBench } from './docker.js';
import { engineBench } from './engine.js';
import { imageBench } from './image.js';
import { opencodeBench } from './opencode.js';
import { plansBench } from './plans.js';
import { printTable, type Row } from './stats.js';

const rows: Row[] = [];
const only = process.argv[2];
const suites: Array<[string, () => Promise<Row[]>]> = [
  ['core', coreBench],
  ['engine', engineBench],
  ['docker', dockerBench],
  ['image', imageBench],
  ['opencode', opencodeBench],
  ['plans', plansBench],
  ['actions', actionsBench],
  ['api', apiBench],
];
for (const [name, suite] of suites) {
  if (only && only !== name) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await suite()));
}
printTable(rows);
