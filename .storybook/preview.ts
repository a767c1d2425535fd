import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';

// Controls and the docs' API tables come from the committed manifest (npm run analyze).
setCustomElementsManifest(customElements);

/**
 * The WCAG 2.1 AA rule tags of axe-core. The Accessibility panel (addon-a11y) and CI's
 * scripts/storybook-axe.mjs use the same list.
 */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const preview: Preview = {
  // Every element's stories get a docs page with its description and API tables from the manifest.
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
  decorators: [
    // The elements take their language from the nearest ancestor's `lang`, so the story root sets
    // it (and, in a story's own frame, <html lang> too). A story whose `lang` arg is set keeps it:
    // the element's own attribute wins over an ancestor's.
    (story, context) => {
      const lang = context.globals['lang'] === 'en' ? 'en' : 'da';
      if (context.viewMode === 'story') document.documentElement.lang = lang;
      return html`<div class="story-root" lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      // The introduction first, then the examples, the elements, theming and the catalog.
      storySort: { order: ['Introduktion', 'Eksempler', 'Elementer', 'Tema', 'Katalog over læringsformer'] },
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
