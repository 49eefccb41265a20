// Reading the README's generated tables back as cells, to compare them with what generates them.

/** The body rows (those starting with a backticked cell) of the table between two markers, as trimmed cells. */
export function tableRowsBetween(text: string, startMarker: string, endMarker: string): string[][] {
  return text
    .slice(text.indexOf(startMarker), text.indexOf(endMarker))
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}
