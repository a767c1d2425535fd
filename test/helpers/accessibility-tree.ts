import { executeServerCommand } from '@web/test-runner-commands';

/** Every name in the page's accessibility tree, as the browser computes it (web-test-runner.config.mjs: accessible-names). */
export const accessibleNames = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-names');

/** Every description in the page's accessibility tree (what `aria-describedby` adds), as the browser computes it. */
export const accessibleDescriptions = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-descriptions');
