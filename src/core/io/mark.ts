/** The mark every output made from generated (illustrative) links carries, in every format. */
export const ILLUSTRATIVE_MARK = 'ILLUSTRATIVE links — generated, not ERI data';
