/**
 * Addresses of a repository's pages on GitHub (`GITHUB_SERVER_URL`, so GitHub Enterprise Server works too).
 * Branch names may hold characters that mean something in a URL (`#`, `?`, `%`, spaces): each path segment
 * is encoded, the slashes between them kept. Pure.
 */

export interface RepoPath {
  owner: string;
  repo: string;
}

function encodeBranch(branch: string): string {
  return branch.split('/').map(encodeURIComponent).join('/');
}

function repoUrl(serverUrl: string, repo: RepoPath): string {
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}

/** The branch's page: `<server>/<owner>/<repo>/tree/<branch>`. */
export function branchUrl(serverUrl: string, repo: RepoPath, branch: string): string {
  return `${repoUrl(serverUrl, repo)}/tree/${encodeBranch(branch)}`;
}

/**
 * GitHub's "Open a pull request" page for `head` against `base`:
 * `<server>/<owner>/<repo>/compare/<base>...<head>?expand=1`, with the title and body filled in when given
 * (GitHub reads `title` and `body` from the query).
 */
export function compareUrl(
  serverUrl: string,
  repo: RepoPath,
  base: string,
  head: string,
  prefill: { title?: string; body?: string } = {},
): string {
  const query = new URLSearchParams({ expand: '1' });
  if (prefill.title) query.set('title', prefill.title);
  if (prefill.body) query.set('body', prefill.body);
  return `${repoUrl(serverUrl, repo)}/compare/${encodeBranch(base)}...${encodeBranch(head)}?${query.toString()}`;
}
