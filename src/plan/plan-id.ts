/**
 * Plan ids: lowercase letters, digits and `-`, 1-64 long. An id becomes part of container, tmux socket,
 * branch and directory names, so anything else (`.`, `..`, `/`) is refused wherever an id comes in.
 */
export const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isPlanId(value: string): boolean {
  return PLAN_ID_PATTERN.test(value);
}
