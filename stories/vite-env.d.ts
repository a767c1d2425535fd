// Vite's `?raw` imports (a file's text), used by the stories; vite/client is not in tsconfig's types.
declare module '*?raw' {
  const text: string;
  export default text;
}
