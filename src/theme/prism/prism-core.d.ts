// prismjs' core alone, without its default languages; the same API as the package's main module.
declare module 'prismjs/components/prism-core' {
  import Prism from 'prismjs';
  export default Prism;
}
