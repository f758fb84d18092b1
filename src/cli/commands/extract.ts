import type { Command } from 'commander';

// Placeholder registration until the extraction layer lands (issue #5).
export function registerExtract(_program: Command): void {}
