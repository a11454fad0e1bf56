import { defineConfig } from 'vitest/config';

// Two projects: fast pure unit tests, and integration tests against real processes, tmux, git,
// Docker and the OpenCode binary (`*.int.test.ts`), which run one file at a time on these 2-core machines.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/**/*.int.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
