/**
 * The extraction worker answers with exactly what in-thread extraction gives, in submission order,
 * and keeps answering (in-thread) once its worker is gone.
 */
import { ExtractPool } from '../../../src/extractPool/ExtractPool.js';
import { extractArticle } from '../../../src/extract/index.js';
import { toArticleRows } from '../../../src/graph/write/toArticleRows.js';

const pages = [
  'Strikes hit depot\nNorland jets struck the Velta depot on Monday, the Norland army said.',
  'زيارة\nوصل وزير الخارجية العراقي إلى عمان في زيارة رسمية، وقال إن المحادثات كانت مثمرة.',
  'Talks\nThe Ash Front said it would respond.',
];
// ingestedAt-like fields differ per call; compare what extraction decides
const shape = (r: ReturnType<typeof toArticleRows>) => ({ entities: r.entities, claims: r.claims, statements: r.statements, mentions: r.mentions });

describe('ExtractPool', () => {
  it('runs on a worker and returns the in-thread rows, in submission order', async () => {
    const pool = new ExtractPool();
    expect(pool.threaded).toBe(true);
    const got = await Promise.all(pages.map((p) => pool.rows(p)));
    expect(got.map(shape)).toEqual(pages.map((p) => shape(toArticleRows(extractArticle(p)))));
    await pool.close();
  });

  it('an input that breaks extraction rejects that request only', async () => {
    const pool = new ExtractPool();
    const bad = pool.rows(null as unknown as string);
    const good = pool.rows(pages[0]!);
    await expect(bad).rejects.toThrow(/null/);
    expect(shape(await good)).toEqual(shape(toArticleRows(extractArticle(pages[0]!))));
    await pool.close();
  });

  it('after its worker is gone, it extracts in-thread', async () => {
    const pool = new ExtractPool();
    await pool.close();
    expect(pool.threaded).toBe(false);
    expect(shape(await pool.rows(pages[2]!))).toEqual(shape(toArticleRows(extractArticle(pages[2]!))));
  });
});
