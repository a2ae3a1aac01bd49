// Rows of a related table read only when some are wanted. Prisma's `include` (and a nested
// `select`) sends its second statement even when the parent list is empty (`… IN (NULL)`); on the
// dossier page most sections of a given person are empty, and each such statement costs a round
// trip and its compilation in Node (issue 24, decision 0098). Same statements as the `include`
// when there are rows, none when there are none.
/** Related rows by their id (a to-one relation: the site of a passage, the partner of an orientation). */
export async function rowsById<T extends { id: string }>(
  ids: Iterable<string | null | undefined>, read: (ids: string[]) => Promise<T[]>,
): Promise<Map<string, T>> {
  const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  return new Map((await read(wanted)).map((r) => [r.id, r]));
}

/** Child rows grouped by their parent's id, in the order `read` returns them (a to-many relation). */
export async function rowsByParent<T>(
  parentIds: readonly string[], read: (ids: string[]) => Promise<T[]>, parentOf: (row: T) => string,
): Promise<Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  if (parentIds.length === 0) return groups;
  for (const row of await read([...new Set(parentIds)])) {
    const parent = parentOf(row);
    const group = groups.get(parent);
    if (group) group.push(row);
    else groups.set(parent, [row]);
  }
  return groups;
}
