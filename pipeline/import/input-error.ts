/** Why an input file cannot be imported at all (encrypted, damaged, no text): one line for the user, no stack. */
export class InputError extends Error {}
