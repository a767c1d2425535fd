import { addons } from 'storybook/manager-api';

// No root sections: with them, "Elementer" became a heading of its own and the other top-level
// entries were ordered around it, not as storySort in preview.ts says.
addons.setConfig({ sidebar: { showRoots: false } });
