/**
 * Who may make the action run: people with write access to the repository (write, maintain or admin, also
 * through a custom role based on them) and the bots the workflow lists in `allowed-bots`. Anyone can comment
 * on a public repository; a run spends the repository's secrets and compute, so the check is made against
 * the API, never against the payload's `author_association` alone.
 */
import { httpStatus, type GitHubGateway } from './github.js';

export type Verdict = { allowed: true; via: string } | { allowed: false; reason: string };

const WRITE_LEVELS = new Set(['admin', 'maintain', 'write']);

export function isBot(user: { login: string; type: string }): boolean {
  return user.type === 'Bot' || /\[bot\]$/i.test(user.login);
}

/** `dependabot[bot]` → `dependabot`, lower case: how `allowed-bots` entries are compared. */
export function botName(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

/** Pure: the answer of `GET /repos/{owner}/{repo}/collaborators/{username}/permission` judged. */
export function judgePermission(login: string, data: { permission?: string; role_name?: string }): Verdict {
  const permission = data.permission ?? 'none';
  const role = data.role_name ?? '';
  if (WRITE_LEVELS.has(permission) || WRITE_LEVELS.has(role)) {
    return { allowed: true, via: `${permission}${role && role !== permission ? ` (${role})` : ''} access` };
  }
  return {
    allowed: false,
    reason: `@${login} has ${role || permission} access to this repository; write access is needed to run it.`,
  };
}

export async function checkCommenter(
  gateway: GitHubGateway,
  user: { login: string; type: string },
  allowedBots: readonly string[],
): Promise<Verdict> {
  if (!user.login) return { allowed: false, reason: 'The comment has no author.' };
  if (isBot(user)) {
    // A listed bot is trusted by the workflow's author as it is: apps often have no collaborator entry.
    return allowedBots.includes(botName(user.login))
      ? { allowed: true, via: "the 'allowed-bots' input" }
      : {
          allowed: false,
          reason: `Bots may not trigger runs unless listed in 'allowed-bots' (${user.login} is not).`,
        };
  }
  if (!gateway.octokit) {
    return { allowed: false, reason: "No 'github-token' to check the commenter's permission with." };
  }
  try {
    const response = await gateway.call(
      `checking the permission of ${user.login}`,
      (o) => o.rest.repos.getCollaboratorPermissionLevel({ ...gateway.repo, username: user.login }),
      (error) => httpStatus(error) === 404,
    );
    if (!response) {
      return {
        allowed: false,
        reason: `Could not check the permission of @${user.login} (GitHub API error).`,
      };
    }
    return judgePermission(user.login, response.data);
  } catch {
    // Only a 404 is rethrown: not a collaborator at all.
    return {
      allowed: false,
      reason: `@${user.login} is not a collaborator of this repository; write access is needed to run it.`,
    };
  }
}
