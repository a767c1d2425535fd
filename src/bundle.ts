/**
 * Entry of `dist/kompetence-elements.bundle.js`, the self-contained bundle for a plain
 * `<script type="module">`: registers every element and exports what the package root exports,
 * except `planJsonSchema` (see `./runtime.ts`), so the JSON Schema and zod's JSON Schema code are
 * not shipped to every page.
 */
import './define.js';

export * from './runtime.js';
