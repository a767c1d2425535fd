import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';

// Controls and the docs' API tables come from the committed manifest (npm run analyze).
setCustomElementsManifest(customElements);

const preview: Preview = {
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
    // The elements take their language from the nearest ancestor's `lang`, so the story root sets it.
    (story, context) => {
      const lang = context.globals['lang'] === 'en' ? 'en' : 'da';
      if (context.viewMode === 'story') document.documentElement.lang = lang;
      return html`<div class="story-root" lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
