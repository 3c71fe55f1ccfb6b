/**
 * Version of what the analysis extracts, part of every content hash: bump it when
 * src/analysis changes its output, and the next run re-analyses every article once.
 */
export const ANALYSIS_VERSION = 'analysis-40';
