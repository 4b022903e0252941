/** Test helpers for other packages' tests (`@resonance/assets/testing`); never used by production code. */
export { buildMp4, type Mp4Options } from './mp4-fixture.js';
