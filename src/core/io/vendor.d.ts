// Untyped internals of graphology-gexf / graphology-graphml read from our own element tree (see xml-tree.ts).
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: unknown, options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean }) => AbstractGraph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: unknown, options?: { addMissingNodes?: boolean }) => AbstractGraph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph } from 'graphology-types';
  const write: (graph: AbstractGraph, options?: Record<string, unknown>) => string;
  export default write;
}
