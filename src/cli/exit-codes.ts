/** The contract's exit codes (section 8). */
export const EXIT = { ok: 0, notCompleted: 1, invalidInput: 2, interrupted: 130 } as const;
