import { createElement as h, Fragment, useContext } from 'react';
import {
  Controls, Description, DocsContext, Heading, Markdown, Primary, PureArgsTable, Stories, Subtitle, Title, useOf,
} from '@storybook/addon-docs/blocks';
import { apiRows, elementApi } from './manifest-api.js';

/**
 * An element's docs page: its title, the one-line summary from custom-elements.json, the
 * description, the first story with its description and controls, the other stories (the states a
 * designer looks for), and last the element's whole API from custom-elements.json. The controls
 * are only what a story can change; the API table lists every property, attribute, method, event,
 * part and CSS custom property, with its default. The contents list (`docs.toc` in preview.ts)
 * links the stories and the API.
 */
export function ElementDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const context = useContext(DocsContext);
  const tag = preparedMeta.component;
  const rows = apiRows(tag);
  const summary = elementApi(tag)?.summary;
  // The story Primary shows (the first on the docs page): its description above it, since
  // Stories below leaves it out.
  const primary = context.componentStories().find((story) => story.tags.includes('autodocs'));
  return h(
    Fragment,
    null,
    h(Title),
    summary ? h(Subtitle, null, summary) : h(Subtitle),
    h(Description, { of: 'meta' }),
    primary ? h(Description, { of: primary.moduleExport }) : null,
    h(Primary),
    h(Controls),
    h(Stories, { includePrimary: false }),
    Object.keys(rows).length
      ? h(
          Fragment,
          null,
          h(Heading, null, 'API'),
          h(Markdown, null, `Everything \`<${String(tag)}>\` offers a page, from \`custom-elements.json\` (the elements' JSDoc). The defaults of the CSS custom properties are those the element uses when the page sets none.`),
          h(PureArgsTable, { rows }),
        )
      : null,
  );
}
