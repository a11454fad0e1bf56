import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageRequest, LOCAL_IMAGE, releaseImage } from '../../src/runtime/image/names.js';
import { OPENCODE_VERSION, VERSION } from '../../src/version.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('releaseImage', () => {
  it('is ghcr.io/<owner of the action being run>/orchestrate-action-worker:<version>, in lower case', () => {
    expect(releaseImage({ GITHUB_ACTION_REPOSITORY: 'Codertocat/orchestrate-action' }, '1.2.3')).toBe(
      'ghcr.io/codertocat/orchestrate-action-worker:1.2.3',
    );
  });

  it("falls back on the package's own repository (the CLI, or `uses: ./`)", () => {
    expect(releaseImage({}, '1.2.3', 'Some-Org/orchestrate-action')).toBe(
      'ghcr.io/some-org/orchestrate-action-worker:1.2.3',
    );
    expect(releaseImage({ GITHUB_ACTION_REPOSITORY: '' }, '1.2.3', 'a/b')).toBe(
      'ghcr.io/a/orchestrate-action-worker:1.2.3',
    );
    expect(releaseImage({})).toMatch(
      new RegExp(`^ghcr\\.io/[a-z0-9-]+/orchestrate-action-worker:${VERSION}$`),
    );
  });

  it('takes another registry from ORCH_RELEASE_REGISTRY (tests point it at their own)', () => {
    expect(
      releaseImage({ ORCH_RELEASE_REGISTRY: '127.0.0.1:5055/', GITHUB_ACTION_REPOSITORY: 'o/r' }, '1.0.0'),
    ).toBe('127.0.0.1:5055/o/orchestrate-action-worker:1.0.0');
  });

  it('refuses a registry that is not a host, quoting it', () => {
    expect(() => releaseImage({ ORCH_RELEASE_REGISTRY: 'https://ghcr.io' })).toThrow(
      "Invalid ORCH_RELEASE_REGISTRY 'https://ghcr.io'. Expected a registry host such as ghcr.io or 127.0.0.1:5000.",
    );
  });
});

describe('imageRequest', () => {
  it('names the image from the options, then ORCH_WORKER_IMAGE', () => {
    expect(imageRequest({}, { ORCH_WORKER_IMAGE: 'mine:2' }).named).toBe('mine:2');
    expect(imageRequest({ image: 'opt:3' }, { ORCH_WORKER_IMAGE: 'mine:2' }).named).toBe('opt:3');
    expect(imageRequest({}, {}).named).toBeUndefined();
  });

  it("builds from this package's directory, tagged orchestrate-action-worker:latest or ORCH_BUILD_IMAGE", () => {
    const request = imageRequest({}, {});
    expect(request.build).toEqual({ dir: expect.any(String), tag: LOCAL_IMAGE });
    expect(request.opencodeVersion).toBe(OPENCODE_VERSION);
    expect(imageRequest({}, { ORCH_BUILD_IMAGE: 'own:1' }).build).toMatchObject({ tag: 'own:1' });
  });

  it("builds from the action's directory (GITHUB_ACTION_PATH), or says why it cannot", () => {
    const action = mkdtempSync(join(tmpdir(), 'orch-action-path-'));
    dirs.push(action);
    expect(imageRequest({}, { GITHUB_ACTION_PATH: action }).build).toEqual({
      unavailable: `the action's directory ${action} (GITHUB_ACTION_PATH) has no docker/Dockerfile`,
    });
    mkdirSync(join(action, 'docker'));
    writeFileSync(join(action, 'docker/Dockerfile'), 'FROM scratch\n');
    expect(imageRequest({}, { GITHUB_ACTION_PATH: action }).build).toEqual({ dir: action, tag: LOCAL_IMAGE });
  });
});
