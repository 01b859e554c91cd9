/**
 * In the page: how many node labels the graph's renderer draws in one full redraw of its node layer.
 * A label is drawn one of two ways, and both are counted: from its texture (counted where Cytoscape
 * fetches a node's label texture) or straight onto the layer (plain-node-draw.ts: counted as the text
 * calls on the node layer's own context). Layers are dropped first, so every element is drawn one by one.
 */
export const NODE_LABELS_DRAWN = `(() => {
  const cy = window.__sdgCy; const r = cy.renderer(); const cache = r.data.lblTxrCache;
  const layer = r.data.contexts[r.NODE];
  const get = cache.getElement; let n = 0;
  cache.getElement = function (ele, ...rest) { if (ele.isNode() && String(ele.pstyle('label').strValue || '')) n++; return get.call(this, ele, ...rest); };
  const proto = CanvasRenderingContext2D.prototype; const fillText = proto.fillText;
  proto.fillText = function (...args) { if (this === layer) n++; return fillText.apply(this, args); };
  try {
    r.data.lyrTxrCache.invalidateElements(cy.elements());
    r.data.canvasNeedsRedraw[r.NODE] = true;
    r.render();
  } finally { cache.getElement = get; proto.fillText = fillText; }
  return n;
})()`;
