/** The pipeline's arrows are enforced by eslint: parse/extract never reach into graph/api. */
import { ESLint } from 'eslint';
import { projectRoot } from '../../../src/config/projectRoot.js';

describe('layer arrows (eslint no-restricted-imports)', () => {
  const eslint = new ESLint({ cwd: projectRoot });
  const lint = async (file: string, code: string) => {
    const [res] = await eslint.lintText(code, { filePath: `${projectRoot}/${file}` });
    return res!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ['src/parse/probe.ts', "import { Graph } from '../graph/driver.js';\nexport const g = Graph;\n", 'src/parse must not import src/graph'],
    ['src/extract/probe.ts', "import { x } from '../api/server.js';\nexport const y = x;\n", 'src/extract must not import src/api'],
    ['src/graph/probe.ts', "import { x } from '../cli/main.js';\nexport const y = x;\n", 'src/graph must not import src/cli'],
  ])('%s importing a later layer is an error', async (file, code, message) => {
    expect(await lint(file, code)).toEqual([expect.stringContaining(message)]);
  });

  it('imports along the arrows are fine', async () => {
    expect(await lint('src/extract/probe.ts', "import { parseArticle } from '../parse/index.js';\nexport const p = parseArticle;\n")).toEqual([]);
    expect(await lint('src/graph/probe.ts', "import { normalizeKey } from '../extract/normalize.js';\nexport const n = normalizeKey;\n")).toEqual([]);
  });
});
