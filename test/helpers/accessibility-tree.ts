import { executeServerCommand } from '@web/test-runner-commands';

/** Every name in the page's accessibility tree, as the browser computes it (web-test-runner.config.mjs: accessible-names). */
export const accessibleNames = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-names');

/** Every description in the page's accessibility tree (what `aria-describedby` adds), as the browser computes it. */
export const accessibleDescriptions = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-descriptions');

/** Every named node in the page's accessibility tree as `role: name` ("group: Plan"). */
export const accessibleRoles = (): Promise<string[]> => executeServerCommand<string[], undefined>('accessible-roles');

/**
 * Every named node with the states the browser has on, as `name [states]`: "Til [invalid]",
 * "Ja [checked]", "Vis [expanded]", "Plan []" for none. Only `checked`, `pressed`, `selected`,
 * `expanded`, `invalid`, `required`, `disabled` and `readonly`; a mixed state as `checked=mixed`.
 * `roles`: only nodes of these roles, as Chromium names them ('textbox', 'spinbutton', 'Date').
 */
export const accessibleStates = (roles?: string[]): Promise<string[]> =>
  executeServerCommand<string[], { roles: string[] } | undefined>('accessible-states', roles && { roles });
