import { executeServerCommand } from '@web/test-runner-commands';

/** Every name in the page's accessibility tree, as the browser computes it (web-test-runner.config.mjs: accessible-names). */
export const accessibleNames = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-names');

/** Every description in the page's accessibility tree (what `aria-describedby` adds), as the browser computes it. */
export const accessibleDescriptions = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-descriptions');

/** Every named node in the page's accessibility tree as `role: name` ("group: Plan"). */
export const accessibleRoles = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-roles');
