// Browser tests: test/**/*.test.ts in Debian's (or an installed) Chromium through Playwright.
// `npm test` (scripts/test.mjs) finds or installs the browser and passes it as CHROME_PATH.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium, installHint } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(installHint);

/**
 * `executeServerCommand('accessible-names')`: every name in the page's accessibility tree as the
 * browser computes it (Chrome DevTools Protocol; Playwright no longer has page.accessibility);
 * `'accessible-descriptions'`: every description (what `aria-describedby` adds) likewise;
 * `'accessible-roles'`: every named node as `role: name`; `'accessible-states'`: every named node
 * as `name [states]`, the states that are on ("Til [invalid]", "Fjern [pressed]"). A payload
 * `{ roles }` keeps the nodes of those roles only.
 */
const stateNames = ['checked', 'pressed', 'selected', 'expanded', 'invalid', 'required', 'disabled', 'readonly'];
/** Roles whose value Chromium lets be set unless read-only or disabled (its AXObject::CanSetValueAttribute). */
const valueRoles = ['spinbutton', 'Date', 'DateTime', 'InputTime', 'slider'];

function accessibleNamesPlugin() {
  return {
    name: 'accessible-names',
    async executeCommand({ command, payload, session }) {
      const property = { 'accessible-names': 'name', 'accessible-descriptions': 'description', 'accessible-roles': 'name', 'accessible-states': 'name' }[command];
      if (!property) return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      // The states a screen reader says with a control's name, where the browser has them on.
      const on = async (node) => {
        const props = node.properties ?? [];
        const states = props.filter((p) => stateNames.includes(p.name) && ![false, 'false', undefined].includes(p.value?.value))
          .map((p) => (p.value.value === true || p.value.value === 'true' ? p.name : `${p.name}=${p.value.value}`));
        // DevTools gives `readonly` for text boxes only; a number or date box Chromium holds read-only
        // (as the platform's accessibility API then says) shows it by lacking the `settable` an editable one has.
        if (valueRoles.includes(node.role?.value) && !props.some((p) => p.name === 'settable') && !states.includes('disabled')) states.push('readonly');
        // A checkbox's read-only DevTools leaves out too (its RoleAllowsReadonly), though Chromium gives it
        // to the platform: a checkbox not disabled is read-only by its `aria-readonly` (AXObject::Restriction).
        if (node.role?.value === 'checkbox' && !states.includes('disabled')) {
          const { node: dom } = await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
          // Names and values in turn.
          const attributes = dom.attributes ?? [];
          if (attributes.some((name, i) => i % 2 == 0 && name === 'aria-readonly' && attributes[i + 1] === 'true')) states.push('readonly');
        }
        return states;
      };
      try {
        // Enabled for the query and disabled after it, so accessibility is off again at once: left on
        // (until a garbage collection, when only queried), Chromium crashed the page three times in
        // about 24 runs under heavy load, each time while updating its accessibility tree in a later
        // frame (crash dumps of session 23; not reproduced since).
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return await Promise.all(nodes.filter((node) => !node.ignored && node[property]?.value && (!payload?.roles || payload.roles.includes(node.role?.value)))
          .map(async (node) => (command === 'accessible-roles' ? `${node.role?.value}: ` : '') + node[property].value
            + (command === 'accessible-states' ? ` [${(await on(node)).join(' ')}]` : '')));
      } finally {
        await cdp.send('Accessibility.disable').catch(() => {});
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('screenshot', { x, y, width, height })`: the page's pixels in that box (CSS px
 * of the viewport) as a PNG in base64, for what only pixels show (a control the browser draws).
 */
function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      return (await page.screenshot({ clip: payload })).toString('base64');
    },
  };
}

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Two cores: one browser, two pages at a time.
  concurrentBrowsers: 1,
  concurrency: 2,
  // Room for a slow or busy CI machine; a hang still ends. Under load (some 15 runnable tasks on the
  // two cores) a test that types 80 keys and waits four pauses took over 10 s, and its keys went on
  // into the next test; test/elements/kompetence-model-drafts.test.ts alone takes a minute idle.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 30_000 } },
  // A failure holding a DOM node is sent as text (test/helpers/readable-failures.ts says why).
  testRunnerHtml: (framework) => `<!doctype html><html><body>
    <script type="module" src="/test/helpers/readable-failures.ts"></script>
    <script type="module" src="${framework}"></script>
  </body></html>`,
  // Lit's dev build (chosen by node resolution) warns about real mistakes; its banner is noise.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  plugins: [
    // The tsconfig option makes esbuild follow tsconfig.json (useDefineForClassFields: false, target).
    // json: the Storybook helpers under test read custom-elements.json.
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    accessibleNamesPlugin(),
    screenshotPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
