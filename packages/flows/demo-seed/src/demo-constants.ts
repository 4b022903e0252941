/** The demo login and names (documented in the README; the CLI prints them on first start). */
export const DEMO_EMAIL = 'demo@resonance.local';
export const DEMO_PASSWORD = 'resonance-demo-2026';
export const DEMO_USER_NAME = '演示用户 Demo';
export const DEMO_WORKSPACE_NAME = 'Demo Brand 示例品牌';
export const DEMO_BRAND_NAME = '示例品牌 Demo Brand';
export const DEMO_TIME_ZONE = 'Asia/Shanghai';
/** Same seed as the server's sandbox connector, so platform user ids match what the connector reports. */
export const DEMO_SEED = 20261122;
export const DEFAULT_FANS = 20_000;
export const DEFAULT_DAYS = 365;
