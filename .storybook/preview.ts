import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import customElements from '../custom-elements.json';
import { ElementDocsPage } from './docs-page.js';
import { applyTokenArgs, controllableArgTypes, onlyDeclaredAttributeArgs } from './manifest-api.js';
import './preview.css';

// The elements' descriptions on their docs pages come from the committed manifest (npm run
// analyze). Their args and API tables are read from it in ./manifest-api.ts.
setCustomElementsManifest(customElements);

/**
 * The WCAG 2.1 AA rule tags of axe-core, and 2.2 AA's (target size), as CI's
 * scripts/storybook-axe.mjs checks them.
 */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The event types each story root already logs to the Actions panel. */
const loggedEvents = new WeakMap<Element, Set<string>>();

/**
 * Logs the events named in `parameters.actions.handles` that reach the story root, with their
 * `detail` (the value, the advice, the issues). Storybook's withActions decorator (deprecated)
 * logs the event object, whose `detail` the Actions panel does not show, and only in the story
 * view; this works on docs pages too.
 */
function logEvents(root: Element, types: readonly string[]): void {
  const logged = loggedEvents.get(root) ?? new Set<string>();
  loggedEvents.set(root, logged);
  for (const type of types) {
    if (logged.has(type)) continue;
    logged.add(type);
    const log = action(type);
    root.addEventListener(type, (event) => log((event as CustomEvent).detail));
  }
}

const preview: Preview = {
  // Every element's stories get a docs page with its description and API table from the manifest.
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Sprog / Language',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk', right: 'da' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'da' },
  argTypesEnhancers: [onlyDeclaredAttributeArgs],
  decorators: [
    // The elements take their language from the nearest ancestor's `lang`, so the story root sets
    // it (and, in a story's own frame, <html lang> too). A story whose `lang` arg is set keeps it:
    // the element's own attribute wins over an ancestor's. The story's CSS custom property args
    // (Controls, "CSS custom properties") are set on the root, where the elements inherit them,
    // and the elements' events are logged from it.
    (story, context) => {
      const lang = context.globals['lang'] === 'en' ? 'en' : 'da';
      if (context.viewMode === 'story') document.documentElement.lang = lang;
      const setUp = (root?: Element): void => {
        if (!root) return;
        applyTokenArgs(root as HTMLElement, context.args);
        logEvents(root, context.parameters['actions']?.handles ?? []);
      };
      return html`<div class="story-root" lang=${lang} ${ref(setUp)}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    actions: { handles: ['kompetence-change', 'kompetence-invalid'] },
    docs: {
      // The contents list: the sections (h2: the stories, the API) and each story (h3). Storybook's
      // subtitle is an h2 too, and the stories' own headings are not the page's.
      toc: { headingSelector: 'h2, h3', ignoreSelector: '.docs-story *, .skip-toc, .sbdocs-subtitle' },
      page: ElementDocsPage,
      extractArgTypes: controllableArgTypes,
      // The docs page lists the CSS custom properties in its API table; their controls are in the
      // Controls panel of each story.
      controls: { exclude: /^--kompetence-/ },
    },
    viewport: {
      options: {
        smal: { name: 'Smal mobil (320 px)', styles: { width: '320px', height: '568px' }, type: 'mobile' },
        mobil: { name: 'Mobil (375 px)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
        spalte: { name: 'Intranettets indholdsspalte (640 px)', styles: { width: '640px', height: '900px' }, type: 'other' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Skærm (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      // The introduction first, then the examples, the elements, theming and the catalog. The
      // elements are grouped by the method's five fields, in the method's order, and the whole plan
      // last; within a field, the field's main element first. A story's own order is its file's.
      storySort: {
        order: [
          'Introduktion',
          'Eksempler',
          'Elementer',
          [
            '1 Opgave', ['opgave-felt', 'ansvars-trappe'],
            '2 Perspektiv', ['perspektiv-felt'],
            '3 Læringsmål', ['laeringsmaal-pyramide'],
            '4 Træningsbane', ['traeningsbane-plan', 'laeringsform-vaelger', 'mobilitet-aftale'],
            '5 Hverdag', ['forankring-tjekliste'],
            'Hele planen', ['kompetence-model', 'kompetence-plan-visning'],
          ],
          'Tema',
          'Katalog over læringsformer',
        ],
      },
    },
    a11y: {
      // The Accessibility panel checks WCAG 2.1 A and AA, as CI does; a violation fails the
      // story's accessibility test.
      options: { runOnly: { type: 'tag', values: wcag21aa } },
      test: 'error',
    },
  },
};

export default preview;
