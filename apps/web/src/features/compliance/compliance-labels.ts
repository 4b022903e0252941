/** Colours for severities (antd Tag presets and highlight backgrounds) and decisions. */
export const SEVERITY_TAG: Record<string, string> = { low: 'blue', medium: 'gold', high: 'orange', critical: 'red' };
export const SEVERITY_BG: Record<string, string> = { low: '#e6f4ff', medium: '#fff7d6', high: '#ffe3c2', critical: '#ffd0d0' };
export const SEVERITY_LINE: Record<string, string> = { low: '#4096ff', medium: '#d4a106', high: '#fa8c16', critical: '#f5222d' };
export const DECISION_TAG: Record<string, string> = { auto_pass: 'green', human_review: 'gold', block: 'red' };
