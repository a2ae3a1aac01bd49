// The start of a long text, for a line of a list or of the history.
const EXCERPT = 240;

export const excerpt = (s: string, max = EXCERPT) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
