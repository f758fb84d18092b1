import Table from 'cli-table3';

/** Rows of plain values as a terminal table (or "(no rows)"). */
export function renderTable(columns: string[], rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return `${columns.join(' | ') || '(no columns)'}\n(no rows)`;
  const table = new Table({ head: columns, wordWrap: true, style: { head: [], border: [] } });
  for (const row of rows) table.push(columns.map((c) => cell(row[c])));
  return table.toString();
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  let x = n;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  return `${x.toFixed(i ? 1 : 0)} ${units[i]}`;
}
