/**
 * In the page: how many node labels the graph's renderer draws in one full redraw of its node layer,
 * counted where Cytoscape fetches a node's label texture. Layers are dropped first, so every element
 * is drawn one by one.
 */
export const NODE_LABELS_DRAWN = `(() => {
  const cy = window.__sdgCy; const r = cy.renderer(); const cache = r.data.lblTxrCache;
  const get = cache.getElement; let n = 0;
  cache.getElement = function (ele, ...rest) { if (ele.isNode() && String(ele.pstyle('label').strValue || '')) n++; return get.call(this, ele, ...rest); };
  try {
    r.data.lyrTxrCache.invalidateElements(cy.elements());
    r.data.canvasNeedsRedraw[r.NODE] = true;
    r.render();
  } finally { cache.getElement = get; }
  return n;
})()`;
