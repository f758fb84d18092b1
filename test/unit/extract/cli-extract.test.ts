/** `newsgraph extract` as a user runs it (built CLI). */
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../support/cli.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('newsgraph extract', () => {
  it('prints the scorer document with --json', () => {
    const p = file('a.txt', 'Drones struck near Erbil, and the Pentagon blamed Iran-backed militias.\n\nSource: Example Wire\n');
    const r = runCli(['extract', '--json', p]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.article.language).toBe('en');
    const names = doc.entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Erbil', 'Pentagon', 'Iran-backed militias']));
    for (const e of doc.entities) expect(e).toEqual(expect.objectContaining({ id: expect.any(String), type: expect.any(String), aliases: expect.any(Array) }));
  });

  it('accepts JSON input and stdin, and prints a readable summary without --json', () => {
    const r = runCli(['extract', '-'], { input: JSON.stringify({ text: 'استهدفت طائرة مسيرة قاعدة حرير في أربيل.', source: 'مثال' }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FACILITY/);
    expect(r.stdout).toMatch(/Harir Air Base/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: the input is empty/],
    ['a binary file', () => file('bin.txt', Buffer.from([0x41, 0x00, 0x42])), /bin\.txt: looks binary/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41])), /latin1\.txt: is not valid UTF-8/],
    ['a file over 2 MB', () => file('big.txt', Buffer.alloc(2 * 1024 * 1024 + 1, 0x61)), /big\.txt: the input is too large/],
    ['broken JSON', () => file('bad.json', '{"text": '), /bad\.json: starts with "\{" but is not valid JSON/],
    ['JSON without text', () => file('notext.json', '{"url": "https://example.org"}'), /notext\.json: JSON input needs a string field "text"/],
    ['a directory', () => dir, /is a directory/],
  ])('refuses %s with one clear line', (_what, path, message) => {
    const r = runCli(['extract', path()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
