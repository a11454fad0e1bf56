import { describe, it, expect } from 'vitest';
import {
  DEFAULT_DOMAINS,
  DomainRegistry,
  GENERAL_DOMAIN,
  normalizeDomainName,
} from '../../src/plan/domains.js';
import { OptionError } from '../../src/util/errors.js';

describe('DomainRegistry defaults', () => {
  const registry = new DomainRegistry();

  it('lists the default domains in their order, general last', () => {
    expect(registry.names()).toEqual([
      'frontend',
      'backend',
      'testing',
      'database',
      'devops',
      'security',
      'ml',
      'mobile',
      'documentation',
      'general',
    ]);
    expect(DEFAULT_DOMAINS.map(([n]) => n)).toEqual(registry.names().slice(0, -1));
  });

  it.each([
    ['Build login UI', 'frontend'],
    ['Create JWT API', 'backend'],
    ['Write tests', 'testing'],
    ['Security audit', 'security'],
    ['Add a Postgres migration', 'database'],
    ['Deploy with Docker to Kubernetes', 'devops'],
    ['Set up CI/CD', 'devops'],
    ['Train the model on the dataset', 'ml'],
    ['Ship the Flutter app on iOS and Android', 'mobile'],
    ['Update the README', 'documentation'],
  ])('detects %j as %s', (description, domain) => {
    expect(registry.detect(description)).toBe(domain);
  });

  it('counts a domain name as its keyword', () => {
    expect(registry.detect('Frontend polish')).toBe('frontend');
    expect(registry.detect('ML pipeline')).toBe('ml');
  });

  it('matches case-insensitively, whole words only, plurals included', () => {
    expect(registry.detect('Document the APIs')).toBe('backend');
    expect(registry.detect('Fix the flaky TESTS')).toBe('testing');
    expect(registry.detect('Write more specs')).toBe('testing');
    expect(registry.detect('Harden the vulnerabilities')).toBe('security');
    // `ui` in `build`, `orm` in `platform`, `ux` in `linux`: not words.
    expect(registry.detect('Build the platform for linux')).toBe(GENERAL_DOMAIN);
    expect(registry.detect('testable')).toBe(GENERAL_DOMAIN);
  });

  it('lets a phrase consume its words', () => {
    expect(registry.detect('Build a React Native screen')).toBe('mobile');
    expect(registry.detect('Write API docs')).toBe('documentation');
    expect(registry.detect('Tune neural networks')).toBe('ml');
    expect(registry.detect('React component')).toBe('frontend');
  });

  it('gives the domain with most matches, ties to the one listed first', () => {
    expect(registry.detect('API server tests')).toBe('backend'); // backend 2, testing 1
    expect(registry.detect('UI for the API')).toBe('frontend'); // 1 each: frontend is listed first
    expect(registry.detect('test the API')).toBe('backend'); // 1 each: backend before testing
  });

  it('answers general when nothing matches', () => {
    expect(registry.detect('Research competitors')).toBe(GENERAL_DOMAIN);
    expect(registry.detect('')).toBe(GENERAL_DOMAIN);
  });
});

describe('DomainRegistry registration', () => {
  it('registers custom domains with keywords', () => {
    const registry = new DomainRegistry();
    expect(registry.register('Blockchain', ['smart contract', 'web3', 'ethereum'])).toBe('blockchain');
    expect(registry.has('blockchain')).toBe(true);
    expect(registry.has('BLOCKCHAIN')).toBe(true);
    expect(registry.detect('Write smart contracts for Ethereum')).toBe('blockchain');
    // One match each with devops (`deploy`): the tie goes to devops, listed first.
    expect(registry.detect('Deploy smart contracts')).toBe('devops');
    expect(registry.names().at(-2)).toBe('blockchain');
    expect(registry.keywords('blockchain')).toEqual(['blockchain', 'smart contract', 'web3', 'ethereum']);
  });

  it('keeps a registered domain in its place and merges keywords', () => {
    const registry = new DomainRegistry();
    registry.register('frontend', ['svelte']);
    expect(registry.names().indexOf('frontend')).toBe(0);
    expect(registry.detect('Port to Svelte')).toBe('frontend');
  });

  it('clones independently', () => {
    const registry = new DomainRegistry();
    const copy = registry.clone();
    copy.register('defi', ['liquidity']);
    expect(copy.detect('Build liquidity pool')).toBe('defi');
    expect(registry.has('defi')).toBe(false);
    expect(registry.detect('Build liquidity pool')).toBe(GENERAL_DOMAIN);
  });

  it('offers a static register on a shared default', () => {
    DomainRegistry.register('quantum-x', ['qubit']);
    expect(DomainRegistry.default.has('quantum-x')).toBe(true);
    expect(DomainRegistry.default.detect('Simulate a qubit')).toBe('quantum-x');
  });

  it.each(['', 'Front End', '1st', 'a'.repeat(41), 'ui/ux', 'é'])('refuses the domain name %j', (name) => {
    const registry = new DomainRegistry();
    expect(() => registry.register(name)).toThrow(OptionError);
    expect(() => registry.register(name)).toThrow(`'${name}'`);
  });

  it('normalizes case and whitespace of names', () => {
    expect(normalizeDomainName('  DevOps ')).toBe('devops');
    expect(normalizeDomainName('ab-1')).toBe('ab-1');
  });

  it('refuses empty keywords', () => {
    expect(() => new DomainRegistry().register('x', ['  '])).toThrow(OptionError);
    expect(() => new DomainRegistry().register('x', ['--'])).toThrow(OptionError);
  });

  it('escapes regex characters in keywords', () => {
    const registry = new DomainRegistry();
    registry.register('native', ['c++', 'node.js', '(x)']);
    expect(registry.detect('Port to C++')).toBe('native');
    expect(registry.detect('Upgrade node.js')).toBe('native');
    expect(registry.detect('Upgrade nodexjs')).toBe(GENERAL_DOMAIN);
  });

  it('an empty registry detects general', () => {
    expect(new DomainRegistry([]).detect('Build UI')).toBe(GENERAL_DOMAIN);
  });

  it('detects 5,000 tasks quickly', () => {
    const registry = new DomainRegistry();
    const tasks = Array.from(
      { length: 5000 },
      (_, i) => `Task ${i}: build the UI component and the API endpoint tests`,
    );
    const start = performance.now();
    for (const t of tasks) registry.detect(t);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
